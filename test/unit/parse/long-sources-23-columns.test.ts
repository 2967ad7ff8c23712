/**
 * Columns learned in the long23 round, on the message misses of the long-source sets dev27 and dev28:
 * the source locations, components and JSON context a source's lines agree on.
 */
import { describe, expect, it } from 'vitest';
import { columnEnd, trailStart } from '../../../core/parse/columns.ts';
import { compileParser } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);

/** A parser that learned `src` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

describe('source locations and components a source’s lines open with', () => {
  it('steps over mod_jk’s `function::file.c (line): ` after its bracketed fields, as the caller', () => {
    const jk = (i: number, level: string, where: string, text: string) =>
      `[Mon Nov 30 09:0${i}:04.118 2026] [21107:139912487786240] [${level}] ${where}: ${text}`;
    const read = learnt([
      jk(1, 'info', 'init_jk::mod_jk.c (3591)', 'mod_jk/1.2.50 initialized'),
      jk(2, 'error', 'ajp_send_request::jk_ajp_common.c (1789)', '(app1) connecting to backend failed'),
      jk(3, 'info', 'service::jk_lb_worker.c (1595)', 'service failed, worker app1 is in error state'),
      jk(4, 'warn', 'maintain_workers::jk_lb_worker.c (1520)', 'Recovering worker app1'),
    ]);
    expect(
      read(jk(5, 'error', 'ajp_service::jk_ajp_common.c (2819)', '(app1) connecting to tomcat failed')),
    ).toMatchObject({
      level: 'ERROR',
      message: '(app1) connecting to tomcat failed',
      fields: { caller: 'ajp_service::jk_ajp_common.c (2819)' },
    });
  });

  it('steps over SAP HANA’s component and `file.cpp(line) : `, padded or not', () => {
    const hana = (i: number, component: string, where: string, text: string) =>
      `[24418]{-1}[-1/-1] 2026-11-30 04:0${i}:01.529699 i ${component} ${where} : ${text}`;
    const read = learnt([
      hana(1, 'Basis       ', 'TraceStream.cpp(00718)', 'Starting hdbindexserver'),
      hana(2, 'Service_Startup', 'SaveRestartFile.cpp(00116)', 'waiting for nameserver'),
      hana(3, 'Logger      ', 'LoggerImpl.cpp(01106)', 'Log segment 2294 switched'),
      hana(4, 'PersistenceManager', 'PersistenceManagerImpl.cpp(01512)', 'Persistence loaded'),
    ]);
    expect(read(hana(5, 'Merge       ', 'MergeMonitor.cpp(00912)', 'Delta merge finished'))).toMatchObject({
      level: 'INFO',
      message: 'Delta merge finished',
      // HANA's thread, connection and transaction before the time are the line's too.
      fields: { caller: 'MergeMonitor.cpp(00912)', header_columns: '[24418]{-1}[-1/-1] Merge' },
    });
  });

  it('steps over a `source:line: ` without an extension and a `Class.method#line: `', () => {
    const sysdig = (i: number, where: string, text: string) =>
      `2026-11-30 22:14:1${i}.799, 21877.21877, Information, ${where}: ${text}`;
    const read = learnt([
      sysdig(1, 'dragent:541', 'Agent starting (version 13.6.1)'),
      sysdig(2, 'configuration:1102', 'Using collector collector.example.com:6443'),
      sysdig(3, 'connection_manager:313', 'Performing SSL handshake'),
      sysdig(4, 'k8s_cluster:418', 'Received k8s event batch: 48 pods'),
    ]);
    expect(read(sysdig(5, 'analyzer:2140', 'Dropped 15035 events'))).toMatchObject({
      message: 'Dropped 15035 events',
      fields: { caller: 'analyzer:2140' },
    });
    expect(columnEnd('SipGateway.registrationStateChanged#120: REG STATE', 0, 'location')).toBe(41);
  });

  it('keeps a location’s caller without the separator after it (`file.cpp:239  | `)', () => {
    const ome = (i: number, level: string, part: string, where: string, text: string) =>
      `[2026-11-25 11:30:0${i}.517] ${level} [OvenMediaEngine:1] ${part} | ${where} | ${text}`;
    const read = learnt([
      ome(1, 'I', 'Config', 'config_manager.cpp:239 ', 'Trying to set logfile'),
      ome(2, 'I', 'OvenMediaEngine', 'banner.cpp:23   ', 'OvenMediaEngine v0.16.5 is started'),
      ome(3, 'W', 'APIController', 'root_controller.cpp:97  ', 'HTTP error occurred'),
      ome(4, 'E', 'RtmpProvider', 'rtmp_stream.cpp:612 ', 'Could not find the application'),
    ]);
    expect(read(ome(5, 'I', 'Config', 'config_manager.cpp:301 ', 'Loaded'))).toMatchObject({
      message: 'Loaded',
      fields: { caller: 'config_manager.cpp:301' },
    });
  });

  it('learns no location from text that opens with counters, times or words before a colon', () => {
    const line = (i: number, text: string) => `2026-11-30 22:14:1${i} INFO ${text}`;
    const read = learnt([
      line(1, 'Retry #3: backend down'),
      line(2, 'Retry #4: backend down'),
      line(3, 'Retry #5: backend down'),
      line(4, 'Retry #6: backend down'),
    ]);
    expect(read(line(5, 'Retry #7: backend down')).message).toBe('Retry #7: backend down');
    expect(columnEnd('Step 3: done', 0, 'location')).toBe(-1);
    expect(columnEnd('12:30:45: tick', 0, 'location')).toBe(-1);
    expect(columnEnd('http://host:8080: refused', 0, 'location')).toBe(-1);
    expect(columnEnd('Basis text without location', 0, 'component')).toBe(-1);
  });

  it('learns no location from one name whose number alone changes (`Step (N):`, `Retry:N:`)', () => {
    const line = (i: number, text: string) => `2026-11-30 22:14:1${i} INFO ${text}`;
    for (const opening of ['Step (N): ', 'Retry:N: ', 'user:N: ', 'Order#N: ']) {
      const at = (n: number) => opening.replace('N', String(n));
      const read = learnt([1, 2, 3, 4].map((n) => line(n, `${at(n)}backend down`)));
      expect(read(line(5, `${at(5)}backend down`)).message).toBe(`${at(5)}backend down`);
    }
    // Names that change from line to line stay a column (the Poco logger's `%U:%u`).
    const read = learnt([
      line(1, 'dragent:541: Agent starting'),
      line(2, 'configuration:1102: Using collector'),
      line(3, 'connection_manager:313: Performing SSL handshake'),
      line(4, 'dragent:560: Agent ready'),
    ]);
    expect(read(line(5, 'k8s_cluster:418: Received events')).fields.caller).toBe('k8s_cluster:418');
  });

  it('keeps a plain name with a glued `(N)` or `#N` (`build01(28817): `, `worker#15: `) no location', () => {
    const line = (i: number, text: string) => `2026-11-30 22:14:1${i} INFO ${text}`;
    const read = learnt([
      line(1, 'build01(28817): job started'),
      line(2, 'build02(28818): job started'),
      line(3, 'build01(28819): job done'),
      line(4, 'build03(28820): job started'),
    ]);
    const parsed = read(line(5, 'build02(1234): job done'));
    expect(parsed.message).toBe('job done');
    expect(parsed.fields.caller).toBeUndefined();
    expect(parsed.fields.header_columns).toBe('build02(1234):');
    expect(columnEnd('build01(28817): text', 0, 'location')).toBe(-1);
    // Nor a plain name and `#N` (`worker#15: `, `PR#42: `): Jitsi's `Class.method#line` is dotted.
    expect(columnEnd('worker#15: text', 0, 'location')).toBe(-1);
    // A dotted or scoped name before its line stays a location (`Class.method(12): `).
    expect(columnEnd('Worker.run(12): text', 0, 'location')).toBe(16);
  });

  it('keeps a location that only some lines open with in the text', () => {
    const line = (i: number, text: string) => `2026-11-30 22:14:1${i} INFO ${text}`;
    const read = learnt([
      line(1, 'main:12: started'),
      line(2, 'listening on :8080'),
      line(3, 'accepted connection'),
      line(4, 'closed connection'),
      line(5, 'db:44: slow query'),
    ]);
    expect(read(line(6, 'db:48: slow query')).message).toBe('db:48: slow query');
  });
});

describe('zap’s console encoder: the text, then JSON context after a tab', () => {
  const zap = (i: number, level: string, caller: string, text: string, context: string) =>
    `2026-11-30T09:41:3${i}.081Z\t${level}\t${caller}\t${text}\t${context}`;
  const sample = [
    zap(1, 'INFO', 'ferretdb/main.go:351', 'Starting FerretDB v2.3.1', '{"version":"v2.3.1"}'),
    zap(2, 'INFO', 'ferretdb/main.go:361', 'maxprocs: Leaving GOMAXPROCS=4', '{}'),
    zap(3, 'INFO', 'clientconn/conn.go:214', 'Connection started', '{"name":"// 10.20.3.44:57274"}'),
    zap(4, 'WARN', 'clientconn/conn.go:512', 'Slow getMore command: 2595ms', '{"name":"pool"}'),
  ];

  it('takes the text as the message and the context to fields', () => {
    const read = learnt(sample);
    expect(
      read(zap(5, 'ERROR', 'documentdb/pool.go:171', 'Failed to acquire connection', '{"name":"pool"}')),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Failed to acquire connection',
      fields: { context: '{"name":"pool"}' },
    });
  });

  it('still steps over a tab column of several words before the text', () => {
    expect(columnEnd('Service Control Manager\tThe service entered the running state.', 0, 'tab')).toBe(24);
    expect(columnEnd('Connection started\t{"name":"pool"}', 0, 'tab')).toBe(-1);
    expect(columnEnd('Connection started\t[not json] here', 0, 'tab')).toBe(19);
    expect(trailStart('Connection started\t{"name":"pool"}', 34, 'context')).toBe(18);
  });
});

describe('what stays the text after a column', () => {
  it('keeps a mark after a column closed by its own colon (Embulk’s `(thread): > 5.16 seconds`)', () => {
    const embulk = (i: number, thread: string, text: string) =>
      `2026-11-30 02:30:1${i}.578 +0900 [INFO] (${thread}): ${text}`;
    const read = learnt([
      embulk(1, 'main', 'Started Embulk v0.10.48'),
      embulk(2, '0001:transaction', 'Loaded plugin embulk-input-file'),
      embulk(3, '0001:task-0000', 'SQL: SELECT * FROM orders'),
      embulk(4, 'main', 'Committed.'),
    ]);
    expect(read(embulk(5, '0001:task-0000', '> 5.16 seconds')).message).toBe('> 5.16 seconds');
    // Without its own colon, a column's lone separator is still stepped over.
    expect(columnEnd('[be] > text', 0, 'bracket')).toBe(7);
    expect(columnEnd('(main): > text', 0, 'paren')).toBe(8);
  });
});

describe('a record of quoted fields, its time among them', () => {
  const hmail = (i: number, fields: string, text: string) =>
    `"SMTPD"\t8068\t341\t"2026-11-30 08:30:0${i}.353"\t${fields}"${text}"`;

  it('takes the closing quote of the time as the header’s, and the last quoted field as the text', () => {
    const read = learnt([
      hmail(1, '"203.0.113.45"\t', 'SENT: 220 mail.example ESMTP'),
      hmail(2, '"203.0.113.45"\t', 'RECEIVED: EHLO mx1.example'),
      hmail(3, '"198.51.100.17"\t', 'SENT: 250 OK'),
      hmail(4, '"192.0.2.88"\t', 'RECEIVED: AUTH LOGIN'),
    ]);
    expect(read(hmail(5, '"192.0.2.88"\t', 'SENT: 535 Authentication failed.'))).toMatchObject({
      timestamp: Date.UTC(2026, 10, 30, 8, 30, 5, 353),
      message: 'SENT: 535 Authentication failed.',
      // The columns before the time too (`lead-before-time.ts`), in line order: none dropped.
      fields: { header_columns: 'SMTPD"\t8068\t341 "192.0.2.88"' },
    });
    expect(
      compileParser({})(
        '"APPLICATION"\t1928\t"2026-11-30 08:30:00.420"\t"hMailServer: Service started."',
        receivedAt,
      ).message,
    ).toBe('hMailServer: Service started.');
  });

  it('keeps a quote that opens the text after an unquoted time', () => {
    expect(compileParser({})('2026-11-30 08:30:00 "quoted" text', receivedAt).message).toBe('"quoted" text');
  });
});
