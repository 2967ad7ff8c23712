import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { learnRestatedStamp } from '../../../core/parse/second-fraction.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const parse = (raw: string) => parseLine(raw, { receivedAt });
const at = (iso: string) => Date.parse(iso);

// Class: the same instant written twice, the second time with its fraction (second-fraction.ts).
describe('a whole-second stamp written again with its fraction', () => {
  it("reads a wrapper's nested clock where the wrapped line opens (Java Service Wrapper)", () => {
    const line = parse(
      'INFO   | jvm 1    | 2026/11/30 15:30:42 | WARN  15:30:42,524 | james.fetchmail | FetchMail Disabled',
    );
    expect(line.timestamp).toBe(at('2026-11-30T15:30:42.524Z'));
    expect(line.timestampText).toBe('2026/11/30 15:30:42');
  });

  it("reads the nested clock a source's learned header columns hold", () => {
    const lines = Array.from(
      { length: 12 },
      (_, i) =>
        `INFO   | jvm 1    | 2026/11/30 15:30:${10 + i} | INFO  15:30:${10 + i},1${i}7 | james.smtp | Connection ${i}`,
    );
    const parser = compileParser({});
    parser.learn('james', lines, receivedAt);
    const line = parser(lines[3] as string, receivedAt, 'james');
    expect(line.timestamp).toBe(at('2026-11-30T15:30:13.137Z'));
    expect(line.message).toBe('Connection 3');
  });

  it("reads an epoch of the stamp's own second with its fraction, in a syslog header's host place (Dante)", () => {
    const line = parse(
      'Nov 27 11:02:45 (1795777365.018244) sockd[2241]: info: Dante/server[1/1] v1.4.3 running',
    );
    expect(line.timestamp).toBe(at('2026-11-27T11:02:45.018Z'));
    expect(line.host).toBeUndefined();
    expect(line.service).toBe('sockd');
  });

  it("reads Speech Dispatcher's unpadded microseconds after its ctime, in one bracket", () => {
    const line = parse('[Wed Nov 25 07:41:03 2026 : 40211] speechd: Speech Dispatcher 0.11.4 starting');
    expect(line.timestamp).toBe(at('2026-11-25T07:41:03.040Z'));
    expect(line.message).toBe('speechd: Speech Dispatcher 0.11.4 starting');
    expect(parse('[Wed Nov 25 07:47:32 2026 : 5213] speechd: Adding client on fd 11').timestamp).toBe(
      at('2026-11-25T07:47:32.005Z'),
    );
    expect(parse('[Thu Nov  5 07:47:32 2026 : 999999] speechd: x').timestamp).toBe(
      at('2026-11-05T07:47:32.999Z'),
    );
  });

  it('reads a one- or two-digit fraction as tenths or hundredths', () => {
    expect(parse('2026-11-30 14:02:11 INFO [14:02:11.5] text').timestamp).toBe(
      at('2026-11-30T14:02:11.500Z'),
    );
    expect(parse('2026-11-30 14:02:11 [14:02:11.25] text').timestamp).toBe(at('2026-11-30T14:02:11.250Z'));
  });
});

describe('look-alikes of a second written again', () => {
  it.each([
    ['a time of the same second inside the text', '2026-11-30 14:02:11 job ran at 14:02:11.250 ok'],
    ['a time inside a syslog message', 'Nov 30 14:02:11 host app[1]: retry at 14:02:11.500 then'],
    ['a nested clock of another second', '2026-11-30 14:02:11 [14:02:12.250] text'],
    ['an epoch with no fraction', 'Nov 30 14:02:11 1796047331 sockd[2241]: info: text'],
    [
      'a fraction apart, one line alone (a job id or pid may stand there)',
      'Nov 30 14:02:11 482913 [7F3C9D1FA700] 0x02 -> text',
    ],
    ["OpenVPN's us= column", '2026-11-30 14:02:11 us=123456 Initialization Sequence Completed'],
    ['a clock glued to a longer number', '2026-11-30 14:02:11 [114:02:11.250] text'],
    ['a clock whose fraction runs into a word', '2026-11-30 14:02:11 [14:02:11.25s] text'],
  ])('leaves %s', (_, raw) => {
    expect(parse(raw).timestamp).toBe(at('2026-11-30T14:02:11Z'));
  });

  it.each([
    ['seven digits', '[Wed Nov 25 07:47:32 2026 : 1234567] speechd: x'],
    ['no digits', '[Wed Nov 25 07:47:32 2026 : ] speechd: x'],
    ['no bracket before the ctime', 'Wed Nov 25 07:47:32 2026 : 5213] speechd: x'],
    ['no bracket after the digits', '[Wed Nov 25 07:47:32 2026 : 5213 speechd: x'],
    ['a number after the bracket', '[Wed Nov 25 07:47:32 2026] : 5213 x'],
  ])("leaves a ctime's ` : ` number with %s", (_, raw) => {
    expect(parse(raw).timestamp).toBe(at('2026-11-25T07:47:32Z'));
  });

  // Review (review24c): the word a nested clock may follow where the message opens is a level, not any word.
  it.each([
    ['a duration after a word', '2026-11-30 14:02:11 INFO took 14:02:11.250'],
    ['a time after a word that is no level', 'Nov 30 14:02:11 host app[1]: retry 14:02:11.500 then'],
    ['a time after a word in mixed case', '2026-11-30 14:02:11 INFO Started 14:02:11.5 by cron'],
  ])('leaves %s opening the message', (_, raw) => {
    expect(parse(raw).timestamp).toBe(at('2026-11-30T14:02:11Z'));
  });

  it('leaves an epoch of another instant, and its host', () => {
    const other = parse('Nov 27 11:02:45 (1795777366.018244) sockd[2241]: info: text');
    expect(other.timestamp).toBe(at('2026-11-27T11:02:45Z'));
    expect(other.host).toBe('(1795777366.018244)');
  });

  // Review (review24c): only the epoch reading drops the host the syslog reading took from the epoch.
  it('keeps the host of a line whose fraction came from a nested clock', () => {
    const line = parse('Nov 30 10:00:00 n1796032800 app[1]: [10:00:00.5] text');
    expect(line.timestamp).toBe(at('2026-11-30T10:00:00.500Z'));
    expect(line.host).toBe('n1796032800');
  });

  it('keeps a stamp that has its own fraction', () => {
    expect(parse('2026-11-30 14:02:11.100 [14:02:11.250] text').timestamp).toBe(
      at('2026-11-30T14:02:11.100Z'),
    );
  });
});

describe("a program's own epoch after a syslog tag", () => {
  it("keeps the relay's stamp (NetworkManager)", () => {
    const line = parse(
      'Nov 30 10:00:00 host1 NetworkManager[842]: <info>  [1796032800.1234] NetworkManager (version 1.44.2) is starting...',
    );
    expect(line.timestamp).toBe(at('2026-11-30T10:00:00Z'));
  });
});

describe("the wrapped line's own level beside its nested clock", () => {
  it("wins over the wrapper's", () => {
    const line = parse(
      'INFO   | jvm 1    | 2026/11/30 15:31:14 | WARN  15:31:14,354 | james.smtpserver | Rejected message',
    );
    expect(line.level).toBe('WARN');
    const lines = Array.from(
      { length: 12 },
      (_, i) =>
        `INFO   | jvm 1    | 2026/11/30 15:30:${10 + i} | ${i === 5 ? 'ERROR' : 'INFO '} 15:30:${10 + i},1${i}7 | james.smtp | Connection ${i}`,
    );
    const parser = compileParser({});
    parser.learn('james', lines, receivedAt);
    expect(parser(lines[5] as string, receivedAt, 'james').level).toBe('ERROR');
    expect(parser(lines[4] as string, receivedAt, 'james').level).toBe('INFO');
  });

  // Review (review24c): a level word in mixed case is prose (`levelWord`), as everywhere in free text.
  it('leaves a capitalised word of prose before a clock of the same second', () => {
    const error = parse('2026-11-30 10:00:00 INFO: Error 10:00:00.123 was the deadline');
    expect(error.level).toBe('INFO');
    expect(error.timestamp).toBe(at('2026-11-30T10:00:00Z'));
    expect(parse('2026-11-30 10:00:00 INFO Warning 10:00:00.5 window opens').level).toBe('INFO');
    expect(
      parse('INFO   | jvm 1    | 2026/11/30 15:31:14 | Critical 15:31:14,354 | james.smtp | text').level,
    ).toBe('INFO');
  });

  it('takes the level in upper or lower case, as a layout writes it', () => {
    expect(
      parse('INFO   | jvm 1    | 2026/11/30 15:31:14 | error 15:31:14,354 | james.smtp | text').level,
    ).toBe('ERROR');
  });

  it('leaves a word that is no level, a glued one, and a level word with no nested clock', () => {
    expect(parse('INFO   | jvm 1    | 2026/11/30 15:31:14 | job 15:31:14,354 | text').level).toBe('INFO');
    expect(parse('INFO   | jvm 1    | 2026/11/30 15:31:14 | x.WARN 15:31:14,354 | text').level).toBe('INFO');
    expect(parse('INFO   | jvm 1    | 2026/11/30 15:31:14 | WARN 15:31:15,354 | text').level).toBe('INFO');
  });
});

// The same class, written apart: a microsecond column only a source's sample can tell from an id.
describe('a microsecond column after the clock, learned per source', () => {
  const opensm = [
    ['14:02:11', '482913'],
    ['14:02:11', '483207'],
    ['14:02:11', '517788'],
    ['14:02:11', '601355'],
    ['14:02:12', '004471'],
    ['14:02:12', '005190'],
    ['14:02:13', '870113'],
    ['14:02:13', '911402'],
    ['14:02:50', '146002'],
    ['14:02:50', '146544'],
  ].map(([clock, micro]) => `Nov 30 ${clock} ${micro} [7F3C9D1FA700] 0x02 -> osm_vendor_bind: text`);
  const learned = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('s', lines, receivedAt);
    return (line: string) => parser(line, receivedAt, 's');
  };

  it('reads the microseconds a sample proved (OpenSM), and drops the host taken from them', () => {
    const line = learned(opensm)(opensm[4] as string);
    expect(line.timestamp).toBe(at('2026-11-30T14:02:12.004Z'));
    expect(line.host).toBeUndefined();
  });

  it('leaves a column that repeats (a job id), that never falls (a counter), or that stays within a second (a pid)', () => {
    const job = opensm.map((l, i) => l.replace(/ \d{6} /, i < 5 ? ' 774512 ' : ' 774519 '));
    expect(learned(job)(job[4] as string).timestamp).toBe(at('2026-11-30T14:02:12Z'));
    const counter = opensm.map((l, i) => l.replace(/ \d{6} /, ` ${String(100200 + i * 7)} `));
    expect(learned(counter)(counter[4] as string).timestamp).toBe(at('2026-11-30T14:02:12Z'));
    const pid = opensm.map((l, i) => l.replace(/ \d{6} /, ` ${String(300100 + (i >> 1))} `));
    expect(learned(pid)(pid[4] as string).timestamp).toBe(at('2026-11-30T14:02:12Z'));
  });

  it('counts the non-empty lines of a sample, as the other learned readings do', () => {
    const spaced = opensm.flatMap((l) => [l, '']);
    expect(learned(spaced)(opensm[4] as string).timestamp).toBe(at('2026-11-30T14:02:12.004Z'));
  });

  it('leaves a sample too short to prove it', () => {
    const few = opensm.slice(0, 6);
    expect(learned(few)(few[4] as string).timestamp).toBe(at('2026-11-30T14:02:12Z'));
  });
});

describe('per source, only where the sample wrote a second again', () => {
  // Review (review24c): a forced format learns nothing, so no sample can turn the reading on for it;
  // without this, every line of a service with a forced format paid the reading (about 60-90 ns).
  it("leaves the lines of a forced format, which learns no sample (the reading's cost stays off them)", () => {
    const forced = compileParser({ format: 'syslog3164' });
    const dante = 'Nov 27 11:02:45 (1795777365.018244) sockd[2241]: info: Dante/server[1/1] v1.4.3 running';
    forced.learn('dante', [dante], receivedAt);
    expect(forced(dante, receivedAt, 'dante').timestamp).toBe(at('2026-11-27T11:02:45Z'));
    expect(forced(dante, receivedAt).timestamp).toBe(at('2026-11-27T11:02:45Z'));
  });

  it("leaves a later line of a source whose sample never did (the reading's cost stays off its lines)", () => {
    const parser = compileParser({});
    const plain = Array.from({ length: 12 }, (_, i) => `2026-11-30 14:02:${10 + i} INFO [main] step ${i}`);
    parser.learn('plain', plain, receivedAt);
    expect(parser('2026-11-30 14:02:11 INFO [14:02:11.250] text', receivedAt, 'plain').timestamp).toBe(
      at('2026-11-30T14:02:11Z'),
    );
    parser.learn('wrapped', ['2026-11-30 14:02:10 INFO [14:02:10.100] text', ...plain], receivedAt);
    expect(parser('2026-11-30 14:02:11 INFO [14:02:11.250] text', receivedAt, 'wrapped').timestamp).toBe(
      at('2026-11-30T14:02:11.250Z'),
    );
  });
});

// Class: appliances and services whose syslog forwarding keeps a second-precision relay header
// before their own stamp with milliseconds, a few columns on (NAC and RADIUS servers such as
// Cisco ISE, firewalls, load balancers, SIEM forwarders). Learned per source: the stamp must name
// the header's second on 80 % of the sample (>= 8 lines), in the same word after the header's clock.
describe("the product's own stamp restated further in the header, learned per source", () => {
  const seconds = ['11', '13', '22', '36', '47', '48', '50', '52', '55', '58'];
  const millis = ['482', '037', '905', '140', '661', '012', '300', '077', '418', '533'];
  const ise = (zone: string, shift = (s: string) => s) =>
    seconds.map(
      (s, i) =>
        `<181>Nov 30 10:02:${s} ise-psn01 CISE_Passed_Authentications 00004822${i}7 1 0 2026-11-30 10:02:${shift(s)}.${millis[i]} ${zone} 00112233${i}3 5200 NOTICE Passed-Authentication: Authentication succeeded, UserName=u${i}`,
    );
  const learned = (lines: readonly string[]) => {
    const parser = compileParser({});
    parser.learn('s', lines, receivedAt);
    return (line: string) => parser(line, receivedAt, 's');
  };

  it("takes the fraction of the product's stamp of the header's second (Cisco ISE)", () => {
    const lines = ise('+00:00');
    const read = learned(lines);
    expect(read(lines[0] as string).timestamp).toBe(at('2026-11-30T10:02:11.482Z'));
    expect(read(lines[3] as string).timestamp).toBe(at('2026-11-30T10:02:36.140Z'));
    const later = `<181>Nov 30 10:09:01 ise-psn01 CISE_Failed_Attempts 0000482999 1 0 2026-11-30 10:09:01.250 +00:00 0011223999 5400 NOTICE Failed-Attempt: Authentication failed`;
    expect(read(later).timestamp).toBe(at('2026-11-30T10:09:01.250Z'));
  });

  it("takes the stamp's zone too when the header wrote none and their clocks agree", () => {
    const lines = ise('+01:00');
    expect(learned(lines)(lines[0] as string).timestamp).toBe(at('2026-11-30T09:02:11.482Z'));
    // A fraction written as zeros is still a stamp finer than the header: its zone is taken.
    const zeros = (lines[1] as string).replace('.037', '.000');
    expect(learned(lines)(zeros).timestamp).toBe(at('2026-11-30T09:02:13Z'));
  });

  it("keeps the header's time where the sample's stamps agreed with it to the instant, and a line's names its clock in another zone", () => {
    // A source whose header and stamp both read UTC: a line whose word holds the same wall clock in
    // another zone is not the product's stamp, and must not move a correct time by hours.
    const read = learned(ise('+00:00'));
    const other = `<181>Nov 30 10:09:01 ise-psn01 CISE_Failed_Attempts 0000482999 1 0 2026-11-30 10:09:01.250 +05:00 0011223999 5400 NOTICE Failed-Attempt: x`;
    expect(read(other).timestamp).toBe(at('2026-11-30T10:09:01Z'));
    // Where the sample's stamps did name the header's clock in their own zone, a later zone is taken
    // (a summer-time change moves both clocks).
    const zoned = learned(ise('+01:00'));
    const summer = other.replace('+05:00', '+02:00');
    expect(zoned(summer).timestamp).toBe(at('2026-11-30T08:09:01.250Z'));
  });

  it("takes the other reading of a wall clock the source's zone writes twice (the hour summer time ends)", () => {
    // New York's clocks go back on 1 November 2026: 01:30:11 is read first at -04:00; the stamp says
    // it was the second time, at -05:00, which is also the source's own zone.
    const parser = compileParser({ defaultZone: 'America/New_York' });
    const received = Date.UTC(2026, 10, 1, 12);
    parser.learn(
      's',
      ise('-04:00').map((l) => l.replaceAll('Nov 30', 'Oct 31').replaceAll('2026-11-30', '2026-10-31')),
      received,
    );
    const line = `<181>Nov  1 01:30:11 ise-psn01 CISE_Failed_Attempts 0000482999 1 0 2026-11-01 01:30:11.250 -05:00 0011223999 5400 NOTICE Failed-Attempt: x`;
    expect(parser(line, received, 's').timestamp).toBe(at('2026-11-01T06:30:11.250Z'));
  });

  it.each([
    ['tenths', '.4', '.400'],
    ['hundredths after a comma', ',48', '.480'],
    ['microseconds, to the millisecond', '.482913', '.482'],
    ['nanoseconds, to the millisecond', '.482913123', '.482'],
  ])("reads a stamp's fraction in %s", (_, fraction, ms) => {
    const lines = ise('+00:00').map((l) => l.replace(/(2026-11-30 10:02:\d\d)\.\d+/, `$1${fraction}`));
    expect(learned(lines)(lines[0] as string).timestamp).toBe(at(`2026-11-30T10:02:11${ms}Z`));
  });

  it('learns from a sample with blank lines, which count for nothing', () => {
    const lines = ise('+00:00');
    const blanks = [...lines.slice(0, 5), '', '', '', ...lines.slice(5)];
    expect(learned(blanks)(lines[0] as string).timestamp).toBe(at('2026-11-30T10:02:11.482Z'));
  });

  it('leaves a header with its own zone that the stamp does not agree with to the second', () => {
    const lines = seconds.map(
      (s, i) => `2026-11-30T10:02:${s}Z fw01 product 1 2026-11-30 10:02:${s}.${millis[i]} +01:00 allow tcp`,
    );
    expect(learned(lines)(lines[0] as string).timestamp).toBe(at('2026-11-30T10:02:11Z'));
  });

  it('leaves a stamp one second off, on a line or on the whole sample', () => {
    const lines = ise('+00:00');
    const read = learned(lines);
    const off = (lines[2] as string).replace('10:02:22.905', '10:02:23.905');
    expect(read(off).timestamp).toBe(at('2026-11-30T10:02:22Z'));
    const allOff = ise('+00:00', (s) => String(Number(s) + 1));
    expect(learned(allOff)(allOff[0] as string).timestamp).toBe(at('2026-11-30T10:02:11Z'));
  });

  it('leaves a stamp the sample shows on few lines, and a sample too short', () => {
    const lines = ise('+00:00').map((l, i) => (i < 5 ? l : l.replace(/ 2026-11-30 \S+ \+00:00/, '')));
    expect(learned(lines)(lines[0] as string).timestamp).toBe(at('2026-11-30T10:02:11Z'));
    const few = ise('+00:00').slice(0, 6);
    expect(learned(few)(few[0] as string).timestamp).toBe(at('2026-11-30T10:02:11Z'));
  });

  it.each([
    [
      'a time since which something ran',
      (s: string, ms: string) => `job running since 2026-11-30 09:00:${s}.${ms}`,
    ],
    ['an expiry', (s: string, ms: string) => `cert expires 2026-12-30 10:02:${s}.${ms} renew`],
    ['a quoted value', (s: string, ms: string) => `job "2026-11-30 10:02:${s}.${ms}" done`],
  ])('leaves %s', (_, text) => {
    const lines = seconds.map(
      (s, i) => `<30>Nov 30 10:02:${s} host1 app[42]: ${text(s, millis[i] as string)}`,
    );
    expect(learned(lines)(lines[0] as string).timestamp).toBe(at('2026-11-30T10:02:11Z'));
  });
});

// Class: a daemon that writes its own stamp to stderr, run under systemd or rsyslog, so the relay's
// header and the program's own stamp both open the line (Go's standard `log` package's
// `yyyy/mm/dd HH:MM:SS `, Python logging's `%(asctime)s`, a C daemon's own strftime stamp). Learned
// per source as the product's stamp above: where it restates the header's time (the same instant to
// the precision it shows) and opens the message, it is cut from the message, whatever its precision.
describe("a program's own stamp opening the message, restating the header's time", () => {
  const seconds = ['40', '41', '45', '47', '50', '52', '53', '55', '58', '59'];
  const texts = [
    'Wag v9.1.7 starting',
    'Loaded config from /etc/wag/config.json',
    'Loaded 42 devices and 37 users from the database',
    'Started management UI listening on 10.10.1.50:4433',
    'alice.nguyen:10.99.0.12 authorised via totp',
    'Enrolment server listening on 10.10.1.50:8081',
    'session will expire in 1440 minutes',
    'device 10.99.0.12 locked after 5 failed attempts',
    'backup of 2026/11/29 00:00:00 done',
    'reloaded ACLs',
  ];
  const sample = (
    stamp: (s: string, i: number) => string,
    header = (s: string, _i: number) => `Nov 30 09:12:${s}`,
  ) => seconds.map((s, i) => `${header(s, i)} vpn-gw01 wag[2817]: ${stamp(s, i)} ${texts[i]}`);
  const goLog = (s: string) => `2026/11/30 09:12:${s}`;
  const learned = (lines: readonly string[], options = {}) => {
    const parser = compileParser(options);
    parser.learn('s', lines, receivedAt);
    return (line: string) => parser(line, receivedAt, 's');
  };

  it("cuts Go's log stamp restating the header's second from the message, the header's time kept", () => {
    const lines = sample(goLog);
    const read = learned(lines);
    const first = read(lines[0] as string);
    expect(first.message).toBe('Wag v9.1.7 starting');
    expect(first.timestamp).toBe(at('2026-11-30T09:12:40Z'));
    expect(read(lines[8] as string).message).toBe('backup of 2026/11/29 00:00:00 done');
    const later =
      'Nov 30 10:00:01 vpn-gw01 wag[2817]: 2026/11/30 10:00:01 bob.smith:10.99.0.13 authorised via webauthn';
    expect(read(later).message).toBe('bob.smith:10.99.0.13 authorised via webauthn');
  });

  it.each([
    ["Go's log with microseconds", (s: string, i: number) => `2026/11/30 09:12:${s}.12345${i}`, '.123'],
    ["Python's %(asctime)s", (s: string, i: number) => `2026-11-30 09:12:${s},12${i}`, '.121'],
    ["a C daemon's strftime stamp in brackets", (s: string) => `[2026-11-30 09:12:${s}]`, ''],
    ['a syslog-style strftime stamp', (s: string) => `Nov 30 09:12:${s}`, ''],
  ])('cuts %s too, a finer one giving its fraction', (_, stamp, ms) => {
    const lines = sample(stamp);
    const line = learned(lines)(lines[1] as string);
    expect(line.message).toBe('Loaded config from /etc/wag/config.json');
    expect(line.timestamp).toBe(at(`2026-11-30T09:12:41${ms}Z`));
  });

  it("cuts a stamp that names the header's wall clock in a zone of its own, taking its zone as a finer one does", () => {
    // The header wrote no zone (read in the source's, UTC); the stamp it restates says +01:00. The
    // stamp leaves the message, so its zone must not be lost with it: the time is its instant.
    const lines = sample((s) => `2026-11-30T09:12:${s}+01:00`);
    const line = learned(lines)(lines[2] as string);
    expect(line.message).toBe('Loaded 42 devices and 37 users from the database');
    expect(line.timestamp).toBe(at('2026-11-30T08:12:45Z'));
  });

  it("cuts only a date of the learned stamp's shape: another date opening a line is the text's", () => {
    const read = learned(sample(goLog));
    const header = 'Nov 30 10:00:01 vpn-gw01 wag[2817]:';
    for (const text of [
      '2026-11-30T10:00:01Z snapshot taken',
      '[2026-11-30 10:00:01] snapshot taken',
      'Nov 30 10:00:01 snapshot taken',
      '30/Nov/2026:10:00:01 snapshot taken',
    ])
      expect(read(`${header} ${text}`).message).toBe(text);
    // The learned shape is cut; its date's widths may vary (a padded day, a one-digit month).
    expect(read(`${header} 2026/11/30 10:00:01 snapshot taken`).message).toBe('snapshot taken');
    const syslog = learned(sample((s) => `Nov 30 09:12:${s}`));
    expect(syslog('Dec  1 10:00:01 vpn-gw01 wag[2817]: Dec  1 10:00:01 snapshot taken').message).toBe(
      'snapshot taken',
    );
    expect(syslog('Dec  1 10:00:01 vpn-gw01 wag[2817]: 2026/12/01 10:00:01 snapshot taken').message).toBe(
      '2026/12/01 10:00:01 snapshot taken',
    );
  });

  it('keeps the only text, reads a level after the stamp, and cuts past several spaces', () => {
    const read = learned(sample(goLog));
    const header = 'Nov 30 10:00:01 vpn-gw01 wag[2817]:';
    expect(read(`${header} 2026/11/30 10:00:01`).message).toBe('2026/11/30 10:00:01');
    expect(read(`${header} 2026/11/30 10:00:01   `).message.trim()).toBe('2026/11/30 10:00:01');
    expect(read(`${header} 2026/11/30 10:00:01\ttabbed`).message).toBe('2026/11/30 10:00:01\ttabbed');
    expect(read(`${header} 2026/11/30 10:00:01    spaced out`).message).toBe('spaced out');
    const error = read(`${header} 2026/11/30 10:00:01 [ERROR] disk full`);
    expect([error.level, error.message]).toEqual(['ERROR', 'disk full']);
    expect(() => read(`${header} 2026/11/30 10:00:01\u0000\u0007 x`)).not.toThrow();
  });

  it.each([
    ["rsyslog's high-precision header", (s: string, i: number) => `2026-11-30T09:12:${s}.12345${i}+00:00`],
    ["the journal's short-precise header", (s: string, i: number) => `Nov 30 09:12:${s}.12345${i}`],
  ])('cuts a stamp to the second after %s, which keeps its finer time', (_, header) => {
    const lines = sample(goLog, header);
    const read = learned(lines);
    const line = read(lines[1] as string);
    expect(line.message).toBe('Loaded config from /etc/wag/config.json');
    expect(line.timestamp).toBe(at('2026-11-30T09:12:41.123Z'));
    // The same instant to the precision it shows: other milliseconds, or a second apart, stay.
    const finer = (lines[1] as string).replace('09:12:41 Loaded', '09:12:41.124 Loaded');
    expect(read(finer).message).toBe('2026/11/30 09:12:41.124 Loaded config from /etc/wag/config.json');
    const same = (lines[1] as string).replace('09:12:41 Loaded', '09:12:41.123 Loaded');
    expect(read(same).message).toBe('Loaded config from /etc/wag/config.json');
    const apart = (lines[1] as string).replace('09:12:41 Loaded', '09:12:42 Loaded');
    expect(read(apart).message).toBe('2026/11/30 09:12:42 Loaded config from /etc/wag/config.json');
    // A fraction under the millisecond (a line in a thousand) reads as a whole second: still cut.
    const underMilli = read((lines[1] as string).replace('.123451', '.000451'));
    expect(underMilli.message).toBe('Loaded config from /etc/wag/config.json');
    expect(underMilli.timestamp).toBe(at('2026-11-30T09:12:41Z'));
  });

  it("keeps a date that is not the header's time opening a later line (another day, another second)", () => {
    const read = learned(sample(goLog));
    const dayApart = 'Nov 30 10:00:01 vpn-gw01 wag[2817]: 2026/11/29 10:00:01 snapshot taken';
    expect(read(dayApart).message).toBe('2026/11/29 10:00:01 snapshot taken');
    const secondApart = 'Nov 30 10:00:01 vpn-gw01 wag[2817]: 2026/11/30 10:00:02 snapshot taken';
    expect(read(secondApart).message).toBe('2026/11/30 10:00:02 snapshot taken');
    const backup = 'Nov 30 00:00:00 vpn-gw01 wag[2817]: 2026/11/29 00:00:00 backup done';
    expect(read(backup).message).toBe('2026/11/29 00:00:00 backup done');
  });

  it('keeps the text of a source whose sample shows the stamp on a minority of lines', () => {
    const lines = sample((s, i) => (i < 4 ? goLog(s) : '')).map((l) => l.replace(':  ', ': '));
    expect(lines[5]).toBe(
      'Nov 30 09:12:52 vpn-gw01 wag[2817]: Enrolment server listening on 10.10.1.50:8081',
    );
    expect(learned(lines)(lines[0] as string).message).toBe('2026/11/30 09:12:40 Wag v9.1.7 starting');
  });

  it("keeps a message that merely holds the header's time further in", () => {
    const lines = sample((s) => `job done at 2026/11/30 09:12:${s}`);
    expect(learned(lines)(lines[0] as string).message).toBe(
      'job done at 2026/11/30 09:12:40 Wag v9.1.7 starting',
    );
  });

  it("learns no stamp of another year's date on the header's clock (ftpd's `at Sun Jul  3 10:05:25 2005`)", () => {
    const lines = seconds.map(
      (s, i) =>
        `Jul  3 10:05:${s} combo ftpd[3205${i}]: connection from 203.0.113.${i} () at Sun Jul  3 10:05:${s} 2005`,
    );
    const ctx = { zone: 'UTC', receivedAt: Date.UTC(2026, 6, 4) };
    expect(learnRestatedStamp(lines, ctx).word).toBe(0);
    const thisYear = lines.map((l) => l.replace(' 2005', ' 2026'));
    expect(learnRestatedStamp(thisYear, ctx).word).toBe(8);
  });

  it('keeps the stamp on a line alone, with no sample to prove it', () => {
    const line = 'Nov 30 09:12:40 vpn-gw01 wag[2817]: 2026/11/30 09:12:40 Wag v9.1.7 starting';
    expect(parseLine(line, { receivedAt }).message).toBe('2026/11/30 09:12:40 Wag v9.1.7 starting');
  });
});
