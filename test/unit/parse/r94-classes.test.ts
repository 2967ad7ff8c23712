/**
 * Classes of round r94 (banking and payments software): logback's day-first month-name date glued
 * to `T`, a hand-written JSON pattern's line that is not valid JSON, and a bracketed `class.method`
 * longer than 64 characters after the level and thread. The lines are invented, not taken from any
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { LOOSE_JSON_NOTE } from '../../../core/parse/formats/json.ts';
import { readLoosePairs } from '../../../core/parse/formats/loose-json.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: logback's `%d{dd-MMM-yyyy'T'HH:mm:ss.SSS}` (GNU Taler's LibEuFin nexus, `nexus/src/main/
 * resources/logback.xml`: `%d{dd-MMM-yyyy'T'HH:mm:ss.SSS} %-5level %logger{36} - %msg%n`).
 */
describe("logback's day-first month-name date glued to T", () => {
  const lines = [
    '02-Nov-2026T08:10:00.118 INFO  taler-nexus - Starting fetch for account CH93 0076 2011 6238 5295 7',
    '02-Nov-2026T08:10:00.140 DEBUG taler-db - Connecting to postgresql:///taler',
    '02-Nov-2026T08:10:02.235 WARN  taler-nexus - Retrying order 4471',
    '02-Nov-2026T08:10:03.499 ERROR taler-nexus - Order 4471 failed',
  ];

  it('reads the time, level and text, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.timestamp)).toEqual([
        Date.parse('2026-11-02T08:10:00.118Z'),
        Date.parse('2026-11-02T08:10:00.140Z'),
        Date.parse('2026-11-02T08:10:02.235Z'),
        Date.parse('2026-11-02T08:10:03.499Z'),
      ]);
      expect(read.map((line) => line.level)).toEqual(['INFO', 'DEBUG', 'WARN', 'ERROR']);
      expect(read[2]?.message).toBe('Retrying order 4471');
    }
  });

  it('reads no time from a T that opens a word, an impossible clock or a day that is not there', () => {
    expect(parse('02-Nov-2026Tuesday run started').timestamp).toBeUndefined();
    expect(parse('02-Nov-2026T8 items shipped').timestamp).toBeUndefined();
    expect(parse('02-Nov-2026T25:10:00.118 INFO x').timestamp).toBeUndefined();
    expect(parse('31-Feb-2026T08:10:00.118 INFO x').timestamp).toBeUndefined();
  });
});

/*
 * CLASS: a hand-written JSON pattern (Bank of Anthos's Java services, log4j2 `PatternLayout`
 * `{"timestamp": "%d{yyyy-MM-dd HH:mm:ss}", "trace_id": %X{trace_id}, …, "message": "%M | %msg",
 * "severity": "%level"}` in `src/ledger/ledgerwriter/src/main/resources/log4j2.xml`): an unquoted
 * MDC value prints `"trace_id": ,` or a bare id, and `%msg` is not escaped.
 */
describe('a JSON-shaped line that is not valid JSON', () => {
  const empty =
    '{"timestamp": "2026-11-20 10:01:02", "trace_id": , "span_id": "", "service.name": "ledger", "message": "submit | Transaction accepted", "severity": "WARN"}';
  const bare =
    '{"timestamp": "2026-11-20 10:01:03", "trace_id": 0af7651916cd43dd8448eb211c80319c, "message": "submit | user said "pay now", twice", "severity": "ERROR"}';

  it('reads its string pairs under the keys a JSON line is read by, flagged, the line kept whole', () => {
    const line = parse(empty);
    expect(line).toMatchObject({
      format: 'json',
      timestamp: Date.parse('2026-11-20T10:01:02Z'),
      level: 'WARN',
      message: 'submit | Transaction accepted',
      service: 'ledger',
      parseFailed: false,
      parseError: LOOSE_JSON_NOTE,
    });
    expect(line.fields).toEqual({ span_id: '', invalid_json: empty });
    // A bare value is stepped over; a quote the pattern left unescaped stays in the text.
    expect(parse(bare)).toMatchObject({
      level: 'ERROR',
      message: 'submit | user said "pay now", twice',
      parseError: LOOSE_JSON_NOTE,
    });
  });

  it('keeps the whole line as its message where no key gave one', () => {
    const raw = '{"level": "error", "trace": , "code": 17}';
    expect(parse(raw)).toMatchObject({ level: 'ERROR', message: raw, parseError: LOOSE_JSON_NOTE });
    expect(parse(raw).fields).toEqual({ code: 17 });
  });

  it('stays flagged text where no pair names a level or a message, or the object is not closed', () => {
    for (const raw of ['{not json}', '{"a":1}}', '{"a":', '{"count": 3, "id": }', '{"message": "cut']) {
      expect(parse(raw)).toMatchObject({ format: 'plain', message: raw, parseFailed: true });
    }
  });

  it('reads a carried record by its pairs, flagged', () => {
    const line = parse(`Nov 20 10:01:02 node-3 ledger[12]: ${empty}`);
    expect(line).toMatchObject({ level: 'WARN', message: 'submit | Transaction accepted' });
    expect(line.parseError).toBe(LOOSE_JSON_NOTE);
  });

  it('leaves a valid JSON line as it was: no flag, no kept text', () => {
    const line = parse('{"timestamp": "2026-11-20 10:01:02", "message": "ok", "severity": "INFO"}');
    expect(line.parseError).toBeUndefined();
    expect(line.fields).toEqual({});
  });

  it('reads pairs in one pass: trailing commas, escapes, objects stepped over, a __proto__ key kept', () => {
    expect(readLoosePairs('{"a": "x\\ty", "b": {"c": "d, \\"e"}, "n": -1.5e3, "t": true,}')).toEqual({
      a: 'x\ty',
      n: -1500,
    });
    const proto = readLoosePairs('{"__proto__": "p", "m": ,}');
    expect(Object.hasOwn(proto ?? {}, '__proto__')).toBe(true);
    expect(readLoosePairs('{"bad escape": "a\\qb", "k": 1 }')).toEqual({ 'bad escape': 'a\\qb', k: 1 });
    expect(readLoosePairs('["a", "b"]')).toBeUndefined();
    expect(readLoosePairs('{"a" "b"}')).toBeUndefined();
  });

  // review76: an unescaped `%msg` can carry pairs of its own; a key written twice is neither copy's.
  it('believes no key written twice: a message cannot set the time or level the pattern writes', () => {
    const time = parse(
      '{"timestamp": "2026-11-26 09:12:44.081", "trace_id": , "message": "addTx | x", "timestamp": "1999-01-01 00:00:00", "y": "z", "severity": "INFO"}',
    );
    expect(time.timestamp).toBeUndefined();
    expect(time).toMatchObject({ level: 'INFO', message: 'addTx | x', parseError: LOOSE_JSON_NOTE });
    expect(time.fields.invalid_json).toContain('"timestamp": "1999-01-01 00:00:00"');
    const level = parse('{"message": "m | x", "severity": "FATAL", "y": "z", "severity": "INFO", "t": }');
    expect(level.level).toBeUndefined();
    expect(level.fields.invalid_json).toContain('"severity": "FATAL"');
    const message = parse('{"message": "a", "message": "b", "severity": "WARN", "t": }');
    expect(message).toMatchObject({
      level: 'WARN',
      message: '{"message": "a", "message": "b", "severity": "WARN", "t": }',
    });
    expect(readLoosePairs('{"k": 1, "k": "x", "m": ,}')).toBeUndefined();
    expect(readLoosePairs('{"k": 1, "j": 2, "m": ,}')).toEqual({ k: 1, j: 2 });
  });

  it('reads a number only as JSON writes one', () => {
    expect(parse('{"message": "m", "level": 0x32, "n": }').level).toBeUndefined();
    expect(parse('{"message": "m", "level": 50, "n": }').level).toBe('ERROR');
    expect(readLoosePairs('{"a": 0x10, "b": 1.5.5, "c": 007, "d": 1., "e": -2.5e3, "f": 0, "m": ,}')).toEqual(
      {
        e: -2500,
        f: 0,
      },
    );
  });

  it('reads a long line, and a hostile one, in one pass', () => {
    const long = `{"message": "${'x'.repeat(200_000)}", "trace": , "level": "info"}`;
    expect(parse(long)).toMatchObject({ level: 'INFO', parseError: LOOSE_JSON_NOTE });
    expect(parse(long).message).toHaveLength(200_000);
    // Quotes that each might close a value, brackets that never close, runs of spaces: no throw, no hang.
    for (const raw of [
      `{"message": "${'", '.repeat(50_000)}x", "level": "info", "k": ${'['.repeat(50_000)}}`,
      `{"message": "${'"      '.repeat(40_000)}", "level": "warn"}`,
      `{${'"k": , '.repeat(20_000)}"level": "error"}`,
    ])
      expect(parse(raw).message.length).toBeGreaterThan(0);
    expect(parse(`{${'"k": , '.repeat(20_000)}"level": "error"}`).level).toBe('ERROR');
  });
});

/*
 * CLASS: de.willuhn.logging's `Message.toString()` (Jameica and Hibiscus Payment Server: `[date]
 * [LEVEL][thread][class.method] text`), whose `class.method` runs past 64 characters.
 */
describe('a bracketed class and method past 64 characters after the level and thread', () => {
  const lines = [
    '[Mon Nov 02 09:00:02 CET 2026][INFO][main][org.example.bank.system.Application.init] starting',
    '[Mon Nov 02 09:15:05 CET 2026][INFO][Thread-4][org.example.bank.server.hbci.synchronize.SynchronizeEngine.start] starting sync of 2 accounts',
    '[Mon Nov 02 09:15:06 CET 2026][WARN][Thread-4][org.example.bank.server.hbci.synchronize.jobs.SynchronizeSaldoJob.execute] balance unavailable',
    '[Mon Nov 02 09:15:09 CET 2026][ERROR][Thread-4][org.example.bank.server.hbci.synchronize.SynchronizeSession.run] sync failed',
  ];

  it('is header, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.message)).toEqual([
        'starting',
        'starting sync of 2 accounts',
        'balance unavailable',
        'sync failed',
      ]);
      expect(read[3]?.fields.header_columns).toBe(
        '[org.example.bank.server.hbci.synchronize.SynchronizeSession.run]',
      );
    }
  });

  it('is header among bracketed fields taken on trust too (a logger past 64 before a dash)', () => {
    const line = parse(
      '2026-11-29 21:41:15,241 [http-8080-1] [DEBUG] [org.example.bank.server.upload.validator.StatementUploadValidator] - validating upload',
    );
    expect(line).toMatchObject({ level: 'DEBUG', message: 'validating upload' });
  });

  it('a long bracket of another kind, or a name past 160 characters, stays the text', () => {
    const path = `[/srv/${'archive/'.repeat(9)}statement.xml] imported`;
    expect(parse(`[Mon Nov 02 09:15:05 CET 2026][INFO][Thread-4]${path}`).message).toBe(path);
    const long = `[${'a.'.repeat(90)}run] text`;
    expect(parse(`[Mon Nov 02 09:15:05 CET 2026][INFO][Thread-4]${long}`).message).toBe(long);
  });
});
