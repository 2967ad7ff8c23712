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
   * A dead-letter bucket: alarms as soon as anything is written under the prefix its S3 request metrics
   * configuration `filterId` watches.
   */
  public monitorDeadLetterBucket(label: string, bucket: s3.IBucket, filterId: string): void {
    const writes = new cloudwatch.Metric({
      namespace: 'AWS/S3',
      metricName: 'PutRequests',
      dimensionsMap: { BucketName: bucket.bucketName, FilterId: filterId },
      statistic: 'Sum',
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

  /** An OpenSearch domain: red cluster status and low free storage. */
  public monitorDomain(label: string, domain: opensearch.IDomain, volumeGiB: number): void {
    const red = domain.metricClusterStatusRed({ period: Duration.minutes(1), statistic: 'Maximum' });
    const free = domain.metricFreeStorageSpace({ period: Duration.minutes(5), statistic: 'Minimum' });
    const thresholdMiB = Math.round(volumeGiB * 1024 * 0.25);
    this.alarm(
      `${label}ClusterRed`,
      red,
      1,
      1,
      `${label}: cluster status is red (a primary shard is unassigned)`,
    );
    this.alarm(
      `${label}FreeStorage`,
      free,
      thresholdMiB,
      1,
      `${label}: a node has less than 25% (${thresholdMiB} MiB) storage free`,
      cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: `${label}: cluster red`, left: [red], width: 12 }),
      new cloudwatch.GraphWidget({ title: `${label}: free storage (MiB)`, left: [free], width: 12 }),
    );
  }

  private alarm(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    evaluationPeriods: number,
    description: string,
    comparisonOperator = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator,
      alarmDescription: description,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
