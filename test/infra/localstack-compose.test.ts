import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveEngineConfig } from '#local/engines/config.ts';
import { LOCALSTACK_SETTINGS } from '#local/engines/localstack.ts';
import { VERSIONS } from '#local/engines/versions.ts';

interface Service {
  readonly image: string;
  readonly ports: string[];
  readonly environment: Record<string, string | number>;
  readonly healthcheck?: { readonly test: string[] };
}

const compose = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'localstack-compose.yml'), 'utf8'),
) as {
  services: Record<'kafka' | 'opensearch' | 'localstack', Service>;
};
const { kafka, opensearch, localstack } = compose.services;

// Not executed here (no Docker): these checks keep the file consistent with the launcher and the tests.
describe('localstack-compose.yml', () => {
  it('pins every image, Kafka and OpenSearch to the versions the local launcher runs', () => {
    expect(kafka.image).toBe(`apache/kafka:${VERSIONS.kafka}`);
    expect(opensearch.image).toBe(`opensearchproject/opensearch:${VERSIONS.opensearch}`);
    expect(localstack.image).toBe(`localstack/localstack:${VERSIONS.localstack}`);
  });

  it('publishes the ports the LOGWARD_* variables default to, on loopback only', () => {
    expect(kafka.ports).toEqual(['127.0.0.1:19092:19092']);
    expect(kafka.environment.KAFKA_ADVERTISED_LISTENERS).toBe('PLAINTEXT://127.0.0.1:19092');
    expect(opensearch.ports).toEqual(['127.0.0.1:19200:9200']);
    // The launcher's LocalStack port: in the LocalStack mode it finds this one healthy and uses it.
    expect(localstack.ports).toEqual([`127.0.0.1:${resolveEngineConfig({}).ports.localstack}:4566`]);
  });

  it('runs Kafka as a single KRaft node without topic auto-creation, like MSK and the launcher', () => {
    expect(kafka.environment).toMatchObject({
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1,
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1,
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: 1,
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0,
    });
  });

  it('runs OpenSearch single-node with the security plugin off', () => {
    expect(opensearch.environment).toMatchObject({
      'discovery.type': 'single-node',
      DISABLE_SECURITY_PLUGIN: 'true',
    });
  });

  it("runs LocalStack with the launcher's settings, OpenSearch through its custom backend, and passes the auth token through", () => {
    expect(localstack.environment).toMatchObject({
      ...LOCALSTACK_SETTINGS,
      OPENSEARCH_CUSTOM_BACKEND: 'http://opensearch:9200',
    });
    // Compose interpolation, empty when the variable is unset.
    expect(localstack.environment.LOCALSTACK_AUTH_TOKEN).toBe(['$', '{LOCALSTACK_AUTH_TOKEN:-}'].join(''));
  });

  it('has a health check on every service, so `up --wait` returns when they are usable', () => {
    for (const service of [kafka, opensearch, localstack])
      expect(service.healthcheck?.test[0]).toBe('CMD-SHELL');
  });
});
