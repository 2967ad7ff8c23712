/**
 * Readings of the r52 round (the lines are invented):
 *
 * - RFC 822's date, its year in two digits (`Mon, 30 Nov 26 14:00:01 +0000`: PHP's `DATE_RFC822`,
 *   `D, d M y H:i:s O`, and old mail dates), read as day, month and year like RFC 2822's four-digit
 *   one. Inside such a date no month-first shape reads `Nov 26` as a month and its day. Limits: a
 *   syslog date (`Nov 26 14:00:01`) and a day and month with no weekday before them read as before.
 * - A level word that is only the last word of a bracket of several words (`[Step Debug]`, a
 *   debugger's channel) gives way to a level marked as a field right after the bracket (`INFO:`,
 *   `[WARN]`): `[2214] [Step Debug] ERR: text` is an ERROR. Limits: the bracket alone, or before a
 *   bare word or a one-letter prefix (`I: `), keeps its word as the level, as do one-word brackets.
 * - A bare `pid:N` (or `pid:N:`) column opening every sample line's message, its number changing,
 *   after the time or the level (PHP daemons' `date(…) . ' pid:' . posix_getpid() . ' '`, Workerman's),
 *   is the line's `fields.pid`, as a named pid in brackets now is too. Limits: a sample where one line
 *   lacks it, one `pid:8` on every line (r50), `pid=12` (a key=value pair), one line's `pid:8` in its
 *   text and a line alone keep it in the text.
 * - A URL in angle brackets opening the messages (`<https://host/path> Load started.`: GLib's
 *   `g_message ("<%s> …", uri)`, RFC 3986's way to delimit a URL in text) is never learned as a
 *   header column: it is what the text is about. Limits: angle-bracket columns of names and ids
 *   (`<DTMLoggerThread_2>`, `<mainLoop>`, `<0.254.0>@module:function:line`) are learned as before.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const iso = (line: ReturnType<typeof parseLine>) =>
  line.timestamp === undefined ? undefined : new Date(line.timestamp).toISOString();

describe("RFC 822's date with a two-digit year", () => {
  it('reads day, month and year, with its zone, per line and learned', () => {
    const a = parseLine('[Mon, 30 Nov 26 14:00:01 +0100][info] Worker started', { receivedAt });
    expect([iso(a), a.level, a.message]).toEqual(['2026-11-30T13:00:01.000Z', 'INFO', 'Worker started']);
    // Across New Year the year is the one written, not the one before the arrival.
    expect(iso(parseLine('Tue, 01 Dec 26 14:00:01 GMT sent', { receivedAt }))).toBe(
      '2026-12-01T14:00:01.000Z',
    );
    expect(iso(parseLine('Date: Sun, 6 Dec 98 09:15:00 -0500', { receivedAt }))).toBe(
      '1998-12-06T14:15:00.000Z',
    );
    const lines = Array.from(
      { length: 8 },
      (_, k) => `[Mon, 30 Nov 26 14:0${k}:01 +0000][${k % 2 ? 'error' : 'debug'}] Job ${k} done`,
    );
    const { sample } = readLines(lines, receivedAt);
    expect(sample.map(iso)).toEqual(lines.map((_, k) => `2026-11-30T14:0${k}:01.000Z`));
    expect(sample[1]?.fields.header_columns).toBeUndefined();
  });

  it('never reads the month and the year inside it as a syslog date', () => {
    // A fraction no RFC date writes: no time rather than 26 November.
    expect(parseLine('Mon, 30 Nov 26 14:00:01.123 +0100 hello', { receivedAt }).timestamp).toBeUndefined();
    expect(parseLine('[Mon, 30 Nov 26 14:00:01.5] hello', { receivedAt }).timestamp).toBeUndefined();
  });

  it('leaves syslog dates, four-digit years and prose as they were', () => {
    expect(iso(parseLine('Nov 26 14:00:01 host sshd[1]: ok', { receivedAt }))).toBe(
      '2026-11-26T14:00:01.000Z',
    );
    expect(iso(parseLine('Mon, 30 Nov 2026 14:00:01 +0000 ok', { receivedAt }))).toBe(
      '2026-11-30T14:00:01.000Z',
    );
    // No weekday and comma: the day before the month is no RFC date's.
    expect(iso(parseLine('sent 30 Nov 26 14:00:01 reports', { receivedAt }))).toBe(
      '2026-11-26T14:00:01.000Z',
    );
    // RFC 822 lets the seconds go: not read here, as before.
    expect(parseLine('Mon, 30 Nov 26 14:00 meeting moved', { receivedAt }).timestamp).toBeUndefined();
    expect(parseLine('On Mon, 30 Nov we shipped 26 boxes', { receivedAt }).timestamp).toBeUndefined();
  });
});

describe('a level after a bracket of several words ending in a level word', () => {
  const read = (raw: string) => {
    const line = parseLine(raw, { receivedAt });
    return [line.level, line.message];
  };

  it('takes the level marked right after the bracket, with no time before it', () => {
    expect(read('[2214] [Step Debug] INFO: Connecting to 10.0.0.2:9003.')).toEqual([
      'INFO',
      'Connecting to 10.0.0.2:9003.',
    ]);
    expect(read('[2214] [Step Debug] ERR: Could not connect.')).toEqual(['ERROR', 'Could not connect.']);
    expect(read('[Step Debug] WARN: Creating socket failed')).toEqual(['WARN', 'Creating socket failed']);
    expect(read('[Connection Error] [INFO] retry in 5 s')).toEqual(['INFO', 'retry in 5 s']);
    expect(parseLine('[2214] [Step Debug] ERR: x', { receivedAt }).fields.header_columns).toBe(
      '[2214] [Step Debug]',
    );
    const lines = ['ERR', 'INFO', 'WARN', 'INFO'].map((w, k) => `[22${k}4] [Step Debug] ${w}: step ${k}`);
    expect(readLines(lines, receivedAt).sample.map((l) => l.level)).toEqual([
      'ERROR',
      'INFO',
      'WARN',
      'INFO',
    ]);
  });

  it('keeps the bracket’s word where no marked level follows, and one-word brackets as they were', () => {
    expect(read('[2214] [Step Debug] -> <init fileuri="x"/>')).toEqual(['DEBUG', '<init fileuri="x"/>']);
    expect(read('[Step Debug] Error in handler')[0]).toBe('DEBUG');
    expect(read('[Step Debug] I: Connecting')[0]).toBe('DEBUG');
    expect(read('[Connection Error] retry')).toEqual(['ERROR', 'retry']);
    expect(read('[DEBUG] INFO: x')[0]).toBe('DEBUG');
    expect(read('[main notice] Starting')).toEqual(['NOTICE', 'Starting']);
  });

  it('leaves a bracket after the time as it was read', () => {
    const timed = parseLine('2026-11-30 12:00:00 [Step Debug] INFO: x', { receivedAt });
    expect([timed.level, timed.message, timed.fields.thread]).toEqual(['INFO', 'x', 'Step Debug']);
    const notice = parseLine('2026-11-30 12:00:00 [main notice] bus started', { receivedAt });
    expect(notice.level).toBe('NOTICE');
  });
});

describe('a bare pid column opening every message', () => {
  const sample = [
    '2026-11-30 03:00:01 pid:1187 Worker[start.php] start in DAEMON mode',
    '2026-11-30 03:00:02 pid:1194 gateway connected to register 127.0.0.1:1236',
    '2026-11-30 03:00:02 pid:1195 gateway connected to register 127.0.0.1:1236',
    '2026-11-30 03:41:19 pid:1197 redis reconnect failed, retry in 5s',
  ];

  it('reads it as the pid, after the time or the level', () => {
    const { sample: read, later } = readLines(sample, receivedAt, [
      '2026-11-30 03:41:29 pid:1197 redis reconnected',
    ]);
    expect(read.map((l) => [l.fields.pid, l.message])).toEqual([
      [1187, 'Worker[start.php] start in DAEMON mode'],
      [1194, 'gateway connected to register 127.0.0.1:1236'],
      [1195, 'gateway connected to register 127.0.0.1:1236'],
      [1197, 'redis reconnect failed, retry in 5s'],
    ]);
    expect([later[0]?.fields.pid, later[0]?.message]).toEqual([1197, 'redis reconnected']);
    const leveled = readLines(
      ['INFO pid:41 a start', 'WARN pid:42 b late', 'INFO pid:43 c start', 'ERROR pid:41 d failed'].map(
        (l, k) => `2026-11-30 03:00:0${k} ${l}`,
      ),
      receivedAt,
    ).sample;
    expect(leveled.map((l) => [l.level, l.fields.pid, l.fields.caller, l.message])).toEqual([
      ['INFO', 41, undefined, 'a start'],
      ['WARN', 42, undefined, 'b late'],
      ['INFO', 43, undefined, 'c start'],
      ['ERROR', 41, undefined, 'd failed'],
    ]);
    const colon = readLines(
      sample.map((l) => l.replace(/(pid:\d+)/, '$1:')),
      receivedAt,
    ).sample;
    expect(colon.map((l) => l.fields.pid)).toEqual([1187, 1194, 1195, 1197]);
  });

  it('keeps it in the text where a line lacks it, in prose, and in a line alone', () => {
    const gap = readLines(
      [...sample.slice(0, 3), '2026-11-30 03:41:19 redis reconnect failed'],
      receivedAt,
    ).sample;
    expect(gap.map((l) => l.fields.pid)).toEqual([undefined, undefined, undefined, undefined]);
    expect(gap[0]?.message).toBe('pid:1187 Worker[start.php] start in DAEMON mode');
    const prose = readLines(
      [
        ...sample.slice(0, 3).map((l) => l.replace(/pid:\d+ /, '')),
        '2026-11-30 03:41:19 Worker (pid:8) exited',
      ],
      receivedAt,
    ).sample;
    expect(prose[3]?.message).toBe('Worker (pid:8) exited');
    const same = readLines(
      sample.map((l) => l.replace(/pid:\d+/, 'pid:8')),
      receivedAt,
    ).sample;
    expect(same[1]?.message).toBe('pid:8 gateway connected to register 127.0.0.1:1236');
    const pair = readLines(
      sample.map((l) => l.replace('pid:', 'pid=')),
      receivedAt,
    ).sample;
    expect(pair[1]?.fields.pid).toBeUndefined();
    const alone = parseLine('2026-11-30 03:00:01 pid:8 started', { receivedAt });
    expect([alone.fields.pid, alone.message]).toEqual([undefined, 'pid:8 started']);
  });
});

describe('a URL in angle brackets opening the message', () => {
  it('stays in the text of a source that learned its structure', () => {
    const lines = [
      'Cog-Core-Message: 07:00:02.118: <https://signage.example.org/> Load started.',
      'Cog-Core-Message: 07:00:02.156: <https://signage.example.org/player/east> Redirected.',
      'Cog-Core-Message: 07:00:02.277: <https://signage.example.org/player/east> Loading...',
      'Cog-Core-Message: 07:00:03.121: <https://signage.example.org/player/east> Loaded successfully.',
    ];
    const { sample } = readLines(lines, receivedAt);
    expect(sample.map((l) => l.message)).toEqual([
      '<https://signage.example.org/> Load started.',
      '<https://signage.example.org/player/east> Redirected.',
      '<https://signage.example.org/player/east> Loading...',
      '<https://signage.example.org/player/east> Loaded successfully.',
    ]);
    const plain = ['<http://a.example/x> up', '<ftp://b.example/y> down', '<git+ssh://c.example/z> up'];
    const timed = readLines(
      plain.map((t, k) => `2026-11-30 07:00:0${k} ${t}`),
      receivedAt,
    ).sample;
    expect(timed.map((l) => l.message)).toEqual(plain);
  });

  it('leaves angle-bracket columns of names and ids learned', () => {
    const names = ['DTMLoggerThread_2', 'mainLoop', 'CLIENT-17736', 'k3j4h5g6'];
    const { sample } = readLines(
      names.map((n, k) => `2026-11-30 07:00:0${k} <${n}> step ${k} done`),
      receivedAt,
    );
    expect(sample.map((l) => l.message)).toEqual(names.map((_, k) => `step ${k} done`));
    expect(sample[1]?.fields.header_columns).toBe('<mainLoop>');
  });
});
