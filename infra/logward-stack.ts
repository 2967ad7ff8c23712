import { Annotations, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { PEOPLE_TREE } from '#lambdas/api/access.ts';
import type { LogwardConfig } from './config.ts';
import { Alerting } from './constructs/alerting.ts';
import { Api } from './constructs/api.ts';
import { Console } from './constructs/console.ts';
import type { FunctionCreated, FunctionDefaults } from './constructs/function.ts';
import { DEAD_LETTER_METRICS, Ingestion } from './constructs/ingestion.ts';
import { KafkaCluster, suppressAwsCustomResourceFindings } from './constructs/kafka.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { Network } from './constructs/network.ts';
import { People } from './constructs/people.ts';
import { SCHEDULES, ScheduledFunction } from './constructs/schedule.ts';
import { Search } from './constructs/search.ts';
import { Storage } from './constructs/storage.ts';
import { type IndexSettings, resolveIndexSettings, resolveSearchSizing } from './index-settings.ts';
import { sizingFor } from './sizing.ts';

/** Properties of the Logward stack. */
export interface LogwardStackProps extends StackProps {
  /** Validated configuration, usually from `configFromContext`. */
  readonly config: LogwardConfig;
  /**
   * Directory of the Lambda handler entry files (tests point this at stubs).
   * @default `<repo>/lambdas/handlers`
   */
  readonly handlersDir?: string;
  /**
   * Directory served as the web console instead of building console/ at synth (tests point this at a fixture).
   * @default - `npm run build:console` output
   */
  readonly consoleDir?: string;
}

/** Retention days CloudWatch Logs accepts. */
const RETENTION_DAYS = Object.values(logs.RetentionDays).filter(
  (value): value is number => typeof value === 'number',
);

function retention(days: number): logs.RetentionDays {
  const match = RETENTION_DAYS.find((allowed) => allowed === days);
  if (match === undefined) {
    throw new Error(
      `logward:logRetentionDays got ${days}; CloudWatch Logs accepts ${RETENTION_DAYS.filter((d) => d > 0).join(', ')}.`,
    );
  }
  return match;
}

/** What the ingest Lambda reads to put the index template (lambdas/adapters/opensearch/index-template.ts). */
function indexEnvironment(index: IndexSettings): Record<string, string> {
  return {
    LOGWARD_INDEX_SHARDS: String(index.shards),
    LOGWARD_INDEX_REPLICAS: String(index.replicas),
    LOGWARD_INDEX_CODEC: index.codec,
    LOGWARD_INDEX_REFRESH_INTERVAL: index.refreshInterval,
  };
}

/**
 * The whole Logward pipeline: agents → MSK → ingest Lambda → OpenSearch + DynamoDB, alerting through SES,
 * the REST API, and monitoring. Handlers are wired one line each below; wire a handler only once its file exists.
 */
export class LogwardStack extends Stack {
  public readonly network: Network;
  public readonly kafka: KafkaCluster;
  public readonly storage: Storage;
  public readonly search: Search;
  public readonly ingestion: Ingestion;
  public readonly alerting: Alerting;
  public readonly people: People;
  public readonly api: Api;
  public readonly console: Console;
  public readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: LogwardStackProps) {
    super(scope, id, props);
    // aws-cdk-lib's own custom resources (OpenSearch log policy) use the SDK in the Lambda runtime, no npm install.
    this.node.setContext('@aws-cdk/customresources:installLatestAwsSdkDefault', false);
    const { config } = props;
    if (config.availabilityZones.length > 0 && config.account && config.region && !config.vpcId) {
      // What the AZ lookup would cache in cdk.context.json: a pinned stack with given AZs synthesizes offline.
      this.node.setContext(`availability-zones:account=${config.account}:region=${config.region}`, [
        ...config.availabilityZones,
      ]);
    }
    const logRetention = retention(config.logRetentionDays);

    this.network = new Network(this, 'Network', {
      existingVpc: config.vpcId
        ? {
            vpcId: config.vpcId,
            cidr: config.vpcCidr,
            privateSubnetIds: config.privateSubnetIds,
            availabilityZones: config.availabilityZones,
          }
        : undefined,
      availabilityZones: config.vpcId ? undefined : config.availabilityZones,
      natGateways: config.natGateways,
      logRetention,
    });
    const { vpc, privateSubnets } = this.network;
    const azCount = vpc.selectSubnets(privateSubnets).subnetIds.length;
    const sizing = sizingFor(config.size, { codec: config.indexCodec, family: config.searchNodeFamily });
    const kafkaVolumeGiB = config.kafkaVolumeGiB ?? sizing.kafkaVolumeGiB;

    this.kafka = new KafkaCluster(this, 'Kafka', {
      vpc,
      subnets: privateSubnets,
      mode: config.kafkaMode,
      existingClusterArn: config.kafkaClusterArn,
      kafkaVersion: config.kafkaVersion,
      brokerInstanceType: config.kafkaInstanceType ?? sizing.kafka.instanceType,
      brokerCount: config.kafkaBrokerCount ?? Math.ceil(sizing.kafka.brokers / azCount) * azCount,
      brokerVolumeGiB: kafkaVolumeGiB,
      brokerMaxVolumeGiB:
        config.kafkaMaxVolumeGiB ??
        (config.kafkaVolumeGiB === undefined
          ? sizing.kafkaMaxVolumeGiB
          : Math.min(16384, Math.max(kafkaVolumeGiB * 5, sizing.kafkaMaxVolumeGiB))),
      retentionHours: config.kafkaRetentionHours ?? sizing.kafka.retentionHours,
      createTopics: config.createTopics,
      clientCidrs: config.kafkaClientCidrs,
      vpcCidr: this.network.cidr,
      logRetention,
    });
    if (this.kafka.securityGroup) this.network.allowEndpointsFrom(this.kafka.securityGroup);

    this.storage = new Storage(this, 'Storage');

    const searchSizing = resolveSearchSizing(config, sizing, azCount);
    this.search = new Search(this, 'Search', {
      vpc,
      subnets: privateSubnets,
      clientSecurityGroups: [this.network.lambdaSecurityGroup],
      ...searchSizing,
      logRetention,
    });
    const index = resolveIndexSettings(config, sizing, searchSizing, this.search.warm);
    for (const warning of index.warnings) {
      Annotations.of(this.search).addWarningV2('logward:search:settings', warning);
    }

    this.monitoring = new Monitoring(this, 'Monitoring', { alarmEmails: config.alarmEmails });
    const functions: FunctionDefaults = {
      vpc,
      vpcSubnets: privateSubnets,
      securityGroup: this.network.lambdaSecurityGroup,
      logRetention,
      handlersDir: props.handlersDir,
      environment: {
        // Read by lambdas/adapters/opensearch/client.ts: SigV4-signed requests to the VPC endpoint.
        OPENSEARCH_URL: this.search.url,
        OPENSEARCH_AUTH: 'sigv4',
        ...this.storage.environment,
      },
      onFunction: (created) => this.wireFunction(created),
    };
    this.ingestion = new Ingestion(this, 'Ingestion', {
      kafka: this.kafka,
      functions,
      provisionedPollers: config.kafkaPollers,
      deadLetterExpiry: Duration.days(config.deadLetterExpiryDays),
    });
    this.alerting = new Alerting(this, 'Alerting', {
      senderIdentity: config.senderIdentity,
      recipients: config.alertRecipients,
      slackWebhookSecret: config.slackWebhookSecret,
      alertWebhookSecret: config.alertWebhookSecret,
      alertWebhookSigningSecret: config.alertWebhookSigningSecret,
      recipientPolicy: { domains: config.alertRecipientDomains, groups: config.alertRecipientGroups },
      functions,
    });
    if (this.alerting.channels.hasWebhooks && config.natGateways === 0 && !config.vpcId) {
      Annotations.of(this.alerting).addWarningV2(
        'logward:alerting:webhooksWithoutNat',
        'Slack/webhook secrets are configured but natGateways is 0: the dispatcher cannot reach the internet, so ' +
          'those alerts will fail. Use -c logward:natGateways=1 (or drop the webhook secrets).',
      );
    }
    this.console = new Console(this, 'Console', { logRetention, builtDir: props.consoleDir });
    this.people = new People(this, 'People', {
      consoleUrl: this.console.url,
      domainPrefix: config.signInDomainPrefix,
    });
    this.api = new Api(this, 'Api', {
      entry: 'api.ts',
      userPool: this.people.userPool,
      wafRateLimit: config.wafRateLimit,
      functions,
      // Retiring a down node closes its alert on the deployment's default channels (lambdas/api/routes/management.ts).
      environment: this.alerting.environment,
      logRetention,
      // The console calls the API from its own origin; `*` in corsOrigins already includes it.
      cors: {
        allowOrigins: config.corsOrigins.includes('*')
          ? ['*']
          : [this.console.origin, ...config.corsOrigins.filter((origin) => origin !== this.console.origin)],
      },
      tracing: config.apiTracing,
    });
    this.console.publish({
      apiBase: `${this.api.url}${PEOPLE_TREE.slice(1)}`,
      apiOrigin: this.api.origin,
      auth: {
        kind: 'cognito',
        domain: this.people.domain.baseUrl(),
        clientId: this.people.client.userPoolClientId,
        redirectUri: this.console.url,
      },
    });

    // Handlers in lambdas/handlers/, one line each (the api handler is wired by the Api construct above).
    const ingestLogs = this.ingestion.addConsumer('IngestLogs', {
      entry: 'ingest.ts',
      topic: 'logs',
      // Rules live in the alerts table and count in the counters table (lambdas/alerting/evaluate-rules.ts);
      // mined patterns are registered in the patterns table (lambdas/ingest/pattern-registry.ts).
      access: { search: true, tables: ['alerts', 'counters', 'patterns'] },
      reservedConcurrency: config.ingestReservedConcurrency,
      // Validated at synth (infra/config.ts compiles them with core/service-parsers.ts).
      environment: {
        ...indexEnvironment(index),
        LOGWARD_DEFAULT_TIMEZONE: config.defaultTimeZone ?? 'UTC',
        // A line's own time older than retention keeps is not believed (core/log-document.ts).
        RETENTION_DAYS: String(index.retentionDays),
        ...(config.parsers ? { LOGWARD_PARSERS: JSON.stringify(config.parsers) } : {}),
      },
    });
    this.ingestion.addConsumer('IngestHeartbeats', {
      entry: 'heartbeats.ts',
      topic: 'heartbeats',
      // Attempts at a batch are counted in the counters table (lambdas/batch-attempts.ts).
      access: { tables: ['nodes', 'counters'] },
    });
    // Alert mails and Slack link to the console; webhooks to the matching query on this API.
    const links = { LOGWARD_API_URL: this.api.url, LOGWARD_CONSOLE_URL: this.console.url };
    const monitor = this.alerting.addFunction('HeartbeatMonitor', {
      ...SCHEDULES.heartbeatMonitor,
      environment: links,
    });
    const dispatcher = this.alerting.addFunction('AlertDispatcher', {
      ...SCHEDULES.alertDispatcher,
      sends: true,
      environment: links,
    });
    this.alerting.createDefaultRules(this.storage.alerts);
    const indexRetention = new ScheduledFunction(this.search, 'IndexRetention', {
      ...functions,
      ...SCHEDULES.indexRetention,
      timeout: Duration.minutes(5),
      access: { search: 'retention' },
      extraEnvironment: {
        RETENTION_DAYS: String(index.retentionDays),
        ...(index.warmAfterDays !== undefined ? { WARM_AFTER_DAYS: String(index.warmAfterDays) } : {}),
        ...(index.replicaDays !== undefined ? { REPLICA_DAYS: String(index.replicaDays) } : {}),
      },
    });

    // A schedule that stops is silent: only a missing invocation count can show it.
    this.monitoring.monitorSchedule('HeartbeatMonitor', monitor, Duration.minutes(5), 2);
    this.monitoring.monitorSchedule('AlertDispatcher', dispatcher, Duration.minutes(5), 2);
    this.monitoring.monitorSchedule('IndexRetention', indexRetention.function, Duration.days(1), 2);
    this.monitoring.monitorDeadLetterBucket(
      'DeadLetters',
      this.ingestion.deadLetterBucket,
      DEAD_LETTER_METRICS.map((metric) => metric.id),
    );
    this.monitoring.monitorDomain('Search', this.search.domain, searchSizing.volumeGiB);
    if (this.kafka.brokers) this.monitoring.monitorKafkaBrokers('Kafka', this.kafka.brokers);

    this.outputs(ingestLogs.functionName);
    suppressAwsCustomResourceFindings(this);
  }

  /** Grants a function exactly the tables and search access it declared (reads only when `readOnly`), and gives it alarms. */
  private wireFunction({ fn, label, kind, access }: FunctionCreated): void {
    if (access.readOnly) this.storage.grantRead(fn, access.tables ?? []);
    else this.storage.grantReadWrite(fn, access.tables ?? []);
    if (access.search && fn.role) {
      if (access.search === 'retention') this.search.grantRetention(fn.role);
      else if (access.readOnly) this.search.grantSearch(fn.role);
      else this.search.grantReadWrite(fn.role);
    }
    if (kind === 'kafka-consumer') this.monitoring.monitorKafkaConsumer(label, fn);
    else this.monitoring.monitorFunction(label, fn);
  }

  private outputs(ingestFunctionName: string): void {
    new CfnOutput(this, 'ApiUrl', { description: 'Logward REST API base URL', value: this.api.url });
    new CfnOutput(this, 'ApiKeyId', {
      description:
        'Read-only API key id (GET /…); read the key with: aws apigateway get-api-key --include-value --api-key <id>',
      value: this.api.apiKey.keyId,
    });
    new CfnOutput(this, 'ApiAdminPolicyArn', {
      description: 'Attach to the IAM roles of Logward admins and automation: SigV4 calls under /iam',
      value: this.api.adminPolicy.managedPolicyArn,
    });
    new CfnOutput(this, 'UserPoolId', {
      description: 'People sign in here; add them to the group logward-admin or logward-reader',
      value: this.people.userPool.userPoolId,
    });
    new CfnOutput(this, 'UserPoolClientId', {
      description: 'App client of the console (ID tokens for /people)',
      value: this.people.client.userPoolClientId,
    });
    new CfnOutput(this, 'KafkaClusterArn', { value: this.kafka.clusterArn });
    new CfnOutput(this, 'KafkaBootstrapBrokers', {
      description: 'SASL/IAM (TLS, port 9098) bootstrap brokers for agents',
      value: this.kafka.bootstrapBrokers,
    });
    new CfnOutput(this, 'AgentPolicyArn', {
      description: 'Attach to the IAM role of agent servers',
      value: this.kafka.agentPolicy.managedPolicyArn,
    });
    new CfnOutput(this, 'OpenSearchUrl', { value: this.search.url });
    new CfnOutput(this, 'DeadLetterBucket', {
      description:
        'Dead letters (dead-letters/…) and failed batches from the event source mappings (aws/lambda/…)',
      value: this.ingestion.deadLetterBucket.bucketName,
    });
    new CfnOutput(this, 'IngestFunctionName', {
      description: 'The ingest Lambda: npm run replay -- --bucket <DeadLetterBucket> --function <this>',
      value: ingestFunctionName,
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn });
    new CfnOutput(this, 'AlertTopicArn', {
      description: 'Logward alerts by SMS or mobile push: subscribe phone numbers or push endpoints here',
      value: this.alerting.channels.topic.topicArn,
    });
    const signing = this.alerting.channels.signingSecret;
    if (signing?.created) {
      new CfnOutput(this, 'AlertWebhookSigningSecretArn', {
        description:
          'The key alert webhooks are signed with; give it to the receiver: aws secretsmanager get-secret-value --secret-id <this> --query SecretString',
        value: signing.secret.secretArn,
      });
    }
    for (const webhook of this.alerting.channels.webhooks.filter((channel) => channel.created)) {
      new CfnOutput(this, `${webhook.id}Arn`, {
        description: `Put the ${webhook.what}: aws secretsmanager put-secret-value --secret-id <this> --secret-string <url>`,
        value: webhook.secret.secretArn,
      });
    }
  }
}
