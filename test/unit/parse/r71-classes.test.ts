/**
 * Classes of issue #14's round r71: level words glued into a header. The lines are invented, not
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: a header joined by hyphens after the time, its level one of the joined fields: Python
 * logging's `%(asctime)s-%(process)d-%(threadName)s-%(levelname)s-%(message)s` (AvNav's `AVNLog`), a
 * thread's name holding hyphens so the level stands at no fixed hyphen, and a C++ logger's
 * `%s.%03d-0x%lx-%s-%s` (AvNav's ocharts provider). Learned per source: every sample line with a
 * hyphen glued to its time holds a level word in that header.
 */
describe('a level word in a header joined by hyphens after the time', () => {
  const python = [
    ['912-912-MainThread', 'INFO', '#####server starting, version 20261002#####'],
    ['912-912-MainThread', 'INFO', 'using config file /srv/app/data/server.xml'],
    ['912-1051-HttpServer', 'INFO', 'HTTP server listening on 0.0.0.0:8080'],
    ['912-1063-usb-reader-ttyUSB0', 'INFO', 'opening serial device /dev/ttyUSB0 at 4800 baud'],
    ['912-1066-socket-reader-feed', 'INFO', 'connecting to 192.0.2.60:10110'],
    ['912-1066-socket-reader-feed', 'ERROR', 'connection to 192.0.2.60:10110 lost: [Errno 104] reset'],
    ['912-1047-TrackWriter', 'INFO', 'writing track to /srv/app/tracks/2026-11-30.gpx'],
    ['912-912-MainThread', 'WARNING', 'route Harbour has no active waypoint, ignoring leg update'],
    ['912-1063-usb-reader-ttyUSB0', 'CRITICAL', 'device gone'],
    ['912-1055-WpaHandler', 'DEBUG', 'wlan-av1 scan - 3 networks'],
  ] as const;
  const pythonLines = python.map(
    ([columns, level, text], i) => `2026-11-30 05:48:${String(10 + i)},214-${columns}-${level}-${text}`,
  );

  /** The level each of Python's and the C++ logger's level names reads. */
  const LEVEL_OF: Readonly<Record<string, string>> = {
    DEBUG: 'DEBUG',
    INFO: 'INFO',
    WARN: 'WARN',
    WARNING: 'WARN',
    ERROR: 'ERROR',
    CRITICAL: 'FATAL',
  };

  it('reads the level, keeps the fields before it as columns and the text after it whole', () => {
    const { sample } = readSource(pythonLines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(python.map(([, level]) => LEVEL_OF[level]));
    expect(sample.map((line) => line.message)).toEqual(python.map(([, , text]) => text));
    expect(sample.map((line) => line.fields.header_columns)).toEqual(python.map(([columns]) => columns));
    expect(sample[0]?.timestamp).toBe(Date.parse('2026-11-30T05:48:10.214Z'));
  });

  it('reads a C++ logger’s time, thread id and level joined the same way', () => {
    const levels = ['INFO', 'INFO', 'WARN', 'INFO', 'ERROR', 'INFO', 'INFO', 'INFO', 'DEBUG', 'INFO'];
    const lines = levels.map(
      (level, i) =>
        `2026/11/30-05:48:${String(10 + i)}.402-0x7f8a3c1040-${level}-tile request 12/2178/${i} rendered`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(levels.map((level) => LEVEL_OF[level]));
    expect(sample[2]?.message).toBe('tile request 12/2178/2 rendered');
    expect(sample[2]?.fields.header_columns).toBe('0x7f8a3c1040');
  });

  it('reads a time glued straight to the level (`%(asctime)s-%(levelname)s-%(message)s`)', () => {
    const levels = ['INFO', 'ERROR', 'INFO', 'INFO', 'WARNING', 'INFO', 'INFO', 'INFO'];
    const lines = levels.map((level, i) => `2026-11-30 05:48:${String(10 + i)},214-${level}-job ${i} done`);
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(levels.map((level) => LEVEL_OF[level]));
    expect(sample[1]?.message).toBe('job 1 done');
  });

  it('learns nothing where some line’s hyphen header holds no level word, or a lower-case one', () => {
    const someWithout = pythonLines.map((line, i) =>
      i % 4 === 1 ? line.replace(/-(INFO|ERROR)-/, '-') : line,
    );
    const { sample } = readSource(someWithout, receivedAt);
    // No line is read through the header (the level word in the header zone reads some as before).
    expect(sample.some((line, i) => line.fields.header_columns === python[i]?.[0])).toBe(false);
    const lower = [
      'error-handler',
      'info-poller',
      'warn-queue',
      'error-handler',
      'info-poller',
      'debug-dump',
      'error-handler',
      'info-poller',
    ].map((thread, i) => `2026-11-30 05:48:${String(10 + i)},214-912-${thread}-job ${i} done`);
    expect(readSource(lower, receivedAt).sample.map((line) => line.level)).toEqual(
      lower.map(() => undefined),
    );
  });

  it('reads only a full level word: an abbreviation in a thread’s name is the name’s', () => {
    const lines = pythonLines.map((line) => line.replace('-912-1051-HttpServer-', '-912-1051-ERR-reporter-'));
    const { sample } = readSource(lines, receivedAt);
    expect(sample[2]).toMatchObject({
      level: 'INFO',
      message: 'HTTP server listening on 0.0.0.0:8080',
      fields: { header_columns: '912-1051-ERR-reporter' },
    });
  });

  it('reads no level after a space: a level word in the text is the text’s', () => {
    const lines = Array.from(
      { length: 10 },
      (_, i) => `2026-11-30 05:48:${String(10 + i)},214-912-Main starting-INFO-x`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(lines.map(() => undefined));
  });

  it('reads a line alone as before: one line cannot tell a header from a name', () => {
    expect(parse('2026-11-30 05:48:11,027-912-1051-HttpServer-INFO-HTTP server listening').message).not.toBe(
      'HTTP server listening',
    );
  });
});

/*
 * CLASS: a source location glued by a hyphen to GLib's level name and a colon: dionaea's file logger
 * (`"[%02d%02d%04d %02d:%02d:%02d] %s-%s: %s\n"`, the log domain carrying `file:line`, then one of
 * `error`, `critical`, `warning`, `message`, `info`, `debug`; GLib's `message` is NOTICE).
 */
describe('a GLib level name glued to a source location', () => {
  const texts = [
    ['dionaea', 'dionaea.c:245', 'message', 'NOTICE', 'Dionaea 0.11.0 -- starting up'],
    ['python', 'module.c:778', 'info', 'INFO', 'Loading python service configs from /opt/etc/*.yaml'],
    ['connection', 'connection.c:1745', 'message', 'NOTICE', 'connection 0x55d0 accept/tcp/established'],
    ['smb', 'dionaea/smb/smb.py:236', 'info', 'INFO', 'SMB Negotiate from 203.0.113.41'],
    ['incident', 'incident.c:365', 'debug', 'DEBUG', 'reporting incident dionaea.connection.tcp.accept'],
    ['mysql', 'dionaea/mysql/mysql.py:301', 'warning', 'WARN', 'mysql unknown command 0x23'],
    ['emu', 'emu.c:312', 'critical', 'FATAL', 'emulation failed'],
    ['curl', 'module.c:498', 'error', 'ERROR', 'download failed: Couldn’t connect to server'],
    ['connection', 'connection.c:2011', 'message', 'NOTICE', 'connection 0x55d0 accept/tcp/closed'],
    ['log', 'log.c:282', 'debug', 'DEBUG', 'LOG HUP'],
  ] as const;

  it('reads the level, the location as the caller and the text, through a learned source', () => {
    const lines = texts.map(
      ([domain, location, name, , text], i) =>
        `[29112026 06:12:${String(10 + i)}] ${domain} ${location}-${name}: ${text}`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(texts.map(([, , , level]) => level));
    expect(sample.map((line) => line.message)).toEqual(texts.map(([, , , , text]) => text));
    expect(sample.map((line) => line.fields.caller)).toEqual(texts.map(([, location]) => location));
  });

  it('splits the level off a learned location column', () => {
    const lines = texts.map(
      ([, location, name, , text], i) =>
        `2026-11-30 10:00:${String(10 + i)} [${100 + i}] ${location}-${name} ${text}`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(texts.map(([, , , level]) => level));
    expect(sample.map((line) => line.fields.caller)).toEqual(texts.map(([, location]) => location));
  });

  it('reads it on a line alone after a time', () => {
    const line = parse('2026-11-30 10:00:00 python module.c:778-info: Loading python service configs');
    expect([line.level, line.logger, line.fields.caller, line.message]).toEqual([
      'INFO',
      'python',
      'module.c:778',
      'Loading python service configs',
    ]);
    expect(parse('2026-11-30 10:00:00 main.c:42-error: bad frame').level).toBe('ERROR');
  });

  it.each([
    ['2026-11-30 10:00:00 main.c:42-errors: 3 found'],
    ['2026-11-30 10:00:00 build-error: step 4'],
    ['2026-11-30 10:00:00 we saw main.c:42-error: in the build'],
    ['2026-11-30 10:00:00 notes.txt:42-error: typo'],
    ['2026-11-30 10:00:00 main.c:4x2-error: bad'],
    ['2026-11-30 10:00:00 main.c:42-ERROR-bad'],
  ])('reads no level from a look-alike: %s', (raw) => {
    const line = parse(raw);
    expect(line.fields.caller).toBeUndefined();
    expect(line.message).toBe(raw.slice(20));
  });
});

/*
 * CLASS: logfmt whose reserved keys carry a sigil: Lightpanda's Zig logger (`log.zig`'s
 * `logLogFmtPrefix`: `$time=<epoch ms> $scope=… $level=… $msg=…`, then the call's own pairs, which may
 * hold a `level=` of their own) and ECS's `@timestamp`. A key behind `$` or `@` takes the role of the
 * key without it, before any unmarked key of that role; a line opening with a sigil is logfmt only
 * where a key gave a time, a level or a message.
 */
describe('logfmt keys behind a sigil', () => {
  it('reads $time, $level and $msg as the time, level and message, the rest as fields', () => {
    const line = parse(
      '$time=1796048403114 $scope=cdp $level=warn $msg="unknown domain" domain=Tracing id=7 session_id=SID-1',
    );
    expect([line.format, line.timestamp, line.level, line.message]).toEqual([
      'logfmt',
      Date.parse('2026-11-30T14:20:03.114Z'),
      'WARN',
      'unknown domain',
    ]);
    expect(line.fields).toEqual({ $scope: 'cdp', domain: 'Tracing', id: '7', session_id: 'SID-1' });
  });

  it('takes the marked key over a pair of the call’s own data with the bare name', () => {
    const line = parse('$time=1739795092929 $scope=frame $level=error $msg="a msg" err=Nope level=warn');
    expect([line.level, line.message, line.fields.level]).toEqual(['ERROR', 'a msg', 'warn']);
  });

  it('takes the marked time over an unmarked time key of a better rank', () => {
    const line = parse('$time=1796048403114 $scope=frame $level=warn $msg=m timestamp=2020-01-01T00:00:00Z');
    expect([line.timestamp, line.fields.timestamp]).toEqual([
      Date.parse('2026-11-30T14:20:03.114Z'),
      '2020-01-01T00:00:00Z',
    ]);
  });

  it('reads a marked key after an unmarked one as a pair of the data: it hides no level', () => {
    const dollar = parse('time=2026-11-30T10:00:00Z level=error msg="db down" $level=info');
    expect([dollar.level, dollar.message, dollar.fields.$level]).toEqual(['ERROR', 'db down', 'info']);
    const at = parse('level=error msg="disk full" @level=debug @msg=ok');
    expect([at.level, at.message, at.fields['@level']]).toEqual(['ERROR', 'disk full', 'debug']);
  });

  it('reads ECS’s @timestamp opening a logfmt line', () => {
    const line = parse('@timestamp=2026-11-30T10:00:00Z level=info msg="user signed in" user=42');
    expect([line.format, line.timestamp, line.level, line.message]).toEqual([
      'logfmt',
      Date.parse('2026-11-30T10:00:00Z'),
      'INFO',
      'user signed in',
    ]);
  });

  it.each([
    ['$HOME=/root is set for the job'],
    ['@user said hi'],
    ['$PATH=/usr/bin:/bin'],
    ['@here deploy=done'],
  ])('keeps a line that is no such record as it was: %s', (raw) => {
    const line = parse(raw);
    expect([line.format, line.message, line.level]).toEqual(['plain', raw, undefined]);
  });
});
