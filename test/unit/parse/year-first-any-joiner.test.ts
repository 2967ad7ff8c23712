/**
 * The year-first class (`yearFirstShape` in `timestamp-shapes.ts`): an ordinary year-first date and
 * time joined by whatever separator a product chose, with its fraction after any of `. , : -`, read
 * by one general scanner tried after every shape of the table, also glued after `::` or `@` inside a
 * header field. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { learnStructure, startsLikeStructure } from '../../../core/parse/structure.ts';
import { shapeIndex, TIMESTAMP_SHAPES } from '../../../core/parse/timestamp-shapes.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const ctx = { zone: 'UTC', receivedAt };
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);
const YEAR_FIRST = 'yyyy?MM?dd?HH:mm:ss (year first, any joiner)';

describe('a year-first date and a time joined by a separator no layout of the table lists', () => {
  it('reads each date separator (`- / . _ :` or none) with each joiner', () => {
    expect(time('2026/11/30_12:00:01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026.11.30_12:00:01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026_11_30-12:00:01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026:11:30:12:00:01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('20261130::12:00:01.123 INFO ready')).toBe(at('2026-11-30T12:00:01.123Z'));
    expect(time('20261130.12:00:01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026/11/30T12:00:01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026.11.30 - 12:00:01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
  });

  it('reads a dotted time after a date of dashes, slashes or underscores, never after a dotted date', () => {
    expect(time('2026-11-30T12.00.01 INFO ready')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026/11/30 12.00.01.250 INFO ready')).toBe(at('2026-11-30T12:00:01.250Z'));
    // Four dotted numbers and three more: a version or a build number, not a time.
    expect(time('2026.11.30.12.00.01 build published')).toBeUndefined();
  });

  it('reads the fraction after any of `. , : -`, cut to the millisecond', () => {
    // A dash before the milliseconds: the table read the time to the second and dropped them.
    expect(time('20260904-12:12:31-299 INFO started')).toBe(at('2026-09-04T12:12:31.299Z'));
    expect(time('[20261130-05:35:15-358] SEVERE  AGV-03 text')).toBe(at('2026-11-30T05:35:15.358Z'));
    expect(time('2026/11/30_12:00:01,5 WARN slow')).toBe(at('2026-11-30T12:00:01.500Z'));
    expect(time('2026/11/30_12:00:01:123456 WARN slow')).toBe(at('2026-11-30T12:00:01.123Z'));
    expect(time('2026/11/30_12:00:01.123456789 WARN slow')).toBe(at('2026-11-30T12:00:01.123Z'));
    // Ten digits are no fraction: the shape does not read the line.
    expect(time('2026/11/30_12:00:01.1234567890 WARN slow')).toBeUndefined();
  });

  it('reads only milliseconds after a dash: another count of digits there is a counter or an id', () => {
    // openTCS writes three digits; no product writes one or nine after a dash, an id or a retry count does.
    expect(time('2026/11/30_12:00:01-1 retry 1')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026-11-30 12:00:01-5 INFO x')).toBe(at('2026-11-30T12:00:01Z'));
    expect(time('2026-11-30 12:00:01-12345 INFO x')).toBe(at('2026-11-30T12:00:01Z'));
    // The fuzz test's line (parse-equivalence fuzz/1460): nine digits glued to a bracket are an id
    // before `[Notification]`, which is then no level right after the time.
    const id = parse('2026:11:28-10:15:32-343416858[Notification] 11358145194.98');
    expect([id.timestamp, id.level]).toEqual([at('2026-11-28T10:15:32Z'), undefined]);
    expect(time('2026-11-30T12:00:01-123 INFO x')).toBe(at('2026-11-30T12:00:01.123Z'));
  });

  it('reads an offset after the time, never as a fraction (`±hh`, `±hhmm`, `±hh:mm`)', () => {
    expect(time('2026/11/30_12:00:01-0800 INFO x')).toBe(at('2026-11-30T20:00:01Z'));
    expect(time('2026/11/30_12:00:01-08:00 INFO x')).toBe(at('2026-11-30T20:00:01Z'));
    expect(time('2026/11/30_12:00:01.123+0100 INFO x')).toBe(at('2026-11-30T11:00:01.123Z'));
    expect(time('2026/11/30_12:00:01-358+0100 INFO x')).toBe(at('2026-11-30T11:00:01.358Z'));
    expect(time('2026/11/30_12:00:01Z INFO x')).toBe(at('2026-11-30T12:00:01Z'));
    // Digits after a dash that go on as a number of the text are no fraction: the table's reading stays.
    expect(time('2025.10.23 14:32:15-1.5e+3 drift')).toBe(at('2025-10-23T14:32:15Z'));
    expect(time('2025/10/23 14:32:15-123-456 range')).toBe(at('2025-10-23T14:32:15Z'));
    expect(time('2026/11/30_12:00:01-123,5 x')).toBe(at('2026-11-30T12:00:01Z'));
    // Four digits after a dash are never a fraction, even where they are no offset either.
    expect(time('2026/11/30_12:00:01-8412 job')).toBe(at('2026-11-30T12:00:01Z'));
    // The table's own offset after a dash, unchanged.
    expect(time('2026-11-30 12:00:01-0800 INFO offset')).toBe(at('2026-11-30T20:00:01Z'));
  });

  it('validates the calendar as the table does: month, day of the month, hour, minute, leap second', () => {
    expect(time('2026/13/30_12:00:01 x')).toBeUndefined();
    expect(time('2026/11/31_12:00:01 x')).toBeUndefined();
    expect(time('2026/02/29_12:00:01 x')).toBeUndefined();
    expect(time('2028/02/29_12:00:01 x')).toBe(at('2028-02-29T12:00:01Z'));
    expect(time('2026/11/30_24:00:01 x')).toBeUndefined();
    expect(time('2026/11/30_12:60:01 x')).toBeUndefined();
    expect(time('2026/11/30_12:00:61 x')).toBeUndefined();
    // A leap second is the minute's last millisecond, as the calendar reads it.
    expect(time('2026/06/30_23:59:60 leap')).toBe(at('2026-06-30T23:59:59.999Z'));
    expect(time('1969/11/30_12:00:01 x')).toBeUndefined();
    expect(time('2100/11/30_12:00:01 x')).toBeUndefined();
  });
});

describe('look-alikes the year-first scanner leaves alone', () => {
  it('reads no version, dotted number, id, lone date or duration', () => {
    expect(time('2026.11.3 installed')).toBeUndefined();
    expect(time('2026.11.30.12 rolled out')).toBeUndefined();
    expect(time('10.2026.11.30 12:00:01 relayed')).toBeUndefined();
    expect(time('2026-11-30 took 12:00:01 in all')).toBeUndefined();
    expect(time('20261130-1234 order placed')).toBeUndefined();
    expect(time('20261130-123456 order placed')).toBeUndefined();
    expect(time('2026-11/30_12:00:01 mixed separators')).toBeUndefined();
    expect(time('2026113012:00:01 ten digits')).toBeUndefined();
    expect(time('2026/11/30_12:00 minutes only')).toBeUndefined();
    expect(time('2026/11/30_12:00:01abc glued word')).toBeUndefined();
    // A date alone stays what the table makes of it: no time.
    expect(time('2026-11-30 INFO date only')).toBeUndefined();
    expect(time('2026_11_30 INFO date only')).toBeUndefined();
  });

  it('leaves a time of day alone with a dash after it as the table reads it', () => {
    expect(time('12:00:01-358 INFO x')).toBe(at('2026-12-01T12:00:01Z'));
  });

  it('reads no day-first or month-first date', () => {
    expect(time('30/11/2026_12:00:01 x')).toBeUndefined();
    expect(time('11_30_2026-12:00:01 x')).toBeUndefined();
  });
});

describe('a year-first time glued after `::` or `@` inside a header field', () => {
  it('reads it after an id (a job or a node name; the hex WPP prefix is read before, in any shape), the id not the text', () => {
    const line = parse('node-3::2026/11/28-02:14:06.117 INFO  [CS] Cluster service started');
    expect(line.timestamp).toBe(at('2026-11-28T02:14:06.117Z'));
    expect([line.level, line.message]).toEqual(['INFO', 'Cluster service started']);
    expect(time('nightly@2026-11-30_12:00:01.123 WARN disk low')).toBe(at('2026-11-30T12:00:01.123Z'));
  });

  it('reads it per line only where it opens the line: further on, an id built from a time is text', () => {
    // As the compact id-like stamps (`LINE_START_SHAPES`): a release, a snapshot (zfsnap's
    // `pool@yyyy-MM-dd_HH.mm.ss--ttl`), a job named after its time; the line keeps its whole message.
    const release = parse('Deploying release@2026-11-30_12:00:01 to prod');
    expect([release.timestamp, release.message]).toEqual([
      undefined,
      'Deploying release@2026-11-30_12:00:01 to prod',
    ]);
    expect(time('zfsnap: destroying tank/home@2026-11-30_12.00.01--1w')).toBeUndefined();
    expect(time('  at job::20261130-12:00:01 in runner')).toBeUndefined();
    expect(time('[worker-3] job::2026.11.30-12:00:01 ERROR failed')).toBeUndefined();
    // A source that shows it there on every line has it learned there (`learns the glued shape…`).
    const line = (n: number) => `[worker-${n}] job::2026.11.30-12:00:1${n} ERROR failed ${n}`;
    const parser = compileParser({});
    parser.learn(
      'workers',
      Array.from({ length: 8 }, (_, n) => line(n)),
      receivedAt,
    );
    expect(parser(line(9), receivedAt, 'workers').timestamp).toBe(at('2026-11-30T12:00:19Z'));
  });

  it('does not read an address, a version or a number glued there', () => {
    expect(time('ann@2026.example.com logged in')).toBeUndefined();
    expect(time('pkg@2026.11.3 installed')).toBeUndefined();
    expect(time('Foo::20261130 built')).toBeUndefined();
  });

  it('learns the glued shape for a source, reads later lines and their event starts with it', () => {
    const line = (n: number) =>
      `node-${n}::2026/11/28-02:14:${String(10 + n).padStart(2, '0')}.117 INFO  [NM] step ${n}`;
    const sample = Array.from({ length: 8 }, (_, n) => line(n));
    const parser = compileParser({});
    parser.learn('cluster', sample, receivedAt);
    expect(parser.structureOf('cluster')?.shape).toBe(shapeIndex(YEAR_FIRST));
    const read = parser(line(9), receivedAt, 'cluster');
    expect(read.timestamp).toBe(at('2026-11-28T02:14:19.117Z'));
    expect(read.message).toBe('step 9');
    const structure = learnStructure(sample, ctx);
    expect(structure).toBeDefined();
    if (structure === undefined) return;
    expect(startsLikeStructure(line(9), structure, ctx)).toBe(true);
    expect(startsLikeStructure('   at Cluster.Join()', structure, ctx)).toBe(false);
  });
});

describe('the year-first shape in the table', () => {
  it('is tried after every other shape, so nothing the table reads changes', () => {
    // Only the compact stamps joined by a dash and by a slash (`HHmmss`, no colon or dot the
    // year-first class joins), the learned-only shapes (no four-digit year), golog's year-first date to
    // the minute and the doubled-colon clock (the year-first class reads a time to the second, joined
    // by single colons; with its AM or PM after it, review28) come after it, added last to keep the
    // learned indices, so none reads the same text. The year-last class's four learned-only shapes come
    // after them (a day and a month open their date, no year), then syslog's date with its fraction
    // after a dash (a month's name opens it; ts38), and the year-last class's compact date last of all
    // (learned only, its year last; r44), and the hybrid IRC servers' `smalldate` after it (learned
    // only, a dotted time to the minute; r60), then the year-first date written day before month, which
    // reads only what every shape before it refuses (a middle number over 12; r61), the compact
    // date and time apart by a space (no colon in its time; r63), the dotted time of day with no
    // date (learned only; r65), and Percona Toolkit's stamp joined by underscores throughout last (no
    // colon, dash or dot; r73), then mORMot's stamp with its hundredths (learned only; r77), and the
    // time of day to the minute with no date (learned only; r81), and the dashed month-first date
    // without a year, to the minute (learned only; r88), 4diac FORTE's `T#` (r89), and YAZ's time of
    // day then its day and month (opening the line only, no year; r99), and Rich's time of day with
    // its microseconds after a dash (six digits, a bare time of day's reach; r102), and TinyMUX's
    // stamp (a dot inside its date, a colon before its compact time; r112), and mprime's month-name
    // stamp to the minute (only closing the bracket that opens the line; r118).
    const last = [
      YEAR_FIRST,
      'yyyyMMdd-HHmmss.SZ',
      'MM/dd HH:mm',
      'yyyyMMdd/HHmmss.SZ',
      'MM/dd HH.mm.ss',
      'yyMMdd HHmmsscc',
      'yyyy/MM/dd HH:mmZ',
      'HH::mm::ssSZ',
      'hh::mm::ss aZ',
      'MM/dd/yyyy?HH?mm?ss (year last, any joiner)',
      'dd/MM/yyyy?HH?mm?ss (year last, any joiner)',
      'dd-MM-yyyy?HH?mm?ss (year last, any joiner, - or .)',
      'MM-dd-yyyy?HH?mm?ss (year last, any joiner, - or .)',
      'MMM d HH:mm:ss-SZ',
      'ddMMyyyy?HH:mm:ss (year last, compact)',
      'MMddyyyy?HH:mm:ss (year last, compact)',
      'yyyy/M/d HH.mm',
      'yyyy-dd-MM HH:mm:ssSZ',
      'yyyyMMdd HHmmssS',
      'HH.mm.ss',
      'yyyy_MM_dd_HH_mm_ss',
      'yyyyMMdd HHmmsscc',
      'HH:mm',
      'MM-dd HH:mm',
      'T#epoch ns',
      'HH:mm:ss-dd/MM',
      'HH:mm:ss-S',
      'yyyy.MMdd:HHmmss',
      'MMM d HH:mm',
    ];
    expect(TIMESTAMP_SHAPES.slice(-last.length).map((shape) => shape.name)).toEqual(last);
  });
});
