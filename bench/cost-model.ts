/**
 * The monthly cost model of docs/cost.md: each size preset of the CDK app (infra/sizing.ts, the same
 * numbers `cdk deploy` uses) at 10 GB, 100 GB and 1 TB of logs per day, on-demand and with reserved
 * instances, with and without a drop rate, against CloudWatch Logs Standard for the same volume. Every
 * price is in PRICES with the date it was recorded and where it comes from, every assumption in
 * ASSUMPTIONS, every formula below and in the doc.
 *
 *   node bench/cost-model.ts            # prints the markdown that docs/cost.md holds, targets last
 *   node bench/cost-model.ts --json
 */
import { parseArgs } from 'node:util';
import {
  isS3BackedInstanceType,
  OR2_PRESETS,
  PRESETS,
  type PresetShape,
  S3_BACKED_MIN_REFRESH_SECONDS,
  SEARCH_INSTANCES,
  SIZING_ASSUMPTIONS,
  type SizeName,
  sizePreset,
  ULTRAWARM_MEDIUM_TIB,
} from '../infra/sizing.ts';

interface Price {
  readonly usd: number;
  readonly unit: string;
  /** When the figure was recorded or last checked. */
  readonly checked: string;
  readonly source: string;
}

const PRICING_MSK = 'https://aws.amazon.com/msk/pricing/';
const PRICING_OS = 'https://aws.amazon.com/opensearch-service/pricing/';
const CHECKED_2025 = 'recorded 2025 from the AWS pricing page, checked against public AWS material then';
/**
 * No stored copy of AWS's OpenSearch pricing page lists instance prices, but a public cost tool's source holds
 * AWS's own Price List API answer for every OpenSearch instance type in us-east-1 (237 types), read on
 * 2026-10-01; its r6g.xlarge.search and m6g.large.search agree with the prices checked in 2025.
 */
const PRICE_LIST_OS =
  "2026-12-02: the hourly price in AWS's Price List API (AmazonES, us-east-1, on demand) as read 2026-10-01, quoted in a public cost tool's source";
const MSK_CORROBORATED =
  '2026-12-02: no stored copy of the AWS page lists it; the same figure in independent public us-east-1 price tables (corroborated, not confirmed)';

/** USD, us-east-1, on-demand list prices. No price API is reachable here: check them before relying on a figure. */
export const PRICES = {
  'kafka.t3.small': {
    usd: 0.0456,
    unit: 'broker-hour',
    checked: `${CHECKED_2025}; ${MSK_CORROBORATED}`,
    source: PRICING_MSK,
  },
  'kafka.m7g.large': { usd: 0.204, unit: 'broker-hour', checked: MSK_CORROBORATED, source: PRICING_MSK },
  'kafka.m7g.xlarge': {
    usd: 0.408,
    unit: 'broker-hour',
    checked:
      '2026-12-02: no stored copy of the AWS page lists it; one public us-east-1 price table gives it, twice kafka.m7g.large (not confirmed; no preset uses it)',
    source: PRICING_MSK,
  },
  mskStorage: { usd: 0.1, unit: 'GB-month', checked: CHECKED_2025, source: PRICING_MSK },
  't3.small.search': { usd: 0.036, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  't3.medium.search': { usd: 0.073, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  'm6g.large.search': {
    usd: 0.128,
    unit: 'instance-hour',
    checked: `${CHECKED_2025}; ${PRICE_LIST_OS}`,
    source: PRICING_OS,
  },
  'r6g.large.search': { usd: 0.167, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  'r6g.xlarge.search': {
    usd: 0.335,
    unit: 'instance-hour',
    checked: `${CHECKED_2025}; ${PRICE_LIST_OS}`,
    source: PRICING_OS,
  },
  'r6g.2xlarge.search': { usd: 0.669, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  'r6g.4xlarge.search': { usd: 1.339, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  'ultrawarm1.medium.search': {
    usd: 0.238,
    unit: 'instance-hour',
    checked: PRICE_LIST_OS,
    source: PRICING_OS,
  },
  'or2.medium.search': { usd: 0.1, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  'or2.large.search': { usd: 0.2, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  'or2.xlarge.search': { usd: 0.401, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  'or2.2xlarge.search': { usd: 0.8, unit: 'instance-hour', checked: PRICE_LIST_OS, source: PRICING_OS },
  managedStorage: {
    usd: 0.024,
    unit: 'GB-month (S3 copy of OR1/OR2 indices)',
    checked:
      '2026-12-02: $0.024/GB-month for OR1/OR2/OM2 managed storage on a March 2026 summary of the pricing page',
    source: 'https://cloudburn.io/blog/amazon-opensearch-pricing',
  },
  ultrawarmStorage: {
    usd: 0.024,
    unit: 'GB-month (UltraWarm managed storage)',
    checked: '2026-12-02: $0.024/GB-month for managed storage on a March 2026 summary of the pricing page',
    source: 'https://cloudburn.io/blog/amazon-opensearch-pricing',
  },
  gp3: { usd: 0.122, unit: 'GB-month (OpenSearch gp3)', checked: CHECKED_2025, source: PRICING_OS },
  lambdaRequests: {
    usd: 0.2,
    unit: 'million requests',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/lambda/pricing/',
  },
  lambdaGbSecond: {
    usd: 0.0000133334,
    unit: 'GB-second (Arm)',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/lambda/pricing/',
  },
  dynamoWrites: {
    usd: 0.625,
    unit: 'million write request units',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  dynamoReads: {
    usd: 0.125,
    unit: 'million read request units',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  dynamoStorage: {
    usd: 0.25,
    unit: 'GB-month',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  ses: {
    usd: 0.1,
    unit: '1,000 emails',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/ses/pricing/',
  },
  apiGateway: {
    usd: 3.5,
    unit: 'million REST requests',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/api-gateway/pricing/',
  },
  crossAz: {
    usd: 0.01,
    unit: 'GB each direction (cross-AZ)',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  },
  cwIngest: {
    usd: 0.5,
    unit: 'GB ingested (Logs Standard)',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  cwStorage: {
    usd: 0.03,
    unit: 'GB-month stored (compressed)',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  cwInsights: {
    usd: 0.005,
    unit: 'GB scanned (Logs Insights)',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  cwAlarm: {
    usd: 0.1,
    unit: 'alarm-month',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  cwMetric: {
    usd: 0.3,
    unit: 'custom metric-month',
    checked: CHECKED_2025,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
} as const satisfies Record<string, Price>;

const price = (name: string): number => {
  const entry = (PRICES as Record<string, Price>)[name];
  if (!entry) throw new Error(`no price for ${name}: add it to PRICES with its date and source`);
  return entry.usd;
};

export const ASSUMPTIONS = {
  hoursPerMonth: 730,
  daysPerMonth: 30,
  averageLineBytes: 200,
  /** Reserved-instance discount on OpenSearch instance hours (1 year, no upfront). MSK has no reserved brokers. */
  reservedDiscount: 0.3,
  /** The drop rate the issue asks figures for. */
  dropRate: 0.2,
  ingestLinesPerLambdaSecond: 10_000,
  ingestMemoryGb: 1,
  linesPerInvocation: 10_000,
  dynamoWritesPerInvocation: 10,
  heartbeatsPerNodePerMinute: 2,
  otherLambdaGbSeconds: 20_000,
  otherLambdaRequests: 200_000,
  /**
   * Share of each client leg crossing an AZ: agents, brokers, the event source mapping's pollers, the ingest
   * Lambda and the search nodes spread over the 2 AZs of the default VPC. Three legs are charged: agent →
   * broker and broker → poller (records as the agent ships them, SIZING_ASSUMPTIONS.kafkaRatio of raw), and
   * Lambda → OpenSearch (`_bulk` JSON, uncompressed). Replication between MSK brokers and between a domain's
   * nodes is not charged (AWS's MSK and OpenSearch pricing pages).
   */
  crossAzShare: 1 / 2,
  /**
   * `_bulk` request bytes per raw byte as the ingest Lambda sends them, gzipped, and the CPU the gzip costs:
   * measured by `node bench/index-size.ts` on the bench corpus (4.84 x raw as built, 0.25 x gzipped at
   * level 1, about 280 MB of requests per CPU-second on a loaded machine). A Lambda has one vCPU per
   * 1,769 MB of memory (AWS Lambda docs).
   */
  bulkBytesPerRawByte: 4.84,
  gzippedBulkPerRawByte: 0.25,
  gzipBytesPerCpuSecond: 280e6,
  lambdaVcpuPerGb: 1024 / 1769,
  /** Logward's own CloudWatch alarms (as the default stack creates them) and custom metrics. */
  logwardAlarms: 25,
  logwardCustomMetrics: 10,
  cloudwatchStorageCompression: 6,
  cloudwatchScansPerDay: 2,
  cloudwatchAlarms: 50,
  cloudwatchCustomMetrics: 10,
} as const;

/** Servers, emails, API requests and DynamoDB reads a month, by volume. */
function usage(gbPerDay: number) {
  if (gbPerDay <= 10) return { servers: 20, emails: 1_000, apiRequests: 100_000, dynamoReads: 5e6 };
  if (gbPerDay <= 100) return { servers: 100, emails: 3_000, apiRequests: 500_000, dynamoReads: 20e6 };
  return { servers: 500, emails: 10_000, apiRequests: 2_000_000, dynamoReads: 100e6 };
}

export type Lines = Record<string, number>;

export interface Scenario {
  readonly reserved?: boolean;
  /** Share of lines dropped by drop rules at ingest (they still pass Kafka and the ingest Lambda). */
  readonly dropRate?: number;
}

const shapeOf = (preset: SizeName | PresetShape): PresetShape =>
  typeof preset === 'string' ? PRESETS[preset] : preset;

/** Whether `preset` is built for `gbPerDay`. */
export const holds = (preset: SizeName | PresetShape, gbPerDay: number) =>
  gbPerDay <= shapeOf(preset).gbPerDay;

/** Logward's monthly cost per line item, USD, for a preset (or another shape) carrying `gbPerDay`. */
export function logwardCost(
  preset: SizeName | PresetShape,
  gbPerDay: number,
  scenario: Scenario = {},
): Lines {
  const a = ASSUMPTIONS;
  const h = a.hoursPerMonth;
  const kept = 1 - (scenario.dropRate ?? 0);
  const shape = shapeOf(preset);
  // Storage sized for this volume on this preset's nodes (what `-c logward:size=<GB>` deploys).
  const sizing = sizePreset(shape, Math.min(gbPerDay, shape.gbPerDay), { indexedFraction: kept });
  const instances = (type: string | undefined, count: number) =>
    type && count > 0 ? count * price(type) * h * (scenario.reserved ? 1 - a.reservedDiscount : 1) : 0;
  const gbMonth = gbPerDay * a.daysPerMonth;
  const linesPerMonth = (gbMonth * 1e9) / a.averageLineBytes;
  const invocations = linesPerMonth / a.linesPerInvocation;
  const u = usage(gbPerDay);
  const gzipCpuSeconds = (gbMonth * kept * 1e9 * a.bulkBytesPerRawByte) / a.gzipBytesPerCpuSecond;
  return {
    'MSK brokers': shape.kafka.brokers * price(shape.kafka.instanceType) * h,
    'MSK storage': shape.kafka.brokers * sizing.kafkaVolumeGiB * price('mskStorage'),
    'OpenSearch data nodes': instances(shape.search.instanceType, shape.search.dataNodes),
    'OpenSearch masters': instances(shape.search.masterInstanceType, shape.search.masterNodes),
    'OpenSearch gp3 storage': shape.search.dataNodes * sizing.searchVolumeGiB * price('gp3'),
    'OpenSearch managed storage (S3)': SEARCH_INSTANCES[shape.search.instanceType]?.s3Backed
      ? sizing.indexGbPerDay * shape.hotDays * price('managedStorage')
      : 0,
    'UltraWarm nodes': instances(shape.search.warmInstanceType, sizing.search.warmNodes),
    'UltraWarm storage': sizing.warmGb * price('ultrawarmStorage'),
    'Lambda (ingest + others)':
      ((linesPerMonth / a.ingestLinesPerLambdaSecond) * a.ingestMemoryGb +
        gzipCpuSeconds / a.lambdaVcpuPerGb +
        a.otherLambdaGbSeconds) *
        price('lambdaGbSecond') +
      ((invocations + a.otherLambdaRequests) / 1e6) * price('lambdaRequests'),
    DynamoDB:
      ((invocations * a.dynamoWritesPerInvocation + u.servers * a.heartbeatsPerNodePerMinute * 60 * 24 * 30) /
        1e6) *
        price('dynamoWrites') +
      (u.dynamoReads / 1e6) * price('dynamoReads') +
      price('dynamoStorage'),
    'SES, API Gateway': (u.emails / 1000) * price('ses') + (u.apiRequests / 1e6) * price('apiGateway'),
    'Cross-AZ transfer':
      (2 * gbMonth * SIZING_ASSUMPTIONS.kafkaRatio + gbMonth * kept * a.gzippedBulkPerRawByte) *
      a.crossAzShare *
      2 *
      price('crossAz'),
    'CloudWatch (alarms, metrics)':
      a.logwardAlarms * price('cwAlarm') + a.logwardCustomMetrics * price('cwMetric'),
  };
}

/** CloudWatch Logs Standard for the same volume and retention, per line item, USD. */
export function cloudwatchCost(gbPerDay: number, retentionDays: number): Lines {
  const a = ASSUMPTIONS;
  const gbMonth = gbPerDay * a.daysPerMonth;
  return {
    Ingestion: gbMonth * price('cwIngest'),
    Storage: ((gbPerDay * retentionDays) / a.cloudwatchStorageCompression) * price('cwStorage'),
    'Logs Insights queries': gbMonth * a.cloudwatchScansPerDay * price('cwInsights'),
    'Alarms + metrics': a.cloudwatchAlarms * price('cwAlarm') + a.cloudwatchCustomMetrics * price('cwMetric'),
  };
}

export const sum = (lines: Lines) => Object.values(lines).reduce((s, n) => s + n, 0);

/** Logward ÷ CloudWatch Logs for `preset` at `gbPerDay`, at the preset's retention. */
export function ratio(preset: SizeName | PresetShape, gbPerDay: number, scenario: Scenario = {}): number {
  return (
    sum(logwardCost(preset, gbPerDay, scenario)) /
    sum(cloudwatchCost(gbPerDay, shapeOf(preset).retentionDays))
  );
}

export const VOLUMES = [10, 100, 1000] as const;

const { small, medium, large } = PRESETS;

/** Cheaper shapes examined for the targets, priced by the same formulas; docs/cost.md says why none is a preset. */
export const ALTERNATIVES: ReadonlyArray<{
  readonly name: string;
  readonly gbPerDay: number;
  readonly shape: PresetShape;
  readonly notUsed: string;
}> = [
  {
    name: 'small on 2 × t3.small.search',
    gbPerDay: 10,
    shape: { ...small, search: { ...small.search, instanceType: 't3.small.search' } },
    notUsed: 'does not hold 7 days',
  },
  {
    name: 'small on 2 × t3.small.search, at 8 GB/day',
    gbPerDay: 8,
    shape: { ...small, search: { ...small.search, instanceType: 't3.small.search' } },
    notUsed: 'not recommended by AWS for production; misses the target even at its own volume',
  },
  {
    name: 'medium, UltraWarm after 3 hot days',
    gbPerDay: 100,
    shape: {
      ...medium,
      hotDays: 3,
      search: {
        ...medium.search,
        masterNodes: 3,
        masterInstanceType: 'm6g.large.search',
        warmNodes: 2,
        warmInstanceType: 'ultrawarm1.medium.search',
      },
    },
    notUsed: 'masters and warm nodes cost more than the hot storage they save',
  },
  {
    name: 'medium on 2 × kafka.t3.small brokers',
    gbPerDay: 100,
    shape: { ...medium, kafka: { ...medium.kafka, instanceType: 'kafka.t3.small' } },
    notUsed: 'not measured at this rate (burstable CPU, 2 GiB); misses the target anyway',
  },
  {
    name: 'large, 2 hot days',
    gbPerDay: 1000,
    shape: { ...large, hotDays: 2 },
    notUsed: 'saves 2 %; the day before yesterday searched at UltraWarm speed',
  },
  {
    name: "large without a replica on 6 × r6g.xlarge.search (AWS's replica-0 figure)",
    gbPerDay: 1000,
    shape: { ...large, indexReplicas: 0, search: { ...large.search, instanceType: 'r6g.xlarge.search' } },
    notUsed: 'a lost node loses its hot days',
  },
  {
    name: 'medium on 2 × or2.large.search, no replica at all',
    gbPerDay: 100,
    shape: { ...(OR2_PRESETS.medium ?? medium), indexReplicas: 0, replicaDays: undefined },
    notUsed:
      "a lost node stops writes to its shards of today's index until S3 restores them (AWS recommends a replica while an index is written); misses the target anyway",
  },
  {
    name: 'large on 8 × or2.xlarge.search, no replica at all',
    gbPerDay: 1000,
    shape: { ...(OR2_PRESETS.large ?? large), indexReplicas: 0, replicaDays: undefined },
    notUsed:
      "a lost node stops writes to its shards of today's index until S3 restores them (AWS recommends a replica while an index is written); misses the target anyway",
  },
  {
    name: 'large on 6 × or2.xlarge.search, no replica, 14 days hot',
    gbPerDay: 1000,
    shape: {
      ...(OR2_PRESETS.large ?? large),
      indexReplicas: 0,
      replicaDays: undefined,
      search: { instanceType: 'or2.xlarge.search', dataNodes: 6, masterNodes: 0, warmNodes: 0 },
    },
    notUsed: 'volumes over the quota (the OR2 large preset takes 8)',
  },
  {
    name: 'large on 6 × or2.xlarge.search, replicas for a day, 3 hot days, then UltraWarm',
    gbPerDay: 1000,
    shape: {
      ...large,
      replicaDays: 1,
      search: { ...large.search, instanceType: 'or2.xlarge.search', dataNodes: 6 },
    },
    notUsed:
      "AWS's UltraWarm prerequisites exclude only T2/T3 data nodes, but no AWS page read here confirms UltraWarm beside OR nodes; misses the target anyway",
  },
  {
    name: 'small on 1 × or2.medium.search, no replica (S3 keeps every write)',
    gbPerDay: 10,
    shape: {
      ...small,
      indexReplicas: 0,
      search: { instanceType: 'or2.medium.search', dataNodes: 1, masterNodes: 0, warmNodes: 0 },
    },
    notUsed:
      'one node in one AZ: while it is replaced nothing is searched or written (S3 restores it); still over 1.1',
  },
  {
    name: 'medium (or2) on 2 × kafka.t3.small brokers',
    gbPerDay: 100,
    shape: {
      ...(OR2_PRESETS.medium ?? medium),
      kafka: { ...medium.kafka, instanceType: 'kafka.t3.small' },
    },
    notUsed: 'not measured at this rate (burstable CPU, 2 GiB): the only shape here near 0.5',
  },
  {
    name: 'small on 2 × or2.medium.search, replicas for a day',
    gbPerDay: 10,
    shape: {
      ...small,
      replicaDays: 1,
      search: { instanceType: 'or2.medium.search', dataNodes: 2, masterNodes: 0, warmNodes: 0 },
    },
    notUsed: 'costs more than two t3.medium.search with a replica',
  },
];
const PRESET_NAMES = Object.keys(PRESETS) as SizeName[];

/** Every preset the stack deploys: each size on general nodes, and on OR2 (`logward:searchNodeFamily=or2`). */
export const DEPLOYABLE: ReadonlyArray<{ readonly label: string; readonly shape: PresetShape }> = [
  ...PRESET_NAMES.map((name) => ({ label: name, shape: PRESETS[name] })),
  ...Object.values(OR2_PRESETS).map((shape) => ({ label: `${shape.name} (or2)`, shape })),
];

/** The deployable presets built for `gbPerDay`'s target: the matching size on each node family that has it. */
export function targetShapes(preset: SizeName): Array<{ label: string; shape: PresetShape }> {
  return DEPLOYABLE.filter(({ shape }) => shape.name === preset);
}
const MATCHING: Record<(typeof VOLUMES)[number], SizeName> = { 10: 'small', 100: 'medium', 1000: 'large' };

/** The issue's targets: Logward ÷ CloudWatch Logs at most this, with the matching preset, on demand, no drop. */
export const TARGETS = [
  { gbPerDay: 10, preset: 'small', atMost: 1.1 },
  { gbPerDay: 100, preset: 'medium', atMost: 0.5 },
  { gbPerDay: 1000, preset: 'large', atMost: 0.3 },
] as const;

const usd = (n: number) =>
  `$${n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 0, minimumFractionDigits: n < 10 ? 2 : 0 })}`;
const volumeName = (gb: number) => (gb >= 1000 ? `${gb / 1000} TB/day` : `${gb} GB/day`);

const KAFKA_ITEMS = ['MSK brokers', 'MSK storage'];
const SEARCH_NODE_ITEMS = ['OpenSearch data nodes', 'OpenSearch masters', 'UltraWarm nodes'];
const SEARCH_STORAGE_ITEMS = [
  'OpenSearch gp3 storage',
  'OpenSearch managed storage (S3)',
  'UltraWarm storage',
];

/**
 * The cheapest deployable preset built for `preset`'s volume, its on-demand cost split into what runs whatever
 * the traffic (brokers, search nodes and their storage) and what grows with every line (Lambda, DynamoDB, SES,
 * API Gateway, transfer, CloudWatch).
 */
export function floorOf(preset: SizeName, gbPerDay: number) {
  const [cheapest] = targetShapes(preset)
    .map(({ label, shape }) => ({ label, shape, lines: logwardCost(shape, gbPerDay) }))
    .sort((a, b) => sum(a.lines) - sum(b.lines));
  if (!cheapest) throw new Error(`no preset named ${preset}`);
  const part = (items: string[]) => items.reduce((total, item) => total + (cheapest.lines[item] ?? 0), 0);
  const kafka = part(KAFKA_ITEMS);
  const searchNodes = part(SEARCH_NODE_ITEMS);
  const searchStorage = part(SEARCH_STORAGE_ITEMS);
  const total = sum(cheapest.lines);
  return {
    label: cheapest.label,
    shape: cheapest.shape,
    kafka,
    searchNodes,
    searchStorage,
    perLine: total - kafka - searchNodes - searchStorage,
    total,
  };
}

export function markdown(): string {
  const out: string[] = [];
  out.push(
    '### Prices (us-east-1, on-demand, USD)',
    '',
    '| item | price | unit | recorded / checked | source |',
    '|---|--:|---|---|---|',
  );
  for (const [name, p] of Object.entries(PRICES as Record<string, Price>)) {
    out.push(`| ${name} | ${p.usd} | ${p.unit} | ${p.checked} | ${p.source} |`);
  }
  out.push('', '### The presets (infra/sizing.ts)', '');
  out.push(
    '| preset | built for | MSK | OpenSearch hot | masters | UltraWarm | hot / kept days | shards | replicas | refresh |',
    '|---|--:|---|---|---|---|---|--:|--:|--:|',
  );
  for (const { label, shape } of DEPLOYABLE) {
    const s = sizePreset(shape, shape.gbPerDay);
    const s3Backed = isS3BackedInstanceType(s.search.instanceType);
    out.push(
      `| ${label} | ${volumeName(s.gbPerDay)} | ${s.kafka.brokers} × ${s.kafka.instanceType}, ${s.kafkaVolumeGiB} GiB (autoscaling to ${s.kafkaMaxVolumeGiB}), ${s.kafka.retentionHours / 24} days | ${s.search.dataNodes} × ${s.search.instanceType}, ${s.searchVolumeGiB} GiB gp3 | ${s.search.masterNodes > 0 ? `${s.search.masterNodes} × ${s.search.masterInstanceType}` : 'none'} | ${s.search.warmNodes > 0 ? `${s.search.warmNodes} × ${s.search.warmInstanceType}` : 'none'} | ${s.hotDays} / ${s.retentionDays} | ${s.indexShards} | ${s.indexReplicas ?? SIZING_ASSUMPTIONS.indexReplicas}${s.replicaDays === undefined ? '' : `, dropped after ${s.replicaDays} day${s.replicaDays === 1 ? '' : 's'}`} | ${s3Backed ? S3_BACKED_MIN_REFRESH_SECONDS : 1} s |`,
    );
  }
  out.push(
    '',
    '### What each preset is checked against (infra/sizing.ts refuses a shape that fails one)',
    '',
  );
  out.push(
    '| preset | gp3 a node (quota) | shards a node (heap limit) | vCPU to index (sustained) | UltraWarm |',
    '|---|--:|--:|--:|---|',
  );
  for (const { label, shape } of DEPLOYABLE) {
    const s = sizePreset(shape, shape.gbPerDay);
    const l = s.limits;
    const warm =
      s.search.warmNodes > 0
        ? `${s.search.warmNodes} × ${ULTRAWARM_MEDIUM_TIB} TiB for ${Math.round(s.warmGb).toLocaleString('en-US')} GB`
        : 'none';
    out.push(
      `| ${label} | ${s.searchVolumeGiB} GiB (${l.maxGp3GiB}) | ${l.shardsPerNode} (${l.maxShardsPerNode}) | ${l.vcpuNeeded.toFixed(1)} (${l.vcpuSustained.toFixed(1)}) | ${warm} |`,
    );
  }
  out.push('', '### Each preset at each volume, per month (Logward ÷ CloudWatch Logs Standard)', '');
  out.push(
    `| preset | scenario | ${VOLUMES.map(volumeName).join(' | ')} |`,
    `|---|---|${VOLUMES.map(() => '--:').join('|')}|`,
  );
  const scenarios: Array<[string, Scenario]> = [
    ['on demand', {}],
    ['reserved instances', { reserved: true }],
    [`${ASSUMPTIONS.dropRate * 100} % dropped`, { dropRate: ASSUMPTIONS.dropRate }],
    ['reserved + dropped', { reserved: true, dropRate: ASSUMPTIONS.dropRate }],
  ];
  for (const { label: name, shape } of DEPLOYABLE) {
    for (const [label, scenario] of scenarios) {
      const cells = VOLUMES.map((gb) =>
        holds(shape, gb)
          ? `${usd(sum(logwardCost(shape, gb, scenario)))} (${ratio(shape, gb, scenario).toFixed(2)})`
          : 'does not hold it',
      );
      out.push(`| ${name} | ${label} | ${cells.join(' | ')} |`);
    }
  }
  const cw = VOLUMES.map((gb) => cloudwatchCost(gb, PRESETS[MATCHING[gb]].retentionDays));
  out.push(
    `| CloudWatch Logs | same volume and retention | ${cw.map((lines) => usd(sum(lines))).join(' | ')} |`,
  );
  out.push('', '### Line items, matching preset, on demand', '');
  const columns = VOLUMES.flatMap((gb) =>
    targetShapes(MATCHING[gb]).map(({ label, shape }) => ({ gb, label, lines: logwardCost(shape, gb) })),
  );
  out.push(
    `| Logward, per month | ${columns.map((c) => `${volumeName(c.gb)} (${c.label})`).join(' | ')} |`,
    `|---|${columns.map(() => '--:').join('|')}|`,
  );
  for (const item of Object.keys(columns[0]?.lines ?? {}))
    out.push(`| ${item} | ${columns.map((c) => usd(c.lines[item] ?? 0)).join(' | ')} |`);
  out.push(`| **Logward total** | ${columns.map((c) => `**${usd(sum(c.lines))}**`).join(' | ')} |`, '');
  out.push(
    `| CloudWatch Logs, per month | ${VOLUMES.map((gb) => `${volumeName(gb)} (${PRESETS[MATCHING[gb]].retentionDays} days kept)`).join(' | ')} |`,
    `|---|${VOLUMES.map(() => '--:').join('|')}|`,
  );
  for (const item of Object.keys(cw[0] ?? {}))
    out.push(`| ${item} | ${cw.map((l) => usd(l[item] ?? 0)).join(' | ')} |`);
  out.push(`| **CloudWatch Logs total** | ${cw.map((l) => `**${usd(sum(l))}**`).join(' | ')} |`);
  out.push('', '### Targets', '');
  out.push(
    '| volume | preset | target | on demand | met | reserved | 20 % dropped | reserved + dropped |',
    '|---|---|--:|--:|---|--:|--:|--:|',
  );
  for (const target of TARGETS) {
    for (const { label, shape } of targetShapes(target.preset)) {
      const at = (scenario: Scenario) => ratio(shape, target.gbPerDay, scenario).toFixed(2);
      const onDemand = ratio(shape, target.gbPerDay);
      out.push(
        `| ${volumeName(target.gbPerDay)} | ${label} | ≤ ${target.atMost} | ${onDemand.toFixed(2)} | ${onDemand <= target.atMost ? 'yes' : 'NO'} | ${at({ reserved: true })} | ${at({ dropRate: ASSUMPTIONS.dropRate })} | ${at({ reserved: true, dropRate: ASSUMPTIONS.dropRate })} |`,
      );
    }
  }
  out.push(
    '',
    '### The floor under each target (cheapest preset that holds the volume, on demand)',
    '',
    '| volume | budget (target × CloudWatch Logs) | cheapest preset | Kafka: brokers + volumes | search: nodes | search: storage | always-on floor | per-line services | total |',
    '|---|--:|---|--:|--:|--:|--:|--:|--:|',
  );
  for (const target of TARGETS) {
    const floor = floorOf(target.preset, target.gbPerDay);
    const budget = target.atMost * sum(cloudwatchCost(target.gbPerDay, floor.shape.retentionDays));
    const alwaysOn = floor.kafka + floor.searchNodes + floor.searchStorage;
    out.push(
      `| ${volumeName(target.gbPerDay)} | ${usd(budget)} | ${floor.label} | ${usd(floor.kafka)} | ${usd(floor.searchNodes)} | ${usd(floor.searchStorage)} | ${usd(alwaysOn)} (${alwaysOn > budget ? `${usd(alwaysOn - budget)} over the budget` : 'within it'}) | ${usd(floor.perLine)} | ${usd(floor.total)} |`,
    );
  }
  out.push('', '### Shapes examined and not used (same formulas, on demand)', '');
  out.push('| shape | per month (÷ CloudWatch Logs) | why not a preset |', '|---|--:|---|');
  for (const alternative of ALTERNATIVES) {
    const { name, gbPerDay, shape, notUsed } = alternative;
    let cell: string;
    try {
      const total = sum(logwardCost(shape, gbPerDay));
      cell = `${usd(total)} (${(total / sum(cloudwatchCost(gbPerDay, shape.retentionDays))).toFixed(3)})`;
    } catch (error) {
      cell = (error instanceof Error ? error.message : String(error)).replace(/^preset \w+ /, '');
    }
    out.push(`| ${name} | ${cell} | ${notUsed} |`);
  }
  return out.join('\n');
}

if (process.argv[1]?.endsWith('cost-model.ts')) {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  if (values.json) {
    console.log(
      JSON.stringify(
        DEPLOYABLE.flatMap(({ label, shape }) =>
          VOLUMES.filter((gb) => holds(shape, gb)).map((gb) => ({
            preset: label,
            gbPerDay: gb,
            logward: logwardCost(shape, gb),
            reserved: sum(logwardCost(shape, gb, { reserved: true })),
            dropped: sum(logwardCost(shape, gb, { dropRate: ASSUMPTIONS.dropRate })),
            cloudwatch: cloudwatchCost(gb, shape.retentionDays),
            ratio: ratio(shape, gb),
          })),
        ),
        null,
        2,
      ),
    );
  } else console.log(markdown());
}
