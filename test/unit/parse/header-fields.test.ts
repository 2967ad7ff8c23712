import { describe, expect, it } from 'vitest';
import { isSourceLocation } from '../../../core/parse/header-fields.ts';
import { takeStructuredDataElement } from '../../../core/parse/header-line.ts';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { newLine } from '../../../core/parse/line.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

/** Parses `lines` as one source, its structure learned from them first, as the ingest does. */
function parseSource(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('source', lines, receivedAt);
  return lines.map((line) => parser(line, receivedAt, 'source'));
}

describe('source locations', () => {
  it('knows `file.ext:line`, `file.ext.line` and `file.ext(line)` with a source extension', () => {
    const at = (s: string) => isSourceLocation(s, 0, s.length);
    expect(at('main.cc:42')).toBe(true);
    expect(at('src/db.rs:88')).toBe(true);
    expect(at('server.c.1513')).toBe(true);
    expect(at('gpu_init.cc(523)')).toBe(true);
    expect(at('CassandraDaemon.java:611')).toBe(true);
    expect(at('example.com:443')).toBe(false);
    expect(at('10.0.0.1:80')).toBe(false);
    expect(at('config.yaml:3')).toBe(false);
    expect(at('main.cc')).toBe(false);
  });
});

describe('header fields between the level and the message', () => {
  it("takes JetBrains' `#category - ` after the level as the logger", () => {
    expect(
      parse(
        '2026-11-30 08:02:10,944 [  15629]   WARN - #c.i.o.v.i.l.NativeFileWatcherImpl - Watcher terminated',
      ),
    ).toMatchObject({
      level: 'WARN',
      logger: 'c.i.o.v.i.l.NativeFileWatcherImpl',
      message: 'Watcher terminated',
    });
    // A number after `#` is an issue or a count, the text's.
    expect(parse('2026-11-30 08:02:10,944 WARN #1234 - retry later').message).toBe('#1234 - retry later');
  });

  it('drops a source location after the level, bracketed or not', () => {
    expect(parse('2026-11-30 10:00:00.123456 [NOTICE] switch_core.c:2557 FreeSWITCH Started')).toMatchObject({
      level: 'NOTICE',
      message: 'FreeSWITCH Started',
    });
    expect(
      parse('[2026-11-30 10:00:01.456789 +00:00] WARN [app::db] src/db.rs:88: pool exhausted'),
    ).toMatchObject({ level: 'WARN', logger: 'app::db', message: 'pool exhausted' });
    expect(parse('INFO  [main] 2026-11-30 14:02:11,123 CassandraDaemon.java:611 - JVM vendor')).toMatchObject(
      {
        level: 'INFO',
        message: 'JVM vendor',
      },
    );
    // `--` after the location as after any field taken (Ray's `%(filename)s:%(lineno)s -- %(message)s`).
    expect(
      parse('2026-11-30 10:15:02,123\tWARNING services.py:1889 -- WARNING: /dev/shm is small'),
    ).toMatchObject({
      level: 'WARN',
      message: 'WARNING: /dev/shm is small',
    });
  });

  it('drops glog’s thread id and location after the level letter', () => {
    expect(parse('E1130 10:00:00.123456  1234 main.cc:42] failed to open')).toMatchObject({
      level: 'ERROR',
      timestamp: Date.parse('2026-11-30T10:00:00.123Z'),
      message: 'failed to open',
    });
  });

  it('drops numbers in square brackets (`[1234]:`, an epoch), not a message id in parentheses', () => {
    expect(parse('2026-11-30 10:00:00 NOTICE [1234]: Proxying refused').message).toBe('Proxying refused');
    expect(parse('2026/11/30 10:00:01 wazuh-remoted: WARNING: (1213): Message not allowed').message).toBe(
      '(1213): Message not allowed',
    );
    expect(
      parse('Nov 30 10:00:01 host1 NetworkManager[842]: <warn>  [1796032801.4567] device (wlan0): down'),
    ).toMatchObject({ level: 'WARN', message: 'device (wlan0): down' });
  });

  it('takes a name before ` - ` or ` : ` as the logger, but not a capitalised word', () => {
    expect(parse('2026-11-30 10:00:00.123 +0000 INFO  ServerConfig - Found no hostname')).toMatchObject({
      logger: 'ServerConfig',
      message: 'Found no hostname',
    });
    expect(parse('2026-11-30T10:00:01+0000 warning com.example.app : cache miss')).toMatchObject({
      logger: 'com.example.app',
      message: 'cache miss',
    });
    expect(parse('2026-11-30 10:00:00,123 INFO Done - took 3 s').message).toBe('Done - took 3 s');
  });

  it('drops tracing’s `ThreadId(N)` before the target, to fields.thread', () => {
    expect(
      parse('2026-11-30T10:00:00.123456Z  WARN ThreadId(07) pool::conn: Connection reset'),
    ).toMatchObject({
      level: 'WARN',
      logger: 'pool::conn',
      message: 'Connection reset',
      fields: { thread: '07' },
    });
  });

  it('drops tracing’s thread name with its `ThreadId(N)`, to fields.thread_name and fields.thread', () => {
    expect(
      parse(
        '2026-11-30T10:02:11.483310Z  INFO tokio-runtime-worker ThreadId(06) zenoh::net::runtime: Using ZID: 5c3e',
      ),
    ).toMatchObject({
      level: 'INFO',
      logger: 'zenoh::net::runtime',
      message: 'Using ZID: 5c3e',
      fields: { thread_name: 'tokio-runtime-worker', thread: '06' },
    });
  });

  it('keeps `ThreadId(` in prose, and a level word before it, as text', () => {
    expect(parse('2026-11-30T10:00:00.123Z  INFO worker spawned on ThreadId(3) ok').message).toBe(
      'worker spawned on ThreadId(3) ok',
    );
    expect(parse('2026-11-30T10:00:00.123Z  INFO ERROR ThreadId(01) pool::conn: reset').message).toBe(
      'ERROR ThreadId(01) pool::conn: reset',
    );
    expect(parse('2026-11-30T10:00:00.123Z  INFO main ThreadId(x1) pool::conn: reset').message).toBe(
      'main ThreadId(x1) pool::conn: reset',
    );
  });

  it('reads glog’s prefix after an rcutils header as a second header when its letter agrees', () => {
    const head = (level: string, n: number) =>
      `[cartographer_node-1] [${level}] [179601391${n}.218305116] [cartographer logger]: `;
    const lines = [
      `${head('INFO', 0)}I1130 04:45:10.000000 71204 configuration_file_resolver.cc:41] Found 'map_builder.lua'.`,
      `${head('WARN', 1)}W1130 04:45:11.000000 71204 sensor_bridge.cc:88] Sensor data lags.`,
      `${head('WARN', 2)}I1130 04:45:12.000000 71204 map_builder.cc:12] Letter disagrees.`,
      `${head('INFO', 3)}relayed: I1130 04:45:13.000000 71204 map_builder.cc:12] Later in the text.`,
      `${head('INFO', 4)}Inserted submap (0, 1).`,
    ];
    const parsed = parseSource(lines);
    expect(parsed[0]).toMatchObject({
      level: 'INFO',
      message: "Found 'map_builder.lua'.",
      fields: { thread: '71204', caller: 'configuration_file_resolver.cc:41' },
    });
    expect(parsed[1]).toMatchObject({ level: 'WARN', message: 'Sensor data lags.' });
    expect(parsed[2]?.message).toBe('I1130 04:45:12.000000 71204 map_builder.cc:12] Letter disagrees.');
    expect(parsed[3]?.message).toBe(
      'relayed: I1130 04:45:13.000000 71204 map_builder.cc:12] Later in the text.',
    );
    expect(parsed[4]?.message).toBe('Inserted submap (0, 1).');
  });

  it('reads a bare snake_case crate target in tracing’s slot as the target', () => {
    expect(parse('2026-11-30T10:00:00.123456Z  INFO veloren_server_cli: Server is ready')).toMatchObject({
      level: 'INFO',
      logger: 'veloren_server_cli',
      message: 'Server is ready',
    });
    expect(
      parse('2026-11-30T10:00:00.123456Z ERROR main ThreadId(01) zenoh_bridge_ros2dds: bind failed'),
    ).toMatchObject({ logger: 'zenoh_bridge_ros2dds', message: 'bind failed', fields: { thread: '01' } });
  });

  it('keeps a plain word, a key later in the text and a word outside tracing’s slot as text', () => {
    expect(parse('2026-11-30T10:00:00.123456Z  INFO version: 1.2').message).toBe('version: 1.2');
    expect(parse('2026-11-30T10:00:00.123456Z  INFO rpxy: Start').message).toBe('rpxy: Start');
    expect(parse('2026-11-30T10:00:00.123456Z  WARN pool::conn: retry_count: 3')).toMatchObject({
      logger: 'pool::conn',
      message: 'retry_count: 3',
    });
    expect(parse('2026-11-30 10:00:00,123 INFO user_id: 42 logged in').message).toBe('user_id: 42 logged in');
  });

  it('keeps a snake_case key before its number as text in tracing’s slot (a value, not a target)', () => {
    for (const text of ['retry_count: 3 attempts', 'disk_usage: 91%', 'user_id: 42 logged in']) {
      const line = parse(`2026-11-30T10:00:00.123456Z  WARN ${text}`);
      expect(line.message).toBe(text);
      expect(line.logger).toBeUndefined();
    }
    expect(parse('2026-11-30T10:00:00.123456Z  INFO wealth_server: 52: listening')).toMatchObject({
      logger: 'wealth_server',
      message: '52: listening',
    });
  });

  it('keeps a `name:` that is not a Rust path: it often begins the message', () => {
    expect(parse('2026-11-30T10:00:00.123Z INFO vector::app: Log level is enabled.')).toMatchObject({
      logger: 'vector::app',
      message: 'Log level is enabled.',
    });
    expect(parse('2026-11-30 10:00:00 [INFO] plugin/reload: Running configuration').message).toBe(
      'plugin/reload: Running configuration',
    );
  });

  it('reads pretty_env_logger’s padded Rust target before ` > ` as the logger', () => {
    expect(parse(' 2026-11-29T07:30:02.140Z INFO  app_node::net::peer    > Starting node')).toMatchObject({
      level: 'INFO',
      logger: 'app_node::net::peer',
      message: 'Starting node',
    });
    expect(parse(' DEBUG app_client::database > opening sqlite database')).toMatchObject({
      level: 'DEBUG',
      message: 'opening sqlite database',
    });
    // A crate's bare name, padded to the widest target so far.
    expect(
      parse('2026-11-21T05:06:01.619Z ERROR mux                 > read_pty EOF: pane_id 0'),
    ).toMatchObject({
      logger: 'mux',
      message: 'read_pty EOF: pane_id 0',
    });
  });

  it('keeps `>` in the text after a word not padded, a name no target has, or with no level', () => {
    expect(parse('2026-11-29T07:30:02.140Z ERROR x > 5 is true').message).toBe('x > 5 is true');
    const load = '2026-11-29T07:30:02.140Z INFO load > limit, shedding';
    expect(parse(load).message).toBe('load > limit, shedding');
    // A target a program set may carry hyphens (r120: warp's `log("rendezvous-server")`); a mark's may not.
    expect(parse('2026-11-29T07:30:02.140Z INFO a-b   > c')).toMatchObject({ logger: 'a-b', message: 'c' });
    expect(parse('2026-11-29T07:30:02.140Z INFO a--b   > c').message).toBe('a--b   > c');
    expect(parse('2026-11-29T07:30:02.140Z INFO -b   > c').message).toBe('-b   > c');
    expect(parse('2026-11-29T07:30:02.140Z INFO a::b >> c').message).toBe('a::b >> c');
    expect(parse('2026-11-29T07:30:02.140Z INFO a::b >c').message).toBe('a::b >c');
    expect(parse('2026-11-29T07:30:02.140Z app::net > text').message).toBe('app::net > text');
  });

  it('skips one-word columns in a tab- or pipe-separated layout, not structured context', () => {
    expect(
      parse('2026-11-30T10:00:00.123Z\tINFO\tmain\tio.trino.server.Server\t======== SERVER STARTED ========'),
    ).toMatchObject({ level: 'INFO', message: '======== SERVER STARTED ========' });
    expect(parse('2026-11-30T14:02:11.123Z\tINFO\tserver/main.go:42\tstarted\t{"port": 8080}').message).toBe(
      'started\t{"port": 8080}',
    );
    const [first] = parseSource([
      '2026-11-30 10:00:00.1|Info|Bootstrap|Starting Sonarr - Version 4.0.0.741',
      '2026-11-30 10:00:01.4|Warn|DiskSpaceService|Unable to get free space for: /tv',
    ]);
    expect(first).toMatchObject({ level: 'INFO', message: 'Starting Sonarr - Version 4.0.0.741' });
  });

  it('reads Spring Boot’s pid, `---`, thread and logger before ` : `', () => {
    expect(
      parse(
        '2026-11-30T14:02:11.123+02:00  INFO 12345 --- [myapp] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized',
      ),
    ).toMatchObject({ level: 'INFO', message: 'Tomcat initialized' });
  });

  it('reads Spring Boot’s logger cut from the left to its 40 columns, opening with a dot', () => {
    // `%-40.40logger{39}`: logback keeps the last 40 characters of a longer abbreviation.
    expect(
      parse(
        '2026-11-30 18:20:05.210  INFO 1 --- [           main] .s.d.r.c.RepositoryConfigurationDelegate : Bootstrapping Spring Data repositories in DEFAULT mode.',
      ),
    ).toMatchObject({
      level: 'INFO',
      logger: '.s.d.r.c.RepositoryConfigurationDelegate',
      fields: { pid: 1, thread: 'main' },
      message: 'Bootstrapping Spring Data repositories in DEFAULT mode.',
    });
  });

  it('reads Tomcat’s container logger, its path segments in brackets, as Spring Boot prints it', () => {
    // `ContainerBase.getLogName()`: `org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]`.
    expect(
      parse(
        '2026-11-28 06:12:05.470  INFO 1 --- [           main] o.a.c.c.C.[Tomcat].[localhost].[/]       : Initializing Spring embedded WebApplicationContext',
      ),
    ).toMatchObject({
      level: 'INFO',
      logger: 'o.a.c.c.C.[Tomcat].[localhost].[/]',
      fields: { pid: 1, thread: 'main' },
      message: 'Initializing Spring embedded WebApplicationContext',
    });
    expect(
      parse(
        '2026-11-28 06:12:05,470 INFO org.apache.catalina.core.ContainerBase.[Catalina].[localhost].[/app] - Starting',
      ),
    ).toMatchObject({
      logger: 'org.apache.catalina.core.ContainerBase.[Catalina].[localhost].[/app]',
      message: 'Starting',
    });
  });

  it('keeps brackets that are no logger’s segments as text', () => {
    expect(parse('2026-11-28 06:12:05,470 INFO foo.[bar baz] - x').message).toBe('foo.[bar baz] - x');
    expect(parse('2026-11-28 06:12:05,470 INFO foo.[] - x').message).toBe('foo.[] - x');
    expect(parse('2026-11-28 06:12:05,470 INFO [a].[b] : x').logger).not.toBe('[a].[b]');
    expect(parse('2026-11-28 06:12:05,470 INFO foo.[bar]x : y').message).toBe('foo.[bar]x : y');
    expect(parse('2026-11-28 06:12:05,470 INFO foo. [bar] : y').message).toBe('foo. [bar] : y');
  });

  it('keeps a dot-led word as text outside Spring Boot’s `---` frame', () => {
    expect(parse('2026-11-30 18:20:05.210  INFO .env : not found').message).toBe('.env : not found');
    expect(parse('2026-11-30 18:20:05.210  INFO 1 [main] .s.d.Foo : text').message).toBe(
      '1 [main] .s.d.Foo : text',
    );
    expect(parse('2026-11-30 18:20:05.210  INFO 1 --- [main] .s.d.Foo - text').logger).toBeUndefined();
    expect(parse('2026-11-30 18:20:05.210  INFO 1 --- [main] ... : text').message).toBe('[main] ... : text');
  });

  it('reads a thread in parentheses after a bracketed logger (JBoss, Quarkus)', () => {
    expect(
      parse('2026-11-30 14:02:11,123 INFO  [io.quarkus] (main) getting-started 1.0 started'),
    ).toMatchObject({
      logger: 'io.quarkus',
      fields: { thread: 'main' },
      message: 'getting-started 1.0 started',
    });
  });

  it('ends the header at the bracket it opened in: `[time LEVEL logger] text`', () => {
    const [line] = parseSource([
      "[2026-11-30 10:00:00Z INFO HostContext] Well known directory 'Bin'",
      '[2026-11-30 10:00:01Z WARN JobDispatcher] Job request 42 was cancelled',
    ]);
    expect(line).toMatchObject({
      level: 'INFO',
      logger: 'HostContext',
      message: "Well known directory 'Bin'",
    });
  });

  it('reads a level marked after a syslog program’s own fields (Pacemaker), not a bare word', () => {
    expect(
      parse(
        'Nov 30 10:00:00.123 node1 pacemaker-controld  [1234] (do_state_transition)  notice: State transition S_IDLE',
      ),
    ).toMatchObject({ level: 'NOTICE', host: 'node1', message: 'State transition S_IDLE' });
    expect(parse('Jun 15 04:06:20 combo logrotate: ALERT exited abnormally with [1]')).toMatchObject({
      message: 'ALERT exited abnormally with [1]',
    });
  });

  it('keeps the syslog program and pid when it reads a level marked in the message after them', () => {
    expect(
      parse('Nov 30 10:00:01 db1 postgres[812]: [3-1] user=app ERROR:  relation "t" does not exist'),
    ).toMatchObject({
      level: 'ERROR',
      host: 'db1',
      service: 'postgres',
      fields: { pid: 812 },
      message: 'relation "t" does not exist',
    });
    expect(parse('Nov 30 10:00:02 web1 app: upstream sent WARNING: slow')).toMatchObject({
      host: 'web1',
      service: 'app',
    });
  });

  it('takes `[name]` after a level the header found as the logger (Telegraf’s `W! [inputs.cpu]`)', () => {
    expect(parse('2026-11-30T10:00:10Z W! [inputs.cpu] Collection took longer than expected')).toMatchObject({
      level: 'WARN',
      logger: 'inputs.cpu',
      message: 'Collection took longer than expected',
    });
    expect(parse('2026-11-30T10:00:00Z I! Starting Telegraf 1.28.5').message).toBe(
      'Starting Telegraf 1.28.5',
    );
  });

  it('drops an arrow of any length right after the time, not after other fields', () => {
    expect(parse('ERROR - 2026-11-30 14:02:11 --> Cache miss for key 7')).toMatchObject({
      level: 'ERROR',
      message: 'Cache miss for key 7',
    });
    // The arrow ends the header: a bracket after it is the text's.
    expect(parse('WARNING - 2026-11-30 14:02:11 --> [DEPRECATED] old call').message).toBe(
      '[DEPRECATED] old call',
    );
    // After a level alone it stays the text's (`[HTTP]` opening a line is a scope, no level: lvl42).
    expect(parse('[INFO] --> POST /session').message).toBe('--> POST /session');
    expect(parse('2026-11-30 14:02:11 ==> Starting job').message).toBe('Starting job');
    expect(parse('2026-11-30 14:02:11 WARN pool --> sized to 4').message).toBe('pool --> sized to 4');
    // After a program's tag or a component, an arrow is the text's own (OkHttp's, mkinitcpio's).
    expect(parse('11-30 14:02:12.001  4321  4339 D OkHttp  : --> GET /api').message).toBe('--> GET /api');
  });

  it('drops a lone dash after a field in parentheses (log4j’s `[%t] (%C.%M:%L) - %m`)', () => {
    expect(
      parse('27 Nov 2026 14:02:11,318 INFO  [main] (org.example.Server.start:62)  - Server starting').message,
    ).toBe('Server starting');
    expect(parse('27 Nov 2026 14:02:11,318 WARN  [main] (Server.java:62) - slow start').message).toBe(
      'slow start',
    );
  });

  it('drops clamd’s arrow between the time and the text', () => {
    expect(parse('Mon Nov 30 10:00:02 2026 -> /tmp/eicar.com: Eicar FOUND').message).toBe(
      '/tmp/eicar.com: Eicar FOUND',
    );
  });
});

describe('levels in more shapes and places', () => {
  it('reads the severity digit of a `%FACILITY-N-MNEMONIC:` (Cisco IOS, ASA)', () => {
    const lines = parseSource([
      '*Nov 30 10:00:00.123: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down',
      '*Nov 30 10:00:01.456: %SYS-5-CONFIG_I: Configured from console by admin',
      '*Nov 30 10:00:02.789: %SEC-6-IPACCESSLOGP: list 101 denied tcp',
    ]);
    expect(lines.map((l) => l.level)).toEqual(['ERROR', 'NOTICE', 'INFO']);
    expect(lines[0]?.message).toBe('Interface GigabitEthernet0/1, changed state to down');
    expect(parse('2026-11-30 10:00:00 %ASA-4-106023: Deny tcp src outside').level).toBe('WARN');
    expect(parse('2026-11-30 10:00:00 rate 50%-3-up and climbing').level).toBeUndefined();
  });

  it('reads the severity digit of a `%%NNFACILITY/N/MNEMONIC` (the VRP family: Huawei, H3C, HPE Comware)', () => {
    const lines = parseSource([
      'Nov 30 2026 10:15:02+08:00 SW-7 %%01LINK/4/STATE_CHG(l)[45]:Port 3 went down.',
      'Nov 30 2026 10:16:02+08:00 SW-7 %%10DEV/3/psuFault(t)[46]:Power module failed.',
      'Nov 30 2026 10:17:02+08:00 SW-7 %%01CLI/5/CMD(s)[47]:Command recorded. (User=ops)',
    ]);
    expect(lines.map((l) => l.level)).toEqual(['WARN', 'ERROR', 'NOTICE']);
    expect(lines[1]?.message).toBe('Power module failed.');
    // The separators agree: a slash and a dash mixed, or no digit between them, is no mnemonic.
    expect(parse('2026-11-30 10:00:00 %%01LINK/4-STATE: mixed').level).toBeUndefined();
    expect(parse('2026-11-30 10:00:00 %%01LINK/x/STATE: letter').level).toBeUndefined();
  });

  it('reads X.Org’s doubled letters in parentheses, with no timestamp', () => {
    expect(parse('[    12.500] (EE) Failed to load module "nvidia"')).toMatchObject({
      level: 'ERROR',
      message: 'Failed to load module "nvidia"',
    });
    expect(parse('[    12.400] (WW) Falling back to old probe method').level).toBe('WARN');
    expect(parse('[    12.345] (II) Loading modesetting_drv.so').level).toBe('INFO');
    expect(parse('[    12.345] (==) Using config file').level).toBeUndefined();
  });

  it('reads only X.Org’s doubled letters (II, WW, EE), not other letters doubled in parentheses', () => {
    expect(parse('2026-11-30 10:00:00 Using (CC) gcc 12 for the build').level).toBeUndefined();
    expect(parse('2026-11-30 10:00:00 dependency (NN) resolved').level).toBeUndefined();
    expect(parse('2026-11-30 10:00:00 cache (DD) flushed').level).toBeUndefined();
  });

  it('reads GLib’s `Domain-LEVEL **:`, not an all-capitals compound', () => {
    expect(parse('(nautilus:5678): GLib-GIO-ERROR **: 10:00:01.456: No GSettings schemas').level).toBe(
      'ERROR',
    );
    expect(parse('(gnome-shell:1234): Gtk-WARNING **: 10:00:00.123: theme parsing error').level).toBe('WARN');
    expect(parse('2026-11-30 10:00:00 NON-FATAL condition seen').level).toBeUndefined();
    // Only GLib's own mark after it: a hyphenated name ending in a level word is not one.
    expect(parse('2026-11-30 10:00:00 worker-FATAL is a process name').level).toBeUndefined();
    expect(parse('2026-11-30 10:00:00 job db-ERROR retried').level).toBeUndefined();
  });

  it('reads `Fatal error` as FATAL', () => {
    expect(parse('[30-Nov-2026 10:00:02 UTC] PHP Fatal error:  Uncaught Error: foo')).toMatchObject({
      level: 'FATAL',
      message: 'Uncaught Error: foo',
    });
    expect(parse('2026-11-30 10:00:02.789 7f3b2c1d0700 Fatal error: cannot open config file').level).toBe(
      'FATAL',
    );
  });

  it('reads a non-fatal error as an error', () => {
    expect(parse('2026-11-30 10:00:02 Non-fatal error: retrying the upload').level).toBe('ERROR');
    expect(parse('2026-11-30 10:00:02 nonfatal error: retrying the upload').level).toBe('ERROR');
    expect(parse('2026-11-30 10:00:02 NON-FATAL ERROR: retrying the upload').level).toBe('ERROR');
  });

  it('reads the letters `N` notice and `C` critical where a level letter stands', () => {
    const lines = parseSource([
      'C [30/Nov/2026:10:00:00 +0000] Out of memory',
      'N [30/Nov/2026:10:00:01 +0000] Job 1 queued',
    ]);
    expect(lines.map((l) => l.level)).toEqual(['FATAL', 'NOTICE']);
  });

  it('reads `(C)` as critical only before the time, as qBittorrent writes it, not as the copyright sign', () => {
    expect(parse('(C) 2026-11-30T10:00:00 - Could not bind the listening port').level).toBe('FATAL');
    expect(parse('2026-11-30 10:00:00 (C) Copyright IBM Corp. 2001, 2025').level).toBeUndefined();
    expect(parse('[2026-11-30 10:00:00] (c) 2025 Acme Corp. All rights reserved.').level).toBeUndefined();
    expect(parse('(C) Copyright Acme 2025').level).toBeUndefined();
  });

  it('reads an upper-case level marked as a field after other header words (pgpool-II, Ansible)', () => {
    expect(
      parse('2026-11-30 10:00:02.789: psql pid 1250: ERROR:  unable to read message kind'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'unable to read message kind',
    });
    expect(
      parse('2026-11-30 10:00:01,456 p=4321 u=deploy n=ansible | [WARNING]: Platform linux is using Python')
        .level,
    ).toBe('WARN');
    // Unmarked, an upper-case word after the text has begun is the text's.
    expect(parse('2026-11-30 10:00:00 connection to the primary was lost ERROR 42').level).toBeUndefined();
  });

  it('does not take a protocol version for a level (`HTTP/1.1`)', () => {
    expect(parse('[30/Nov/2026 10:00:00] "GET / HTTP/1.1" 200 10697')).toMatchObject({
      level: undefined,
      message: '"GET / HTTP/1.1" 200 10697',
    });
  });
});

describe('a bracketed header whose parts colons separate (Chromium, Electron)', () => {
  it('reads its time, level and message', () => {
    expect(
      parse('[4821:4855:1130/100001.456789:ERROR:gpu_init.cc(523)] Passthrough is not supported'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:00:01.456Z'),
      level: 'ERROR',
      message: 'Passthrough is not supported',
    });
  });

  it('leaves a bracket with spaces or fewer colons alone', () => {
    expect(parse('[a:b] ERROR something broke').message).toBe('something broke');
    expect(parse('[10.0.0.1:443:x:y z] text').level).toBeUndefined();
  });
});

describe('an RFC 5424 structured-data element opening the message after another header', () => {
  it('goes to fields.structuredData, quoted values or not, and the text starts after it', () => {
    const hostd = (pid: number, level: string, sd: string, text: string) =>
      `2026-11-25T03:20:11.482Z ${level} hostd[${pid}] [Originator@6876 ${sd}] ${text}`;
    const read = parseSource([
      hostd(2099521, 'info', 'sub=Vimsvc.TaskManager opID=esxui-4f1a user=root', 'Task Created'),
      hostd(2099533, 'warning', 'sub=Libs note="a \\"quoted\\" value"', 'SSL: Unknown SSL Error'),
      hostd(2099540, 'error', 'sub=Vmsvc.vm:/vmfs/volumes/ds1/web01/web01.vmx', 'Failed to power on VM'),
    ]);
    expect(read[0]).toMatchObject({
      level: 'INFO',
      message: 'Task Created',
      fields: { structuredData: '[Originator@6876 sub=Vimsvc.TaskManager opID=esxui-4f1a user=root]' },
    });
    expect(read[1]).toMatchObject({ level: 'WARN', message: 'SSL: Unknown SSL Error' });
    expect(read[2]).toMatchObject({ level: 'ERROR', message: 'Failed to power on VM' });
    // Without `@` and an enterprise number, or with a word that is no parameter, a bracket stays.
    for (const text of ['[user@host] said hi', '[a@1 b] x', '[a@1 k=v]x', '[@1 k=v] x']) {
      const line = newLine('timestamped', text);
      takeStructuredDataElement(line);
      expect(line.message, text).toBe(text);
    }
  });
});
