/**
 * A level word in a line's header zone, whatever punctuation wraps it (`core/parse/formats/level-word.ts`):
 * one scan for the class of wrappers every ecosystem invents, read only when no other reading gave
 * the line a level. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const expectNoLevel = (lines: readonly string[]) => {
  for (const line of lines) expect(parse(line).level, line).toBeUndefined();
};

describe('a level word wrapped in punctuation of its own', () => {
  it('reads it glued to any marks, in any case, and cuts it with its wrapper', () => {
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ['[2026-11-30 08:01:02,120] [DEBUG@acme.bus] queue drained', 'DEBUG', 'queue drained'],
      ['[  104.220013]~BUS~ 3301~WARNING  ~Retrying the handshake', 'WARN', 'Retrying the handshake'],
      ['blk::log :ERROR: mixer - Buffer overrun on input 2', 'ERROR', 'Buffer overrun on input 2'],
      ['%Error: Stopping after 3 problems', 'ERROR', 'Stopping after 3 problems'],
      ['%Warning-LATCH: Inferred latch for signal q', 'WARN', 'Inferred latch for signal q'],
      ['  ** Severe  ** Zone air temperature out of range', 'ERROR', 'Zone air temperature out of range'],
      ['netperf9: error - cannot reach the peer', 'ERROR', 'cannot reach the peer'],
      ['10:15:02@412/warn - Peers: 3 of 8 reachable', 'WARN', 'Peers: 3 of 8 reachable'],
      ['(upd:77): upd-DEBUG: slot A marked good', 'DEBUG', 'slot A marked good'],
      ['0004211:NOTICE:probe halted', 'NOTICE', 'probe halted'],
      ['2026-11-30 [08:01:02] [Worker pool/WARNING]: Queue is half full', 'WARN', 'Queue is half full'],
    ];
    for (const [line, level, message] of cases) {
      expect(parse(line), line).toMatchObject({ level, message });
    }
  });

  it('reads it after header fields: a host and ids, capitals, a source location, bracketed ids', () => {
    expect(parse('node-3:4120:4188 [2] net/sock.cc:91 XCOM WARN Peer closed the link')).toMatchObject({
      level: 'WARN',
      message: 'Peer closed the link',
      fields: { header_columns: 'node-3:4120:4188 [2] net/sock.cc:91 XCOM' },
    });
    expect(
      parse('2026/11/27 09:45:05 - POLL: Worker[2] Host[7] ERROR: Host is unreachable after 3 tries'),
    ).toMatchObject({ level: 'ERROR', message: 'Host is unreachable after 3 tries' });
    expect(parse('Nov 27 08:11:02 web01 chatd[2214]: UpdateCheck ➔ info Checking for updates')).toMatchObject(
      {
        level: 'INFO',
        message: 'Checking for updates',
      },
    );
    expect(parse('(filters.crop Error) Bounds are empty')).toMatchObject({
      level: 'ERROR',
      message: 'Bounds are empty',
    });
  });

  it("reads logr's verbosity glued by a dash in a tab layout", () => {
    expect(parse('2026-08-24T02:49:28Z\tinfo-0\tscanner\tstarted scan')).toMatchObject({
      level: 'INFO',
      message: 'started scan',
    });
  });

  it('reads it in a bracketed column a source learned, leaving the column stepped over', () => {
    const lines = [
      '2026-11-30T08:01:02+0000 [-] Web console on port 6800',
      '2026-11-30T08:01:03+0000 [Launcher] Scheduler 1.5 started',
      '2026-11-30T08:01:04+0000 [app.runner#info] Runner ready',
      '2026-11-30T08:01:05+0000 [-] Job 12 queued',
      '2026-11-30T08:01:06+0000 [Launcher] Job 12 started',
    ];
    const parser = compileParser({});
    parser.learn('s', lines, receivedAt);
    expect(parser(lines[2] as string, receivedAt, 's')).toMatchObject({
      level: 'INFO',
      message: 'Runner ready',
    });
    expect(parser(lines[0] as string, receivedAt, 's')).toMatchObject({
      message: 'Web console on port 6800',
    });
    expect(parser(lines[0] as string, receivedAt, 's').level).toBeUndefined();
  });

  it('keeps the text whole when nothing follows the level', () => {
    expect(parse('Jul  7 08:06:12 box gpmd[2094]: *** info [mouse.c(1766)]: ')).toMatchObject({
      level: 'INFO',
      message: '*** info [mouse.c(1766)]: ',
    });
  });

  it('never preempts another reading', () => {
    expect(parse('2026-11-30 08:01:02 WARN [main] x.Y - ERROR in upstream')).toMatchObject({ level: 'WARN' });
  });
});

describe('look-alikes stay text (false alerts weigh as much as misses)', () => {
  it('a word of text before the level word ends the header zone', () => {
    expectNoLevel([
      '2026-11-30 08:01:02 connection closed - write-request-error: Broken pipe',
      '3:42:25 PM [vite] Internal server error: /src/App.vue: Unexpected token',
      'Nov 30 10:00:02 09[IKE] received AUTH_FAILED notify error',
      'md manage:WARNING:2026-05-29 09h20.35 utc:759: skipping',
      'Loading Environment from MMC... *** Warning - bad CRC, using default environment',
      '[17:52:12.742][10.0.0.14:55818] net job error: client disconnected',
    ]);
  });

  it('a capitalised or lower-case level word after a name is a compound noun', () => {
    expectNoLevel([
      '[30-Nov-2026 11:15:02 +0100]: <k3j4h5g6> IMAP Error: Login failed for alice',
      'Nov 28 09:05:44 vpn-gw1 vpnd[20491]: GnuTLS error (at worker.c:1014): Error in the push function.',
      'Sep 10 00:20:43 mta[919]: smtp: DATA error        {"msg_id":"8647979a"}',
      '2026.11.25 06:20:11 1: PERL WARNING: Use of uninitialized value',
    ]);
  });

  it('what follows makes it text: a lower-case word, a count, a key, a quote, JSON or nothing', () => {
    expectNoLevel([
      'Nov 30 10:00:02 host app[12]: error rate above 5 %',
      'Nov 30 10:00:02 host app[12]: [cache] info about 3 entries',
      'Nov 30 10:00:02 host app[12]: Warning threshold reached',
      'Nov 30 10:00:02 host app[12]: -- debug mode enabled',
      'make[1]: *** [Makefile:91: all] Error 2',
      'Jun 15 18:15:21 main.c:170 parse_args(): debug = 1',
      '2026-11-30 08:01:02 [worker] error="timeout" retry=3',
      '2026-11-30 08:01:02 [worker] "error" is a reserved word',
      '2026-11-30 08:01:02 ::: Unhandled Error',
      'client.go:303: Error reading from 203.0.113.44',
      'UVCIOC_CTRL_ADD - Error at Pan (relative): Inappropriate ioctl',
      '[21:17:44]  PitchTracker  ***  error creating realtime thread',
      'Mar  4 11:20:31 host crond[12]: (backup) ERROR (getpwnam() failed)',
      'Oct 23 14:32:15 desk app[7]: [job][Error] reading twice',
      'key1 value1 key2 DEBUG:on',
    ]);
  });

  it('a name, a path, a URL, a record or a word glued to letters is no level', () => {
    expectNoLevel([
      '2026-11-30 08:01:02 [uvicorn.error] Started server process',
      '2026-11-30 08:01:02 /var/log/error/app.log rotated',
      '2026-11-30 08:01:02 GET https://x.example/info/health 200',
      '[1796047331] SERVICE ALERT: web-1;HTTP;CRITICAL;HARD;3;Connection refused',
      '[Sat Nov 28 02:15:07 2026] LustreError: 4471:0:(import.c:356) timeout',
      '2026-11-30 08:01:02 DEBUGGER attached',
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile"',
      '2026-11-30 08:01:02 [core] wrote 1 error(s)',
      '2026-11-30 08:01:02 [core] InfoPath forms loaded',
      '2026-11-30 08:01:02 [Error-Prone] check skipped',
      '2026-11-30 08:01:02 | 7 | Non-critical | Fan 2 slow',
    ]);
  });

  it('a change of state is no level: the word before an arrow (`->`, `=>`, `→`)', () => {
    expectNoLevel([
      'Jun 14 15:16:01 gw monitor[12]: state: ERROR -> OK',
      'Jun 14 15:16:01 gw monitor[12]: svc-a: WARN => CRITICAL',
      'Jun 14 15:16:01 gw monitor[12]: [probe] FATAL→restart',
      'Jun 14 15:16:01 gw monitor[12]: link: ERROR --> OK',
    ]);
  });

  it('a table row or a count is no level: nothing but numbers and marks follows the word', () => {
    expectNoLevel([
      'Jun 14 15:16:01 gw report[12]: web-1 | ERROR | 3',
      'Jun 14 15:16:01 gw report[12]: totals: ERROR - 0',
      'Jun 14 15:16:01 gw report[12]: summary | WARN | 12 | 4 % |',
    ]);
    // A message with a word still reads, and so does a level with nothing after its wrapper.
    expect(parse('2026-11-30 08:01:02 worker-3 | ERROR | disk 3 is full')).toMatchObject({ level: 'ERROR' });
    expect(parse('Jun 14 15:16:01 gw app[12]: [job 4] WARN ---')).toMatchObject({ level: 'WARN' });
  });

  it('a negation in capitals before the word makes it text: `NO ERROR FOUND`, `NOT WARNING`', () => {
    expectNoLevel([
      'Jun 14 15:16:01 gw modem[12]: NO ERROR FOUND',
      'Jun 14 15:16:01 gw check[12]: DISK NOT CRITICAL Usage 40 %',
    ]);
    expect(parse('Jun 14 15:16:01 gw app[12]: NCCL WARN Peer closed')).toMatchObject({ level: 'WARN' });
  });

  it("reads a word in capitals before a parenthesis when it opens the text after a program's tag", () => {
    expect(parse('docs.builds.tasks:352[2231]: INFO (Build) [handbook:latest] Updating docs')).toMatchObject({
      level: 'INFO',
      message: '(Build) [handbook:latest] Updating docs',
      fields: { header_columns: 'docs.builds.tasks:352[2231]:' },
    });
    // A level's spelling inside the tag's name (`.trace`) is the name's: the scan goes on to the column.
    expect(parse('worker.app.trace:123[2231]: INFO Task sync succeeded in 4s: True')).toMatchObject({
      level: 'INFO',
      message: 'Task sync succeeded in 4s: True',
    });
    expect(parse('mailq[77]: ERROR (spool) queue file unreadable')).toMatchObject({
      level: 'ERROR',
      message: '(spool) queue file unreadable',
    });
    // Later in the text, in lower case, or after a tag with no pid, the parenthesis still makes it text.
    expectNoLevel([
      'crond[1022]: (CRON) INFO (Syslog will be used instead of sendmail.)',
      'crond[1022]: (root) ERROR (getpwnam() failed)',
      'docs.builds.tasks:352[2231]: Started (Build) INFO (queued)',
      'mailq[77]: error (spool) queue file unreadable',
      'step [3]: ERROR (timeout) retried',
      'worker.app.trace:123[2231]: started',
    ]);
  });

  it('reads a word in any case before a source location in parentheses and a colon: the caller', () => {
    expect(parse('[XX] info (Charger.cpp:369): initialized v1.2.0')).toMatchObject({
      level: 'INFO',
      message: 'initialized v1.2.0',
      fields: { caller: 'Charger.cpp:369', header_columns: '[XX]' },
    });
    expect(parse('[YY] warning (Connection.cpp:142): ping timeout, closing')).toMatchObject({
      level: 'WARN',
      message: 'ping timeout, closing',
      fields: { caller: 'Connection.cpp:142' },
    });
    expect(parse('debug (net.c:12): socket open')).toMatchObject({ level: 'DEBUG', message: 'socket open' });
    // Prose, a parenthesis of no source location, or the word after other text: no level.
    expectNoLevel([
      'see info (page 3): details',
      'info (x): y',
      '[XX] info (setup): y',
      'Connected; info (net.c:12): socket open',
      'the warning (net.c:12): socket open',
    ]);
  });

  it('a level word not in capitals after a capitalised word and before a colon is a compound noun', () => {
    expectNoLevel([
      '29.11.2026 17:07:53 : #1[Car1:1]: Streaming Error: The remote party closed the connection',
      '2026-11-29 17:07:53 [sync] Database Warning: slow query',
    ]);
    // Opening the text, in capitals, in brackets, after a level word or as the first field after the
    // time (a category, `- Qt Info:`), the word is still the level.
    expect(parse('00:00:03 - Qt Info: host is online')).toMatchObject({
      level: 'INFO',
      message: 'host is online',
    });
    expect(parse('2026-11-29 17:07:53 7f3b2c1d0700 Fatal error: no config')).toMatchObject({
      level: 'FATAL',
    });
    expect(parse('2026-11-29 17:07:53 Error: Unable to connect')).toMatchObject({
      level: 'ERROR',
      message: 'Unable to connect',
    });
    expect(parse('2026-11-29 17:07:53 [ERROR] Streaming failed')).toMatchObject({ level: 'ERROR' });
    expect(parse('2026-11-29 17:07:53 app: Error: Unable to connect')).toMatchObject({ level: 'ERROR' });
    expect(parse('2026-11-29 17:07:53 KAFKA ERROR: broker down')).toMatchObject({ level: 'ERROR' });
  });

  it("a shell's trace (`set -x`: `+ command args`) is a command, not a level", () => {
    expectNoLevel([
      'Jun 14 15:16:01 gw backup[12]: + log_msg WARN Disk almost full',
      'Jun 14 15:16:01 gw backup[12]: ++ notify ERROR Backup failed',
    ]);
  });
});
