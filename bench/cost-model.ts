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
import { PRESETS, type SizeName, sizePreset, sizingFor } from '../infra/sizing.ts';

interface Price {
  readonly usd: number;
  readonly unit: string;
  /** When the figure was recorded or last checked. */
  readonly checked: string;
  readonly source: string;
}

const PRICING_MSK = 'https://aws.amazon.com/msk/pricing/';
const PRICING_OS = 'https://aws.amazon.com/opensearch-service/pricing/';
const MODEL_2025 =
  "recorded in this model's first version (2025) from the AWS pricing page; re-checked 2026-12-02: no stored copy of the page lists it, so unconfirmed";
const CHECKED_2025 = 'recorded 2025 from the AWS pricing page, checked against public AWS material then';

/** USD, us-east-1, on-demand list prices. No price API is reachable here: check them before relying on a figure. */
export const PRICES = {
  'kafka.t3.small': { usd: 0.0456, unit: 'broker-hour', checked: CHECKED_2025, source: PRICING_MSK },
  'kafka.m7g.large': { usd: 0.204, unit: 'broker-hour', checked: MODEL_2025, source: PRICING_MSK },
  'kafka.m7g.xlarge': { usd: 0.408, unit: 'broker-hour', checked: MODEL_2025, source: PRICING_MSK },
  mskStorage: { usd: 0.1, unit: 'GB-month', checked: CHECKED_2025, source: PRICING_MSK },
  't3.medium.search': {
    usd: 0.073,
    unit: 'instance-hour',
    checked:
      '2026-12-02, from the public list price as known; no stored copy of the page lists it, unconfirmed',
    source: PRICING_OS,
  },
  'm6g.large.search': { usd: 0.128, unit: 'instance-hour', checked: CHECKED_2025, source: PRICING_OS },
  'r6g.large.search': {
    usd: 0.167,
    unit: 'instance-hour',
    checked: '2026-12-02, half of r6g.xlarge.search (the r6g family is priced linearly), unconfirmed',
    source: PRICING_OS,
  },
  'r6g.xlarge.search': { usd: 0.335, unit: 'instance-hour', checked: CHECKED_2025, source: PRICING_OS },
  'r6g.2xlarge.search': {
    usd: 0.67,
    unit: 'instance-hour',
    checked: '2026-12-02, twice r6g.xlarge.search (linear family pricing), unconfirmed',
    source: PRICING_OS,
  },
  'r6g.4xlarge.search': { usd: 1.339, unit: 'instance-hour', checked: MODEL_2025, source: PRICING_OS },
  'ultrawarm1.medium.search': {
    usd: 0.238,
    unit: 'instance-hour',
    checked:
      '2026-12-02, from the public list price as known; no stored copy of the page lists it, unconfirmed',
    source: PRICING_OS,
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
  /** Share of client traffic crossing an AZ: clients spread over the 2 AZs of the default VPC. */
  crossAzShare: 1 / 2,
  /** Agent → Kafka bytes per raw byte (zstd) and `_bulk` bytes per raw byte. */
  kafkaWireRatio: 0.2,
  bulkBytesPerRawByte: 1.5,
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

/** Whether `preset` is built for `gbPerDay`. */
export const holds = (preset: SizeName, gbPerDay: number) => gbPerDay <= PRESETS[preset].gbPerDay;

/** Logward's monthly cost per line item, USD, for `preset` carrying `gbPerDay`. */
export function logwardCost(preset: SizeName, gbPerDay: number, scenario: Scenario = {}): Lines {
  const a = ASSUMPTIONS;
  const h = a.hoursPerMonth;
  const kept = 1 - (scenario.dropRate ?? 0);
  const shape = PRESETS[preset];
  // Storage sized for this volume on this preset's nodes (what `-c logward:size=<GB>` deploys).
  const sizing = sizePreset(shape, Math.min(gbPerDay, shape.gbPerDay), kept);
  const instances = (type: string | undefined, count: number) =>
    type && count > 0 ? count * price(type) * h * (scenario.reserved ? 1 - a.reservedDiscount : 1) : 0;
  const gbMonth = gbPerDay * a.daysPerMonth;
  const linesPerMonth = (gbMonth * 1e9) / a.averageLineBytes;
  const invocations = linesPerMonth / a.linesPerInvocation;
  const u = usage(gbPerDay);
  return {
    'MSK brokers': shape.kafka.brokers * price(shape.kafka.instanceType) * h,
    'MSK storage': shape.kafka.brokers * sizing.kafkaVolumeGiB * price('mskStorage'),
    'OpenSearch data nodes': instances(shape.search.instanceType, shape.search.dataNodes),
    'OpenSearch masters': instances(shape.search.masterInstanceType, shape.search.masterNodes),
    'OpenSearch gp3 storage': shape.search.dataNodes * sizing.searchVolumeGiB * price('gp3'),
    'UltraWarm nodes': instances(shape.search.warmInstanceType, shape.search.warmNodes),
    'UltraWarm storage': sizing.warmGb * price('ultrawarmStorage'),
    'Lambda (ingest + others)':
      ((linesPerMonth / a.ingestLinesPerLambdaSecond) * a.ingestMemoryGb + a.otherLambdaGbSeconds) *
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
      (gbMonth * a.kafkaWireRatio + gbMonth * kept * a.bulkBytesPerRawByte) *
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
export function ratio(preset: SizeName, gbPerDay: number, scenario: Scenario = {}): number {
  return (
    sum(logwardCost(preset, gbPerDay, scenario)) /
    sum(cloudwatchCost(gbPerDay, PRESETS[preset].retentionDays))
  );
}

export const VOLUMES = [10, 100, 1000] as const;
const PRESET_NAMES = Object.keys(PRESETS) as SizeName[];
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
    '| preset | built for | MSK | OpenSearch hot | masters | UltraWarm | hot / kept days | shards |',
    '|---|--:|---|---|---|---|---|--:|',
  );
  for (const name of PRESET_NAMES) {
    const s = sizingFor(name);
    out.push(
      `| ${name} | ${volumeName(s.gbPerDay)} | ${s.kafka.brokers} × ${s.kafka.instanceType}, ${s.kafkaVolumeGiB} GiB (autoscaling to ${s.kafkaMaxVolumeGiB}), ${s.kafka.retentionHours / 24} days | ${s.search.dataNodes} × ${s.search.instanceType}, ${s.searchVolumeGiB} GiB gp3 | ${s.search.masterNodes > 0 ? `${s.search.masterNodes} × ${s.search.masterInstanceType}` : 'none'} | ${s.search.warmNodes > 0 ? `${s.search.warmNodes} × ${s.search.warmInstanceType}, ${Math.round(s.warmGb).toLocaleString('en-US')} GB` : 'none'} | ${s.hotDays} / ${s.retentionDays} | ${s.indexShards} |`,
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
  for (const name of PRESET_NAMES) {
    for (const [label, scenario] of scenarios) {
      const cells = VOLUMES.map((gb) =>
        holds(name, gb)
          ? `${usd(sum(logwardCost(name, gb, scenario)))} (${ratio(name, gb, scenario).toFixed(2)})`
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
  const lw = VOLUMES.map((gb) => logwardCost(MATCHING[gb], gb));
  out.push(
    `| Logward, per month | ${VOLUMES.map((gb) => `${volumeName(gb)} (${MATCHING[gb]})`).join(' | ')} |`,
    `|---|${VOLUMES.map(() => '--:').join('|')}|`,
  );
  for (const item of Object.keys(lw[0] ?? {}))
    out.push(`| ${item} | ${lw.map((l) => usd(l[item] ?? 0)).join(' | ')} |`);
  out.push(`| **Logward total** | ${lw.map((l) => `**${usd(sum(l))}**`).join(' | ')} |`, '');
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
    const onDemand = ratio(target.preset, target.gbPerDay);
    out.push(
      `| ${volumeName(target.gbPerDay)} | ${target.preset} | ≤ ${target.atMost} | ${onDemand.toFixed(2)} | ${onDemand <= target.atMost ? 'yes' : 'NO'} | ${ratio(target.preset, target.gbPerDay, { reserved: true }).toFixed(2)} | ${ratio(target.preset, target.gbPerDay, { dropRate: ASSUMPTIONS.dropRate }).toFixed(2)} | ${ratio(target.preset, target.gbPerDay, { reserved: true, dropRate: ASSUMPTIONS.dropRate }).toFixed(2)} |`,
    );
  }
  return out.join('\n');
}

if (process.argv[1]?.endsWith('cost-model.ts')) {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  if (values.json) {
    console.log(
      JSON.stringify(
        PRESET_NAMES.flatMap((preset) =>
          VOLUMES.filter((gb) => holds(preset, gb)).map((gb) => ({
            preset,
            gbPerDay: gb,
            logward: logwardCost(preset, gb),
            reserved: sum(logwardCost(preset, gb, { reserved: true })),
            dropped: sum(logwardCost(preset, gb, { dropRate: ASSUMPTIONS.dropRate })),
            cloudwatch: cloudwatchCost(gb, PRESETS[preset].retentionDays),
            ratio: ratio(preset, gb),
          })),
        ),
        null,
        2,
      ),
    );
  } else console.log(markdown());
}
