/**
 * An epoch written in exponent notation (`1.7954337096957021e+09`): Go's shortest `%g` of a float, as
 * zap's epoch time encoders wrote it before zap 1.22, so controller-runtime's default logger
 * (kubebuilder and operator-sdk scaffolds: every Kubernetes operator built on it, in its console
 * encoder's `time\tLEVEL\tlogger\ttext\t{…}` and with `--zap-time-encoding=epoch` or `millis`).
 * The instant comes from the decimal digits written, cut to the millisecond, never from a double
 * that may round it into the next one. The class's limit: the exponent must leave the seconds written
 * in full (`1.5e+09` names no second; a number in text stays a number). The lines are invented, not
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { parseTimestampText } from '../../../core/parse/timestamps.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const utc = { zone: 'UTC', receivedAt };
const parse = (line: string) => parseLine(line, { receivedAt });

describe('an epoch in exponent notation', () => {
  it('reads controller-runtime’s zap console line: its time, level, logger and the text with its JSON context', () => {
    expect(
      parse(
        '1.7954337096957021e+09\tINFO\tcontroller.cache\trequeue reconcile\t{"name": "c1", "after": "30s"}',
      ),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-23T11:35:09.695Z'),
      level: 'INFO',
      message: 'requeue reconcile\t{"name": "c1", "after": "30s"}',
    });
    expect(parse('1.795433781840338e+09\tERROR\tReconciler error\t{"error": "i/o timeout"}')).toMatchObject({
      timestamp: Date.parse('2026-11-23T11:36:21.840Z'),
      level: 'ERROR',
    });
  });

  it('serves a learned source', () => {
    const parser = compileParser({});
    const lines = [
      '1.795433402115001e+09\tINFO\tcontroller-runtime.metrics\tMetrics server is starting to listen\t{"addr": ":8080"}',
      '1.7954334309835594e+09\tINFO\tsetup\tstarting manager',
      '1.7954335445700107e+09\tDEBUG\tcontroller.cache\trequeue reconcile\t{"name": "c1", "after": "5s"}',
      '1.7954335613769748e+09\tERROR\tcontroller.cache\tReconciler error\t{"name": "c1", "error": "timeout"}',
    ];
    parser.learn('operator', lines, receivedAt);
    expect(parser(lines[3] ?? '', receivedAt, 'operator')).toMatchObject({
      timestamp: Date.parse('2026-11-23T11:32:41.376Z'),
      level: 'ERROR',
      message: 'Reconciler error\t{"name": "c1", "error": "timeout"}',
    });
  });

  it('takes the millisecond from the digits written, cut, where a double would round it up', () => {
    // As a double, 1795433709.9999997 × 10^6 rounds to the next second's first microsecond.
    expect(parse('1.7954337099999997e+09\tINFO\tsetup\tx').timestamp).toBe(
      Date.parse('2026-11-23T11:35:09.999Z'),
    );
    expect(parse('1795433709.9999997\tINFO\tsetup\tx').timestamp).toBe(
      Date.parse('2026-11-23T11:35:09.999Z'),
    );
    expect(parseTimestampText('1.7954337099999997e+09', utc)).toBe(Date.parse('2026-11-23T11:35:09.999Z'));
  });

  it('cuts a JSON number’s millisecond from its shortest digits, never a microsecond rounding', () => {
    // zap's JSON encoder writes the epoch as a number; a double holds 1795433709.9999997 as
    // …709.9999998, whose microsecond rounding was the next second.
    expect(parse('{"ts":1795433709.9999997,"msg":"m"}').timestamp).toBe(
      Date.parse('2026-11-23T11:35:09.999Z'),
    );
    expect(parse('{"ts":1.7954337099999997e+09,"msg":"m"}').timestamp).toBe(
      Date.parse('2026-11-23T11:35:09.999Z'),
    );
    expect(parse('{"ts":1795433709999.9997,"msg":"m"}').timestamp).toBe(
      Date.parse('2026-11-23T11:35:09.999Z'),
    );
    // Binary noise is no lost millisecond: .456 stays .456.
    expect(parse('{"ts":1795433709.456,"msg":"m"}').timestamp).toBe(Date.parse('2026-11-23T11:35:09.456Z'));
    expect(parse('{"ts":1795433709456,"msg":"m"}').timestamp).toBe(Date.parse('2026-11-23T11:35:09.456Z'));
    expect(parse('{"ts":1795433709456789000,"msg":"m"}').timestamp).toBe(
      Date.parse('2026-11-23T11:35:09.456Z'),
    );
  });

  it('reads milliseconds and a capital E, a one-digit exponent or none of the plus', () => {
    const t = Date.parse('2026-11-23T11:35:09.695Z');
    expect(parseTimestampText('1.7954337096957021e+12', utc)).toBe(t);
    expect(parseTimestampText('1.795433709695e+12', utc)).toBe(t);
    expect(parseTimestampText('1.7954337096957021E+09', utc)).toBe(t);
    expect(parseTimestampText('1.7954337096957021e09', utc)).toBe(t);
    expect(parseTimestampText('1.795433709695702e9', utc)).toBe(t);
  });

  it('reads no number in text, no exponent short of the second, and no absurd instant', () => {
    expect(parse('rate 1.5e+09 bytes').timestamp).toBeUndefined();
    expect(parse('1.5e+09 bytes sent').timestamp).toBeUndefined();
    expect(parse('1e30 is large').timestamp).toBeUndefined();
    expect(parse('1.0e+30 is large').timestamp).toBeUndefined();
    expect(parse('9.9999999999999999e+18 overflow').timestamp).toBeUndefined();
    expect(parse('1.7954337096957021e-09 tiny').timestamp).toBeUndefined();
    expect(parse('1.7954337096957021e+099 huge').timestamp).toBeUndefined();
    expect(parse('1.7954337096957021e+09x text').timestamp).toBeUndefined();
    for (const text of [
      '1.5e+09',
      '1e30',
      '1.0e+30',
      '9.9999999999999999e+300',
      '1.79e-09',
      '1.7954337096957021e+',
      'e+09',
    ]) {
      expect(parseTimestampText(text, utc)).toBeNaN();
    }
  });
});
