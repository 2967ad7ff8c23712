import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MultilineConfig } from '#agent/config/types.ts';
import type { BuiltChunk } from '#agent/pipeline/chunker.ts';
import { SourcePipeline } from '#agent/pipeline/source-pipeline.ts';
import { decodeLogRecord, RAW_BODY_CONTENT_TYPE, type Source, type WireLine } from '#core/wire.ts';

const source: Source = {
  host: 'web-1',
  id: 'file:8:1234:abcd',
  kind: 'file',
  path: '/var/log/app.log',
  service: 'app',
};

/** Lines that exercise every way a v2 record could differ from v1: encodings, terminators, lengths, traces. */
const lineArb = fc.oneof(
  fc.constantFrom(
    '2025-10-23 14:32:15 ERROR [api] request failed',
    '2025-10-23 14:32:16 INFO [api] ok',
    'java.lang.IllegalStateException: boom',
    '\tat com.example.A.b(A.java:10)',
    'Caused by: java.io.IOException: nope',
    '\t... 12 more',
    'Traceback (most recent call last):',
    '  File "app.py", line 3, in <module>',
    'ValueError: bad',
    'panic: runtime error',
    'goroutine 1 [running]:',
    'main.main()',
    '    at Object.<anonymous> (/app/x.js:1:1)',
    '[cause]: Error: inner',
    'com.example.Thing.run',
    'héllo wörld 日本語 🚀',
    ' leading space é',
    'é starts with a non-ASCII letter',
    'bin\u0001ary',
    'a\rb lone carriage return',
    'ends with a carriage return\r',
    '',
    '{"level":"info","msg":"x"}',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/\n/g, ' ')),
  fc.string({ minLength: 150, maxLength: 400 }).map((s) => s.replace(/\n/g, ' ')),
);

const fileArb = fc
  .array(
    fc.record({
      text: lineArb,
      crlf: fc.boolean(),
      invalid: fc.oneof(
        { weight: 15, arbitrary: fc.constant(undefined) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xe2, 0x82])),
        },
      ),
    }),
    { minLength: 1, maxLength: 120 },
  )
  .chain((lines) =>
    fc.record({
      lines: fc.constant(lines),
      unterminatedTail: fc.boolean(),
      cuts: fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 20 }),
      readEnds: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    }),
  );

const configArb = fc.record({
  multiline: fc.constantFrom<MultilineConfig | undefined>(
    undefined,
    { mode: 'auto', maxLines: 500, maxBytes: 262_144, timeoutMs: 1000 },
    { mode: 'auto', maxLines: 3, maxBytes: 300, timeoutMs: 1000 },
    { mode: 'stacktrace', maxLines: 500, maxBytes: 262_144, timeoutMs: 1000 },
    { mode: 'pattern', startPattern: /^\d{4}-/, maxLines: 500, maxBytes: 262_144, timeoutMs: 1000 },
  ),
  maxLineBytes: fc.constantFrom(64, 256, 65_536),
  recordMaxBytes: fc.constantFrom(600, 2048, 512 * 1024),
  recordMaxLines: fc.constantFrom(3, 10_000),
});

type FileCase = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;
type ConfigCase = typeof configArb extends fc.Arbitrary<infer T> ? T : never;

function fileBytes(file: FileCase): Buffer {
  const parts: Buffer[] = [];
  file.lines.forEach((line, i) => {
    parts.push(Buffer.from(line.text, 'utf8'));
    if (line.invalid) parts.push(line.invalid);
    if (i < file.lines.length - 1 || !file.unterminatedTail)
      parts.push(Buffer.from(line.crlf ? '\r\n' : '\n'));
  });
  return Buffer.concat(parts);
}

interface Shipped {
  readonly lines: WireLine[];
  readonly ends: number[];
  readonly rawBodyRecords: number;
}

/**
 * Feeds `bytes` through a pipeline the way the file tailer does: pieces read into one reused
 * buffer (scribbled over after each push), a read cycle ended now and then, everything flushed at
 * the end; then decodes every record as the ingest does.
 */
function ship(bytes: Buffer, file: FileCase, config: ConfigCase, rawBody: boolean): Shipped {
  const pipeline = new SourcePipeline({
    source,
    startOffset: 1000,
    maxLineBytes: config.maxLineBytes,
    multiline: config.multiline,
    limits: { recordMaxBytes: config.recordMaxBytes, recordMaxLines: config.recordMaxLines },
    rawBody,
  });
  const out: BuiltChunk[] = [];
  const readBuffer = Buffer.alloc(1024);
  let at = 0;
  let step = 0;
  let now = 0;
  while (at < bytes.length) {
    const length = Math.min(file.cuts[step % file.cuts.length] as number, bytes.length - at);
    bytes.copy(readBuffer, 0, at, at + length);
    pipeline.push(readBuffer.subarray(0, length), now, out);
    readBuffer.fill(0xaa);
    at += length;
    if (file.readEnds[step % file.readEnds.length]) {
      now += 400;
      pipeline.tick(now, out);
      pipeline.endOfRead(now, out);
    }
    step++;
  }
  pipeline.flushAll(now, out);
  const lines: WireLine[] = [];
  for (const chunk of out) {
    const decoded = decodeLogRecord(chunk.value, chunk.contentType);
    if (decoded.kind !== 'chunk') throw new Error(`undecodable record: ${JSON.stringify(decoded)}`);
    expect(decoded.chunk.src).toEqual(source);
    for (const line of decoded.chunk.lines)
      lines.push({ o: line.o, m: line.m, ...(line.f ? { f: [...line.f].sort() } : {}) });
  }
  return {
    lines,
    ends: out.map((c) => c.end),
    rawBodyRecords: out.filter((c) => c.contentType === RAW_BODY_CONTENT_TYPE).length,
  };
}

describe('v2 (raw-body) records against v1', () => {
  it('decode on the ingest side into exactly the events v1 records carry, for any file and settings', () => {
    let rawBodyRecords = 0;
    fc.assert(
      fc.property(fileArb, configArb, (file, config) => {
        const bytes = fileBytes(file);
        const v1 = ship(bytes, file, config, false);
        const v2 = ship(bytes, file, config, true);
        expect(v1.rawBodyRecords).toBe(0);
        expect(v2.lines).toEqual(v1.lines);
        // Checkpoints resume from the same offsets: the last acknowledged end is the file's end.
        expect(v2.ends.at(-1)).toBe(v1.ends.at(-1));
        expect([...v2.ends].sort((a, b) => a - b)).toEqual(v2.ends);
        rawBodyRecords += v2.rawBodyRecords;
      }),
      { numRuns: 400, seed: 19 },
    );
    // Not vacuous: most of those files went out as v2.
    expect(rawBodyRecords).toBeGreaterThan(400);
  });

  it('sends a plain file as v2 records only, and never for a redacted or non-file source', () => {
    const bytes = Buffer.from('one\r\ntwo\nthree é\n');
    const run = (options: { redact?: (t: string) => string; kind?: Source['kind'] }) => {
      const pipeline = new SourcePipeline({
        source: { ...source, kind: options.kind ?? 'file' },
        startOffset: 0,
        maxLineBytes: 1024,
        limits: { recordMaxBytes: 4096, recordMaxLines: 100 },
        redact: options.redact,
      });
      const out: BuiltChunk[] = [];
      pipeline.push(bytes, 0, out);
      pipeline.endOfRead(0, out);
      return out.map((c) => c.contentType);
    };
    expect(run({})).toEqual([RAW_BODY_CONTENT_TYPE]);
    expect(run({ redact: (t) => t })).toEqual([undefined]);
    expect(run({ kind: 'stdin' })).toEqual([undefined]);
  });
});
