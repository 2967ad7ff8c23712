/**
 * Classes of issue #14's round r67 (dev129, dev125). The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const learned = (lines: readonly string[]) => learnedReader(lines, receivedAt);

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

/*
 * CLASS: a program's lower-case name and its colon opening every line of a source with no time before
 * it (a runtime's debug output, `gc: collecting generation 2...`; command-line tools, `scons: `,
 * `fetchmail: `, `mdadm: `, `go: `): the learned program column, as after a time, cut on the lines
 * no header read. A first word that changes, a level word and a device name stay the text's.
 */
describe("a headerless source's constant lower-case program tag", () => {
  const gc = [
    'gc: collecting generation 0...',
    'gc: objects in each generation: 712 0 4120',
    'gc: objects in permanent generation: 0',
    'gc: done, 698 unreachable, 0 uncollectable, 0.0003s elapsed',
    'gc: collecting generation 2...',
    'gc: done, 0.0121s elapsed',
  ];

  it('cuts the tag learned from the sample, and only that tag', () => {
    const read = learned(gc);
    expect(read('gc: collecting generation 1...').message).toBe('collecting generation 1...');
    expect(read('gc: done, 12 unreachable, 0 uncollectable, 0.0001s elapsed').message).toBe(
      'done, 12 unreachable, 0 uncollectable, 0.0001s elapsed',
    );
    expect(read('sys: not the tag').message).toBe('sys: not the tag');
  });

  it('learns it beside a line a header read, which keeps its own reading', () => {
    const lines = [
      'buildtool: Reading configuration files ...',
      'buildtool: done reading configuration files.',
      "buildtool: warning: Ignoring missing file 'lib/extra'",
      'buildtool: Building targets ...',
    ];
    const read = learned(lines);
    expect(read('buildtool: Building targets ...').message).toBe('Building targets ...');
    expect(read(lines[2] as string)).toMatchObject({
      level: 'WARN',
      message: "Ignoring missing file 'lib/extra'",
    });
  });

  it('names the logger by the tag on the lines a header read too, as on the others (review60)', () => {
    const lines = [
      'buildtool: Reading configuration files ...',
      'buildtool: done reading configuration files.',
      "buildtool: warning: Ignoring missing file 'lib/extra'",
      'buildtool: Building targets ...',
    ];
    const read = learned(lines);
    expect(read('buildtool: Building targets ...').logger).toBe('buildtool');
    const warned = read(lines[2] as string);
    expect(warned.logger).toBe('buildtool');
    expect(warned.fields.header_columns).toBeUndefined();
    // Another name before a level is no learned tag: it stays where the header keeps it.
    const other = read('linker: error: undefined symbol main');
    expect(other).toMatchObject({ level: 'ERROR', logger: undefined, fields: { header_columns: 'linker' } });
  });

  it('cuts nothing on a line read alone', () => {
    expect(parse('gc: collecting generation 0...').message).toBe('gc: collecting generation 0...');
  });

  it.each([
    [
      'a first word that changes',
      ['Note: the array is clean', 'Reason: disk replaced', 'Status: rebuilding', 'Hint: wait', 'Done: yes'],
    ],
    ['a level word', ['note: using defaults', 'note: cache is cold', 'note: 3 files skipped', 'note: done']],
    ['a device name', ['md0: resync done', 'md0: array clean', 'md0: 2 of 2 devices', 'md0: idle']],
    [
      'a tag on half of the lines',
      ['gc: collecting generation 0...', 'Starting up', 'gc: done', 'Listening on 8080', 'Ready'],
    ],
  ])('learns nothing from %s', (_, lines) => {
    const read = learned(lines);
    for (const line of lines) expect(read(line).message).toBe(parse(line).message);
  });
});
