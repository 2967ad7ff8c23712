/**
 * Index size by codec: the bench corpus (the six loghub samples plus synthetic JSON, logfmt and
 * access lines) made into Logward documents exactly as ingest makes them, indexed with the log
 * index template under each `index.codec` the engine has, force-merged to one segment, and
 * measured (the segment sizes, primaries) against the raw bytes of the lines. A codec the engine
 * lacks (zstd needs the custom-codecs plugin, present on Amazon OpenSearch Service ≥ 2.9, missing
 * from the local integ-test engine) is reported as such, not guessed.
 *
 *   node bench/index-size.ts [--json FILE]      # needs the local OpenSearch (npm run engines -- start)
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Client } from '@opensearch-project/opensearch';
import type { LogDocument } from '#core/log-document.ts';
import { documentsFromRecord } from '#core/log-document.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { CONTENT_TYPE_HEADER, encodeChunk, WIRE_CONTENT_TYPE, type WireChunk } from '#core/wire.ts';
import { logsIndexTemplate } from '#lambdas/adapters/opensearch/index-template.ts';
import { BULK_GZIP_LEVEL, BulkBody } from '#lambdas/adapters/opensearch/log-writer.ts';
import { endpointsFor, resolveEngineConfig } from '#local/engines/index.ts';
import { parseCommandLine } from '../ops/command-line.ts';
import { loghubLines, syntheticLines } from './corpus.ts';

/** Codecs OpenSearch knows; the first is the baseline the savings are measured against. */
export const CODECS = ['default', 'best_compression', 'zstd', 'zstd_no_dict'] as const;

export interface CodecSize {
  readonly codec: string;
  /** Primary segment bytes after a force merge to one segment; undefined when the engine lacks the codec. */
  readonly bytes?: number;
  readonly ratioToRaw?: number;
  /** 1 − bytes / the default codec's bytes. */
  readonly savingVsDefault?: number;
  readonly unavailable?: string;
}

export interface IndexSizes {
  readonly lines: number;
  readonly rawBytes: number;
  readonly codecs: readonly CodecSize[];
  /** What the ingest Lambda sends OpenSearch for the corpus: `_bulk` bodies as built, and gzipped. */
  readonly bulk: BulkBytes;
}

export interface BulkBytes {
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Bulk bytes gzipped per CPU-second (this machine; what the ingest Lambda spends on it). */
  readonly gzipBytesPerCpuSecond: number;
}

/** `_bulk` bytes of `documents` as ingest's BulkBody builds them, in bodies of `perBody` documents, plain and gzipped as the writer sends them. */
export function bulkBytes(documents: readonly LogDocument[], perBody = 1000): BulkBytes {
  let bytes = 0;
  let gzipBytes = 0;
  let cpuMicros = 0;
  for (let i = 0; i < documents.length; i += perBody) {
    const body = new BulkBody();
    body.add(documents.slice(i, i + perBody));
    const chunk = body.take().body;
    bytes += chunk.length;
    const before = process.cpuUsage();
    gzipBytes += gzipSync(chunk, { level: BULK_GZIP_LEVEL }).length;
    const spent = process.cpuUsage(before);
    cpuMicros += spent.user + spent.system;
  }
  return { bytes, gzipBytes, gzipBytesPerCpuSecond: bytes / (cpuMicros / 1e6) };
}

/** The corpus as ingest's documents: one agent chunk of 100 lines per record, a service per system. */
export function corpusDocuments(): { documents: LogDocument[]; rawBytes: number } {
  const synthetic = syntheticLines(4000);
  const sources: Array<[string, readonly string[]]> = [
    ['loghub', loghubLines],
    ['checkout', synthetic.json],
    ['router', synthetic.logfmt],
    ['nginx', synthetic.access],
  ];
  const parse = compileServiceParsers(undefined, 'UTC');
  const receivedAt = Date.UTC(2025, 9, 23, 15);
  const documents: LogDocument[] = [];
  let rawBytes = 0;
  let offset = 0;
  for (const [service, lines] of sources) {
    // Byte offsets run on across the chunks of one source, as the agent counts them: they make the ids.
    let byte = 0;
    for (let i = 0; i < lines.length; i += 100) {
      const start = byte;
      const chunk: WireChunk = {
        v: 1,
        src: {
          host: 'bench-host',
          id: `${service}-source`,
          kind: 'file',
          path: `/var/log/${service}.log`,
          service,
        },
        t: receivedAt,
        lines: lines.slice(i, i + 100).map((m) => {
          const line = { o: byte, m };
          byte += Buffer.byteLength(m) + 1;
          return line;
        }),
      };
      rawBytes += byte - start;
      const record = {
        position: { topic: 'logs', partition: 0, offset: offset++ },
        timestamp: receivedAt,
        key: Buffer.from(chunk.src.id),
        value: encodeChunk(chunk),
        headers: new Map([[CONTENT_TYPE_HEADER, Buffer.from(WIRE_CONTENT_TYPE)]]),
      };
      documents.push(...documentsFromRecord(record, { receivedAt, parse }));
    }
  }
  return { documents, rawBytes };
}

/** Primary segment bytes of `documents` indexed into a new `index` with `codec`, force-merged to one segment. */
export async function sizeWith(
  client: Client,
  index: string,
  codec: string,
  documents: readonly LogDocument[],
): Promise<number> {
  const template = logsIndexTemplate({ shards: 1, replicas: 0, codec }).template;
  await client.indices.create({
    index,
    body: { settings: template?.settings, mappings: template?.mappings },
  });
  for (let i = 0; i < documents.length; i += 2000) {
    const body = documents
      .slice(i, i + 2000)
      .flatMap((document) => [{ index: { _index: index, _id: document.event_id } }, document]);
    const response = await client.bulk({ body });
    if (response.body.errors) throw new Error(`${index}: bulk reported item errors`);
  }
  await client.indices.forcemerge({ index, max_num_segments: 1 });
  await client.indices.flush({ index });
  // Until a refresh, the segments merged away are still the searchable ones and the merged one is not.
  await client.indices.refresh({ index });
  // The live segments, not `_stats/store`, which still counts merged-away files until they are deleted.
  const segments = await client.indices.segments({ index });
  const shards = Object.values(segments.body.indices?.[index]?.shards ?? {}).flat();
  return (
    shards
      .filter((shard) => shard.routing?.primary)
      .flatMap((shard) => Object.values(shard.segments ?? {}))
      // Merged-away segments stay listed (search: false) until their files are gone.
      .filter((segment) => segment.search)
      .reduce((sum, segment) => sum + Number(segment.size_in_bytes ?? 0), 0)
  );
}

/** Measures the corpus's index size with every codec; the indices are private and deleted afterwards. */
export async function measureIndexSizes(opensearchUrl: string): Promise<IndexSizes> {
  const client = new Client({ node: opensearchUrl });
  const prefix = `bench-codec-${randomBytes(4).toString('hex')}`;
  const { documents, rawBytes } = corpusDocuments();
  const measured: Array<{ codec: string; bytes?: number; unavailable?: string }> = [];
  try {
    for (const codec of CODECS) {
      try {
        measured.push({
          codec,
          bytes: await sizeWith(client, `${prefix}-${codec.replace(/_/g, '-')}`, codec, documents),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (!/codec/i.test(reason)) throw error;
        measured.push({ codec, unavailable: 'not in this engine (needs the custom-codecs plugin)' });
      }
    }
  } finally {
    if (!process.env.KEEP_BENCH_INDICES)
      await client.indices.delete({ index: `${prefix}-*`, allow_no_indices: true });
    await client.close();
  }
  const baseline = measured.find((row) => row.codec === 'default')?.bytes;
  return {
    lines: documents.length,
    rawBytes,
    bulk: bulkBytes(documents),
    codecs: measured.map((row) =>
      row.bytes === undefined
        ? row
        : {
            ...row,
            ratioToRaw: row.bytes / rawBytes,
            ...(baseline ? { savingVsDefault: 1 - row.bytes / baseline } : {}),
          },
    ),
  };
}

/** One line per codec, as the bench table prints it. */
export function formatIndexSizes(sizes: IndexSizes): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  return [
    `corpus: ${sizes.lines.toLocaleString('en-US')} lines, ${mb(sizes.rawBytes)} raw`,
    ...sizes.codecs.map((row) =>
      row.bytes === undefined
        ? `${row.codec}: ${row.unavailable}`
        : `${row.codec}: ${mb(row.bytes)}, ${row.ratioToRaw?.toFixed(2)} x raw` +
          (row.codec === 'default'
            ? ''
            : `, ${((row.savingVsDefault ?? 0) * 100).toFixed(0)} % smaller than default`),
    ),
    `_bulk requests: ${mb(sizes.bulk.bytes)}, ${(sizes.bulk.bytes / sizes.rawBytes).toFixed(2)} x raw; ` +
      `gzipped ${mb(sizes.bulk.gzipBytes)}, ${(sizes.bulk.gzipBytes / sizes.rawBytes).toFixed(2)} x raw, ` +
      `at ${(sizes.bulk.gzipBytesPerCpuSecond / 1e6).toFixed(0)} MB of requests per CPU-second`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('index-size.ts')) {
  const { values } = parseCommandLine(
    { options: { json: { type: 'string' } } },
    'the header of bench/index-size.ts (options: --json FILE)',
  );
  const sizes = await measureIndexSizes(endpointsFor(resolveEngineConfig()).opensearchUrl);
  console.log(formatIndexSizes(sizes));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(sizes, null, 2)}\n`);
}
