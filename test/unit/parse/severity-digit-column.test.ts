/**
 * A syslog severity digit as a header column, learned per source by its place (learn30a), and a
 * severity digit counted up from INFO after a marked pid (lvl38, at the end).
 *
 * The class: a product's own logger (C daemons mostly) writes the RFC 5424 severity of each line,
 * 0 emerg … 7 debug, as a bare number among its header columns: IBM Spectrum LSF's daemons
 * (`Nov 30 06:12:40 2026 28114 6 10.1 main: text`: time, pid, severity, version), smstools3
 * (`2026-11-26 22:14:03,2, smsd: text`: the digit between commas after the seconds), PHP's Analog
 * (`192.0.2.20 - 2026-11-25 06:58:12 - 7 - text`: its default `%s - %s - %d - %s`, the digit between
 * lone dashes as the first slot after the time; r75) and others.
 * Read with the parser's one syslog scale (`syslogSeverityLevel`): 0–2 FATAL, 3 ERROR, 4 WARN,
 * 5 NOTICE, 6 INFO, 7 DEBUG.
 *
 * A single digit after the time is far more often something else (a CPU, a shard, a worker index, a
 * retry count, a status class), so it is learned only, never read per line, and only when the
 * source's sample shows a log's levels there:
 * - the place: the first field after the time, the second after one numeric pid column, or the
 *   second between lone dashes (` - 7 - `); space, comma or brackets around it; one place only (a
 *   sample that fits two learns nothing);
 * - at least 80 % of the sample's lines and at least 8 hold a digit 0–7 there, and no line holds
 *   another number there (8, 9, `12`: a count or an index);
 * - two values or more (a constant is a worker's or a shard's number: Analog's `- 1 -` on every
 *   line of a sample is no level, and nor is a sample of INFO lines alone, `- 6 -`);
 * - the values look like a log's: 5–7 (NOTICE, INFO, DEBUG) on at least half of those lines, 0–3
 *   (ERROR and worse) on at most a quarter. A uniform 0–7 id, CPU numbers, shards `[0]`…`[3]`,
 *   worker indexes and retry counts (mostly 0) fail this.
 * A level word the header already learned in a column wins (the digit is then an id).
 * - no digit padded to a width (`,  5,`, `     5`): a column printed for wider numbers (Samba's
 *   debug level, squid's elapsed milliseconds);
 * - only the version the sample showed after the digit leaves the text (LSF's `10.1`).
 * Limits: a sample whose lines are mostly errors learns nothing; a worker index column of a box
 * whose workers 5–7 wrote most of the sample would pass (it takes 80 % of 32 lines there), and so
 * would the CPU of a process pinned to cores 4–7: counts alone cannot tell them from a log with
 * many warnings.
 *
 * The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');

function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return {
    read: (line: string) => parser(line, receivedAt, 'src'),
    structure: () => parser.structureOf('src'),
  };
}

/** An ordinary log's severities: mostly INFO, some NOTICE, DEBUG, WARN, a few errors. */
const SEVERITIES = [6, 6, 5, 6, 7, 6, 4, 6, 6, 3, 6, 5, 7, 6, 6, 2, 6, 6, 4, 6];
const sec = (n: number) => String(10 + n).padStart(2, '0');

describe('a syslog severity digit column after the time, learned per source', () => {
  // smstools3: `%Y-%m-%d %H:%M:%S,severity, device: text`.
  const sms = (n: number, s: number, text: string) => `2026-11-26 22:14:${sec(n)},${s}, GSM1: ${text}`;
  // IBM Spectrum LSF: time with the year, pid, severity, LSF version, `function: text`.
  const lsf = (n: number, s: number, text: string) =>
    `Nov 30 06:12:${sec(n)} 2026 28114 ${s} 10.1 do_submitReq: ${text}`;
  // A made-up daemon of the same class: the severity in brackets right after the time.
  const daemon = (n: number, s: number, text: string) => `2026-11-30T08:14:${sec(n)}Z [${s}] sched: ${text}`;

  it('reads the digit between commas after the seconds (smstools3)', () => {
    const { read, structure } = learnt(SEVERITIES.map((s, n) => sms(n, s, `step ${n}`)));
    expect(structure()?.levelAfterTime).toBe(0);
    const line = read(sms(1, 3, 'The modem answer was not OK: +CMS ERROR: 500'));
    expect([line.timestamp, line.level, line.message]).toEqual([
      Date.parse('2026-11-26T22:14:11Z'),
      'ERROR',
      'GSM1: The modem answer was not OK: +CMS ERROR: 500',
    ]);
    const levels = [0, 1, 2, 3, 4, 5, 6, 7].map((s) => read(sms(2, s, 'x')).level);
    expect(levels).toEqual(['FATAL', 'FATAL', 'FATAL', 'ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG']);
  });

  it('reads it after one numeric pid column, and the constant version column after it leaves the text (LSF)', () => {
    const { read, structure } = learnt(SEVERITIES.map((s, n) => lsf(n, s, `Job <${5531021 + n}> submitted`)));
    expect(structure()?.levelAfterTime).toBe(1);
    const line = read(lsf(3, 4, 'Host cn-0788 is not known to LIM; ignored'));
    expect([line.level, line.message]).toEqual([
      'WARN',
      'do_submitReq: Host cn-0788 is not known to LIM; ignored',
    ]);
    // The pid and the version are no text, but still the line's.
    expect([line.fields.pid, line.fields.header_columns]).toEqual([28114, '10.1']);
    expect(read(lsf(4, 6, 'Job <5531024[1]> Done successfully')).level).toBe('INFO');
    // A dotted number that changes from line to line, or an address, is the text's.
    const numbered = (n: number, s: number, v: string) =>
      `Nov 30 06:12:${sec(n)} 2026 28114 ${s} ${v} main: step ${n}`;
    const changing = learnt(SEVERITIES.map((s, n) => numbered(n, s, `10.${n}`))).read(numbered(3, 6, '10.3'));
    expect([changing.level, changing.message]).toEqual(['INFO', '10.3 main: step 3']);
    const address = learnt(SEVERITIES.map((s, n) => numbered(n, s, '10.0.0.1'))).read(
      numbered(3, 6, '10.0.0.1'),
    );
    expect(address.message).toBe('10.0.0.1 main: step 3');
  });

  it('reads it in brackets right after the time (a daemon of the same class)', () => {
    const { read } = learnt(SEVERITIES.map((s, n) => daemon(n, s, `queue ${n} drained`)));
    const line = read(daemon(5, 3, 'queue 9 stalled'));
    // The program's name the same on every line is a learned column, the logger (msg42).
    expect([line.level, line.message, line.logger, line.fields.pid]).toEqual([
      'ERROR',
      'queue 9 stalled',
      'sched',
      undefined,
    ]);
    // After a bracketed pid, which stays the line's pid.
    const pid = (n: number, s: number) => `2026-11-30 08:14:${sec(n)} [4211] [${s}] step ${n} done`;
    const afterPid = learnt(SEVERITIES.map((s, n) => pid(n, s))).read(pid(2, 4));
    expect([afterPid.level, afterPid.message, afterPid.fields.pid]).toEqual(['WARN', 'step 2 done', 4211]);
    // Another value there on a later line is no level: the text keeps it.
    expect(read(`2026-11-30T08:14:20Z [9] sched: odd`).level).toBeUndefined();
  });

  it('never reads a bare digit per line', () => {
    expect(parseLine(sms(1, 3, 'modem failed'), { receivedAt }).level).toBeUndefined();
    expect(parseLine(lsf(1, 3, 'select() failed'), { receivedAt }).level).toBeUndefined();
    expect(parseLine(daemon(1, 3, 'stalled'), { receivedAt }).level).toBeUndefined();
  });

  // Analog (PHP): `%s - %s - %d - %s`, machine, date, level and message, its levels the syslog
  // numbers (`Analog::URGENT` 0 … `Analog::DEBUG` 7).
  const analog = (n: number, s: number | string, text: string) =>
    `192.0.2.20 - 2026-11-25 06:58:${sec(n)} - ${s} - ${text}`;

  it('reads it between lone dashes as the first slot after the time (Analog)', () => {
    const { read, structure } = learnt(SEVERITIES.map((s, n) => analog(n, s, `SAML step ${n}`)));
    expect([structure()?.levelAfterTime, structure()?.levelSeverityBetweenDashes]).toEqual([1, true]);
    const line = read(analog(3, 3, 'Unable to load IdP metadata: HTTP 503'));
    expect([line.timestamp, line.level, line.message, line.fields.header_columns]).toEqual([
      Date.parse('2026-11-25T06:58:13Z'),
      'ERROR',
      'Unable to load IdP metadata: HTTP 503',
      '192.0.2.20',
    ]);
    expect([7, 6, 4].map((s) => read(analog(4, s, 'x')).level)).toEqual(['DEBUG', 'INFO', 'WARN']);
    // Another value there, or a word, is no level: the text keeps it.
    expect(read(analog(5, 9, 'odd')).level).toBeUndefined();
    expect(read(analog(5, 'web', 'odd')).level).toBeUndefined();
    // Per line, with nothing learned, the digit is no level.
    expect(parseLine(analog(1, 3, 'failed'), { receivedAt }).level).toBeUndefined();
  });

  it('learns nothing from a constant or count-like column between dashes (a worker number)', () => {
    const workers = (values: readonly number[]) => {
      const { read, structure } = learnt(values.map((v, n) => analog(n, v, `job ${n} done`)));
      return [structure()?.levelSeverityBetweenDashes, read(analog(3, 3, 'job failed')).level];
    };
    const none = [undefined, undefined];
    // `- 1 -` on every line: one value is a worker's or a shard's number, never a log's levels.
    expect(workers(Array.from({ length: 16 }, () => 1))).toEqual(none);
    // One INFO value on every line is no proof either.
    expect(workers(Array.from({ length: 16 }, () => 6))).toEqual(none);
    // Worker numbers 0–3, or counts that run past 7.
    expect(workers([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3])).toEqual(none);
    expect(workers([6, 5, 7, 6, 9, 6, 5, 8, 6, 6, 7, 6, 12, 6, 5, 6])).toEqual(none);
    // A digit after a dash that no dash closes: a count opening the text (`- 6 items queued`).
    const text = learnt(SEVERITIES.map((s, n) => `2026-11-25 06:58:${sec(n)} - ${s} items queued`));
    expect(text.structure()?.levelAfterTime).toBe(-1);
  });

  it('learns nothing from look-alike digit columns', () => {
    const column = (values: readonly number[]) =>
      learnt(values.map((v, n) => `2026-11-30 08:14:${sec(n)} ${v} worker: step ${n} done`));
    const noLevel = (values: readonly number[]) => {
      const { read, structure } = column(values);
      return [structure()?.levelAfterTime, read(`2026-11-30 08:15:00 3 worker: step done`).level];
    };
    const none = [-1, undefined];
    // A worker index or a shard of four: 0–3 on every line.
    expect(noLevel([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3])).toEqual(none);
    // CPU numbers of an eight-core box: uniform over 0–7.
    expect(noLevel([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7])).toEqual(none);
    // A retry count: mostly 0.
    expect(noLevel([0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 3, 0])).toEqual(none);
    // A column of all 6s: one value.
    expect(noLevel(Array.from({ length: 16 }, () => 6))).toEqual(none);
    // Counts that run past 7.
    expect(noLevel([6, 5, 7, 6, 9, 6, 5, 8, 6, 6, 7, 6, 12, 6, 5, 6])).toEqual(none);
    // Mostly 4 (a replica count, a priority the product's default): too few ordinary levels.
    expect(noLevel([4, 4, 4, 6, 4, 4, 4, 4, 6, 4, 4, 4, 4, 4, 6, 4])).toEqual(none);
    // Indexes that skip some values: more than a quarter would be ERROR or worse.
    expect(noLevel([0, 1, 6, 7, 5, 6, 2, 7, 0, 1, 6, 7, 5, 6, 2, 7])).toEqual(none);
    // Tenths of a second between commas (a CSV row's `…:03,5,`): over 0–9, so 8 and 9 show.
    const tenths = learnt(
      Array.from({ length: 16 }, (_, n) => `2026-11-30 08:14:${sec(n)},${(n * 7) % 10},GET,/x/${n}`),
    );
    expect(tenths.structure()?.levelAfterTime).toBe(-1);
    // Too few lines to judge.
    expect(noLevel([6, 5, 7, 6, 4, 6, 5])).toEqual(none);
  });

  it('learns nothing from a bracketed shard column, HTTP-like digits, or a minority of digits', () => {
    const shards = learnt(
      Array.from(
        { length: 16 },
        (_, n) => `2026-11-30 08:14:${sec(n)} [${n % 4}] index: merged segment ${n}`,
      ),
    );
    expect(shards.structure()?.levelAfterTime).toBe(-1);
    // A status class then a code: `2 200`, `3 304`, `4 404`, `5 502`.
    const http = learnt(
      [2, 2, 3, 2, 4, 2, 2, 5, 2, 3, 2, 2, 4, 2, 2, 2].map(
        (c, n) => `2026-11-30 08:14:${sec(n)} ${c} ${c}0${n % 5} GET /api/items/${n}`,
      ),
    );
    expect(http.structure()?.levelAfterTime).toBe(-1);
    // Digits on fewer than 80 % of the lines.
    const some = learnt(
      SEVERITIES.map((s, n) => (n % 3 === 0 ? `2026-11-30 08:14:${sec(n)} app: step ${n}` : sms(n, s, 'x'))),
    );
    expect(some.structure()?.levelAfterTime).toBe(-1);
  });

  it('learns nothing when two places fit, or when the digit is a CPU after a pid', () => {
    // Two single-digit columns after the time: which is the level cannot be told.
    const both = learnt(SEVERITIES.map((s, n) => `2026-11-30 08:14:${sec(n)} ${s} ${s} text ${n}`));
    expect(both.structure()?.levelAfterTime).toBe(-1);
    // `pid cpu`: CPU numbers over 0–7 after a pid.
    const cpu = learnt(
      Array.from({ length: 16 }, (_, n) => `2026-11-30 08:14:${sec(n)} 4211 ${n % 8} irq: handled ${n}`),
    );
    expect(cpu.structure()?.levelAfterTime).toBe(-1);
  });

  it('strips only the version the sample showed: another dotted number after the digit is the text', () => {
    const { read } = learnt(SEVERITIES.map((s, n) => lsf(n, s, `step ${n}`)));
    // A figure opening the text, not LSF's constant `10.1`: kept, and no header column.
    const figure = read('Nov 30 06:12:40 2026 28114 6 3.14 seconds spent in mbschd');
    expect([figure.level, figure.message, figure.fields.header_columns]).toEqual([
      'INFO',
      '3.14 seconds spent in mbschd',
      undefined,
    ]);
    expect(read('Nov 30 06:12:40 2026 28114 6 10.1.2 hosts reloaded').message).toBe('10.1.2 hosts reloaded');
  });

  it('learns nothing from a width-padded digit column (a verbosity or a duration, wider numbers elsewhere)', () => {
    // Samba with `debug pid = yes`: `[time,  N, pid=…]`, N its debug level printed `%2d` (0 is its
    // most important, 10 its most verbose: no syslog scale), here a sample at levels 5–7 with a 0.
    const samba = (n: number, s: number) =>
      `[2026/11/30 08:14:${sec(n)}.123456,  ${s}, pid=1234, effective(0, 0), real(0, 0)] ../source3/smbd/server.c:${n}(main)`;
    const debug = learnt(SEVERITIES.map((s, n) => samba(n, s === 2 ? 0 : s)));
    expect(debug.structure()?.levelAfterTime).toBe(-1);
    expect(debug.read(samba(3, 0)).level).toBeUndefined();
    // squid's access.log: the elapsed milliseconds right-aligned after the epoch.
    const squid = learnt(
      SEVERITIES.map(
        (s, n) =>
          `1764490450.${100 + n}      ${s} 10.0.0.${n} TCP_MISS/200 512 GET http://example.com/ - DIRECT/192.0.2.1 text/html`,
      ),
    );
    expect(squid.structure()?.levelAfterTime).toBe(-1);
  });

  it('keeps a level word learned in a column (the digit before it is an id)', () => {
    const words = learnt(
      SEVERITIES.map(
        (s, n) => `2026-11-30 08:14:${sec(n)} [4211] [${s}] ${s === 3 ? 'ERROR' : 'INFO'}: step ${n}`,
      ),
    );
    expect(words.read(`2026-11-30 08:14:30 [4211] [6] ERROR: failed`).level).toBe('ERROR');
    expect(words.read(`2026-11-30 08:14:30 [4211] [3] INFO: fine`).level).toBe('INFO');
  });
});

/*
 * A severity digit counted up from INFO, 0–3, as a header column after a marked pid, learned per
 * source by its place (lvl38).
 *
 * The class: the scale 0 INFO, 1 WARNING, 2 ERROR (or "severe"), 3 FATAL is glog's and abseil's
 * `LogSeverity` and Chromium's `LOG_*` (their `--minloglevel` takes it), and the severity column of
 * the operator console log of InterSystems' data platforms, `MM/DD/YY-HH:MM:SS:mmm (pid) severity
 * [Category] text` (its docs: 0 information, 1 warning, 2 severe, 3 fatal). Read by
 * `severityFromInfoLevel`.
 *
 * A digit 0–3 is far more often a count, a shard or an index, so it is learned only, never read per
 * line, and only where it stands after a pid in parentheses or brackets (`(4180) 0`, `[4180] 0`),
 * and only when the sample shows a log's levels there: 80 % of its lines and at least 8 hold a
 * digit 0–3 there and no other number, two values or more, 0 on half of them or more and 2–3 on a
 * quarter at most. Right after the time or after a bare pid, the column is left to be a count.
 * The fields after the digit are the source's own columns (`[Category]`, learned from its messages),
 * so a dotted name after them stays the text's. Limit: a retry count after a bracketed pid that is
 * mostly 0 would read as this scale (nothing in a sample tells the two apart).
 */

/** An ordinary log's severities on this scale: mostly INFO, some warnings, a few errors, one fatal. */
const FROM_INFO = [0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 1, 0, 0, 3, 0];
const TEXTS = ['Journal file set to /db/journal/20261130.004', 'Enabling logons', 'Purged 120 headers'];
const category = (n: number) => (n % 2 === 0 ? 'Generic.Event' : 'Utility.Event');
const consoleLine = (n: number, s: number, text: string, pid = 4180 + (n % 3)) =>
  `11/30/26-08:14:${sec(n)}:118 (${pid}) ${s} [${category(n)}] ${text}`;

describe('a severity digit counted up from INFO after a marked pid, learned per source', () => {
  it('reads 0–3 as INFO, WARN, ERROR, FATAL, the category as the logger and the pid as the pid', () => {
    const { read, structure } = learnt(FROM_INFO.map((s, n) => consoleLine(n, s, TEXTS[n % 3] as string)));
    expect(structure()?.levelSeverityFromInfo).toBe(true);
    expect(structure()?.levelAfterTime).toBe(1);
    const line = read(consoleLine(4, 2, 'Error: <PROTECT>zRoute+14^Router.1 in namespace APP'));
    expect([line.timestamp, line.level, line.message, line.logger, line.fields]).toEqual([
      Date.parse('2026-11-30T08:14:14.118Z'),
      'ERROR',
      'Error: <PROTECT>zRoute+14^Router.1 in namespace APP',
      'Generic.Event',
      { pid: 4181 },
    ]);
    const levels = [0, 1, 2, 3].map((s) => read(consoleLine(5, s, 'x happened')).level);
    expect(levels).toEqual(['INFO', 'WARN', 'ERROR', 'FATAL']);
    // A level word in the text does not outrank the column: the text keeps it.
    const warning = read(consoleLine(6, 1, 'CPUusage Warning: CPUusage = 91 ( Warnvalue is 85).'));
    expect([warning.level, warning.message]).toEqual([
      'WARN',
      'CPUusage Warning: CPUusage = 91 ( Warnvalue is 85).',
    ]);
    // A dotted name after the category is the text's, not a log4j logger after a thread.
    const dotted = read(consoleLine(7, 0, 'Backup.General.ExternalThaw: Resuming system'));
    expect([dotted.message, dotted.logger]).toEqual([
      'Backup.General.ExternalThaw: Resuming system',
      'Utility.Event',
    ]);
    // Another value there on a later line is no level.
    expect(read(consoleLine(8, 5, 'odd')).level).toBeUndefined();
  });

  it('reads it after a bracketed pid too', () => {
    const unit = (n: number) => ['sched', 'io', 'net'][n % 3];
    const bracketed = (n: number, s: number) =>
      `2026-11-30 08:14:${sec(n)} [4211] ${s} [${unit(n)}] step ${n} done`;
    const { read } = learnt(FROM_INFO.map((s, n) => bracketed(n, s)));
    const line = read(bracketed(2, 1));
    expect([line.level, line.message, line.logger, line.fields.pid]).toEqual([
      'WARN',
      'step 2 done',
      'net',
      4211,
    ]);
  });

  it('never reads the digit per line', () => {
    expect(parseLine(consoleLine(1, 2, 'Journal failed'), { receivedAt }).level).toBeUndefined();
    expect(parseLine(consoleLine(1, 3, 'Process halted'), { receivedAt }).level).toBeUndefined();
  });

  it('learns nothing from look-alike columns', () => {
    const learnedAfter = (values: readonly number[], shape: (n: number, v: number) => string) => {
      const { read, structure } = learnt(values.map((v, n) => shape(n, v)));
      return [structure()?.levelSeverityFromInfo, read(shape(3, 2)).level];
    };
    const none = [undefined, undefined];
    const marked = (n: number, v: number) => `2026-11-30 08:14:${sec(n)} (4211) ${v} worker: step ${n} done`;
    // A retry count, mostly 0, right after the time or after a bare pid.
    const retries = [0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 3, 0];
    expect(learnedAfter(retries, (n, v) => `2026-11-30 08:14:${sec(n)} ${v} worker: step ${n} done`)).toEqual(
      none,
    );
    expect(
      learnedAfter(retries, (n, v) => `2026-11-30 08:14:${sec(n)} 4211 ${v} worker: step ${n} done`),
    ).toEqual(none);
    // A shard or worker index over 0–3 after a marked pid: 0 on a quarter of the lines.
    expect(learnedAfter([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3], marked)).toEqual(none);
    // Counts that run past 3.
    expect(learnedAfter([0, 0, 4, 0, 1, 0, 5, 0, 0, 2, 0, 0, 6, 0, 0, 0], marked)).toEqual(none);
    // Mostly errors: 2 and 3 on more than a quarter.
    expect(learnedAfter([0, 2, 0, 2, 3, 0, 2, 0, 0, 2, 3, 0, 2, 0, 0, 1], marked)).toEqual(none);
    // A constant 0.
    expect(
      learnedAfter(
        Array.from({ length: 16 }, () => 0),
        marked,
      ),
    ).toEqual(none);
    // Too few lines to judge.
    expect(learnedAfter([0, 0, 1, 0, 0, 2, 0], marked)).toEqual(none);
    // Digits on fewer than 80 % of the lines.
    const some = (n: number, v: number) =>
      n % 3 === 0 ? `2026-11-30 08:14:${sec(n)} (4211) worker: ok` : marked(n, v);
    expect(learnedAfter([0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0], some)).toEqual(none);
  });

  it('keeps the syslog scale where the sample shows it (5–7 mostly)', () => {
    const pid = (n: number, s: number) => `2026-11-30 08:14:${sec(n)} [4211] [${s}] step ${n} done`;
    const syslog = [6, 6, 5, 6, 7, 6, 4, 6, 6, 3, 6, 5, 7, 6, 6, 2, 6, 6, 4, 6];
    const { read, structure } = learnt(syslog.map((s, n) => pid(n, s)));
    expect(structure()?.levelSeverityFromInfo).toBeUndefined();
    expect(read(pid(2, 3)).level).toBe('ERROR');
    expect(read(pid(2, 0)).level).toBe('FATAL');
  });
});
