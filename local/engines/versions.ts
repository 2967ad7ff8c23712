/**
 * Every version the local engine launcher downloads, pinned in one place.
 * Bumping one here makes `install` fetch it into a new cache folder; old folders can be deleted by hand.
 */
export const VERSIONS = {
  /**
   * Apache Kafka broker (KRaft, combined broker+controller), Scala 2.13 build. 4.x brokers need Java 17+.
   * Not 4.4.0: its kafka-tools-api jar is missing from Maven Central, so its dependencies do not resolve.
   */
  kafka: '4.3.1',
  /** log4j2 binding for Kafka's SLF4J logging. */
  log4j: '2.24.3',
  /** OpenSearch integ-test distribution (no security plugin, no ISM/painless/ingest/analysis-common modules). */
  opensearch: '2.19.6',
  /** moto's standalone server (Apache-2.0): DynamoDB, SES v1, S3, SNS and Secrets Manager in one process. */
  moto: '5.2.5',
  /**
   * LocalStack's community runtime (localstack-core[runtime], Apache-2.0), run on the host for the
   * LocalStack mode. The last release that needs no auth token; it needs Python 3.12+.
   */
  localstack: '4.14.0',
} as const;

/** Minimum tool versions checked by the preflight. */
export const MIN_JAVA_MAJOR = 17;
export const MIN_PYTHON = [3, 9] as const;
export const MIN_LOCALSTACK_PYTHON = [3, 12] as const;
