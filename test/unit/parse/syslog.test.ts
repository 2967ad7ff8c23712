import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2025, 11, 1);
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe('RFC 5424', () => {
  it('reads the RFC example with structured data and a BOM', () => {
    expect(
      parse(
        '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"][examplePriority@32473 class="high"] \uFEFFAn application event log entry...',
      ),
    ).toEqual({
      format: 'syslog5424',
      timestamp: Date.UTC(2003, 9, 11, 22, 14, 15, 3),
      timestampText: '2003-10-11T22:14:15.003Z',
      level: 'NOTICE',
      message: 'An application event log entry...',
      host: 'mymachine.example.com',
      service: 'evntslog',
      fields: {
        facility: 'local4',
        msgid: 'ID47',
        structuredData: {
          'exampleSDID@32473': { iut: '3', eventSource: 'Application', eventID: '1011' },
          'examplePriority@32473': { class: 'high' },
        },
      },
      parseFailed: false,
    });
  });

  it('reads nil values and a zone offset with microseconds', () => {
    expect(
      parse(
        "<34>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.",
      ),
    ).toEqual({
      format: 'syslog5424',
      timestamp: Date.UTC(2003, 7, 24, 12, 14, 15),
      timestampText: '2003-08-24T05:14:15.000003-07:00',
      level: 'FATAL',
      message: "%% It's time to make the do-nuts.",
      host: '192.0.2.1',
      service: 'myproc',
      fields: { facility: 'auth', procid: '8710' },
      parseFailed: false,
    });
  });

  it('reads a message-less line and a nil timestamp', () => {
    expect(parse('<13>1 - - - - - -')).toEqual({
      format: 'syslog5424',
      level: 'NOTICE',
      message: '',
      fields: { facility: 'user' },
      parseFailed: false,
    });
  });

  it('unescapes structured-data values', () => {
    expect(parse('<13>1 - h a - - [x@1 q="a \\"b\\" \\]c"] m').fields.structuredData).toEqual({
      'x@1': { q: 'a "b" ]c' },
    });
  });

  it('keeps the event when the timestamp is malformed', () => {
    const line = parse('<13>1 2003-13-45T00:00:00Z h a - - - m');
    expect(line).toMatchObject({
      format: 'syslog5424',
      message: 'm',
      parseError: 'unparseable timestamp: 2003-13-45T00:00:00Z',
    });
    expect(line.timestamp).toBeUndefined();
  });
});

describe('RFC 3164 / BSD syslog', () => {
  it('reads the RFC example', () => {
    expect(parse("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8")).toEqual({
      format: 'syslog3164',
      timestamp: Date.UTC(2025, 9, 11, 22, 14, 15),
      timestampText: 'Oct 11 22:14:15',
      level: 'FATAL',
      message: "'su root' failed for lonvick on /dev/pts/8",
      host: 'mymachine',
      service: 'su',
      fields: { facility: 'auth' },
      parseFailed: false,
    });
  });

  it('reads a file line without PRI (no level), with a pid and a space-padded day', () => {
    expect(parse('Jul  7 08:06:15 combo sshd(pam_unix)[19939]: session opened')).toEqual({
      format: 'syslog3164',
      timestamp: Date.UTC(2025, 6, 7, 8, 6, 15),
      timestampText: 'Jul  7 08:06:15',
      message: 'session opened',
      host: 'combo',
      service: 'sshd(pam_unix)',
      fields: { pid: 19939 },
      parseFailed: false,
    });
  });

  it('reads an RFC 3339 time after PRI (rsyslog)', () => {
    const line = parse('<86>2025-10-23T14:32:15.123+02:00 web-1 CRON[123]: job done');
    expect(line).toMatchObject({
      format: 'syslog3164',
      timestamp: Date.UTC(2025, 9, 23, 12, 32, 15, 123),
      level: 'INFO',
      host: 'web-1',
      service: 'CRON',
      message: 'job done',
      fields: { facility: 'authpriv', pid: 123 },
    });
  });

  it('keeps the whole rest as message when there is no tag', () => {
    expect(parse('Jun 14 15:16:01 combo the kernel said: hello there friend').message).toBe(
      'the kernel said: hello there friend',
    );
    expect(parse('Jun 14 15:16:01 lonely')).toMatchObject({ message: 'lonely', host: undefined });
  });

  it('reads a line without HOSTNAME, as some devices send', () => {
    expect(parse('<13>Oct 11 22:14:15 su[42]: done')).toMatchObject({
      host: undefined,
      service: 'su',
      message: 'done',
      fields: { pid: 42 },
    });
  });

  it("reads rsyslog's file format with an RFC 3339 time (recent Debian/Ubuntu)", () => {
    expect(parse('2025-10-23T14:32:15.123456+02:00 web-1 sshd[811]: Accepted publickey for deploy')).toEqual({
      format: 'syslog3164',
      timestamp: Date.UTC(2025, 9, 23, 12, 32, 15, 123),
      timestampText: '2025-10-23T14:32:15.123456+02:00',
      message: 'Accepted publickey for deploy',
      host: 'web-1',
      service: 'sshd',
      fields: { pid: 811 },
      parseFailed: false,
    });
    expect(parse('2025-10-23T14:32:15Z web-1 kernel: [ 0.000000] Linux version 6.8')).toMatchObject({
      format: 'syslog3164',
      service: 'kernel',
      message: 'Linux version 6.8',
      fields: { uptime: 0 },
    });
  });

  it('does not take free text after an ISO time for host and tag', () => {
    expect(parse('2025-10-23T14:32:15Z Server listening on: 8080').format).toBe('timestamped');
    expect(parse('2025-10-23T14:32:15Z main.go:12: listening').format).toBe('timestamped');
  });

  it("reads the program's own time after sd-daemon's priority prefix and spaces", () => {
    expect(parse('<4> 2025-10-23 14:32:15.250 +02:00 [WRN] - cache stale')).toMatchObject({
      level: 'WARN',
      timestamp: Date.UTC(2025, 9, 23, 12, 32, 15, 250),
      message: 'cache stale',
    });
  });

  it("reads an appliance's own time of any shape after the priority (Citrix ADC)", () => {
    expect(
      parse('<132> 11/28/2025:15:40:11 GMT ns01 0-PPE-0 : default EVENT DEVICEDOWN 6243 0 :  State DOWN'),
    ).toMatchObject({
      level: 'WARN',
      timestamp: Date.UTC(2025, 10, 28, 15, 40, 11),
      message: 'ns01 0-PPE-0 : default EVENT DEVICEDOWN 6243 0 :  State DOWN',
    });
  });

  it("reads Cisco's time after `name: ` fields and a `*`, the text past the mnemonic and a source location", () => {
    expect(
      parse(
        '<132>Cisco-00f8.2c26.6580: *dot1xMsgTask: Nov 21 07:20:02.118: %DOT1X-4-MAX_EAPOL_KEY_RETRANS: 1x_eapkey.c:415 Max retransmissions',
      ),
    ).toMatchObject({
      level: 'WARN',
      timestamp: Date.UTC(2025, 10, 21, 7, 20, 2, 118),
      message: 'Max retransmissions',
    });
    expect(
      parse('<189>52: router1: *Nov 30 10:00:01.456: %SYS-5-CONFIG_I: Configured from console'),
    ).toMatchObject({
      level: 'NOTICE',
      timestamp: Date.UTC(2025, 10, 30, 10, 0, 1, 456),
      message: 'Configured from console',
    });
    // Text with colons and no time, or a time after words with spaces, stays the message.
    expect(parse('<11>disk: sda: I/O error')).toMatchObject({ message: 'disk: sda: I/O error' });
    expect(parse('<11>job failed at: Nov 21 07:20:02: retry')).toMatchObject({
      message: 'job failed at: Nov 21 07:20:02: retry',
    });
    expect(parse('<11>job failed at: Nov 21 07:20:02: retry').timestamp).toBeUndefined();
  });

  it('keeps a PRI-only message', () => {
    expect(parse('<11>something odd')).toMatchObject({
      format: 'syslog3164',
      level: 'ERROR',
      message: 'something odd',
    });
  });

  it('refuses PRI values out of range', () => {
    // Not syslog, and no level from the PRI; the header finder still reads the time.
    for (const line of ['<192>Oct 11 22:14:15 h t: m', '<>Oct 11 22:14:15 h t: m']) {
      expect(parse(line).format).not.toMatch(/syslog/);
      expect(parse(line).level).toBeUndefined();
    }
  });
});

describe('RFC 3164 layouts with a level', () => {
  it("reads a level after the tag, as macOS's `syslog -F std` writes it", () => {
    const line = parse('Oct 23 14:32:15 mac-1 configd[19] <Error>: no route');
    expect(line.level).toBe('ERROR');
    expect(line.service).toBe('configd');
    expect(line.fields).toEqual({ pid: 19 });
    expect(line.message).toBe('no route');
  });

  it('reads a level where the host would be: a marked one, or an upper-case word', () => {
    const tor = parse('Oct 23 14:32:15.250 [warn] clock jumped');
    expect(tor.level).toBe('WARN');
    expect(tor.timestamp).toBe(Date.UTC(2025, 9, 23, 14, 32, 15, 250));
    expect(tor.host).toBeUndefined();
    expect(tor.message).toBe('clock jumped');
    const slog = parse('Oct 23 14:32:15.250 ERRO request failed, error: timeout');
    expect(slog.level).toBe('ERROR');
    expect(slog.message).toBe('request failed, error: timeout');
    // A lower-case host that happens to spell a level is still a host.
    expect(parse('Oct 23 14:32:15 info sshd[1]: ok').host).toBe('info');
  });

  it('reads an upper-case level name that opens the message, unmarked, as a level column prints it', () => {
    expect(parse('Oct 23 14:32:15 web-2 shipper[88]: ERROR upstream closed')).toMatchObject({
      level: 'ERROR',
      service: 'shipper',
      message: 'upstream closed',
    });
    expect(parse('Oct 23 14:32:15 web-2 shipper: WARN  queue at 90%').level).toBe('WARN');
    // Words that also open text unmarked stay text there.
    for (const text of ['ALERT exited abnormally', 'HTTP GET /health', 'FAIL 2 of 9 checks']) {
      expect(parse(`Oct 23 14:32:15 web-2 job[3]: ${text}`)).toMatchObject({
        level: undefined,
        message: text,
      });
    }
  });

  it('reads a bracketed level glued to the bracketed fields after it, opening the message', () => {
    // A program's own `[Level][Module][Line:n]: text` after its syslog tag (OTRS's, and any layout
    // that writes its fields as adjoining brackets).
    expect(
      parse('Oct 23 14:32:15 desk OTRS-CGI-10[31877]: [Error][Kernel::System::Auth][Line:64]: login failed'),
    ).toMatchObject({ level: 'ERROR', service: 'OTRS-CGI-10' });
    expect(parse('Oct 23 14:32:15 desk app[7]: [Notice][Scheduler] task took 38 s').level).toBe('NOTICE');
    // A bracketed word that spells no level, or a level word inside the text, is not one.
    expect(parse('Oct 23 14:32:15 desk app[7]: [Errors][Scheduler] 3 retried').level).toBeUndefined();
    expect(parse('Oct 23 14:32:15 desk app[7]: [job][Error] reading twice').level).toBeUndefined();
    expect(parse('Oct 23 14:32:15 desk app[7]: Error][x] stray bracket').level).toBeUndefined();
  });

  it("reads sd-daemon's `<N>` severity prefix at the start of the message", () => {
    expect(parse('Oct 23 14:32:15 web-2 mounter[9]: <3>mount /data failed')).toMatchObject({
      level: 'ERROR',
      message: 'mount /data failed',
    });
    expect(parse('Oct 23 14:32:15 web-2 mounter[9]: <a> tag').level).toBeUndefined();
  });

  it("reads the level of a program's own log line carried in the message", () => {
    expect(
      parse('Oct 23 14:32:15 web-2 billing[88]: 2025-10-23 14:32:15,250 WARN [pool-1] o.e.Retry - slow'),
    ).toMatchObject({
      level: 'WARN',
      service: 'billing',
      logger: 'o.e.Retry',
      message: 'slow',
      // The program's own time names the syslog second, written finer: it is the event's.
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15, 250),
    });
    const plain = 'Oct 23 14:32:15 web-2 billing[88]: 2025-10-23 14:32:15 nightly run done';
    expect(parse(plain)).toMatchObject({ level: undefined, message: '2025-10-23 14:32:15 nightly run done' });
  });

  it('reads a klog line carried in the message (a Kubernetes component under systemd)', () => {
    expect(
      parse(
        'Mar  4 11:20:31 node-7 kubelet[1893]: E0304 11:20:31.448120    1893 pod_workers.go:1298] Error syncing pod',
      ),
    ).toMatchObject({
      level: 'ERROR',
      service: 'kubelet',
      message: 'Error syncing pod',
      timestamp: Date.UTC(2025, 2, 4, 11, 20, 31, 448),
    });
    expect(
      parse(
        'Mar  4 11:20:33 node-7 kube-proxy[77]: I0304 11:20:33.000412      77 proxier.go:812] "Syncing iptables rules"',
      ),
    ).toMatchObject({
      level: 'INFO',
      message: 'Syncing iptables rules',
      timestamp: Date.UTC(2025, 2, 4, 11, 20, 33, 0),
    });
  });

  it("keeps the syslog time when a klog line's own time is another second", () => {
    expect(
      parse(
        'Mar  4 11:20:31 node-7 kubelet[1893]: W0304 11:20:29.981000    1893 reflector.go:424] watch closed',
      ),
    ).toMatchObject({ level: 'WARN', message: 'watch closed', timestamp: Date.UTC(2025, 2, 4, 11, 20, 31) });
  });

  it("reads GLib's default handler carried in the message (a GNOME program under systemd)", () => {
    expect(
      parse(
        'Mar  4 11:20:31 laptop nautilus[3120]: (nautilus:3120): Gtk-WARNING **: Theme parsing error: gtk.css:73:20',
      ),
    ).toMatchObject({ level: 'WARN', service: 'nautilus', message: 'Theme parsing error: gtk.css:73:20' });
    expect(
      parse(
        'Mar  4 11:20:31 laptop evolution[88]: (evolution:88): GLib-GIO-ERROR **: 11:20:31.018: Settings schema missing',
      ),
    ).toMatchObject({ level: 'ERROR', message: 'Settings schema missing' });
  });

  it('reads no level from a parenthesis before words that are not GLib’s mark', () => {
    for (const text of [
      '(root) CMD (run-parts /etc/cron.hourly)',
      '(backup) ERROR (getpwnam() failed)',
      '(app:12): Gtk-WARNING text',
    ]) {
      expect(parse(`Mar  4 11:20:31 host crond[12]: ${text}`)).toMatchObject({
        level: undefined,
        message: text,
      });
    }
  });

  it('reads no level from a word like a klog letter that opens the text', () => {
    for (const text of [
      'E0304 is the code for a full disk',
      'W1102 rejected: bad checksum',
      'I2C bus 1 reset',
    ]) {
      expect(parse(`Mar  4 11:20:31 node-7 app[12]: ${text}`)).toMatchObject({
        level: undefined,
        message: text,
      });
    }
  });
});

describe('a syslog date with its year after the time', () => {
  it('reads the year as the line’s, not as a host', () => {
    expect(parse('Nov 29 06:00:03 2023 (1201) queue runner started')).toMatchObject({
      timestamp: Date.UTC(2023, 10, 29, 6, 0, 3),
      message: '(1201) queue runner started',
    });
    expect(parse('Nov 29 06:00:03 2023 ERROR disk full')).toMatchObject({
      timestamp: Date.UTC(2023, 10, 29, 6, 0, 3),
      level: 'ERROR',
    });
    // A host that is a number, but no year, stays a host.
    expect(parse('Nov 29 06:00:03 10042 sshd[7]: accepted')).toMatchObject({
      format: 'syslog3164',
      host: '10042',
    });
  });
});

describe('the kernel’s uptime before its text', () => {
  it('is a header field, in a BSD line and after an RFC 3339 time', () => {
    expect(
      parse('Nov 24 03:12:44 edge01 kernel: [482911.204113] [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.50'),
    ).toMatchObject({
      service: 'kernel',
      message: '[UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.50',
      fields: { uptime: 482911.204113 },
    });
    expect(
      parse('2025-10-23T14:32:15.123456+00:00 edge01 kernel: [  812.009334] usb 1-1: new device'),
    ).toMatchObject({
      message: 'usb 1-1: new device',
      fields: { uptime: 812.009334 },
    });
    // A bracketed number that is not an uptime (no fraction, no space after it) stays the text's.
    expect(parse('Nov 24 03:12:44 edge01 app[7]: [42] queued').message).toBe('[42] queued');
    expect(parse('Nov 24 03:12:44 edge01 app[7]: [1.5]x').message).toBe('[1.5]x');
  });
});

describe('a syslog header after a time of another shape', () => {
  it('reads the host and the program when `HOST TAG[PID]: ` follows the time', () => {
    expect(
      parse('2025:10:23-14:32:15 utm-fw ulogd[4321]: id="2001" severity="info" name="dropped"'),
    ).toMatchObject({
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      host: 'utm-fw',
      service: 'ulogd',
      level: 'INFO',
      message: 'id="2001" severity="info" name="dropped"',
      fields: { pid: 4321 },
    });
    expect(parse('2025-10-23 14:32:15 edge01 sshd[812]: Accepted publickey')).toMatchObject({
      host: 'edge01',
      service: 'sshd',
      message: 'Accepted publickey',
    });
    // Without a pid the words are the text's: `Server started: ok` names no host.
    expect(parse('2025-10-23 14:32:15 Server started: ok')).toMatchObject({
      host: undefined,
      message: 'Server started: ok',
    });
  });
});

describe("a program's console header after sd-daemon's <N>", () => {
  it(".NET's systemd console format: the category is the logger, the event id a field", () => {
    expect(parse('<6>Microsoft.Hosting.Lifetime[14] Now listening on: http://localhost:5000')).toMatchObject({
      level: 'INFO',
      logger: 'Microsoft.Hosting.Lifetime',
      message: 'Now listening on: http://localhost:5000',
      fields: { eventId: 14 },
    });
    expect(parse('<3>Orders.Api[0] payment gateway returned 503')).toMatchObject({
      level: 'ERROR',
      logger: 'Orders.Api',
      message: 'payment gateway returned 503',
    });
  });

  it('a level in brackets and a dash after the time (Serilog, the Azure IoT Edge runtime) is the header’s', () => {
    expect(parse('<4> 2025-10-23 10:15:05.789 +00:00 [WRN] - Error refreshing configuration.')).toMatchObject(
      {
        level: 'WARN',
        timestamp: Date.UTC(2025, 9, 23, 10, 15, 5, 789),
        message: 'Error refreshing configuration.',
      },
    );
    // Other brackets are the text's.
    expect(parse('<4>[job 7] retry scheduled').message).toBe('[job 7] retry scheduled');
    expect(parse('<4>Orders[x] retry').message).toBe('Orders[x] retry');
  });
});

describe('a syslog date read again', () => {
  // `scanSyslogDate` remembers the last date it read, keyed on the line, the place and the context:
  // the same line under another zone or another received time is read afresh, however interleaved.
  it('is read afresh for the same line under another zone or received time', () => {
    const utc = compileParser({ defaultZone: 'UTC' });
    const tokyo = compileParser({ defaultZone: 'Asia/Tokyo' });
    const line = 'Dec 31 23:59:00 web-1 sshd[1]: accepted';
    const onNewYear = Date.UTC(2027, 0, 1, 0, 30);
    const inDecember = Date.UTC(2026, 11, 31, 23, 59, 30);
    const read = (parser: typeof utc, at: number) =>
      new Date(parser(line, at, 'web-1').timestamp ?? Number.NaN).toISOString();
    for (const parser of [utc, tokyo]) parser.learn('web-1', [line, line, line], inDecember);
    expect([
      read(utc, onNewYear),
      read(tokyo, onNewYear),
      read(utc, inDecember),
      read(utc, Date.UTC(2026, 0, 1)),
      read(tokyo, inDecember),
    ]).toEqual([
      '2026-12-31T23:59:00.000Z',
      '2026-12-31T14:59:00.000Z',
      '2026-12-31T23:59:00.000Z',
      '2025-12-31T23:59:00.000Z',
      '2026-12-31T14:59:00.000Z',
    ]);
  });
});

describe("busybox's and OpenWrt's facility.severity before the tag", () => {
  it('is the level, after a host (busybox syslogd) or in its place (OpenWrt logread)', () => {
    const read = (raw: string) => {
      const line = parse(raw);
      return [line.level, line.host, line.service, line.fields.facility, line.message];
    };
    expect(read('Nov 27 06:54:12 ups-monitor daemon.crit apcupsd[10]: Power failure.')).toEqual([
      'FATAL',
      'ups-monitor',
      'apcupsd',
      'daemon',
      'Power failure.',
    ]);
    expect(read('Thu Nov 26 05:57:03 2026 authpriv.warn dropbear[29311]: Bad password attempt')).toEqual([
      'WARN',
      undefined,
      'dropbear',
      'authpriv',
      'Bad password attempt',
    ]);
    expect(read('Nov  1 12:37:52 daemon.err miniupnpd[1491]: sendto(): Bad file descriptor')).toEqual([
      'ERROR',
      undefined,
      'miniupnpd',
      'daemon',
      'sendto(): Bad file descriptor',
    ]);
  });

  it('needs both names to be syslog’s: a dotted host or tag is no priority', () => {
    const host = parse('Nov 27 06:49:24 db.internal kern.log[10]: rotated');
    expect([host.level, host.host, host.service]).toEqual([undefined, 'db.internal', 'kern.log']);
    const words = parse('Nov 27 06:49:24 web-1 nginx.info[10]: served');
    expect([words.level, words.service]).toEqual([undefined, 'nginx.info']);
    const prose = parse('Tue Nov  3 10:00:00 2026 mail.warning was sent to the team: nobody read it');
    expect(prose.level).toBeUndefined();
  });
});

describe('a key=value level after a syslog tag', () => {
  it('is read under each of its keys, past pairs of other keys before it', () => {
    for (const [pairs, level] of [
      ['uid=0 tty=pts/1 level=warn', 'WARN'],
      ['euid=0 lvl=error', 'ERROR'],
      ['rhost=10.0.0.9 severity=info', 'INFO'],
      ['user=bob loglevel=debug', 'DEBUG'],
      ['code=H12 at=error path=/', 'ERROR'],
    ]) {
      expect(parse(`Dec  4 10:00:00 web1 app[42]: ${pairs}`).level, pairs).toBe(level);
    }
  });

  it('is not read from a key that only ends like one (the last letters l, y, t)', () => {
    for (const pairs of ['tty=error', 'fault=error', 'what=error', 'reply=warn', 'model=info']) {
      expect(parse(`Dec  4 10:00:00 web1 app[42]: x ${pairs} done`).level, pairs).toBeUndefined();
    }
  });
});

describe("a tag's pid", () => {
  it('is a number when all digits (leading zeros dropped, 15 digits exact), else the text', () => {
    const pid = (id: string) => parse(`Dec  4 10:00:00 web1 app[${id}]: started`).fields.pid;
    expect(pid('24200')).toBe(24200);
    expect(pid('007')).toBe(7);
    expect(pid('999999999999999')).toBe(999_999_999_999_999);
    expect(pid('1234567890123456')).toBe('1234567890123456');
    expect(pid('12a')).toBe('12a');
  });
});

/*
 * CLASS: a JSON object as the whole message of a syslog or journal line — every program that logs
 * JSON (logrus, zap, zerolog, slog, pino, bunyan, structlog…) run under systemd-journald or behind a
 * syslog relay. The object is read as a JSON line is (known keys, depth limit), and only when it
 * names a level or a message: the syslog header keeps the host, the program and the pid.
 * Limits: the message must be the object alone (`{` first, `}` last); an object with neither a level
 * nor a message key stays the text, as before; the object's time is the event's only when it names the
 * header's second written finer, else the header's time stays and the object's is kept in `fields`.
 */
describe('a JSON object as the message of a syslog line', () => {
  it('keeps as text a message that opens with `{` but is no JSON object', () => {
    for (const text of [
      '{main} worker started',
      '{"level":"info","msg":"cut short"',
      '{worker-3} not quoted',
      '{"level":"info"} and text after it',
      '{}',
    ]) {
      expect(parse(`Nov 28 04:33:02 host app[12]: ${text}`)).toMatchObject({
        level: undefined,
        message: text,
      });
    }
  });

  it('keeps as text a JSON object that names neither a level nor a message', () => {
    const text = '{"user":"u1","bytes":512,"path":"/api"}';
    expect(parse(`Nov 28 04:33:02 host app[12]: ${text}`)).toMatchObject({ level: undefined, message: text });
  });

  it('keeps as text an object nested past the JSON depth limit', () => {
    const deep = `{"level":"error","msg":"x","a":${'['.repeat(30)}${']'.repeat(30)}}`;
    expect(parse(`Nov 28 04:33:02 host app[12]: ${deep}`)).toMatchObject({ level: undefined, message: deep });
  });

  it('reads no JSON from `{` inside the text', () => {
    const text = 'config loaded {"level":"error","msg":"x"}';
    expect(parse(`Nov 28 04:33:02 host app[12]: ${text}`)).toMatchObject({ level: undefined, message: text });
  });

  it("reads the level, message and fields of a logrus line under the journal, with the object's finer time", () => {
    const line = parse(
      'Nov 28 04:34:05 ci-runner-14 containerd-stargz-grpc[1187]: {"error":"not found","level":"warning","msg":"failed to prepare remote snapshot","time":"2025-11-28T04:34:05.437738844Z"}',
    );
    expect(line).toMatchObject({
      format: 'syslog3164',
      level: 'WARN',
      message: 'failed to prepare remote snapshot',
      host: 'ci-runner-14',
      service: 'containerd-stargz-grpc',
      timestamp: Date.UTC(2025, 10, 28, 4, 34, 5, 437),
      timestampText: '2025-11-28T04:34:05.437738844Z',
      fields: { pid: 1187, error: 'not found' },
    });
  });

  it("keeps the header's time when the object's names another second, the object's in fields", () => {
    const line = parse(
      'Nov 28 04:34:05 host app[12]: {"level":"info","msg":"late","ts":"2025-11-28T04:30:00.5Z"}',
    );
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'late',
      timestamp: Date.UTC(2025, 10, 28, 4, 34, 5),
      fields: { ts: '2025-11-28T04:30:00.5Z' },
    });
  });

  it("lets the program's level win over the transport's priority, and keeps the priority without one", () => {
    expect(
      parse(
        '<30>Nov 28 04:34:05 host app[12]: {"level":"error","msg":"disk full","time":"2025-11-28T04:34:05.1Z"}',
      ),
    ).toMatchObject({
      level: 'ERROR',
      message: 'disk full',
      timestamp: Date.UTC(2025, 10, 28, 4, 34, 5, 100),
    });
    expect(parse('<30>Nov 28 04:34:05 host app[12]: {"msg":"started","pid":7}')).toMatchObject({
      level: 'INFO',
      message: 'started',
      // The header's pid stays; the object's other value is kept beside it.
      fields: { pid: 12, 'payload.pid': 7 },
    });
  });

  it("keeps the header's host and program, the object's others in fields", () => {
    expect(
      parse(
        'Nov 28 04:34:05 web-2 app[12]: {"level":"info","msg":"ok","service":"billing","host":"web-2","logger":"db"}',
      ),
    ).toMatchObject({ host: 'web-2', service: 'app', logger: 'db', fields: { pid: 12, service: 'billing' } });
  });

  it('keeps every key of the object when one is already `payload.KEY`: none overwrites another', () => {
    const line = parse('Nov 28 04:34:05 host app[12]: {"level":"info","msg":"x","payload.pid":1,"pid":7}');
    expect(line.fields).toEqual({ pid: 12, 'payload.pid': 1, 'payload.payload.pid': 7 });
  });

  it('keeps a `__proto__` key as a field, lending the line none of its keys', () => {
    const line = parse(
      'Nov 28 04:34:05 host app[12]: {"level":"info","msg":"x","__proto__":{"trace_id":"0123456789abcdef0123456789abcdef","pid":1}}',
    );
    expect(Object.getPrototypeOf(line.fields)).toBe(Object.prototype);
    expect(JSON.stringify(line.fields)).toBe(
      '{"pid":12,"__proto__":{"trace_id":"0123456789abcdef0123456789abcdef","pid":1}}',
    );
  });

  it("keeps a zoneless header's time when the object names its wall clock in another zone (limit)", () => {
    // Read as UTC, the header names 04:34:05Z; the object's 03:34:05.437Z is another second.
    expect(
      parse(
        'Nov 28 04:34:05 host app[12]: {"level":"info","msg":"x","time":"2025-11-28T04:34:05.437+01:00"}',
      ),
    ).toMatchObject({
      timestamp: Date.UTC(2025, 10, 28, 4, 34, 5),
      fields: { pid: 12, time: '2025-11-28T04:34:05.437+01:00' },
    });
  });

  it("keeps an RFC 5424 header's own fraction, and reads the object's level and message", () => {
    expect(
      parse(
        '<14>1 2025-11-28T04:34:05.250Z host app 12 - - {"level":"warn","msg":"slow","time":"2025-11-28T04:34:05.251Z"}',
      ),
    ).toMatchObject({ level: 'WARN', message: 'slow', timestamp: Date.UTC(2025, 10, 28, 4, 34, 5, 250) });
  });
});

/*
 * CLASS: klog's (and glog's) header right after a syslog tag written without its colon
 * (`host portieris I1128 22:14:05.075751 7 controller.go:157] text`: a Kubernetes component whose
 * relay or sidecar drops the `:`). Safe per line: one word (a tag, `[pid]` optional), one space, then
 * klog's `[IWEF]MMdd HH:mm:ss.ffffff`, microseconds required, on the day of the syslog header.
 * Limits: no other embedded layout after a colonless tag; the word becomes the program.
 */
describe("klog's header after a syslog tag without its colon", () => {
  it('keeps as text what only looks like a tag and a klog header', () => {
    for (const text of [
      'portieris I1128 starting up',
      'portieris I1128 22:14:05 no microseconds',
      'my app I1128 22:14:05.075751       7 controller.go:157] two words before it',
      'portieris I0304 22:14:05.075751       7 controller.go:157] another day',
      'portieris X1128 22:14:05.075751       7 controller.go:157] no klog letter',
    ]) {
      expect(parse(`Nov 28 22:14:05 pod-1 ${text}`)).toMatchObject({ level: undefined, message: text });
    }
  });

  it('reads the level, the message and the finer time, the word as the program', () => {
    expect(
      parse(
        'Nov 28 22:14:05 portieris-7f9c4d6b8-k2x9p portieris I1128 22:14:05.075751       7 controller.go:157] Getting policy for image: us.icr.io/a:2.1   namespace: cache',
      ),
    ).toMatchObject({
      level: 'INFO',
      host: 'portieris-7f9c4d6b8-k2x9p',
      service: 'portieris',
      message: 'Getting policy for image: us.icr.io/a:2.1   namespace: cache',
      timestamp: Date.UTC(2025, 10, 28, 22, 14, 5, 75),
    });
    expect(
      parse(
        'Nov 28 22:15:01 pod-1 kube-proxy[7] E1128 22:14:59.433813       7 controller.go:301] Deny for images',
      ),
    ).toMatchObject({
      level: 'ERROR',
      service: 'kube-proxy',
      fields: { pid: 7 },
      message: 'Deny for images',
      timestamp: Date.UTC(2025, 10, 28, 22, 15, 1),
    });
  });
});
