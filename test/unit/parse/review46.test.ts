/**
 * Review 46 of the r52 round (the lines are invented):
 *
 * - A process or thread id named as such in brackets or parentheses (`(pid:3112)`, `[pid 4242]`,
 *   `[TID=7]`) is the line's `fields.pid` or `fields.tid` whether its number changes from line to
 *   line or not. A changing one is learned by the bracket's or the parenthesis's shape before the
 *   named id's, so it stayed in `header_columns`, or was even taken for a logger's name (`pid 4242`).
 *   Limits: a bracket holding more than the label and its number (`[pid 4242 worker]`) is read as
 *   before.
 * - A later line of a source that learned cbang's short level (`r54`) whose mark is followed by a
 *   space and no context (`14:40:01:I1: text`) keeps no leading space in its message.
 */
import { describe, expect, it } from 'vitest';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');

describe('a named pid or tid column in brackets or parentheses, its number changing', () => {
  const lines = (column: (k: number) => string) =>
    ['Worker started', 'Shadow exited with status 4', 'Job 12 queued', 'Job 12 done'].map(
      (text, k) => `2026-11-28 02:00:0${k} ${column(k)} ${text}`,
    );

  it('is the line’s pid or tid, as a constant one is', () => {
    const texts = ['Worker started', 'Shadow exited with status 4', 'Job 12 queued', 'Job 12 done'];
    for (const [column, first] of [
      [(k: number) => `(pid:${3112 + k})`, 3112],
      [(k: number) => `[pid ${4242 + k}]`, 4242],
    ] as const) {
      const { sample } = readLines(lines(column), receivedAt);
      expect(sample.map((l) => [l.fields.pid, l.logger, l.fields.header_columns, l.message])).toEqual(
        texts.map((text, k) => [first + k, undefined, undefined, text]),
      );
    }
    const tid = readLines(
      lines((k) => `[TID=${70 + k}]`),
      receivedAt,
    ).sample;
    expect(tid.map((l) => l.fields.tid)).toEqual([70, 71, 72, 73]);
  });

  it('leaves a bracket holding more than the id as it was read', () => {
    const { sample } = readLines(
      lines((k) => `[pid ${4242 + k} worker]`),
      receivedAt,
    );
    expect(sample.map((l) => l.fields.pid)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('a learned short level followed by a space and no context', () => {
  it('leaves no space opening the message', () => {
    const marks = ['I1', 'E ', 'W ', 'I2', 'D3'];
    const lines = Array.from({ length: 10 }, (_, k) => `14:03:4${k}:${marks[k % 5]}:WU51${k}:Step ${k} done`);
    const { later } = readLines(lines, receivedAt, ['14:40:01:I1: just text']);
    expect([later[0]?.level, later[0]?.message]).toEqual(['INFO', 'just text']);
  });
});
