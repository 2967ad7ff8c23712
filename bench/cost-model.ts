/**
 * The monthly cost model of docs/cost.md: Logward on AWS against CloudWatch Logs for the same
 * volume, at 10 GB, 100 GB and 1 TB of logs per day. Every price is in PRICES (us-east-1, list
 * prices as known on the date below: check them on the AWS pricing pages before relying on them),
 * every assumption in ASSUMPTIONS and TIERS, every formula in the code below and in the doc.
 *
 *   node bench/cost-model.ts            # prints the markdown tables that docs/cost.md holds
 *   node bench/cost-model.ts --json
 */
import { parseArgs } from 'node:util';

/** USD, us-east-1, on-demand list prices as of 2025 (not fetched live: no price API is reachable here). */
export const PRICES = {
  hoursPerMonth: 730,
  msk: {
    'kafka.t3.small': 0.0456, // per broker-hour
    'kafka.m7g.large': 0.204,
    'kafka.m7g.xlarge': 0.408,
    storageGbMonth: 0.1,
  },
  opensearch: {
    'm6g.large.search': 0.128, // per instance-hour
    'r6g.xlarge.search': 0.335,
    'r6g.4xlarge.search': 1.339,
    gp3GbMonth: 0.122,
  },
  lambda: { perMillionRequests: 0.2, perGbSecond: 0.0000166667 },
  dynamodb: { perMillionWrites: 0.625, perMillionReads: 0.125, storageGbMonth: 0.25 },
  ses: { perThousandEmails: 0.1 },
  apiGateway: { restPerMillionRequests: 3.5 },
  dataTransfer: { crossAzPerGbEachWay: 0.01 },
  cloudwatch: {
    ingestPerGb: 0.5,
    storagePerGbMonth: 0.03,
    insightsPerGbScanned: 0.005,
    alarmPerMonth: 0.1,
    customMetricPerMonth: 0.3,
  },
} as const;

export const ASSUMPTIONS = {
  /** Bytes per log line, raw. */
  averageLineBytes: 200,
  /** zstd on the agent → Kafka wire and in the Kafka log. */
  kafkaCompressionRatio: 5,
  kafkaReplication: 3,
  kafkaRetentionDays: 1,
  /** Free-space headroom on Kafka and OpenSearch volumes. */
  diskHeadroom: 1.25,
  /** OpenSearch index size relative to the raw bytes (message, shape, fields, keywords). */
  opensearchIndexRatio: 1.0,
  opensearchReplicas: 1,
  hotRetentionDays: 14,
  /** Lines one ingest invocation-second handles (I/O-bound on `_bulk`; the CPU-only figure is ~10× higher). */
  ingestLinesPerLambdaSecond: 10_000,
  ingestMemoryGb: 1,
  linesPerInvocation: 10_000,
  /** Counter, alert and node writes per ingest invocation. */
  dynamoWritesPerInvocation: 10,
  heartbeatsPerNodePerMinute: 2,
  /** Monitor, dispatcher and api Lambdas, per month. */
  otherLambdaGbSeconds: 20_000,
  otherLambdaRequests: 200_000,
  /** Share of client traffic crossing an AZ (clients and brokers/nodes spread over 3 AZs). */
  crossAzShare: 2 / 3,
  /** `_bulk` bytes per raw byte (JSON documents with provenance and fields). */
  bulkBytesPerRawByte: 1.5,
  /** CloudWatch Logs stores compressed; ratio of raw to billed bytes. */
  cloudwatchStorageCompression: 6,
  /** Logs Insights: each day's logs scanned this many times over (investigations, dashboards). */
  cloudwatchScansPerDay: 2,
  alarms: 50,
  customMetrics: 10,
  daysPerMonth: 30,
} as const;

export interface Tier {
  readonly name: string;
  readonly gbPerDay: number;
  readonly nodes: number;
  readonly msk: { readonly brokers: number; readonly type: keyof typeof PRICES.msk };
  readonly opensearch: {
    readonly data: number;
    readonly dataType: keyof typeof PRICES.opensearch;
    readonly masters: number;
  };
  readonly emailsPerMonth: number;
  readonly apiRequestsPerMonth: number;
  readonly dynamoReadsPerMonth: number;
}

export const TIERS: readonly Tier[] = [
  {
    name: '10 GB/day',
    gbPerDay: 10,
    nodes: 20,
    msk: { brokers: 3, type: 'kafka.t3.small' },
    opensearch: { data: 2, dataType: 'm6g.large.search', masters: 0 },
    emailsPerMonth: 1_000,
    apiRequestsPerMonth: 100_000,
    dynamoReadsPerMonth: 5e6,
  },
  {
    name: '100 GB/day',
    gbPerDay: 100,
    nodes: 100,
    msk: { brokers: 3, type: 'kafka.m7g.large' },
    opensearch: { data: 3, dataType: 'r6g.xlarge.search', masters: 0 },
    emailsPerMonth: 3_000,
    apiRequestsPerMonth: 500_000,
    dynamoReadsPerMonth: 20e6,
  },
  {
    name: '1 TB/day',
    gbPerDay: 1000,
    nodes: 500,
    msk: { brokers: 3, type: 'kafka.m7g.xlarge' },
    opensearch: { data: 6, dataType: 'r6g.4xlarge.search', masters: 3 },
    emailsPerMonth: 10_000,
    apiRequestsPerMonth: 2_000_000,
    dynamoReadsPerMonth: 100e6,
  },
];

export type Lines = Record<string, number>;

/** Logward's monthly cost per line item, USD. */
export function logwardCost(tier: Tier): Lines {
  const p = PRICES;
  const a = ASSUMPTIONS;
  const h = p.hoursPerMonth;
  const gbMonth = tier.gbPerDay * a.daysPerMonth;
  const linesPerMonth = (gbMonth * 1e9) / a.averageLineBytes;
  const invocations = linesPerMonth / a.linesPerInvocation;
  const kafkaGb =
    (tier.gbPerDay / a.kafkaCompressionRatio) * a.kafkaReplication * a.kafkaRetentionDays * a.diskHeadroom;
  const opensearchGb =
    tier.gbPerDay * a.opensearchIndexRatio * (1 + a.opensearchReplicas) * a.hotRetentionDays * a.diskHeadroom;
  const lambdaGbSeconds = (linesPerMonth / a.ingestLinesPerLambdaSecond) * a.ingestMemoryGb;
  const dynamoWrites =
    invocations * a.dynamoWritesPerInvocation +
    tier.nodes * a.heartbeatsPerNodePerMinute * 60 * 24 * a.daysPerMonth;
  return {
    'MSK brokers': tier.msk.brokers * p.msk[tier.msk.type] * h,
    'MSK storage': kafkaGb * p.msk.storageGbMonth,
    'OpenSearch data nodes': tier.opensearch.data * p.opensearch[tier.opensearch.dataType] * h,
    'OpenSearch masters': tier.opensearch.masters * p.opensearch['m6g.large.search'] * h,
    'OpenSearch gp3 storage': opensearchGb * p.opensearch.gp3GbMonth,
    'Lambda (ingest + others)':
      (lambdaGbSeconds + a.otherLambdaGbSeconds) * p.lambda.perGbSecond +
      ((invocations + a.otherLambdaRequests) / 1e6) * p.lambda.perMillionRequests,
    DynamoDB:
      (dynamoWrites / 1e6) * p.dynamodb.perMillionWrites +
      (tier.dynamoReadsPerMonth / 1e6) * p.dynamodb.perMillionReads +
      p.dynamodb.storageGbMonth,
    SES: (tier.emailsPerMonth / 1000) * p.ses.perThousandEmails,
    'API Gateway': (tier.apiRequestsPerMonth / 1e6) * p.apiGateway.restPerMillionRequests,
    'Cross-AZ transfer':
      (gbMonth / a.kafkaCompressionRatio + gbMonth * a.bulkBytesPerRawByte) *
      a.crossAzShare *
      2 *
      p.dataTransfer.crossAzPerGbEachWay,
    'CloudWatch metrics': a.customMetrics * p.cloudwatch.customMetricPerMonth,
  };
}

/** CloudWatch Logs for the same volume, per line item, USD. */
export function cloudwatchCost(tier: Tier): Lines {
  const p = PRICES.cloudwatch;
  const a = ASSUMPTIONS;
  const gbMonth = tier.gbPerDay * a.daysPerMonth;
  return {
    Ingestion: gbMonth * p.ingestPerGb,
    Storage: ((tier.gbPerDay * a.hotRetentionDays) / a.cloudwatchStorageCompression) * p.storagePerGbMonth,
    'Logs Insights queries': gbMonth * a.cloudwatchScansPerDay * p.insightsPerGbScanned,
    'Alarms + metrics': a.alarms * p.alarmPerMonth + a.customMetrics * p.customMetricPerMonth,
  };
}

const sum = (lines: Lines) => Object.values(lines).reduce((s, n) => s + n, 0);
const usd = (n: number) =>
  `$${n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 0, minimumFractionDigits: n < 10 ? 2 : 0 })}`;

export function markdown(): string {
  const out: string[] = [];
  const lw = TIERS.map(logwardCost);
  const cw = TIERS.map(cloudwatchCost);
  out.push(
    `| Logward, per month | ${TIERS.map((t) => t.name).join(' | ')} |`,
    `|---|${TIERS.map(() => '--:').join('|')}|`,
  );
  for (const item of Object.keys(lw[0] ?? {}))
    out.push(`| ${item} | ${lw.map((l) => usd(l[item] ?? 0)).join(' | ')} |`);
  out.push(`| **Logward total** | ${lw.map((l) => `**${usd(sum(l))}**`).join(' | ')} |`, '');
  out.push(
    `| CloudWatch Logs, per month | ${TIERS.map((t) => t.name).join(' | ')} |`,
    `|---|${TIERS.map(() => '--:').join('|')}|`,
  );
  for (const item of Object.keys(cw[0] ?? {}))
    out.push(`| ${item} | ${cw.map((l) => usd(l[item] ?? 0)).join(' | ')} |`);
  out.push(`| **CloudWatch Logs total** | ${cw.map((l) => `**${usd(sum(l))}**`).join(' | ')} |`);
  out.push(
    `| Logward ÷ CloudWatch Logs | ${lw.map((l, i) => (sum(l) / sum(cw[i] ?? {})).toFixed(2)).join(' | ')} |`,
  );
  return out.join('\n');
}

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
if (process.argv[1]?.endsWith('cost-model.ts')) {
  if (values.json)
    console.log(
      JSON.stringify(
        TIERS.map((t) => ({ tier: t.name, logward: logwardCost(t), cloudwatch: cloudwatchCost(t) })),
        null,
        2,
      ),
    );
  else console.log(markdown());
}
