/**
 * The ingest handler's throughput, two ways, side by side in one run:
 *
 * 1. CPU only: decode MSK events (v1 records, then the same lines as v2 raw-body records), parse,
 *    normalise and build the `_bulk` bodies, network excluded
 *    (lines per second on one core; target ≥ 250,000); then the same with pattern mining
 *    (`lambdas/ingest/pattern-mining.ts`, registry kept in memory; target ≥ 200,000).
 * 2. End to end into the local OpenSearch, against a plain `_bulk` loader sending the very same
 *    documents to the same engine (target ≥ 0.8 of the loader's rate). Needs the engines running
 *    (`npm run engines -- start`).
 *
 *   node bench/ingest-throughput.ts [--seconds 2] [--rounds 3] [--e2e-lines 200000] [--skip-e2e]
 *     [--lines-per-write 4000] [--lines-per-group 500] [--only handler|mining] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from '@opensearch-project/opensearch';
import { compileServiceParsers } from '#core/service-parsers.ts';
import {
  BulkBody,
  type BulkChunk,
  bulkWriteOn,
  OpenSearchLogWriter,
  splitChunk,
} from '#lambdas/adapters/opensearch/log-writer.ts';
import { type IngestDependencies, ingestLogs } from '#lambdas/ingest/ingest-logs.ts';
import { PatternMining } from '#lambdas/ingest/pattern-mining.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import type { LogWriter } from '#lambdas/ports.ts';
import { endpointsFor, resolveEngineConfig } from '#local/engines/index.ts';
import { mixedLines } from './corpus.ts';
import { inMemoryPatternMining } from './handler-at.ts';
import { eventsFor, LINES_PER_RECORD, type WireFormat } from './msk-events.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    'e2e-lines': { type: 'string', default: '200000' },
    'skip-e2e': { type: 'boolean', default: false },
    /** Run one CPU-only row (`handler` or `mining`), e.g. under `node --cpu-prof`. */
    only: { type: 'string' },
    /** The handler's request and group sizes (`IngestDependencies`); its defaults when omitted. */
    'lines-per-write': { type: 'string' },
    'lines-per-group': { type: 'string' },
    json: { type: 'string' },
  },
});

function baseDeps(writer: IngestDependencies['writer']): IngestDependencies {
  return {
    writer,
    parse: compileServiceParsers(undefined, 'UTC'),
    logger: jsonLogger({}, () => {}),
    emitMetrics: () => {},
    deadLetters: { send: async () => {} },
    ...(values['lines-per-write'] ? { linesPerWrite: Number(values['lines-per-write']) } : {}),
    ...(values['lines-per-group'] ? { linesPerGroup: Number(values['lines-per-group']) } : {}),
  };
}

/** A writer that encodes as the OpenSearch writer does and hands each request's chunk to `onSend`. */
function collectingWriter(onSend: (chunk: BulkChunk) => void): LogWriter {
  return {
    start: () =>
      bulkWriteOn(new BulkBody(), async (chunk) => {
        onSend(chunk);
        return { indexed: chunk.documents.length, failed: [] };
      }),
  };
}

/** Chunks one after another as one chunk, so the plain loader can cut it into 5 MB bodies. */
function joinChunks(chunks: readonly BulkChunk[]): BulkChunk {
  let base = 0;
  const ends: number[] = [];
  for (const chunk of chunks) {
    for (const end of chunk.ends) ends.push(base + end);
    base += chunk.body.length;
  }
  return {
    documents: chunks.flatMap((chunk) => chunk.documents),
    body: Buffer.concat(chunks.map((chunk) => chunk.body)),
    ends,
  };
}

async function cpuOnly(
  lines: readonly string[],
  mining: boolean,
  format: WireFormat = 'v1',
): Promise<number> {
  const events = eventsFor(lines, 'cpu', format);
  let bytes = 0;
  // Encodes exactly as the OpenSearch writer does, then sends nothing.
  const deps = {
    ...baseDeps(
      collectingWriter((chunk) => {
        for (const piece of splitChunk(chunk, 5 * 1024 * 1024)) bytes += piece.body.length;
      }),
    ),
    enricher: mining
      ? inMemoryPatternMining(
          PatternMining,
          jsonLogger({}, () => {}),
        )
      : undefined,
  };
  for (const event of events.slice(0, 5)) await ingestLogs(event, deps); // warm-up
  // Lines per CPU-second of this process: steadier than wall time on a shared machine.
  let best = 0;
  for (let round = 0; round < Number(values.rounds); round++) {
    let count = 0;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const budget = BigInt(Math.round(Number(values.seconds) * 1e9));
    while (process.hrtime.bigint() - start < budget) {
      for (const event of events) count += (await ingestLogs(event, deps)).lines;
    }
    const cpu = process.cpuUsage(cpuStart);
    best = Math.max(best, count / ((cpu.user + cpu.system) / 1e6));
  }
  if (bytes < 0) console.log(bytes);
  return best;
}

async function endToEnd(lines: readonly string[]): Promise<{ handler: number; loader: number }> {
  const url = endpointsFor(resolveEngineConfig()).opensearchUrl;
  const client = new Client({ node: url });
  const run = Date.now().toString(36);
  const events = eventsFor(lines, run);

  // The documents the handler would write, captured once, for the plain loader.
  const sent: BulkChunk[] = [];
  const capture = baseDeps(collectingWriter((chunk) => sent.push(chunk)));
  for (const event of events) await ingestLogs(event, capture);
  const captured = joinChunks(sent);
  const rawBodies = [...splitChunk(captured, 5 * 1024 * 1024)].map((chunk) =>
    chunk.body
      .toString('utf8')
      .replaceAll('{"create":{"_index":"logs-', '{"create":{"_index":"logs-benchraw-'),
  );
  const documents = captured.documents;

  const loaderStart = process.hrtime.bigint();
  for (const body of rawBodies) {
    const response = await client.transport.request({ method: 'POST', path: '/_bulk', body, bulkBody: body });
    if ((response.body as { errors?: boolean }).errors) throw new Error('plain loader: bulk reported errors');
  }
  const loader = documents.length / (Number(process.hrtime.bigint() - loaderStart) / 1e9);

  const deps = baseDeps(new OpenSearchLogWriter(client));
  const handlerStart = process.hrtime.bigint();
  for (const event of events) await ingestLogs(event, deps);
  const handler = documents.length / (Number(process.hrtime.bigint() - handlerStart) / 1e9);

  await client.indices.delete({ index: 'logs-benchraw-*' });
  // The local integ-test OpenSearch has no reindex module, so no _delete_by_query: best effort.
  await client
    .deleteByQuery({
      index: 'logs-*',
      body: { query: { term: { service: `bench-${run}` } } },
      conflicts: 'proceed',
    })
    .catch(() => undefined);
  await client.close();
  return { handler, loader };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mix = mixedLines();
console.log(
  `node ${process.version}; corpus: ${mix.length} lines (loghub + JSON + logfmt + access), ${LINES_PER_RECORD} lines per record`,
);
const only = values.only;
if (only !== undefined && only !== 'handler' && only !== 'mining')
  throw new Error(`--only: expected handler or mining, got ${JSON.stringify(only)}`);
const results: Record<string, number> = {};
if (only !== 'mining') {
  const cpu = await cpuOnly(mix, false);
  console.log(
    `handler, CPU only (decode, parse, normalise, bulk bodies): ${fmt(cpu)} lines per CPU-second, i.e. per core (target 250,000)`,
  );
  results.cpuLinesPerSecond = cpu;
  const cpuV2 = await cpuOnly(mix, false, 'v2');
  console.log(
    `handler, CPU only, the same lines as v2 (raw-body) records: ${fmt(cpuV2)} lines per CPU-second (v1 above: ${fmt(cpu)})`,
  );
  results.cpuLinesPerSecondV2 = cpuV2;
}
if (only !== 'handler') {
  const cpuMining = await cpuOnly(mix, true);
  console.log(
    `handler with pattern mining, CPU only (the same, plus mining, tallies and samples): ${fmt(cpuMining)} lines per CPU-second (target 200,000)`,
  );
  results.cpuWithMiningLinesPerSecond = cpuMining;
}
if (!values['skip-e2e'] && only === undefined) {
  const count = Number(values['e2e-lines']);
  const lines = Array.from({ length: count }, (_, i) => mix[i % mix.length] as string);
  const { handler, loader } = await endToEnd(lines);
  console.log(
    `end to end into local OpenSearch, ${fmt(count)} lines: handler ${fmt(handler)} lines/s, plain _bulk loader ${fmt(loader)} docs/s, ratio ${(handler / loader).toFixed(2)} (target 0.8)`,
  );
  Object.assign(results, {
    e2eHandlerLinesPerSecond: handler,
    e2eLoaderDocsPerSecond: loader,
    e2eRatio: handler / loader,
  });
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
