/**
 * Round r111: a program's line reads the same behind a syslog relay's header (RFC 3164 with a tag,
 * journalctl's `-o short-iso`, RFC 5424) as bare: the body goes through the one reading a bare line
 * gets, with what its source learned from its relayed bodies; the relay keeps its host, tag, pid,
 * facility and structured data, gives its time and priority only where the body names none, and a
 * body of which that reading takes nothing (sshd's, the kernel's text) reads as the syslog line did.
 */
import { describe, expect, it } from 'vitest';
import { WRAPPERS } from '../../../bench/wrapper-agreement.ts';
import {
  addRelay,
  mayBeRelayed,
  mayHoldHeader,
  takeRelayed,
  takeScreenedRelay,
} from '../../../core/parse/formats/relay.ts';
import { type ParsedLine, parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const ctx = { zone: 'UTC', receivedAt };
const read = (line: string) => parseLine(line, { receivedAt });
const RELAY_TIME = Date.UTC(2026, 10, 28, 10, 11, 12);
const rfc3164 = (line: string, tag = 'prog[812]') => `Nov 28 10:11:12 web-3 ${tag}: ${line}`;
const shortIso = (line: string) => `2026-11-28T10:11:12+0000 web-3 prog[812]: ${line}`;
const rfc5424 = (line: string, pri = 13, sd = '-') =>
  `<${pri}>1 2026-11-28T10:11:12.000Z web-3 prog 812 - ${sd} ${line}`;
const RELAYS = [rfc3164, shortIso, rfc5424];

/**
 * Each of `lines`, which the bare reading gives a time or a level, read behind every syslog and
 * journal wrapper as bare: its message, level and time, and the relay's host.
 */
function expectReadAsBare(lines: readonly string[]): void {
  const wrappers = WRAPPERS.filter((w) => w.name.startsWith('syslog') || w.name.startsWith('journal'));
  for (const raw of lines) {
    const bare = read(raw);
    expect(bare.timestamp ?? bare.level, raw).toBeDefined();
    for (const wrapper of wrappers) {
      const carried = read(wrapper.wrap(raw, bare.timestamp ?? RELAY_TIME));
      expect(carried.message.trim(), `${wrapper.name} ${raw}`).toBe(bare.message.trim());
      if (bare.level !== undefined) expect(carried.level, `${wrapper.name} ${raw}`).toBe(bare.level);
      if (bare.timestamp !== undefined)
        expect(carried.timestamp, `${wrapper.name} ${raw}`).toBe(bare.timestamp);
      expect(carried.host, `${wrapper.name} ${raw}`).toBe('web-3');
    }
  }
}

const reading = (line: ParsedLine) => ({
  level: line.level,
  message: line.message,
  logger: line.logger,
  timestamp: line.timestamp,
});

// A Java service's log4j lines (its layout's thread and logger columns), an ERROR among them.
const LOG4J = [
  '2026-11-28 10:11:12,101 INFO  [main] o.e.shop.Boot - starting shop 4.2',
  '2026-11-28 10:11:12,340 INFO  [main] o.e.shop.Db - pool ready (8 connections)',
  '2026-11-28 10:11:12,402 WARN  [http-1] o.e.shop.Cart - cart 77 over its limit',
  '2026-11-28 10:11:12,450 ERROR [http-2] o.e.shop.Pay - card declined: issuer timeout',
  '2026-11-28 10:11:12,910 DEBUG [http-1] o.e.shop.Cart - cart 77 trimmed',
];

describe('a relayed line reads as its program wrote it (RFC 3164, short-iso, RFC 5424)', () => {
  it("reads the body's level, message and own time, with its source learned from the relayed bodies", () => {
    const bare = learnedReader(LOG4J, receivedAt);
    for (const relay of RELAYS) {
      const relayed = learnedReader(
        LOG4J.map((line) => relay(line)),
        receivedAt,
      );
      for (const line of LOG4J) expect(reading(relayed(relay(line))), line).toEqual(reading(bare(line)));
    }
    expect(read(rfc3164(LOG4J[3] as string))).toMatchObject({
      level: 'ERROR',
      message: 'card declined: issuer timeout',
      timestamp: Date.UTC(2026, 10, 28, 10, 11, 12, 450),
      host: 'web-3',
      service: 'prog',
      fields: { pid: 812 },
    });
  });

  it("keeps the program's own level over RFC 5424's priority, and takes the priority where the body names none", () => {
    expect(read(rfc5424('2026-11-28 10:11:13,450 ERROR [http-2] o.e.shop.Pay - declined', 14))).toMatchObject(
      {
        level: 'ERROR',
        message: 'declined',
        fields: { facility: 'user', procid: '812' },
      },
    );
    expect(read(rfc5424('pool ready', 11))).toMatchObject({
      format: 'syslog5424',
      level: 'ERROR',
      message: 'pool ready',
      timestamp: RELAY_TIME,
    });
    // journald gives every stdout line priority 6: the program's WARN stays WARN.
    expect(read(rfc5424('WARNING:root:disk nearly full', 14)).level).toBe('WARN');
  });

  it("reads a year-less or date-less body time against the relay's, not the arrival", () => {
    const late = Date.UTC(2027, 0, 1, 0, 0, 5);
    const at = (line: string) => parseLine(line, { receivedAt: late }).timestamp;
    expect(at(rfc3164('10:11:12.250 INFO worker done'))).toBe(Date.UTC(2026, 10, 28, 10, 11, 12, 250));
    expect(at('Dec 31 23:59:59 web-3 prog[1]: 23:59:59.500 INFO done')).toBe(
      Date.UTC(2026, 11, 31, 23, 59, 59, 500),
    );
    expect(at('Dec 31 23:59:59 web-3 prog[1]: 2026-12-31 23:59:59.500 INFO done')).toBe(
      Date.UTC(2026, 11, 31, 23, 59, 59, 500),
    );
  });

  it("keeps the relay's time where the body names another second, the body's stamp among its columns", () => {
    // klog's buffered `W0304 11:20:29.981` under `11:20:31`, an elapsed `00:00:00.041`: the relay's, as r105 kept it.
    expect(read(rfc3164('2026-11-28 10:11:09,450 ERROR [x] a.B - late'))).toMatchObject({
      level: 'ERROR',
      message: 'late',
      timestamp: RELAY_TIME,
      fields: { header_columns: '2026-11-28 10:11:09,450' },
    });
    // RFC 5424's own fraction stays the line's.
    expect(
      read('<14>1 2026-11-28T10:11:12.300Z web-3 prog 812 - - 2026-11-28 10:11:12,450 ERROR [x] a.B - own')
        .timestamp,
    ).toBe(RELAY_TIME + 300);
    // A time the header finder guessed in a daemon's text, another second: the syslog reading's line.
    expect(read(rfc3164('connection from 10.0.0.9 () at Mon Jun 20 03:40:59 2005'))).toMatchObject({
      format: 'syslog3164',
      timestamp: RELAY_TIME,
      message: 'connection from 10.0.0.9 () at Mon Jun 20 03:40:59 2005',
    });
  });

  it('takes the finer body time over the relay time to the second, the relay stamp kept among its columns', () => {
    expect(read(shortIso('2026-11-28T10:11:12.734Z INFO tick'))).toMatchObject({
      timestamp: Date.UTC(2026, 10, 28, 10, 11, 12, 734),
      fields: { header_columns: '2026-11-28T10:11:12+0000' },
    });
  });

  it('reads plain text bodies (sshd, cron, the kernel) exactly as the syslog reading did', () => {
    for (const line of [
      'Nov 28 10:11:12 web-3 sshd[4242]: Accepted publickey for deploy from 10.0.0.8 port 51234 ssh2',
      'Nov 28 10:11:12 web-3 CRON[77]: (root) CMD (run-parts /etc/cron.hourly)',
      'Nov 28 10:11:12 web-3 kernel: [482911.204113] usb 1-1: new high-speed USB device number 2',
      '<30>1 2026-11-28T10:11:12Z web-3 sshd 4242 - - Connection closed by 10.0.0.9 port 40022',
    ]) {
      const parsed = read(line);
      expect(parsed.format, line).toMatch(/^syslog/);
      expect(parsed.parseFailed).toBe(false);
    }
    expect(read('Nov 28 10:11:12 web-3 kernel: [482911.204113] usb 1-1: new device')).toMatchObject({
      message: 'usb 1-1: new device',
      fields: { uptime: 482911.204113 },
    });
  });

  it('keeps the relay header of a relayed relay, and the inner host and tag as origin fields', () => {
    const line = read(
      rfc3164('Nov 28 10:11:12 combo app[19939]: 2026-11-28 10:11:12,250 WARN [t] a.B - slow'),
    );
    expect(line).toMatchObject({
      level: 'WARN',
      message: 'slow',
      host: 'web-3',
      service: 'prog',
      timestamp: Date.UTC(2026, 10, 28, 10, 11, 12, 250),
      fields: { pid: 812, origin_host: 'combo', origin_service: 'app', origin_pid: 19939 },
    });
  });
});

describe("hostile or broken input through the relay's path", () => {
  it("keeps a relayed relay's header fields under origin_, where the outer relay names none", () => {
    const line = read(rfc3164('<0>Nov 28 10:11:12 evil x[9]: hi'));
    expect(line.fields).toEqual({
      pid: 812,
      header_columns: 'Nov 28 10:11:12',
      origin_host: 'evil',
      origin_service: 'x',
      origin_facility: 'kern',
      origin_pid: 9,
    });
    const sd = read(rfc3164('<13>1 2026-11-28T10:11:12.500Z evil x - ID7 [a@1 k="v"] hi'));
    expect(sd.fields).not.toHaveProperty('msgid');
    expect(sd.fields).toMatchObject({ origin_msgid: 'ID7', origin_structuredData: { 'a@1': { k: 'v' } } });
  });

  it('gives a body no more power than the same text written bare', () => {
    for (const body of [
      '<11>1 2026-11-28T10:11:12Z h a - - - boom',
      'ERROR is the word',
      'level=error msg=x',
    ]) {
      for (const relay of RELAYS) {
        const relayed = read(relay(body));
        const bare = read(body);
        if (bare.parseFailed) continue;
        // The bare line's level, none, or the relay's priority: never another.
        expect([bare.level, undefined, 'NOTICE'], `${relay.name} ${body}`).toContain(relayed.level);
        expect(relayed.host).toBe('web-3');
      }
    }
    // Relay headers inside relay headers are read two deep: the third is the syslog reading's, as before.
    const deep = read(rfc3164(rfc3164(rfc3164('2026-11-28 10:11:13,450 ERROR [x] a.B - deep'))));
    expect(deep).toMatchObject({ format: 'syslog3164', host: 'web-3', timestamp: RELAY_TIME });
  });

  it('refuses a relayed line longer than the parser reads, as it refuses the bare line', () => {
    const long = rfc3164(`2026-11-28 10:11:13,450 ERROR [x] a.B - ${'a'.repeat(300_000)}`);
    expect(read(long)).toMatchObject({ format: 'plain', parseFailed: true, level: undefined });
  });

  it('reads an empty body and a bare header as the syslog reading did', () => {
    expect(read('Nov 28 10:11:12 web-3 prog[812]: ')).toMatchObject({ format: 'syslog3164', message: '' });
    expect(read('Nov 28 10:11:12 web-3 prog[812]:').format).toBe('syslog3164');
    expect(read('<13>1 2026-11-28T10:11:12Z web-3 prog 812 - -').format).toBe('syslog5424');
    expect(takeRelayed('Nov 28 10:11:12 web-3 prog[812]: ', ctx)).toBeUndefined();
  });

  it("keeps RFC 5424's structured data, `]` inside a quoted value, and reads the body after it", () => {
    const line = read(
      rfc5424('2026-11-28 10:11:13,450 ERROR [x] a.B - failed', 14, '[meta@32473 note="a]b" id="7"]'),
    );
    expect(line).toMatchObject({
      level: 'ERROR',
      message: 'failed',
      fields: { structuredData: { 'meta@32473': { note: 'a]b', id: '7' } } },
    });
  });

  it('takes only the strict relay shapes', () => {
    for (const line of [
      'Nov 28 10:11:12 INFO main: started', // a level in the host's place
      'Nov 28 10:11:12 daemon.notice apcupsd[10]: text', // busybox's priority word
      'Nov 28 10:11:12 web-3 my prog: text', // a tag with a space
      'Nov 28 10:11:12 web-3 prog[abc]: text', // no pid
      '2026-11-28T10:11:12 web-3 prog[812]: text', // no zone: no journal's header
      'Nov 28 10:11:12 web:3 prog: text',
    ])
      expect(mayBeRelayed(line) ? takeRelayed(line, ctx) : undefined, line).toBeUndefined();
    expect(takeRelayed(rfc3164('x'), ctx)).toMatchObject({
      body: 'x',
      host: 'web-3',
      service: 'prog',
      format: 'syslog3164',
      fields: { pid: 812 },
    });
    expect(takeRelayed('<13>Nov 28 10:11:12 web-3 sshd(pam_unix)[9]: y', ctx)).toMatchObject({
      body: 'y',
      service: 'sshd(pam_unix)',
      level: 'NOTICE',
      fields: { pid: 9, facility: 'user' },
    });
  });

  it("lets the relay's fields win and keeps the body's own under origin_", () => {
    const relayed = takeRelayed(rfc3164('x'), ctx);
    if (relayed === undefined) throw new Error('no relay');
    const line = addRelay(
      { format: 'json', message: 'x', host: 'h', service: 's', fields: { pid: 1, k: 2 }, parseFailed: false },
      relayed,
      false,
    );
    expect(line).toMatchObject({
      host: 'web-3',
      service: 'prog',
      fields: { pid: 812, k: 2, origin_pid: 1, origin_host: 'h', origin_service: 's' },
      timestamp: RELAY_TIME,
    });
  });

  it('agrees with the bench wrappers on their own shapes', () => {
    for (const wrapper of WRAPPERS.filter(
      (w) => w.name.startsWith('syslog') || w.name.startsWith('journal'),
    )) {
      const line = wrapper.wrap('2026-11-28 10:11:13,450 ERROR [x] a.B - boom', RELAY_TIME);
      expect(read(line), wrapper.name).toMatchObject({ level: 'ERROR', message: 'boom', host: 'web-3' });
    }
  });
});

// r111b: the readings rounds r112 to r117 added, read behind each relay as bare (the relay writing
// the line's own time, to the second for RFC 3164 and short-iso, the body's own fraction for RFC 5424).
describe("r112 to r117's readings behind a relay", () => {
  const cases: readonly string[] = [
    // (r112's TinyMUX header, which names no level, and ToastStunt's line, whose stamp reads as a
    // syslog date, stay the syslog reading's on a line alone; learned from their source's bodies
    // they are read: dev172's tinymux-netmux and toaststunt-moo agree on every line.)
    // r113: LPRng's status trailer, which no opening word announces (`mayCloseWithStatus`).
    'printing finished at 2026-11-30-07:42:14.061 ## A=mara@mac-prepress2+412 number=412 process=5120',
    'lpd: restarted at 2026-11-30-07:40:02 ## A=<NULL> number=0 process=2214',
    // r114: go-ns's record, Flask's closing location, Python's file and line.
    JSON.stringify({
      created: '2026-11-30T13:58:49.099+00:00',
      event: 'error',
      namespace: 'Confirmation Statement Web',
      data: { message: 'End of request', status: 500 },
    }),
    '2026-11-30 15:25:02,689 INFO: {} [in /usr/src/app/OpenOversight/app/main/views.py:131]',
    '2026-11-30 12:40:09,733 INFO link_management.py 142: Link created',
    // r115: werkzeug's request time after basicConfig's header.
    'INFO:werkzeug:198.51.100.23 - - [30/Nov/2026 16:05:41] "GET / HTTP/1.1" 200 -',
    // r116: Gwenhywfar's log line.
    '3:2026/11/30 06-30-22:aqhbci(20598):cbox_queue.c:  612: Error performing queue (-54)',
    // r117: Python's dash header past three columns, a logger's address and port.
    '2026-11-30 14:03:52,520 - app - mod - fn - 152 - ERROR - Pong error: x',
    'INFO:SocketTAKClient@198.51.100.31:40122:Socket disconnect: Client disconnected',
  ];

  it('reads the level, message and own time of each as the bare line', () => expectReadAsBare(cases));

  it("keeps LPRng's job in fields and the relay's pid beside its own process", () => {
    const line = read(
      rfc3164(
        'printing finished at 2026-11-28-10:11:12.061 ## A=mara@mac-prepress2+412 number=412 process=5120',
      ),
    );
    expect(line).toMatchObject({
      format: 'syslog3164',
      timestamp: RELAY_TIME + 61,
      message: 'printing finished',
      fields: { pid: 812, origin_pid: 5120, identifier: 'mara@mac-prepress2+412', number: 412 },
    });
  });
});

// r111b's cost rule: a daemon's text is left to the syslog reading before the relay's date is read
// (`mayHoldHeader`, `takeScreenedRelay`); what the syslog reading gives it is unchanged.
describe('bodies no header opens, left to the syslog reading', () => {
  it('passes over text a level word, a three-letter word, white space or a count opens', () => {
    const bodies = [
      'error: Received disconnect from 103.99.0.122: 14: No more user authentication methods available.',
      'ALERT exited abnormally with [1]',
      'Did not receive identification string from 195.154.37.122',
      'PAM service(sshd) ignoring max retries; 5 > 3',
      '  BIOS-e820: 0000000007eae000 - 0000000008000000 (reserved)',
      '126MB LOWMEM available.',
      '*** info [mice.c(1766)]: ',
    ];
    for (const body of bodies) {
      const raw = rfc3164(body);
      expect(takeScreenedRelay(raw, ctx, false), body).toBeUndefined();
      expect(takeRelayed(raw, ctx), body).toBeDefined();
    }
    expect(read(rfc3164(bodies[0] as string))).toMatchObject({
      level: 'ERROR',
      message: bodies[0]?.slice(7),
    });
  });

  it('still reads a body a month, a weekday, a capital and a digit, or a level word and a header opens', () => {
    for (const body of [
      'Mon Nov 30 06:41:19 2026 :: Rom is ready',
      'Nov 28 10:11:12 inner sshd[1]: x',
      'W1128 10:11:12.402 1 main.go:1] x',
      'WARNING:root:x',
      'ERROR [main] c.e.Foo - boom',
      '2026-11-28 10:11:12,402 ERROR x',
      ' INFO [2026-11-24 09:12:44,517] ({main} ZeppelinServer.java[main]:253) - Done',
    ])
      expect(takeScreenedRelay(rfc3164(body), ctx, false), body).toBeDefined();
  });

  it('reads a level word and text as a body where the source learned its bodies', () => {
    expect(takeScreenedRelay(rfc3164('INFO main: started'), ctx, true)).toBeDefined();
    expect(takeScreenedRelay(rfc3164('INFO main: started'), ctx, false)).toBeUndefined();
  });
});

describe("a source's relayed bodies learned whole", () => {
  // renderd's lines (dev44): a marked level on some, text on most, and a `config` word opening text.
  const RENDERD = [
    'Rendering daemon started',
    'config renderd: num_threads=4',
    'config renderd: tile_dir=/var/cache/renderd/tiles',
    'Starting stats thread',
    'DEBUG: Got incoming request with protocol version 2',
    'DEBUG: START TILE default 14 8712-8719 5520-5527, new metatile',
    'ERROR: failed to render TILE default 17 69704-69711 44168-44175',
    'DEBUG: DONE TILE default 14 8712-8719 5520-5527 in 1.874 seconds',
    'DEBUG: Sending render cmd(3 default 14/8712/5520) with protocol version 2 to fd 9',
  ];

  it('learns no level column from the bodies a level word opens alone (a text word stays text)', () => {
    const bare = learnedReader(RENDERD, receivedAt);
    const relayed = learnedReader(
      RENDERD.map((line) => rfc3164(line, 'renderd[1187]')),
      receivedAt,
    );
    const line = relayed(rfc3164('config renderd: num_threads=4', 'renderd[1187]'));
    expect(line).toMatchObject({ message: 'config renderd: num_threads=4', level: undefined });
    expect(bare('config renderd: num_threads=4')).toMatchObject({ level: undefined });
    const error = relayed(rfc3164(RENDERD[6] as string, 'renderd[1187]'));
    expect(error).toMatchObject({
      level: 'ERROR',
      message: 'failed to render TILE default 17 69704-69711 44168-44175',
    });
  });
});

describe("r118 to r122's readings behind a relay", () => {
  const cases: readonly string[] = [
    // r118: `log` under a JSON record's level key, an arrow after a layout's separator.
    '{"level":"log","pid":27,"timestamp":1796066400000,"message":"Nest application successfully started"}',
    '2026-11-30 14:02:11,402 - INFO    - ==> Processing 12 images',
    // r120: an offset alone in parentheses after the time.
    '2026-11-30 17:02:14 (-05:00) INFO started',
    // r121: F6FBB's stamp glued to its channel and event letter.
    '113005184002CA Q2ABC-7',
    // r122: Flask's `in module: ` after the level.
    '[2026-11-30 14:05:02,118] INFO in connection: Connected to redis://redis:6379/0',
  ];

  it('reads the level, message and own time of each as the bare line', () => expectReadAsBare(cases));

  // Pi-Star's gateways (dev181): a level letter and its colon before the time, read by what the
  // source learned; the relay's screen lets `M: 2026-…` through (`mayHoldHeader`).
  const PISTAR = [
    'M: 2026-11-28 10:11:12.402 Starting P25Gateway-20250514',
    'M: 2026-11-28 10:11:12.406 Statically linked to reflector 10100',
    'M: 2026-11-28 10:11:12.409 Statically linked to reflector 31620',
    'W: 2026-11-28 10:11:12.510 No response from 65000, unlinking',
    'E: 2026-11-28 10:11:12.520 Unable to resolve the address of the host',
    'M: 2026-11-28 10:11:12.709 Switched to reflector 31620 due to network activity',
  ];

  it("reads Pi-Star's level letter and time behind every relay, learned from its bodies", () => {
    expect(mayHoldHeader('M: 2026-11-28 10:11:12.402 Starting')).toBe(true);
    expect(mayHoldHeader('M: Starting')).toBe(false);
    const bare = learnedReader(PISTAR, receivedAt);
    for (const relay of RELAYS) {
      const relayed = learnedReader(
        PISTAR.map((line) => relay(line)),
        receivedAt,
      );
      for (const line of PISTAR) {
        expect(bare(line).level, line).toBeDefined();
        expect(reading(relayed(relay(line))), line).toEqual(reading(bare(line)));
      }
    }
  });
});
