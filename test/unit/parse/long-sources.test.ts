/**
 * Classes the first long-source development sets (dev25, dev26) showed: each a convention several
 * products share, read as a class. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { columnEnd } from '../../../core/parse/columns.ts';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const pick = (line: ReturnType<typeof parse>) => [line.level, line.logger, line.message];

describe("log4j's TTCC layout (`%r [%t] %-5p %c %x - %m`) with a thread name holding brackets", () => {
  it('reads level, logger and message whatever the thread name nests', () => {
    expect(pick(parse('54207 [Pool(0)(4)[0]] INFO  org.example.id.IdPool  - Acquired block 4'))).toEqual([
      'INFO',
      'org.example.id.IdPool',
      'Acquired block 4',
    ]);
    expect(pick(parse('240912 [Graph[main]:metrics] WARN  org.example.Metrics  - count=3'))).toEqual([
      'WARN',
      'org.example.Metrics',
      'count=3',
    ]);
    expect(pick(parse('12 [worker(2)] ERROR org.example.Job  - failed'))).toEqual([
      'ERROR',
      'org.example.Job',
      'failed',
    ]);
    // The leading number is milliseconds since start (`%r`), never a time.
    expect(
      parse('54207 [Pool(0)(4)[0]] INFO  org.example.id.IdPool  - Acquired block 4').timestamp,
    ).toBeUndefined();
  });

  it('keeps the level column a source learned when some threads nest brackets', () => {
    const threads = ['main', 'Pool(0)(4)[0]', 'exec-2', 'Graph[g]:metrics', 'exec-5', 'main'];
    const lines = Array.from(
      { length: 30 },
      (_, n) =>
        `${n * 977} [${threads[n % threads.length]}] ${n % 4 === 0 ? 'WARN ' : 'INFO '} org.example.C${n}  - step ${n}`,
    );
    const parser = compileParser({});
    parser.learn('ttcc', lines, receivedAt);
    const read = lines.map((line) => parser(line, receivedAt, 'ttcc'));
    expect(read.filter((line) => line.level === undefined)).toEqual([]);
    expect(read[1]).toMatchObject({ level: 'INFO', logger: 'org.example.C1', message: 'step 1' });
    expect(read[3]).toMatchObject({ level: 'INFO', logger: 'org.example.C3', message: 'step 3' });
  });

  it('leaves brackets with spaces, and brackets that nest nothing, split as before', () => {
    // A bracket holding spaces is no thread name of one field: the level after it is still found.
    expect(parse('2026-11-30 14:02:11 [pool 1 [x]] ERROR boom').level).toBe('ERROR');
    // Chromium's colon header keeps its colon fields (its own source location in parentheses).
    expect(parse('[4821:4821:1130/100000.123456:WARNING:gpu_init.cc(523)] text').level).toBe('WARN');
    // A level inside a nested bracket is a name's part, not the line's level.
    expect(parse('54207 [ERROR[1]] did run').level).toBeUndefined();
  });
});

describe("a program's own level after a syslog tag, over the transport's priority", () => {
  const read = (raw: string) => {
    const line = parse(raw);
    return [line.format, line.level, line.service, line.fields.facility, line.message];
  };

  it("reads OpenWrt's logread line as syslog, the level the program's own column prints", () => {
    expect(
      read('Sat Nov 28 03:14:07 2026 daemon.info gatewayd[2231]:  WARN ignoring dispatch error'),
    ).toEqual(['syslog3164', 'WARN', 'gatewayd', 'daemon', 'ignoring dispatch error']);
    expect(read('Sat Nov 28 03:14:07 2026 daemon.info gatewayd[2231]:  INFO starting, module: api')).toEqual([
      'syslog3164',
      'INFO',
      'gatewayd',
      'daemon',
      'starting, module: api',
    ]);
    // Without a level of its own, the priority's.
    expect(read('Sat Nov 28 03:14:07 2026 daemon.err gatewayd[2231]: link lost')[1]).toBe('ERROR');
  });

  it('lets the program’s upper-case level win over a <PRI>, in RFC 3164 and 5424', () => {
    expect(read('<30>Nov 28 03:15:40 edge shipper[88]: WARN queue at 91%')).toEqual([
      'syslog3164',
      'WARN',
      'shipper',
      'daemon',
      'queue at 91%',
    ]);
    expect(read('<13>Nov 28 03:15:40 edge app: [ERROR] disk full')[1]).toBe('ERROR');
    expect(read('<13>1 2026-11-28T03:15:40Z edge app 12 - - ERROR disk full').slice(1, 2)).toEqual(['ERROR']);
    expect(read('<30>Nov 28 03:15:40 edge mounter[9]: <3>mount failed')[1]).toBe('ERROR');
    // A program's space of its own after the tag's `: `, without a priority too.
    expect(read('Nov 28 03:15:40 edge gatewayd[2231]:  WARN ignoring dispatch error')[1]).toBe('WARN');
  });

  it('keeps a critical priority or above, which no transport gives a whole stream', () => {
    // emerg, alert and crit (0–2) are chosen line by line: a word in the text never lowers them.
    expect(read('<0>Nov 28 03:15:40 edge kernel: INFO x')[1]).toBe('FATAL');
    expect(read('<10>Nov 28 03:15:40 edge app[1]: DEBUG cache miss')).toEqual([
      'syslog3164',
      'FATAL',
      'app',
      'user',
      'DEBUG cache miss',
    ]);
    expect(read('Sat Nov 28 03:14:07 2026 daemon.crit gatewayd[2231]:  INFO x')[1]).toBe('FATAL');
    // err (docker's stderr) and below still give way to the program's own level.
    expect(read('<27>Nov 28 03:15:40 edge app[1]: INFO started')[1]).toBe('INFO');
  });

  it("reads a program's own whole log line over the priority, as without one", () => {
    // docker's syslog driver sends stderr at err, stdout at info, whatever the program's line says.
    expect(
      read('<27>Nov 28 03:15:40 edge app[1]: 2025-10-23 14:32:15,250 INFO [pool-1] o.e.Retry - slow').slice(
        1,
      ),
    ).toEqual(['INFO', 'app', 'daemon', 'slow']);
    expect(
      read('<30>Nov 28 03:15:40 edge kubelet[1893]: E0304 11:20:31.448120 1893 file.go:12] text')[1],
    ).toBe('ERROR');
    // A number opening the text is no log line of its own: the priority's level stays.
    expect(read('<27>Nov 28 03:15:40 edge app[1]: 2025-10-23 14:32:15 backup done')[1]).toBe('ERROR');
    expect(read('<30>Nov 28 03:15:40 edge app[1]: 404 INFO page missing')[1]).toBe('INFO');
  });

  it('keeps the priority for prose, counts and words that open text', () => {
    // Lower case after the tag is what syslog(3) callers write at that very severity.
    expect(read('<30>Nov 28 03:15:40 edge sshd[88]: error: bad key')[1]).toBe('INFO');
    // A count, a tally, or a sentence stating a count the level word names.
    expect(read('<30>Nov 28 03:15:40 edge shipper[88]: ERROR count is 0')[1]).toBe('INFO');
    expect(read('<30>Nov 28 03:15:40 edge shipper[88]: ERROR 0 WARNING 2')[1]).toBe('INFO');
    expect(read('<30>Nov 28 03:15:40 edge shipper[88]: WARN threshold = 80')[1]).toBe('INFO');
    expect(read('<30>Nov 28 03:15:40 edge shipper[88]: ALERT sent to the on-call')[1]).toBe('INFO');
    expect(read('<30>Nov 28 03:15:40 edge shipper[88]: INFORMATION follows')[1]).toBe('INFO');
    // Without a priority, the same words give no level.
    expect(read('Nov 28 03:15:40 edge shipper[88]: ERROR count is 0')[1]).toBeUndefined();
    // A key and its value after the level is a message of its own: the level column's.
    expect(read('<30>Nov 28 03:15:40 edge proxy[88]: ERROR status: 503')[1]).toBe('ERROR');
    expect(read('Nov 28 03:15:40 edge worker[88]: FATAL signal: 11')[1]).toBe('FATAL');
    // A number followed by words is the text's: the level stays.
    expect(read('Nov 28 03:15:40 edge shipper[88]: WARN disk is 91% full')[1]).toBe('WARN');
    // Spaces the program wrote are cut only with the level they lead to (the kernel's indented lines).
    expect(read('Nov 28 03:15:40 edge kernel:   DMA zone: 4096 pages')[4]).toBe('  DMA zone: 4096 pages');
    expect(read('<13> wI 1.3')[4]).toBe(' wI 1.3');
    // After logread's date the tag needs its `[pid]`, as after any time of another shape.
    expect(read('Thu Nov 26 05:57:03 2026 kern.info kernel: usb 1-1: new device')[0]).toBe('timestamped');
    // A dotted word that is no priority is a host, and prose is no tag.
    expect(
      read('Tue Nov  3 10:00:00 2026 mail.warning was sent to the team: nobody read it')[1],
    ).toBeUndefined();
  });
});

describe("log4j's `%m (%c:%t)`: the logger and thread after the text", () => {
  it('moves a class and its thread to the logger and fields.thread, as `(%c)` already is', () => {
    const line = parse(
      '[2026-11-23 16:40:04,865] INFO Elected (Candidate) (org.example.election.ElectionService:akka.dispatcher-6)',
    );
    expect([line.level, line.logger, line.fields.thread, line.message]).toEqual([
      'INFO',
      'org.example.election.ElectionService',
      'akka.dispatcher-6',
      'Elected (Candidate)',
    ]);
    expect(
      parse('2026-11-23 16:40:04,865 WARN retry scheduled (org.example.Matcher$:Thread-41)'),
    ).toMatchObject({
      logger: 'org.example.Matcher$',
      fields: { thread: 'Thread-41' },
      message: 'retry scheduled',
    });
  });

  it.each([
    'connecting to (db.example.com:5432)',
    'failed at (Foo.java:42)',
    'failed at (Main.Foo:42)',
    'set (config.mode:fast)',
    // A class's package is in lower case (Java's, Scala's): capitalised words and a word are prose.
    'Loaded settings (App.Settings:v2)',
    'user said (Net.Hello:world)',
    'Retry in (Backoff.Policy:30s)',
  ])('leaves a host and port, a source location and a lower-case name in the text: %j', (text) => {
    expect(parse(`[2026-11-23 16:40:04,865] INFO ${text}`).message).toBe(text);
  });
});

describe('a client address before ` - ` after the level', () => {
  it('is the text’s (an access log written through a logger), not a logger’s name', () => {
    const line = parse(
      '2026-11-23 16:40:09,354 INFO 10.60.0.4 - - [23/Nov/2026:16:40:08 +0000] "GET / HTTP/1.1" 200 5',
    );
    expect([line.logger, line.message]).toEqual([
      undefined,
      '10.60.0.4 - - [23/Nov/2026:16:40:08 +0000] "GET / HTTP/1.1" 200 5',
    ]);
    // A logger's dotted name there still is one.
    expect(parse('2026-11-23 16:40:09,354 INFO org.example.Api - started').logger).toBe('org.example.Api');
  });
});

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

const at = (i: number) => `2026-11-30 10:15:${String(i).padStart(2, '0')}`;
const sampleOf = (make: (i: number) => string) => Array.from({ length: 32 }, (_, i) => make(i));

describe('header columns the per-source learner finds in long sources', () => {
  it("steps over log4j's `%c:%L` logger and line, which names the logger, then the brackets after it", () => {
    const classes = ['com.example.registry.Registry', 'com.example.Boot', 'com.example.cluster.PeerNodes'];
    const methods = ['register', 'renew', 'evict', 'syncUp'];
    const line = (i: number) =>
      `${at(i % 60)},512 INFO  ${classes[i % 3]}:${100 + i} [exec-${i % 5}] [${methods[i % 4]}] Step ${i} done`;
    const read = learnt(sampleOf(line));
    expect(read(line(7))).toMatchObject({
      logger: 'com.example.Boot',
      message: 'Step 7 done',
      fields: { header_columns: '[exec-2] [syncUp]' },
    });
    // Read alone, one line does not show its columns.
    expect(parse(line(7)).message).toBe('com.example.Boot:107 [exec-2] [syncUp] Step 7 done');
  });

  it('steps over a source location opening the text, kept in fields.caller', () => {
    const files = ['nc.c:187', 'nc_proxy.c:217', 'nc_core.c:237', 'nc_server.c:513'];
    const texts = ['accepted client', 'server ejected from pool', 'closing connection', 'signal received'];
    const line = (i: number) => `[${at(i % 60)}.418] ${files[i % 4]} ${texts[(i * 3) % 4]} ${i}`;
    const read = learnt(sampleOf(line));
    expect(read(line(5))).toMatchObject({
      message: 'signal received 5',
      fields: { caller: 'nc_proxy.c:217' },
    });
    // A host and port is neither a source file nor a class and its line.
    const hosts = (i: number) => `[${at(i % 60)}.418] db${i % 4}.example.com:5432 refused ${i}`;
    expect(learnt(sampleOf(hosts))(hosts(5)).message).toBe('db1.example.com:5432 refused 5');
  });

  it('learns a logger’s dotted name and colon longer than 64 characters as a column', () => {
    const names = [
      'org.example.runtime.core.internal.processor.LoggerMessageProcessor',
      'org.example.runtime.module.deployment.internal.DefaultArchiveDeployer',
    ];
    const line = (i: number) =>
      `INFO  ${at(i % 60)},412 [worker-${i % 3}] [event: ] ${names[i % 2]}: Order ${i} accepted`;
    const read = learnt(sampleOf(line));
    expect(read(line(3)).message).toBe('Order 3 accepted');
    // An empty field (`[event: ]`) is a column by its shape, though the same on every line.
    expect(read(line(3)).fields.header_columns).toContain('[event: ]');
  });

  it("steps over a category before ` - ` (log4j's `%c{1} - %m`) and a context bracket of `key=value;` pairs", () => {
    const cats = ['imap', 'soap', 'lmtp', 'mailop'];
    const ctx = (i: number) =>
      i % 3 === 0
        ? '[]'
        : `[name=user${i}@corp.example;mid=${i};ip=10.30.4.${i};ua=WebClient - FF120 (Linux)/10.0.6_GA;soapId=3bd1c2f7;]`;
    const line = (i: number) =>
      `${at(i % 60)},207 INFO  [qtp-${i}] ${ctx(i)} ${cats[i % 4]} - Request ${i} elapsed=42`;
    const read = learnt(sampleOf(line));
    expect(read(line(4)).message).toBe('Request 4 elapsed=42');
    expect(read(line(3)).message).toBe('Request 3 elapsed=42');
    // Read alone too: the long context is a header field, as a short one already was.
    expect(parse(line(4)).message).toBe('Request 4 elapsed=42');
    // The context is the line's (who, from where): kept as written, searchable, never dropped.
    const context =
      'name=user4@corp.example;mid=4;ip=10.30.4.4;ua=WebClient - FF120 (Linux)/10.0.6_GA;soapId=3bd1c2f7;';
    expect(parse(line(4)).fields.context).toBe(context);
    expect(read(line(4)).fields.context).toBe(context);
    expect(parse(`${at(1)},207 INFO  [qtp-1] [name=ann;ip=10.0.0.7;] imap - hi`).fields.context).toBe(
      'name=ann;ip=10.0.0.7;',
    );
    // A bracket no surely-header field follows stays the text's, and is no context beside it.
    const text = parse(`${at(1)},207 INFO  [qtp-1] [name=ann;ip=10.0.0.7;] logged in`);
    expect([text.message, text.fields.context]).toEqual(['[name=ann;ip=10.0.0.7;] logged in', undefined]);
  });

  it('reads a dash inside a tab-separated column as the column’s, not a category’s end', () => {
    expect(columnEnd('Runtime - Data Connections    \teq8l\tWarning text', 0, 'padded')).toBe(-1);
    expect(columnEnd('imap - user logged in', 0, 'padded')).toBe(7);
  });

  it('leaves brackets of words and long brackets without pairs in the text', () => {
    expect(
      parse(`${at(1)},207 INFO  [main] [ReplicaFetcher replicaId=1, leaderId=0, fetcherId=0] Truncating`)
        .message,
    ).toBe('[ReplicaFetcher replicaId=1, leaderId=0, fetcherId=0] Truncating');
    const long = `[name=a;this bracket holds prose that goes on and on past sixty four characters] x - y`;
    expect(parse(`${at(1)},207 INFO  [main] ${long}`).message).toBe(long);
  });
});

describe('an RFC 5424 structured-data element opening the message', () => {
  it('needs a parameter: an id and a number alone (`[Client::login@41]`) is a function and its line', () => {
    expect(
      parse(`${at(1)}.318 INFO  [41523] [Client::login@41] Trying to log in`).fields.structuredData,
    ).toBeUndefined();
    const methods = ['Client::login@41', 'Client::connect@238', 'Window::onResponse@88', 'main@24'];
    const line = (i: number) => `${at(i % 60)}.318 INFO  [41523] [${methods[i % 4]}] Step ${i}`;
    const read = learnt(sampleOf(line));
    // plog's `[%func@%line]`: where the line was logged from, as a source location is, no logger.
    const third = read(line(3));
    expect([third.message, third.logger, third.fields.caller]).toEqual(['Step 3', undefined, 'main@24']);
    expect(read(line(5)).fields.caller).toBe('Client::connect@238');
    // A bracket of names without a line still names the logger.
    const names = ['auth', 'db', 'http', 'worker@eu'];
    const named = (i: number) => `${at(i % 60)}.318 INFO  [41523] [${names[i % 4]}] Step ${i}`;
    expect(learnt(sampleOf(named))(named(1))).toMatchObject({ message: 'Step 1', logger: 'db' });
    expect(read(line(4)).fields.structuredData).toBeUndefined();
    // One with parameters still is one (header-fields.test.ts, VMware's `[Originator@6876 sub=…]`).
  });
});
