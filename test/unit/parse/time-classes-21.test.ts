/**
 * Timestamp conventions several products share, read as classes (tune21b, on the timestamp misses of
 * `format-docs-dev23` and `format-docs-dev24`): the lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);

describe('a time of day, then its date: the reverse of `date … time of day`', () => {
  it('reads a date after the time, apart from it by spaces and one of `- , @ |`', () => {
    expect(time('[19:13:18 - 23/11/2026] (I) Starting receiver')).toBe(at('2026-11-23T19:13:18Z'));
    expect(time('19:13:18.250 | 23.11.2026 | pipeline ready')).toBe(at('2026-11-23T19:13:18.250Z'));
    expect(time('07:02:11, 2026-11-23 backup finished')).toBe(at('2026-11-23T07:02:11Z'));
    expect(time('2:02:11 PM - 11/23/2026 job done')).toBe(at('2026-11-23T14:02:11Z'));
    const line = parse('[19:25:40 - 23/11/2026] Could not sync to the data stream, retrying');
    expect(line.message).toBe('Could not sync to the data stream, retrying');
  });

  it('keeps the default order before a proof: month first for slashes, day first for dashes and dots', () => {
    expect(time('10:00:00 - 11/04/2026 text')).toBe(at('2026-11-04T10:00:00Z'));
    expect(time('10:00:00 - 11-04-2026 text')).toBe(at('2026-04-11T10:00:00Z'));
    expect(time('10:00:00 - 11.04.2026 text')).toBe(at('2026-04-11T10:00:00Z'));
  });

  it('reads a source in the order its lines proved, from the date, never from the hour', () => {
    const parser = compileParser({});
    const line = (date: string) => `[19:13:18 - ${date}] (I) text`;
    parser.learn('sat', [line('23/11/2026'), line('22/11/2026'), line('21/11/2026')], receivedAt);
    const read = (date: string) => parser(line(date), receivedAt, 'sat').timestamp;
    expect(read('24/11/2026')).toBe(at('2026-11-24T19:13:18Z'));
    // Day first proved: `01/11/2026` is 1 November, not 11 January.
    expect(read('01/11/2026')).toBe(at('2026-11-01T19:13:18Z'));
    // The hour (19) proves nothing: a month-first source stays month first.
    const us = compileParser({});
    const usLine = (date: string) => `[19:13:18 - ${date}] text`;
    us.learn('us', [usLine('11/23/2026'), usLine('11/22/2026'), usLine('11/21/2026')], receivedAt);
    expect(us(usLine('11/25/2026'), receivedAt, 'us').timestamp).toBe(at('2026-11-25T19:13:18Z'));
    expect(us(usLine('11/01/2026'), receivedAt, 'us').timestamp).toBe(at('2026-11-01T19:13:18Z'));
  });

  it('turns a source learned by the default order to the order later lines prove', () => {
    const parser = compileParser({});
    const line = (date: string) => `[19:13:18 - ${date}] (I) text`;
    parser.learn('sat', [line('05/11/2026'), line('06/11/2026'), line('07/11/2026')], receivedAt);
    const read = (date: string) => parser(line(date), receivedAt, 'sat').timestamp;
    // The default order for slashes, month first, until two lines of the source prove otherwise.
    expect(read('05/11/2026')).toBe(at('2026-05-11T19:13:18Z'));
    expect(read('23/11/2026')).toBe(at('2026-11-23T19:13:18Z'));
    expect(read('05/11/2026')).toBe(at('2026-05-11T19:13:18Z'));
    expect(read('24/11/2026')).toBe(at('2026-11-24T19:13:18Z'));
    expect(read('05/11/2026')).toBe(at('2026-11-05T19:13:18Z'));
  });

  it('leaves a time before a number that is no dated year, or before words, to the time alone', () => {
    // No year: a version, a ratio or a count after the time is the text's.
    expect(time('10:14:22 - 11/28 done')).toBe(at('2026-12-01T10:14:22Z'));
    expect(time('10:14:22 - 11.05 ms spent')).toBe(at('2026-12-01T10:14:22Z'));
    expect(time('10:14:22 - 1.2.3 installed')).toBe(at('2026-12-01T10:14:22Z'));
    expect(time('10:14:22 - 99/99/2026 bad')).toBe(at('2026-12-01T10:14:22Z'));
    // A version after the time is no date with a short year: only a four-digit year is read there.
    expect(parse('12:00:01 1.2.26 installed').message).toBe('1.2.26 installed');
    expect(time('10:14:22 - 3.11.24 ready')).toBe(at('2026-12-01T10:14:22Z'));
    expect(time('10:14:22 - 11-04-26 text')).toBe(at('2026-12-01T10:14:22Z'));
    // A duration is no time of day, with or without a date after it.
    expect(time('elapsed 2:13:45 - 23/11/2026 total')).toBeUndefined();
  });
});

describe("GLib's time of day after its domain and level (g_log's default handler)", () => {
  it('reads `HH:MM:SS.mmm:` after `domain-LEVEL:` and after `LEVEL **:`', () => {
    const debug = parse('(rauc:812): rauc-DEBUG: 07:21:44.105: install started');
    expect(debug.timestamp).toBe(at('2026-12-01T07:21:44.105Z'));
    expect(debug.message).toBe('install started');
    const warning = parse('(prog:4242): dom-WARNING **: 07:21:45.902: Failed to mount bundle');
    expect(warning.timestamp).toBe(at('2026-12-01T07:21:45.902Z'));
    expect(warning.level).toBe('WARN');
    expect(warning.message).toBe('Failed to mount bundle');
    expect(time('GLib-GIO-Message: 07:21:46.011: Using the memory GSettings backend')).toBe(
      at('2026-12-01T07:21:46.011Z'),
    );
    // No domain: GLib opens with `** ` and the time stands one field further than times are looked for.
    const domainless = parse('** (gedit:1234): WARNING **: 10:00:00.123: Could not load theme');
    expect(domainless.timestamp).toBe(at('2026-12-01T10:00:00.123Z'));
    expect(domainless.message).toBe('Could not load theme');
    expect(time('** a b c d 2026-11-23 10:00:00 text')).toBeUndefined();
  });

  it('reads the level GLib writes unmarked before that time (`-DEBUG:`, `-INFO:`, `Message:`)', () => {
    const debug = parse('(rauc:812): rauc-DEBUG: 07:21:44.105: install started');
    expect(debug.level).toBe('DEBUG');
    expect(debug.message).toBe('install started');
    expect(parse('GLib-GIO-INFO: 07:21:46.011: Settings backend ready').level).toBe('INFO');
    // GLib's MESSAGE level: the spelling `Message` reads as the level table spells it.
    const message = parse('GLib-GIO-Message: 07:21:46.011: Using the memory GSettings backend');
    expect(message.level).toBe('NOTICE');
    expect(message.message).toBe('Using the memory GSettings backend');
    // Another capital word before such a time, or GLib's word before another time, is no level.
    expect(parse('job STATUS: 00:03:15.120: done 45%').level).toBeUndefined();
    expect(parse('(rauc:812): rauc-DEBUGGING: 07:21:44.105: install started').level).toBeUndefined();
    expect(parse('(rauc:812): rauc-debug: 07:21:44.105: install started').level).toBeUndefined();
  });

  it('learns no level column from it: a source of GLib lines keeps the time of its marked ones', () => {
    const glib = [
      '(rauc:812): rauc-DEBUG: 07:21:44.105: install started',
      '(rauc:812): rauc-DEBUG: 07:21:44.119: input bundle: /data/update/image.raucb',
      '(rauc:812): rauc-WARNING **: 07:21:45.902: Failed to mount bundle',
      '(rauc:812): rauc-DEBUG: 07:21:46.011: Marking slot rootfs.1 as bad',
    ];
    const parser = compileParser({});
    parser.learn('rauc', glib, receivedAt);
    const lines = glib.map((line) => parser(line, receivedAt, 'rauc'));
    expect(lines.map((line) => line.level)).toEqual(['DEBUG', 'DEBUG', 'WARN', 'DEBUG']);
    expect(lines[2]?.timestamp).toBe(at('2026-12-01T07:21:45.902Z'));
  });

  it('reads no time of day after other words, nor one not written as GLib writes it', () => {
    expect(time('(rauc:812): install took 07:21:44.105: long')).toBeUndefined();
    expect(time('(rauc:812): rauc-DEBUG: 07:21:44: install started')).toBeUndefined();
    expect(time('(rauc:812): rauc-debug: 07:21:44.105: install started')).toBeUndefined();
    // Only GLib's own level words: another capital word before such a time is the text's.
    expect(parse('job STATUS: 00:03:15.120: done 45%').message).toBe('job STATUS: 00:03:15.120: done 45%');
    expect(time('TOTAL: 00:03:15.123: done')).toBeUndefined();
    expect(time('GLib-GIO-INFO: 07:21:46.011: Settings backend ready')).toBe(at('2026-12-01T07:21:46.011Z'));
  });
});

describe('a time of day after a bracketed pid opening the line', () => {
  it('reads `[pid] HH:MM:SS` (icecream)', () => {
    const line = parse('[2210] 10:14:22: ICECREAM scheduler 1.4 starting up, port 8765');
    expect(line.timestamp).toBe(at('2026-12-01T10:14:22Z'));
    expect(line.message).toBe('ICECREAM scheduler 1.4 starting up, port 8765');
  });

  it('reads no duration, no time after a bracketed word, and none further into the text', () => {
    expect(time('[2210] 1:02:03 elapsed')).toBeUndefined();
    expect(time('[main] 10:14:22 started')).toBeUndefined();
    expect(time('[2210] started at 10:14:22 today')).toBeUndefined();
    expect(time('[22.10] 10:14:22 text')).toBeUndefined();
    // A counter, then an elapsed or remaining time (progress output): no colon after it as icecream writes.
    expect(time('[12] 00:03:15 elapsed')).toBeUndefined();
    expect(time('[3] 01:12:09 remaining, 45% done')).toBeUndefined();
  });

  it('reads a clock time with AM or PM after a bracketed index (concurrently running tsc --watch)', () => {
    expect(time('[0] 12:01:02 AM - Starting compilation in watch mode...')).toBe(at('2026-12-02T00:01:02Z'));
  });
});

describe("a time of day in brackets after a program's name opening the line", () => {
  it("reads `name [HH:MM:SS]: ` (autopkgtest's adtlog), the name a header column, and a level word after it", () => {
    const line = parse('autopkgtest [08:14:02]: testbed dpkg architecture: amd64');
    expect(line.timestamp).toBe(at('2026-12-01T08:14:02Z'));
    expect(line.message).toBe('testbed dpkg architecture: amd64');
    expect(line.fields.header_columns).toBe('autopkgtest');
    const error = parse('autopkgtest-virt-lxc [08:21:02]: ERROR: erroneous package: deps unsatisfiable');
    expect(error.timestamp).toBe(at('2026-12-01T08:21:02Z'));
    expect(error.level).toBe('ERROR');
    expect(error.message).toBe('erroneous package: deps unsatisfiable');
  });

  it('reads no time without the bracket and its `]: `, after two words, a number or a short hour', () => {
    expect(time('job [00:03:15] elapsed')).toBeUndefined();
    expect(time('job [00:03:15]:done')).toBeUndefined();
    expect(time('the job [08:14:02]: done')).toBeUndefined();
    expect(time('42 [08:14:02]: done')).toBeUndefined();
    expect(time('job [8:14:02]: done')).toBeUndefined();
    expect(time('job: [08:14:02]: done')).toBeUndefined();
    expect(time('job (08:14:02): done')).toBeUndefined();
  });
});

describe('digits between commas after the seconds are a column, not a fraction', () => {
  it("reads the whole second where a comma follows the digits (smstools3's `time,severity, text`, a CSV row)", () => {
    expect(parse('2026-11-26 22:14:03,2, smsd: daemon started').timestamp).toBe(at('2026-11-26T22:14:03Z'));
    expect(parse('2026-11-26 22:14:03,25,foo,bar').timestamp).toBe(at('2026-11-26T22:14:03Z'));
    expect(parse('Nov 26 22:14:03,4, smsd: mask set').timestamp).toBe(at('2026-11-26T22:14:03Z'));
  });

  it("keeps a comma fraction before anything else (log4j's `,250`)", () => {
    expect(parse('2026-11-26 22:14:03,250 INFO x').timestamp).toBe(at('2026-11-26T22:14:03.250Z'));
    expect(parse('2026-11-26 22:14:03,250: x').timestamp).toBe(at('2026-11-26T22:14:03.250Z'));
    expect(parse('2026-11-26 22:14:03.2, x').timestamp).toBe(at('2026-11-26T22:14:03.200Z'));
  });

  it("keeps three digits before a comma a fraction: Python's `%(asctime)s,` and log4j's `,SSS,` CSV rows", () => {
    const line = parse('2026-11-30 10:00:00,123,INFO,root,message here');
    expect(line.timestamp).toBe(at('2026-11-30T10:00:00.123Z'));
    expect(line.level).toBe('INFO');
    expect(time('10:00:00,045,WARN,pool exhausted')).toBe(at('2026-12-01T10:00:00.045Z'));
    expect(time('2026-11-30T10:00:00,999,ERROR,x')).toBe(at('2026-11-30T10:00:00.999Z'));
    // Two digits, or a longer number (a firewall's session id), stay a column.
    expect(time('2026/11/27 10:15:04,183442,1,51522,443')).toBe(at('2026-11-27T10:15:04Z'));
    expect(time('2026-11-30 10:00:00,12,INFO,x')).toBe(at('2026-11-30T10:00:00Z'));
  });

  it("reads a time that has its fraction before a three-digit column (a CSV row's status code)", () => {
    expect(time('2026-11-30 10:00:00.123,200,GET,/health')).toBe(at('2026-11-30T10:00:00.123Z'));
    expect(time('10:00:00.123,404,GET,/x')).toBe(at('2026-12-01T10:00:00.123Z'));
    expect(time('2026-11-30 10:00:00,123,200,GET,/health')).toBe(at('2026-11-30T10:00:00.123Z'));
    // Zephyr's uptime with its microseconds, `[00:00:00.006,000]`, is no time of day.
    expect(time('[00:00:00.006,000] <err> mcuboot: Image in the primary slot is not valid!')).toBeUndefined();
  });
});

describe('a compact date and time joined by a dash, with its fraction: `yyyyMMdd-HHmmss.SSS`', () => {
  it("reads the stamp in a header column, not only opening the line (a SIP proxy's `LEVEL | stamp | …`)", () => {
    const line = parse(
      'WARNING | 20261126-031537.586 | proxyd | AUTH | 7830 | Digest.cxx:342 | Authentication failed',
    );
    expect(line.timestamp).toBe(at('2026-11-26T03:15:37.586Z'));
    expect(line.level).toBe('WARN');
    expect(time('20261126-031502.114 proxy started')).toBe(at('2026-11-26T03:15:02.114Z'));
  });

  it('reads no build id or order number without the fraction, nor a name it ends', () => {
    expect(time('Runtime version 22.12.0 built at 20221212-110512')).toBeUndefined();
    expect(time('order O-20261120-143001-001 submitted')).toBeUndefined();
    expect(time('20261120-124745 run started')).toBeUndefined();
    expect(time('restored backup-20261120-124745.tar.gz')).toBeUndefined();
    expect(time('INFO | 20261320-124745.100 | bad month')).toBeUndefined();
    expect(time('INFO | 20261120-246000.100 | bad hour')).toBeUndefined();
  });
});

describe('a compact date and time joined by an underscore: `yyMMdd_HHmmss`, `yyyyMMdd_HHmmss`', () => {
  it("reads WSJT-X's ALL.TXT stamp and Python's `%Y%m%d_%H%M%S` opening a line", () => {
    const line = parse('261120_124745    14.074 Rx FT8    -11  0.2 1410 EA4XYZ K6ABC RR73');
    expect(line.timestamp).toBe(at('2026-11-20T12:47:45Z'));
    expect(line.message).toBe('14.074 Rx FT8    -11  0.2 1410 EA4XYZ K6ABC RR73');
    expect(time('20261120_124745 run started')).toBe(at('2026-11-20T12:47:45Z'));
  });

  it('reads no id that is no time, and none after the line opens', () => {
    expect(time('123456_654321 job queued')).toBeUndefined();
    expect(time('261320_124745 bad month')).toBeUndefined();
    expect(time('261120_246000 bad hour')).toBeUndefined();
    expect(time('261120_1247 short')).toBeUndefined();
    expect(time('261120_1247450 long')).toBeUndefined();
    expect(time('saved test_run 20261120_124745.jsonl')).toBeUndefined();
    expect(time('job 261120_124745 queued')).toBeUndefined();
    // A file name opening a listing line: the stamp is part of the name, not the line's time.
    expect(parse('20261120_124745.tar.gz  1.2G').message).toBe('20261120_124745.tar.gz  1.2G');
    expect(time('261120_124745.log')).toBeUndefined();
    // `ls -1` of folders named by their time: a name alone on its line, no log line's stamp.
    expect(parse('20261120_124745').message).toBe('20261120_124745');
    expect(parse('20261120_124745_full.sql.gz 2026-11-20 12:50').timestampText).toBe('2026-11-20 12:50');
  });
});

describe("JavaScript's Intl short date and time (`toLocaleString('en-US')`, `M/d/yy, h:mm a`)", () => {
  it('reads the date, a comma, and a time to the minute with AM or PM, after a level word', () => {
    const line = parse('info 11/21/26, 9:02 AM - [Vendure Server] Bootstrapping Vendure Server');
    expect(line.timestamp).toBe(at('2026-11-21T09:02:00Z'));
    expect(line.message).toBe('Bootstrapping Vendure Server');
    expect(time('warn 11/21/26, 9:14 PM - [JobQueue] Job retried 3 times')).toBe(at('2026-11-21T21:14:00Z'));
    expect(time('info 11/21/2026, 9:02:13 AM - [Server] ready')).toBe(at('2026-11-21T09:02:13Z'));
  });

  it("reads ICU's narrow no-break space before AM and PM (Node 20 and later)", () => {
    expect(time('11/21/2026, 9:02:13\u202fAM ready')).toBe(at('2026-11-21T09:02:13Z'));
    expect(time('info 11/21/26, 9:02\u202fPM - [Server] ready')).toBe(at('2026-11-21T21:02:00Z'));
  });

  it('reads no time to the minute without its AM or PM, nor an hour past 12 with one', () => {
    expect(time('info 11/21/26, 9:02 - ready')).toBeUndefined();
    expect(time('info 11/21/26, 13:02 PM - ready')).toBeUndefined();
    expect(time('see 3/4/26, 9 apples')).toBeUndefined();
  });
});

describe('a date after a time of day that belongs to the next timestamp', () => {
  it('leaves the date to the time written after it, or to the rest of its own timestamp', () => {
    expect(parse('-0.5 08:04:40:281 2025-10-23 14:32:15,123 WARN text').timestampText).toBe(
      '2025-10-23 14:32:15,123',
    );
    expect(parse('INFO\t08:04:40\t2025-10-23-14.32.15.123456\ttext').timestampText).not.toBe(
      '08:04:40\t2025-10-23',
    );
    expect(parse('[08:04:40 2025-10-23] text').timestampText).toBe('08:04:40 2025-10-23');
  });
});
