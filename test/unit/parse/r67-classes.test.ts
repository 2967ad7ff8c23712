/**
 * Classes of issue #14's round r67 (dev129, dev125). The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

/*
 * CLASS: V8's isolate prefix, `[%d:%p] ` (`Isolate::PrintIsolate`) and after it the GC tracer's
 * `%8.0f ms: ` (`Isolate::PrintWithTimestamp`), on every line of `--trace-gc` in Node, Deno and
 * Electron. The milliseconds count from the isolate's start: an uptime, never the line's time.
 */
describe("V8's isolate prefix and its uptime", () => {
  it('cuts the prefix, keeps the pid, the isolate and the uptime as fields, and reads no time', () => {
    const line = parse(
      '[7311:0x55a1c0d4e2b0]     2048 ms: Mark-Compact 18.2 (21.0) -> 9.9 (22.5) MB, 6.1 / 0.0 ms  (average mu = 0.991, current mu = 0.985) task',
    );
    expect(line).toMatchObject({
      format: 'v8_isolate',
      timestamp: undefined,
      level: undefined,
      message:
        'Mark-Compact 18.2 (21.0) -> 9.9 (22.5) MB, 6.1 / 0.0 ms  (average mu = 0.991, current mu = 0.985) task',
      fields: { pid: 7311, isolate: '0x55a1c0d4e2b0', uptime_ms: 2048 },
    });
  });

  it('cuts the prefix alone where no uptime follows it (`--trace-gc-verbose`)', () => {
    const line = parse('[7311:0x55a1c0d4e2b0] New space,              used:   1024 KB, available:  15360 KB');
    expect(line.message).toBe('New space,              used:   1024 KB, available:  15360 KB');
    expect(line.fields).toEqual({ pid: 7311, isolate: '0x55a1c0d4e2b0' });
    expect(line.timestamp).toBeUndefined();
  });

  it.each([
    'Seen in the trace: [7311:0x55a1c0d4e2b0]     2048 ms: Scavenge',
    '[123:456] worker ready',
    '[12:34] meeting moved',
    '[main:0x55a1c0d4e2b0] started',
    '[7311:55a1c0d4e2b0] no 0x before the address',
    '[7311:0x55a1c0d4e2b0]',
  ])('leaves a look-alike as the text: %s', (text) => {
    const line = parse(text);
    expect(line.format).not.toBe('v8_isolate');
    expect(line.message).toBe(text);
    expect(line.fields.isolate).toBeUndefined();
  });
});
