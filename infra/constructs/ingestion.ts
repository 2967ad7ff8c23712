import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ManagedKafkaEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { type FunctionDefaults, LogwardFunction } from './function.ts';
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
   * @default - on-demand pollers, infinite retries until a record leaves the topic
   */
  readonly provisionedPollers?: { readonly minimum: number; readonly maximum: number };
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
   * @default - the topic's partition count
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
}

/**
 * The ingestion stage: Lambdas fed by MSK event source mappings (IAM auth, TRIM_HORIZON), sharing one
 * encrypted SQS dead-letter queue that is both the mappings' on-failure destination and where handlers
 * park records they cannot process (with the reason).
 */
export class Ingestion extends Construct {
  /** Dead-letter queue: on-failure destination of every mapping, and `LOGWARD_DEAD_LETTER_QUEUE_URL`. */
  public readonly deadLetterQueue: sqs.Queue;
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
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.deadLetterQueue, [
      {
        id: 'AwsSolutions-SQS3',
        reason: 'This queue is the dead-letter queue; it has no dead-letter queue of its own.',
      },
    ]);
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
    const reserved = options.reservedConcurrency ?? kafka.partitions[options.topic];
    const groupId = options.consumerGroupId ?? `logward-${options.topic}`;

    const fn = new LogwardFunction(this, id, {
      ...this.props.functions,
      entry: options.entry,
      description: `Logward: consumes the ${options.topic} topic`,
      memorySize: options.memorySize ?? 1024,
      timeout: options.timeout ?? Duration.minutes(2),
      reservedConcurrentExecutions: reserved > 0 ? reserved : undefined,
      extraEnvironment: {
        LOGWARD_DEAD_LETTER_QUEUE_URL: this.deadLetterQueue.queueUrl,
        ...options.environment,
      },
    }).function;

    kafka.grantConsume(fn, options.topic, groupId);
    this.deadLetterQueue.grantSendMessages(fn);
    const pollers = this.props.provisionedPollers;
    fn.addEventSource(
      new ManagedKafkaEventSource({
        clusterArn: kafka.clusterArn,
        topic: options.topic,
        consumerGroupId: groupId,
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize,
        maxBatchingWindow: window,
        onFailure: new SqsDlq(this.deadLetterQueue),
        ...(pollers
          ? {
              provisionedPollerConfig: { minimumPollers: pollers.minimum, maximumPollers: pollers.maximum },
              retryAttempts: 10,
              bisectBatchOnError: true,
            }
          : {}),
      }),
    );
    acknowledge(fn, [
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
