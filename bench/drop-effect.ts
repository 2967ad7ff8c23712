/**
 * What drop rules save, measured: the bench corpus (bench/index-size.ts) mined into patterns as
 * ingest mines them, the patterns ranked by the bytes of their messages (what `GET /patterns`
 * shows as `bytes`), then the costliest ones dropped or sampled by the same rules ingest applies
 * (core/drop-rules.ts). For each rule set: the lines and bytes left out, the index size with
 * `best_compression` against the whole corpus's, and what that saving does to the monthly bill in
 * the cost model (bench/cost-model.ts, the index saving as its drop rate).
 *
 *   node bench/drop-effect.ts [--json FILE]     # needs the local OpenSearch (npm run engines -- start)
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client } from '@opensearch-project/opensearch';
import { type ActiveDropRule, type DropRule, DropRuleSet } from '#core/drop-rules.ts';
import type { LogDocument } from '#core/log-document.ts';
import { ServiceMiners } from '#core/patterns/service-miners.ts';
import { endpointsFor, resolveEngineConfig } from '#local/engines/index.ts';
import { PRESETS, type SizeName } from '../infra/sizing.ts';
import { parseCommandLine } from '../ops/command-line.ts';
import { cloudwatchCost, logwardCost, sum } from './cost-model.ts';
import { corpusDocuments, sizeWith } from './index-size.ts';

interface PatternCost {
  readonly id: string;
  readonly service: string;
  readonly template: string;
  lines: number;
  bytes: number;
}

export interface DropEffect {
  readonly scenario: string;
  readonly rules: readonly string[];
  readonly linesDropped: number;
  readonly bytesDropped: number;
  readonly lineShare: number;
  readonly byteShare: number;
  readonly indexBytes: number;
  readonly indexSaving: number;
  /** Monthly USD at the matching preset, without the rules and with them. */
  readonly cost: ReadonlyArray<{
    preset: SizeName;
    gbPerDay: number;
    before: number;
    after: number;
    cloudwatch: number;
  }>;
}

/** Every document given its current pattern, as a warm ingest instance would (mined twice: learn, then name). */
function minedCorpus(): { documents: LogDocument[]; patterns: PatternCost[] } {
  const { documents } = corpusDocuments();
  const miners = new ServiceMiners();
  for (const document of documents) miners.mine(document.service, document.message);
  const byId = new Map<string, PatternCost>();
  for (const document of documents) {
    const mined = miners.mine(document.service, document.message);
    document.pattern_id = mined.id;
    document.pattern = mined.template;
    const cost = byId.get(mined.id) ?? {
      id: mined.id,
      service: document.service,
      template: mined.template,
      lines: 0,
      bytes: 0,
    };
    cost.lines++;
    cost.bytes += Buffer.byteLength(document.message);
    byId.set(mined.id, cost);
  }
  return { documents, patterns: [...byId.values()].sort((a, b) => b.bytes - a.bytes) };
}

function ruleFor(pattern: PatternCost, n: number, keepOneIn?: number): ActiveDropRule {
  const rule: DropRule = {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    patternId: pattern.id,
    service: pattern.service,
    template: pattern.template,
    action: keepOneIn === undefined ? 'drop' : 'sample',
    ...(keepOneIn === undefined ? {} : { keepOneIn }),
    includeErrors: false,
    // The saving of leaving a pattern out whole, its lines without a level included.
    includeUnleveled: true,
    comment: '',
    createdBy: 'bench',
    createdAt: 0,
  };
  return { rule, patternIds: [pattern.id] };
}

const MATCHING: ReadonlyArray<[SizeName, number]> = [
  ['medium', 100],
  ['large', 1000],
];

export async function measureDropEffect(opensearchUrl: string): Promise<{
  lines: number;
  messageBytes: number;
  fullIndexBytes: number;
  top: PatternCost[];
  effects: DropEffect[];
}> {
  const { documents, patterns } = minedCorpus();
  const messageBytes = patterns.reduce((total, p) => total + p.bytes, 0);
  const top = patterns.slice(0, 5);
  const scenarios: Array<[string, ActiveDropRule[]]> = [
    ['drop the costliest pattern', [ruleFor(patterns[0] as PatternCost, 1)]],
    ['sample the 5 costliest at 1 in 10', top.map((p, i) => ruleFor(p, i + 1, 10))],
  ];
  const client = new Client({ node: opensearchUrl });
  const prefix = `bench-drop-${randomBytes(4).toString('hex')}`;
  try {
    const fullIndexBytes = await sizeWith(client, `${prefix}-all`, 'best_compression', documents);
    const effects: DropEffect[] = [];
    for (const [i, [scenario, active]] of scenarios.entries()) {
      const rules = new DropRuleSet(active);
      const kept = documents.filter((document) => rules.dropping(document) === undefined);
      const dropped = documents.filter((document) => rules.dropping(document) !== undefined);
      const bytesDropped = dropped.reduce((total, d) => total + Buffer.byteLength(d.message), 0);
      const indexBytes = await sizeWith(client, `${prefix}-${i}`, 'best_compression', kept);
      const indexSaving = 1 - indexBytes / fullIndexBytes;
      effects.push({
        scenario,
        rules: active.map(({ rule }) => `${rule.action} ${rule.service}: ${rule.template}`),
        linesDropped: dropped.length,
        bytesDropped,
        lineShare: dropped.length / documents.length,
        byteShare: bytesDropped / messageBytes,
        indexBytes,
        indexSaving,
        cost: MATCHING.map(([preset, gbPerDay]) => ({
          preset,
          gbPerDay,
          before: sum(logwardCost(preset, gbPerDay)),
          after: sum(logwardCost(preset, gbPerDay, { dropRate: indexSaving })),
          cloudwatch: sum(cloudwatchCost(gbPerDay, PRESETS[preset].retentionDays)),
        })),
      });
    }
    return { lines: documents.length, messageBytes, fullIndexBytes, top, effects };
  } finally {
    if (!process.env.KEEP_BENCH_INDICES)
      await client.indices.delete({ index: `${prefix}-*`, allow_no_indices: true });
    await client.close();
  }
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

export function formatDropEffect(measured: Awaited<ReturnType<typeof measureDropEffect>>): string {
  const { lines, messageBytes, fullIndexBytes, top, effects } = measured;
  return [
    `Corpus: ${lines.toLocaleString('en-US')} lines, ${(messageBytes / 1e6).toFixed(2)} MB of messages, ${(fullIndexBytes / 1e6).toFixed(2)} MB indexed (best_compression).`,
    '',
    '| costliest patterns | service | lines | message bytes | share of bytes |',
    '|---|---|--:|--:|--:|',
    ...top.map(
      (p) =>
        `| \`${p.template.slice(0, 70)}\` | ${p.service} | ${p.lines.toLocaleString('en-US')} | ${p.bytes.toLocaleString('en-US')} | ${pct(p.bytes / messageBytes)} |`,
    ),
    '',
    '| rules | lines left out | message bytes left out | index size | index saving | 100 GB/day (medium) | 1 TB/day (large) |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...effects.map((e) => {
      const costs = e.cost.map(
        (c) =>
          `${usd(c.before)} → ${usd(c.after)} (${(c.before / c.cloudwatch).toFixed(2)} → ${(c.after / c.cloudwatch).toFixed(2)} × CW)`,
      );
      return `| ${e.scenario} | ${pct(e.lineShare)} | ${pct(e.byteShare)} | ${(e.indexBytes / 1e6).toFixed(2)} MB | ${pct(e.indexSaving)} | ${costs.join(' | ')} |`;
    }),
  ].join('\n');
}

if (process.argv[1]?.endsWith('drop-effect.ts')) {
  const { values } = parseCommandLine(
    { options: { json: { type: 'string' } } },
    'the header of bench/drop-effect.ts (options: --json FILE)',
  );
  const measured = await measureDropEffect(endpointsFor(resolveEngineConfig()).opensearchUrl);
  console.log(formatDropEffect(measured));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(measured, null, 2)}\n`);
}
