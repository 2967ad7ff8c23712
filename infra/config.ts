import type { Node } from 'constructs';
import { parseRecipientPolicy } from '#core/alerting/recipients.ts';
import { isValidTimeZone } from '#core/parse/zones.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { isValidationError } from '#core/validation-error.ts';
import { type ChannelSecretSource, SECRET_ARN } from './constructs/alert-channels.ts';
import { DOMAIN_PREFIX_RULE, isDomainPrefix } from './constructs/people.ts';
import { parseSize, type SearchNodeFamily, type SizeName } from './sizing.ts';

/** How the stack gets its Kafka cluster. */
export type KafkaMode = 'provisioned' | 'serverless' | 'existing';

/** Everything a user can set with `-c logward:<key>=<value>` (or the matching environment variable). */
export interface LogwardConfig {
  readonly account?: string;
  readonly region?: string;
  readonly alarmEmails: readonly string[];
  readonly alertRecipients: readonly string[];
  readonly senderIdentity?: string;
  readonly slackWebhookSecret?: ChannelSecretSource;
  readonly alertWebhookSecret?: ChannelSecretSource;
  readonly alertWebhookSigningSecret?: ChannelSecretSource;
  /** Domains whose addresses rules may mail (lower-case). */
  readonly alertRecipientDomains: readonly string[];
  /** Recipient groups rules may name: group name → addresses. */
  readonly alertRecipientGroups: Readonly<Record<string, readonly string[]>>;
  readonly parsers?: Readonly<Record<string, unknown>>;
  readonly defaultTimeZone?: string;
  readonly logRetentionDays: number;
  readonly size: SizeName | number;
  readonly searchNodeFamily: SearchNodeFamily;
  readonly indexRetentionDays?: number;
  readonly hotDays?: number;
  readonly warmNodes?: number;
  readonly warmInstanceType?: string;
  readonly indexShards?: number;
  readonly indexReplicas?: number;
  readonly indexCodec: string;
  readonly deadLetterExpiryDays: number;
  readonly kafkaMode: KafkaMode;
  readonly kafkaClusterArn?: string;
  readonly kafkaVersion?: string;
  readonly kafkaInstanceType?: string;
  readonly kafkaBrokerCount?: number;
  readonly kafkaVolumeGiB?: number;
  readonly kafkaMaxVolumeGiB?: number;
  readonly kafkaRetentionHours?: number;
  readonly kafkaClientCidrs: readonly string[];
  readonly createTopics?: boolean;
  readonly searchInstanceType?: string;
  readonly searchDataNodes?: number;
  readonly searchVolumeGiB?: number;
  readonly searchMasterNodes?: number;
  readonly searchMasterInstanceType?: string;
  readonly vpcId?: string;
  readonly vpcCidr?: string;
  readonly privateSubnetIds: readonly string[];
  readonly availabilityZones: readonly string[];
  readonly natGateways?: number;
  readonly ingestReservedConcurrency?: number;
  readonly kafkaPollers?: { readonly minimum: number; readonly maximum: number };
  readonly corsOrigins: readonly string[];
  readonly apiTracing: boolean;
  readonly wafRateLimit?: number;
  /** Prefix of the Cognito hosted UI's domain the console signs people in on (default `logward-<account>`). */
  readonly signInDomainPrefix?: string;
  /**
   * The LocalStack profile: deploy only what LocalStack's community runtime can hold (dead-letter bucket,
   * alert topic, schedules, REST API with usage plan and key), the API proxying over HTTP to the local
   * API at this URL; no VPC, MSK, OpenSearch domain, DynamoDB tables, Lambda functions or SES identity.
   */
  readonly localstackApiUrl?: string;
}

/** One context key: its name after `logward:`, its environment variable fallback, and what it is for. */
interface KeySpec {
  readonly env: string;
  readonly doc: string;
}

/** The documented context keys. `configFromContext` reads only these and rejects unknown `logward:*` keys. */
export const CONTEXT_KEYS = {
  account: {
    env: 'LOGWARD_ACCOUNT',
    doc: 'AWS account id to pin the stack to (default: environment-agnostic)',
  },
  region: { env: 'LOGWARD_REGION', doc: 'AWS region to pin the stack to (default: environment-agnostic)' },
  alarmEmails: {
    env: 'LOGWARD_ALARM_EMAILS',
    doc: 'comma-separated emails subscribed to the ops alarm SNS topic',
  },
  alertRecipients: {
    env: 'LOGWARD_ALERT_RECIPIENTS',
    doc: 'comma-separated default recipients of Logward alert emails',
  },
  senderIdentity: {
    env: 'LOGWARD_SENDER_IDENTITY',
    doc: 'SES identity alerts are sent from: a domain or an email',
  },
  slackWebhookSecret: {
    env: 'LOGWARD_SLACK_WEBHOOK_SECRET',
    doc: 'Slack webhook URL secret: create, or the complete ARN of an existing secret (default: no Slack)',
  },
  alertWebhookSecret: {
    env: 'LOGWARD_ALERT_WEBHOOK_SECRET',
    doc: 'alert webhook URL secret: create, or the complete ARN of an existing secret (default: no webhook)',
  },
  alertWebhookSigningSecret: {
    env: 'LOGWARD_ALERT_WEBHOOK_SIGNING_SECRET',
    doc: 'key the alert webhook requests are signed with: create (default with alertWebhookSecret), or a secret ARN',
  },
  alertRecipientDomains: {
    env: 'LOGWARD_ALERT_RECIPIENT_DOMAINS',
    doc: 'comma-separated domains whose addresses rules may mail (default: none)',
  },
  alertRecipientGroups: {
    env: 'LOGWARD_ALERT_RECIPIENT_GROUPS',
    doc: 'JSON of recipient groups rules may name, group name → addresses (default: none)',
  },
  parsers: {
    env: 'LOGWARD_PARSERS',
    doc: 'per-service parsing (JSON, see core/service-parsers.ts), passed to the ingest Lambda',
  },
  defaultTimeZone: {
    env: 'LOGWARD_DEFAULT_TIMEZONE',
    doc: 'IANA time zone of timestamps that carry none (default UTC)',
  },
  logRetentionDays: {
    env: 'LOGWARD_LOG_RETENTION_DAYS',
    doc: 'CloudWatch Logs retention in days (default 30)',
  },
  size: {
    env: 'LOGWARD_SIZE',
    doc: 'size preset: small | medium | large, or a volume in GB/day (default small); see infra/sizing.ts',
  },
  searchNodeFamily: {
    env: 'LOGWARD_SEARCH_NODE_FAMILY',
    doc: 'search data nodes of the size preset: general (T3/R6G, one replica) or or2 (OpenSearch-optimized, S3-backed, no replica, 10 s refresh; medium and large); default general, see docs/cost.md',
  },
  indexRetentionDays: {
    env: 'LOGWARD_INDEX_RETENTION_DAYS',
    doc: "days log documents stay searchable (default: the size preset's, 7 or 14)",
  },
  hotDays: {
    env: 'LOGWARD_HOT_DAYS',
    doc: "days an index stays on hot nodes before UltraWarm (default: the preset's; needs warmNodes)",
  },
  warmNodes: {
    env: 'LOGWARD_WARM_NODES',
    doc: "UltraWarm nodes, 0 or at least 2 (default: the preset's; needs dedicated masters)",
  },
  warmInstanceType: {
    env: 'LOGWARD_WARM_INSTANCE_TYPE',
    doc: 'UltraWarm node type (default ultrawarm1.medium.search)',
  },
  indexShards: {
    env: 'LOGWARD_INDEX_SHARDS',
    doc: 'primary shards per daily index (default: the data nodes, more for large daily indices)',
  },
  indexReplicas: { env: 'LOGWARD_INDEX_REPLICAS', doc: 'replicas of each log index (default 1)' },
  indexCodec: {
    env: 'LOGWARD_INDEX_CODEC',
    doc: 'index.codec of new log indices: zstd_no_dict, zstd, best_compression or default (default zstd_no_dict)',
  },
  deadLetterExpiryDays: {
    env: 'LOGWARD_DEAD_LETTER_EXPIRY_DAYS',
    doc: 'days dead letters and failed batches are kept in S3 before they expire (default 90)',
  },
  kafkaMode: { env: 'LOGWARD_KAFKA_MODE', doc: 'provisioned | serverless | existing (default provisioned)' },
  kafkaClusterArn: {
    env: 'LOGWARD_KAFKA_CLUSTER_ARN',
    doc: 'ARN of an existing MSK cluster (kafkaMode=existing)',
  },
  kafkaVersion: {
    env: 'LOGWARD_KAFKA_VERSION',
    doc: 'MSK Kafka version for a provisioned cluster (default 3.9.x)',
  },
  kafkaInstanceType: {
    env: 'LOGWARD_KAFKA_INSTANCE_TYPE',
    doc: 'MSK broker instance type (default kafka.m7g.large)',
  },
  kafkaBrokerCount: {
    env: 'LOGWARD_KAFKA_BROKER_COUNT',
    doc: 'MSK broker count, a multiple of the AZ count',
  },
  kafkaVolumeGiB: {
    env: 'LOGWARD_KAFKA_VOLUME_GIB',
    doc: "EBS storage per broker in GiB (default: the size preset's)",
  },
  kafkaMaxVolumeGiB: {
    env: 'LOGWARD_KAFKA_MAX_VOLUME_GIB',
    doc: "most storage autoscaling may grow a broker's volume to, GiB (default: the preset's)",
  },
  kafkaRetentionHours: {
    env: 'LOGWARD_KAFKA_RETENTION_HOURS',
    doc: "hours the topics keep records, the replay window (default: the preset's, 168 or 72)",
  },
  kafkaClientCidrs: {
    env: 'LOGWARD_KAFKA_CLIENT_CIDRS',
    doc: 'comma-separated CIDRs agents connect from (default VPC CIDR)',
  },
  createTopics: {
    env: 'LOGWARD_CREATE_TOPICS',
    doc: 'create logs/heartbeats topics with AWS::MSK::Topic (true|false)',
  },
  searchInstanceType: {
    env: 'LOGWARD_SEARCH_INSTANCE_TYPE',
    doc: 'OpenSearch data node type (default m7g.large.search)',
  },
  searchDataNodes: {
    env: 'LOGWARD_SEARCH_DATA_NODES',
    doc: 'OpenSearch data node count (default: AZ count)',
  },
  searchVolumeGiB: {
    env: 'LOGWARD_SEARCH_VOLUME_GIB',
    doc: 'gp3 storage per OpenSearch data node in GiB (default 100)',
  },
  searchMasterNodes: {
    env: 'LOGWARD_SEARCH_MASTER_NODES',
    doc: 'dedicated master nodes, 0 or 3 (default 0)',
  },
  searchMasterInstanceType: { env: 'LOGWARD_SEARCH_MASTER_INSTANCE_TYPE', doc: 'dedicated master node type' },
  vpcId: { env: 'LOGWARD_VPC_ID', doc: 'import this VPC instead of creating one' },
  vpcCidr: {
    env: 'LOGWARD_VPC_CIDR',
    doc: 'CIDR of the imported VPC (with privateSubnetIds), e.g. 10.0.0.0/16',
  },
  privateSubnetIds: {
    env: 'LOGWARD_PRIVATE_SUBNET_IDS',
    doc: 'comma-separated private subnet ids of the imported VPC',
  },
  availabilityZones: {
    env: 'LOGWARD_AVAILABILITY_ZONES',
    doc: 'comma-separated AZs (of the subnets, or for a new VPC)',
  },
  natGateways: {
    env: 'LOGWARD_NAT_GATEWAYS',
    doc: 'NAT gateways in a new VPC (default 1; 0 = endpoints only)',
  },
  ingestReservedConcurrency: {
    env: 'LOGWARD_INGEST_RESERVED_CONCURRENCY',
    doc: 'reserved concurrency of the ingest Lambda, opt-in, e.g. 6 = partitions of logs (default: none)',
  },
  kafkaPollers: {
    env: 'LOGWARD_KAFKA_POLLERS',
    doc: 'provisioned event pollers "min,max" for the Kafka consumers; enables retry limit and bisect (default on-demand)',
  },
  corsOrigins: {
    env: 'LOGWARD_CORS_ORIGINS',
    doc: 'comma-separated origins allowed by API CORS (default: CORS off)',
  },
  apiTracing: {
    env: 'LOGWARD_API_TRACING',
    doc: 'X-Ray tracing on the API stage (true|false, default false)',
  },
  wafRateLimit: {
    env: 'LOGWARD_WAF_RATE_LIMIT',
    doc: 'requests one IP may make in 5 minutes before an AWS WAF rule on the API blocks it (default: no WAF)',
  },
  signInDomainPrefix: {
    env: 'LOGWARD_SIGN_IN_DOMAIN_PREFIX',
    doc: 'prefix of the Cognito hosted UI domain <prefix>.auth.<region>.amazoncognito.com, unique in the region (default logward-<account>)',
  },
  localstackApiUrl: {
    env: 'LOGWARD_LOCALSTACK_API_URL',
    doc: 'LocalStack profile: only what community LocalStack holds, the REST API proxying to this local API URL',
  },
} as const satisfies Record<keyof LogwardConfig, KeySpec>;

type Key = keyof typeof CONTEXT_KEYS;

/** A configuration value that cannot be used; the message says which key, what it got, and how to fix it. */
export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** Reads the raw value of one key: context `logward:<key>` first, then its environment variable. */
function raw(node: Node, env: NodeJS.ProcessEnv, key: Key): unknown {
  const fromContext: unknown = node.tryGetContext(`logward:${key}`);
  if (fromContext !== undefined && fromContext !== '') return fromContext;
  const fromEnv = env[CONTEXT_KEYS[key].env];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

function describe(key: Key, value: unknown): string {
  return `logward:${key} (or ${CONTEXT_KEYS[key].env}) got ${JSON.stringify(value)}`;
}

function str(node: Node, env: NodeJS.ProcessEnv, key: Key): string | undefined {
  const value = raw(node, env, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ConfigError(`${describe(key, value)}: expected a string.`);
  return value.trim();
}

function list(node: Node, env: NodeJS.ProcessEnv, key: Key): string[] {
  const value = raw(node, env, key);
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (items === undefined || items.some((item) => typeof item !== 'string')) {
    throw new ConfigError(
      `${describe(key, value)}: expected a comma-separated string or a JSON list of strings.`,
    );
  }
  return items.map((item: string) => item.trim()).filter((item: string) => item !== '');
}

function int(node: Node, env: NodeJS.ProcessEnv, key: Key, min: number, max: number): number | undefined {
  const value = raw(node, env, key);
  if (value === undefined) return undefined;
  const parsed = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${describe(key, value)}: expected a whole number from ${min} to ${max}.`);
  }
  return parsed;
}

function httpUrl(node: Node, env: NodeJS.ProcessEnv, key: Key): string | undefined {
  const value = str(node, env, key);
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(`${describe(key, value)}: expected an http(s) URL like http://127.0.0.1:18080.`);
  }
  return value.replace(/\/$/, '');
}

function domainPrefix(node: Node, env: NodeJS.ProcessEnv): string | undefined {
  const value = str(node, env, 'signInDomainPrefix');
  if (value === undefined) return undefined;
  if (!isDomainPrefix(value)) {
    throw new ConfigError(`${describe('signInDomainPrefix', value)}: expected ${DOMAIN_PREFIX_RULE}.`);
  }
  return value;
}

function bool(node: Node, env: NodeJS.ProcessEnv, key: Key): boolean | undefined {
  const value = raw(node, env, key);
  if (value === undefined) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ConfigError(`${describe(key, value)}: expected true or false.`);
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function emails(node: Node, env: NodeJS.ProcessEnv, key: Key): string[] {
  const values = list(node, env, key);
  const bad = values.find((value) => !EMAIL.test(value));
  if (bad !== undefined) {
    throw new ConfigError(
      `${describe(key, bad)}: not an email address; pass e.g. ops@example.com,oncall@example.com.`,
    );
  }
  return values;
}

function pollers(node: Node, env: NodeJS.ProcessEnv): LogwardConfig['kafkaPollers'] {
  const values = list(node, env, 'kafkaPollers');
  if (values.length === 0) return undefined;
  const [minimum, maximum] = values.map(Number);
  if (
    values.length !== 2 ||
    minimum === undefined ||
    maximum === undefined ||
    !Number.isInteger(minimum) ||
    !Number.isInteger(maximum) ||
    minimum < 1 ||
    maximum < minimum ||
    maximum > 2000
  ) {
    throw new ConfigError(
      `${describe('kafkaPollers', values.join(','))}: expected "min,max" with 1 <= min <= max <= 2000, e.g. 1,3.`,
    );
  }
  return { minimum, maximum };
}

function secretSource(node: Node, env: NodeJS.ProcessEnv, key: Key): ChannelSecretSource | undefined {
  const value = str(node, env, key);
  if (value === undefined || value === 'create' || SECRET_ARN.test(value)) return value;
  throw new ConfigError(
    `${describe(key, value)}: use create, or the complete ARN of an existing secret ` +
      '(arn:aws:secretsmanager:<region>:<account>:secret:<name>-AbCdEf, from `aws secretsmanager describe-secret --query ARN`).',
  );
}

/**
 * `alertRecipientDomains` (a comma-separated string or a JSON list) and `alertRecipientGroups` (JSON,
 * a `-c` string or a cdk.json object), checked as the Lambdas check them (core/alerting/recipients.ts).
 */
function recipientPolicy(
  node: Node,
  env: NodeJS.ProcessEnv,
): Pick<LogwardConfig, 'alertRecipientDomains' | 'alertRecipientGroups'> {
  const domains = list(node, env, 'alertRecipientDomains');
  const groups = raw(node, env, 'alertRecipientGroups');
  const groupsJson =
    groups === undefined ? undefined : typeof groups === 'string' ? groups : JSON.stringify(groups);
  try {
    const policy = parseRecipientPolicy(domains.join(','), groupsJson);
    return { alertRecipientDomains: policy.domains, alertRecipientGroups: policy.groups };
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const key = error.field.startsWith('alertRecipientGroups')
      ? 'alertRecipientGroups'
      : 'alertRecipientDomains';
    throw new ConfigError(
      `${describe(key, key === 'alertRecipientGroups' ? groups : domains.join(','))}: ${error.message}.`,
      { cause: error },
    );
  }
}

function timeZone(node: Node, env: NodeJS.ProcessEnv): string | undefined {
  const value = str(node, env, 'defaultTimeZone');
  if (value === undefined || isValidTimeZone(value)) return value;
  throw new ConfigError(
    `${describe('defaultTimeZone', value)}: not an IANA time zone; use e.g. UTC, Europe/Paris or America/New_York.`,
  );
}

/** What the ingest Lambda may hold in `LOGWARD_PARSERS`: Lambda allows 4 KB of environment in all. */
export const MAX_PARSERS_BYTES = 3072;

/** `logward:parsers` as JSON (a `-c` string or a cdk.json object), compiled once here so a bad one fails synth. */
function parsers(
  node: Node,
  env: NodeJS.ProcessEnv,
  zone: string | undefined,
): Readonly<Record<string, unknown>> | undefined {
  const value = raw(node, env, 'parsers');
  if (value === undefined) return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      throw new ConfigError(
        `${describe('parsers', value)}: not JSON (${(error as Error).message}); pass e.g. '{"nginx":{"format":"access_combined"}}'.`,
        { cause: error },
      );
    }
  }
  try {
    compileServiceParsers(parsed, zone ?? 'UTC');
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw new ConfigError(`${describe('parsers', parsed)}: ${error.message}.`, { cause: error });
  }
  const bytes = Buffer.byteLength(JSON.stringify(parsed));
  if (bytes > MAX_PARSERS_BYTES) {
    throw new ConfigError(
      `logward:parsers (or LOGWARD_PARSERS) is ${bytes} bytes as JSON; at most ${MAX_PARSERS_BYTES} fit in the ingest ` +
        "Lambda's 4 KB environment. Shorten the custom patterns or drop services that auto-detection handles.",
    );
  }
  return parsed as Readonly<Record<string, unknown>>;
}

function size(node: Node, env: NodeJS.ProcessEnv): SizeName | number {
  const value = raw(node, env, 'size');
  if (value === undefined) return 'small';
  const parsed = parseSize(String(value));
  if (parsed === undefined) {
    throw new ConfigError(
      `${describe('size', value)}: use small, medium, large, or a volume in GB/day such as 40 or 40GB.`,
    );
  }
  return parsed;
}

function searchNodeFamily(node: Node, env: NodeJS.ProcessEnv): SearchNodeFamily {
  const value = str(node, env, 'searchNodeFamily') ?? 'general';
  if (value === 'general' || value === 'or2') return value;
  throw new ConfigError(`${describe('searchNodeFamily', value)}: use general or or2.`);
}

/** Codecs OpenSearch knows: the two of Lucene, and the zstd pair of the custom-codecs plugin (AWS, >= 2.9). */
export const INDEX_CODECS = ['zstd_no_dict', 'zstd', 'best_compression', 'default'] as const;

function indexCodec(node: Node, env: NodeJS.ProcessEnv): string {
  const value = str(node, env, 'indexCodec') ?? 'zstd_no_dict';
  if ((INDEX_CODECS as readonly string[]).includes(value)) return value;
  throw new ConfigError(`${describe('indexCodec', value)}: use one of ${INDEX_CODECS.join(', ')}.`);
}

function kafkaMode(node: Node, env: NodeJS.ProcessEnv): KafkaMode {
  const value = str(node, env, 'kafkaMode') ?? 'provisioned';
  if (value === 'provisioned' || value === 'serverless' || value === 'existing') return value;
  throw new ConfigError(`${describe('kafkaMode', value)}: use provisioned, serverless or existing.`);
}

/**
 * Reads and validates the Logward configuration from CDK context (`-c logward:<key>=<value>` or cdk.json),
 * falling back to environment variables. Throws `ConfigError` naming the key, the value and the fix.
 */
export function configFromContext(node: Node, env: NodeJS.ProcessEnv = process.env): LogwardConfig {
  const unknown = Object.keys(node.getAllContext())
    .filter((name) => name.startsWith('logward:'))
    .map((name) => name.slice('logward:'.length))
    .filter((name) => !(name in CONTEXT_KEYS));
  if (unknown.length > 0) {
    throw new ConfigError(
      `Unknown context key(s) ${unknown.map((name) => `logward:${name}`).join(', ')}; known keys: ${Object.keys(CONTEXT_KEYS).join(', ')}.`,
    );
  }
  const defaultTimeZone = timeZone(node, env);
  return {
    account: str(node, env, 'account'),
    region: str(node, env, 'region'),
    alarmEmails: emails(node, env, 'alarmEmails'),
    alertRecipients: emails(node, env, 'alertRecipients'),
    senderIdentity: str(node, env, 'senderIdentity'),
    slackWebhookSecret: secretSource(node, env, 'slackWebhookSecret'),
    alertWebhookSecret: secretSource(node, env, 'alertWebhookSecret'),
    alertWebhookSigningSecret: secretSource(node, env, 'alertWebhookSigningSecret'),
    ...recipientPolicy(node, env),
    parsers: parsers(node, env, defaultTimeZone),
    defaultTimeZone,
    logRetentionDays: int(node, env, 'logRetentionDays', 1, 3653) ?? 30,
    size: size(node, env),
    searchNodeFamily: searchNodeFamily(node, env),
    indexRetentionDays: int(node, env, 'indexRetentionDays', 1, 3650),
    hotDays: int(node, env, 'hotDays', 1, 3650),
    warmNodes: int(node, env, 'warmNodes', 0, 150),
    warmInstanceType: str(node, env, 'warmInstanceType'),
    indexShards: int(node, env, 'indexShards', 1, 1024),
    indexReplicas: int(node, env, 'indexReplicas', 0, 5),
    indexCodec: indexCodec(node, env),
    deadLetterExpiryDays: int(node, env, 'deadLetterExpiryDays', 1, 3650) ?? 90,
    kafkaMode: kafkaMode(node, env),
    kafkaClusterArn: str(node, env, 'kafkaClusterArn'),
    kafkaVersion: str(node, env, 'kafkaVersion'),
    kafkaInstanceType: str(node, env, 'kafkaInstanceType'),
    kafkaBrokerCount: int(node, env, 'kafkaBrokerCount', 1, 30),
    kafkaVolumeGiB: int(node, env, 'kafkaVolumeGiB', 1, 16384),
    kafkaMaxVolumeGiB: int(node, env, 'kafkaMaxVolumeGiB', 1, 16384),
    kafkaRetentionHours: int(node, env, 'kafkaRetentionHours', 1, 8760),
    kafkaClientCidrs: list(node, env, 'kafkaClientCidrs'),
    createTopics: bool(node, env, 'createTopics'),
    searchInstanceType: str(node, env, 'searchInstanceType'),
    searchDataNodes: int(node, env, 'searchDataNodes', 1, 80),
    searchVolumeGiB: int(node, env, 'searchVolumeGiB', 10, 24576),
    searchMasterNodes: int(node, env, 'searchMasterNodes', 0, 5),
    searchMasterInstanceType: str(node, env, 'searchMasterInstanceType'),
    vpcId: str(node, env, 'vpcId'),
    vpcCidr: str(node, env, 'vpcCidr'),
    privateSubnetIds: list(node, env, 'privateSubnetIds'),
    availabilityZones: list(node, env, 'availabilityZones'),
    natGateways: int(node, env, 'natGateways', 0, 6),
    ingestReservedConcurrency: int(node, env, 'ingestReservedConcurrency', 0, 1000),
    kafkaPollers: pollers(node, env),
    corsOrigins: list(node, env, 'corsOrigins'),
    apiTracing: bool(node, env, 'apiTracing') ?? false,
    wafRateLimit: int(node, env, 'wafRateLimit', 10, 2_000_000_000),
    signInDomainPrefix: domainPrefix(node, env),
    localstackApiUrl: httpUrl(node, env, 'localstackApiUrl'),
  };
}
