/**
 * Text the header readers stepped over and lost (loss32, the lines are invented):
 *
 * - A compiler's or linter's diagnostic (GNU's `file:line:col: warning: text`, MSBuild's
 *   `file(line,col): error CODE: text`): its source location stays the line's, in
 *   `fields.header_columns`; the level and text read as before.
 * - The topics after a topic list's level word (`system,info,account`) stay the line's.
 * - Names joined to a level by colons after the logger (`INFO:name:Thread:text`, Jetty's
 *   `:WARN:logger:thread:`, a line number) stay the line's; a source location there is the caller.
 * - A weekday or a year before a date the time's shape leaves out is part of the time as written.
 * - A log line carried in a syslog message (klog's, a program's own time-first line): the fields its
 *   header read (thread, caller) and the one of the two times that is not the event's stay the line's.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, LEARNING_SAMPLE, parseLine } from '../../../core/parse/index.ts';

const RECEIVED = Date.parse('2026-12-01T00:00:00Z');

function parseSource(lines: readonly string[]) {
  const parse = compileParser({});
  parse.learn('s', lines.slice(0, LEARNING_SAMPLE), RECEIVED);
  return lines.map((l) => parse(l, RECEIVED, 's'));
}

describe("a diagnostic's source location", () => {
  it('is kept in fields.header_columns, the level and text as before', () => {
    expect(parseLine("main.c:12:5: warning: implicit declaration of function 'foo'")).toMatchObject({
      level: 'WARN',
      message: "implicit declaration of function 'foo'",
      fields: { header_columns: 'main.c:12:5' },
    });
    expect(parseLine("src/routes.ts(42,17): error TS2339: Property 'id' does not exist")).toMatchObject({
      level: 'ERROR',
      message: "TS2339: Property 'id' does not exist",
      fields: { header_columns: 'src/routes.ts(42,17)' },
    });
    expect(parseLine('src/index.ts:3:10 - error TS2305: Module has no exported member')).toMatchObject({
      level: 'ERROR',
      message: 'TS2305: Module has no exported member',
      fields: { header_columns: 'src/index.ts:3:10' },
    });
    expect(parseLine('app/models/order.rb:12:5: C: Style/GuardClause: Use a guard clause')).toMatchObject({
      level: 'NOTICE',
      message: 'Style/GuardClause: Use a guard clause',
      fields: { header_columns: 'app/models/order.rb:12:5' },
    });
  });

  it('leaves lines without a location, and a location before prose, as they were', () => {
    const bare = parseLine('note: Building targets in dependency order');
    expect(bare).toMatchObject({ level: 'INFO', message: 'Building targets in dependency order' });
    expect(bare.fields.header_columns).toBeUndefined();
    const prose = parseLine('main.c:12: the build went fine');
    expect(prose.level).toBeUndefined();
    expect(prose.message).toBe('main.c:12: the build went fine');
  });
});

describe('names joined to a level by colons', () => {
  it('keeps the names after the logger', () => {
    expect(
      parseLine('[2026-11-30 10:15:02,123] INFO:app.consumer:MainThread:Consumer started'),
    ).toMatchObject({
      level: 'INFO',
      logger: 'app.consumer',
      message: 'Consumer started',
      fields: { header_columns: 'MainThread' },
    });
    expect(
      parseLine('2026-11-30 16:21:54.556:WARN:oejsh.ContextHandler:main: Empty contextPath'),
    ).toMatchObject({
      level: 'WARN',
      logger: 'oejsh.ContextHandler',
      message: 'Empty contextPath',
      fields: { header_columns: 'main' },
    });
  });

  it('keeps a source location as the caller', () => {
    expect(
      parseLine('2026-11-30 07:14:03: info:c:\\src\\service\\main.cpp:402: Starting: agent'),
    ).toMatchObject({
      level: 'INFO',
      message: 'Starting: agent',
      fields: { caller: 'c:\\src\\service\\main.cpp:402' },
    });
  });

  it('adds nothing where the logger is the only name', () => {
    const line = parseLine('[2026-11-30 10:15:02,123] INFO:app.consumer:Consumer started');
    expect(line).toMatchObject({ level: 'INFO', logger: 'app.consumer', message: 'Consumer started' });
    expect(line.fields.header_columns).toBeUndefined();
    const module = parseLine('ERROR:app.db:5 retries left');
    expect(module).toMatchObject({ level: 'ERROR', logger: 'app.db', message: '5 retries left' });
    expect(module.fields.header_columns).toBeUndefined();
  });
});

describe('a weekday or a year naming the time', () => {
  it('is part of the time as written', () => {
    expect(parseLine('Mon 2026-11-30 00:00:32.145: Session 0901; child 0007')).toMatchObject({
      timestampText: 'Mon 2026-11-30 00:00:32.145',
      message: 'Session 0901; child 0007',
    });
    expect(parseLine('Fri 2026/11/27 09:02:28 smsd[2214]: Log file opened')).toMatchObject({
      timestampText: 'Fri 2026/11/27 09:02:28',
      timestamp: Date.parse('2026-11-27T09:02:28Z'),
    });
  });

  it('leaves other words before a time as columns', () => {
    const line = parseLine('web-0 2026-11-30 10:00:01 started');
    expect(line.timestampText).toBe('2026-11-30 10:00:01');
    expect(line.fields.header_columns).toBe('web-0');
  });
});

describe('a log line carried in a syslog message', () => {
  it("keeps klog's thread and caller, and the relay's time when the finer one is the event's", () => {
    const [line] = parseSource([
      'Nov  2 05:08:10 edge-1 edgecore[4246]: W1102 05:08:10.912608    4246 validation.go:71] NodeIP is empty',
    ]);
    expect(line).toMatchObject({
      level: 'WARN',
      timestampText: '1102 05:08:10.912608',
      message: 'NodeIP is empty',
      fields: { header_columns: 'Nov  2 05:08:10', caller: 'validation.go:71' },
    });
  });

  it("keeps the carried time when the relay's stays the event's", () => {
    const line = parseLine('Nov 28 22:10:52 host app[1]: 2026-11-28 22:10:40,250 ERROR [main] lost the link');
    expect(line).toMatchObject({
      level: 'ERROR',
      timestampText: 'Nov 28 22:10:52',
      message: 'lost the link',
    });
    expect(String(line.fields.header_columns)).toContain('2026-11-28 22:10:40,250');
  });

  it('leaves a plain syslog message as it was', () => {
    const line = parseLine('Nov 28 22:10:52 host app[1]: connection from 10.0.0.5 closed');
    expect(line).toMatchObject({ message: 'connection from 10.0.0.5 closed', fields: { pid: 1 } });
    expect(line.fields.header_columns).toBeUndefined();
  });
});

describe('names glued after a bracketed logger', () => {
  it('keeps the brackets after the first in fields.header_columns', () => {
    expect(
      parseLine('[2026-11-30T10:00:05,456][WARN ][logstash.outputs.es][main] Attempted to reconnect'),
    ).toMatchObject({
      level: 'WARN',
      logger: 'logstash.outputs.es',
      message: 'Attempted to reconnect',
      fields: { header_columns: '[main]' },
    });
    expect(parseLine('2026-11-26T06:46:16Z [INFO][AMF][Init] AMF log level is set')).toMatchObject({
      logger: 'AMF',
      message: 'AMF log level is set',
      fields: { header_columns: '[Init]' },
    });
  });

  it('adds nothing after a single bracketed logger', () => {
    const line = parseLine('2026-11-26T06:46:16Z [INFO][AMF] AMF log level is set');
    expect(line).toMatchObject({ logger: 'AMF', message: 'AMF log level is set' });
    expect(line.fields.header_columns).toBeUndefined();
  });
});

describe("a learned logger column's line number (log4j's `%c:%L`)", () => {
  const lines = Array.from(
    { length: 6 },
    (_, i) =>
      `2026-11-29 11:20:0${i},512 INFO  com.example.boot.Bootstrap:${110 + i} [startStop-1] [init] Step ${i} done`,
  );

  it('is kept in fields.line', () => {
    const [first] = parseSource(lines);
    expect(first).toMatchObject({
      level: 'INFO',
      logger: 'com.example.boot.Bootstrap',
      fields: { line: 110 },
    });
    expect(first?.message).toContain('Step 0 done');
  });

  it('adds no line where the column holds the name alone', () => {
    const [first] = parseSource(lines.map((l) => l.replace(/:\d+ /, ' ')));
    expect(first?.fields.line).toBeUndefined();
    expect(first?.message).toContain('com.example.boot.Bootstrap');
  });
});

describe("a learned logger column glued to its line (Python's `%(name)s:%(lineno)d`), a capital first", () => {
  const names = ['WikiApp.auth', 'WikiApp.PageEditor', 'WikiApp.search.indexing', 'WikiApp.mail.sendmail'];
  const lines = Array.from(
    { length: 8 },
    (_, i) => `2026-11-29 14:0${i}:02,114 INFO ${names[i % 4]}:${120 + i} saved page number ${i} by Karin`,
  );

  it('is the logger, its line in fields.line, the text after it', () => {
    const [first, second] = parseSource(lines);
    expect(first).toMatchObject({ logger: 'WikiApp.auth', message: 'saved page number 0 by Karin' });
    expect(first?.fields.line).toBe(120);
    expect(second).toMatchObject({ logger: 'WikiApp.PageEditor', message: 'saved page number 1 by Karin' });
  });

  it('leaves a host and its port, a time and a name without a line in the text', () => {
    const hosts = lines.map((l, i) => l.replace(/ [\w.]+:\d+ /, ` Db${i}.example.com:5432 `));
    expect(parseSource(hosts)[0]?.message).toContain('Db0.example.com:5432');
    const times = lines.map((l, i) => l.replace(/ [\w.]+:\d+ /, ` 12:3${i} `));
    expect(parseSource(times)[0]?.message).toContain('12:30');
    const bare = lines.map((l) => l.replace(/:\d+ /, ' '));
    expect(parseSource(bare)[0]?.logger).toBeUndefined();
  });
});

describe("Cisco's names before the time after <PRI>", () => {
  it('keeps the sequence number, the mnemonic and the location', () => {
    expect(
      parseLine('<189>123: *Nov 20 19:37:28.624: %LINK-3-UPDOWN: Interface Gi0/1, changed state to down'),
    ).toMatchObject({
      timestampText: 'Nov 20 19:37:28.624',
      message: 'Interface Gi0/1, changed state to down',
      fields: { facility: 'local7', header_columns: '123 %LINK-3-UPDOWN' },
    });
    expect(
      parseLine(
        '<134>wlc-1: *apfTask_0: Nov 20 19:37:28.624: %APF-6-USE_DEFAULT: apf_utils.c:3136 Using defaults',
      ),
    ).toMatchObject({
      message: 'Using defaults',
      fields: { header_columns: 'wlc-1: *apfTask_0 %APF-6-USE_DEFAULT', caller: 'apf_utils.c:3136' },
    });
  });

  it('keeps a text that opens without a mnemonic whole', () => {
    const line = parseLine('<189>123: *Nov 20 19:37:28.624: Interface Gi0/1 is down');
    expect(line).toMatchObject({ message: 'Interface Gi0/1 is down', fields: { header_columns: '123' } });
  });
});

describe("GLib's marked line in a syslog message", () => {
  it('keeps the program, pid and domain', () => {
    expect(
      parseLine(
        'Oct 04 18:22:07 laptop gnome-shell[2214]: (gnome-shell:2214): GLib-GObject-WARNING **: invalid pointer',
      ),
    ).toMatchObject({
      level: 'WARN',
      message: 'invalid pointer',
      fields: { pid: 2214, header_columns: '(gnome-shell:2214): GLib-GObject-' },
    });
  });

  it('leaves other words after a parenthesis as text', () => {
    const line = parseLine('Oct 04 18:22:07 laptop CRON[2214]: (root) CMD (run-parts /etc/cron.hourly)');
    expect(line.message).toBe('(root) CMD (run-parts /etc/cron.hourly)');
    expect(line.fields.header_columns).toBeUndefined();
  });
});
