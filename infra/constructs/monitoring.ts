import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/** Properties of the monitoring stage. */
export interface MonitoringProps {
  /**
   * Emails subscribed to the alarm topic (each must confirm the subscription).
   * @default - none; subscribe later to the topic in the output
   */
  readonly alarmEmails?: readonly string[];
  /**
   * Dashboard name.
   * @default `<stack name>-pipeline`
   */
  readonly dashboardName?: string;
}

/** Thresholds of a Kafka consumer's alarms. */
export interface ConsumerAlarmOptions {
  /**
   * Records the consumer may lag behind before alarming (5 one-minute periods).
   * @default 100000
   */
  readonly maxOffsetLag?: number;
}

/**
 * What an alarm makes of a period without data. `silentIsFailure` where the metric is always emitted while
 * the resource works (OpenSearch cluster metrics, MSK disk use, a schedule's invocations), so silence means
 * it stopped; `silentIsFine` where no data means nothing happened (errors, dead letters written).
 */
type WhenSilent = 'silentIsFailure' | 'silentIsFine';

/**
 * Operations monitoring: alarms to an SNS topic encrypted with a customer-managed KMS key (CloudWatch cannot
 * publish to a topic under the AWS-managed SNS key) and one dashboard. Each `monitor*` method adds the alarms
 * and widgets of one resource.
 */
export class Monitoring extends Construct {
  /** Topic every alarm notifies. */
  public readonly topic: sns.Topic;
  /** The dashboard. */
  public readonly dashboard: cloudwatch.Dashboard;
  /** Alarms added so far. */
  public readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps = {}) {
    super(scope, id);
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Logward alarm topic',
      enableKeyRotation: true,
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.topic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'Logward alarms',
      masterKey: key,
      enforceSSL: true,
    });
    for (const email of props.alarmEmails ?? []) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(email));
    }
    acknowledge(this.topic, [
      {
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          'Only ops alarm emails subscribe here: an email SNS could not deliver after its retries leaves the alarm ' +
          'itself in ALARM on CloudWatch and the dashboard, so a dead-letter queue would hold nothing to act on.',
      },
    ]);
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName ?? `${Stack.of(this).stackName}-pipeline`,
      defaultInterval: Duration.hours(3),
    });
  }

  /** Errors and throttles of a function. */
  public monitorFunction(label: string, fn: lambda.IFunction): void {
    const errors = fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' });
    const throttles = fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' });
    this.alarm(`${label}Errors`, errors, 1, 1, `${label}: the function returned errors`);
    this.alarm(`${label}Throttles`, throttles, 1, 2, `${label}: invocations were throttled`);
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: `${label}: invocations, errors, throttles`,
        left: [fn.metricInvocations({ period: Duration.minutes(1) }), errors, throttles],
        right: [fn.metricDuration({ period: Duration.minutes(1), statistic: 'p99' })],
        width: 12,
      }),
    );
  }

  /** A Kafka consumer: its function alarms plus the event source mapping's `OffsetLag`. */
  public monitorKafkaConsumer(label: string, fn: lambda.IFunction, options: ConsumerAlarmOptions = {}): void {
    const maxLag = options.maxOffsetLag ?? 100_000;
    if (!Number.isInteger(maxLag) || maxLag < 1) {
      throw new Error(`${this.node.path}: maxOffsetLag got ${maxLag}; use a whole number of records >= 1.`);
    }
    this.monitorFunction(label, fn);
    const lag = new cloudwatch.Metric({
      namespace: 'AWS/Lambda',
      metricName: 'OffsetLag',
      dimensionsMap: { FunctionName: fn.functionName },
      statistic: 'Maximum',
      period: Duration.minutes(1),
    });
    this.alarm(
      `${label}OffsetLag`,
      lag,
      maxLag,
      5,
      `${label}: consumer lags more than ${maxLag} records behind`,
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: `${label}: offset lag`, left: [lag], width: 12 }),
    );
  }

  /**
   * A dead-letter bucket: alarms as soon as anything is written under any prefix watched by one of the
   * bucket's S3 request metrics configurations `filterIds` (Logward's own dead letters and the event source
   * mappings' failed batches).
   */
  public monitorDeadLetterBucket(label: string, bucket: s3.IBucket, filterIds: readonly string[]): void {
    const puts = Object.fromEntries(
      filterIds.map((filterId, index) => [
        `puts${index}`,
        new cloudwatch.Metric({
          namespace: 'AWS/S3',
          metricName: 'PutRequests',
          dimensionsMap: { BucketName: bucket.bucketName, FilterId: filterId },
          statistic: 'Sum',
          period: Duration.minutes(5),
        }),
      ]),
    );
    const writes = new cloudwatch.MathExpression({
      // FILL: a prefix without writes in the period has no data point, which must count as 0, not void the sum.
      expression: Object.keys(puts)
        .map((name) => `FILL(${name}, 0)`)
        .join(' + '),
      usingMetrics: puts,
      label: `${label}: objects written under ${filterIds.join(', ')}`,
      period: Duration.minutes(5),
    });
    this.alarm(
      `${label}Writes`,
      writes,
      1,
      1,
      `${label}: records were dead-lettered; inspect and replay them`,
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: `${label}: dead letters written`, left: [writes], width: 12 }),
    );
  }

  /**
   * An OpenSearch domain: red cluster status, low free storage and blocked writes (AWS's recommended alarms).
   * The domain emits these every minute, so a silent metric alarms too.
   */
  public monitorDomain(label: string, domain: opensearch.IDomain, volumeGiB: number): void {
    const red = domain.metricClusterStatusRed({ period: Duration.minutes(1), statistic: 'Maximum' });
    const free = domain.metricFreeStorageSpace({ period: Duration.minutes(5), statistic: 'Minimum' });
    const blocked = domain.metricClusterIndexWritesBlocked({
      period: Duration.minutes(5),
      statistic: 'Maximum',
    });
    const thresholdMiB = Math.round(volumeGiB * 1024 * 0.25);
    this.alarm(
      `${label}ClusterRed`,
      red,
      1,
      1,
      `${label}: cluster status is red (a primary shard is unassigned)`,
      cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      'silentIsFailure',
    );
    this.alarm(
      `${label}FreeStorage`,
      free,
      thresholdMiB,
      1,
      `${label}: a node has less than 25% (${thresholdMiB} MiB) storage free`,
      cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
      'silentIsFailure',
    );
    this.alarm(
      `${label}WritesBlocked`,
      blocked,
      1,
      1,
      `${label}: the cluster blocks writes (disk watermark, memory pressure or a read-only index); ingestion is dead-lettering`,
      cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      'silentIsFailure',
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: `${label}: cluster red`, left: [red], width: 12 }),
      new cloudwatch.GraphWidget({ title: `${label}: free storage (MiB)`, left: [free], width: 12 }),
      new cloudwatch.GraphWidget({ title: `${label}: writes blocked`, left: [blocked], width: 12 }),
    );
  }

  /**
   * The brokers of a provisioned MSK cluster: data disk use (`KafkaDataLogsDiskUsed`, %) per broker. A full
   * broker disk stops the partitions it leads; storage autoscaling grows it at 60 %, this alarms at `percent`.
   */
  public monitorKafkaBrokers(
    label: string,
    brokers: { readonly clusterName: string; readonly ids: readonly number[] },
    percent = 80,
  ): void {
    const metrics = brokers.ids.map(
      (id) =>
        new cloudwatch.Metric({
          namespace: 'AWS/Kafka',
          metricName: 'KafkaDataLogsDiskUsed',
          dimensionsMap: { 'Cluster Name': brokers.clusterName, 'Broker ID': String(id) },
          statistic: 'Maximum',
          period: Duration.minutes(5),
        }),
    );
    metrics.forEach((metric, index) => {
      this.alarm(
        `${label}Broker${brokers.ids[index]}Disk`,
        metric,
        percent,
        1,
        `${label}: broker ${brokers.ids[index]} data disk is ${percent}% full or its metrics stopped`,
        cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        'silentIsFailure',
      );
    });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: `${label}: broker disk used (%)`, left: metrics, width: 12 }),
    );
  }

  /**
   * A scheduled function: alarms when it was not invoked for `periods` × `period` (the schedule or the
   * function is gone), which only a missing data point can show.
   */
  public monitorSchedule(label: string, fn: lambda.IFunction, period: Duration, periods: number): void {
    const invocations = fn.metricInvocations({ period, statistic: 'Sum' });
    this.alarm(
      `${label}NotRunning`,
      invocations,
      1,
      periods,
      `${label}: not invoked for ${periods} × ${period.toHumanString()}; its schedule stopped`,
      cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      'silentIsFailure',
    );
  }

  private alarm(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    evaluationPeriods: number,
    description: string,
    comparisonOperator = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    whenSilent: WhenSilent = 'silentIsFine',
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator,
      alarmDescription: description,
      treatMissingData:
        whenSilent === 'silentIsFailure'
          ? cloudwatch.TreatMissingData.BREACHING
          : cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
