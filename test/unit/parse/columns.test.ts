import { describe, expect, it } from 'vitest';
import { columnEnd, learnColumns, trailStart } from '../../../core/parse/columns.ts';
import { compileParser } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

const at = (i: number) => `2026-11-30 10:15:${String(i).padStart(2, '0')}`;

describe('header columns learned at the front of a source’s messages', () => {
  it('steps over a bracketed component that changes from line to line, and names the logger', () => {
    const pkg = (i: number, part: string, text: string) => `[${at(i)}] [${part}] ${text}`;
    const sample = [
      pkg(1, 'CORE', 'running upgrade'),
      pkg(2, 'HOOK', 'synchronizing lists'),
      pkg(3, 'CORE', 'upgraded kernel (6.6 -> 6.7)'),
      pkg(4, 'HOOK-SCRIPT', '==> building image'),
    ];
    const read = learnt(sample);
    expect(read(pkg(5, 'HOOK', 'transaction completed'))).toMatchObject({
      message: 'transaction completed',
      logger: 'HOOK',
    });
    // Read alone, one line does not show the bracket is a column: it stays.
    expect(compileParser({})(pkg(5, 'HOOK', 'transaction completed'), receivedAt).message).toBe(
      '[HOOK] transaction completed',
    );
  });

  it('steps over a `name:` tag in lower case or capitals after the level', () => {
    const tagged = (i: number, level: string, tag: string, text: string) =>
      `${at(i)}Z [${level}]  ${tag}: ${text}`;
    const read = learnt([
      tagged(1, 'INFO', 'agent', 'started'),
      tagged(2, 'INFO', 'raft', 'entering follower state'),
      tagged(3, 'WARN', 'dns_server', 'name not discoverable'),
      tagged(4, 'INFO', 'agent', 'synced node info'),
    ]);
    expect(read(tagged(5, 'ERROR', 'raft', 'failed to contact peer'))).toMatchObject({
      level: 'ERROR',
      message: 'failed to contact peer',
      logger: 'raft',
    });
    const router = (i: number, tag: string, text: string) => `2026/11/30 02:33:1${i} ${tag}: ${text}`;
    const readRouter = learnt([
      router(1, 'CORE', 'starting: vty@2601'),
      router(2, 'BGP', 'neighbor 10.0.0.2 Up'),
      router(3, 'OSPF', 'AdjChg: Nbr 10.0.0.3 Full'),
    ]);
    expect(readRouter(router(4, 'BGP', 'neighbor 10.0.0.2 Down')).message).toBe('neighbor 10.0.0.2 Down');
  });

  it('steps over a tag in capitals joined by a hyphen, and a token in braces with its colon', () => {
    const tagged = (i: number, level: string, tag: string, text: string) =>
      `${at(i)}.512 ${level} ${tag}: ${text}`;
    const read = learnt([
      tagged(1, 'INFO', 'APP', 'Version: 9.27.4'),
      tagged(2, 'INFO', 'Z-WAVE', 'Connecting to /dev/ttyACM0'),
      tagged(3, 'WARN', 'Z-WAVE', '[Node 014] Node is dead'),
      tagged(4, 'ERROR', 'MQTT', 'Error while connecting'),
    ]);
    expect(read(tagged(5, 'WARN', 'Z-WAVE', 'Node 7 is asleep'))).toMatchObject({
      level: 'WARN',
      message: 'Node 7 is asleep',
      logger: 'Z-WAVE',
    });
    const braced = (i: number, level: string, file: string, text: string) =>
      `${at(i)}Z [${level}]  {${file}}: ${text}`;
    const readBraced = learnt([
      braced(1, 'INFO', 'Main.cpp', 'client version: v1.9.2'),
      braced(2, 'WARN', 'FileUtils.cpp', 'Permissions not set to recommended value'),
      braced(3, 'ERROR', 'SharedCrtResourceManager.cpp', 'MQTT Connection failed'),
    ]);
    expect(readBraced(braced(4, 'INFO', 'Main.cpp', 'connected')).message).toBe('connected');
  });

  it('steps over a pid named as such, the same on every line, and lager’s pid and location', () => {
    const condor = (i: number, text: string) => `11/28/26 02:00:0${i} (pid:3112) ${text}`;
    const read = learnt([
      condor(1, '******************************************************'),
      condor(2, '** condor_schedd (CONDOR_SCHEDD) STARTING UP'),
      condor(3, 'Number of Active Workers 0'),
    ]);
    expect(read(condor(4, 'Shadow pid 40511 exited with status 4'))).toMatchObject({
      message: 'Shadow pid 40511 exited with status 4',
      // The named pid is the line's `pid`, as a pid the header reads is (r52).
      fields: { pid: 3112 },
    });
    const lager = (i: number, level: string, where: string, text: string) =>
      `${at(i)}.118 [${level}] <0.${i}54.0>${where} ${text}`;
    const readLager = learnt([
      lager(1, 'info', '@vmq_cluster_node:init:52', 'start cluster node'),
      lager(2, 'info', '', 'Application lager started'),
      lager(3, 'warning', '@vmq_mqtt_fsm:check_user:560', "can't authenticate client"),
    ]);
    expect(
      readLager(lager(4, 'error', '@vmq_swc_store:handle_info:388', 'Replica meta6: no peers')),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Replica meta6: no peers',
    });
  });

  it('moves a logger’s name in brackets after the text to the logger, when it changes from line to line', () => {
    const orient = (i: number, level: string, text: string, name: string) =>
      `2026-11-23 04:30:1${i}:512 ${level} ${text} [${name}]`;
    const read = learnt([
      orient(0, 'INFO ', 'OrientDB auto-config DISKCACHE=7,966MB', 'orientechnologies'),
      orient(1, 'WARNI', "Storage 'inventory' was not closed properly", 'OLocalPaginatedStorage'),
      orient(2, 'INFO ', 'OrientDB Server is active v3.2.36.', 'OServer'),
    ]);
    expect(read(orient(3, 'SEVER', 'Exception during commit', 'OTransactionOptimistic'))).toMatchObject({
      level: 'ERROR',
      message: 'Exception during commit',
      logger: 'OTransactionOptimistic',
    });
    // The same word on every line (`[OK]`) is the text's.
    const ok = (i: number, text: string) => `2026-11-23 04:30:1${i} INFO ${text} [OK]`;
    const readOk = learnt([ok(0, 'Starting cron'), ok(1, 'Starting sshd'), ok(2, 'Mounting /home')]);
    expect(readOk(ok(3, 'Starting nginx')).message).toBe('Starting nginx [OK]');
  });

  it('keeps plain words in brackets after the text in the message, changing or not ([alice], [bob])', () => {
    const user = (i: number, text: string, name: string) => `2026-11-23 04:30:1${i} INFO ${text} [${name}]`;
    const read = learnt([
      user(0, 'user logged in', 'alice'),
      user(1, 'user logged out', 'bob'),
      user(2, 'user logged in', 'carol'),
      user(4, 'password changed', 'Dave'),
      user(5, 'user logged in', 'ERIN'),
    ]);
    const line = read(user(3, 'user logged out', 'carol'));
    expect(line.message).toBe('user logged out [carol]');
    expect(line.logger).toBeUndefined();
  });

  it('steps over id columns and a name padded to its width', () => {
    const update = (i: number, tid: number, name: string, text: string) =>
      `${at(i)}.1234567 1228  ${tid}  ${name.padEnd(16)}${text}`;
    const read = learnt([
      update(1, 4512, 'ComApi', '* START * Search'),
      update(2, 4512, 'Agent', '* START * Finding updates'),
      update(3, 4600, 'Misc', 'Got server URL'),
      update(4, 4600, 'Talker', '*FAILED* GetCookie failure'),
    ]);
    expect(read(update(5, 4600, 'Agent', 'Found 2 updates')).message).toBe('Found 2 updates');
  });

  it('reads padded columns whose longer values overflow their width on a minority of lines (`%-16t %-32c{1}`)', () => {
    // A minimum width pads a shorter value and never cuts a longer one: one space follows it.
    const line = (i: number, thread: string, name: string, text: string) =>
      `${at(i)},412 INFO  ${`${thread.padEnd(16)} ${name.padEnd(32)}`} ${text}`;
    const read = learnt([
      line(1, 'main', 'AbnormalAnalyzerApp', 'Starting analyzer 2.4.1'),
      line(2, 'main', 'PacketStreamService', 'Connecting to source 192.0.2.25:4001'),
      line(3, 'StatisticsPrinter', 'PacketStreamStatistics', 'Received 24018 packets'),
      line(4, 'pool-2-thread-3', 'SuddenSpeedChangeAnalysis', 'Sudden speed change detected'),
      line(5, 'pool-2-thread-3', 'EventEmittingAnalysis', 'Raised event for MMSI 219011234'),
      line(6, 'StatisticsPrinter', 'PacketStreamStatistics', 'Received 48221 packets'),
      line(7, 'pool-2-thread-2', 'TrackingService', 'Ignoring position report'),
      line(8, 'main', 'PacketStreamService', 'Connected to source'),
    ]);
    expect(
      read(line(9, 'StatisticsPrinter', 'PacketStreamStatistics', 'Received 72506 packets')),
    ).toMatchObject({
      message: 'Received 72506 packets',
      fields: { header_columns: 'StatisticsPrinter PacketStreamStatistics' },
    });
    expect(read(line(10, 'main', 'PacketStreamService', 'Connection lost')).message).toBe('Connection lost');
  });

  it('keeps a free text’s first words where a padded width does not hold them', () => {
    // Most lines overflowing is no padded column; nor is a short first word with one space.
    const line = (i: number, thread: string, text: string) => `${at(i)} INFO  ${thread.padEnd(8)} ${text}`;
    const overflowing = learnt([
      line(1, 'main', 'Starting up'),
      line(2, 'scheduler-1', 'Job ran'),
      line(3, 'scheduler-2', 'Job ran'),
      line(4, 'worker-pool-3', 'Task done'),
      line(5, 'io', 'Reading file'),
    ]);
    expect(overflowing(line(6, 'scheduler-9', 'Job ran')).message).toBe('scheduler-9 Job ran');
    const prose = learnt([
      line(1, 'main', 'Starting up'),
      line(2, 'io', 'Reading file'),
      `${at(3)} INFO  No route to host`,
      line(4, 'StatisticsPrinter', 'Received 12 packets'),
      line(5, 'io', 'Reading file'),
    ]);
    expect(prose(line(6, 'StatisticsPrinter', 'Received 12 packets')).message).toBe(
      'StatisticsPrinter Received 12 packets',
    );
    expect(prose(`${at(7)} INFO  Connected to the server`).message).toBe('Connected to the server');
  });

  it('keeps the columns it steps over that name no logger in fields.header_columns, as written', () => {
    const update = (i: number, tid: number, name: string, text: string) =>
      `${at(i)} INFO ${tid}  ${name.padEnd(10)}${text}`;
    const read = learnt([
      update(1, 4512, 'ComApi', 'Search'),
      update(2, 4512, 'Agent', 'Finding updates'),
      update(3, 4600, 'Misc', 'Got server URL'),
      update(4, 4600, 'Talker', 'GetCookie failure'),
    ]);
    expect(read(update(5, 4600, 'Agent', 'Found 2 updates'))).toMatchObject({
      message: 'Found 2 updates',
      fields: { header_columns: '4600 Agent' },
    });
    // A line that does not follow the layout loses no word to it: what a column took is kept.
    expect(read(`${at(6)} INFO 404 not found`)).toMatchObject({
      message: 'not found',
      fields: { header_columns: '404' },
    });
    const zypp = (i: number, part: string, text: string) => `${at(i)} build01(28817) [${part}] ${text}`;
    const readZypp = learnt([
      zypp(1, 'zypper', 'Hi'),
      zypp(2, 'zypp', 'libzypp'),
      zypp(3, 'zypp::repo', 'stale'),
    ]);
    expect(readZypp(zypp(4, 'zypp::media', 'Download error'))).toMatchObject({
      message: 'Download error',
      logger: 'zypp::media',
      fields: { header_columns: 'build01(28817)' },
    });
  });

  it('steps over a process name before a pipe, padded or not (Procfile runners, docker compose)', () => {
    const piped = (i: number, name: string, text: string) =>
      `10:15:${String(i).padStart(2, '0')} ${name} | ${text}`;
    const read = learnt([
      piped(1, 'web.1   ', 'started with pid 231'),
      piped(2, 'web.1   ', 'listening on port 3000'),
      piped(3, 'worker.1', 'exited with code 1'),
      piped(4, 'system  ', 'sending SIGTERM to all processes'),
    ]);
    expect(read(piped(5, 'worker.1', 'started with pid 240'))).toMatchObject({
      message: 'started with pid 240',
    });
  });

  it('steps over a method name in lower camel case opening every message (log4j’s `%M`)', () => {
    const method = (i: number, name: string, text: string) =>
      `${at(i)},107 INFO [main] [app.part${i}] ${name} ${text}`;
    const read = learnt([
      method(1, 'contextInitialized', 'Starting app 8.5.4'),
      method(2, 'checkConfiguration', 'Unable to connect to the database'),
      method(3, 'sendError', 'Could not execute action'),
    ]);
    expect(read(method(4, 'doFilter', 'Request rejected'))).toMatchObject({
      message: 'Request rejected',
      logger: 'main',
      fields: { header_columns: '[app.part4] doFilter' },
    });
    // A minority of lines opening with such a word keep it: it is their text's.
    const plain = (i: number, text: string) => `${at(i)},107 INFO [main] [app.part${i}] ${text}`;
    const few = learnt([
      plain(1, 'getUser returned 5 rows'),
      plain(2, 'Cache warmed'),
      plain(3, 'Listening on 8080'),
      plain(4, 'Ready'),
    ]);
    expect(few(plain(5, 'getUser returned 7 rows')).message).toBe('getUser returned 7 rows');
  });

  it('steps over a dotted logger name opening every message with no separator, or before ` :: `', () => {
    const bare = (i: number, logger: string, text: string) => `${at(i)},107 INFO [main] ${logger} ${text}`;
    const read = learnt([
      bare(1, 'org.apache.sling.installer.core.impl.OsgiInstallerImpl', 'Installer Service started.'),
      bare(2, 'com.day.cq.replication.impl.AgentManagerImpl', 'Replication of /content failed'),
      bare(3, 'org.apache.sling.servlets.get.impl.DefaultGetServlet', 'No renderer for extension json5'),
    ]);
    expect(
      read(bare(4, 'com.adobe.granite.workflow.core.job.JobHandler', 'Workflow completed')),
    ).toMatchObject({
      message: 'Workflow completed',
    });
    const clojure = (i: number, ns: string, text: string) => `${at(i)},904 INFO ${ns} :: ${text}`;
    const readClojure = learnt([
      clojure(1, 'metabase.core', 'Starting Metabase version v0.50.12'),
      clojure(2, 'db.env', 'WARNING: Using Metabase with an H2 application database'),
      clojure(3, 'sync.util', 'STARTING: Sync metadata'),
    ]);
    expect(readClojure(clojure(4, 'middleware.catch-exceptions', 'Error processing query'))).toMatchObject({
      message: 'Error processing query',
    });
    // A file name opening a minority of messages stays the text's.
    const plain = (i: number, text: string) => `${at(i)},107 INFO [main] ${text}`;
    const few = learnt([
      plain(1, 'config.yaml loaded'),
      plain(2, 'Cache warmed'),
      plain(3, 'Ready'),
      plain(4, 'Up'),
    ]);
    expect(few(plain(5, 'config.yaml loaded')).message).toBe('config.yaml loaded');
  });

  it('steps over a .NET namespace before the text (Serilog’s {SourceContext}), not a version', () => {
    const serilog = (i: number, level: string, ns: string, text: string) =>
      `[${at(i)}.916 +00:00  44] [${level}] ${ns} ${text}`;
    const read = learnt([
      serilog(1, 'Information', 'API.Services.TaskScheduler', 'Scheduling reoccurring tasks'),
      serilog(2, 'Debug', 'API.Services.DirectoryService', '[ScanFiles] called on /books/Asimov'),
      serilog(3, 'Warning', 'API.Services.Tasks.Scanner.ParseScannedFiles', 'There are no valid series'),
      serilog(4, 'Error', 'Microsoft.Hosting.Lifetime', 'Application is shutting down'),
    ]);
    expect(read(serilog(5, 'Error', 'API.Services.Tasks.Scanner.ProcessSeries', 'exception'))).toMatchObject({
      level: 'ERROR',
      message: 'exception',
    });
    // Capitals and dots with no lower case are an abbreviation's, the text's.
    expect(read(serilog(6, 'Information', 'U.S.A', 'is great')).message).toBe('U.S.A is great');
    const versions = learnt([
      serilog(1, 'Information', 'V2.1.3', 'released'),
      serilog(2, 'Information', 'V2.1.4', 'released'),
      serilog(3, 'Information', 'V2.1.5', 'released'),
    ]);
    expect(versions(serilog(4, 'Information', 'V2.1.6', 'released')).message).toBe('V2.1.6 released');
  });

  it('steps over a function name with empty parentheses and a colon opening every message (`__func__`)', () => {
    const esp = (ms: number, fn: string, text: string) =>
      `[${String(ms).padStart(6)}][W][WiFi.cpp:10] ${fn}(): ${text}`;
    const read = learnt([
      esp(512, 'psramInit', 'PSRAM enabled'),
      esp(1873, '_eventCallback', 'Reason: 201 - NO_AP_FOUND'),
      esp(4402, 'connect', 'socket error on fd 48'),
    ]);
    expect(read(esp(6120, 'beginInternal', 'protocol: https')).message).toBe('protocol: https');
  });

  it('steps over a name in braces at the front of the message, not JSON context', () => {
    const braced = (i: number, name: string, text: string) => `[${at(i)}] WARNING {${name}} ${text}`;
    const read = learnt([
      braced(1, 'app.server:196', 'Starting server on [::]:8083'),
      braced(2, 'app.web:1401', 'Login failed for user "alice"'),
      braced(3, 'app.mail:812', 'Sending email failed'),
    ]);
    expect(read(braced(4, 'app.web:77', 'Logout'))).toMatchObject({
      message: 'Logout',
      fields: { header_columns: '{app.web:77}' },
    });
    const json = (i: number, text: string) => `[${at(i)}] WARNING {"user":"u${i}"} ${text}`;
    const readJson = learnt([json(1, 'a'), json(2, 'b'), json(3, 'c')]);
    expect(readJson(json(4, 'd')).message).toBe('{"user":"u4"} d');
  });

  it('learns columns one after another (a bracket, then a code in parentheses)', () => {
    const debug = (i: number, fn: string, mask: string, text: string) =>
      `(${at(i)}): [be] [${fn}] (${mask}): ${text}`;
    const read = learnt([
      debug(1, 'connect_recv', '0x0040', 'Unable to connect'),
      debug(2, 'mark_offline', '0x0080', 'Going offline!'),
      debug(3, 'restart_service', '0x0020', 'Process stopped!'),
      debug(4, 'get_domains', '0x0100', 'Loaded domain'),
    ]);
    expect(read(debug(5, 'mark_online', '0x0100', 'Back online')).message).toBe('Back online');
  });

  it('steps over a process and its id, the same on every line, and a separator after a column', () => {
    const zypp = (i: number, n: number, part: string, text: string) =>
      `${at(i)} <${n}> build01(28817) [${part}] ${text}`;
    const read = learnt([
      zypp(1, 1, 'zypper', 'Hi, me zypper'),
      zypp(2, 1, 'zypp', 'libzypp: 17.31'),
      zypp(3, 2, 'zypp::repo', 'Repository is out-of-date.'),
    ]);
    expect(read(zypp(4, 3, 'zypp::media', 'Download error'))).toMatchObject({
      message: 'Download error',
      logger: 'zypp::media',
    });
    const traced = (i: number, fn: string, text: string) => `${at(i)} ${fn}(4${i}2) > ${text}`;
    const readTraced = learnt([
      traced(1, '__do_app', 'resumed'),
      traced(2, 'get_type', 'bad value'),
      traced(3, 'lcd_on', 'no pid'),
    ]);
    expect(readTraced(traced(4, 'app_resume', 'refresh requested')).message).toBe('refresh requested');
  });

  it('steps over a column padded to its width even when it holds the same word on every line', () => {
    const servicing = (i: number, level: string, text: string) =>
      `${at(i)}, ${level.padEnd(22)}DISM   DISM ${text}`;
    const read = learnt([
      servicing(1, 'Info', 'Provider Store: getting providers'),
      servicing(2, 'Warning', 'Manager: failed to load the provider'),
      servicing(3, 'Error', 'Package Manager: failed opening package'),
    ]);
    expect(read(servicing(4, 'Info', 'Manager: done')).message).toBe('DISM Manager: done');
  });

  it('steps over columns of a tab-separated layout that hold several words', () => {
    const event = (i: number, provider: string, text: string) => `${at(i)}\tWarning\t${provider}\t${text}`;
    const read = learnt([
      event(1, 'Service Control Manager', 'The update service entered the running state.'),
      event(2, 'DNS Client Events', 'Name resolution timed out.'),
      event(3, 'Group Policy', 'Processing of policy failed.'),
    ]);
    expect(read(event(4, 'Kernel Power', 'The system has rebooted.')).message).toBe(
      'The system has rebooted.',
    );
  });

  it('leaves the text’s own start: capitalised words, message ids, a constant name, a minority', () => {
    const installed = (i: number, verb: string) => `${at(i)} ${verb}: pkg-${i}.x86_64`;
    const yum = learnt(['Installed', 'Updated', 'Erased', 'Installed'].map((v, i) => installed(i, v)));
    expect(yum(installed(5, 'Updated')).message).toBe('Updated: pkg-5.x86_64');

    const coded = (i: number, code: string) => `${at(i)} INFO [main] ${code}: step ${i}`;
    const ids = learnt(['AMQ101000', 'AMQ222210', 'AMQ224000'].map((c, i) => coded(i, c)));
    expect(ids(coded(5, 'AMQ221001')).message).toBe('AMQ221001: step 5');
    const events = learnt(['UI_COMMIT', 'UI_LOGIN', 'UI_LOGOUT'].map((c, i) => coded(i, c)));
    expect(events(coded(5, 'UI_COMMIT')).message).toBe('UI_COMMIT: step 5');

    // The same bracket on every line (a node's name) is not a column the text can lose.
    const node = (i: number) => `[${at(i)},000][INFO ][o.o.n.Node] [node-1] step ${i}`;
    const cluster = learnt([1, 2, 3, 4].map(node));
    expect(cluster(node(5)).message).toBe('[node-1] step 5');

    // Three lines of ten are no column: at least 80 % of the sample must open with it.
    const some = (i: number) => `${at(i)} WARN ${i % 3 === 0 ? `job${i}: ` : ''}retrying in ${i} s`;
    const few = learnt([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(some));
    expect(few(some(12)).message).toBe('job12: retrying in 12 s');
  });

  it('leaves syslog’s messages alone: a file’s lines are many programs’', () => {
    const sys = (i: number, prog: string, event: string) =>
      `Nov 30 10:15:0${i} fw1 ${prog}[47${i}]: ${event}: step ${i}`;
    const read = learnt([
      sys(1, 'mgd', 'commit'),
      sys(2, 'sshd', 'login'),
      sys(3, 'mgd', 'rollback'),
      sys(4, 'sshd', 'logout'),
    ]);
    expect(read(sys(5, 'mgd', 'commit')).message).toBe('commit: step 5');
  });

  it("learns names glued to pipes most lines open with (dak's `time|program|user|details`), the details the text", () => {
    const dak = [
      '20261128003001|process-upload|dak|program start',
      '20261128003001|process-upload|dak|Processing changes file|a_1.0-1_source.changes',
      '20261128003002|process-upload|dak|ACCEPT|a_1.0-1_source.changes',
      '20261128015204|process-new|ftpteam-ines|NEW ACCEPT|b_0.3-1_amd64.changes',
      '20261128023544|clean-suites|dak|delete source|hello|0.2-3',
      '20261128023545|clean-suites|dak|program end',
    ];
    const read = learnt(dak);
    const line = read(
      '20261128003006|process-upload|dak|REJECT|c_3.4.0-1_arm64.changes|signature check failed',
    );
    expect(line.message).toBe('REJECT|c_3.4.0-1_arm64.changes|signature check failed');
    expect(line.fields.header_columns).toBe('process-upload dak');
    // One program's log writes the same names on every line: those names are the columns.
    const one = learnColumns([
      'process-upload|dak|program start',
      'process-upload|dak|ACCEPT|a',
      'process-upload|dak|NEW|b',
      'process-upload|dak|program end',
    ]);
    expect(one).toMatchObject({ lead: ['piped', 'piped'], pinned: ['process-upload', 'dak'] });
  });

  it('learns no piped column from one letter, a spaced pipe, an empty field or a minority of lines', () => {
    // apt-cacher-ng's `epoch|O|size|client|path`: a record's kind, the text's.
    expect(
      learnColumns(['O|152078|10.8.1.19|a', 'I|116213|10.8.0.21|b', 'O|737204|10.8.1.19|c']).lead,
    ).toEqual([]);
    expect(columnEnd('web | started', 0, 'piped')).toBe(-1);
    expect(columnEnd('web||started', 0, 'piped')).toBe(-1);
    expect(columnEnd('web| started', 0, 'piped')).toBe(-1);
    expect(columnEnd('web|', 0, 'piped')).toBe(-1);
    expect(columnEnd('web|started', 0, 'piped')).toBe(4);
    const few = learnColumns([
      'ACCEPT|a',
      'program start',
      'Processing changes file|b',
      'program end',
      'NEW|c',
    ]);
    expect(few.lead).toEqual([]);
  });
});

describe('columns learned at the end of a source’s messages', () => {
  it('keeps a caller appended to every line out of the text, in fields.caller', () => {
    const caller = (i: number, text: string, where: string) => `${at(i)}Z INFO [proc:${i}] ${text} ${where}`;
    const read = learnt([
      caller(1, 'Service diag is listening.', 'service/service.go:2026'),
      caller(2, 'Failed to load preference.', 'auth/init.go:412'),
      caller(3, 'Failed to dial upstream node.', 'srv/sess.go:1187'),
    ]);
    expect(read(caller(4, 'Connected to peer.', 'srv/peer.go:88'))).toMatchObject({
      message: 'Connected to peer.',
      fields: { caller: 'srv/peer.go:88' },
    });
    // Read alone, a location at the end of a line is the text's (`failed at main.go:42`).
    expect(compileParser({})(caller(4, 'Connected to peer.', 'srv/peer.go:88'), receivedAt).message).toBe(
      'Connected to peer. srv/peer.go:88',
    );
  });

  it('takes a caller in brackets or parentheses at the end of every line off the text', () => {
    const caller = (i: number, text: string, where: string) => `${at(i)} store[7] <INFO>: ${text} ${where}`;
    const read = learnt([
      caller(1, 'Meta address: redis://db:6379/1', '[interface.go:497]'),
      caller(2, 'Ping latency: 412.5µs', '[redis.go:3515]'),
      caller(3, 'write inode:2053 failed', '(writer.go:211)'),
    ]);
    expect(read(caller(4, 'Mounted at /jfs', '[mount.go:88]'))).toMatchObject({
      message: 'Mounted at /jfs',
      fields: { caller: 'mount.go:88' },
    });
    // A bracket that is no source location stays the text's.
    expect(read(caller(5, 'Listing done', '[3 files]')).message).toBe('Listing done [3 files]');
  });

  it('takes a caller off the text when the layout writes a space after it (logback `%-80message (%file:%line) `, r88)', () => {
    const caller = (i: number, text: string, where: string) =>
      `06:58:0${i} INFO  [main]: ${text.padEnd(80)} (${where}) `;
    const read = learnt([
      caller(1, 'Starting BIMserver', 'BimServer.java:226'),
      caller(
        2,
        'Opening BerkeleyDB environment at /var/lib/bimserver/home/database',
        'BerkeleyKeyValueStore.java:118',
      ),
      caller(
        3,
        `Checkin of revision on "${'Harbour Road Bridge'.repeat(4)}" started`,
        'CheckinDatabaseAction.java:141',
      ),
    ]);
    expect(read(caller(4, 'Webserver started on 198.51.100.40:8082', 'BimServer.java:402'))).toMatchObject({
      message: 'Webserver started on 198.51.100.40:8082',
      fields: { caller: 'BimServer.java:402' },
    });
    // A line of the source without the column keeps its text; read alone, the location is the text's.
    expect(read('06:58:09 INFO  [main]: Shutting down   ').message).toBe('Shutting down   ');
    expect(compileParser({})(caller(4, 'Started', 'BimServer.java:402'), receivedAt).message).toContain(
      '(BimServer.java:402)',
    );
  });

  it("keeps a parenthesised aside's location in the text, with or without a closing space (review72)", () => {
    const caller = (i: number, text: string, where: string) => `06:58:0${i} INFO  [main]: ${text} (${where})`;
    const read = learnt([
      caller(1, 'Starting BIMserver', 'BimServer.java:226'),
      caller(2, 'Opening BerkeleyDB environment', 'BerkeleyKeyValueStore.java:118'),
      caller(3, 'Checkin of revision started', 'CheckinDatabaseAction.java:141'),
    ]);
    // The `)` closes `(see`, not a caller: no `Foo.java:12)` caller, no `typed (see` message.
    expect(read('06:58:09 INFO  [main]: typed (see Foo.java:12)').message).toBe('typed (see Foo.java:12)');
    expect(read('06:58:09 INFO  [main]: typed (see Foo.java:12) ').message).toBe('typed (see Foo.java:12) ');
    // The column itself, enclosed whole, bare, or before a closing space, is still the caller.
    for (const end of ['(Foo.java:12)', 'Foo.java:12', '(Foo.java:12) '])
      expect(read(`06:58:09 INFO  [main]: stopped ${end}`)).toMatchObject({
        message: 'stopped',
        fields: { caller: 'Foo.java:12' },
      });
  });

  it('keeps JSON context before a closing space in the text: only a caller is read past it', () => {
    const channel = (i: number, text: string, context: string) =>
      `[${at(i)}] production.INFO: ${text} ${context} `;
    const read = learnt([
      channel(1, 'Entry uploaded', '{"project":"birds","form":"transect"}'),
      channel(2, 'Media file stored', '{"project":"birds","bytes":812334}'),
      channel(3, 'Entry uploaded', '{"project":"birds","form":"sighting"}'),
    ]);
    expect(read(channel(4, 'Entry deleted', '{"project":"birds"}')).message).toBe(
      'Entry deleted {"project":"birds"} ',
    );
  });

  it('keeps JSON context and extra after the text (Monolog) in fields.context', () => {
    const channel = (i: number, text: string, context: string) =>
      `[${at(i)}] app.INFO: ${text} ${context} []`;
    const read = learnt([
      channel(1, 'Matched route "home".', '{"route":"home"}'),
      channel(2, 'Checking support.', '{"firewall":"main","n":1}'),
      channel(3, 'User logged in.', '[]'),
    ]);
    expect(read(channel(4, 'Order "42" placed.', '{"order":{"id":42}}'))).toMatchObject({
      message: 'Order "42" placed.',
      fields: { context: '{"order":{"id":42}} []' },
    });
  });

  it('takes pipe-separated columns after the text off it (a logger and a thread)', () => {
    const broker = (i: number, text: string, logger: string, thread: string) =>
      `${at(i)},123 | INFO  | ${text} | ${logger} | ${thread}`;
    const read = learnt([
      broker(1, 'Broker is starting', 'org.example.broker.BrokerService', 'main'),
      broker(2, 'Store limit is 100 mb', 'org.example.broker.BrokerService', 'main'),
      broker(3, 'Could not accept connection', 'org.example.broker.Connector', 'Transport Handler'),
    ]);
    expect(read(broker(4, 'Broker started', 'org.example.broker.BrokerService', 'main'))).toMatchObject({
      message: 'Broker started',
      fields: { columns: 'org.example.broker.BrokerService | main' },
    });
  });

  it('leaves a bracket that is no JSON, and a minority, in the text', () => {
    const build = (i: number, text: string) => `${at(i)} WARN ${text} [/src/App/App.csproj]`;
    const read = learnt([1, 2, 3].map((i) => build(i, `step ${i} is slow`)));
    expect(read(build(4, 'step 4 is slow')).message).toBe('step 4 is slow [/src/App/App.csproj]');
    const some = (i: number) => `${at(i)} INFO sent ${i % 3 === 0 ? '{"id":1}' : 'nothing'}`;
    const few = learnt([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(some));
    expect(few(some(12)).message).toBe('sent {"id":1}');
  });
});

describe('column shapes', () => {
  it.each([
    ['[be[corp.example.com]] text', 'bracket', 23],
    ['[worker-1]: text', 'bracket', 12],
    ['<k3j4h5g6> text', 'angle', 11],
    ['(0x0040): text', 'paren', 10],
    ['bt_hci_core: text', 'tag', 13],
    ['proftpd[4711] text', 'process', 14],
    ['build01( 288): text', 'process', 15],
    ['[be] > text', 'bracket', 7],
    // An empty bracket is a column's empty field where most lines write it (msg42).
    ['[] text', 'bracket', 3],
    ['7f3a9c7fe640 text', 'id', 13],
    ['0x1a2b     text', 'id', 11],
    ['0x0 text', 'id', 4],
    ['kernel  text', 'padded', 8],
    ['DNS Client Events\ttext', 'tab', 18],
  ] as const)('%j is a %s column', (text, shape, end) => {
    expect(columnEnd(text, 0, shape)).toBe(end);
  });

  it.each([
    ['[unclosed text', 'bracket'],
    ['[whole message]', 'bracket'],
    ['<a b> text', 'angle'],
    ['Error: text', 'tag'],
    ['WSVR0605W: text', 'tag'],
    ['url:http://x', 'tag'],
    ['cafe text', 'id'],
    ['0x text', 'id'],
    ['0xzz text', 'id'],
    ['main(x) text', 'process'],
    ['(12) text', 'process'],
    ['kernel text', 'padded'],
  ] as const)('%j is no %s column', (text, shape) => {
    expect(columnEnd(text, 0, shape)).toBe(-1);
  });

  it.each([
    ['text {"a":1}', 'context', 4],
    ['text {"a":{"b":[1]}} []', 'context', 20],
    ['text [{"a":1}]', 'context', 4],
    ['text main.go:42', 'location', 4],
    ['text | logger | main', 'pipe', 13],
  ] as const)('%j ends with a %s column from %i', (text, shape, start) => {
    expect(trailStart(text, text.length, shape)).toBe(start);
  });

  it.each([
    ['text {a}', 'context'],
    ['text{"a":1}', 'context'],
    ['{"a":1}', 'context'],
    ['text [/src/app.csproj]', 'context'],
    ['text config.yaml:3', 'location'],
    ['text |main', 'pipe'],
    ['cat a | grep b |', 'pipe'],
    [`text ${'a'.repeat(70)}.go:12`, 'location'],
  ] as const)('%j ends with no %s column', (text, shape) => {
    expect(trailStart(text, text.length, shape)).toBe(-1);
  });

  it('learns nothing from fewer than three messages', () => {
    expect(learnColumns(['[a] x', '[b] y'])).toEqual({ lead: [], trail: [] });
    expect(learnColumns(['[a] x', '[b] y', '[c] z'])).toEqual({ lead: ['bracket'], trail: [] });
  });
});
