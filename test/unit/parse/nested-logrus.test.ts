import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe("nested-logrus-formatter's `[key:value]` fields (pgwatch, pg_timetable, its users)", () => {
  it('takes the fields after the bracketed level and keeps the text after them', () => {
    const line = parse(
      '2026-11-24 09:15:30.227 [INFO] [source:kita-portal-db] [metric:db_stats] [interval:60] starting gatherer',
    );
    expect(line).toMatchObject({ level: 'INFO', message: 'starting gatherer' });
    expect(line.logger).toBeUndefined();
    expect(line.fields).toEqual({ source: 'kita-portal-db', metric: 'db_stats', interval: '60' });
  });

  it("keeps a field whose key names an object's own member (`constructor`, `toString`, `__proto__`)", () => {
    const line = parse(
      '2026-11-24 09:15:30.227 [INFO] [constructor:a] [toString:b] [__proto__:c] starting gatherer',
    );
    expect(line.message).toBe('starting gatherer');
    expect(Object.entries(line.fields)).toEqual([
      ['constructor', 'a'],
      ['toString', 'b'],
      ['__proto__', 'c'],
    ]);
  });

  it('reads the full level name and the four-letter one', () => {
    expect(
      parse('2026-11-24 09:16:05.508 [WARNING] [source:db1] [metric:stat_statements] metric not found'),
    ).toMatchObject({ level: 'WARN', message: 'metric not found', fields: { metric: 'stat_statements' } });
    expect(parse('2026-11-24 09:16:05.508 [ERRO] [chain:6] [task:14] Task execution failed')).toMatchObject({
      level: 'ERROR',
      message: 'Task execution failed',
      fields: { chain: '6', task: '14' },
    });
  });

  it('reads the same through a learned source', () => {
    const lines = [
      '2026-11-24 09:15:30.100 [INFO] [sink:postgres] [db:pgwatch] initialising measurements database...',
      '2026-11-24 09:15:30.227 [INFO] [source:db1] [metric:wal] [interval:60] starting gatherer',
      '2026-11-24 09:15:35.349 [INFO] [source:db1] [metric:wal] [rows:1] [cache:false] measurements fetched',
      '2026-11-24 09:15:36.208 [INFO] [sink:postgres] [rows:4] [elapsed:5.1ms] measurements written',
      '2026-11-24 09:15:37.000 [INFO] Database connection established',
    ];
    const parser = compileParser({});
    parser.learn('pgwatch', lines, receivedAt);
    expect(lines.map((raw) => parser(raw, receivedAt, 'pgwatch').message)).toEqual([
      'initialising measurements database...',
      'starting gatherer',
      'measurements fetched',
      'measurements written',
      'Database connection established',
    ]);
  });

  it.each([
    [
      'a logger bracket without a colon',
      '2026-11-24 09:15:30.227 [INFO] [payment-service] charged card',
      '[payment-service]',
    ],
    ['a level word outside brackets', '2026-11-24 09:15:30.227 INFO [source:db1] starting', '[source:db1]'],
    [
      'a source location (aria2)',
      '2026-11-26 21:06:40.102347 [WARN] [DefaultBtAnnounce.cc:281] Tracker failed',
      'DefaultBtAnnounce.cc:281',
    ],
    [
      'a bracket deeper in the text',
      '2026-11-24 09:15:30.227 [INFO] starting [source:db1] now',
      '[source:db1]',
    ],
  ])('leaves %s as it was', (_, raw, kept) => {
    const line = parse(raw);
    expect(line.fields.source).toBeUndefined();
    expect(`${line.logger === undefined ? '' : `[${line.logger}]`} ${line.message}`).toContain(kept);
  });
});
