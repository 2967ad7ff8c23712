/**
 * A level column deeper in the header, learned where the sample agrees (`core/parse/structure.ts`,
 * `learnDeepLevelColumn`). The class: layouts that print context fields before the thread and the
 * level (log4j's and logback's `%d %X{org} %X{env} … %t %p %c - %m`, Apigee's message processor
 * `org:acme env:prod api:… rev:4 messageid:… main INFO KERNEL.DEPLOYMENT - text`), which put the
 * level past the 6 fields after the time a level is looked for in. Learned only, when the sample
 * learned no other level: on at least 80 % of its lines (and 8) the same field, 6 to 9 after the
 * time, holds an upper-case full level word between spaces, and every field before it on that line
 * is a context field (`key:value`, `key=value`, a word with a digit, `@`, `-`, `.` or `_`), a plain
 * word only right before the level (the thread, `main`). One severe word alone (a column that only
 * says ERROR) learns nothing. Limits: a level in title or lower case there, or in brackets, is not
 * learned; a context value of plain words (`user=john smith`) moves the column and breaks the
 * agreement. The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');
const LEVELS = ['INFO', 'INFO', 'INFO', 'WARN', 'INFO', 'ERROR', 'INFO', 'DEBUG'];
const levelOf = (n: number) => LEVELS[n % LEVELS.length] as string;
const threads = ['main', 'NIOThread@3', 'Apigee-Timer-4', 'pool-2-thread-1'];
const threadOf = (n: number) => threads[n % threads.length] as string;

describe('a level column past the usual reach, after context fields', () => {
  const apigee = (n: number, level = levelOf(n)) =>
    `2026-11-30 11:20:${second(n)},120 org:acme env:prod api:payments-v${n % 3} rev:${n % 7} ` +
    `messageid:rrt-6f72d53e2-780${n}-3 ${threadOf(n)} ${level} HTTP.CLIENT - deployed bundle ${n}`;

  it('reads Apigee’s level, the 7th field after the time, and the text after its logger', () => {
    const lines = Array.from({ length: 32 }, (_, n) => apigee(n));
    const { sample, later, structure } = readSource(lines, [apigee(40, 'ERROR'), apigee(41, 'FATAL')]);
    expect(structure?.levelAfterTime).toBe(6);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => levelOf(n)));
    expect(sample[0]?.message).toBe('deployed bundle 0');
    expect(sample[0]?.logger).toBe('HTTP.CLIENT');
    // The context fields stay the line's.
    expect(sample[0]?.fields.header_columns).toBe(
      'org:acme env:prod api:payments-v0 rev:0 messageid:rrt-6f72d53e2-7800-3 main',
    );
    expect(later.map((p) => p.level)).toEqual(['ERROR', 'FATAL']);
  });

  it('steps over Apigee’s `Type.method() : ` after the logger, a layout’s ` : ` (the caller)', () => {
    const calls = ['ApplicationDeployer.deploy()', 'HTTPClient$Context.onConnect()', 'QuotaPolicy.sync()'];
    const lines = Array.from({ length: 32 }, (_, n) => apigee(n).replace(' - ', ` - ${calls[n % 3]} : `));
    const { sample } = readSource(lines);
    expect(sample[1]).toMatchObject({ message: 'deployed bundle 1', fields: { caller: calls[1] } });
  });

  it('reads logback’s MDC as `key=value` pairs before the thread and level', () => {
    const line = (n: number) =>
      `2026-11-30 09:00:${second(n)}.512 tenant=t${n % 4} user=u-${n} req=7f3a${n} ${threadOf(n)} ${levelOf(n)} c.e.Svc - handled ${n}`;
    const lines = Array.from({ length: 32 }, (_, n) => line(n));
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => levelOf(n)));
    expect(sample[3]?.message).toBe('handled 3');
  });

  it('reads a later line’s column only where the learner would: an upper-case level after context fields', () => {
    const lines = Array.from({ length: 32 }, (_, n) => apigee(n));
    const later = [
      // Prose whose 7th word is a level word, or a one-letter word, keeps its text and reads no level.
      '2026-11-30 11:21:00,120 the deploy of bundle 4 failed: error fatal debug now',
      '2026-11-30 11:21:00,120 org:acme env:prod api:p rev:1 a b c d e f g h',
    ];
    const read = readSource(lines, later).later;
    expect(read.map((p) => [p.level, p.message, p.fields.header_columns])).toEqual(
      later.map((line) => [undefined, line.slice(24), undefined]),
    );
  });

  it('reads a sample of one ordinary level (INFO only)', () => {
    const lines = Array.from({ length: 32 }, (_, n) => apigee(n, 'INFO'));
    expect(readSource(lines).sample.every((p) => p.level === 'INFO')).toBe(true);
  });
});

describe('look-alikes of a deep level column learn nothing', () => {
  const levelsOf = (lines: readonly string[]) => readSource(lines).sample.map((p) => p.level);

  it('prose whose 7th word after the time is `error` on many lines', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} the job ${n} on node seven returned error code ${n % 5}`,
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('prose whose 7th word is `ERROR` in capitals', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} job ${n} on node seven then said ERROR code ${n % 5}`,
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('a `status=ERROR` or `status:ERROR` value among the context fields learns no column', () => {
    for (const joiner of [':', '=']) {
      const lines = Array.from(
        { length: 32 },
        (_, n) =>
          `2026-11-30 10:00:${second(n)} org:acme env:prod api:a${n} rev:${n} id:${n}x f:6 status${joiner}${levelOf(n)} done ${n}`,
      );
      const { sample, structure } = readSource(lines);
      expect(structure?.levelAfterTime).toBe(-1);
      // The value is no level of the line (a `namespace:level` field is read line by line, as before).
      if (joiner === '=') expect(sample.every((p) => p.level === undefined)).toBe(true);
    }
  });

  it('a level word whose field varies with the line', () => {
    const lines = Array.from({ length: 32 }, (_, n) => {
      const context = Array.from({ length: 4 + (n % 4) }, (_, k) => `k${k}:v${n}`).join(' ');
      return `2026-11-30 10:00:${second(n)} ${context} main ${levelOf(n)} c.e.Svc - step ${n}`;
    });
    const levels = levelsOf(lines);
    // Within the usual reach (four context fields and the thread) a level is read line by line, as before.
    lines.forEach((_, n) => {
      if (n % 4 !== 0) expect(levels[n]).toBeUndefined();
    });
  });

  it('one severe word in every line’s column (`ERROR` only) is a name', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} a:1 b:2 c:${n} d:4 e:5 main ERROR queue - item ${n}`,
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('two plain words before the level word: text, not a thread', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-30 10:00:${second(n)} a:1 b:2 c:${n} d:4 worker main ${levelOf(n)} svc - item ${n}`,
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });
});
