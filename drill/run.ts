/**
 * `npm run drill`: fault drills end to end (files → agent → Kafka → local event source → ingest →
 * OpenSearch), each with a printed time budget, each reporting lines written, documents indexed,
 * duplicates and lost lines. Exits 1 on any loss, duplicate or failure.
 *
 *   npm run drill [-- --only kill-9,rotation] [--list] [--json FILE]
 *
 * Drills that stop Kafka or OpenSearch start private ones (own state dir, free ports) with the same
 * launcher, so the shared engines keep running.
 */
import { writeFile } from 'node:fs/promises';
import { describeMachine, machineFacts } from '../bench/machine.ts';
import { parseCommandLine } from '../ops/command-line.ts';
import { dynamodbOutage } from './dynamodb-outage.ts';
import { type Drill, type DrillResult, endLeftovers } from './harness.ts';
import { kafkaRestart } from './kafka-restart.ts';
import { kill9 } from './kill-9.ts';
import { malformed } from './malformed.ts';
import { opensearchRestart } from './opensearch-restart.ts';
import { poison } from './poison.ts';
import { readOnlyIndex } from './read-only-index.ts';
import { rotation } from './rotation.ts';
import { silentWebhook } from './silent-webhook.ts';

const DRILLS: readonly Drill[] = [
  kill9,
  kafkaRestart,
  opensearchRestart,
  rotation,
  malformed,
  poison,
  silentWebhook,
  readOnlyIndex,
  dynamodbOutage,
];

const { values } = parseCommandLine(
  {
    options: {
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  },
  'npm run drill -- --list (options: --only NAMES, --list, --json FILE)',
);
if (values.list) {
  for (const d of DRILLS) console.log(`${d.name.padEnd(20)} ≤ ${d.budgetSeconds} s  ${d.what}`);
  process.exit(0);
}
const names = values.only?.split(',').map((n) => n.trim());
const unknown = names?.filter((n) => !DRILLS.some((d) => d.name === n)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown drill ${unknown.join(', ')}; known: ${DRILLS.map((d) => d.name).join(', ')}`);
  process.exit(2);
}
const selected = DRILLS.filter((d) => !names || names.includes(d.name));
console.log(describeMachine(machineFacts()));
console.log(
  `\n${selected.length} drill(s), total budget ${selected.reduce((s, d) => s + d.budgetSeconds, 0)} s\n`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`${signal}: ending the private engines and agents the drills started`);
    endLeftovers().finally(() => process.exit(130));
  });

const results: DrillResult[] = [];
for (const drill of selected) {
  console.log(`▶ ${drill.name} (budget ${drill.budgetSeconds} s): ${drill.what}`);
  const started = Date.now();
  const deadline = started + drill.budgetSeconds * 1000;
  const log = (line: string) => console.log(line);
  let result: DrillResult;
  try {
    const outcome = await Promise.race([
      drill.run({ log, deadline }),
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`over budget (${drill.budgetSeconds + 60} s)`)),
          (drill.budgetSeconds + 60) * 1000,
        ).unref(),
      ),
    ]);
    result = {
      ...outcome,
      name: drill.name,
      seconds: Math.round((Date.now() - started) / 1000),
      budgetSeconds: drill.budgetSeconds,
      ok:
        outcome.lost === 0 &&
        outcome.duplicates === 0 &&
        outcome.written > 0 &&
        (outcome.failures?.length ?? 0) === 0,
    };
  } catch (error) {
    result = {
      name: drill.name,
      ok: false,
      written: 0,
      indexed: 0,
      distinct: 0,
      duplicates: 0,
      lost: 0,
      seconds: Math.round((Date.now() - started) / 1000),
      budgetSeconds: drill.budgetSeconds,
      notes: [],
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
  await endLeftovers();
  results.push(result);
  const verdict = result.ok ? 'PASS' : 'FAIL';
  console.log(
    `  ${verdict} ${drill.name}: written ${result.written}, indexed ${result.indexed}, duplicates ${result.duplicates}, lost ${result.lost} (${result.seconds} s)`,
  );
  for (const note of result.notes) console.log(`    ${note}`);
  for (const failure of result.failures ?? []) console.log(`    FAILED: ${failure}`);
  if (result.error) console.log(`    error: ${result.error}`);
  console.log('');
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(
  `${pad('drill', 20)} ${pad('result', 6)} ${pad('written', 9)} ${pad('indexed', 9)} ${pad('duplicates', 10)} ${pad('lost', 6)} time`,
);
for (const r of results)
  console.log(
    `${pad(r.name, 20)} ${pad(r.ok ? 'PASS' : 'FAIL', 6)} ${pad(r.written, 9)} ${pad(r.indexed, 9)} ${pad(r.duplicates, 10)} ${pad(r.lost, 6)} ${r.seconds}/${r.budgetSeconds} s`,
  );
if (values.json)
  await writeFile(values.json, `${JSON.stringify({ results, at: new Date().toISOString() }, null, 2)}\n`);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(
    `\n✗ ${failed.length} drill(s) FAILED: ${failed.map((r) => r.name).join(', ')} — lost or duplicated lines, or an error`,
  );
  process.exit(1);
}
console.log('\n✓ every drill: zero lost, zero duplicated');
process.exit(0);
