/**
 * Grouping accuracy of the pattern miner on the six Loghub 2k samples in test/fixtures/loghub,
 * against the ground truth in their structured CSVs (the `EventId` column). A line counts as
 * grouped right when the set of lines mined into its pattern is exactly the set of lines of its
 * true event (the metric of Zhu et al., "Tools and Benchmarks for Automated Log Parsing", ICSE
 * 2019). The miner reads each line's `Content` column, the message the benchmark's own parser
 * leaves, and also (second column) the `message` Logward's parser (`core/parse`) makes of the raw
 * line, which is what ingest mines. Every system gets the same miner and settings.
 *
 *   node bench/pattern-accuracy.ts [--orders 5]
 *
 * With --orders N it also mines N shuffled orders of each sample and reports the worst accuracy.
 */
import { parseArgs } from 'node:util';
import { compileParser } from '../core/parse/index.ts';
import { PatternMiner } from '../core/patterns/miner.ts';
import { patternId } from '../core/patterns/pattern-id.ts';
import { loghubLines, loghubTruth } from '../test/unit/parse/loghub-fixtures.ts';

export const LOGHUB_SYSTEMS = ['Apache', 'HDFS', 'Linux', 'OpenSSH', 'Spark', 'Zookeeper'] as const;

/** Grouping accuracy of predicted groups against true groups, over the same lines. */
export function groupingAccuracy(predicted: readonly string[], truth: readonly string[]): number {
  const signature = (labels: readonly string[]) => {
    const members = new Map<string, number[]>();
    labels.forEach((label, line) => {
      const list = members.get(label);
      if (list) list.push(line);
      else members.set(label, [line]);
    });
    return members;
  };
  const predictedGroups = signature(predicted);
  const trueGroups = signature(truth);
  let right = 0;
  for (const lines of trueGroups.values()) {
    const first = lines[0] as number;
    const group = predictedGroups.get(predicted[first] as string) ?? [];
    if (group.length === lines.length && group.every((line, i) => line === lines[i])) right += lines.length;
  }
  return right / truth.length;
}

/** Mines `messages` in the given order and returns, for each message, the id of its final pattern. */
export function minePatterns(
  service: string,
  messages: readonly string[],
  order?: readonly number[],
): string[] {
  const miner = new PatternMiner(service);
  const ids = new Array<string>(messages.length);
  const indices = order ?? messages.map((_, i) => i);
  for (const i of indices) ids[i] = miner.mine(messages[i] as string).id;
  // A pattern refined after a line was mined has a newer id: follow the absorbed ids to it.
  const current = new Map<string, string>();
  for (const pattern of miner.toState().patterns) {
    const id = patternId(service, pattern.tokens.join(' '));
    current.set(id, id);
    for (const old of pattern.absorbed) current.set(old, id);
  }
  return ids.map((id) => current.get(id) ?? id);
}

function shuffled(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = seed;
  for (let i = length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { orders: { type: 'string', default: '0' } } });
  const orders = Number(values.orders);
  const parse = compileParser({ receivedAt: Date.UTC(2025, 11, 31) });
  const rows: string[] = [];
  let sum = 0;
  let sumParsed = 0;
  for (const system of LOGHUB_SYSTEMS) {
    const truthRows = loghubTruth(system);
    const messages = truthRows.map((row) => row.Content ?? '');
    const parsed = loghubLines(system).map((line) => parse(line).message);
    const truth = truthRows.map((row) => row.EventId ?? '');
    const accuracy = groupingAccuracy(minePatterns(system, messages), truth);
    const parsedAccuracy = groupingAccuracy(minePatterns(system, parsed), truth);
    sum += accuracy;
    sumParsed += parsedAccuracy;
    let worst = accuracy;
    for (let seed = 1; seed <= orders; seed++)
      worst = Math.min(
        worst,
        groupingAccuracy(minePatterns(system, messages, shuffled(messages.length, seed)), truth),
      );
    const patterns = new Set(minePatterns(system, messages)).size;
    const events = new Set(truth).size;
    rows.push(
      `| ${system} | ${accuracy.toFixed(3)} | ${parsedAccuracy.toFixed(3)} | ${orders > 0 ? worst.toFixed(3) : 'n/a'} | ${patterns} | ${events} |`,
    );
  }
  const n = LOGHUB_SYSTEMS.length;
  console.log(
    "| system | grouping accuracy | on Logward's parsed message | worst of shuffled orders | patterns | true events |",
  );
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(`| **average** | **${(sum / n).toFixed(3)}** | **${(sumParsed / n).toFixed(3)}** | | | |`);
}
