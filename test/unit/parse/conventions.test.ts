/**
 * Conventions several products share, each read as a class: the lines are invented, not taken from
 * any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { charactersRead } from '../../support/characters-read.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

describe('a time of day right after the level that opens the line', () => {
  it("reads log4j's `%-5p %d{ABSOLUTE}` and a bracketed level or letter before the time", () => {
    expect(parse('INFO  14:02:11,250 Starting server')).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-12-02T14:02:11.250Z') - 86_400_000,
      message: 'Starting server',
    });
    expect(parse('[WARN] 05:58:01 disk at 91%')).toMatchObject({
      level: 'WARN',
      timestamp: Date.parse('2026-12-02T05:58:01Z'),
      message: 'disk at 91%',
    });
    expect(parse('[E][05:58:01.541308] pw.core | failed')).toMatchObject({
      level: 'ERROR',
      timestamp: Date.parse('2026-12-02T05:58:01.541Z'),
    });
  });

  it('reads it in a source whose level column was learned without a time (some lines carry none)', () => {
    const line = (level: string, clock: string, text: string) => `[${level}][${clock}] mod.core | ${text}`;
    const parser = compileParser({});
    parser.learn(
      'spa',
      [
        line('I', '05:02:17.541308', 'version 1.2.6'),
        line('W', '05:02:17.603112', 'RTKit error'),
        line('E', '01924.337051', 'no protocol'),
        line('E', '01924.337118', 'no context'),
      ],
      receivedAt,
    );
    expect(parser(line('W', '05:03:00.000100', 'late'), receivedAt, 'spa')).toMatchObject({
      level: 'WARN',
      timestamp: Date.parse('2026-12-02T05:03:00.000Z'),
    });
  });

  it('reads a 12-hour time with a one-digit hour there, as logrus prints Go’s time.Kitchen in its bracket', () => {
    expect(parse('WARN[4:05PM] cache dir is not writable')).toMatchObject({
      level: 'WARN',
      timestamp: Date.parse('2026-12-01T16:05:00Z'),
      message: 'cache dir is not writable',
    });
    expect(parse('[INFO] 9:14:02 AM sync finished')).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-12-02T09:14:02Z') - 86_400_000,
      message: 'sync finished',
    });
  });

  it('leaves the time in the text after a word that is no level or not written as one', () => {
    for (const text of [
      'Error 14:02:11 in the log',
      '[Errors] 14:02:11 three',
      'TODO 14:02:11 call back',
      'Meeting 4:05PM in room 2',
      'INFO 4:3 ratio kept',
    ]) {
      expect(parse(text).timestamp).toBeUndefined();
    }
  });
});

describe('compiler and linter diagnostics after a source location', () => {
  it.each([
    // MSBuild's canonical format (C#, MSVC): `origin(line,col): category CODE: text`.
    [
      'src/Billing/Invoice.cs(88,21): warning CS0219: The variable total is assigned but never used [/src/Billing/Billing.csproj]',
      'WARN',
      'CS0219: The variable total is assigned but never used [/src/Billing/Billing.csproj]',
    ],
    [
      'C:\\work\\app\\main.cpp(14): error C2065: counter: undeclared identifier',
      'ERROR',
      'C2065: counter: undeclared identifier',
    ],
    // tsc, plain and pretty.
    [
      'web/cart.ts(7,5): error TS2554: Expected 2 arguments, but got 1.',
      'ERROR',
      'TS2554: Expected 2 arguments, but got 1.',
    ],
    [
      'web/cart.ts:7:5 - error TS2554: Expected 2 arguments, but got 1.',
      'ERROR',
      'TS2554: Expected 2 arguments, but got 1.',
    ],
    // GNU's `file:line:column: category: text` (gcc, clang).
    ['lib/queue.c:201:9: warning: unused variable depth', 'WARN', 'unused variable depth'],
    [
      'lib/queue.c:3:10: fatal error: queue.h: No such file or directory',
      'FATAL',
      'queue.h: No such file or directory',
    ],
    ['lib/queue.c:190:3: note: previous declaration is here', 'INFO', 'previous declaration is here'],
    // Python's warnings module: `file:line: CategoryWarning: text`.
    [
      '/srv/app/jobs.py:44: DeprecationWarning: datetime.utcnow() is deprecated',
      'WARN',
      'DeprecationWarning: datetime.utcnow() is deprecated',
    ],
    // Linters' severity letters (RuboCop alone, pylint at the head of its message id).
    [
      'lib/report.rb:9:3: W: Lint/ShadowingOuterLocalVariable: Shadowing outer local variable - row.',
      'WARN',
      'Lint/ShadowingOuterLocalVariable: Shadowing outer local variable - row.',
    ],
    [
      'lib/report.rb:2:1: C: Style/Documentation: Missing top-level documentation comment.',
      'NOTICE',
      'Style/Documentation: Missing top-level documentation comment.',
    ],
    [
      'tools/export.py:12:0: E0401: Unable to import yaml (import-error)',
      'ERROR',
      'E0401: Unable to import yaml (import-error)',
    ],
  ])('%s', (line, level, message) => {
    expect(parse(line)).toMatchObject({ level, message });
  });

  it('reads a diagnostic after a timestamp, as a CI runner prints it', () => {
    expect(
      parse(
        '2026-11-30T14:02:11.5120000Z src/net/poll.c:77:12: error: too few arguments to function poll_once',
      ),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:02:11.512Z'),
      level: 'ERROR',
      message: 'too few arguments to function poll_once',
    });
  });

  it('reads a category word and a colon opening a line without a location (`note:`, `fatal error:`)', () => {
    expect(parse('note: Using cached build settings for target Widgets')).toMatchObject({
      level: 'INFO',
      message: 'Using cached build settings for target Widgets',
    });
    expect(parse('fatal error: no input files').level).toBe('FATAL');
    expect(parse('notes: see the changelog').level).toBeUndefined();
  });

  it('takes no level from a location followed by prose, nor from a category word without a location', () => {
    expect(parse('src/parser.c:88: the error path frees the buffer twice').level).toBeUndefined();
    expect(parse('lib/queue.c:201:9: warnings were disabled for this file').level).toBeUndefined();
    expect(parse('see notes.txt(3,1): error handling is described there').level).toBeUndefined();
    // flake8's codes carry no colon and their letters are not severities (`F401` is pyflakes).
    expect(parse("tools/export.py:1:1: F401 'os' imported but unused").level).toBeUndefined();
  });
});

describe('syslog severity digits glued to LOG', () => {
  it('reads `LOG<n>` marked as a field as syslog severity n', () => {
    expect(parse('2026.11.30 14:02:11 LOG3[12]: TLS accept failed: wrong version')).toMatchObject({
      level: 'ERROR',
      message: 'TLS accept failed: wrong version',
    });
    expect(parse('2026.11.30 14:02:11 LOG6[main]: Listening on 0.0.0.0:443').level).toBe('INFO');
  });

  it('leaves a LOG with a digit that is no severity, or not marked, alone', () => {
    expect(parse('2026.11.30 14:02:11 LOG9[12]: text').level).toBeUndefined();
    expect(parse('2026.11.30 14:02:11 rotated LOG4 archive to /var/backups').level).toBeUndefined();
  });
});

describe('a comma-joined topic list right after the time', () => {
  it('reads the level among the topics and starts the message after the list', () => {
    expect(
      parse('2026-12-02 05:10:44 wireless,warning wlan2: signal lost from 00:11:22:33:44:55'),
    ).toMatchObject({
      level: 'WARN',
      message: 'wlan2: signal lost from 00:11:22:33:44:55',
    });
    expect(parse('2026-11-30 14:02:11 firewall,error,packet dropped 4 packets').level).toBe('ERROR');
  });

  it('reads the same through a source’s learned structure', () => {
    const parser = compileParser({});
    const lines = [
      'dec/02 05:10:44 system,info,account user admin logged out',
      'dec/02 05:10:45 wireless,warning wlan2: signal lost',
      'dec/02 05:10:46 dhcp,info lease granted to 10.0.0.7',
      'dec/02 05:10:47 ospf,error neighbor 10.0.0.1 down',
    ];
    parser.learn('router', lines, receivedAt);
    expect(lines.map((l) => parser(l, receivedAt, 'router')).map((p) => [p.level, p.message])).toEqual([
      ['INFO', 'user admin logged out'],
      ['WARN', 'wlan2: signal lost'],
      ['INFO', 'lease granted to 10.0.0.7'],
      ['ERROR', 'neighbor 10.0.0.1 down'],
    ]);
  });

  it('a list inside the text, or one with spaces, is no topic list', () => {
    expect(parse('2026-11-30 14:02:11 levels are debug,info,warn today').level).toBeUndefined();
    expect(parse('2026-11-30 14:02:11 apples, error, pears').level).toBeUndefined();
  });
});

describe('an upper-case qualifier before a level word', () => {
  it('makes an event kind of the pair, not a level (Nagios-style `SERVICE ALERT:`, `<id> IMAP Error:`)', () => {
    expect(parse('[1796047331] HOST ALERT: db-2;DOWN;SOFT;1;PING CRITICAL').level).toBeUndefined();
    expect(parse('[1796047331] HOST ALERT: db-2;DOWN;SOFT;1;PING CRITICAL').message).toBe(
      'HOST ALERT: db-2;DOWN;SOFT;1;PING CRITICAL',
    );
    // What follows the phrase is its text: a state word in it is no level either.
    expect(parse('[1796047331] SERVICE ALERT: db-2;Disk;CRITICAL;HARD;3;/var at 97 %').level).toBeUndefined();
    const mail = parse('[30-Nov-2026 11:15:02 +0100]: <c0ffee12> LDAP Error: Bind failed for uid=bob');
    expect(mail.level).toBeUndefined();
    expect(mail.message).toBe('<c0ffee12> LDAP Error: Bind failed for uid=bob');
  });

  it('is a level as the first field after the time (PHP’s `PHP Warning:`), and unqualified marks stay levels', () => {
    expect(
      parse('[30-Nov-2026 10:00:01 UTC] PHP Warning:  Undefined array key "id" in /srv/a.php on line 3'),
    ).toMatchObject({
      level: 'WARN',
      message: 'Undefined array key "id" in /srv/a.php on line 3',
    });
    expect(parse('[1796047331] Warning: Return code of 127 is out of bounds').level).toBe('WARN');
  });
});

describe('words that also stand as text, in a timestamp-first layout', () => {
  it('an unmarked PANIC after the time is text; marked or in a tab column it is a level', () => {
    expect(parse('2026-11-30 14:02:11.250 PANIC button pressed by operator').level).toBeUndefined();
    expect(parse('2026-11-30 14:02:11.250 ALERT exited abnormally').level).toBeUndefined();
    expect(parse('2026-11-30 14:02:11.250 PANIC: could not write to file').level).toBe('FATAL');
    expect(parse('2026-11-30T14:02:11.250Z\tPANIC\tserver/main.go:41\tnil map write').level).toBe('FATAL');
  });
});

describe('level marks of development servers', () => {
  it('reads a single level letter in angle brackets opening a line (`<i>`, `<w>`)', () => {
    expect(parse('<w> [bundler] Source map for vendor.js is missing')).toMatchObject({
      level: 'WARN',
      logger: 'bundler',
      message: 'Source map for vendor.js is missing',
    });
    expect(parse('<i> [bundler] Listening on port 9000').level).toBe('INFO');
    expect(parse('<b> bold text').level).toBeUndefined();
  });

  it('reads a padded level word before ` - ` opening a line', () => {
    expect(parse('warn  - config option swcMinify is deprecated')).toMatchObject({
      level: 'WARN',
      message: 'config option swcMinify is deprecated',
    });
    expect(parse('error - unhandledRejection: socket hang up').level).toBe('ERROR');
    expect(parse('error handling - see the manual').level).toBeUndefined();
  });

  it('reads a level word padded before a colon opening a line (`Info : text`)', () => {
    expect(parse('Info : Listening on port 4444 for telnet connections')).toMatchObject({
      level: 'INFO',
      message: 'Listening on port 4444 for telnet connections',
    });
    expect(parse('Warn : target not halted').level).toBe('WARN');
    // A word before a spaced colon is no level otherwise.
    expect(parse('Infos : 3 files').level).toBeUndefined();
  });

  it('a settings dump aligned past a level column’s width is no level (`Debug   : true`)', () => {
    for (const row of ['Debug   : true', 'Verbose : false', 'Trace     : off']) {
      expect(parse(row)).toMatchObject({ level: undefined, message: row });
    }
    expect(parse('Error  : probe failed').level).toBe('ERROR');
  });

  it('reads a reporter’s lower-case level column, `success` too, once the source’s lines agree on it', () => {
    const lines = [
      'info No lockfile found.',
      'warn package.json: No license field',
      'info Fetching packages...',
      'success Saved lockfile.',
      'error Command failed with exit code 1.',
    ];
    const parser = compileParser({});
    parser.learn('reporter', lines, receivedAt);
    expect(lines.map((l) => parser(l, receivedAt, 'reporter').level)).toEqual([
      'INFO',
      'WARN',
      'INFO',
      'INFO',
      'ERROR',
    ]);
    expect(parser('success Saved lockfile.', receivedAt, 'reporter').message).toBe('Saved lockfile.');
    // Read alone, `success` opening a line is a word of text.
    expect(parse('success Saved lockfile.').level).toBeUndefined();
  });
});

describe('more timestamp layouts', () => {
  it.each([
    ['2026/11/30-14:02:11.250113 7f3a0c1ff640 Compaction started', '2026-11-30T14:02:11.250Z'], // RocksDB, LevelDB
    ['11/30-14:02:11.250113  [**] [1:1000:1] test rule [**]', '2026-11-30T14:02:11.250Z'], // Snort fast alerts
    ['11/30/2026-14:02:11.250113  [**] [1:1000:1] test rule [**]', '2026-11-30T14:02:11.250Z'], // Suricata fast.log
    ['2026-11-30.14:02:11 zpool import tank', '2026-11-30T14:02:11Z'], // zpool history
    ['[2026.11.30-14.02.11:250][ 12]LogAudio: Warning: device lost', '2026-11-30T14:02:11.250Z'], // dotted, colon fraction
    ['2026/11/30 02:02PM INF server started', '2026-11-30T14:02:00Z'], // a date, then Go's Kitchen time
    ['2026-11-30 14-02-11.250 [Info] (Server) listening', '2026-11-30T14:02:11.250Z'], // dashes in the time
    ['03-Feb-26 07:45:10 worker 3 restarted', '2026-02-03T07:45:10Z'], // Oracle's DD-MON-YY, Python's %d-%b-%y
    ['WARNING: 03-Feb-26 07:45:10  Disk quota near limit', '2026-02-03T07:45:10Z'], // after a level
    ['14-NOV-25 10:22:31 ORA-12170: TNS:Connect timeout occurred', '2025-11-14T10:22:31Z'], // in capitals
  ])('%s', (line, time) => {
    expect(parse(line).timestamp).toBe(Date.parse(time));
  });

  it('reads no time from a day and month name without a time, or a code of that shape', () => {
    for (const line of [
      'Version 20-Oct-25 release notes',
      'see build 20-Oct-25 later',
      'AB-Oct-25 10:00:00 x',
    ]) {
      expect(parse(line).timestamp, line).toBeUndefined();
    }
  });
});

describe('Serilog’s compact JSON (CLEF)', () => {
  it('an event without `@l` is Information, as the format says', () => {
    expect(parse('{"@t":"2026-11-30T14:02:11.123Z","@mt":"Cache warmed in {Ms} ms","Ms":12}').level).toBe(
      'INFO',
    );
    expect(parse('{"@t":"2026-11-30T14:02:11.123Z","@mt":"Disk low","@l":"Warning"}').level).toBe('WARN');
    // Without CLEF's own keys, a missing level stays missing.
    expect(parse('{"time":"2026-11-30T14:02:11.123Z","msg":"hello"}').level).toBeUndefined();
  });
});

describe('GLib’s default handler', () => {
  it('starts the text after the ` **:` mark and GLib’s own time of day', () => {
    expect(parse('(gedit:4410): Gtk-CRITICAL **: gtk_widget_show: assertion failed')).toMatchObject({
      message: 'gtk_widget_show: assertion failed',
    });
    expect(
      parse('(gedit:4410): GLib-GObject-WARNING **: 09:12:44.201: invalid cast from GtkLabel'),
    ).toMatchObject({
      level: 'WARN',
      message: 'invalid cast from GtkLabel',
    });
  });
});

describe('GLib’s message level', () => {
  it('reads `[ message]` and `[ warning]`, padded inside their brackets, as levels', () => {
    expect(parse('[2026-11-30T14:02:11.118Z] [ message] [vmsvc] Log caching is enabled.')).toMatchObject({
      level: 'NOTICE',
      logger: 'vmsvc',
      message: 'Log caching is enabled.',
    });
    expect(parse('[2026-11-30T14:02:11.118Z] [ warning] [vmsvc] Disk device missing').level).toBe('WARN');
    expect(parse('2026-11-30 14:02:11 the message was dropped').level).toBeUndefined();
  });
});

describe('header fields before the text', () => {
  it('steps over nginx’s `pid#tid` and `*connection`', () => {
    expect(parse('2026/11/30 14:02:11 [warn] 2210#2214 *77 upstream timed out while reading').message).toBe(
      'upstream timed out while reading',
    );
    expect(parse('2026/11/30 14:02:11 [info] 2210#2210 [router] worker started').message).toBe(
      '[router] worker started',
    );
  });

  it('steps over the separator after a caller (zerolog’s console writer: `file.go:88 > text`)', () => {
    expect(parse('2026-11-30T14:02:11Z WRN cmd/api/server.go:88 > slow handler | path=/v1').message).toBe(
      'slow handler | path=/v1',
    );
  });

  it('takes a logger glued to a source location (pytest’s `name:file.py:12`) off the text', () => {
    expect(parse('2026-11-30 14:02:11 WARNING  shop.cart:cart.py:57 basket expired')).toMatchObject({
      logger: 'shop.cart',
      message: 'basket expired',
    });
  });

  it('reads a logger in braces before ` - `', () => {
    expect(
      parse('[2026-11-30 14:02:11,250]  INFO {com.example.gateway.Router} - route table loaded'),
    ).toMatchObject({
      logger: 'com.example.gateway.Router',
      message: 'route table loaded',
    });
  });

  it('steps over one-word pipe columns padded to their width, and empty ones', () => {
    expect(
      parse('2026-11-30 14:02:11.250|WARNING |Scheduler     |   |job 12 skipped: previous run active')
        .message,
    ).toBe('job 12 skipped: previous run active');
    expect(parse('2026-11-30 14:02:11.250|INFO    |Scheduler     |took 3 s | queue empty').message).toBe(
      'took 3 s | queue empty',
    );
  });

  it('after a bracketed level, keeps an error code in brackets as `fields.code` and takes the subsystem as logger', () => {
    const line = parse(
      '2026-11-30T14:02:11.250000Z 12 [Warning] [MY-013360] [Server] Plugin sha256_password is deprecated',
    );
    expect(line).toMatchObject({
      level: 'WARN',
      logger: 'Server',
      message: 'Plugin sha256_password is deprecated',
    });
    expect(line.fields.code).toBe('MY-013360');
  });

  it('keeps words that only look like those fields', () => {
    expect(parse('2026-11-30 14:02:11 WARN retry(3) > limit reached').message).toBe(
      'retry(3) > limit reached',
    );
    expect(parse('2026-11-30 14:02:11 WARN issue #42 reopened').message).toBe('issue #42 reopened');
  });
});

describe('numeric JSON levels on another scale than syslog’s', () => {
  /** Syslog's 6, 6, 4, 3, 2 as levels. */
  const SYSLOG_6_6_4_3_2 = ['INFO', 'INFO', 'WARN', 'ERROR', 'FATAL'];
  const at = Date.parse('2026-11-30T15:00:00Z');
  const line = (n: number, msg: string) =>
    `{"ts":"2026-11-30T14:02:11Z","component":"cells","severity":${n},"msg":"${msg}"}`;

  it('a source whose numbers would make most lines FATAL on syslog’s scale gets no level from them', () => {
    const parser = compileParser({});
    const lines = [
      line(1, 'starting'),
      line(1, 'started'),
      line(0, 'polling'),
      line(2, 'fetch failed'),
      line(1, 'ok'),
    ];
    parser.learn('cells', lines, at);
    const read = lines.map((l) => parser(l, at, 'cells'));
    expect(read.map((p) => p.level)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(read[3]?.fields.severity).toBe(2);
  });

  it('a learned source whose sample is on syslog’s scale keeps its levels; the same line alone has none', () => {
    const parser = compileParser({});
    const lines = [line(6, 'a'), line(6, 'b'), line(4, 'c'), line(3, 'd'), line(2, 'e')];
    parser.learn('daemon', lines, at);
    expect(lines.map((l) => parser(l, at, 'daemon').level)).toEqual(SYSLOG_6_6_4_3_2);
    expect(parse(line(2, 'alone')).level).toBeUndefined();
    expect(parse(line(2, 'alone')).fields.severity).toBe(2);
    // A source not learned yet reads its lines as lines alone.
    expect(parser(line(2, 'x'), at, 'not-learned').level).toBeUndefined();
  });

  it('a GELF source, learned or read alone, keeps its syslog levels', () => {
    const parser = compileParser({});
    const gelf = (n: number, msg: string) =>
      `{"version":"1.1","host":"web-1","short_message":"${msg}","timestamp":1796047331.5,"level":${n}}`;
    const lines = [gelf(6, 'a'), gelf(6, 'b'), gelf(4, 'c'), gelf(3, 'd'), gelf(2, 'e')];
    parser.learn('gelf', lines, at);
    expect(lines.map((l) => parser(l, at, 'gelf').level)).toEqual(['INFO', 'INFO', 'WARN', 'ERROR', 'FATAL']);
    expect(parse(gelf(2, 'alone')).level).toBe('FATAL');
    expect(parse(gelf(4, 'alone')).level).toBe('WARN');
  });

  it("GELF's short_message is the message; its full_message stays in fields", () => {
    const gelf =
      '{"version":"1.1","host":"web-1","short_message":"disk full on /var","full_message":"trace\\nline 2","timestamp":1796047331.5,"level":3,"_user_id":9001}';
    const line = parse(gelf);
    expect(line.message).toBe('disk full on /var');
    expect(line.level).toBe('ERROR');
    expect(line.fields).toMatchObject({ full_message: 'trace\nline 2', _user_id: 9001 });
    expect(line.fields).not.toHaveProperty('short_message');
    const both = '{"message":"the message","short_message":"short","level":"info"}';
    expect(parse(both).message).toBe('the message');
  });

  it("syslog's facility beside a small level names syslog's scale (Graylog's stored message)", () => {
    const stored =
      '{"timestamp":"2026-11-29T19:04:11Z","source":"web-1","facility":"app","level":3,"message":"x"}';
    expect(parse(stored).level).toBe('ERROR');
    expect(parse(stored.replace('"facility":"app",', '')).level).toBeUndefined();
  });

  it("an app's own facility is no syslog's: a small level beside it stays in fields", () => {
    const own = '{"facility":"warehouse-3","level":2,"msg":"stock low"}';
    expect(parse(own)).toMatchObject({ level: undefined, message: 'stock low' });
    expect(parse(own).fields.level).toBe(2);
    expect(parse(own.replace('warehouse-3', 'local3')).level).toBe('FATAL');
    expect(parse(own.replace('"warehouse-3"', '16')).level).toBe('FATAL');
    expect(parse(own.replace('"warehouse-3"', '40')).level).toBeUndefined();
  });

  it("the journal's PRIORITY is a syslog severity, learned or not", () => {
    const entry = (p: string) =>
      `{"__REALTIME_TIMESTAMP":"1795932845904117","PRIORITY":"${p}","SYSLOG_IDENTIFIER":"sshd","MESSAGE":"x"}`;
    expect([entry('3'), entry('4'), entry('6'), entry('2')].map((l) => parse(l).level)).toEqual([
      'ERROR',
      'WARN',
      'INFO',
      'FATAL',
    ]);
  });

  it.each([
    // A request id beside a small level, without Nextcloud's whole signature (its own scale then:
    // `nextcloud-level.test.ts`), on the first lines before anything is learned.
    [
      '{"reqId":"Xk3vLq9R","level":2,"time":"2026-11-29T19:04:11+00:00","remoteAddr":"203.0.113.45","user":"--","method":"POST","url":"/login","message":"Login failed"}',
      'level',
      2,
    ],
    [
      '{"reqId":"Xk3vLq9R","level":4,"time":"2026-11-29T19:04:11+00:00","app":"core","message":"x"}',
      'level',
      4,
    ],
    // .NET's LogLevel written as a number: 2 Information.
    ['{"Timestamp":"2026-11-29T19:04:11Z","LogLevel":2,"Category":"App","Message":"started"}', 'LogLevel', 2],
    // logrus's level number: 4 info.
    ['{"time":"2026-11-29T19:04:11Z","level":4,"msg":"serving"}', 'level', 4],
    // The same numbers as digits.
    ['{"time":"2026-11-29T19:04:11Z","level":"2","msg":"x"}', 'level', '2'],
    ['{"ts":"2026-11-30T14:02:11Z","severity":0,"msg":"polling"}', 'severity', 0],
  ])('a small number on a scale the record does not name is no level, read alone: %s', (raw, key, kept) => {
    const line = parse(raw);
    expect(line.level).toBeUndefined();
    expect(line.fields[key]).toBe(kept);
  });

  it('names and numbers that say their scale are read as before', () => {
    expect(parse('{"level":"warn","msg":"x"}').level).toBe('WARN');
    expect(parse('{"level":40,"msg":"x"}').level).toBe('WARN');
    expect(parse('{"level":60,"msg":"x"}').level).toBe('FATAL');
  });
});

describe('status symbols where a command-line tool’s level stands', () => {
  it.each([
    ['ℹ Dev server warmed up in 3ms', 'INFO', 'Dev server warmed up in 3ms'],
    ['✔ Client bundle built in 21ms', 'INFO', 'Client bundle built in 21ms'],
    ['⚠ Option `legacy` is deprecated', 'WARN', 'Option `legacy` is deprecated'],
    ['⚠️ Option `legacy` is deprecated', 'WARN', 'Option `legacy` is deprecated'],
    ['✖ Could not resolve ./missing', 'ERROR', 'Could not resolve ./missing'],
    ['  • publishing artifacts', 'INFO', 'publishing artifacts'],
    ['  ⨯ publish failed', 'ERROR', 'publish failed'],
  ])('%s', (line, level, message) => {
    expect(parse(line)).toMatchObject({ level, message });
  });

  it('reads a time of day right-aligned after padding, and a tag before it, as the line’s time', () => {
    expect(parse('✔ Server built in 306ms                         14:06:05')).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-12-02T14:06:05Z') - 86_400_000,
      message: 'Server built in 306ms',
    });
    expect(parse('✖ Request to /api/items failed                  nitro 14:06:31')).toMatchObject({
      level: 'ERROR',
      timestamp: Date.parse('2026-12-02T14:06:31Z') - 86_400_000,
      message: 'Request to /api/items failed',
    });
    // A time in the sentence is the text's.
    expect(parse('ℹ Backup scheduled at 14:06:05')).toMatchObject({
      timestamp: undefined,
      message: 'Backup scheduled at 14:06:05',
    });
  });

  it("reads log-symbols' fallbacks without Unicode: `i` padded by two spaces, `√` and `‼`", () => {
    expect(parse('i  functions: ensuring required API is enabled...')).toMatchObject({
      level: 'INFO',
      message: 'functions: ensuring required API is enabled...',
    });
    expect(parse('√ Compiled in 2s')).toMatchObject({ level: 'INFO', message: 'Compiled in 2s' });
    expect(parse('‼ Option `legacy` is deprecated')).toMatchObject({ level: 'WARN' });
    // A sentence opening with `i`, or a variable, is text.
    for (const text of ['i am done here', 'i = 3', 'i a=1 b=2']) expect(parse(text).level).toBeUndefined();
  });

  it('leaves a padded `i` before anything but a word as text: a table column, an aligned variable', () => {
    // zypper's installed-package column, aligned code, a list's index.
    for (const text of ['i  | vim-data | Vi IMproved | package', 'i  = 0', '    i  += step', 'i  2  4  8']) {
      expect(parse(text)).toMatchObject({ level: undefined, message: text });
    }
  });

  it('reads a right-aligned 12-hour time ending a level badge line (friendly-errors-webpack-plugin)', () => {
    expect(parse(' WARNING  Compiled with 2 warnings                    10:44:56 AM')).toMatchObject({
      level: 'WARN',
      timestamp: Date.parse('2026-12-01T10:44:56Z'),
      message: 'Compiled with 2 warnings',
    });
    expect(parse(' ERROR  Failed to compile with 1 error                  2:06:03 PM')).toMatchObject({
      level: 'ERROR',
      timestamp: Date.parse('2026-12-01T14:06:03Z'),
      message: 'Failed to compile with 1 error',
    });
    expect(parse('✔ Server built in 306ms                         2:06:05 PM').timestamp).toBe(
      Date.parse('2026-12-01T14:06:05Z'),
    );
    // A time in the sentence, or in a line with no level (a table's row), is the text's.
    expect(parse(' WARNING  Maintenance window opens at 10:44:56 AM')).toMatchObject({
      timestamp: undefined,
      message: 'Maintenance window opens at 10:44:56 AM',
    });
    expect(parse('backup-nightly   done      10:44:56 AM').timestamp).toBeUndefined();
  });

  it('leaves an elapsed time ending a level line that opens with no badge to the text', () => {
    // A job's duration, a download's ETA, a tag before the time: no badge's right-aligned clock.
    for (const text of [
      '[ERROR] Job failed after    00:12:31',
      'WARN  slow query took          00:00:05',
      '[WARN] retrying download  ETA   00:01:23',
      'error: timeout waiting for job     01:00:00',
      ' ERROR  download failed      elapsed 00:01:23',
    ]) {
      expect(parse(text).timestamp, text).toBeUndefined();
      expect(parse(text).message, text).toMatch(/\d\d:\d\d:\d\d$/);
    }
  });

  it("reads friendly-errors-webpack-plugin's success badge (` DONE  `) as INFO, with its time", () => {
    expect(parse(' DONE  Compiled successfully in 3418ms                  10:42:11 AM')).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-12-01T10:42:11Z'),
      message: 'Compiled successfully in 3418ms',
    });
    // Unindented, it is a task list's row; marked, a task's state; one space, a word.
    for (const text of ['DONE  write the docs', ' DONE writing', 'DONE: 3 of 4', ' [DONE]  deploy']) {
      expect(parse(text).level).toBeUndefined();
    }
  });

  it('does not cut an impossible time of day from the text', () => {
    const line = parse('✔ done      25:61:99');
    expect(line.parseError).toBeUndefined();
    expect(line.message).toContain('25:61:99');
  });

  it('takes the pairs apex/log’s CLI handler prints after the padded message as fields', () => {
    expect(parse('  • loading config                  path=.release.yaml')).toMatchObject({
      level: 'INFO',
      message: 'loading config',
      fields: { path: '.release.yaml' },
    });
    // Its values are unquoted: a run that splits into no pairs is the first key's value.
    expect(parse('  ⨯ release failed after 4s        error=tag v1.8.0 was not made here')).toMatchObject({
      level: 'ERROR',
      message: 'release failed after 4s',
      fields: { error: 'tag v1.8.0 was not made here' },
    });
  });

  it('reads miette’s indented `×` as an error', () => {
    expect(parse('  × Failed to resolve the workspace members:')).toMatchObject({
      level: 'ERROR',
      message: 'Failed to resolve the workspace members:',
    });
    expect(parse('×2 faster than before').level).toBeUndefined();
  });

  it('reads a symbol opening the message after a time and signale’s scope and `›`', () => {
    expect(parse('[3:05:44 PM] [deploy] › ✔  Uploaded 12 assets')).toMatchObject({
      level: 'INFO',
      message: 'Uploaded 12 assets',
    });
    expect(parse('[3:05:45 PM] [deploy] › ⚠  Cache is cold')).toMatchObject({
      level: 'WARN',
      message: 'Cache is cold',
    });
    expect(parse('[3:05:47 PM] [deploy] › ✖  Upload of app.js failed').level).toBe('ERROR');
    // The arrow alone, without a symbol, is text.
    expect(parse('[3:05:48 PM] [deploy] › done').level).toBeUndefined();
  });

  it('after a time, a check mark indented past its separator still ticks off a step (a CI log of Docker Compose)', () => {
    expect(parse('2026-11-30T10:00:00.1234567Z  ✔ Container app-db-1  Started')).toMatchObject({
      level: undefined,
      message: '✔ Container app-db-1  Started',
    });
    expect(parse('2026-11-30T10:00:00.1234567Z ✔ Build finished')).toMatchObject({
      level: 'INFO',
      message: 'Build finished',
    });
  });

  it('an indented check mark ticks off a step of a progress tree: no level, the text keeps it', () => {
    expect(parse(' ✔ Container app-db-1  Started   0.4s ')).toMatchObject({
      level: undefined,
      message: expect.stringContaining('✔ Container app-db-1'),
    });
    // A symbol glued to a word is no level.
    expect(parse('✔done').level).toBeUndefined();
  });
});

describe('bracketed names glued after a bracketed level', () => {
  it('are header: the first is the logger, the text starts after the last', () => {
    expect(parse('2026-11-26T06:46:16Z [WARN][CTL][Sched] queue is full')).toMatchObject({
      level: 'WARN',
      logger: 'CTL',
      message: 'queue is full',
    });
    // A bracket that holds words is the text's.
    expect(parse('2026-11-26T06:46:16Z [WARN][CTL][queue full] retrying').message).toBe(
      '[CTL][queue full] retrying',
    );
  });

  it('reads them as header without a time before the level too (the README example)', () => {
    expect(parse('[INFO][AMF][Init] text')).toMatchObject({ level: 'INFO', logger: 'AMF', message: 'text' });
    // A thread's number sign (`worker-#42`) is part of a name.
    expect(parse('[WARN][worker-#42][Cache] evicted')).toMatchObject({
      logger: 'worker-#42',
      message: 'evicted',
    });
  });
});

describe('an access-log line through Python’s basicConfig layout', () => {
  it('gives the line the time in its brackets; the text stays whole', () => {
    const line = '10.1.2.3 [21/Nov/2026:09:15:02 +0000] "GET /health HTTP/1.1" 200 12 "-" "probe/1.0"';
    expect(parse(`INFO:web.access:${line}`)).toMatchObject({
      level: 'INFO',
      logger: 'web.access',
      timestamp: Date.parse('2026-11-21T09:15:02Z'),
      message: line,
    });
    expect(
      parse('INFO:web.access:10.1.2.3 - - [21/Nov/2026:09:15:02 +0000] "GET / HTTP/1.1" 200 5').timestamp,
    ).toBe(Date.parse('2026-11-21T09:15:02Z'));
    // Other messages keep no time.
    expect(parse('WARNING:jobs:retry [3 of 5] in 10 s').timestamp).toBeUndefined();
  });

  it('leaves a bracketed date quoted in an ordinary message to the text', () => {
    const line = parse('ERROR:app.jobs:job [2019-01-01 00:00:00] failed again');
    expect(line.timestamp).toBeUndefined();
    expect(line.timestampText).toBeUndefined();
  });
});

describe('a logcat priority letter and tag opening the message', () => {
  it('gives the level and the tag after a header the source’s lines share (Firefox’s MOZ_LOG)', () => {
    const at = Date.parse('2026-12-02T06:00:00Z');
    const lines = [
      '2026-11-30 08:14:02.120000 UTC - [Parent 4410: Main Thread]: D/cache2 CacheEntry::Open [key=a:b]',
      '2026-11-30 08:14:02.305000 UTC - [Parent 4410: Socket Thread]: I/dns Resolving mirror.example.org',
      '2026-11-30 08:14:03.018000 UTC - [Child 5120: Main Thread]: W/cache2 CacheFile::OnFileOpened failed',
      '2026-11-30 08:14:03.440000 UTC - [Parent 4410: Main Thread]: E/dns Lookup of mirror.example.org failed',
    ];
    const parser = compileParser({});
    parser.learn('moz', lines, at);
    expect(lines.map((l) => parser(l, at, 'moz').level)).toEqual(['DEBUG', 'INFO', 'WARN', 'ERROR']);
    expect(parser(lines[3] as string, at, 'moz')).toMatchObject({
      message: 'Lookup of mirror.example.org failed',
    });
  });

  it('a tag of two characters or with a hyphen is a word: `A/B-test`, `I/Os` stay text', () => {
    const at = Date.parse('2026-12-02T06:00:00Z');
    const lines = [
      '2026-11-30 10:00:00.123 [worker-1] job started',
      '2026-11-30 10:00:01.123 [worker-2] job finished in 3 s',
      '2026-11-30 10:00:02.123 [worker-1] cache warmed',
      '2026-11-30 10:00:03.123 [worker-3] retry scheduled',
    ];
    const parser = compileParser({});
    parser.learn('jobs', lines, at);
    for (const text of ['A/B-test cohort 2 assigned', 'I/Os pending: 5', 'F/A-18 telemetry received']) {
      expect(parser(`2026-11-30 10:00:05.123 [worker-1] ${text}`, at, 'jobs')).toMatchObject({
        level: undefined,
        message: text,
      });
    }
    expect(parser('2026-11-30 10:00:05.123 [worker-1] W/nsHttp slow', at, 'jobs').level).toBe('WARN');
  });

  it('a one-letter tag is a word: `I/O error` stays text', () => {
    expect(parse('Nov 30 08:14:02 nas01 kernel: I/O error on sdb')).toMatchObject({
      level: undefined,
      message: 'I/O error on sdb',
    });
  });
});

describe('a product’s own word for its ordinary lines where its warnings and errors write a level', () => {
  const learnedLevels = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return lines.map((l) => parser(l, receivedAt, 'src'));
  };

  it.each([
    [
      'Domoticz’s `Status:`',
      [
        '2026-11-26 17:45:03.118  Status: Domoticz V2024.7 (c)2012-2024 GizMoCuz',
        '2026-11-26 17:45:03.120  Status: Build Hash: 7a0c4e31e',
        '2026-11-26 17:52:40.007  Error: MQTT: Failed to start, return code: 14',
      ],
      ['INFO', 'INFO', 'ERROR'],
    ],
    [
      'Minetest’s `ACTION[Server]:`',
      [
        '2026-11-29 18:20:09: ACTION[Server]: singleplayer [127.0.0.1] joins game.',
        '2026-11-29 18:30:05: WARNING[Server]: Undeclared global variable "mesecon"',
        '2026-11-29 18:31:12: ERROR[Main]: ServerError: AsyncErr',
      ],
      ['INFO', 'WARN', 'ERROR'],
    ],
    [
      'Marlin’s `echo:`',
      [
        'echo:Marlin 2.1.2.4',
        'echo: Last Updated: 2024-06-27',
        'Error:Thermal Runaway, system stopped!',
        'Error:Printer halted.',
      ],
      ['INFO', 'INFO', 'ERROR', 'ERROR'],
    ],
    [
      'Next.js’s `ready -`, `event -`, `wait  -`',
      [
        'ready - started server on 0.0.0.0:3000, url: http://localhost:3000',
        'event - compiled client and server successfully in 1830 ms (412 modules)',
        'wait  - compiling /dashboard (client and server)...',
        'warn  - Fast Refresh had to perform a full reload.',
        'error - unhandledRejection: Error: connect ECONNREFUSED 127.0.0.1:5432',
      ],
      ['INFO', 'INFO', 'INFO', 'WARN', 'ERROR'],
    ],
  ])('%s is INFO', (_, lines, levels) => {
    expect(learnedLevels(lines).map((p) => p.level)).toEqual(levels);
  });

  it('takes the word off the message like the level it stands for', () => {
    const [status] = learnedLevels([
      '2026-11-26 17:45:03.118  Status: Domoticz V2024.7',
      '2026-11-26 17:52:40.007  Error: MQTT: Failed to start',
    ]);
    expect(status?.message).toBe('Domoticz V2024.7');
  });

  it('a list of `Name: value` pairs beside a warning stays text: many names', () => {
    const rows = learnedLevels([
      'Name:         web-7f9c',
      'Namespace:    default',
      'Priority:     0',
      'Node:         node-1/10.0.0.4',
      'Status:       Running',
      'Warning:      readiness probe failed',
      'Warning:      back-off restarting failed container',
    ]);
    expect(rows.slice(0, 5).map((p) => p.level)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('names beside an `INFO:` line stay text: the product has its own word for ordinary lines (MinIO’s banner)', () => {
    const rows = learnedLevels([
      'INFO: Formatting 1st pool, 1 set(s), 4 drives per set.',
      'WARN: Detected default credentials',
      'API: http://10.8.0.21:9000  http://127.0.0.1:9000 ',
      'Status:         4 Online, 0 Offline. ',
    ]);
    expect(rows.map((p) => p.level)).toEqual(['INFO', 'WARN', undefined, undefined]);
    expect(rows[3]?.message.trim()).toBe('Status:         4 Online, 0 Offline.');
  });

  it('module names glued to what precedes them stay text beside a level (ESXi’s `cpu12:2097625)NetPort:`)', () => {
    const rows = learnedLevels([
      '2026-11-25T03:30:02.118Z cpu12:2097625)ScsiDeviceIO: 4115: Cmd(0x45d8c1b2c0c8) 0x28 failed',
      '2026-11-25T03:30:02.119Z cpu12:2097625)WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:237: state in doubt',
      '2026-11-25T03:31:15.904Z cpu3:2097190)NetPort: 1573: disabled port 0x4000004',
    ]);
    expect(rows.map((p) => p.level)).toEqual([undefined, 'WARN', undefined]);
  });

  it('only the words the source showed are its ordinary lines: another word in that place stays text', () => {
    const parser = compileParser({});
    parser.learn(
      'src',
      [
        '2026-11-26 17:45:03.118  Status: Domoticz V2024.7',
        '2026-11-26 17:45:03.120  Status: Build Hash: 7a0c4e31e',
        '2026-11-26 17:52:40.007  Error: MQTT: Failed to start',
      ],
      receivedAt,
    );
    expect(parser('2026-11-26 17:53:00.000  Exception: boom in worker', receivedAt, 'src')).toMatchObject({
      level: undefined,
      message: 'Exception: boom in worker',
    });
    expect(parser('2026-11-26 17:53:01.000  Mode: fast', receivedAt, 'src')).toMatchObject({
      level: undefined,
      message: 'Mode: fast',
    });
    expect(parser('2026-11-26 17:53:02.000  Status: Running', receivedAt, 'src').level).toBe('INFO');
  });

  it('read alone, a line that opens with a word and a colon stays text', () => {
    expect(parse('Status: Running').level).toBeUndefined();
    expect(parse('2026-11-26 17:45:03.118  Status: Domoticz V2024.7').level).toBeUndefined();
  });
});

describe('ballot boxes among the status symbols', () => {
  it('reads `☒` as an error and `☑` as a check mark (milc, the QMK CLI; checklists)', () => {
    expect(parse('☒ crkbd/rev1: Layout macro is not defined')).toMatchObject({
      level: 'ERROR',
      message: 'crkbd/rev1: Layout macro is not defined',
    });
    expect(parse('☑ Backups verified')).toMatchObject({ level: 'INFO', message: 'Backups verified' });
    // Indented, a check mark ticks off a step of a progress tree, as `✔` does.
    expect(parse('  ☑ Container db Started').level).toBeUndefined();
    // An empty box is a task still to do.
    expect(parse('☐ Rotate the keys').level).toBeUndefined();
  });
});

describe('a run of `!` opening a line or its message', () => {
  it.each([
    // TeX's errors, adcli's errors and warnings, SetupAPI's `!!!` error prefix.
    ['! Undefined control sequence.', 'ERROR', 'Undefined control sequence.'],
    [
      " ! Couldn't authenticate to active directory: SASL(-1)",
      'ERROR',
      "Couldn't authenticate to active directory: SASL(-1)",
    ],
    [
      '!!!  dvi: Device not started: Device has problem: 0x1c',
      'ERROR',
      'dvi: Device not started: Device has problem: 0x1c',
    ],
    ['!! Cache index corrupt, rebuilding', 'ERROR', 'Cache index corrupt, rebuilding'],
    // SetupAPI pads its prefix to a column, where one `!` is its warning.
    ['!    sto: Unable to find driver package', 'WARN', 'sto: Unable to find driver package'],
    // A level word with its colon names the level itself.
    ['!!! WARNING: disk almost full', 'WARN', 'disk almost full'],
    // So does a capitalised level word opening the text without one, kept in the text.
    ['!!! Warning, reboot scheduled at 02:00', 'WARN', 'Warning, reboot scheduled at 02:00'],
    ['!! Warning the cache is stale', 'WARN', 'Warning the cache is stale'],
  ])('%s', (line, level, message) => {
    expect(parse(line)).toMatchObject({ level, message });
  });

  it('reads the run after the time (OpenSnitch writes `!!!` in its level column)', () => {
    expect(parse('[2026-09-01 09:22:53]  !!!  Error while creating queue #0')).toMatchObject({
      level: 'ERROR',
      timestamp: Date.parse('2026-09-01T09:22:53Z'),
      message: 'Error while creating queue #0',
    });
  });

  it('reads the run before a time the header read (SetupAPI with its time stamp)', () => {
    expect(parse('!!!  2026/11/30 07:41:12.503 dvi: Device not started')).toMatchObject({
      level: 'ERROR',
      timestamp: Date.parse('2026-11-30T07:41:12.503Z'),
    });
  });

  it('leaves banners, admonitions, shell history, negations and bare runs alone', () => {
    for (const line of [
      '!!! IMPORTANT !!!',
      '!!! IMPORTANT: do not edit this file',
      '!! NOTE read the changelog',
      '!!! note "Heads up"',
      '!!! warning',
      '!42',
      '!!',
      '!ls -la',
      '! grep -q x file',
      '!!!! Four marks',
      '!',
      '! 42 retries',
      '!  ',
      '[2026-09-01 09:22:53] !! 3',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

describe('a bullet `*` beside bang-run marks in one source', () => {
  const lines = [
    ' * Using domain name: corp.example',
    ' * Calculated computer account name from fqdn: APP-LNX-04',
    " ! Couldn't authenticate to active directory",
    ' ! Insufficient permissions to join the domain',
  ];

  it("reads ` * ` as INFO where the source's sample also opens lines with `!` (adcli)", () => {
    const parser = compileParser({});
    parser.learn('adcli', lines, receivedAt);
    expect(parser(lines[0] as string, receivedAt, 'adcli')).toMatchObject({
      level: 'INFO',
      message: 'Using domain name: corp.example',
    });
    expect(parser(lines[2] as string, receivedAt, 'adcli').level).toBe('ERROR');
  });

  it('leaves a bullet alone in a line read alone, and in a source with no bang-run lines', () => {
    expect(parse(lines[0] as string).level).toBeUndefined();
    const parser = compileParser({});
    const bullets = [
      'Launching the app',
      '* Running on local URL:  http://127.0.0.1:7860',
      '* Running on public URL: https://example.gradio.live',
      'Keyboard interruption in main thread... closing server.',
    ];
    parser.learn('gradio', bullets, receivedAt);
    for (const line of bullets) expect(parser(line, receivedAt, 'gradio').level, line).toBeUndefined();
  });

  it('leaves a bullet before anything but a capitalised word alone, even beside bang runs', () => {
    const parser = compileParser({});
    parser.learn('adcli', lines, receivedAt);
    for (const line of [' * 3 items', ' * foo.c', ' *bold*', ' ** Note']) {
      expect(parser(line, receivedAt, 'adcli').level, line).toBeUndefined();
    }
  });
});

describe('a run of `!` in a source that writes `!` alone on lines (a network configuration)', () => {
  // Cisco IOS, NX-OS, Arista EOS and FRR separate a configuration's sections with `!` alone and
  // write their comments after one: there `!` marks a comment, not an error.
  const config = [
    'Building configuration...',
    '!',
    '! Last configuration change at 14:02:11 UTC Fri Dec 4 2026 by admin',
    '! NVRAM config last updated at 14:02:11 UTC Fri Dec 4 2026 by admin',
    'version 15.2',
    '!',
    'interface GigabitEthernet0/1',
    ' description Uplink',
    ' !',
    ' ! Description of the uplink',
  ];

  it("reads no level from a configuration's comments, nor a bullet beside them", () => {
    const parser = compileParser({});
    parser.learn('router', config, receivedAt);
    for (const line of [...config, '! No configuration change since last restart', '* Uplink']) {
      expect(parser(line, receivedAt, 'router').level, line).toBeUndefined();
    }
  });

  it('still reads the runs in a source with no such line (TeX, adcli)', () => {
    const parser = compileParser({});
    const tex = ['This is pdfTeX, Version 3.141592653', '! Undefined control sequence.', 'l.12 \\foo'];
    parser.learn('tex', tex, receivedAt);
    expect(parser(tex[1] as string, receivedAt, 'tex').level).toBe('ERROR');
  });
});

describe('a bracketed status mark opening a line, as security tools print them', () => {
  it("reads Metasploit's, Impacket's and pwntools' `[*]` INFO, `[!]` WARN and `[-]` ERROR", () => {
    expect(parse('[*] Sending stage (201798 bytes) to 192.0.2.15')).toMatchObject({
      level: 'INFO',
      message: 'Sending stage (201798 bytes) to 192.0.2.15',
    });
    expect(parse('[!] Target looks patched, continuing anyway')).toMatchObject({
      level: 'WARN',
      message: 'Target looks patched, continuing anyway',
    });
    expect(parse('[-] Connection to 192.0.2.40:445 timed out')).toMatchObject({
      level: 'ERROR',
      message: 'Connection to 192.0.2.40:445 timed out',
    });
  });

  it('reads no level from the same marks as a wildcard, a tree node, a checklist or inside the text', () => {
    for (const line of [
      '[*] = every host',
      '[-] src',
      '[-]  ',
      '[x] Write the release notes',
      '[+] Opened session 3',
      'copying [*] Files now',
      '[*]Started without a space',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });

  it('reads a long line of near misses in work linear in its length', () => {
    const line = (marks: number) => `[*] Started ${'[-] [! '.repeat(marks)}`;
    expect(parse(line(28_000)).level).toBe('INFO');
    // Characters read, not time: twice the line, at most about twice the work.
    const once = charactersRead(() => parse(line(14_000)));
    expect(charactersRead(() => parse(line(28_000)))).toBeLessThan(2.2 * once);
  });
});

describe('a letter and a colon opening a line, as Debian’s tools mark their messages', () => {
  it("reads apt's, debootstrap's and pbuilder's `E:` `W:` `N:` `I:` before a capitalised word", () => {
    expect(parse('E: Package libxyz2 has no installation candidate')).toMatchObject({
      level: 'ERROR',
      message: 'Package libxyz2 has no installation candidate',
    });
    expect(
      parse('W: GPG error: https://deb.example.net stable InRelease: NO_PUBKEY 6A030B21BA07F4FB'),
    ).toMatchObject({
      level: 'WARN',
      message: 'GPG error: https://deb.example.net stable InRelease: NO_PUBKEY 6A030B21BA07F4FB',
    });
    expect(
      parse('N: Ignoring file 50unattended.orig in /etc/apt/apt.conf.d as it has an invalid extension'),
    ).toMatchObject({
      level: 'NOTICE',
    });
    expect(parse('I: Retrieving Release.gpg')).toMatchObject({
      level: 'INFO',
      message: 'Retrieving Release.gpg',
    });
  });

  it('reads no level from a drive, a label or a letter before lower-case text or a number', () => {
    for (const line of [
      'C: Drive is full',
      'E: drive is almost full',
      'A: Yes, restart it',
      'Q: Why did it stop?',
      'I: think so',
      'N: 42',
      'W:Failed without a space',
      'see E: Unable to locate package',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

describe('`E:` or `W:` in a header place of a line, per line', () => {
  it('reads the letter right after the time and its bracket (timeshift, a bare time)', () => {
    expect(parse('[14:02:16] E: rsync returned an error')).toMatchObject({
      level: 'ERROR',
      message: 'rsync returned an error',
    });
    expect(parse('2026-11-30 14:02:16 W: snapshot is older than 7 days')).toMatchObject({
      level: 'WARN',
      message: 'snapshot is older than 7 days',
    });
  });

  it("reads it after a bracket or a lower-case `name:` tag opening the line (rpmlint's `package.arch:`)", () => {
    expect(parse('acme-agent.x86_64: W: no-manual-page-for-binary acme-agent')).toMatchObject({
      level: 'WARN',
      message: 'no-manual-page-for-binary acme-agent',
    });
    expect(parse('libfoo.aarch64: E: zero-length /usr/share/doc/libfoo/NEWS')).toMatchObject({
      level: 'ERROR',
    });
    expect(parse('[sync] E: remote closed the connection')).toMatchObject({
      level: 'ERROR',
      message: 'remote closed the connection',
    });
  });

  it('reads no level from a drive, a label, another letter or a letter further in', () => {
    for (const line of [
      // A drive: a size, a path, a number, or a word of storage after it.
      '2026-11-30 14:02:16 E: 120 GB free',
      '[14:02:16] E: drive is almost full',
      '[14:02:16] W: share unreachable',
      '14:02:16 E: volume not mounted',
      '14:02:16 E:\\backup\\daily copied',
      '14:02:16 E: \\\\nas\\share copied',
      '14:02:16 E: /mnt/e copied',
      '14:02:16 E: 3 files',
      // Other letters name drives and label items (`A:`, `Q:`, `C:`, `D:`, `I:`).
      '[14:02:16] A: yes',
      '[14:02:16] Q: why did it stop?',
      '[14:02:16] C: system disk',
      '[14:02:16] D: data',
      // A capitalised label or one with spaces before it, a letter in the text, no space after the colon.
      'Volume: E: Data',
      'Backup target: E: external disk',
      '2026-11-30 14:02:16 copied to E: backups',
      'pkg.noarch: W:no-space',
      // Letters labelling several items on one line: a list of drives (`E: Data, F: Media`) or sizes.
      'drives: E: Data, F: Media',
      '[14:02:16] E: Data; F: Media',
      'E: Backup, F: Photos',
      '[layout] W: wide H: tall',
      // After a lower-case `name:` field, a letter before a capitalised word is a value (a drive and its
      // label, a compass point); rpmlint's checks are lower-case tags.
      'letter: E: Backups',
      'mount: E: Data',
      'compass: W: West',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

describe('a dotted logger name whose last part spells a level', () => {
  it("reads no level from Python's `[uvicorn.error]` and `[gunicorn.error]` loggers, which log INFO lines too", () => {
    expect(parse('[2026-05-02 10:00:01,120] [uvicorn.error] Application startup complete.')).toMatchObject({
      level: undefined,
      message: '[uvicorn.error] Application startup complete.',
    });
    expect(
      parse('2026-05-02 10:00:01,120 [gunicorn.error] Booting worker with pid: 812').level,
    ).toBeUndefined();
    // A source's lines show the bracket is a logger column.
    const parser = compileParser({});
    const line = (name: string, text: string) => `[2026-05-02 10:00:01,120] [${name}] ${text}`;
    const sample = [
      line('uvicorn.error', 'Started server process [812]'),
      line('uvicorn.access', '10.0.0.7 - "GET / HTTP/1.1" 200'),
      line('uvicorn.error', 'Application startup complete.'),
      line('app.db', 'pool ready'),
    ];
    parser.learn('api', sample, receivedAt);
    expect(parser(sample[2] as string, receivedAt, 'api')).toMatchObject({
      level: undefined,
      logger: 'uvicorn.error',
      message: 'Application startup complete.',
    });
    expect(
      parse('2026-05-02 10:00:01,120 [gunicorn.error] [WARNING] Worker 812 was sent SIGTERM'),
    ).toMatchObject({
      level: 'WARN',
    });
  });

  it("still reads Monolog's `channel.LEVEL` and a level word closing a dotted field in capitals", () => {
    expect(parse('[2026-05-02 10:00:01] app.ERROR: payment failed').level).toBe('ERROR');
    expect(parse('2026-05-02 10:00:01 [shop.WARNING] stock low').level).toBe('WARN');
    expect(parse('2026-05-02 10:00:01 app.ERROR[9]: payment failed').level).toBe('ERROR');
    // Bare, before a colon, a lower-case last part is still the level; a syslog facility's too.
    expect(parse('2026-05-02 10:00:01 app.db.error: pool lost').level).toBe('ERROR');
    expect(parse('2026-05-02 10:00:01 [daemon.err] pool lost').level).toBe('ERROR');
  });

  it("reads no level from a logger's lower-case last part before its pid and a level in capitals: Python's `%(name)s[%(process)d]: %(levelname)s` (lvl38)", () => {
    // Alerta's LOG_FORMAT, `%(asctime)s - %(name)s[%(process)d]: %(levelname)s - %(message)s`: the
    // logger `alerta.app.alert` read FATAL from `alert` before its real INFO.
    expect(
      parse('2026-11-30 05:14:58,019 - alerta.app.alert[9]: INFO - Alert 81c3d7e4 acknowledged by ops'),
    ).toMatchObject({ level: 'INFO', message: 'Alert 81c3d7e4 acknowledged by ops' });
    expect(parse('2026-11-30 05:14:58,019 - worker.jobs.error[31]: WARNING - queue slow').level).toBe('WARN');
    // With no level in capitals after it, the last part is the level (lvl36: a source writes
    // `name.level[pid]: text`), and a lower-case word after it is the text's.
    expect(parse('2026-11-30 05:14:58,019 - worker.jobs.error[31]: queue drained').level).toBe('ERROR');
    expect(parse('2026-11-30 05:14:58,019 - worker.jobs.error[31]: info page moved').level).toBe('ERROR');
  });
});

describe('look-alikes that must keep their reading', () => {
  it('reads a duration after a level as text, not as a one-digit hour (only a 12-hour clock with AM or PM is one)', () => {
    expect(parse('ERROR 2:13:45 into the transfer, connection reset')).toMatchObject({
      level: 'ERROR',
      timestamp: undefined,
      message: '2:13:45 into the transfer, connection reset',
    });
    expect(parse('[WARN] 0:00:05 behind schedule').message).toBe('0:00:05 behind schedule');
    expect(parse('[INFO] 9:14:02 AM cache warmed')).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-12-02T09:14:02Z') - 86_400_000,
      message: 'cache warmed',
    });
  });

  it("keeps a syslog facility.severity in brackets as the level (`[daemon.err]`), which a logger's lower-case name is not", () => {
    expect(parse('[daemon.err] dnsmasq: failed to bind DHCP server socket').level).toBe('ERROR');
    expect(parse('[kern.warning] CPU0: temperature above threshold').level).toBe('WARN');
    expect(parse('[user.notice] backup finished').level).toBe('NOTICE');
  });

  it("reads GLib's CRITICAL (a failed check the program survives, g_critical) as ERROR, keeping FATAL for what aborts", () => {
    expect(
      parse(
        "Dec  1 10:00:00 host gnome-shell[3120]: (gnome-shell:3120): Gtk-CRITICAL **: 10:00:00.123: gtk_widget_show: assertion 'GTK_IS_WIDGET (widget)' failed",
      ).level,
    ).toBe('ERROR');
    expect(
      parse('(nautilus:3120): GLib-CRITICAL **: 10:00:00.123: g_source_remove: assertion failed').level,
    ).toBe('ERROR');
  });
});

describe('a level letter column before a dotted logger and a dash', () => {
  const learnt = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return (line: string) => parser(line, receivedAt, 'src');
  };
  const line = (letter: string, logger: string, text: string) =>
    `[2026-05-10 08:57:09.025] ${letter} ${logger} - ${text}`;

  it('learns the letters as the level: the dash between the logger and the text is no TRACE mark', () => {
    const read = learnt([
      line('I', 'app.http', 'starting http server'),
      line('I', 'app.migrations', 'running migrations'),
      line('W', 'app.setup', 'using an autogenerated key'),
      line('E', 'app.http.errors', 'unhandled exception'),
    ]);
    expect(read(line('W', 'app.rpc', 'slow request')).level).toBe('WARN');
    expect(read(line('I', 'app.rpc', 'request done')).level).toBe('INFO');
    expect(read(line('E', 'app.db', 'pool exhausted')).level).toBe('ERROR');
  });

  it("keeps Redis's distinctive `*` and `#` marks ahead of the role letter before the time", () => {
    const redis = (role: string, mark: string, text: string) =>
      `1:${role} 25 Nov 2026 06:00:01.114 ${mark} ${text}`;
    const read = learnt([
      redis('C', '*', 'Server is starting'),
      redis('M', '#', 'WARNING Memory overcommit must be enabled!'),
      redis('M', '*', 'Ready to accept connections tcp'),
      redis('M', '#', 'Failed opening the temp RDB file'),
    ]);
    expect(read(redis('M', '*', 'Background saving started')).level).toBe('NOTICE');
    expect(read(redis('M', '#', 'Background saving error')).level).toBe('WARN');
  });
});

describe('level abbreviations of the families that write them in a column', () => {
  const learnt = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return (line: string) => parser(line, receivedAt, 'src');
  };

  it("reads slog-rs's DEBG beside its TRCE, ERRO and CRIT", () => {
    expect(parse('Nov 12 16:19:58.744 DEBG Slot timer, peers: 74').level).toBe('DEBUG');
    expect(parse('2026-11-12 16:19:58 DEBG cache miss').level).toBe('DEBUG');
  });

  it("reads Nim chronicles' NOT as NOTICE in a column beside INF, WRN and ERR, and `not` elsewhere as a word", () => {
    const line = (level: string, text: string) => `${level} 2026-05-14 11:02:24.003+02:00 ${text}`;
    const read = learnt([
      line('INF', 'Slot start'),
      line('WRN', 'Beacon node not in sync'),
      line('NOT', 'Reached new finalization checkpoint'),
      line('ERR', 'Failed to obtain validator duties'),
    ]);
    expect(read(line('NOT', 'Finalized'))).toMatchObject({ level: 'NOTICE', message: 'Finalized' });
    expect(parse('NOT 2026-05-14 11:02:24 found').level).toBeUndefined();
    expect(parse('2026-05-14 11:02:24 not ready yet').level).toBeUndefined();
  });

  it("reads zerolog's console PNC as FATAL in a column beside its INF, WRN and ERR, and PNC elsewhere as a name", () => {
    const kitchen = (level: string, minute: number, text: string) =>
      `10:${minute}AM ${level} ${text} node_id=7`;
    const read = learnt([
      kitchen('INF', 10, 'Starting node'),
      kitchen('INF', 11, 'Listening on :4221'),
      kitchen('WRN', 12, 'Snapshot lagging behind'),
      kitchen('ERR', 13, 'Replication failed'),
    ]);
    expect(read(kitchen('PNC', 14, 'Terminated listener'))).toMatchObject({ level: 'FATAL' });
    expect(read(kitchen('PNC', 14, 'Terminated listener')).message).toMatch(/^Terminated listener/);
    const iso = (level: string, text: string) => `2026-11-30T10:15:01Z ${level} ${text}`;
    const readIso = learnt([
      iso('INF', 'Starting node'),
      iso('DBG', 'tick'),
      iso('WRN', 'slow'),
      iso('INF', 'ready'),
    ]);
    expect(readIso(iso('PNC', 'Terminated listener')).level).toBe('FATAL');
    // Not learned, or not where the level stands, it is a name (a bank's, a police computer's).
    expect(parse('2026-11-30T10:15:01Z PNC statement ready for account 3').level).toBeUndefined();
    expect(parse('PNC statement ready for account 3').level).toBeUndefined();
    expect(readIso(iso('INF', 'PNC transfer queued'))).toMatchObject({
      level: 'INFO',
      message: 'PNC transfer queued',
    });
    expect(
      learnt(['2026-11-30T10:15:01Z pnc sync done', '2026-11-30T10:15:02Z pnc sync done'])(
        '2026-11-30T10:15:03Z PNC sync done',
      ).level,
    ).toBeUndefined();
  });

  it('reads MSG, the ordinary message of MonetDB and Gazebo, as INFO where a level stands', () => {
    const monet = (level: string, text: string) => `2026-11-11 04:00:01 ${level} merovingian[1187]: ${text}`;
    const read = learnt([
      monet('MSG', 'starting database'),
      monet('MSG', 'arguments: /usr/bin/mserver5'),
      monet('MSG', 'proxying client'),
      monet('ERR', 'client error: no such database'),
    ]);
    expect(read(monet('MSG', 'database started'))).toMatchObject({
      level: 'INFO',
      message: 'database started',
    });
    const readGazebo = learnt([
      '[Msg] Waiting for master.',
      '[Msg] Connected',
      '[Wrn] [Publisher.cc:135] Queue limit',
      '[Err] [REST.cc:205] Error',
    ]);
    expect(readGazebo('[Msg] Publicized address')).toMatchObject({
      level: 'INFO',
      message: 'Publicized address',
    });
    // Unmarked and outside a level's place it is a word.
    expect(parse('2026-11-11 04:00:01 sent msg to the broker').level).toBeUndefined();
  });

  it("reads ModemManager's `<msg>`, GLib's message between its `<wrn>` and `<inf>`, as NOTICE", () => {
    const modem = (level: string, text: string) =>
      `ModemManager[1187]: <${level}> [1795723412.384813] ${text}`;
    const read = learnt([
      modem('msg', '[modem0] state changed (registered -> connecting)'),
      modem('inf', '[modem0] simple connect state (8/8): all done'),
      modem('wrn', "[modem0] couldn't load operator name"),
      modem('err', '[modem0/bearer1] connection attempt #1 failed'),
    ]);
    expect(read(modem('msg', '[modem0] state changed (connecting -> connected)')).level).toBe('NOTICE');
  });
});

describe('a level word before `=`', () => {
  it('is a key, not a level, after a pipe or opening a field', () => {
    expect(parse('1278032689|msg="quoted value"|next').level).toBeUndefined();
    expect(parse('2026-11-11 04:00:01 | warn=3 retries').level).toBeUndefined();
  });
});

describe('a dashed date with a two-digit year, day-first or year-first', () => {
  it('reads it in the order that puts it nearest the time the line arrived, never years into the future', () => {
    // Python's `%y-%m-%d` (Home Assistant's supervisor), Perl's `[%y-%m-%d …]` (Lyrion).
    expect(parse('25-06-03 07:41:18 INFO (MainThread) [supervisor.core] up').timestamp).toBe(
      Date.parse('2025-06-03T07:41:18Z'),
    );
    expect(parse('[26-09-06 17:43:44.1678] main::init (387) Starting').timestamp).toBe(
      Date.parse('2026-09-06T17:43:44.167Z'),
    );
    // Java's `dd-MM-yy`: the year-first reading (2030-11-26) would be years ahead.
    expect(parse('30-11-26 10:00:00 server started').timestamp).toBe(Date.parse('2026-11-30T10:00:00Z'));
    expect(parse('12-11-26 10:00:00 server started').timestamp).toBe(Date.parse('2026-11-12T10:00:00Z'));
  });
});

/*
 * CLASS: a slashed date with a two-digit year opening the line, `a/b/c HH:mm:ss`: Spark's `yy/MM/dd`,
 * the US short date `MM/dd/yy`, the European `dd/MM/yy` (CIMLM's license server). The three readings
 * lie months or years apart; the year-first reading stays unless it lies outside the window the
 * time-range check accepts and another lies inside it (month first, then day first: slashes' default
 * order). Limits: per line, not by the source's learned order; when no reading lies inside, the year-first
 * one stays (a replayed Spark log keeps its dates).
 */
/*
 * CLASS: `MM/dd HH:mm`, a month-first date with no year and a time to the minute, opening every
 * line of a source (Reprise's RLM license server: `11/30 07:05 (rlm) text`). Learned only, in the
 * first field: per line `11/30` is as often a ratio or a fraction of text, and a time to the minute
 * after it is no proof. Limits: month first only; a space must follow the minutes (`07:05:33` is
 * not this shape); the year is the arrival's, as syslog's.
 */
describe('a month-first date without a year, to the minute, learned from a source', () => {
  const lines = [
    '11/30 07:05 (rlm) RLM License Server Version 15.2BL3',
    '11/30 07:05 (rlm) License server started on lic-viz01',
    '11/30 07:06 (foundry) License nuke_r v2026.1130 expires in 9 days',
    '11/30 08:12 (foundry) OUT: nukex_i v2026.1201 by mjensen@comp-ws12',
    '11/30 08:44 (foundry) DENIED: nukex_i v2026.1201 to pbianchi@comp-ws07',
    '11/30 09:02 (foundry) IN: nukex_i v2026.1201 by mjensen@comp-ws12',
  ];
  it('reads no time from the shape in a line alone, nor from a ratio in the text', () => {
    expect(parse('11/30 07:05 (rlm) RLM License Server Version 15.2BL3').timestamp).toBeUndefined();
    expect(parse('processed 11/30 07:05 batches left').timestamp).toBeUndefined();
  });
  it('learns no such time from a sample whose lines have it after the first field', () => {
    const parser = compileParser({});
    const ratios = lines.map((line) => `batch ${line}`);
    parser.learn('ratios', ratios, receivedAt);
    expect(parser(ratios[0] as string, receivedAt, 'ratios').timestamp).toBeUndefined();
  });
  it('learns it only from lines it dates inside the time-range window: a day-first source, a progress count', () => {
    const parser = compileParser({});
    // `05/12` is 5 December in this source, not 12 May: read month first, the sample dates seven months back.
    const dayFirst = lines.map((line) => `05/12${line.slice(5)}`);
    parser.learn('day-first', dayFirst, receivedAt);
    expect(parser(dayFirst[0] as string, receivedAt, 'day-first').timestamp).toBeUndefined();
    // Test 3 of 12 after 1 minute 23 seconds, not 3 December at 01:23.
    const counts = ['03', '04', '05', '06', '07', '08'].map((n, k) => `${n}/12 01:2${k} test_${k} PASSED`);
    parser.learn('counts', counts, receivedAt);
    expect(parser('09/12 01:55 test_9 PASSED', receivedAt, 'counts').timestamp).toBeUndefined();
  });
  it('reads it on every line of a source whose sample opens with it', () => {
    const parser = compileParser({});
    parser.learn('rlm', lines, receivedAt);
    expect(
      parser('11/30 12:47 (foundry) IN: nuke_r v2026.1130 by render@rn-034', receivedAt, 'rlm'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T12:47:00Z'),
    });
  });
});

/*
 * CLASS: `MM-dd HH:mm`, the dashed sibling: a month-first date with no year and a time to the minute,
 * opening every line of a source (Python's logging cookbook's `datefmt='%m-%d %H:%M'`, court-scraper's
 * `%(asctime)s - %(name)-12s - %(message)s`). Learned only, in the first field, as `MM/dd HH:mm` is:
 * per line `11-21` is as often a range or a score. Limits: month first only (`%m-%d`, logcat's
 * order); a space must follow the minutes; the year is the arrival's, as syslog's.
 */
describe('a dashed month-first date without a year, to the minute, learned from a source', () => {
  const lines = [
    '11-21 06:15 - court_scraper.platforms.oscn.runner - Executing search for ok_tulsa',
    '11-21 06:15 - court_scraper.platforms.oscn.runner - Searching 3 case numbers',
    '11-21 06:16 - court_scraper.platforms.oscn.pages.search - Found 12 results',
    '11-21 06:18 - court_scraper.platforms.oscn.runner - Saved results to ok_tulsa.json',
    '11-21 06:19 - court_scraper.cli - Done',
    '11-21 06:21 - court_scraper.platforms.oscn.runner - Executing search for ok_okla',
  ];
  it('reads no time from the shape in a line alone, nor from a range in the text', () => {
    expect(parse(lines[0] as string).timestamp).toBeUndefined();
    expect(parse('score 11-21 06:15 remaining').timestamp).toBeUndefined();
  });
  it('learns no such time from a sample whose lines have it after the first field', () => {
    const parser = compileParser({});
    const scores = lines.map((line) => `set ${line}`);
    parser.learn('scores', scores, receivedAt);
    expect(parser(scores[0] as string, receivedAt, 'scores').timestamp).toBeUndefined();
  });
  it('learns it only from lines it dates inside the time-range window: a day-first source', () => {
    const parser = compileParser({});
    // `05-12` is 5 December in this source, not 12 May: read month first, the sample dates seven months back.
    const dayFirst = lines.map((line) => `05-12${line.slice(5)}`);
    parser.learn('day-first', dayFirst, receivedAt);
    expect(parser(dayFirst[0] as string, receivedAt, 'day-first').timestamp).toBeUndefined();
  });
  it('reads it on every line of a source whose sample opens with it', () => {
    const parser = compileParser({});
    parser.learn('court-scraper', lines, receivedAt);
    expect(
      parser('11-30 12:47 - court_scraper.cli - Finished ok_tulsa', receivedAt, 'court-scraper'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T12:47:00Z'),
      logger: 'court_scraper.cli',
      message: 'Finished ok_tulsa',
    });
  });
});

describe('a slashed date with a two-digit year, year-first, month-first or day-first', () => {
  it("keeps the year-first reading when it lies inside the window, or when no reading does (Spark's replays)", () => {
    expect(parse('26/11/30 07:55:02 Server Start').timestamp).toBe(Date.parse('2026-11-30T07:55:02Z'));
    expect(parse('17/06/09 20:10:40 WARN storage.BlockManager: Block exists').timestamp).toBe(
      Date.parse('2017-06-09T20:10:40Z'),
    );
    expect(parse('15/06/20 10:00:00 worker started').timestamp).toBe(Date.parse('2015-06-20T10:00:00Z'));
  });
  it('reads the day-first date when only it lies inside the window', () => {
    expect(parse('30/11/26 07:55:02 Server Start LIC-AM01').timestamp).toBe(
      Date.parse('2026-11-30T07:55:02Z'),
    );
    expect(parse('05/11/26 07:55:02 Connection Start').timestamp).toBe(Date.parse('2026-11-05T07:55:02Z'));
  });
  it('reads the month-first date first when both it and the day-first one lie inside the window', () => {
    // 2026-11-12 and 2026-12-11 are both inside [2026-11-02, 2026-12-03]: slashes read month first.
    expect(parse('11/12/26 07:55:02 Connection Start').timestamp).toBe(Date.parse('2026-11-12T07:55:02Z'));
  });
  it('limit, pinned: a year-old Spark date whose day is this year reads day first (a replay)', () => {
    // 2025-11-26 written yy/MM/dd, arriving in December 2026; nothing in the line tells it from 2026-11-25.
    expect(parse('25/11/26 07:55:02 INFO spark.SparkContext: up').timestamp).toBe(
      Date.parse('2026-11-25T07:55:02Z'),
    );
  });
});

describe('a dotted date with a two-digit year, day-first or year-first (a date whose layout reads two ways)', () => {
  // Class: a short date whose two readings (dd.MM.yy, yy.MM.dd: Go's `06.01.02`, nuclio's processor)
  // lie years apart; the one inside the time-range check's window is taken.
  it('takes the year-first reading when only it lies within retention and a day ahead of arrival', () => {
    expect(parse('26.11.30 15:07:44.391                 processor (I) Starting processor').timestamp).toBe(
      Date.parse('2026-11-30T15:07:44.391Z'),
    );
    expect(parse('26.12.01 23:59:00 worker started').timestamp).toBe(Date.parse('2026-12-01T23:59:00Z'));
  });
  it('keeps the day-first default when that reading is plausible', () => {
    expect(parse('02.12.26 05:00:00 worker started').timestamp).toBe(Date.parse('2026-12-02T05:00:00Z'));
    expect(parse('26.11.26 05:00:00 worker started').timestamp).toBe(Date.parse('2026-11-26T05:00:00Z'));
  });
  it('keeps reading as before when neither reading is plausible', () => {
    // 2020-06-15 or 2015-06-20: both outside retention; the nearer, as the dashed dates read.
    expect(parse('15.06.20 10:00:00 worker started').timestamp).toBe(Date.parse('2020-06-15T10:00:00Z'));
  });
  it('settles each line alone: a line of the other reading re-dates no other line of the source', () => {
    const parser = compileParser({});
    const lines = ['26.11.30 15:07:44.391 processor (I) one', '26.11.30 15:07:45.001 processor (I) two'];
    parser.learn('nuclio', lines, receivedAt);
    expect(parser('05.11.26 15:07:46.000 processor (I) forged', receivedAt, 'nuclio').timestamp).toBe(
      Date.parse('2026-11-05T15:07:46Z'),
    );
    expect(parser('26.11.29 15:07:47.000 processor (I) three', receivedAt, 'nuclio').timestamp).toBe(
      Date.parse('2026-11-29T15:07:47Z'),
    );
  });
  it('limit, pinned: a year-old day-first date whose day is this year reads as this year (a replay)', () => {
    // 26 November 2025 written d.M.yy, arriving in December 2026; nothing in the line tells it from
    // nuclio's 2026-11-25. Under a retention of a year or more the day-first reading was right.
    expect(parse('26.11.25 10:00:00 worker started').timestamp).toBe(Date.parse('2026-11-25T10:00:00Z'));
    // A day that is no two-digit year of the window keeps the day-first reading, flagged later.
    expect(parse('27.11.25 10:00:00 worker started').timestamp).toBe(Date.parse('2025-11-27T10:00:00Z'));
  });
});

describe('a level letter and colon right before the time that opens the line', () => {
  it("reads wlroots' and sway's `D: 11/14/17 21:08:12 - text`", () => {
    expect(parse('D: 11/14/17 21:08:12 - [commands.c:510] handling config command')).toMatchObject({
      level: 'DEBUG',
      timestamp: Date.parse('2017-11-14T21:08:12Z'),
      message: 'handling config command',
    });
    // A level marked by its colon before the time: the header ends after the time (weave-net's).
    expect(parse('INFO: 2026/11/17 06:50:22.412337 Bridge type is bridged_fastdp')).toMatchObject({
      level: 'INFO',
      message: 'Bridge type is bridged_fastdp',
    });
    expect(parse('E: 11/14/17 21:08:12 - [config.c:497] Error(s) loading config!').level).toBe('ERROR');
    expect(parse('I: 2026-11-30 10:00:00 - started').level).toBe('INFO');
  });

  it('keeps the words of the text before a time it mentions after a colon-marked level', () => {
    expect(parse('WARNING: certificate expires on 2026-12-31 23:59:59 for host a.example').message).toBe(
      'certificate expires on 2026-12-31 23:59:59 for host a.example',
    );
    expect(parse('INFO: job started Mon Nov 30 07:42:19 2026 by cron').message).toBe(
      'job started Mon Nov 30 07:42:19 2026 by cron',
    );
    // A program's name and pid between the level and the time are the header's (apport's), and so
    // is the rest of the level's bracket (cardano-node's).
    expect(parse('ERROR: apport (pid 48213) Mon Nov 30 07:42:19 2026: called for pid 4711').message).toBe(
      'called for pid 4711',
    );
    expect(
      parse('[5f2f3ee0:cardano.node.ChainDB:Notice:90] [2026-09-12 09:53:50.35 UTC] Chain extended'),
    ).toMatchObject({ level: 'NOTICE', logger: undefined, message: 'Chain extended' });
    expect(parse('ERROR: 42 2026-11-30 10:00:00 jobs failed').message).toBe(
      '42 2026-11-30 10:00:00 jobs failed',
    );
  });

  it('reads no level from a drive or a label before anything but the time', () => {
    expect(parse('C: 2026-11-30 10:00:00 backup of drive').level).toBeUndefined();
    expect(parse('D: drive is full').level).toBeUndefined();
    expect(parse('D: 42 files').level).toBeUndefined();
  });
});

describe('a level after a `::` separator', () => {
  it("reads Python's `[%(asctime)s]::[%(name)s]::%(levelname)s --> text`", () => {
    expect(
      parse('[2026-10-05 01:25:17,003]::[InvokeAI]::WARNING --> Failed to get graph state'),
    ).toMatchObject({
      level: 'WARN',
      message: 'Failed to get graph state',
    });
    expect(parse('[2026-10-05 01:25:17,003]::[app.db]::ERROR --> pool exhausted').level).toBe('ERROR');
    // A Rust or Perl path is no separator before a level.
    expect(parse('2026-10-05 01:25:17 Slim::Utils::Misc::msg (1325) done').level).toBeUndefined();
  });
});

describe('a level right after an arrow', () => {
  it("reads op/go-logging's `%{shortfunc} -> %{level:.4s} %{id:03x}` after a function named like a word", () => {
    expect(
      parse('2026-11-05 13:26:19.222 UTC [ledgermgmt] initialize -> INFO 003 Initializing ledger mgmt').level,
    ).toBe('INFO');
    expect(parse('2026-11-05 13:26:19.222 UTC [couchdb] handleRequest -> WARN 005 Retrying').level).toBe(
      'WARN',
    );
  });

  it('leaves a level word after an arrow inside prose alone when it is lower case', () => {
    expect(parse('2026-11-05 13:26:19 we moved the job from staging -> error queue').level).toBeUndefined();
  });

  it('leaves a state change to an upper-case level word alone: no sequence number follows it', () => {
    expect(parse('2026-11-30 10:00:00 health changed OK -> WARN for db')).toMatchObject({
      level: undefined,
      message: 'health changed OK -> WARN for db',
    });
    expect(parse('2026-11-30 10:00:00 [sched] state RUNNING -> ERROR after 3 retries').level).toBeUndefined();
  });
});

describe('a compact date and time with its milliseconds glued on', () => {
  it("reads `yyyyMMddHHmmssSSS` opening a line (Java's compact pattern, Osmocom's extended timestamp)", () => {
    expect(parse('20261014195956123 DLINP <0019> stream_cli.c:1044 reconnecting')).toMatchObject({
      timestamp: Date.parse('2026-10-14T19:59:56.123Z'),
    });
  });

  it('leaves a longer number or an impossible date alone', () => {
    expect(parse('202610141959561234 rows copied').timestamp).toBeUndefined();
    expect(parse('20261399195956123 rows copied').timestamp).toBeUndefined();
  });

  it('leaves 17 digits after words of the text alone: an id built the same way (an order number) is no time', () => {
    expect(parse('Your order number is 20231204153012345 and it shipped')).toMatchObject({
      timestamp: undefined,
      message: 'Your order number is 20231204153012345 and it shipped',
    });
    expect(parse('Tracking number 20231204153012345 assigned').timestamp).toBeUndefined();
  });
});

describe("a marked level after a program's name and pid, in a line without a time", () => {
  it("reads syslog's stderr copy (`name[pid]: ERROR: text`) and a function in parentheses before the level", () => {
    expect(parse('zabbix_agent2 [1173789]: ERROR: Cannot read configuration')).toMatchObject({
      level: 'ERROR',
      message: 'Cannot read configuration',
    });
    expect(parse('distcc[22629] (dcc_readx) ERROR: unexpected eof on fd5')).toMatchObject({
      level: 'ERROR',
      message: 'unexpected eof on fd5',
    });
    expect(parse('backupd[77]: (main) WARNING: disk almost full').level).toBe('WARN');
  });

  it('leaves a level word further into the text, or without its mark, alone', () => {
    expect(parse('backupd[77]: we saw the ERROR: twice today').level).toBeUndefined();
    expect(parse('backupd[77]: (main) ERROR in the config').level).toBeUndefined();
    expect(parse('a note on the queue [12] ERROR: none').level).toBeUndefined();
  });
});

describe("a JavaScript tool's reporter word opening a line", () => {
  it('reads a lower-case level word before a capitalised sentence (yarn, npmlog, Gatsby) and Deno’s `Warning`', () => {
    expect(parse('info Starting streaming API server master with 2 workers')).toMatchObject({
      level: 'INFO',
      message: 'Starting streaming API server master with 2 workers',
    });
    expect(parse('error An unexpected error occurred: "ENOENT".').level).toBe('ERROR');
    expect(parse('warning Resolution field "x@1.0.0" is incompatible').level).toBe('WARN');
    expect(
      parse('Warning Implicitly using latest version (v17.1.3) for https://deno.land/x/oak/mod.ts'),
    ).toMatchObject({
      level: 'WARN',
      message: 'Implicitly using latest version (v17.1.3) for https://deno.land/x/oak/mod.ts',
    });
  });

  it('leaves prose and labels alone: a lower-case word after it, a title-case word other than Warning', () => {
    expect(parse('error starting plugin: TypeError: x').level).toBeUndefined();
    expect(parse('Error response from daemon: driver failed').level).toBeUndefined();
    expect(parse('Error Reporting is enabled').level).toBeUndefined();
    expect(parse('Debug Mode enabled').level).toBeUndefined();
    expect(parse('information Technology').level).toBeUndefined();
  });

  it('leaves a title-case label after Warning alone (`Warning Threshold: 80%`), as it does after Error', () => {
    expect(parse('Warning Threshold: 80%')).toMatchObject({
      level: undefined,
      message: 'Warning Threshold: 80%',
    });
    expect(parse('Warning Level: 2').level).toBeUndefined();
    expect(parse('Warning Not implemented: Deno.fsEvents').level).toBe('WARN');
  });
});

describe('a numeric date whose day and month may swap, and day-first dates', () => {
  it('reads a dashed four-digit-year date day first, month first only where the day is over 12', () => {
    // One order for every line of a source: a day-first file's 03-11 and 11-03 never swap places, and
    // a replay of lines months old keeps its dates (nearest the arrival would read 05-01 as May).
    expect(parse('11-03-2026 14:02:11.482 INFO [main] started').timestamp).toBe(
      Date.parse('2026-03-11T14:02:11.482Z'),
    );
    expect(parse('03-11-2026 14:02:11.482 INFO [main] started').timestamp).toBe(
      Date.parse('2026-11-03T14:02:11.482Z'),
    );
    expect(parse('05-01-2026 14:02:11 INFO [main] started').timestamp).toBe(
      Date.parse('2026-01-05T14:02:11Z'),
    );
    expect(parse('25-11-2026 14:02:11 INFO [main] started').timestamp).toBe(
      Date.parse('2026-11-25T14:02:11Z'),
    );
    // Java's US `MM-dd-yyyy`, read so where the day proves it.
    expect(parse('11-25-2026 14:02:11 INFO [main] started').timestamp).toBe(
      Date.parse('2026-11-25T14:02:11Z'),
    );
  });

  it('reads a dotted two-digit-year date day first, month first only where the day is over 12', () => {
    expect(parse('[11.03.26 14:02:11.482 INFO  worker a.b.C] text').timestamp).toBe(
      Date.parse('2026-03-11T14:02:11.482Z'),
    );
    expect(parse('[03.11.26 14:02:11.482 INFO  worker a.b.C] text').timestamp).toBe(
      Date.parse('2026-11-03T14:02:11.482Z'),
    );
    expect(parse('[11.25.26 14:02:11.482 INFO  worker a.b.C] text').timestamp).toBe(
      Date.parse('2026-11-25T14:02:11.482Z'),
    );
  });

  it("reads a day-first date with a 12-hour clock (.NET's `G` in en-GB, en-AU, en-IN)", () => {
    expect(parse('[13/11/2026 1:45:07 PM] (DEBUG) loaded').timestamp).toBe(
      Date.parse('2026-11-13T13:45:07Z'),
    );
    expect(parse('[14/11/2026 12:03:41 AM] (ERROR) failed').timestamp).toBe(
      Date.parse('2026-11-14T00:03:41Z'),
    );
  });

  it("reads a month name, day and year joined by dashes, `MMM-dd-yyyy`, and its time apart (FreeIPMI's SEL)", () => {
    expect(parse('Nov-20-2026 10:29:49 power supply failure').timestamp).toBe(
      Date.parse('2026-11-20T10:29:49Z'),
    );
    expect(
      parse('4    | Nov-20-2026 | 10:29:49 | Power Supply PS2 Status | Critical | failure').timestamp,
    ).toBe(Date.parse('2026-11-20T10:29:49Z'));
  });

  it("reads log4js's `DATE` pattern, `dd MM yyyy hh:mm:ss.SSS`", () => {
    expect(parse('21 11 2026 09:14:00.434 INFO [karma-server]: server started')).toMatchObject({
      timestamp: Date.parse('2026-11-21T09:14:00.434Z'),
      level: 'INFO',
    });
    // Its users' `%d{DATE}:%p [%c]: %m` (Karma): the level glued to the time by a colon, in capitals.
    expect(parse('21 11 2026 09:14:02.118:WARN [web-server]: 404: /assets/logo.svg')).toMatchObject({
      timestamp: Date.parse('2026-11-21T09:14:02.118Z'),
      level: 'WARN',
    });
    expect(parse('2026-11-21 09:14:02:Error reading the file').level).toBeUndefined();
  });
});

describe('a level letter glued to a message number, marked as a field', () => {
  it("reads VMware's `I125:` and WiX Burn's `e000:` after the time", () => {
    expect(parse('2026-11-03T14:02:11.482Z| vcpu-1| I125: CPU reset: soft (mode 0)')).toMatchObject({
      level: 'INFO',
      message: 'CPU reset: soft (mode 0)',
    });
    expect(parse('2026-11-03T14:02:13.947Z| svga| W115: SVGA: Unable to allocate')).toMatchObject({
      level: 'WARN',
    });
    expect(parse('[1A2C:3B4D][2026-11-03T14:02:11]i001: Burn v3.14.1.8722, Windows v10.0')).toMatchObject({
      level: 'INFO',
      message: 'Burn v3.14.1.8722, Windows v10.0',
    });
    expect(parse('[2F08:1C44][2026-11-03T14:02:31]e000: Error 0x80070643: Failed to install.')).toMatchObject(
      {
        level: 'ERROR',
      },
    );
  });

  it('leaves other codes and unmarked numbers alone', () => {
    expect(parse('2026-11-03T14:02:11Z host A100: power restored').level).toBeUndefined();
    expect(parse('2026-11-03T14:02:11Z host I125 CPU reset').level).toBeUndefined();
    expect(parse('2026-11-03T14:02:11Z host E1234: code').level).toBeUndefined();
  });

  it('leaves a room, flight or error code in a line without a time before it alone', () => {
    expect(parse('Room I101: booked for 3pm')).toMatchObject({ message: 'Room I101: booked for 3pm' });
    expect(parse('Room I101: booked for 3pm').level).toBeUndefined();
    expect(parse('Flight E175: delayed 20 minutes').level).toBeUndefined();
    expect(parse('Error E404: not found')).toMatchObject({ message: 'Error E404: not found' });
  });
});

describe('a level word opening the line, joined by colons to what logged', () => {
  it("reads LibreOffice's `info:area:pid:tid:file:line:` and MacPorts' `:debug:phase`", () => {
    expect(
      parse('warn:vcl.gdi:48211:48240:vcl/source/gdi/impgraph.cxx:1554: ImpGraphic::swapIn: no swap file'),
    ).toMatchObject({ level: 'WARN' });
    expect(
      parse('info:sfx.doc:48211:48211:sfx2/source/doc/docfile.cxx:1310: lock file is stale'),
    ).toMatchObject({
      level: 'INFO',
    });
    expect(parse(':error:build Failed to build ffmpeg: command execution failed')).toMatchObject({
      level: 'ERROR',
    });
    expect(parse(':debug:main Sourcing PortGroup github 1.0')).toMatchObject({ level: 'DEBUG' });
  });

  it('leaves a long colon-joined token that opens with no level alone', () => {
    expect(parse('urn:isbn:0451450523:chapter:12:section:4:paragraph:2 cited').level).toBeUndefined();
    expect(parse(':main:build Failed to build ffmpeg').level).toBeUndefined();
  });
});

describe('the emoji command-line tools print for an error', () => {
  it('reads `❌` (xcpretty, fastlane) and `🚨` (Parcel) opening a line or after a header', () => {
    expect(
      parse("❌  /Users/ci/Sources/Importer.swift:142:21: cannot find 'CSVReader' in scope"),
    ).toMatchObject({
      level: 'ERROR',
      message: "/Users/ci/Sources/Importer.swift:142:21: cannot find 'CSVReader' in scope",
    });
    expect(parse('🚨  /srv/shop/src/App.jsx: Unexpected token (14:8)')).toMatchObject({
      level: 'ERROR',
      message: '/srv/shop/src/App.jsx: Unexpected token (14:8)',
    });
    expect(parse('[3:05:47 PM] [deploy] › ❌  Upload of app.js failed').level).toBe('ERROR');
  });

  it('leaves other emoji and a glued mark alone', () => {
    expect(parse('🚀  Deploying to production').level).toBeUndefined();
    expect(parse('❌failed').level).toBeUndefined();
  });
});

describe('one level letter in parentheses, marked by a colon', () => {
  it("reads the Enfusion engine's `ENGINE    (W): text`, with or without a time before it", () => {
    expect(parse('ENGINE    (W): Enfusion setting file load failed')).toMatchObject({ level: 'WARN' });
    expect(parse('  RESOURCES (E): Wrong GUID/name for resource')).toMatchObject({ level: 'ERROR' });
    expect(parse('2026-11-04 02:14:30:    BACKEND   (E): Value does not match')).toMatchObject({
      level: 'ERROR',
    });
  });

  it('leaves a letter in parentheses without the colon, or another letter, alone', () => {
    expect(parse('ENGINE    (W) Enfusion setting file load failed').level).toBeUndefined();
    expect(parse('Select option (A): the first one').level).toBeUndefined();
  });

  it('leaves the letter after a word of prose alone: only a channel name in capitals opens it', () => {
    expect(parse('Chapter (I): Overview')).toMatchObject({ message: 'Chapter (I): Overview' });
    expect(parse('Chapter (I): Overview').level).toBeUndefined();
    expect(parse('2026-11-03 10:00:00 Part (E): results').level).toBeUndefined();
    expect(parse('Phase (W): waiting').level).toBeUndefined();
  });
});

describe("a level word right-aligned in cargo's twelve-column status", () => {
  it("reads Tauri's CLI and other Rust tools that print like cargo: `        Info Watching …`", () => {
    expect(parse('        Info Watching /home/dev/app/src-tauri for changes...')).toMatchObject({
      level: 'INFO',
      message: 'Watching /home/dev/app/src-tauri for changes...',
    });
    expect(parse('        Warn Waiting for your frontend dev server to start')).toMatchObject({
      level: 'WARN',
    });
    expect(parse('       Error failed to build app: failed to run custom build command')).toMatchObject({
      level: 'ERROR',
    });
  });

  it('leaves a level word indented to another column, or cargo’s other statuses, alone', () => {
    expect(parse('    Error handling is described below').level).toBeUndefined();
    expect(parse('   Compiling ledger v0.3.1 (/home/dev/ledger)').level).toBeUndefined();
  });
});

describe("Rollup's and Vite's build marks", () => {
  it('reads `(!)` opening a line as a warning (Rollup, and Vite, which builds with it)', () => {
    expect(parse('(!) Circular dependencies')).toMatchObject({
      level: 'WARN',
      message: 'Circular dependencies',
    });
    expect(parse('(!) Some chunks are larger than 500 kB after minification.')).toMatchObject({
      level: 'WARN',
    });
  });

  it('lets a level word marked by a colon after a bracketed mark name the level: `[!] Error: …`', () => {
    expect(parse("[!] Error: Could not resolve './store/session' from src/main.ts")).toMatchObject({
      level: 'ERROR',
      message: "Error: Could not resolve './store/session' from src/main.ts",
    });
    expect(parse('[!] Target looks patched, continuing anyway').level).toBe('WARN');
  });

  it('leaves `(!)` glued to text or before a lower-case word alone', () => {
    expect(parse('(!)important').level).toBeUndefined();
    expect(parse('(!) see below').level).toBeUndefined();
  });
});

describe('upper-case levels in punctuation the header did not accept', () => {
  it('reads a level marked by a doubled colon after the time (`TRACE:: text`)', () => {
    expect(parse('20261113 21:30:02.118 TRACE:: Engine.Main(): Mode: DEBUG (64bit)')).toMatchObject({
      level: 'TRACE',
      message: 'Engine.Main(): Mode: DEBUG (64bit)',
    });
    expect(parse('2026-11-13 21:30:05 ERROR:: Setup(): Login failed')).toMatchObject({
      level: 'ERROR',
      message: 'Setup(): Login failed',
    });
  });

  it('leaves `::` on other words, and a doubled colon in prose, alone', () => {
    expect(parse('2026-11-13 21:30:05 std::vector grew').level).toBeUndefined();
    expect(parse('2026-11-13 21:30:05 the client sent ERROR:: back').level).toBeUndefined();
  });

  it("reads Python's `LEVEL:name:text` after a bracketed time", () => {
    expect(parse('[Mon Nov 23 07:02:11 2026] WARNING:trytond.modules:module x not found')).toMatchObject({
      level: 'WARN',
      logger: 'trytond.modules',
      message: 'module x not found',
    });
    expect(parse('[Mon Nov 23 07:02:11 2026] INFO:root:starting on :::8000')).toMatchObject({
      level: 'INFO',
      message: 'starting on :::8000',
    });
  });

  it('reads the joined level when the name is a call id or a number (`INFO:8f1c2a77@10.20.1.5:func: text`)', () => {
    // A media relay's `LEVEL:call-id:function:` after a syslog tag; the name's own colon before any space still holds.
    expect(
      parse(
        'Nov 28 22:10:18 media1 relayd[3021]: INFO:8f1c2a77@10.20.1.5:handle_update: new session created',
      ),
    ).toMatchObject({
      level: 'INFO',
      logger: '8f1c2a77@10.20.1.5',
      message: 'handle_update: new session created',
    });
    expect(
      parse('Nov 28 22:11:29 media1 relayd[3021]: ERROR:5e77b0d3@10.20.1.6:handle: bad socket').level,
    ).toBe('ERROR');
  });

  it('leaves a level joined to a number without a name of its own as text', () => {
    for (const line of [
      'Nov 28 22:11:29 media1 relayd[3021]: ERROR:3 files failed: disk full',
      'Nov 28 22:11:29 media1 relayd[3021]: FATAL:0 of 3 checks: none failed',
      'Nov 28 22:11:29 media1 relayd[3021]: the code was ERROR:42:x',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });

  it('leaves a level joined to one word, or a lower-case one, as text there', () => {
    for (const line of [
      '[Mon Nov 23 07:02:11 2026] DEBUG:on for this run',
      '[Mon Nov 23 07:02:11 2026] ERROR:timeout reached',
      '[Mon Nov 23 07:02:11 2026] MODE:app:value set',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });

  it("reads a level pair whose value is in single quotes (Kill Bill's `lvl='INFO',`)", () => {
    expect(
      parse("2026-11-27T16:20:05,331+0000 lvl='WARN', log='Dispatcher', th='main', Failed to lock 7"),
    ).toMatchObject({
      level: 'WARN',
    });
    expect(
      parse("2026-11-27T16:20:05,331+0000 lvl='WARNINGS', log='Dispatcher', Failed to lock 7").level,
    ).toBeUndefined();
    expect(
      parse("2026-11-27T16:20:05,331+0000 lvl='WARN log='Dispatcher', Failed to lock 7").level,
    ).toBeUndefined();
  });

  it('reads a single-quoted level pair only where it opens the message, not a SQL literal', () => {
    // Single quotes are SQL's string literals: a query in a general or slow log is no level.
    for (const line of [
      "2026-12-04T10:00:00.123456Z\t   42 Query\tUPDATE jobs SET level='ERROR' WHERE id=7",
      "2026-12-04T10:00:00.123456Z\t   42 Query\tSELECT id FROM alerts WHERE severity='critical' LIMIT 10",
      "Dec  4 10:00:00 db1 worker[123]: query: DELETE FROM logs WHERE level='DEBUG'",
      "2026-12-04 10:00:00 sql: select * from events where severity='fatal'",
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
    // Double quotes and bare values stay read anywhere in the head, as before.
    expect(parse('Dec  4 10:00:00 db1 worker[123]: msg="x" level="error"').level).toBe('ERROR');
  });

  it("keeps the text of Python's `LEVEL:name:text` from the name's colon on", () => {
    // `logging.captureWarnings`: the warning's file and line open the message, colons and all.
    expect(
      parse(
        '[Mon Nov 23 07:02:11 2026] WARNING:py.warnings:/usr/lib/python3/site.py:12: DeprecationWarning: x',
      ),
    ).toMatchObject({
      level: 'WARN',
      logger: 'py.warnings',
      message: '/usr/lib/python3/site.py:12: DeprecationWarning: x',
    });
    expect(parse('[Mon Nov 23 07:02:11 2026] INFO:root:url=http://db:5432/x ok')).toMatchObject({
      logger: 'root',
      message: 'url=http://db:5432/x ok',
    });
    // A URL's scheme is no logger's name.
    for (const line of ['[Mon Nov 23 07:02:11 2026] ERROR:http://db/x failed', 'ERROR:https://db/x failed']) {
      expect(parse(line), line).toMatchObject({ logger: undefined });
      expect(parse(line).message, line).toContain('//db/x failed');
    }
  });

  it("reads Python's `LEVEL:name:text` after a bare time when the text holds a pair", () => {
    // `docker logs --timestamps` before `basicConfig`'s layout: `ERROR:root:retry=` is no logfmt key.
    expect(parse('2026-12-04T10:00:00.123456789Z ERROR:root:retry=3 failed')).toMatchObject({
      level: 'ERROR',
      logger: 'root',
      message: 'retry=3 failed',
    });
    for (const text of ['url=http://db:5432/x failed', 'http://db:5432/x failed']) {
      expect(parse(`2026-12-04T10:00:00.123456789Z ERROR:root:${text}`), text).toMatchObject({
        level: 'ERROR',
        logger: 'root',
        message: text,
      });
    }
    // A logfmt line after a time stays one.
    expect(parse('2026-12-04T10:00:00Z level=warn msg="disk low" free=3')).toMatchObject({
      format: 'logfmt',
      level: 'WARN',
      message: 'disk low',
    });
  });
});

describe('a one-character mark before the time', () => {
  const learned = (lines: string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return lines.map((l) => parser(l, receivedAt, 'src'));
  };

  it('is a bullet, so the level word after the time is the level (GnuCash’s `* 17:40:55  INFO`)', () => {
    const lines = learned([
      '* 17:40:55  INFO <gnc.backend.dbi> Opening database',
      '* 17:41:08  WARN <gnc.scm> split has no owner',
      '* 17:41:10  INFO <gnc.gui> Loaded',
    ]);
    expect(lines.map((l) => l.level)).toEqual(['INFO', 'WARN', 'INFO']);
  });

  it('is still the level after the time (Redis’s `* Ready`, `# Warning`)', () => {
    const lines = learned([
      '1:M 05 Nov 2026 10:00:00.123 * Ready to accept connections',
      '1:M 05 Nov 2026 10:00:01.123 # WARNING overcommit_memory is set to 0',
      '1:M 05 Nov 2026 10:00:02.123 * DB loaded from disk',
    ]);
    expect(lines.map((l) => l.level)).toEqual(['NOTICE', 'WARN', 'NOTICE']);
  });
});

describe('a dotted name in angle brackets after the level', () => {
  it('is the logger, padding inside the bracket dropped (GLib domains in GnuCash’s trace)', () => {
    expect(parse('2026-11-30 10:00:00 WARN <gnc.scm     > split has no owner')).toMatchObject({
      level: 'WARN',
      logger: 'gnc.scm',
      message: 'split has no owner',
    });
  });

  it('leaves a name without a dot, or one glued to the text, in the message', () => {
    expect(parse('2026-11-30 10:00:00 INFO <none> value kept')).toMatchObject({
      message: '<none> value kept',
    });
    expect(parse('2026-11-30 10:00:00 INFO <a.b>c kept')).toMatchObject({ message: '<a.b>c kept' });
  });
});

describe('a level after a thread name of several words in brackets', () => {
  it('reads the upper-case level past the usual reach, right after the closing bracket', () => {
    expect(
      parse(
        '2026-11-28T21:15:02.118Z CM Configuration Updater (ManagedService Update: pid=[org.ops4j]) INFO Loaded.',
      ),
    ).toMatchObject({ level: 'INFO', message: 'Loaded.' });
  });

  it('leaves it as text after words of prose, without a time, unbracketed, or for words that open text', () => {
    for (const line of [
      '2026-11-28T21:15:02.118Z Upload of file (size 3 MB, type image) ERROR count is 3',
      'CM Configuration Updater (ManagedService Update: pid=[org.ops4j]) INFO Loaded.',
      '2026-11-28T21:15:02.118Z CM Configuration Updater ManagedService Update pid org.ops4j INFO Loaded.',
      '2026-11-28T21:15:02.118Z CM Configuration Updater (ManagedService Update: pid=[org.ops4j]) ALERT sent',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

describe('`[WAR]` where a level stands', () => {
  it('reads the cut in brackets as the first field after the time (FUXA; MediaMTX and OpenSnitch write WAR too)', () => {
    expect(parse('2026-11-15T18:02:13.880Z [WAR]  S7-Line3: device connection closed')).toMatchObject({
      level: 'WARN',
      message: 'S7-Line3: device connection closed',
    });
  });

  it('leaves `[WAR]` elsewhere, and the other cuts in brackets, as names', () => {
    for (const line of [
      '2026-11-15T18:02:13.880Z deploy [WAR] app.war',
      '[WAR] app.war deployed',
      '2026-11-15T18:02:13.880Z [FAT] volume mounted',
      '2026-11-15T18:02:13.880Z [CRI] runtime ready',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

describe('a column of level letters with their colons, one line’s level lost to a phrase', () => {
  const learned = (lines: string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return lines.map((l) => parser(l, receivedAt, 'src'));
  };

  it('learns the column when the phrase line holds a level letter too (dcmtk’s `I:` `W:` `F:`)', () => {
    const lines = learned([
      'I: checking input files ...',
      'I: Requesting Association',
      'W: DIMSE Warning: (STORESCU,PACS01): sendMessage: unable to convert',
      'F: Association Rejected:',
    ]);
    expect(lines.map((l) => [l.level, l.message])).toEqual([
      ['INFO', 'checking input files ...'],
      ['INFO', 'Requesting Association'],
      ['WARN', 'DIMSE Warning: (STORESCU,PACS01): sendMessage: unable to convert'],
      ['FATAL', 'Association Rejected:'],
    ]);
  });

  it('learns none from a transcript’s `Q:` and `A:`', () => {
    const lines = learned([
      'Q: how do I reset it?',
      'A: Restart the service',
      'Q: and then?',
      'A: Wait a minute',
    ]);
    expect(lines.map((l) => l.level)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
