/**
 * Level readings of the lvl35 round, each a class several products share (the lines are invented):
 *
 * - A level letter in parentheses opening a JSON line's message field (`"log_message":"(I) text"`,
 *   1Password Connect's `(I)`/`(W)`/`(E)`, with `"level":3/2/1` beside it): the mark is the level and
 *   is cut from the message. A numeric level beside it is on the product's own scale (3 info, 1
 *   error, the reverse of syslog's), so the mark wins over it; a level word beside it wins over the
 *   mark. Limits: `I`, `W`, `E`, `D` only, opening the field, then a space and text.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');

describe('a level letter in parentheses opening a JSON message field', () => {
  it('reads the mark over a numeric level and cuts it from the message', () => {
    const info = parseLine(
      '{"msg":"(I) GET /v1/vaults","timestamp":"2026-11-28T14:00:31.882016303Z","level":3}',
    );
    expect([info.format, info.level, info.message]).toEqual(['json', 'INFO', 'GET /v1/vaults']);
    expect(info.timestamp).toBe(Date.parse('2026-11-28T14:00:31.882Z'));
    const warn = parseLine('{"message":"(W) no account data synced yet","level":2}');
    expect([warn.level, warn.message]).toEqual(['WARN', 'no account data synced yet']);
    const error = parseLine('{"msg":"(E) Server: (unable to get credentials), retrying in 30s","level":1}');
    expect([error.level, error.message]).toEqual([
      'ERROR',
      'Server: (unable to get credentials), retrying in 30s',
    ]);
    const debug = parseLine('{"msg":"(D) cache hit","level":4}');
    expect([debug.level, debug.message]).toEqual(['DEBUG', 'cache hit']);
  });

  it('keeps the number the mark overrode in the fields', () => {
    const line = parseLine('{"msg":"(I) serving on :8080","level":3}');
    expect(line.fields.level).toBe(3);
  });

  it('reads it in a message key the source taught (`log_message`), over numbers mostly 3', () => {
    const marks = ['(I)', '(I)', '(W)', '(I)', '(E)', '(I)'];
    const numbers = [3, 3, 2, 3, 1, 3];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"log_message":"${marks[n % 6]} GET /v1/vaults/${n}","timestamp":"2026-11-28T14:00:${second(n)}.104551812Z","level":${numbers[n % 6]}}`,
    );
    const { sample } = readSource(lines);
    const want = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR', 'INFO'];
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[n % 6]));
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `GET /v1/vaults/${n}`));
    expect(sample[0]?.fields.level).toBe(3);
  });

  it('reads the mark when the line names no level', () => {
    const line = parseLine('{"msg":"(W) disk almost full","ts":"2026-11-28T14:00:31Z"}');
    expect([line.level, line.message]).toEqual(['WARN', 'disk almost full']);
  });

  it('reads every line of such a source, on a scale the sample would call small', () => {
    const marks = ['(E)', '(W)', '(E)', '(I)'];
    const numbers = [1, 2, 1, 3];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"log_message":"${marks[n % 4]} request ${n} done","timestamp":"2026-11-28T14:00:${second(n)}.1Z","level":${numbers[n % 4]}}`,
    );
    const { sample } = readSource(lines);
    const want = ['ERROR', 'WARN', 'ERROR', 'INFO'];
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[n % 4]));
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `request ${n} done`));
  });

  it('leaves a level word beside the mark as the level, and the message whole', () => {
    const line = parseLine('{"level":"info","msg":"(E) is the fifth option"}');
    expect([line.level, line.message]).toEqual(['INFO', '(E) is the fifth option']);
  });

  it('leaves marks that are not one as text', () => {
    // Inside a sentence, another letter, lower case, no text after it, no space after it.
    const inside = parseLine('{"msg":"Chapter (I) opens","level":30}');
    expect([inside.level, inside.message]).toEqual(['INFO', 'Chapter (I) opens']);
    const other = parseLine('{"msg":"(A) first option","level":3}');
    expect([other.level, other.message]).toEqual(['ERROR', '(A) first option']);
    const lower = parseLine('{"msg":"(i) roman item"}');
    expect([lower.level, lower.message]).toEqual([undefined, '(i) roman item']);
    const bare = parseLine('{"msg":"(E) "}');
    expect(bare.level).toBeUndefined();
    const glued = parseLine('{"msg":"(E)xtra credit"}');
    expect([glued.level, glued.message]).toEqual([undefined, '(E)xtra credit']);
    const two = parseLine('{"msg":"(EE) doubled"}');
    expect(two.level).toBeUndefined();
  });
});
