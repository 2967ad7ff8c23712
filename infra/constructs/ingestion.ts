import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ManagedKafkaEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { type FunctionAccess, type FunctionDefaults, LogwardFunction } from './function.ts';
import type { KafkaCluster, TopicName } from './kafka.ts';

/** Properties of the ingestion stage. */
export interface IngestionProps {
  /** The Kafka cluster the consumers read from. */
  readonly kafka: KafkaCluster;
  /** Settings shared by every Logward Lambda. */
  readonly functions: FunctionDefaults;
  /**
   * Provisioned event pollers for every consumer. Lambda's Kafka error-handling controls (retry limit,
   * bisect on error, maximum record age) only work in provisioned mode, so they are set only with this.
   * Retries are bounded without it too: the handlers count attempts per batch in DynamoDB and give a
   * batch up after `LOGWARD_MAX_BATCH_ATTEMPTS` (lambdas/batch-attempts.ts).
   * @default - on-demand pollers (the mapping retries until a record leaves the topic; the handler bounds it)
   */
  readonly provisionedPollers?: { readonly minimum: number; readonly maximum: number };
  /**
   * How long dead letters and failed batches stay in the bucket before S3 expires them: the time to
   * inspect and replay them.
   * @default Duration.days(90)
   */
  readonly deadLetterExpiry?: Duration;
}

/** One Kafka topic consumed by one Lambda handler. */
export interface ConsumerOptions {
  /** Handler entry file, e.g. `ingest.ts`. */
  readonly entry: string;
  /** Topic to consume. */
  readonly topic: TopicName;
  /**
   * Consumer group id (cannot change after creation).
   * @default `logward-<topic>`
   */
  readonly consumerGroupId?: string;
  /**
   * Records per invocation, 1–10000 (AWS also caps a batch at 6 MB).
   * @default 1000
   */
  readonly batchSize?: number;
  /**
   * How long the poller waits to fill a batch, up to 300 s.
   * @default Duration.seconds(1)
   */
  readonly maxBatchingWindow?: Duration;
  /**
   * Reserved concurrency, protecting OpenSearch from more parallel bulk writers than partitions; 0 = none.
   * Opt-in: a reservation is refused on accounts left with less than 10 unreserved (the default quota is 10),
   * and the event source never runs more copies than the topic has partitions anyway.
   * @default - none
   */
  readonly reservedConcurrency?: number;
  /**
   * Memory in MiB.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * Timeout.
   * @default Duration.minutes(2)
   */
  readonly timeout?: Duration;
  /**
   * Extra environment variables.
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Tables and search access.
   * @default - none
   */
  readonly access?: FunctionAccess;
}

/**
 * On-failure destination writing failed batches to S3 with `s3:PutObject` (plus `s3:ListBucket`) only;
 * aws-cdk-lib's `S3OnFailureDestination` grants read and delete too.
 */
class S3FailedBatches implements lambda.IEventSourceDlq {
  private readonly bucket: s3.IBucket;

  constructor(bucket: s3.IBucket) {
    this.bucket = bucket;
  }

  public bind(
    _target: lambda.IEventSourceMapping,
    targetHandler: lambda.IFunction,
  ): lambda.DlqDestinationConfig {
    targetHandler.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [this.bucket.arnForObjects('*')] }),
    );
    targetHandler.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    return { destination: this.bucket.bucketArn };
  }
}

/** Key prefix under which handlers write dead letters (lambdas/adapters/s3/dead-letters.ts). */
export const DEAD_LETTER_PREFIX = 'dead-letters/';
/** Key prefix under which the event source mappings write failed batches to an S3 on-failure destination. */
export const FAILED_BATCH_PREFIX = 'aws/lambda/';
/** The bucket's S3 request metrics filters, one per prefix that holds something to replay. */
export const DEAD_LETTER_METRICS = [
  { id: 'DeadLetterWrites', prefix: DEAD_LETTER_PREFIX },
  { id: 'FailedBatchWrites', prefix: FAILED_BATCH_PREFIX },
] as const;

/**
 * The ingestion stage: Lambdas fed by MSK event source mappings (IAM auth, TRIM_HORIZON), sharing one
 * encrypted S3 dead-letter bucket. Handlers write records they cannot process there with the reason
 * (`dead-letters/…`, `DEAD_LETTER_BUCKET`); the mappings' on-failure destination is the same bucket, which
 * for S3 receives the whole failed batch, so nothing vanishes when the topic's retention expires.
 */
export class Ingestion extends Construct {
  /** Dead-letter bucket: on-failure destination of every mapping, and `DEAD_LETTER_BUCKET` for handlers. */
  public readonly deadLetterBucket: s3.Bucket;
  /** Consumers added so far, by construct id. */
  public readonly consumers = new Map<string, NodejsFunction>();

  private readonly props: IngestionProps;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);
    this.props = props;
    const pollers = props.provisionedPollers;
    if (pollers && (pollers.minimum < 1 || pollers.maximum < pollers.minimum || pollers.maximum > 2000)) {
      throw new Error(
        `${this.node.path}: provisionedPollers got ${JSON.stringify(pollers)}; use 1 <= minimum <= maximum <= 2000.`,
      );
    }
    const expiry = props.deadLetterExpiry ?? Duration.days(90);
    if (expiry.toDays() < 1) {
      throw new Error(
        `${this.node.path}: deadLetterExpiry got ${expiry.toHumanString()}; use 1 day or more.`,
      );
    }
    this.deadLetterBucket = createDeadLetterBucket(this, expiry);
  }

  private bucketLogicalId(): string {
    const stack = Stack.of(this);
    return stack.resolve(
      stack.getLogicalId(this.deadLetterBucket.node.defaultChild as s3.CfnBucket),
    ) as string;
  }

  /** Adds a Lambda consuming `options.topic`, wired with least-privilege Kafka permissions. */
  public addConsumer(id: string, options: ConsumerOptions): NodejsFunction {
    const { kafka } = this.props;
    const batchSize = options.batchSize ?? 1000;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10000) {
      throw new Error(
        `${this.node.path}/${id}: batchSize got ${batchSize}; use a whole number from 1 to 10000.`,
      );
    }
    const window = options.maxBatchingWindow ?? Duration.seconds(1);
    if (window.toSeconds() > 300) {
      throw new Error(
        `${this.node.path}/${id}: maxBatchingWindow got ${window.toHumanString()}; use at most 300 seconds.`,
      );
    }
    const reserved = options.reservedConcurrency ?? 0;
    const groupId = options.consumerGroupId ?? `logward-${options.topic}`;

    const fn = new LogwardFunction(this, id, {
      ...this.props.functions,
      entry: options.entry,
      description: `Logward: consumes the ${options.topic} topic`,
      kind: 'kafka-consumer',
      access: options.access,
      memorySize: options.memorySize ?? 1024,
      timeout: options.timeout ?? Duration.minutes(2),
      reservedConcurrentExecutions: reserved > 0 ? reserved : undefined,
      extraEnvironment: {
        DEAD_LETTER_BUCKET: this.deadLetterBucket.bucketName,
        ...options.environment,
      },
    }).function;

    kafka.grantConsume(fn, options.topic, groupId);
    const pollers = this.props.provisionedPollers;
    fn.addEventSource(
      new ManagedKafkaEventSource({
        clusterArn: kafka.clusterArn,
        topic: options.topic,
        consumerGroupId: groupId,
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize,
        maxBatchingWindow: window,
        onFailure: new S3FailedBatches(this.deadLetterBucket),
        ...(pollers
          ? {
              provisionedPollerConfig: { minimumPollers: pollers.minimum, maximumPollers: pollers.maximum },
              retryAttempts: 10,
              bisectBatchOnError: true,
            }
          : {}),
      }),
    );
    // The mapping should not start polling before its topic exists.
    for (const mapping of fn.node.children.filter((child) => child instanceof lambda.EventSourceMapping)) {
      mapping.node.addDependency(...kafka.topics);
    }
    acknowledge(fn, [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          'Dead letters and failed batches are written as new objects with generated keys; s3:PutObject is ' +
          'granted on the dead-letter bucket objects only (no read, no delete).',
        findings: [`Resource::<${this.bucketLogicalId()}.Arn>/*`],
      },
      {
        id: 'AwsSolutions-IAM4',
        reason:
          'AWSLambdaMSKExecutionRole is attached by ManagedKafkaEventSource: the AWS-maintained minimum for the ' +
          'event source mapping to describe the cluster and manage its pollers network interfaces.',
        findings: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaMSKExecutionRole'],
      },
    ]);
    this.consumers.set(id, fn);
    return fn;
  }
}

/**
 * The dead-letter bucket: records that could not be indexed (`dead-letters/…`) and the event source
 * mappings' failed batches, kept for `expiry` (replay them before).
 */
export function createDeadLetterBucket(scope: Construct, expiry: Duration): s3.Bucket {
  const bucket = new s3.Bucket(scope, 'DeadLetters', {
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    // Dead letters expire after `deadLetterExpiry` (replay them before); replayed copies after 30 days.
    lifecycleRules: [
      { id: 'ExpireReplayed', prefix: 'replayed/', expiration: Duration.days(30) },
      { id: 'ExpireDeadLetters', prefix: DEAD_LETTER_PREFIX, expiration: expiry },
      { id: 'ExpireFailedBatches', prefix: FAILED_BATCH_PREFIX, expiration: expiry },
    ],
    metrics: DEAD_LETTER_METRICS.map((metric) => ({ ...metric })),
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(bucket, [
    {
      id: 'AwsSolutions-S1',
      reason:
        'Only the Logward Lambda roles and the event source mappings write here; object-level auditing belongs ' +
        'to CloudTrail data events, and an access-log bucket would need its own exemption.',
    },
  ]);
  return bucket;
}
