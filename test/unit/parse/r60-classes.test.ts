/**
 * Classes and false-level fixes of issue #14's round r60 (dev123). The lines are invented, not taken
 * from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: the hybrid IRC servers' `smalldate` (`%d/%d/%d %02d.%02d`: ircd-hybrid, ratbox, charybdis,
 * solanum), a year-first date with unpadded month and day, then the hour and minute joined by a dot,
 * no seconds. Learned only: per line a date then a decimal reads the same.
 */
describe('a year-first date before `hh.mm`, learned from a source', () => {
  const lines = [
    '2026/11/29 18.02 Server Ready',
    '2026/11/29 18.03 Opening listener on 0.0.0.0:6667',
    '2026/11/29 18.05 Link with hub.example.net established',
    '2026/11/29 18.10 Rehashing server config file',
    '2026/11/29 18.12 Got signal SIGHUP, reloading ircd conf. file',
    '2026/11/29 18.20 User alice (alice@host) is now an operator',
    '2026/12/1 09.40 Server Ready',
  ];

  it('reads the time to the minute and cuts it from the message', () => {
    const read = learned('ircd', lines);
    expect(read('2026/11/30 07.45 Server Ready')).toMatchObject({
      timestamp: at('2026-11-30T07:45:00Z'),
      message: 'Server Ready',
    });
    expect(read('2026/11/3 23.59 Link closed').timestamp).toBe(at('2026-11-03T23:59:00Z'));
  });

  it('reads no time from a line alone, a decimal glued to a mark, a one-digit hour, or a date alone', () => {
    expect(parse(lines[0] as string).timestamp).toBeUndefined();
    const read = learned('ircd', lines);
    expect(read('2026/11/29 18.02% done').timestamp).toBeUndefined();
    expect(read('2026/11/29 3.14 MB free').timestamp).toBeUndefined();
    expect(read('2026/11/29 24.10 out of range').timestamp).toBeUndefined();
    expect(read('2026/11/29 done').timestamp).toBeUndefined();
    expect(read('2026/11/29 18.02.5 release').timestamp).toBeUndefined();
  });

  it('learns no time from a column of dated decimals, whose values step back as no log’s times do', () => {
    const weights = [
      '2026/11/29 10.50 kg sorted',
      '2026/11/29 03.12 kg sorted',
      '2026/11/29 22.40 kg sorted',
      '2026/11/29 01.05 kg sorted',
      '2026/11/29 17.30 kg sorted',
      '2026/11/29 08.45 kg sorted',
      '2026/11/30 12.10 kg sorted',
    ];
    expect(learned('scale', weights)(weights[0] as string)).toMatchObject({
      timestamp: undefined,
      message: weights[0],
    });
    // One step back (a restart, a clock set back) is still a log's.
    const restarted = [...lines.slice(0, 4), '2026/11/29 17.58 Server Ready', ...lines.slice(4)];
    expect(learned('ircd', restarted)('2026/11/30 07.45 Server Ready').timestamp).toBe(
      at('2026-11-30T07:45:00Z'),
    );
  });
});

/*
 * CLASS (learned guard): a source whose level place holds its own types of line, upper-case words
 * closed by a colon that spell no level (InspIRCd's file log `CONNECT:`, `QUIT:`, `LINK:`; ntpd's
 * `INIT:`, `IO:`, `PROTO:`), writes `CONFIG:` there as one more type: no java.util.logging CONFIG level.
 */
describe('a word of text among type words in the level place is a type, no level', () => {
  const ircd = [
    'Sun Nov 29 21:04:11 2026 CONFIG: Loaded module core_reloadmodule',
    'Sun Nov 29 21:04:12 2026 CONFIG: Loaded module m_sasl',
    'Sun Nov 29 21:04:12 2026 LINK: Connecting to server hub.example.org (192.0.2.20:7001)',
    'Sun Nov 29 21:06:40 2026 CONNECT: Client connecting on port 6697 (class main): marta!marta@203.0.113.14',
    'Sun Nov 29 21:09:15 2026 OPER: marta!marta@203.0.113.14 is now a server operator',
    'Sun Nov 29 21:12:48 2026 QUIT: Client exiting: oskar!~oskar@198.51.100.77 [Quit: Leaving]',
    'Sun Nov 29 21:15:03 2026 CONNECT: Client connecting on port 6667 (class main): lio!lio@203.0.113.201',
    'Sun Nov 29 21:21:31 2026 QUIT: Client exiting: zzbot17!~bot@198.51.100.203 [G-lined]',
  ];

  it('reads no level from `CONFIG:` there, its message cut as the other types’ are', () => {
    const read = learned('ircd', ircd);
    expect(read('Sun Nov 29 22:24:37 2026 CONFIG: Error in <connect:allow> tag')).toMatchObject({
      level: undefined,
      message: 'Error in <connect:allow> tag',
    });
    const ntpd = learned('ntpd', [
      'Nov 30 06:00:01 ntp1 ntpd[1402]: INIT: ntpd ntpsec-1.2.3: Starting',
      'Nov 30 06:00:01 ntp1 ntpd[1402]: CONFIG: readconfig: parsing file: /etc/ntpsec/ntp.conf',
      'Nov 30 06:00:01 ntp1 ntpd[1402]: INIT: Using SO_TIMESTAMPNS',
      'Nov 30 06:00:01 ntp1 ntpd[1402]: IO: Listen normally on 2 lo 127.0.0.1:123',
      'Nov 30 06:00:03 ntp1 ntpd[1402]: PROTO: 10.1.1.1 8011 81 mobilize assoc 50241',
      'Nov 30 06:00:08 ntp1 ntpd[1402]: PROTO: 10.1.1.1 8014 84 reachable',
    ]);
    expect(ntpd('Nov 30 06:00:01 ntp1 ntpd[1402]: CONFIG: restrict nopeer ignored').level).toBeUndefined();
    // The transport's priority the word had taken over stands (<11>: user.err).
    expect(ntpd('<11>Nov 30 06:00:01 ntp1 ntpd[1402]: CONFIG: restrict nopeer ignored')).toMatchObject({
      level: 'ERROR',
      message: 'restrict nopeer ignored',
    });
  });

  it('keeps a level word there, `CONFIG:` in a line alone, and JUL’s CONFIG in a level column', () => {
    expect(learned('ircd', ircd)('Sun Nov 29 22:24:37 2026 ERROR: cannot open log').level).toBe('ERROR');
    // An alarm's word of text there is an alarm still.
    expect(learned('ircd', ircd)('Sun Nov 29 22:24:37 2026 PANIC: out of memory').level).toBe('FATAL');
    expect(parse(ircd[0] as string).level).toBe('INFO');
    // One type word beside it is not a column of types.
    const few = learned('few', [ircd[0], ircd[1], ircd[2], ircd[2]] as string[]);
    expect(few(ircd[0] as string).level).toBe('INFO');
    const jul = learned('jul', [
      '2026-11-30 07:00:03.402 [main]  Kernel.startup()          CONFIG:   Starting kernel',
      '2026-11-30 07:00:03.520 [main]  DataSource.init()         INFO:     Initialized data source',
      '2026-11-30 07:00:28.433 [pool-1]  SocketThread.run()      WARNING:  SSL handshake failed',
      '2026-11-30 07:00:49.623 [sess]  SessionManager.close()    INFO:     Closing session',
      '2026-11-30 07:02:53.394 [pool-7]  Repository.store()      SEVERE:   Problem adding message',
    ]);
    expect(jul('2026-11-30 07:05:00.000 [main]  Kernel.startup()          CONFIG:   Reloading').level).toBe(
      'INFO',
    );
  });
});
