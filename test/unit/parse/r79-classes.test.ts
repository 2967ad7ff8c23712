/**
 * Classes of issue #14's round r79: a tag in brackets closing a source's lines. The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { charactersRead } from '../../support/characters-read.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');

/*
 * CLASS: LoggerPro's default layout (`TLogItemRendererDefault` in `LoggerPro.Renderers.pas`,
 * `{timestamp}[TID {threadid}][{loglevel}] {message} [{tag}]`): the tag after the text is a header
 * field, the same on most lines (DelphiMVCFramework's `LOGGERPRO_TAG = 'dmvcframework'`); LoggerPro 2
 * appends the call's context after it, ` {key=value, …}` (2026) or ` key=value …` (2025). Learned
 * only: one line's closing `[word]` is its own text.
 */
describe("LoggerPro's tag closing the line, learned from a source", () => {
  const at = (i: number, level: string) =>
    `2026-11-30 07:58:0${i}:102 [TID ${String(6120 + i).padEnd(8)}][${level.padEnd(10)}]`;
  const lines = [
    `${at(0, 'INFO')} Config: port 8080, max connections 1024 [dmvcframework]`,
    `${at(1, 'INFO')} Registered controller TOrdersController at /api/orders [dmvcframework]`,
    `${at(2, 'INFO')} GET:/api/orders -> TOrdersController - 200 OK [dmvcframework]`,
    `${at(3, 'WARNING')} Slow action TOrdersController.GetAll: 3412 ms [dmvcframework]`,
    `${at(4, 'INFO')} Order 1042 accepted [orders] {order_id=1042, customer="ACME [EU]"}`,
    `${at(5, 'ERROR')} Order 1043 rejected [orders] order_id=1043 reason="no stock"`,
    `${at(6, 'INFO')} Server started on port 8080 [dmvcframework]`,
    `${at(7, 'INFO')} Cache warmed with [12] entries [dmvcframework]`,
  ];

  it('reads the tag as the logger, the context apart, and the text without either', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample[0]).toMatchObject({
      level: 'INFO',
      logger: 'dmvcframework',
      message: 'Config: port 8080, max connections 1024',
    });
    expect(sample[3]).toMatchObject({
      level: 'WARN',
      message: 'Slow action TOrdersController.GetAll: 3412 ms',
    });
    expect(sample[4]).toMatchObject({ logger: 'orders', message: 'Order 1042 accepted' });
    expect(sample[4]?.fields.context).toBe('order_id=1042, customer="ACME [EU]"');
    expect(sample[5]).toMatchObject({ level: 'ERROR', logger: 'orders', message: 'Order 1043 rejected' });
    expect(sample[5]?.fields.context).toBe('order_id=1043 reason="no stock"');
    // A bracket of the text's own before the tag stays the text's.
    expect(sample[7]?.message).toBe('Cache warmed with [12] entries');
  });

  it('keeps a later line’s closing bracket that is no tag in the text', () => {
    const { later } = readSource(lines, receivedAt, [
      `${at(8, 'INFO')} Import finished [3/5]`,
      `${at(9, 'INFO')} Import finished, no tag`,
    ]);
    expect(later[0]?.message).toBe('Import finished [3/5]');
    expect(later[1]?.message).toBe('Import finished, no tag');
  });

  it('reads a quoted context value’s own brackets and braces as the value’s (review66)', () => {
    // `QuotedString('"')` doubles a quote inside: the caller's value can close no context of its own.
    const { later } = readSource(lines, receivedAt, [
      `${at(8, 'ERROR')} Login failed [dmvcframework] {user="x] [payments] {a=b"}`,
      `${at(9, 'ERROR')} Login failed [dmvcframework] {user="x""} [payments] {a=""b", id=7}`,
    ]);
    expect(later[0]).toMatchObject({ level: 'ERROR', logger: 'dmvcframework', message: 'Login failed' });
    expect(later[0]?.fields.context).toBe('user="x] [payments] {a=b"');
    expect(later[1]).toMatchObject({ logger: 'dmvcframework', message: 'Login failed' });
    expect(later[1]?.fields.context).toBe('user="x""} [payments] {a=""b", id=7');
  });

  it('reads a line ending in a run of `] ` at about a plain line’s cost (review66)', () => {
    const parser = compileParser({});
    parser.learn('s', lines, receivedAt);
    const cost = (text: string) => charactersRead(() => parser(`${at(8, 'INFO')} ${text}`, receivedAt, 's'));
    const plain = cost(`${'x'.repeat(600)} [dmvcframework]`);
    for (const crafted of ['] '.repeat(300), `x ${'] {a=1'.repeat(100)}"`, `x ${'] a=b'.repeat(120)}"`])
      expect(cost(crafted), crafted.slice(0, 12)).toBeLessThan(2 * plain);
  });

  it('reads no tag in a line alone', () => {
    const alone = parseLine(lines[0] as string, { receivedAt });
    expect(alone.message).toBe('Config: port 8080, max connections 1024 [dmvcframework]');
    expect(alone.logger).toBeUndefined();
  });
});

describe('a closing bracket that is the text’s, on most lines', () => {
  const at = (i: number) => `2026-11-30 07:58:0${i} INFO`;

  it('keeps a check’s outcome, the same on every line', () => {
    const done = [0, 1, 2, 3, 4].map((i) => `${at(i)} Migrating table t${i} [DONE]`);
    expect(readSource(done, receivedAt).sample[2]?.message).toBe('Migrating table t2 [DONE]');
    const failed = [0, 1, 2, 3, 4].map(
      (i) => `${at(i)} Checking disk ${i} [${i === 4 ? 'PASSED' : 'FAILED'}]`,
    );
    expect(readSource(failed, receivedAt).sample[1]?.message).toBe('Checking disk 1 [FAILED]');
  });

  it('keeps progress counters and a bracket that changes on every line', () => {
    const progress = [1, 2, 3, 4, 5].map((i) => `${at(i)} Installing package${i} [${i}/5]`);
    expect(readSource(progress, receivedAt).sample[0]?.message).toBe('Installing package1 [1/5]');
    const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'alice'].map(
      (user, i) => `${at(i)} user logged in [${user}]`,
    );
    const read = readSource(users, receivedAt).sample;
    expect(read[5]?.message).toBe('user logged in [alice]');
    expect(read[5]?.logger).toBeUndefined();
  });

  it('keeps pairs after a bracket of the text’s when no tag recurs', () => {
    const pairs = ['a1', 'b2', 'c3', 'd4', 'e5'].map((id, i) => `${at(i)} job [${id}] done took=${i}ms`);
    const read = readSource(pairs, receivedAt).sample;
    expect(read[0]?.message).toBe('job [a1] done took=0ms');
    expect(read[0]?.fields.context).toBeUndefined();
  });
});
