/**
 * Classes of issue #14's round r80: go-logr's funcr JSON record, SPIP's log line, syslog(3)'s
 * `ident[pid]: ` on headerless lines (`LOG_PERROR`), and a placed spelling before a count. The lines
 * are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: go-logr's funcr JSON (`funcr.NewJSON`, `FormatInfo`): `logger` first, then `ts`, `caller`,
 * the V-level under `level` and `msg`. The V-level is an Info record's verbosity: INFO whatever its
 * number. `FormatError` writes no `level` (an `error` after `msg`): no level is read from the key.
 */
describe("go-logr's funcr record: its V-level is an Info record's verbosity", () => {
  const funcr = (level: number, msg: string) =>
    `{"logger":"","ts":"2026-11-29 06:12:40.118273","caller":{"file":"main.go","line":1929},"level":${level},"msg":"${msg}","ref":"main","syncCount":0}`;

  it.each([0, 1, 4])('reads "level":%s before `msg` as INFO, alone', (v) => {
    const line = parse(funcr(v, 'update required'));
    expect(line).toMatchObject({
      format: 'json',
      level: 'INFO',
      message: 'update required',
      timestamp: Date.parse('2026-11-29T06:12:40.118Z'),
    });
    expect(line.fields).not.toHaveProperty('level');
    expect(line.fields).toMatchObject({ ref: 'main', caller: { file: 'main.go', line: 1929 } });
  });

  it('reads a named logger’s record and a learned source’s the same', () => {
    const named = '{"logger":"controller/sync","level":2,"msg":"reconciled","object":"ns/app"}';
    expect(parse(named)).toMatchObject({ level: 'INFO', logger: 'controller/sync', message: 'reconciled' });
    const { sample } = readSource([funcr(0, 'starting up'), funcr(0, 'update required'), named], receivedAt);
    expect(sample.map((line) => line.level)).toEqual(['INFO', 'INFO', 'INFO']);
  });

  it('leaves the error record, which writes no `level`, without one', () => {
    const error =
      '{"logger":"","ts":"2026-11-29 06:14:02.551203","caller":{"file":"main.go","line":1011},"msg":"error syncing repo, will retry","error":"exit status 128","failCount":1}';
    const line = parse(error);
    expect(line.level).toBeUndefined();
    expect(line).toMatchObject({ message: 'error syncing repo, will retry' });
    expect(line.fields).toMatchObject({ error: 'exit status 128', failCount: 1 });
  });

  it('keeps a small `level` unread where the record is not signed so', () => {
    // `logger` not first, or `level` not right before `msg`: another logger's own scale.
    for (const raw of [
      '{"level":0,"logger":"app","msg":"x"}',
      '{"logger":"app","msg":"x","level":0}',
      '{"logger":"app","level":0,"message":"x"}',
      '{"logger":42,"level":0,"msg":"x"}',
    ]) {
      const line = parse(raw);
      expect(line.level, raw).toBeUndefined();
      expect(line.fields.level, raw).toBe(0);
    }
  });
});
