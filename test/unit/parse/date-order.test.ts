/**
 * The order of day and month learned per source: a date both orders read (`11-03-2026`) keeps the
 * default order (day first for dashes and dots, month first for slashes) until two lines of the
 * source prove its order (a first number over 12 proves day first, a second over 12 month first) and
 * none the other; from then on that source's dates are read in the proven order. A contrary proof
 * returns the source to the default order; a structure learned again forgets what was proved. The
 * lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { compileParser } from '../../../core/parse/index.ts';
import {
  DAY_FIRST,
  MONTH_FIRST,
  NO_ORDER,
  otherOrder,
  shapeIndex,
  shapeOrder,
  TIMESTAMP_SHAPES,
} from '../../../core/parse/timestamp-shapes.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const at = (iso: string) => Date.parse(iso);

/** A parser that learned `source` from `sample`, and reads lines of it. */
function sourceOf(sample: readonly string[], source = 'omada') {
  const parser = compileParser({});
  parser.learn(source, sample, receivedAt);
  return { parser, read: (line: string, from = source) => parser(line, receivedAt, from).timestamp };
}

const dashed = (date: string, text = 'started') => `${date} 14:02:11.482 INFO [main] c.t.s.Boot(): ${text}`;
const ambiguous = [dashed('11-03-2026'), dashed('11-03-2026', 'ready'), dashed('10-03-2026', 'polling')];

describe('the order of day and month, learned per source', () => {
  it('reads a month-first source month first once two lines prove it (a second number over 12)', () => {
    const { read } = sourceOf(ambiguous);
    // Before any proof, the default order: day first for dashes.
    expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
    expect(read(dashed('11-25-2026'))).toBe(at('2026-11-25T14:02:11.482Z'));
    // One proof is not enough.
    expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
    expect(read(dashed('10-26-2026'))).toBe(at('2026-10-26T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-11-03T14:02:11.482Z'));
    expect(read(dashed('01-12-2026'))).toBe(at('2026-01-12T14:02:11.482Z'));
  });

  it('reads a day-first source day first once two lines prove it (a first number over 12)', () => {
    const slashed = (date: string) => `${date} 14:02:11 INFO worker ready`;
    const { read } = sourceOf(
      [slashed('11/03/2026'), slashed('10/03/2026'), slashed('09/03/2026')],
      'ledger',
    );
    // Before any proof, the default order: month first for slashes.
    expect(read(slashed('11/03/2026'), 'ledger')).toBe(at('2026-11-03T14:02:11Z'));
    expect(read(slashed('25/11/2026'), 'ledger')).toBe(at('2026-11-25T14:02:11Z'));
    expect(read(slashed('26/11/2026'), 'ledger')).toBe(at('2026-11-26T14:02:11Z'));
    expect(read(slashed('11/03/2026'), 'ledger')).toBe(at('2026-03-11T14:02:11Z'));
  });

  it('reads a dotted two-digit-year source in the order its proofs gave', () => {
    const dotted = (date: string) => `[${date} 14:02:11.482 INFO  BackupWrk com.code42.Backup] text`;
    const { read } = sourceOf([dotted('11.03.26'), dotted('10.03.26'), dotted('09.03.26')], 'crashplan');
    expect(read(dotted('11.03.26'), 'crashplan')).toBe(at('2026-03-11T14:02:11.482Z'));
    expect(read(dotted('11.13.26'), 'crashplan')).toBe(at('2026-11-13T14:02:11.482Z'));
    expect(read(dotted('10.14.26'), 'crashplan')).toBe(at('2026-10-14T14:02:11.482Z'));
    expect(read(dotted('11.03.26'), 'crashplan')).toBe(at('2026-11-03T14:02:11.482Z'));
  });

  it('keeps the default order for a source whose lines never prove an order', () => {
    const { read } = sourceOf(ambiguous);
    for (let k = 0; k < 100; k++) expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
    expect(read(dashed('05-01-2026'))).toBe(at('2026-01-05T14:02:11.482Z'));
  });

  it('learns from two proofs in the sample', () => {
    const { read } = sourceOf([...ambiguous, dashed('11-25-2026'), dashed('10-26-2026')]);
    expect(read(dashed('11-03-2026'))).toBe(at('2026-11-03T14:02:11.482Z'));
  });

  it('learns nothing from one forged line (a line written to re-date a source)', () => {
    const teach = (date: string) => `${date} 10:00:00 INFO a`;
    const parser = compileParser({});
    parser.learn('svc', [teach('03-11-2026'), teach('03-11-2026'), teach('04-11-2026')], receivedAt);
    expect(parser('11-25-2026 10:00:00 INFO x', receivedAt, 'svc').timestamp).toBe(
      at('2026-11-25T10:00:00Z'),
    );
    for (let k = 0; k < 10; k++)
      expect(parser('06-11-2026 10:00:00 INFO y', receivedAt, 'svc').timestamp).toBe(
        at('2026-11-06T10:00:00Z'),
      );
  });

  it('returns to the default order when a line proves the other order after two proved one', () => {
    const { read } = sourceOf(ambiguous);
    expect(read(dashed('11-25-2026'))).toBe(at('2026-11-25T14:02:11.482Z'));
    expect(read(dashed('10-26-2026'))).toBe(at('2026-10-26T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-11-03T14:02:11.482Z'));
    expect(read(dashed('25-11-2026'))).toBe(at('2026-11-25T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
  });

  it('reads a line proving the other order in its only order, and the source then has no order of its own', () => {
    const { parser, read } = sourceOf(ambiguous);
    expect(read(dashed('11-25-2026'))).toBe(at('2026-11-25T14:02:11.482Z'));
    // The contrary proof reads as it must (25 November); the source proved both orders, so the
    // default order (day first for dashes) holds, whatever later lines prove, until it learns again.
    expect(read(dashed('25-11-2026'))).toBe(at('2026-11-25T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
    expect(read(dashed('11-26-2026'))).toBe(at('2026-11-26T14:02:11.482Z'));
    expect(read(dashed('10-27-2026'))).toBe(at('2026-10-27T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
    // Learned again, the source starts afresh: two proofs teach it.
    for (let k = 0; k < 64; k++)
      parser(`2026-11-03T14:02:${10 + (k % 40)}Z web-1 served /health`, receivedAt, 'omada');
    parser.learn('omada', ambiguous, receivedAt);
    expect(read(dashed('11-25-2026'))).toBe(at('2026-11-25T14:02:11.482Z'));
    expect(read(dashed('10-26-2026'))).toBe(at('2026-10-26T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-11-03T14:02:11.482Z'));
  });

  it('goes back to the default order once a source proves both orders (lines of several programs)', () => {
    // docker compose's merged output: a US worker's month-first dates and an en-GB service's day-first
    // ones under one source. The first proof must not misdate the other program's lines for good.
    const merged = (name: string, date: string) => `${name.padEnd(9)} | ${date} 14:02:11 INFO ready`;
    const { read } = sourceOf(
      [merged('worker-1', '11/03/2026'), merged('worker-1', '10/03/2026'), merged('web-1', '09/03/2026')],
      'compose',
    );
    expect(read(merged('api-1', '25/11/2026'), 'compose')).toBe(at('2026-11-25T14:02:11Z'));
    expect(read(merged('api-1', '26/11/2026'), 'compose')).toBe(at('2026-11-26T14:02:11Z'));
    // Until a contrary proof, the proved order holds.
    expect(read(merged('worker-1', '11/03/2026'), 'compose')).toBe(at('2026-03-11T14:02:11Z'));
    expect(read(merged('worker-1', '11/25/2026'), 'compose')).toBe(at('2026-11-25T14:02:11Z'));
    // Both orders proven: no order is the source's own, the default order (month first for slashes) holds.
    expect(read(merged('worker-1', '11/03/2026'), 'compose')).toBe(at('2026-11-03T14:02:11Z'));
    expect(read(merged('api-1', '26/11/2026'), 'compose')).toBe(at('2026-11-26T14:02:11Z'));
    expect(read(merged('worker-1', '11/03/2026'), 'compose')).toBe(at('2026-11-03T14:02:11Z'));
  });

  it('does not share what one source learned with another', () => {
    const parser = compileParser({});
    parser.learn('us', ambiguous, receivedAt);
    parser.learn('eu', ambiguous, receivedAt);
    expect(parser(dashed('11-25-2026'), receivedAt, 'us').timestamp).toBe(at('2026-11-25T14:02:11.482Z'));
    expect(parser(dashed('10-26-2026'), receivedAt, 'us').timestamp).toBe(at('2026-10-26T14:02:11.482Z'));
    expect(parser(dashed('11-03-2026'), receivedAt, 'us').timestamp).toBe(at('2026-11-03T14:02:11.482Z'));
    expect(parser(dashed('11-03-2026'), receivedAt, 'eu').timestamp).toBe(at('2026-03-11T14:02:11.482Z'));
    // A line read without its source learns nothing for it.
    expect(parser(dashed('11-03-2026'), receivedAt).timestamp).toBe(at('2026-03-11T14:02:11.482Z'));
  });

  it('forgets the learned order when the source learns its structure again', () => {
    const { parser, read } = sourceOf(ambiguous);
    expect(read(dashed('11-25-2026'))).toBe(at('2026-11-25T14:02:11.482Z'));
    expect(read(dashed('10-26-2026'))).toBe(at('2026-10-26T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-11-03T14:02:11.482Z'));
    const before = parser.structureOf('omada');
    // 64 lines of another layout: the structure stops fitting and the next record learns again.
    for (let k = 0; k < 64; k++)
      parser(`2026-11-03T14:02:${10 + (k % 40)}Z web-1 served /health`, receivedAt, 'omada');
    parser.learn('omada', ambiguous, receivedAt);
    expect(parser.structureOf('omada')).not.toBe(before);
    expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
  });

  it('takes no proof from a number of the text', () => {
    const { read } = sourceOf(ambiguous);
    expect(read(dashed('11-03-2026', 'moved 11-25 items'))).toBe(at('2026-03-11T14:02:11.482Z'));
    expect(read(dashed('11-03-2026'))).toBe(at('2026-03-11T14:02:11.482Z'));
  });

  it('takes no proof from a date further into a line than where the source writes its time', () => {
    // A US source's exception text quotes a day-first date; its own dates stay month first.
    const us = (date: string, text = 'ok') => `${date} 14:02:11 INFO [main] ${text}`;
    const { read } = sourceOf([us('11/03/2026'), us('11/03/2026', 'ready'), us('10/03/2026')], 'scheduler');
    expect(
      read(
        'Caused by: java.lang.IllegalArgumentException: 25/12/2026 00:00:00 is not a business day',
        'scheduler',
      ),
    ).toBe(at('2026-12-25T00:00:00Z'));
    expect(read(us('11/04/2026'), 'scheduler')).toBe(at('2026-11-04T14:02:11Z'));
    // Its own header's proofs still count.
    expect(read(us('13/04/2026'), 'scheduler')).toBe(at('2026-04-13T14:02:11Z'));
    expect(read(us('14/04/2026'), 'scheduler')).toBe(at('2026-04-14T14:02:11Z'));
    expect(read(us('11/04/2026'), 'scheduler')).toBe(at('2026-04-11T14:02:11Z'));
  });

  it('takes a proof from the dated time after a learned level column, where such a source writes it', () => {
    const leveled = (date: string) => `INFO:     [${date} 13:25:51] worker ready`;
    const { read } = sourceOf(
      [leveled('11/03/2026'), 'INFO:     Started server process [7]', 'INFO:     Waiting for startup.'],
      'uvicorn',
    );
    expect(read(leveled('11/03/2026'), 'uvicorn')).toBe(at('2026-11-03T13:25:51Z'));
    expect(read(leveled('19/11/2026'), 'uvicorn')).toBe(at('2026-11-19T13:25:51Z'));
    expect(read(leveled('20/11/2026'), 'uvicorn')).toBe(at('2026-11-20T13:25:51Z'));
    expect(read(leveled('11/03/2026'), 'uvicorn')).toBe(at('2026-03-11T13:25:51Z'));
  });
});

describe('the pairs of layouts that read a date in either order', () => {
  it('pairs each ordered shape with one of the other order, both ways', () => {
    for (let i = 0; i < TIMESTAMP_SHAPES.length; i++) {
      if (shapeOrder(i) === NO_ORDER) {
        expect(otherOrder(i)).toBe(-1);
        continue;
      }
      expect(otherOrder(otherOrder(i))).toBe(i);
      expect(shapeOrder(otherOrder(i))).toBe(shapeOrder(i) === DAY_FIRST ? MONTH_FIRST : DAY_FIRST);
    }
  });

  it('finds a named shape, and throws for a name no shape has (a table naming it fails to load)', () => {
    expect(TIMESTAMP_SHAPES[shapeIndex('d/M/yyyy H:mm:ssSZ')]?.name).toBe('d/M/yyyy H:mm:ssSZ');
    expect(() => shapeIndex('d/M/yyyy HH:mm:ss')).toThrow(/no timestamp shape named/);
  });
});
