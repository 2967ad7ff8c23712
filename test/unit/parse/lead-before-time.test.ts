/**
 * Words before a time found past the line's start (`lead-before-time.ts`): the header finder takes a
 * time in any of the first fields, and its message starts after the time, so what stood before it
 * was lost (`job 42 done at 2026-11-30T10:00:01Z` read as an empty message). Prose carrying a time
 * is kept whole as the message; labels and ids before a time go to `fields.header_columns`. The
 * lines are invented, not taken from any corpus.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileParser } from '../../../core/parse/index.ts';
import type { ParsedLine } from '../../../core/parse/types.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parser = compileParser({});
const parse = (line: string) => parser(line, receivedAt);

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const learner = compileParser({});
  learner.learn('src', lines, receivedAt);
  return (line: string) => learner(line, receivedAt, 'src');
}

/**
 * True when `written` survives in the line's message or its fields (keys too: `key=v` is read into
 * `fields.key`): each of its runs of letters and digits, as marks around it may be read away
 * (`[main]` as the logger `main`).
 */
function kept(line: ParsedLine, written: string): boolean {
  const values = [
    line.logger,
    line.host,
    line.service,
    ...Object.keys(line.fields),
    ...Object.values(line.fields),
  ];
  const haystack = [line.message, ...values.filter((v) => v !== undefined).map(String)].join('\n');
  const pieces = new Set(haystack.match(/[A-Za-z0-9]+/g));
  return (written.match(/[A-Za-z0-9]+/g) ?? []).every((piece) => pieces.has(piece));
}

describe('prose carrying a time (the time ends the line, or free words stand before it)', () => {
  it('keeps the whole line as the message, the time still the event time', () => {
    expect(parse('Server started at Mon Nov 30 2026 11:20:04 GMT+0100')).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:20:04Z'),
      message: 'Server started at Mon Nov 30 2026 11:20:04 GMT+0100',
    });
    expect(parse('job 42 done at 2026-11-30T10:00:01Z')).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:00:01Z'),
      message: 'job 42 done at 2026-11-30T10:00:01Z',
    });
    expect(parse('user said Mon Nov 30 2026 11:20:04 hi').message).toBe(
      'user said Mon Nov 30 2026 11:20:04 hi',
    );
    expect(parse('backup finished 2026-11-30 10:00:01 ok')).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:00:01Z'),
      message: 'backup finished 2026-11-30 10:00:01 ok',
    });
  });

  it('reads a level after the time and still keeps the sentence before it', () => {
    expect(parse('user said 2026-11-30 10:00:01 ERROR boom')).toMatchObject({
      level: 'ERROR',
      message: 'user said 2026-11-30 10:00:01 ERROR boom',
    });
  });
});

describe('labels and ids before a time (header columns)', () => {
  it('keeps them in fields.header_columns and reads the message after the time', () => {
    expect(parse('web-0 2026-11-30 10:00:01 started ok')).toMatchObject({
      message: 'started ok',
      fields: { header_columns: 'web-0' },
    });
    // A lone lower-case word is a name (`nginx`), not a sentence.
    expect(parse('nginx 2026-11-30T10:00:01Z hello')).toMatchObject({
      message: 'hello',
      fields: { header_columns: 'nginx' },
    });
  });

  it('leaves out a lone dash at a column’s edge, a separator as a space or a pipe is', () => {
    expect(parse('host - 2026-11-30 10:00:01 text').fields.header_columns).toBe('host');
    expect(parse('2026-11-24T10:02:17.441Z [4567] - info: Ready').fields.header_columns).toBe('[4567]');
    // A dash glued to a word is the word's.
    expect(parse('a-b - 2026-11-30 10:00:01 text').fields.header_columns).toBe('a-b');
    expect(parse('-x 2026-11-30 10:00:01 text').fields.header_columns).toBe('-x');
    expect(parse('web- 2026-11-30 10:00:01 text').fields.header_columns).toBe('web-');
  });

  it('leaves lines whose time opens the header as they were (negative look-alikes)', () => {
    expect(parse('2026-11-30 10:00:01 started at noon').message).toBe('started at noon');
    expect(parse('[2026-11-30 10:00:01] job done').fields.header_columns).toBeUndefined();
    expect(parse('[2026-11-30 10:00:01] job done').message).toBe('job done');
    // What only names the time is no column: a weekday or a year its shape leaves out, its key.
    expect(parse('Mon 2026-11-30 00:00:32.145: Session 0901; child 7').fields.header_columns).toBeUndefined();
    expect(parse('[ 2026 Nov 28 11:07:08 Rereading configuration. ]').fields.header_columns).toBeUndefined();
    expect(parse('time=2026-11-24T13:05:41Z level=info msg=ok').fields.header_columns).toBeUndefined();
    expect(parse('[APP]time="2026-11-26T14:37:15Z" level=info msg=ok').fields.header_columns).toBe('[APP]');
    // Labels before NestJS's dash stay with their own reader, once.
    expect(parse('[Nest] 19096  - 11/30/2026, 7:12:59 AM  deploy done').fields.header_columns).toBe(
      '[Nest] 19096',
    );
  });
});

describe('a learned source whose time follows other words', () => {
  it('reads its learned time and keeps what precedes it', () => {
    const lines = Array.from(
      { length: 32 },
      (_, k) => `node-${k % 4} 2026-11-30 10:${String(k).padStart(2, '0')}:01 request ${k} served`,
    );
    const read = learnt(lines);
    const line = read('node-3 2026-11-30 10:40:01 request 99 served');
    expect(line.timestamp).toBe(Date.parse('2026-11-30T10:40:01Z'));
    expect(kept(line, 'node-3')).toBe(true);
    expect(kept(line, 'request 99 served')).toBe(true);
  });
});

describe('a learned level column past the usual reach, a label before the time', () => {
  it('keeps the label and the context fields after the time, in line order', () => {
    const at = (n: number) => String(n % 60).padStart(2, '0');
    const line = (n: number, level: string) =>
      `node-${n % 3} 2026-11-30 11:20:${at(n)},120 org:acme env:prod api:pay-v${n % 3} rev:${n % 7} ` +
      `messageid:rrt-${n}-3 main ${level} HTTP.CLIENT - deployed bundle ${n}`;
    const read = learnt(Array.from({ length: 32 }, (_, n) => line(n, n % 4 === 0 ? 'WARN' : 'INFO')));
    expect(read(line(40, 'ERROR'))).toMatchObject({
      level: 'ERROR',
      fields: { header_columns: 'node-1 org:acme env:prod api:pay-v1 rev:5 messageid:rrt-40-3 main' },
    });
  });
});

describe('the stretch between a level before the time and the time (header columns)', () => {
  it('keeps what stands between them, which the header steps over to read the message after the time', () => {
    expect(parse('[a] [b] 2026-11-30 11:20:01,120 hello world')).toMatchObject({
      message: 'hello world',
      fields: { header_columns: '[b]' },
    });
    expect(
      parse('INFO - Listener.contextInitialized(141) |2026-11-30T06:01:44,569| Starting the webapp').fields
        .header_columns,
    ).toBe('Listener.contextInitialized(141)');
    expect(
      parse('[INFO crates/lib/src/init_builder.rs:94] 2026-11-28T13:10:06.500503029+01:00 container ready')
        .fields.header_columns,
    ).toBe('crates/lib/src/init_builder.rs:94]');
    expect(
      parse('ERROR: apport (pid 48213) Mon Nov 30 07:42:19 2026: called for pid 1').fields.header_columns,
    ).toBe('apport (pid 48213)');
  });

  it('keeps a learned source’s constant labels before the time with deep context fields after it', () => {
    // `[a]` reads as a level (WebSphere's placed `A`), so no deep column is learned: `[b]` stood
    // between that level and the time, in neither the message nor the fields.
    const at = (n: number) => String(n % 60).padStart(2, '0');
    const levels = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR', 'INFO', 'DEBUG', 'INFO'];
    const line = (n: number) =>
      `[a] [b] 2026-11-30 11:20:${at(n)},120 org:acme env:prod api:pay-v${n % 3} rev:${n % 7} ` +
      `messageid:rrt-${n}-3 main ${levels[n % 8]} HTTP.CLIENT - deployed bundle ${n}`;
    const read = learnt(Array.from({ length: 32 }, (_, n) => line(n)));
    for (const n of [1, 4, 40]) {
      const parsed = read(line(n));
      // Every word but the level's and the time's.
      expect(
        kept(
          parsed,
          line(n)
            .replace(/^\[a\]/, '')
            .replace(/ 2026-11-30 \S+ /, ' '),
        ),
      ).toBe(true);
    }
  });

  it('keeps nothing where only marks stand there, or where the message starts before the time', () => {
    expect(parse('[ERROR] [2026-11-30 11:20:01] boom').fields.header_columns).toBeUndefined();
    expect(parse('D: 11/14/17 21:08:12 - text').fields.header_columns).toBeUndefined();
    expect(parse('WARNING: expires on 2026-12-31 23:59:59 soon')).toMatchObject({
      message: 'expires on 2026-12-31 23:59:59 soon',
      fields: {},
    });
  });
});

describe('a level read later in the text, columns kept before the time', () => {
  it('keeps the columns between the time and the level after those before the time', () => {
    // A fuzz line (parse-equivalence seed 7): the level reader kept its columns only where none were.
    const line = parse(
      'QZe~*/mJz|2.0059138961010334e+135|2026-11-27\t10:15:03|\'2c) wQ?,n|-1.1338165561906436e+193|[WARN-|["retry func failed"] ["retry time"=3]',
    );
    expect(line.level).toBe('WARN');
    expect(line.fields.header_columns).toBe(
      "QZe~*/mJz|2.0059138961010334e+135 '2c) wQ?,n|-1.1338165561906436e+193",
    );
  });
});

const word = fc.constantFrom(
  'user',
  'said',
  'job',
  'done',
  'at',
  'Server',
  'started',
  '42',
  'web-0',
  '[main]',
  '(pid=7)',
  'key=v',
  'v2.1',
  'ok',
  'hi',
  'Backup',
);
const time = fc.constantFrom(
  '2026-11-30T10:00:01Z',
  '2026-11-30 10:00:01',
  '2026-11-30 10:00:01,123',
  'Mon Nov 30 2026 11:20:04',
  'Mon Nov 30 2026 11:20:04 GMT+0100',
  '30/Nov/2026:10:00:01 +0000',
  '11/30/2026, 7:12:59 AM',
);

describe('a property: nothing said around a time is lost', () => {
  it('keeps every word of 0–4 words, a time and 0–4 words in the message or the fields', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 4 }),
        time,
        fc.array(word, { maxLength: 4 }),
        (before, t, after) => {
          const line = parse([...before, t, ...after].join(' '));
          for (const w of [...before, ...after]) if (!kept(line, w)) return false;
          return true;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
