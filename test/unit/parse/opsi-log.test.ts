import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const opsi = (digit: string, context = '               ') =>
  `[${digit}] [2026-11-23 06:58:02.417] [${context}] Worker opsiconfd-worker-1 started (pid 2214)   (worker.py:188)`;

describe("opsi's log line (python-opsi-common's DEFAULT_FORMAT)", () => {
  it('reads the level digit, the text between context and location, the context and the location', () => {
    const line = parse(opsi('4', '198.51.100.23  '));
    expect(line).toMatchObject({
      timestamp: Date.parse('2026-11-23T06:58:02.417Z'),
      level: 'WARN',
      message: 'Worker opsiconfd-worker-1 started (pid 2214)',
      parseFailed: false,
    });
    expect(line.logger).toBeUndefined();
    expect(line.fields).toEqual({ context: '198.51.100.23', caller: 'worker.py:188' });
  });

  it.each([
    ['9', 'TRACE'],
    ['8', 'TRACE'],
    ['7', 'DEBUG'],
    ['6', 'INFO'],
    ['5', 'NOTICE'],
    ['4', 'WARN'],
    ['3', 'ERROR'],
    ['2', 'FATAL'],
    ['1', 'NOTICE'],
  ])('opsi level %s is %s', (digit, level) => {
    expect(parse(opsi(digit)).level).toBe(level);
  });

  it('reads a context longer than its padding, and the same through a learned source', () => {
    expect(parse(opsi('3', 'opsiconfd worker 2')).fields).toMatchObject({ context: 'opsiconfd worker 2' });
    const parser = compileParser({});
    const lines = ['5', '6', '4', '3', '5', '6'].map((digit) => opsi(digit));
    parser.learn('opsi', lines, receivedAt);
    expect(lines.map((raw) => parser(raw, receivedAt, 'opsi').level)).toEqual([
      'NOTICE',
      'INFO',
      'WARN',
      'ERROR',
      'NOTICE',
      'INFO',
    ]);
  });

  it.each([
    ['a counter before the time', '[1] [2026-11-23 06:58:02.417] [step] copying files'],
    ['no location closing the line', '[5] [2026-11-23 06:58:02.417] [               ] starting'],
    ['a location after one space', '[5] [2026-11-23 06:58:02.417] [               ] starting (main.py:262)'],
    ['two digits', '[12] [2026-11-23 06:58:02.417] [               ] starting   (main.py:262)'],
    ['no fraction', '[5] [2026-11-23 06:58:02] [               ] starting   (main.py:262)'],
  ])('reads no opsi level from %s', (_, raw) => {
    const line = parse(raw);
    expect(line.level).toBeUndefined();
    expect(line.fields.caller).toBeUndefined();
  });
});
