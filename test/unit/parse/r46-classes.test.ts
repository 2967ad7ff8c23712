/**
 * Readings of the r46 round (the lines are invented):
 *
 * - A severity letter between spaces before a glog-style caller (`: I path/file.cc:77] text`,
 *   TensorFlow's C++ logging, `"%s.%06d: %c %s:%d] %s"` with `IWEF`): learned per source when
 *   every sample line whose letter stands in the slot has a source location closed by `]` right
 *   after it and `I` is among the letters; the caller goes to `fields.caller`, the text follows.
 *   Limits: compass points (`N 12th St`), a letter after prose, a letter before a word or a
 *   location without its `]` stay text.
 * - SimpleDateFormat's `SSSS` (log4j 1.x `%d{yyyy-MM-dd HH:mm:ss.SSSS}`): the millisecond count
 *   padded to four digits, `.0041` = 41 ms. Learned per source when the four digits after the
 *   header's clock start with 0 on every sample line that has them (most lines, 8 at least, in
 *   three seconds: a burst inside one second's first tenth is no proof); a
 *   true four-digit fraction (loguru, `DateTimeFormatter`) starts with 0 one time in ten and stays
 *   a fraction; a line alone and a short sample read a fraction.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n % 60).padStart(2, '0');

describe('a severity letter before a glog-style caller', () => {
  const tf = (n: number, letter: string, caller: string, text: string) =>
    `2026-11-30 06:12:${second(n)}.118204: ${letter} ${caller}] ${text}`;
  const lines = Array.from({ length: 32 }, (_, n) =>
    n % 11 === 5
      ? tf(n, 'W', 'tensorflow/core/framework/op_kernel.cc:1830', `Resource exhausted for batch ${n}`)
      : n === 20
        ? tf(n, 'E', 'tensorflow_serving/core/loader_harness.cc:76', 'Loading servable failed')
        : tf(
            n,
            'I',
            `tensorflow_serving/model_servers/server_core.cc:${474 + n * 7}`,
            `Adding/updating model ${n}.`,
          ),
  );

  it('reads the letter as the level, the caller to fields.caller, the text after it', () => {
    const { sample, later } = readLines(lines, receivedAt, [
      tf(40, 'I', 'external/org_tensorflow/tensorflow/cc/saved_model/loader.cc:233', 'Restoring bundle.'),
    ]);
    expect([sample[0]?.level, sample[0]?.message]).toEqual(['INFO', 'Adding/updating model 0.']);
    // Learned as a leading column here (one caller shape on every line): glog's `]` is cut, as glog's own.
    expect(sample[0]?.fields.caller).toBe('tensorflow_serving/model_servers/server_core.cc:474');
    expect(later[0]?.fields.caller).toBe('external/org_tensorflow/tensorflow/cc/saved_model/loader.cc:233');
    expect([sample[5]?.level, sample[20]?.level]).toEqual(['WARN', 'ERROR']);
    expect([later[0]?.level, later[0]?.message]).toEqual(['INFO', 'Restoring bundle.']);
  });

  it('leaves a later line whose letter has no caller after it as read', () => {
    const { later } = readLines(lines, receivedAt, ['2026-11-30 06:13:00.000001: I think it restarted']);
    expect(later[0]?.level).toBeUndefined();
    expect(later[0]?.message).toBe('I think it restarted');
  });

  it('learns nothing from compass points, letters after prose, or a location without its bracket', () => {
    const street = (n: number, d: string) => `2026-11-30 02:03:${second(n)} pickup at ${n} ${d} 12th St`;
    const compass = readLines(
      Array.from({ length: 32 }, (_, n) => street(n, n % 4 === 0 ? 'W' : n % 5 === 0 ? 'E' : 'N')),
      receivedAt,
    );
    expect(compass.sample.every((line) => line.level === undefined)).toBe(true);
    const side = (n: number, d: string) => `2026-11-30 02:03:${second(n)}: ${d} side closed.cc:${n}`;
    const noBracket = readLines(
      Array.from({ length: 32 }, (_, n) => side(n, n % 3 ? 'I' : 'W')),
      receivedAt,
    );
    expect(noBracket.sample.every((line) => line.level === undefined)).toBe(true);
    const prose = (n: number, l: string) => `2026-11-30 02:03:${second(n)}: ${l} went home`;
    const words = readLines(
      Array.from({ length: 32 }, (_, n) => prose(n, n % 3 ? 'I' : 'W')),
      receivedAt,
    );
    expect(words.sample.every((line) => line.level === undefined)).toBe(true);
  });

  it('learns nothing from a column of compass points before a caller (no I among them)', () => {
    // review45: restored to r46's `.cc` caller; r54's per-line reading wants TensorFlow's fraction.
    const wind = (n: number, d: string) => `2026-11-30 02:03:${second(n)}: ${d} wx/metar.cc:${n}] ${n}kt`;
    const compass = readLines(
      Array.from({ length: 32 }, (_, n) => wind(n, n % 4 === 0 ? 'W' : n % 5 === 0 ? 'E' : 'N')),
      receivedAt,
    );
    expect(compass.sample.every((line) => line.level === undefined)).toBe(true);
  });
});

describe("SimpleDateFormat's padded millisecond count (SSSS)", () => {
  // Milliseconds 0–999 padded to four digits: the first is always 0.
  const priam = (n: number) =>
    `2026-11-29 19:30:${second(n)}.${String((n * 97) % 1000).padStart(4, '0')} INFO main com.example.Boot step ${n}`;
  const lines = Array.from({ length: 32 }, (_, n) => priam(n));

  it('reads the four digits as milliseconds once the sample proved every one starts with 0', () => {
    const { sample, later } = readLines(lines, receivedAt, [
      '2026-11-29 19:31:00.0041 WARN main com.example.Boot late',
    ]);
    expect(new Date(sample[1]?.timestamp ?? 0).toISOString()).toBe('2026-11-29T19:30:01.097Z');
    expect(new Date(later[0]?.timestamp ?? 0).toISOString()).toBe('2026-11-29T19:31:00.041Z');
    expect(later[0]?.level).toBe('WARN');
  });

  it('keeps a true four-digit fraction whose first digit varies, some lines starting with 0', () => {
    const loguru = (n: number) =>
      `2026-11-29 19:30:${second(n)}.${String((n * 1237 + 41) % 10000).padStart(4, '0')} | INFO | step ${n}`;
    const fraction = Array.from({ length: 32 }, (_, n) => loguru(n));
    expect(fraction.some((line) => line.includes('.0'))).toBe(true);
    const { sample, later } = readLines(fraction, receivedAt, ['2026-11-29 19:31:00.0041 | INFO | late']);
    expect(new Date(sample[0]?.timestamp ?? 0).toISOString()).toBe('2026-11-29T19:30:00.004Z');
    expect(new Date(later[0]?.timestamp ?? 0).toISOString()).toBe('2026-11-29T19:31:00.004Z');
  });

  it("keeps a true fraction whose sample is one burst inside a second's first tenth", () => {
    // A startup writing its first dozen lines within 60 ms of 19:30:00: every fraction starts with 0.
    const burst = Array.from(
      { length: 12 },
      (_, n) => `2026-11-29 19:30:00.${String(12 + n * 53).padStart(4, '0')} | INFO | step ${n}`,
    );
    const { sample, later } = readLines(burst, receivedAt, ['2026-11-29 19:30:03.0041 | INFO | late']);
    expect(new Date(sample[1]?.timestamp ?? 0).toISOString()).toBe('2026-11-29T19:30:00.006Z');
    expect(new Date(later[0]?.timestamp ?? 0).toISOString()).toBe('2026-11-29T19:30:03.004Z');
  });

  it('reads a fraction on a line alone and in a sample of fewer than 8 lines', () => {
    expect(new Date(parseLine(priam(1)).timestamp ?? 0).toISOString()).toBe('2026-11-29T19:30:01.009Z');
    const { sample } = readLines(lines.slice(0, 7), receivedAt);
    expect(new Date(sample[1]?.timestamp ?? 0).toISOString()).toBe('2026-11-29T19:30:01.009Z');
  });
});
