/**
 * What `JSON.stringify` costs on the bench mix's documents (`bench/corpus.ts`, v1 agent records, as
 * the handler builds them) and on copies of them, to see what keeps V8's fast path (on by default
 * in Node 26's V8 14.6, behind `--json-stringify-fast-path` in Node 24's 13.6) from taking them.
 * Each copy must encode to the same JSON (checked). Prints ns a document, the median of rounds of
 * CPU time; `--only NAME` runs one variant, e.g. under cachegrind for instruction counts.
 * `--allow-natives-syntax` adds a count of objects not in fast mode, and of frozen ones.
 * Found with it (6 December, speed42): the fast path takes a document only when all its strings
 * are flat sequential ones; a joined string (a rope, even once read) or a slice of a longer one
 * (`message`, `logger`, parsed `fields`) sends the whole document to the slow path.
 * With `--allow-natives-syntax` it also counts documents by the paths of their strings that are
 * slices or ropes (by the string's map). The encoders after the copies are timed whole, each
 * text written into a buffer as `BulkBody.add` does. Found with them (6 December, speed43): the
 * two-part encoder (a) is dearer than one `JSON.stringify` on both Nodes.
 *
 *   node [--allow-natives-syntax] [--no-json-stringify-fast-path] bench/stringify-documents.ts
 *     [--rounds 9] [--only NAME]
 */
import { parseArgs } from 'node:util';
import type { LogDocument } from '#core/log-document.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { ingestLogs } from '#lambdas/ingest/ingest-logs.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { mixedLines } from './corpus.ts';
import { median } from './median.ts';
import { eventsFor } from './msk-events.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '9' }, only: { type: 'string' } },
});
const ROUNDS = Number(values.rounds);
const FIXED_CLOCK = Date.UTC(2026, 11, 4, 12);

Date.now = () => FIXED_CLOCK;

async function benchDocuments(): Promise<LogDocument[]> {
  const documents: LogDocument[] = [];
  const writer = {
    start: () => {
      let pending = 0;
      return {
        add: (batch: readonly LogDocument[]) => {
          documents.push(...batch);
          pending += batch.length;
        },
        get pending() {
          return pending;
        },
        send: async () => {
          const indexed = pending;
          pending = 0;
          return { indexed, failed: [] };
        },
      };
    },
  };
  const deps = {
    writer,
    parse: compileServiceParsers(undefined, 'UTC'),
    logger: jsonLogger({}, () => {}),
    emitMetrics: () => {},
    deadLetters: { send: async () => {} },
  };
  for (const event of eventsFor(mixedLines(), 'cpu')) await ingestLogs(event, deps);
  return documents;
}

type Plain = Record<string, unknown>;

/** `value` copied in fresh objects, keys in the same order, each string `remake(string, path)`. */
function copied(value: unknown, remake: (s: string, path: string) => string, path = ''): unknown {
  if (typeof value === 'string') return remake(value, path);
  if (Array.isArray(value)) return value.map((v) => copied(v, remake, `${path}[]`));
  if (value === null || typeof value !== 'object') return value;
  const out: Plain = {};
  for (const key of Object.keys(value))
    Object.defineProperty(out, key, {
      value: copied((value as Plain)[key], remake, path === '' ? key : `${path}.${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** A flat sequential copy of `s` (a joined or sliced string is neither). */
const flatCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

const JOINED = new Set(['@timestamp', 'event_id']);
const SLICED = (path: string): boolean =>
  path === 'message' || path === 'logger' || path.startsWith('fields');

const variants: Record<string, (d: LogDocument) => unknown> = {
  'as built': (d) => d,
  'fresh objects, same strings': (d) => copied(d, (s) => s),
  'fresh objects, flat strings': (d) => copied(d, flatCopy),
  'flat strings, frozen tags kept': (d) => ({ ...(copied(d, flatCopy) as Plain), tags: d.tags }),
  'flat but @timestamp, event_id': (d) => copied(d, (s, p) => (JOINED.has(p) ? s : flatCopy(s))),
  'flat but message, logger, fields': (d) => copied(d, (s, p) => (SLICED(p) ? s : flatCopy(s))),
};

const NO_FIELDS = Object.freeze({});

/**
 * Candidate (a): the document with its sliced strings (`message`, `logger`) and `fields` left empty
 * through one `JSON.stringify`, and those encoded each on their own and spliced in at their keys.
 */
function encodeInTwoParts(d: LogDocument): string {
  const { message, logger, fields } = d;
  d.message = '';
  if (logger !== undefined) d.logger = '';
  d.fields = NO_FIELDS;
  const body = JSON.stringify(d);
  d.message = message;
  d.logger = logger;
  d.fields = fields;
  // `,"` opens a key: inside an encoded string every quote is escaped. Keys before each are strings.
  const m = body.indexOf(',"message":""') + 11;
  const l = logger === undefined ? m : body.indexOf(',"logger":""', m) + 10;
  const f = body.indexOf(',"fields":{}', l) + 10;
  return (
    body.slice(0, m) +
    JSON.stringify(message) +
    (logger === undefined
      ? body.slice(m + 2, f)
      : body.slice(m + 2, l) + JSON.stringify(logger) + body.slice(l + 2, f)) +
    JSON.stringify(fields) +
    body.slice(f + 2)
  );
}

const encoders: Record<string, (d: LogDocument) => string> = {
  'JSON.stringify': (d) => JSON.stringify(d),
  'two parts (a)': encodeInTwoParts,
};

const hasFast: ((o: object) => boolean) | undefined = process.execArgv.includes('--allow-natives-syntax')
  ? (new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean)
  : undefined;

/** The kind of string V8 holds `s` as, by its map: a slice or rope refuses the fast path. */
const stringKind: ((s: string) => string) | undefined = (() => {
  if (hasFast === undefined) return undefined;
  const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: string, b: string) => boolean;
  const long = `${'abcdefghijklmnopqrstuvwxyz'.repeat(2)}${Math.random()}`;
  const wide = `${'\u0100bcdefghijklmnopqrstuvwxyz'.repeat(2)}${Math.random()}`;
  const kinds: [string, string][] = [
    ['slice', long.slice(1)],
    ['slice', wide.slice(1)],
    ['rope', long + String(Math.random())],
    ['rope', wide + String(Math.random())],
  ];
  return (s) => kinds.find(([, example]) => sameMap(s, example))?.[0] ?? 'flat';
})();

/** Documents by the paths of their strings that are slices or ropes (`fields.*` for any field). */
function stringCensus(documents: readonly LogDocument[]): Record<string, number> {
  const census: Record<string, number> = { 'all flat': 0 };
  const visit = (path: string, value: unknown, found: Set<string>): void => {
    if (typeof value === 'string') {
      const kind = stringKind?.(value) ?? 'flat';
      if (kind !== 'flat') found.add(`${path} (${kind})`);
    } else if (value !== null && typeof value === 'object')
      for (const [key, v] of Object.entries(value))
        visit(path === '' ? key : `${path.split('.')[0]}.*`, v, found);
  };
  for (const d of documents) {
    const found = new Set<string>();
    visit('', d, found);
    if (found.size === 0) census['all flat'] = (census['all flat'] ?? 0) + 1;
    for (const key of found) census[key] = (census[key] ?? 0) + 1;
    const others = [...found].filter((k) => !/^(@timestamp|event_id) /.test(k));
    if (others.length === 0) census['flat but the ropes'] = (census['flat but the ropes'] ?? 0) + 1;
  }
  return census;
}

function dictionaryCensus(documents: readonly LogDocument[]): Record<string, number> {
  const census: Record<string, number> = {};
  const visit = (path: string, value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (!Array.isArray(value) && !hasFast?.(value)) census[path] = (census[path] ?? 0) + 1;
    if (Object.isFrozen(value)) census[`${path} (frozen)`] = (census[`${path} (frozen)`] ?? 0) + 1;
    for (const [key, v] of Object.entries(value)) visit(path === 'document' ? key : `${path}.*`, v);
  };
  for (const d of documents) visit('document', d);
  return census;
}

/** CPU time of `encode` a document, its text written into a buffer as `BulkBody.add` does (a rope is flattened there). */
function timeEncoder(documents: readonly LogDocument[], encode: (d: LogDocument) => string): number {
  const times: number[] = [];
  const buffer = Buffer.alloc(1 << 20);
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    for (const d of documents) sink += buffer.write(encode(d), 0);
    const used = process.cpuUsage(start);
    times.push(((used.user + used.system) * 1000) / documents.length);
  }
  if (sink === 0) throw new Error('nothing encoded');
  return median(times);
}

function timePerDocument(documents: readonly unknown[]): number {
  const times: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    for (const d of documents) sink += JSON.stringify(d).length;
    const used = process.cpuUsage(start);
    times.push(((used.user + used.system) * 1000) / documents.length);
  }
  if (sink === 0) throw new Error('nothing encoded');
  return median(times);
}

const documents = await benchDocuments();
const expected = documents.map((d) => JSON.stringify(d));
const twoByte = expected.filter((s) => [...s].some((c) => c.charCodeAt(0) > 0xff)).length;
console.log(
  `node ${process.version} (V8 ${process.versions.v8}) ${process.execArgv.join(' ')}; ${documents.length} documents, ` +
    `${Math.round(expected.reduce((n, s) => n + s.length, 0) / documents.length)} characters each on average, ` +
    `${twoByte} with a character above U+00FF`,
);
if (hasFast !== undefined) {
  console.log('not in fast mode / frozen:', JSON.stringify(dictionaryCensus(documents)));
  console.log('documents by strings not flat:', JSON.stringify(stringCensus(documents)));
}
const nameWidth = Math.max(...Object.keys(variants).map((name) => name.length));
for (const [name, make] of Object.entries(variants)) {
  if (values.only !== undefined && values.only !== name) continue;
  const copies = documents.map(make);
  copies.forEach((c, i) => {
    if (JSON.stringify(c) !== expected[i]) throw new Error(`${name}: document ${i} encodes differently`);
  });
  console.log(`${name.padEnd(nameWidth)} ${timePerDocument(copies).toFixed(0).padStart(6)} ns a document`);
}
for (const [name, encode] of Object.entries(encoders)) {
  if (values.only !== undefined && values.only !== name) continue;
  documents.forEach((d, i) => {
    if (encode(d) !== expected[i]) throw new Error(`${name}: document ${i} encodes differently`);
  });
  console.log(
    `${name.padEnd(nameWidth)} ${timeEncoder(documents, encode).toFixed(0).padStart(6)} ns a document`,
  );
}
