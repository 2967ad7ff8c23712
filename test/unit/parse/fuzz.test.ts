import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentsFromRecord } from '#core/log-document.ts';
import type { DecodedMskRecord } from '#core/msk-event.ts';
import { LOOSE_JSON_NOTE } from '#core/parse/formats/json.ts';
import { compileParser } from '#core/parse/index.ts';
import { lastSteps, STEP_BUDGET } from '#core/parse/structure.ts';
import type { ParsedLine } from '#core/parse/types.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { CONTENT_TYPE_HEADER, encodeChunk, WIRE_CONTENT_TYPE } from '#core/wire.ts';
import {
  anyJsonRecord,
  anySourceHead,
  CLOSING_LEVEL_LINE,
  COLONLESS_TAG_RECORD,
  DOTTED_CLOCK_HEAD,
  FUNCR_RECORD,
  FUZZ_LINE_KINDS,
  fuzzLine,
  fuzzSourceLines,
  GO_STAMPED_RECORD,
  HEAD_SLOT_COLUMNS,
  HOSTILE_XML_RECORD,
  headSlot,
  JSON_RECORD_KINDS,
  KINTO_SUMMARY_RECORD,
  L2TPNS_LINE,
  LOGGER_THREAD_DASH_RECORD,
  MOJO_RECORD,
  NEXTCLOUD_RECORD,
  ONS_LOG_RECORD,
  R88_RECORD,
  R91_RECORD,
  R94_RECORD,
  R98_RECORD,
  R101_RECORD,
  R102_RECORD,
  R104_RECORD,
  R105_RECORD,
  R106_RECORD,
  R107_RECORD,
  R108_RECORD,
  R109_RECORD,
  R110_RECORD,
  R111_RECORD,
  R112_RECORD,
  R113_RECORD,
  R114_RECORD,
  R115_RECORD,
  R116_RECORD,
  R117_RECORD,
  R118_RECORD,
  R119_RECORD,
  R120_RECORD,
  R121_RECORD,
  R122_RECORD,
  R123_RECORD,
  R124_RECORD,
  R125_RECORD,
  R126_RECORD,
  R127_RECORD,
  RAILS_TAGGED_RECORD,
  SMALL_LEVEL_RECORD,
  SOURCE_HEAD_GROUPS,
  SPRING_POOL_NAME_RECORD,
  sourceLinesOf,
  TRAILING_LEVEL_PAIRS_LINE,
  WRAPPED_RECORD,
  XML_RECORD_KINDS,
  YADIFA_LEVEL_LINE,
} from '../../support/fuzz-lines.ts';

const RECORDS = 2_000;
const LINES_PER_RECORD = 50;

describe('fuzz: generated lines through the whole ingest path', () => {
  it(`${RECORDS * LINES_PER_RECORD} generated lines: no throw, bounded steps, one serialisable document per line`, () => {
    const parse = compileServiceParsers(undefined, 'UTC');
    const receivedAt = Date.parse('2026-12-02T05:00:00Z');
    // A document's time: within the retention window, or a day ahead at most.
    const oldest = receivedAt - 7 * 86_400_000;
    const newest = receivedAt + 86_400_000;
    let lines = 0;
    fc.assert(
      fc.property(
        // Lines of no one source, or of one whose structure is learned (the learned-only readings).
        fc.oneof(
          fc.array(fuzzLine, { minLength: LINES_PER_RECORD, maxLength: LINES_PER_RECORD }),
          fuzzSourceLines(LINES_PER_RECORD),
        ),
        (batch) => {
          const record: DecodedMskRecord = {
            position: { topic: 'logs', partition: 0, offset: lines },
            timestamp: receivedAt,
            key: undefined,
            headers: new Map([[CONTENT_TYPE_HEADER, Buffer.from(WIRE_CONTENT_TYPE)]]),
            value: encodeChunk({
              v: 1,
              src: { kind: 'file', host: 'h', id: 's', service: 'fuzz' },
              t: receivedAt - 1000,
              lines: batch.map((m, o) => ({ o, m })),
            }),
          };
          // Work per line is bounded by construction: the header finder counts its steps.
          let mostSteps = 0;
          const counted: typeof parse = (raw, service, reference, source) => {
            const line = parse(raw, service, reference, source);
            mostSteps = Math.max(mostSteps, lastSteps);
            return line;
          };
          counted.learn = parse.learn;
          const docs = [...documentsFromRecord(record, { receivedAt, parse: counted, retentionDays: 7 })];
          expect(mostSteps).toBeLessThanOrEqual(STEP_BUDGET);
          lines += batch.length;
          expect(docs).toHaveLength(batch.length);
          // Asserted once per record, naming the times outside: `expect` costs microseconds a call,
          // and two per line made 200,000 of them.
          const outside: string[] = [];
          for (const doc of docs) {
            const day = Date.parse(doc['@timestamp']);
            if (!(day >= oldest && day <= newest)) outside.push(doc['@timestamp']);
            JSON.stringify(doc);
          }
          expect(outside).toEqual([]);
        },
      ),
      { numRuns: RECORDS },
    );
    expect(lines).toBe(RECORDS * LINES_PER_RECORD);
  });
});

describe('fuzz: JSON-shaped lines that are not JSON', () => {
  it('never throw, lose nothing, and never touch a valid JSON line', () => {
    const parser = compileParser({});
    const receivedAt = Date.parse('2026-12-02T05:00:00Z');
    let loose = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          R94_RECORD,
          fc.string({ maxLength: 60 }).map((text) => `{${text}}`),
        ),
        (raw) => {
          const line = parser(raw, receivedAt);
          JSON.stringify(line);
          if (line.parseError?.startsWith(LOOSE_JSON_NOTE) !== true) return;
          loose++;
          expect(line.fields.invalid_json === raw || line.message === raw).toBe(true);
          // review76: a key written twice is neither copy's, so the text cannot set the time.
          expect(line.timestampText).not.toBe('1999-01-01 00:00:00');
        },
      ),
      { numRuns: 3_000, seed: 7 },
    );
    fc.assert(
      fc.property(fc.object(), (obj) => {
        expect(parser(JSON.stringify(obj), receivedAt).parseError ?? '').not.toContain(LOOSE_JSON_NOTE);
      }),
      { numRuns: 1_000, seed: 7 },
    );
    expect(loose).toBeGreaterThan(0);
  });
});

describe('fuzz: XML records, hostile ones among them', () => {
  it('never throw, read one event each, fields that serialise, alone or in a learned source', () => {
    const receivedAt = Date.parse('2026-12-02T05:00:00Z');
    const parser = compileParser({});
    let read = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(...XML_RECORD_KINDS, { arbitrary: HOSTILE_XML_RECORD, weight: 1 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (lines) => {
          parser.learn('xml', lines, receivedAt);
          for (const raw of lines) {
            const line = parser(raw, receivedAt, 'xml');
            expect(line.parseError ?? '').not.toMatch(/^parser error/);
            expect(typeof line.message).toBe('string');
            JSON.stringify(line);
            if (line.format === 'xml') read++;
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
    expect(read).toBeGreaterThan(0);
  });
});

/**
 * The reach test's sources, each kind drawn apart with the same fixed seed, so every head, head column
 * and record kind is reached by construction and a head group added later shifts no other group's
 * lines: sources of each fixed head, of each shared head column among other slots, of each
 * random-slots group by its weight, with records of each kind, and of the whole mix for the
 * combinations. Each record kind's records (every constant record among them) are also read alone,
 * many, as a record reads the same in any source and costs little.
 */
const REACH_PER_FIXED_HEAD = 16;
const REACH_PER_HEAD_COLUMN = 8;
const REACH_PER_SLOTS_WEIGHT = 6;
const REACH_PER_RECORD_KIND = 4;
const REACH_RECORDS_ALONE = 2_000;
const REACH_MIXED = 100;
const RECORD_KINDS = [
  ...JSON_RECORD_KINDS,
  SMALL_LEVEL_RECORD,
  ...FUZZ_LINE_KINDS,
  ...XML_RECORD_KINDS,
  NEXTCLOUD_RECORD,
  KINTO_SUMMARY_RECORD,
  RAILS_TAGGED_RECORD,
  COLONLESS_TAG_RECORD,
  MOJO_RECORD,
  SPRING_POOL_NAME_RECORD,
  R88_RECORD,
  R91_RECORD,
  LOGGER_THREAD_DASH_RECORD,
  FUNCR_RECORD,
  ONS_LOG_RECORD,
  CLOSING_LEVEL_LINE,
  GO_STAMPED_RECORD,
  WRAPPED_RECORD,
  R94_RECORD,
  R98_RECORD,
  R101_RECORD,
  R102_RECORD,
  R104_RECORD,
  R105_RECORD,
  R107_RECORD,
  R109_RECORD,
  R108_RECORD,
  R106_RECORD,
  R110_RECORD,
  R111_RECORD,
  R113_RECORD,
  R112_RECORD,
  R114_RECORD,
  R115_RECORD,
  R116_RECORD,
  R117_RECORD,
  R119_RECORD,
  R118_RECORD,
  R120_RECORD,
  R121_RECORD,
  R122_RECORD,
  R123_RECORD,
  R124_RECORD,
  R125_RECORD,
  R126_RECORD,
  R127_RECORD,
];

/** The reach test's sources by the stratum that drew them (its name for `FUZZ_REACH_COUNTS=1`). */
function reachStrata(lines: number): { name: string; sources: string[][] }[] {
  const sample = <T>(source: fc.Arbitrary<T>, runs: number) => fc.sample(source, { seed: 7, numRuns: runs });
  const ofHead = (head: readonly (readonly string[])[], runs: number) =>
    sample(sourceLinesOf(fc.constant(head), anyJsonRecord, lines), runs);
  return [
    ...SOURCE_HEAD_GROUPS.flatMap((group, g) =>
      'slots' in group
        ? [
            {
              name: `slots group ${g}`,
              sources: sample(
                sourceLinesOf(group.slots, anyJsonRecord, lines),
                REACH_PER_SLOTS_WEIGHT * group.weight,
              ),
            },
          ]
        : group.heads.map((head, h) => ({
            name: `head ${g}.${h}`,
            sources: ofHead([head], REACH_PER_FIXED_HEAD),
          })),
    ),
    // Each shared column among other slots, as most sources write it.
    ...HEAD_SLOT_COLUMNS.map((column, c) => ({
      name: `column ${c}`,
      sources: sample(
        sourceLinesOf(
          fc
            .tuple(fc.array(headSlot, { maxLength: 2 }), fc.array(headSlot, { maxLength: 2 }))
            .map(([before, after]) => [...before, column, ...after]),
          anyJsonRecord,
          lines,
        ),
        REACH_PER_HEAD_COLUMN,
      ),
    })),
    ...RECORD_KINDS.map((record, r) => ({
      name: `records ${r}`,
      sources: sample(
        sourceLinesOf(anySourceHead, record, lines, fc.constantFrom(2, 3, 5)),
        REACH_PER_RECORD_KIND,
      ),
    })),
    {
      name: 'dotted clock in order',
      sources: ofHead([DOTTED_CLOCK_HEAD], REACH_PER_FIXED_HEAD).map((source) => [...source].sort()),
    },
    // r92: headless lines closing with their level pair, the whole source so that it learns the key.
    {
      name: 'headless level pairs',
      sources: sample(
        fc.array(TRAILING_LEVEL_PAIRS_LINE, { minLength: lines, maxLength: lines }),
        REACH_PER_FIXED_HEAD,
      ),
    },
    // r101: YADIFA's and l2tpns's lines alone, so that the source learns its column (review79).
    {
      name: "YADIFA's level letters",
      sources: sample(
        fc.array(YADIFA_LEVEL_LINE, { minLength: lines, maxLength: lines }),
        REACH_PER_FIXED_HEAD,
      ),
    },
    {
      name: "l2tpns's pairs of ids",
      sources: sample(fc.array(L2TPNS_LINE, { minLength: lines, maxLength: lines }), REACH_PER_FIXED_HEAD),
    },
    { name: 'mixed', sources: sample(fuzzSourceLines(lines), REACH_MIXED) },
    // Each kind's records read alone, many: a record is read the same in any source.
    {
      name: 'records alone',
      sources: [RECORD_KINDS.flatMap((record) => sample(record, REACH_RECORDS_ALONE))],
    },
  ];
}

/**
 * What each reading of the 5 December rounds (and lvl41's, msg42's, lvl42's, r43's to r48's) leaves on a line it read, so the reach
 * test can count the generated lines that got that far (the readings' own code keeps no count; `FUZZ_REACH_COUNTS=1`
 * prints the counts).
 */
const READINGS: Readonly<Record<string, (line: ParsedLine, raw: string) => boolean>> = {
  // ,350.350: the restated milliseconds are part of the time read.
  'doubled fraction': (line) => /,(\d{3})\.\1$/.test(line.timestampText ?? ''),
  // HH:mm:ss:ms of a source that learned it: the number read, the time cut to the second.
  'minute and second again': (line) =>
    /\d\d:\d\d:\d\d:[1-9]\d{1,3}$/.test(line.timestampText ?? '') && (line.timestamp ?? 1) % 1000 === 0,
  // A date read glued after a label's mark (`DEBUG:2026-…`, `worker-1:2026-…`, `#2026-…`).
  'date glued after a label': (line, raw) => {
    const at = line.timestampText === undefined ? -1 : raw.indexOf(line.timestampText);
    return (
      at > 0 &&
      /^\d{4}[-/.]\d\d[-/.]\d\d /.test(line.timestampText ?? '') &&
      /[^\s[(|]/.test(raw[at - 1] ?? ' ')
    );
  },
  'dash columns before a level': (line) =>
    line.level !== undefined && String(line.fields.header_columns ?? '').includes(' - '),
  'key=value pairs before a level': (line) =>
    line.level !== undefined && /\w=[^\s"]/.test(String(line.fields.header_columns ?? '')),
  // lvl41: Monolog's record read by its level_name over its number, or by its number alone.
  "Monolog's level name over its number": (line, raw) =>
    raw.includes('"level_name"') && line.level !== undefined && Number(line.fields.level) >= 100,
  "Monolog's number alone": (line, raw) =>
    !raw.includes('"level_name"') && line.level !== undefined && Number(line.fields.level) >= 100,
  // A bracketed scope opening with a level word, kept whole in the text.
  'scope in brackets, no level': (line) =>
    /\[(Error Handler|HTTP SERVER|ERROR HTTP|Info Panel)\]/.test(line.message),
  // A word filling the padded level's width: the time read one field earlier, the text after it.
  'word filling the level pad': (line, raw) =>
    /^(CRITICAL|EXCEPTION): APP \[/.test(raw) &&
    line.timestamp !== undefined &&
    !line.message.startsWith('APP ['),
  // msg42: a learned separator and empty bracket stepped over, a program's own prefix the logger.
  'separator stepped over': (line, raw) => raw.includes('~~> ') && !line.message.includes('~~>'),
  // Stepped over, or kept among the header's columns: no logger named `-`, no text opening `[-]`.
  'empty bracket as a column': (line, raw) =>
    raw.includes('[-]') && !line.message.includes('[-]') && line.logger !== '-',
  "program's prefix as logger": (line) => line.logger === 'buildtool',
  // lvl42: a level letter before `logger.func:line - `, a level opening its scope's bracket, `http`
  // as a level, and a flat OTel record's severity and nanosecond time.
  'level letter before a location': (line, raw) => /^[IEW] kuyruk\./.test(raw) && line.level !== undefined,
  'level opening its scope': (line) => line.logger === 'Main' || line.logger === 'Pool',
  "npm's http level": (line, raw) =>
    /(^|\s)http: /.test(raw) && line.level === 'INFO' && !line.message.startsWith('http:'),
  'OTel severity': (line, raw) => raw.includes('"severityNumber"') && line.level !== undefined,
  'OTel nanosecond time': (line) => /^\d{19}$/.test(line.timestampText ?? ''),
  // r43: a prefix glued to Go's date stepped over (the logger, or the level it spells), the program's
  // name kept in the text after a logger the header read, zerolog's PNC, a logger's own time key.
  "prefix glued to Go's date": (line) =>
    line.logger === 'App' && line.timestampText?.startsWith('2026/11/29') === true,
  "level glued to Go's date": (line, raw) =>
    raw.startsWith('WARN2026/') && line.level === 'WARN' && line.timestamp !== undefined,
  'program name kept after a logger': (line) =>
    line.logger === 'Nerve::Nerve' && line.message.startsWith('nerve:'),
  'PNC in a level column': (line, raw) => raw.includes('Z PNC') && line.level === 'FATAL',
  // The record's ISO timestamp (ranked first) kept in fields: a logger's own key was taken over it.
  "logger's own time over timestamp": (line, raw) =>
    raw.includes('"timestamp":"2026-11-30T') &&
    line.timestamp !== undefined &&
    line.fields.timestamp !== undefined,
  // r44: a compact year-last date read, a time from the closing JSON metadata, loguru's record.
  'compact year-last date': (line) => /^\d{8} \d\d:\d\d:\d\d/.test(line.timestampText ?? ''),
  'time from closing metadata': (line) =>
    line.timestampText !== undefined &&
    typeof line.fields.context === 'string' &&
    line.fields.context.includes(`"timestamp":${JSON.stringify(line.timestampText)}`),
  "loguru's serialized record": (line, raw) =>
    raw.startsWith('{"text"') && line.fields.record !== undefined && line.level !== undefined,
  // r45: a capitals level before a parenthesis after a program's tag, a level before a source
  // location in parentheses (the caller read), a phrase before a colon kept as text, a logger glued
  // to its line with a capital first.
  "level after a program's tag": (line, raw) =>
    /^[\w-]+\[\d+\]: [A-Z]+ \(/.test(raw) && line.level !== undefined && line.message.startsWith('('),
  'level before a source location': (line) =>
    line.level !== undefined && /^\w+\.c(pp)?:\d+$/.test(String(line.fields.caller ?? '')),
  'phrase before a colon, no level': (line) =>
    line.level === undefined && /(Streaming Error|Database Warning):/.test(line.message),
  'logger glued to its line': (line) =>
    line.logger?.startsWith('WikiApp.') === true && line.fields.line !== undefined,
  // r46: log4j 2 JsonLayout's instant and timeMillis, TensorFlow's letter before its caller, the
  // padded millisecond count, a closing JSON time under another logger key than `timestamp`.
  "JsonLayout's instant": (line, raw) =>
    raw.includes('"instant":{"epochSecond"') &&
    line.fields.instant === undefined &&
    line.timestamp !== undefined,
  "JsonLayout's timeMillis": (line, raw) =>
    raw.includes('"timeMillis":') && line.fields.timeMillis === undefined && line.timestamp !== undefined,
  'letter before a glog-style caller': (line, raw) =>
    /: [IWEF] tensorflow/.test(raw) && line.level !== undefined && !/^[IWEF] /.test(line.message),
  'padded millisecond count': (line) =>
    /\.0\d{3}$/.test(line.timestampText ?? '') &&
    (line.timestamp ?? 0) % 1000 === Number(line.timestampText?.slice(-4)),
  'time from closing metadata, another key': (line) =>
    line.timestampText !== undefined &&
    typeof line.fields.context === 'string' &&
    /"(ts|time|date)":/.test(line.fields.context),
  // r47: a time of day after `LEVEL:\t`, glog's letter over the text's level word, a tag's name.
  'time of day after LEVEL:': (line, raw) =>
    /^[A-Z]+:\t\d\d:\d\d:\d\d - /.test(raw) && line.timestamp !== undefined && !/^\d/.test(line.message),
  "glog's letter over the text's level": (line, raw) => raw.startsWith('W1130 ') && line.level === 'WARN',
  "level spelling in a tag's name": (line, raw) =>
    /^(error-handler|warn\.app|error_handler)\[3\]: /.test(raw) &&
    String(line.fields.header_columns ?? '').endsWith('[3]:') &&
    line.level !== undefined,
  // r48: the milliseconds again after a comma, unpadded, part of the time; Log4perl's `%c.%p:%P`.
  'comma milliseconds again': (line) => {
    const again = /,(\d{3}),(\d{1,3})$/.exec(line.timestampText ?? '');
    return again !== null && Number(again[1]) === Number(again[2]);
  },
  "Log4perl's category, level and pid": (line, raw) =>
    raw.includes('.system.INFO:41201 ') && line.level === 'INFO' && line.logger === 'openxpki.system',
  // r50: logrus's terminal fields after its padded message.
  "logrus's padded fields": (line, raw) =>
    /^[A-Z]{4}\[\d{4}\] /.test(raw) && line.fields.port !== undefined && !line.message.includes('port='),
  'logfmt record after a syslog tag': (line, raw) =>
    /\]: (time|level)=/.test(raw) && line.message === 'pull failed' && line.level !== undefined,
  "Python's module and line after the level": (line) =>
    ['server:109', 'transport:281', '__main__:33'].includes(String(line.fields.caller)) &&
    !/^(server|transport|__main__):/.test(line.message),
  // r49: a level glued by hyphens after the time, the module and line after it stepped over.
  'level glued by hyphens': (line, raw) =>
    /^[\d/ :,-]+-(INFO|WARNING|ERROR|DEBUG)-/.test(raw) &&
    line.level !== undefined &&
    !/^-?(INFO|WARNING|ERROR|DEBUG)-/.test(line.message),
  'module and line after a glued level': (line) =>
    /-line(:42)?$/.test(String(line.fields.header_columns ?? '')),
  "G4KLX's M letter": (line, raw) => raw.startsWith('M: 2026-') && line.level === 'INFO',
  'time of day after a bare level, kept': (line, raw) =>
    raw.startsWith('ERROR 12:00:00') && line.level === 'ERROR' && line.message.startsWith('12:00:00'),
  'one mark on every line, no level': (line, raw) =>
    raw.startsWith('\x1b[0m\x1b[1;3') && line.format === 'learned' && line.level === undefined,
  'status mark after a syslog tag': (line, raw) =>
    /innernet\[741\]: \[[*!]\] \S/.test(raw) && line.level !== undefined && !line.message.startsWith('['),
  // r53: the pairs after a message padded to the source's learned column, in fields.
  'pairs at the learned column': (line, raw) =>
    /^[A-Z]{3} 2026-11-29 /.test(raw) &&
    (line.fields.numThreads !== undefined ||
      line.fields.peer !== undefined ||
      line.fields.tid !== undefined) &&
    !/ (numThreads|peer|tid)=/.test(line.message),
  // r51: Python's joined LEVEL:name:func: field after the time, longer than a level field.
  'long joined Python field after the time': (line) =>
    (line.logger === 'tanner.session_manager' || line.logger === 'snare.tanner_handler') &&
    line.level !== undefined,
  // r54: cbang's short level glued between colons after its time, its context the logger;
  // TensorFlow's C++ letter before its caller among absl's lines; a logger's own time kept.
  "cbang's short level": (line, raw) =>
    /^\d\d:\d\d:\d\d:[EWID][ \d]:/.test(raw) &&
    line.level !== undefined &&
    !/^[EWID][ \d]:/.test(line.message),
  "TensorFlow's letter before its caller, per line": (line, raw) =>
    raw.includes(': I third_party/') && line.level === 'INFO' && line.fields.caller !== undefined,
  "URL-named thread glued to the logger's bracket": (line) =>
    String(line.fields.header_columns ?? '').includes('amqp://') && !line.message.includes('amqp://'),
  // The logger's own `time` to the second kept over the field's finer `timestamp` of that second.
  "logger's whole second over a finer field": (line, raw) =>
    raw.includes('"time":"2026-11-30T11:00:00+01:00"') &&
    line.timestamp === Date.parse('2026-11-30T10:00:00Z') &&
    line.fields.timestamp === '2026-11-30T10:00:00.100Z',
  // r52: the level prefix after a channel bracket ending in a level word, over that word.
  'level after a worded bracket': (line, raw) =>
    /\[Step Debug\] (ERR|WARN):/.test(raw) && (line.level === 'ERROR' || line.level === 'WARN'),
  // r52: a bare `pid:N` column learned on every sample line, its number the pid.
  'bare pid column': (line, raw) =>
    /^2026-11-30 \d\d:\d\d:\d\d pid:\d+/.test(raw) &&
    typeof line.fields.pid === 'number' &&
    !line.message.startsWith('pid:'),
  // r52: a URL in angle brackets opening every message, kept in the text, never a learned column.
  'URL in angle brackets kept': (line, raw) =>
    raw.startsWith('Cog-Core-Message: ') &&
    line.structure !== undefined &&
    line.message.startsWith('<https://'),
  // r52: RFC 822's date with a two-digit year, read whole (not `Nov 26` as a syslog date).
  "RFC 822's two-digit year": (line) =>
    /^[A-Z][a-z]{2}, \d\d? [A-Z][a-z]{2} \d\d \d\d:/.test(line.timestampText ?? '') &&
    line.timestamp !== undefined,
  // r55: a thread id glued by dashes after the time is no UTC offset: the time stays as written.
  'thread id after the time, no offset': (line, raw) =>
    /^\[06:\d\d:\d\d\.\d{3}-00\d\d-[A-Z]{3}\] /.test(raw) &&
    line.timestamp !== undefined &&
    new Date(line.timestamp).getUTCMinutes() === Number(raw.slice(4, 6)),
  // r55: a tool's constant tag opening its time-less, level-less lines, stepped over as a column.
  "tool's tag on bare lines": (line, raw) =>
    raw.startsWith('[Devtool] ') && line.logger === 'Devtool' && !line.message.startsWith('[Devtool]'),
  // r56: a small level number read on syslog's scale only where the record names it (GELF, the journal).
  'small level on an unnamed scale kept': (line, raw) =>
    raw.includes('"reqId":"Xk3v"') &&
    !raw.includes('"short_message"') &&
    line.level === undefined &&
    (line.fields.level === 2 || line.fields.severity === 4),
  // r76: Nextcloud's and ownCloud's record, its 0–2 or 4 read on their own scale, not syslog's.
  "Nextcloud's own level scale": (line, raw) => {
    const n = /"level":([0-24])[,}]/.exec(raw)?.[1];
    return (
      n !== undefined &&
      raw.includes('"reqId":"') &&
      line.level === ['DEBUG', 'INFO', 'WARN', undefined, 'FATAL'][Number(n)]
    );
  },
  // r80: go-logr's funcr record, its V-level before `msg` an Info record's verbosity: INFO.
  "funcr's V-level": (line, raw) =>
    /^\{"logger":"(git-sync)?","ts":"[^"]+","caller":\{[^}]+\},"level":[0-4],"msg":/.test(raw) &&
    line.level === 'INFO',
  // r83: the ONS log.go record, its 0–3 read on its own scale counting down from FATAL.
  "ONS log.go's own severity scale": (line, raw) => {
    const n = /"severity":([0-3])[,}]/.exec(raw)?.[1];
    return (
      n !== undefined &&
      raw.includes('"namespace":"') &&
      !raw.includes('"facility"') &&
      line.level === ['FATAL', 'ERROR', 'WARN', 'INFO'][Number(n)]
    );
  },
  // r83: a level pair among the pairs closing a line past its first 200 characters.
  'level pair closing a long line': (line, raw) => {
    const word = / (?:LogLevel|logLevel|level)=(INFO|WARNING|ERROR) LoggerName=OUTBOUND$/.exec(raw)?.[1];
    return (
      word !== undefined &&
      raw.length > 260 &&
      line.level === (word === 'WARNING' ? 'WARN' : word) &&
      line.message.endsWith('LoggerName=OUTBOUND')
    );
  },
  "GELF's syslog level": (line, raw) =>
    raw.includes('"short_message":"disk full"') && raw.includes('"level":2') && line.level === 'FATAL',
  // r62: a learned level column after an Apache-style ctime bracket (`leavesLearnedLevel`).
  'level column after a ctime bracket': (line, raw) =>
    raw.startsWith('[Mon Nov 30 06:01:10 2026] irc1.example.net flood.BLOCKED warn:') &&
    line.format === 'apache_error' &&
    line.level === 'WARN',
  // r62: signale's badge and label after its `›` and a scope (`takeSignaleBadge`).
  "signale's badge and label after a scope": (line, raw) =>
    raw.startsWith('[1:04:38 PM] › [CLI] …  awaiting ') &&
    line.level === 'INFO' &&
    line.fields.header_columns === '› [CLI]',
  // r63: a compact date, a space and a compact time opening the line (`compactSpacedShape`).
  'compact date and time apart by a space': (line) =>
    /^20261129 \d{6}([.,]\d{3})?$/.test(line.timestampText ?? ''),
  // r63: a year-first date joined to its time by `_UTC_` or `_GMT_` (`utcWordJoinerEnd`).
  'date joined by the word of UTC': (line) => /_(UTC|GMT)_/.test(line.timestampText ?? ''),
  // r63: a duration before `elapsed` or `cpu time` reads no time of day (`durationWordAfter`).
  'duration before elapsed, no time': (line, raw) =>
    /^(0:17:33 elapsed|0:01:02 cpu time|00:03:15 elapsed)/.test(raw) &&
    line.timestampText?.endsWith(raw.slice(0, 7)) !== true,
  // r64: a title-case `[Alert]` in a bracket of names, no level (`severeWordsAreNames`, `unreadSevereName`).
  'severe word as a sender name': (line, raw) =>
    /^2026-11-29 19:20:1[12] \[(Alert|Emergency)\]/.test(raw) &&
    line.timestamp !== undefined &&
    line.level === undefined,
  // r64: a name glued to the level by a slash after a full date (`slashTagEnd`).
  'slash-glued name after a full date': (line, raw) =>
    raw.startsWith('2026/11/29 06:00:02 [info/Application]') &&
    line.level === 'INFO' &&
    !line.message.includes('/Application]'),
  // r64: a trailing `(caller, LEVEL)` cut off, the caller kept (`cutTrailingLevel`).
  'trailing caller and level cut': (line, raw) =>
    /, (INFO|WARNING)\)$/.test(raw) &&
    line.fields.caller !== undefined &&
    !/, (INFO|WARNING)\)$/.test(line.message),
  // r64: G4KLX's letters beside a record-kind `A:`, read with no level (`isRecordKindLetter`).
  'record-kind letter beside G4KLX letters': (line, raw) =>
    raw.startsWith('A: 2026-11-30 04:12:44.906') && line.timestamp !== undefined && line.level === undefined,
  // r65: a learned dotted time of day with no date (`dottedTimeOfDayShape`).
  'dotted time of day': (line) => /^\d\d\.\d\d\.\d\d$/.test(line.timestampText ?? ''),
  // r72: a record written as one XML element, its time and level read (`xml-record.ts`).
  'XML record': (line) => line.format === 'xml' && line.timestamp !== undefined && line.level !== undefined,
  // r66: a severity identifier of seven capitals (`idBodyEnd`).
  'seven-capital severity id': (line, raw) =>
    raw.startsWith('JVMPORT030W Setting') && line.level === 'WARN' && line.fields.code === 'JVMPORT030W',
  // r71: a header joined by hyphens after the time, its level one of the fields (`hyphen-header.ts`).
  'level in a hyphen-joined header': (line, raw) =>
    /^2026[-/]11[-/]30[ -]05:\d\d:\d\d[,.]\d{3}-\S*-(INFO|WARNING|WARN|ERROR)-/.test(raw) &&
    line.level !== undefined &&
    raw.endsWith(line.message) &&
    /-(INFO|WARNING|WARN|ERROR)-$/.test(raw.slice(0, raw.length - line.message.length)),
  // r71: GLib's level name glued to a source location (`location-level.ts`, dionaea).
  'level name glued to a source location': (line, raw) =>
    /\.(c|py):\d+-(info|message|warning): /.test(raw) &&
    line.level !== undefined &&
    /^[\w/]+\.(c|py):\d+$/.test(String(line.fields.caller)),
  // r71: logfmt whose reserved keys carry a sigil (`$level=`, `$msg=`), over an unmarked `level=` pair.
  'logfmt keys behind a sigil': (line, raw) =>
    raw.startsWith('$time=17960484') &&
    line.format === 'logfmt' &&
    (line.level === 'WARN' || line.level === 'ERROR') &&
    (line.message === 'unknown domain' || line.message === 'request error'),
  // r73: vibe.d's `[thread(task) LVL]` after a syslog tag (`takeThreadTaskBracket`).
  "vibe.d's thread and task bracket": (line, raw) =>
    raw.startsWith('Nov 23 10:03:40 api-03 linkd[915]: [main(Gk2P) WRN]') &&
    line.level === 'WARN' &&
    line.fields.task === 'Gk2P',
  // r73: Percona Toolkit's stamp joined by underscores throughout (`yyyy_MM_dd_HH_mm_ss`).
  "Percona Toolkit's underscore stamp": (line) =>
    /^2026_11_26_09_(02_17|49_20)$/.test(line.timestampText ?? ''),
  // r73: Ruby's caller before the text, one field with its method (`rubyCallerEnd`).
  "Ruby's caller location": (line) =>
    line.fields.caller === "config.rb:171:in `loadconfig'" ||
    line.fields.caller === "agents.rb:95:in `rescue in activate_agent?'",
  // r73: Crystal's `Log` context glued to its source in a learned logger column (`metadataBracketEnd`).
  "Crystal's Log context": (line, raw) =>
    raw.startsWith('2026-11-24T07:58:43.880412Z  INFO amqproxy.channel_pool[client: ') &&
    line.logger === 'amqproxy.channel_pool' &&
    line.fields.context === 'client: "198.51.100.17:48812"',
  // r74: go-ethereum's terminal stamp after a syslog header, its clock to the millisecond (`dropTerminalStamp`).
  "go-ethereum's terminal stamp after a syslog header": (line, raw) =>
    raw.startsWith('Nov 30 13:04:17 node-7 geth[4121]: ERROR[11-30|') &&
    line.timestamp === Date.parse('2026-11-30T13:04:17.362Z') &&
    line.level === 'ERROR',
  // r74: log4js's MARK, a notice where a level is expected, in capitals (`CAPITALS_ONLY`).
  "log4js's MARK after a time": (line, raw) =>
    raw.startsWith('[07:30:01.208][MARK]') && line.level === 'NOTICE',
  // r74: signale's scoped line with no time (`parseScopedSignale`).
  "signale's scoped line": (line, raw) =>
    raw.startsWith('[Lavamusic] › 📝  log ') &&
    line.level === 'INFO' &&
    line.fields.header_columns === '[Lavamusic] ›',
  // r74: the `debug` package's namespace after its ISO stamp (`takeDateNamespace`).
  "debug's namespace after its ISO stamp": (line, raw) =>
    raw.startsWith('2026-11-26T14:03:11.204Z ioredis:redis') &&
    line.logger === 'ioredis:redis' &&
    line.level === 'DEBUG',
  // r74: semantic_logger's class name before ` -- ` (`takeSemanticLoggerName`).
  "semantic_logger's class name": (line, raw) =>
    raw.startsWith('2026-11-28 05:59:58.402117 I [1:main] RocketJob::Server --') &&
    line.logger === 'RocketJob::Server' &&
    line.fields.thread === '1:main',
  // r75: YaCy's logger name in capitals after its levelled time (`capitalsNameEnd`).
  'logger name in capitals': (line, raw) =>
    /^[IWD] 2026\/11\/21 06:40:0\d (STARTUP|CRAWLER|DHT-OUT) /.test(raw) &&
    line.logger === raw.split(' ')[3] &&
    raw.slice(22 + (line.logger ?? '').length).trim() === line.message,
  // r75: Hyphanet's `(class, thread, LEVEL): ` header, its level and class read (`readFredHeader`).
  "Hyphanet's header": (line, raw) => {
    const name = /^Nov 24, 2026 08:14:0\d:\d{3} \(([\w.]+), [^)]*\)?, (NORMAL|MINOR|ERROR)\): /.exec(raw);
    return (
      name !== null &&
      line.logger === name[1] &&
      line.level === ({ NORMAL: 'INFO', MINOR: 'DEBUG', ERROR: 'ERROR' } as const)[name[2] as 'NORMAL']
    );
  },
  // r78: a logger time key among the pairs closing a line with no time (`takeClosingPairsTime`).
  'time from closing pairs': (line, raw) =>
    raw.startsWith('"') &&
    raw.includes(' (12 ms)  agent=kinto-http.js') &&
    line.timestampText !== undefined &&
    raw.includes(` time=${line.timestampText}`),
  // r75: Analog's syslog severity digit between lone dashes after the time (`isDashSlot`).
  'severity digit between dashes': (line, raw) => {
    const digit = /2026-11-25 06:58:1\d - ([3-7]) - /.exec(raw)?.[1];
    return (
      digit !== undefined &&
      line.structure?.includes('level severity 1 field after it') === true &&
      line.level === ['ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG'][Number(digit) - 3]
    );
  },
  // r77: mORMot's `TSynLog` stamp and level column, its own words read (`mormotLevel`).
  "mORMot's level column": (line, raw) => {
    const word = /^20261201 213\d{5} {2}(info|srvr|SQL|EXC|warn) /.exec(raw)?.[1];
    const levels = { info: 'INFO', srvr: 'DEBUG', SQL: 'DEBUG', EXC: 'ERROR', warn: 'WARN' } as const;
    return (
      word !== undefined &&
      line.structure?.includes('level (mORMot)') === true &&
      line.level === levels[word as keyof typeof levels]
    );
  },
  // review65: mORMot's level column after its thread column (`mormotWordAfterThread`), `+` a thread.
  "mORMot's level after its thread column": (line, raw) => {
    const word = /^20261201 2140\d{4} {2}[!+-] {1,2}(info|srvr|ERROR|\+) /.exec(raw)?.[1];
    const levels = { info: 'INFO', srvr: 'DEBUG', ERROR: 'ERROR', '+': 'DEBUG' } as const;
    return (
      word !== undefined &&
      line.structure?.includes('level (mORMot)') === true &&
      line.level === levels[word as keyof typeof levels]
    );
  },
  // r77: WPS's `---` after the time, `INFORM:` read where a level is expected (`isDashField`).
  "WPS's INFORM after its dashes": (line, raw) =>
    raw.startsWith('2026-12-01 06:41:03.218 --- INFORM: ') &&
    line.level === 'INFO' &&
    !line.message.startsWith('---') &&
    !line.message.startsWith('INFORM'),
  // r80: SPIP's gravity after its whole header (`takeSpipHeader`), the header to header_columns.
  "SPIP's gravity after its header": (line, raw) =>
    raw.startsWith('2026-12-01 06:58:21 198.51.100.9 (pid 4132) :Pub:ERREUR: ') &&
    line.level === 'ERROR' &&
    line.fields.header_columns === '198.51.100.9 (pid 4132) :Pub',
  // review66: a level word where SPIP's address stands keeps the line's level (`CLIENT_ADDRESS`).
  "SPIP's look-alike keeps its level": (line, raw) =>
    raw.startsWith('2026-12-01 06:58:24 ERROR (pid 4135) :Pub:debug: ') && line.level === 'ERROR',
  // r79: LoggerPro's tag closing the line, and the context after it (`tagContextLength`).
  "LoggerPro's closing tag": (line, raw) =>
    raw.includes('[TID ') &&
    (line.logger === 'dmvcframework' || line.logger === 'orders') &&
    !line.message.includes('[dmvcframework]') &&
    !line.message.includes('[orders]'),
  // r84: Tomcat's container logger, its path segments in brackets, in Spring Boot's frame.
  "Tomcat's bracketed container logger": (line, raw) =>
    raw.includes('o.a.c.c.C.[Tomcat].[localhost].[/]') &&
    line.logger === 'o.a.c.c.C.[Tomcat].[localhost].[/]' &&
    !line.message.includes('[Tomcat]'),
  // r84: a JSON record after Go's stamp (`takeJsonPayload`): its text and its syslog severity.
  'a GELF record after Go’s stamp': (line, raw) =>
    raw.startsWith('2026/11/27 09:14:01 {"version":"1.1"') &&
    raw.includes('"short_message":"Analysis started:  [rid]"') &&
    line.message === 'Analysis started:  [rid]' &&
    line.timestamp !== undefined,
  // r84: a logger's record wrapped under another key (`takeWrappedRecord`): its message the line's.
  "a wrapped record's message": (line, raw) =>
    raw.includes('"data":{"message":{"status":"started","metadata":{"port":3000}},"level":"info"') &&
    line.message === '{"status":"started","metadata":{"port":3000}}',
  // r86: Rails' request id tag opening a headerless line (`takeRequestIdTag`), as the logger.
  "Rails' request id tag": (line, raw) =>
    /^\[[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\] +C/.test(raw) &&
    line.logger === raw.slice(1, 37) &&
    line.message.startsWith('Completed'),
  // r86: the time of Rails' request-start line with no header (`takeRequestStartTime`).
  "Rails' request-start time": (line, raw) =>
    /^\[[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\] +Started GET/.test(raw) &&
    line.timestamp === Date.parse('2026-11-29T09:13:01Z'),
  // r87: a level word after a syslog tag no colon ends (`readTagBeforeLevel`).
  'a level word after a colon-less syslog tag': (line, raw) =>
    /^Nov 26 17:58:40 localhost [\w.]+(\[\d+\])? [A-Z]+ /.test(raw) &&
    line.service !== undefined &&
    line.level !== undefined &&
    raw.endsWith(` ${line.message}`),
  // r87: Mojolicious' request id after Mojo::Log's header (`takeMojoHeader`).
  "Mojolicious' request id": (line, raw) =>
    raw.startsWith('[2026-11-27 08:14:38.51207] [1206] [trace] [') &&
    line.fields.pid === 1206 &&
    typeof line.fields.context === 'string' &&
    raw.includes(`] [${line.fields.context}] `),
  // review71: Mojo's text after the context as written, a column's look-alike kept.
  "Mojolicious' text after its request id": (line, raw) =>
    raw.startsWith('[2026-11-27 08:14:38.51207] [1206] [trace] [7f3kQz9a] ') &&
    line.fields.context === '7f3kQz9a' &&
    line.logger === undefined &&
    /^(- |com\.example\.Jobs - )retry 2$/.test(line.message),
  // r87 (reach added in review71): HikariCP's pool name after Spring Boot's `logger : ` column.
  "HikariCP's pool name after Spring Boot's logger column": (line, raw) =>
    raw.includes('.HikariDataSource ') &&
    line.logger?.endsWith('.HikariDataSource') === true &&
    line.message.startsWith('HikariPool-1 - '),
  // r87: logback's `%c{1} [%t] - ` after a level (`loggerThreadDashEnd`).
  'a logger, its thread and a dash after the level': (line, raw) =>
    raw.startsWith('INFO  2026-11-29 09:58:02.431 GMT+0100 ') &&
    line.logger === 'DispatcherServlet' &&
    line.fields.thread !== undefined &&
    line.message === 'Completed initialization in 2 ms',
  // r94: a JSON-shaped line that is not JSON read by its pairs (`readLooseJson`), the line kept;
  // logback's date glued to `T`; a bracketed `class.method` past 64 characters after the thread.
  'a broken JSON line read by its pairs': (line, raw) =>
    line.parseError?.startsWith(LOOSE_JSON_NOTE) === true &&
    (line.fields.invalid_json === raw || line.message === raw),
  "logback's day-first date glued to T": (line) => line.timestampText === '24-Nov-2026T09:30:00.118',
  'a long class and method after the thread': (line, raw) =>
    raw.includes('[Thread-11][de.willuhn.') && line.message === 'synchronizing account',
  // r92: the level pair closing a headerless line, under its source's learned key (`readTrailingLevelPairs`).
  'level pair closing a headerless line': (line, raw) =>
    line.format === 'plain' &&
    line.level !== undefined &&
    line.fields.process === 'ForkPoolWorker-4' &&
    raw.startsWith(`${line.message} level=`),
  // r91: a level glued to a hyphen after the time (`levelGluedToDash`), Spring Boot's columns after
  // a pid with no `---` (`isThreadLoggerColumn`), an unquoted `message=` after a level pair
  // (`takeUnquotedMessagePair`).
  'a level glued to a hyphen after the time': (line, raw) =>
    raw.startsWith('2026-11-26 09:00:01.124 -DEBUG ') && line.level === 'DEBUG',
  "Spring Boot's columns after a pid alone": (line, raw) =>
    raw.includes(' 2731 [') &&
    line.fields.pid === 2731 &&
    line.logger?.endsWith('Operator') === true &&
    line.message === 'Started in 8.4 seconds',
  'an unquoted message pair after a level pair': (line, raw) =>
    raw.includes('level=') && line.level !== undefined && line.message === 'Running tap: 3 tables',
  "LoggerPro's context after its tag": (line, raw) =>
    raw.endsWith('{order_id=1043, reason="no stock"}') &&
    line.fields.context === 'order_id=1043, reason="no stock"',
  // r98: Evennia's `[EE]` after the time, Unreal's category and verbosity, pretty_env_logger's
  // unpadded widest target.
  "Evennia's doubled letters after the time": (line, raw) =>
    raw.startsWith('2026-11-24 08:19:24 [EE] ') && line.level === 'ERROR',
  "Unreal's category and verbosity": (line, raw) =>
    raw.includes(']LogNet: Warning: ') && line.logger === 'LogNet' && line.level === 'WARN',
  "pretty_env_logger's unpadded target": (line, raw) =>
    raw.includes('lazymc > ') && line.logger === 'lazymc' && !line.message.includes('lazymc >'),
  // r99 and r100 (reach added in review78): YAZ's day and month and its server level name, syslog's
  // priority name before Hubzilla's logid, EasySwoole's level beside its category and its message
  // unwrapped after ` : `.
  "YAZ's day and month and level name": (line, raw) =>
    raw.startsWith('06:31:44-28/11 zebrasrv(2) [session] ') &&
    line.timestamp === Date.parse('2026-11-28T06:31:44Z') &&
    line.level === 'INFO',
  "syslog's priority name before a logid": (line, raw) =>
    raw.includes(':LOG_ERR:e20b6c7a51:Deliver.php:58:run: ') && line.level === 'ERROR',
  "EasySwoole's level beside its category": (line, raw) =>
    raw.startsWith('[2026-11-25 09:18:05][DEBUG][ERROR] : [') && line.level === 'ERROR',
  "EasySwoole's message unwrapped": (line, raw) =>
    raw.startsWith('[2026-11-25 09:14:03][DEBUG][INFO] : [') &&
    raw.endsWith(']') &&
    raw.endsWith(`${line.message}]`) &&
    line.message.charCodeAt(0) !== 91,
  // r101: YADIFA's letter column, blitiri.com.ar/go/log's letter and caller, l2tpns's pair of ids (review79).
  "YADIFA's level letter in its column": (line, raw) =>
    raw.includes(' |   system | ') &&
    line.level !== undefined &&
    !line.message.includes(' | ') &&
    !String(line.fields.header_columns ?? '').includes(raw.charAt(raw.indexOf(' |   system | ') + 14)),
  "blitiri's letter and Go caller": (line, raw) =>
    raw.includes(' dnss[702]: ') && line.level !== undefined && /\.go:\d+$/.test(String(line.fields.caller)),
  "l2tpns's pair of ids": (line) => /^\d+\/\d+$/.test(String(line.fields.header_columns)),
  // r102: Service Desk Manager's stdlog level column, Rich's dash-joined microseconds.
  "the stdlog's level column": (line, raw) =>
    raw.includes(' SIGNIFICANT  daemon_obj.c 1287 ') &&
    line.level === 'NOTICE' &&
    !line.message.includes('1287'),
  "Rich's dash-joined microseconds": (line, raw) =>
    raw.startsWith('08:12:03-004512 ') && line.timestamp === Date.parse('2026-12-01T08:12:03.004Z'),
  // r103 (reach added in review80): tracing's span context before its target, hivemind's caller
  // after its level. lmcache's trailing caller ends a line, which no head reaches (its class test).
  "tracing's span context": (line, raw) =>
    raw.includes(' INFO rdp{client=203.0.113.44:61208}: devolutions_gateway::rdp_pcb: ') &&
    line.fields.span === 'rdp{client=203.0.113.44:61208}' &&
    line.logger === 'devolutions_gateway::rdp_pcb',
  "hivemind's caller after its level": (line, raw) =>
    raw.startsWith('Nov 24 09:23:02.871 [WARN] [petals.server.server.run:748] ') &&
    line.fields.caller === 'petals.server.server.run:748',
  // r105: slog-term's own date and level after a syslog tag, Bochs's tick, event letter and device.
  "slog-term's date and level after a tag": (line, raw) =>
    raw.includes(']: Nov 28 09:03:11.402 ERRO ') &&
    line.level === 'ERROR' &&
    line.timestamp === Date.parse('2026-11-28T09:03:11.402Z'),
  "slog-term's date behind a dated relay of last year (review83)": (line, raw) =>
    raw.startsWith('<14>1 2025-11-28T09:03:11Z ') &&
    line.level === 'ERROR' &&
    line.timestamp === Date.parse('2025-11-28T09:03:11.402Z'),
  "Bochs's event letter and device": (line, raw) =>
    raw.startsWith('00040112730e[HD    ] ') && line.level === 'ERROR' && line.logger === 'HD',
  // r104 (reach added in review82): log4j 2's two-letter level between the thread and a dotted
  // logger, xPDO's `(LEVEL in def @ file : line) ` group after MODX's bracketed time.
  "log4j 2's two-letter level": (line, raw) =>
    raw.includes('[main] IN o.a.r.w.u.c.RollerContext - ') &&
    line.level === 'INFO' &&
    line.logger === 'o.a.r.w.u.c.RollerContext',
  "xPDO's group after the time": (line, raw) =>
    raw.startsWith('[2026-11-21 06:14:37] (ERROR in modSnippet @ /var/www/x.php : 27) ') &&
    line.logger === 'modSnippet' &&
    line.fields.caller === '/var/www/x.php:27',
  // r107: libfabric's fi_log prefix, the InfiniBand tools' `ibwarn: [pid] func: `, a level word
  // glued to its thread's bracket after a syslog tag.
  "libfabric's fi_log prefix": (line, raw) =>
    raw.startsWith('libfabric:48213:1795511642::verbs:') &&
    line.timestamp === 1_795_511_642_000 &&
    line.logger === 'verbs',
  "the InfiniBand tools' ibwarn tag": (line, raw) =>
    raw.startsWith('ibwarn: [7311] sim_ctl: ') && line.level === 'WARN' && line.fields.caller === 'sim_ctl',
  "a level word glued to its thread's bracket": (line, raw) =>
    raw.includes('fm0_sm[3187]: PROGR[topology]: SM: topology_main: ') &&
    line.level === 'INFO' &&
    line.fields.thread === 'topology' &&
    line.fields.caller === 'topology_main',
  // r109 (reach added in review85): UVM's report, Questa's message, Cadence's message, Hammer's line.
  "UVM's report": (line, raw) =>
    raw.includes('UVM_INFO t.sv(64) @ 120000: uvm_test_top.env [CFG] ') &&
    line.level === 'INFO' &&
    line.fields.sim_time === '120000' &&
    line.logger === 'uvm_test_top.env',
  "Questa's message": (line, raw) =>
    raw.includes('** Error (suppressible): a.sv(12): (vlog-2388) ') &&
    line.level === 'ERROR' &&
    line.fields.code === 'vlog-2388',
  "Cadence's message": (line, raw) =>
    raw.startsWith('xmelab: *W,CUVMPW (a.sv,118|27): ') &&
    line.level === 'WARN' &&
    line.fields.code === 'CUVMPW',
  "Hammer's line": (line, raw) =>
    raw.startsWith('[synthesis] [Exec yosys -c /b...] Level.DEBUG: ') &&
    line.format === 'hammer' &&
    line.logger === 'synthesis',
  // r106: those two readings through a container runtime's or engine's carrier.
  "xPDO's group carried by a runtime": (line, raw) =>
    raw.includes(' stdout F [2026-11-21 06:14:37] (ERROR in modSnippet @ /var/www/x.php : 27) ') &&
    line.logger === 'modSnippet' &&
    line.fields.stream === 'stdout',
  "log4j 2's two letters carried by Docker's json-file": (line, raw) =>
    raw.startsWith('{"log":"2026-11-23 05:58:02,114 [main] IN o.a.r.w.u.c.RollerContext - ') &&
    line.level === 'INFO' &&
    line.logger === 'o.a.r.w.u.c.RollerContext' &&
    line.fields.stream === 'stderr',
  // r111: a program's own header behind a syslog relay's, the relay's host and tag kept.
  "a program's header behind RFC 3164's relay": (line, raw) =>
    raw.startsWith('Nov 28 10:11:12 web-3 prog[812]: 2026-11-28 10:11:12,450 ERROR [http-2] ') &&
    line.level === 'ERROR' &&
    line.message === 'card declined' &&
    line.host === 'web-3' &&
    line.fields.pid === 812,
  "a program's level over RFC 5424's priority": (line, raw) =>
    raw.startsWith('<14>1 2026-11-28T10:11:12.000Z web-3 prog 812 - [meta@32473 note="a]b"] WARNING:root:') &&
    line.level === 'WARN' &&
    line.service === 'prog',
  // r110: Python's thread id joined by colons between the time and the level, BOINC's MSG_LOG kind.
  "Python's thread id joined before the level": (line, raw) =>
    raw.startsWith('2026-11-25 14:02:11,407:140027318425408:') &&
    line.timestamp === Date.parse('2026-11-25T14:02:11.407Z') &&
    line.level !== undefined &&
    line.logger !== undefined &&
    raw.endsWith(line.message),
  "BOINC's kind after its pid": (line, raw) =>
    raw.startsWith('2026-11-27 16:20:07.3182 [PID=23817] normal   ') &&
    line.level === 'INFO' &&
    line.fields.pid === 23817,
  // r112: TinyMUX's header after its stamp, ToastStunt's severity mark after its ctime stamp.
  "TinyMUX's category after its stamp": (line, raw) =>
    raw.startsWith('2026.1130:110316 Duskmere NET/CONN : ') &&
    line.logger === 'NET/CONN' &&
    line.fields.mud_name === 'Duskmere' &&
    line.level === undefined,
  "ToastStunt's severity mark": (line, raw) =>
    raw.startsWith('Nov 30 15:08:29: *** ') && line.level === 'ERROR' && raw.endsWith(line.message),
  // r114: go-ns's `event` level and `data.message`, Flask's closing location, Python's file and line.
  "go-ns's event level and data message": (line, raw) =>
    raw.includes('"event":"request"') &&
    raw.includes('"message":"Start requesting"') &&
    line.level === 'INFO' &&
    line.message === 'Start requesting',
  "Flask's closing location": (line, raw) =>
    raw.endsWith(' [in /usr/src/app/OpenOversight/app/__init__.py:58]') &&
    line.fields.caller === '/usr/src/app/OpenOversight/app/__init__.py:58' &&
    !line.message.includes('[in '),
  "Python's file and line apart by a space": (line, raw) =>
    raw.startsWith('2026-11-30 12:40:09,733 [WARNING] base.py 152: ') &&
    line.level === 'WARN' &&
    line.fields.caller === 'base.py 152',
  // r115: werkzeug's request time through basicConfig; a message's own colour codes dropped.
  "werkzeug's request time after basicConfig's header": (line, raw) =>
    raw.startsWith('INFO:werkzeug:198.51.100.23 - - [30/Nov/2026 16:05:41] "') &&
    line.timestamp === Date.parse('2026-11-30T16:05:41.000Z') &&
    line.logger === 'werkzeug',
  "a message's own colour codes dropped": (line, raw) =>
    raw.startsWith('D, [2026-11-30T09:14:02.327046 #31] DEBUG -- : [') &&
    raw.includes('\u001b[1m\u001b[36mUser Load (0.7ms)') &&
    line.message.startsWith('User Load (0.7ms)  BEGIN'),
  // r116: Gwenhywfar's log line (AqBanking), and a name and ` - ` after a level's own colon kept in the text.
  "Gwenhywfar's priority, ident and caller": (line, raw) =>
    raw.includes(':2026/11/30 06-00-01:aqhbci(20411):cbox_queue.c:  612: ') &&
    line.format === 'gwen_log' &&
    line.logger === 'aqhbci' &&
    line.fields.caller === 'cbox_queue.c:612',
  "a name and dash after a level's own colon": (line, raw) =>
    raw.includes('info: QuotesModel::handleQuoteRequest - ') &&
    line.level === 'INFO' &&
    line.logger === undefined &&
    line.message.startsWith('QuotesModel::handleQuoteRequest - '),
  // r117: dash-joined columns before the level, a logger's address and port, Celery's bracket.
  "Python's dash-joined columns before the level": (line, raw) =>
    raw.startsWith(
      '[2026-11-30 14:03:52,520] - eud_handler[2187] - EudHandler - handle_auth - 408 - INFO - ',
    ) &&
    line.level === 'INFO' &&
    line.fields.header_columns === 'eud_handler[2187] - EudHandler - handle_auth - 408',
  "a logger's address and port": (line, raw) =>
    raw.startsWith('INFO:SocketTAKClient@198.51.100.31:40122:') &&
    line.logger === 'SocketTAKClient@198.51.100.31:40122',
  "Celery's bracket before the text's": (line, raw) =>
    raw.startsWith('[2026-11-30 15:01:01,506: INFO/ForkPoolWorker-1] [') &&
    line.logger === 'ForkPoolWorker-1' &&
    line.message.startsWith('['),
  // r118: a bracket's stamp to the minute, `log` under a level key, an arrow after a separator, a Go caller.
  "a thread's label and its stamp to the minute": (line, raw) =>
    raw.startsWith('[Worker #1 Nov 30 20:14] ') &&
    line.timestamp === Date.parse('2026-11-30T20:14:00.000Z') &&
    line.message === raw.slice(25),
  '`log` under a JSON level key': (line, raw) =>
    raw.startsWith('{"level":"log",') && line.format === 'json' && line.level === 'INFO',
  "an arrow after a layout's separator": (line, raw) =>
    raw.startsWith('06:00:03.412 - INFO    - ==> ') &&
    line.level === 'INFO' &&
    line.message.startsWith('==> '),
  "a Go caller in hivemind's bracket": (line, raw) =>
    raw.includes('[ERROR] [identify/id.go:483] ') && line.fields.caller === 'identify/id.go:483',
  // r120: an offset alone in parentheses after the time, a target with hyphens, Python's root logger.
  'an offset alone in parentheses after the time': (line, raw) =>
    raw.startsWith('30.11.26 17:02:14 (+0100) ') && line.timestamp === Date.parse('2026-11-30T16:02:14Z'),
  "pretty_env_logger's target with hyphens": (line, raw) =>
    raw.startsWith('2026-11-30T16:04:02.045Z INFO  rendezvous-server        > ') &&
    line.logger === 'rendezvous-server',
  // r122: Flask's module, a braced location, Celery's task, the closing pipes of `time|text|`.
  "Flask's `in module: `": (line, raw) =>
    raw.startsWith('[2026-11-30 14:05:02,118] INFO in worker: ') && line.fields.module === 'worker',
  'a braced location after the level': (line, raw) =>
    raw.includes('{/srv/calllogic.py:39} - ') && line.fields.caller === '/srv/calllogic.py:39',
  "Celery's task name and id": (line, raw) =>
    raw.includes('] dialer_campaign.tasks.campaign_running[') &&
    line.fields.task === 'dialer_campaign.tasks.campaign_running',
  'the closing pipes of a `time|text|` record': (line, raw) =>
    raw.startsWith('2026-11-30 15:00:01|HANGING UP|') && line.message === 'HANGING UP',
  // r125: RPCS3's severity letter, channel and uptime; EmulationStation's `lvlN: \t` after its date.
  "RPCS3's severity letter and channel": (line, raw) =>
    raw.startsWith('·E 0:00:05.814705 ') &&
    line.format === 'rpcs3' &&
    line.level === 'ERROR' &&
    line.fields.uptime === '0:00:05.814705',
  "EmulationStation's lvlN after its date": (line, raw) =>
    raw.startsWith('Nov 30 18:40:04 lvl0: \t') && line.level === 'ERROR',
};

describe('fuzz: the generated sources reach the 5 December rounds’ readings', () => {
  const strata = reachStrata(50);
  const sources = strata.reduce((all, stratum) => all + stratum.sources.length, 0);
  const receivedAt = Date.parse('2026-12-02T05:00:00Z');
  // Every line goes through every reading: walked by index, with no pair built per reading, a
  // count kept by index and each stratum added to its reading's set in place.
  const names = Object.keys(READINGS);
  const readings = Object.values(READINGS);
  const counts = readings.map(() => 0);
  // The strata that reached each reading, the readings in the order first reached.
  const reachedBy = new Map<string, Set<string>>();
  const strataRead = new Set<string>();
  let mixedSources = 0;
  // One test a stratum, so that no test carries the whole load under the unit project's timeout
  // (tests of a file run one after another, in order); the last test asserts what they reached together.
  for (const { name: stratum, sources } of strata) {
    // Records alone are read as they come, the others learned first.
    const learned = stratum !== 'records alone';
    const drawn = sources.length === 1 ? 'one source' : `${sources.length} sources`;
    it(`${stratum}: ${drawn}, ${learned ? 'learned then read' : 'read as it comes'}`, () => {
      for (const lines of sources) {
        const parser = compileParser({});
        if (learned) parser.learn('s', lines, receivedAt);
        const records = lines.filter((raw) => raw.startsWith('{') && raw.endsWith('}')).length;
        let learnedText = false;
        for (const raw of lines) {
          const line = parser(raw, receivedAt, 's');
          for (let r = 0; r < readings.length; r++) {
            if (!readings[r]?.(line, raw)) continue;
            counts[r] = (counts[r] ?? 0) + 1;
            const name = names[r] as string;
            const by = reachedBy.get(name) ?? new Set<string>();
            reachedBy.set(name, by.add(stratum));
          }
          if (records > 0 && !raw.startsWith('{') && line.format === 'learned') learnedText = true;
        }
        // A sample that mixes records with text lines whose structure was learned over them.
        if (learnedText && records > 0) mixedSources++;
      }
      strataRead.add(stratum);
    });
  }
  it(`${sources} sources (each head, column and record kind apart, then mixed), learned then read by the tests above: every reading is reached`, () => {
    // Run alone (a name filter), it would find nothing read: it needs every stratum's test before it.
    expect([...strataRead], 'the strata read before this test').toEqual(strata.map(({ name }) => name));
    const reached = Object.fromEntries(names.map((name, r) => [name, counts[r]]));
    if (process.env.FUZZ_REACH_COUNTS !== undefined) {
      console.log(reached, 'fewest', Math.min(...counts));
      console.log([...reachedBy].map(([name, by]) => `${name}: ${[...by].join(', ')}`).join('\n'));
    }
    for (const [name, count] of Object.entries(reached)) expect(count, name).toBeGreaterThan(0);
    expect(mixedSources).toBeGreaterThan(0);
  });
});
