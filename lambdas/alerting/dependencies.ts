/**
 * Builds alerting's dependencies from the environment the CDK stack (or the local runtime) sets:
 * clients created once per process, stores over them, channel senders for what is configured.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESClient } from '@aws-sdk/client-ses';
import { SNSClient } from '@aws-sdk/client-sns';
import { consoleBase } from '#core/alerting/console-links.ts';
import { messageIdDomain } from '#core/alerting/email.ts';
import { DEFAULT_HEARTBEAT_POLICY, type HeartbeatPolicy } from '#core/alerting/heartbeat.ts';
import { parseRecipientPolicy, type RecipientPolicy } from '#core/alerting/recipients.ts';
import type { Channel, ChannelKind } from '#core/alerting/rules.ts';
import type { EmailThreadStore } from '#core/alerting/stores.ts';
import {
  DynamoAlertStore,
  DynamoEmailThreadStore,
  DynamoHistoryStore,
  DynamoLeaseStore,
  DynamoOutboxStore,
  DynamoPipelineStateStore,
} from '../adapters/dynamodb/alert-store.ts';
import { DynamoBatchAttemptStore } from '../adapters/dynamodb/attempt-store.ts';
import { createDocumentClient, tableNamesFromEnv } from '../adapters/dynamodb/client.ts';
import { DynamoRuleCounterStore } from '../adapters/dynamodb/counter-store.ts';
import { DynamoNodeStore } from '../adapters/dynamodb/node-store.ts';
import { DynamoPatternRegistry } from '../adapters/dynamodb/pattern-store.ts';
import { CachedRuleSource, DynamoRuleStore, DynamoSilenceStore } from '../adapters/dynamodb/rule-store.ts';
import {
  ChannelNotConfiguredError,
  type ChannelSender,
  SEND_TIMEOUT_MS,
} from '../adapters/notify/channel.ts';
import {
  checkSigningSecret,
  checkWebhookUrl,
  type SecretSource,
  secretString,
  secretUrl,
} from '../adapters/notify/secret-url.ts';
import { SesEmailSender, type SesLike, sesMessageIdDomain } from '../adapters/notify/ses.ts';
import { SlackSender } from '../adapters/notify/slack.ts';
import { SnsSender } from '../adapters/notify/sns.ts';
import { WebhookSender } from '../adapters/notify/webhook.ts';
import { jsonLogger, type Logger } from '../logger.ts';
import { DEFAULT_RATE_LIMITS, DEFAULT_SEND_RETRY, type DispatcherDependencies } from './dispatch-alerts.ts';
import { RuleEvaluator } from './evaluate-rules.ts';
import type { MonitorDependencies } from './monitor-heartbeats.ts';

export interface AlertingClients {
  readonly ses?: SesLike;
  readonly sns?: Pick<SNSClient, 'send'>;
  readonly secrets?: Pick<SecretsManagerClient, 'send'>;
}

/** Every store over one document client. */
export function alertingStoresFromEnv(env: NodeJS.ProcessEnv) {
  const db = createDocumentClient(env);
  const tables = tableNamesFromEnv(env);
  const logger = jsonLogger({ component: 'rules' });
  const rules = new DynamoRuleStore(db, tables.alerts, (ruleId, reason) =>
    logger.error('stored rule ignored: it no longer validates', { ruleId, reason }),
  );
  return {
    rules,
    ruleSource: new CachedRuleSource(rules, Number(env.LOGWARD_RULE_CACHE_MS ?? 30_000)),
    alerts: new DynamoAlertStore(db, tables.alerts),
    outbox: new DynamoOutboxStore(db, tables.alerts),
    history: new DynamoHistoryStore(db, tables.alerts),
    silences: new DynamoSilenceStore(db, tables.alerts),
    threads: new DynamoEmailThreadStore(db, tables.alerts),
    leases: new DynamoLeaseStore(db, tables.alerts),
    pipeline: new DynamoPipelineStateStore(db, tables.alerts),
    nodes: new DynamoNodeStore(db, tables),
    counters: new DynamoRuleCounterStore(db, tables.counters),
    attempts: new DynamoBatchAttemptStore(db, tables.counters),
  };
}

export type AlertingStores = ReturnType<typeof alertingStoresFromEnv>;

/** The ingest observer that evaluates rules on every indexed batch. */
export function ruleEvaluatorFromEnv(
  env: NodeJS.ProcessEnv,
  stores = alertingStoresFromEnv(env),
): RuleEvaluator {
  return new RuleEvaluator({
    rules: stores.ruleSource,
    alerts: stores.alerts,
    counters: stores.counters,
    logger: jsonLogger({ handler: 'ingest', component: 'rules' }),
    ...(env.PATTERNS_TABLE
      ? { patterns: new DynamoPatternRegistry(createDocumentClient(env), tableNamesFromEnv(env).patterns) }
      : {}),
  });
}

/**
 * Whom rules may mail: `ALERT_RECIPIENT_DOMAINS` (comma-separated domains),
 * `ALERT_RECIPIENT_GROUPS` (JSON: group name → addresses) and the default recipients
 * (`ALERT_EMAIL_TO`). None set: rules name no recipients and use the defaults.
 */
export function recipientPolicyFromEnv(env: NodeJS.ProcessEnv): RecipientPolicy {
  const policy = parseRecipientPolicy(env.ALERT_RECIPIENT_DOMAINS, env.ALERT_RECIPIENT_GROUPS, {
    domains: 'ALERT_RECIPIENT_DOMAINS',
    groups: 'ALERT_RECIPIENT_GROUPS',
  });
  return { ...policy, addresses: emailList(env.ALERT_EMAIL_TO) };
}

function emailList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** Default recipients: `ALERT_EMAIL_TO` (comma-separated), Slack, webhook and SNS when configured. */
export function defaultChannelsFromEnv(env: NodeJS.ProcessEnv): Channel[] {
  const channels: Channel[] = [];
  const to = emailList(env.ALERT_EMAIL_TO);
  if (to.length > 0) channels.push({ kind: 'email', to });
  if (env.SLACK_WEBHOOK_SECRET_ARN || env.SLACK_WEBHOOK_URL) channels.push({ kind: 'slack' });
  if (env.ALERT_WEBHOOK_SECRET_ARN || env.ALERT_WEBHOOK_URL) channels.push({ kind: 'webhook' });
  if (env.ALERT_SNS_TOPIC_ARN) channels.push({ kind: 'sns' });
  return channels;
}

function awsClientConfig(endpoint: string | undefined, env: NodeJS.ProcessEnv) {
  return endpoint
    ? {
        endpoint,
        region: env.AWS_REGION ?? 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : {};
}

/**
 * The channel senders configured. Email threads through `threads` (each thread's first SES
 * Message-ID, in the domain `SES_MESSAGE_ID_DOMAIN`, else the one of the region SES is called in).
 */
export function sendersFromEnv(
  env: NodeJS.ProcessEnv,
  clients: AlertingClients = {},
  threads?: EmailThreadStore,
  logger: Logger = jsonLogger({ component: 'senders' }),
): Map<ChannelKind, ChannelSender> {
  // People open the console's links in a browser; a webhook's machine reader gets the API query.
  const consoleUrl = env.LOGWARD_CONSOLE_URL ? consoleBase(env.LOGWARD_CONSOLE_URL) : undefined;
  const apiBaseUrl = env.LOGWARD_API_URL;
  const senders = new Map<ChannelKind, ChannelSender>();
  if (env.ALERT_EMAIL_FROM) {
    const ses = clients.ses ?? new SESClient(awsClientConfig(env.SES_ENDPOINT, env));
    senders.set(
      'email',
      new SesEmailSender(ses, {
        from: env.ALERT_EMAIL_FROM,
        recipients: recipientPolicyFromEnv(env),
        ...(consoleUrl ? { consoleUrl } : {}),
        ...(threads ? { threads } : {}),
        messageIdDomain: env.SES_MESSAGE_ID_DOMAIN
          ? messageIdDomain(env.SES_MESSAGE_ID_DOMAIN, 'SES_MESSAGE_ID_DOMAIN')
          : sesMessageIdDomain(env.AWS_REGION || 'us-east-1'),
        logger,
      }),
    );
  }
  let secrets: Pick<SecretsManagerClient, 'send'> | undefined;
  const secretsClient = () =>
    (secrets ??= clients.secrets ?? new SecretsManagerClient(awsClientConfig(env.SECRETS_ENDPOINT, env)));
  // http:// to a loopback address only where the local runtime says so; never in the stack.
  const allowLoopbackHttp = env.ALERT_WEBHOOK_ALLOW_LOOPBACK_HTTP === 'true';
  const url = (arnVar: string, plainVar: string): SecretSource | undefined => {
    const secretArn = env[arnVar];
    if (secretArn) return secretUrl(secretsClient(), secretArn, { allowLoopbackHttp });
    const plain = env[plainVar];
    // Checked when used: a bad URL fails its channel (named in the history), not the others.
    return plain ? async () => checkWebhookUrl(plain, plainVar, allowLoopbackHttp) : undefined;
  };
  const slack = url('SLACK_WEBHOOK_SECRET_ARN', 'SLACK_WEBHOOK_URL');
  if (slack) senders.set('slack', new SlackSender(slack, consoleUrl));
  const webhook = url('ALERT_WEBHOOK_SECRET_ARN', 'ALERT_WEBHOOK_URL');
  if (webhook) {
    senders.set(
      'webhook',
      new WebhookSender({ url: webhook, signingSecret: signingSecret(env, secretsClient), apiBaseUrl }),
    );
  }
  senders.set(
    'sns',
    new SnsSender(
      clients.sns ?? new SNSClient(awsClientConfig(env.SNS_ENDPOINT, env)),
      env.ALERT_SNS_TOPIC_ARN,
    ),
  );
  return senders;
}

/**
 * The webhook's signing secret: `ALERT_WEBHOOK_SIGNING_SECRET_ARN` (the stack creates it), or
 * `ALERT_WEBHOOK_SIGNING_SECRET` in development. Without one the webhook is not configured: it is
 * never sent unsigned.
 */
function signingSecret(
  env: NodeJS.ProcessEnv,
  client: () => Pick<SecretsManagerClient, 'send'>,
): (signal: AbortSignal) => Promise<string> {
  const arn = env.ALERT_WEBHOOK_SIGNING_SECRET_ARN;
  if (arn) return secretString(client(), arn, (value) => checkSigningSecret(value, `secret ${arn}`));
  const plain = env.ALERT_WEBHOOK_SIGNING_SECRET;
  return async () => {
    if (!plain)
      throw new ChannelNotConfiguredError(
        'webhook: no signing secret (ALERT_WEBHOOK_SIGNING_SECRET_ARN); webhooks are never sent unsigned',
      );
    return checkSigningSecret(plain, 'ALERT_WEBHOOK_SIGNING_SECRET');
  };
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function rateLimitsFromEnv(env: NodeJS.ProcessEnv): Record<ChannelKind, number> {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const kind of Object.keys(limits) as ChannelKind[]) {
    const value = Number(env[`ALERT_RATE_LIMIT_${kind.toUpperCase()}`]);
    if (Number.isInteger(value) && value > 0) limits[kind] = value;
  }
  return limits;
}

export function dispatcherDependenciesFromEnv(
  env: NodeJS.ProcessEnv,
  overrides: Partial<DispatcherDependencies> & { clients?: AlertingClients; stores?: AlertingStores } = {},
): DispatcherDependencies {
  const { clients, stores: given, ...rest } = overrides;
  const stores = given ?? alertingStoresFromEnv(env);
  const logger = rest.logger ?? jsonLogger({ handler: 'alert-dispatcher' });
  return {
    alerts: stores.alerts,
    outbox: stores.outbox,
    silences: stores.silences,
    history: stores.history,
    counters: stores.counters,
    senders: sendersFromEnv(env, clients, stores.threads, logger),
    defaultChannels: defaultChannelsFromEnv(env),
    rateLimits: rateLimitsFromEnv(env),
    retry: DEFAULT_SEND_RETRY,
    digestThreshold: positiveInteger(env.ALERT_DIGEST_THRESHOLD, 5),
    maxAttempts: positiveInteger(env.ALERT_MAX_ATTEMPTS, 10),
    sendTimeoutMs: positiveInteger(env.ALERT_SEND_TIMEOUT_MS, SEND_TIMEOUT_MS),
    logger,
    ...rest,
  };
}

function heartbeatPolicyFromEnv(env: NodeJS.ProcessEnv): HeartbeatPolicy {
  const n = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const d = DEFAULT_HEARTBEAT_POLICY;
  return {
    lateAfterIntervals: n('HEARTBEAT_LATE_AFTER_INTERVALS', d.lateAfterIntervals),
    downAfterIntervals: n('HEARTBEAT_DOWN_AFTER_INTERVALS', d.downAfterIntervals),
    minDownAfterMs: n('HEARTBEAT_MIN_DOWN_AFTER_SECONDS', d.minDownAfterMs / 1000) * 1000,
    recoverAfterMs: n('HEARTBEAT_RECOVER_AFTER_SECONDS', d.recoverAfterMs / 1000) * 1000,
    stormThreshold: n('HEARTBEAT_STORM_THRESHOLD', d.stormThreshold),
    stallAfterMs: n('PIPELINE_STALL_AFTER_SECONDS', d.stallAfterMs / 1000) * 1000,
    minNodesForStall: n('PIPELINE_STALL_MIN_NODES', d.minNodesForStall),
  };
}

export function monitorDependenciesFromEnv(
  env: NodeJS.ProcessEnv,
  overrides: Partial<MonitorDependencies> & { stores?: AlertingStores } = {},
): MonitorDependencies {
  const { stores: given, ...rest } = overrides;
  const stores = given ?? alertingStoresFromEnv(env);
  return {
    nodes: stores.nodes,
    pipeline: stores.pipeline,
    leases: stores.leases,
    counters: stores.counters,
    alerts: stores.alerts,
    rules: stores.ruleSource,
    policy: heartbeatPolicyFromEnv(env),
    channels: defaultChannelsFromEnv(env),
    logger: jsonLogger({ handler: 'heartbeat-monitor' }),
    ...rest,
  };
}

export type { Logger };
