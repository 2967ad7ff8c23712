import fc from 'fast-check';

/** Pieces real log lines are made of, so generated lines reach deep into every parser. */
const piece = fc.oneof(
  fc.constantFrom(
    '2025-10-23 14:32:15,123',
    '2025-10-23T14:32:15.123456789Z',
    '2025/10/23 14:32:15',
    '25/10/23 14:32:15',
    '081109 203615',
    'Oct 23 14:32:15',
    'Thu Oct 23 14:32:15 2025',
    '10-23 14:32:15.123',
    '20251023-14:32:15:123',
    '2025.10.23 14:32:15',
    '2025-10-23-14.32.15.123456',
    '[10.23 14:32:15]',
    '[23/Oct/2025:14:32:15 +0000]',
    '1761230000',
    '1761230000123',
    '1e30',
    '-1e308',
    'NaN',
    'INFO',
    'WARN ',
    '[WARN ]',
    'Info   ',
    'E',
    '\u001b[31mERROR\u001b[0m',
    'level=error',
    'msg="quoted \\" value"',
    '|',
    ' - ',
    ': ',
    '[main]',
    '(kafka.server.KafkaServer)',
    'main.cc:42]',
    '(server.c.1513)',
    '[1796032800.1234]',
    '%LINK-3-UPDOWN:',
    '(EE)',
    'GLib-GIO-ERROR **:',
    'Fatal error:',
    '12345 --- ',
    'ServerConfig - ',
    'vector::app: ',
    '-> ',
    '[4821:4855:1130/100001.456789:ERROR:',
    '<34>1 ',
    '<13>',
    'stdout F ',
    '  at com.example.Foo.bar(Foo.java:42)',
    'Caused by: ',
    '\t',
    '{',
    '}',
    '[',
    ']',
    '"',
    '\\',
    '=',
    '\uD800',
    '\u0000',
    // The pieces of the formats and conventions learned on 3 December: CMTrace, the VRP family's
    // mnemonics, levels between asterisks or cut to a column, arrows after the time, logfmt's date,
    // time and zone pairs, the journal's export, epoch ns, a date apart from its time, header columns.
    '<![LOG[',
    // SAP's list log (r85): its opening, its time and zone, an escaped mark, the message type.
    '#2.0#2026 11 30 08:00:00:000#+00:00#WARNING#/approuter#',
    '\\#',
    '#PLAIN##',
    // opsi's layout, nested-logrus-formatter's fields and HMRC's Play pairs (r85).
    '[5] [2026-11-23 06:58:02.417] [192.0.2.41     ] ',
    '   (session.py:721)',
    ' [WARNING] [source:db1] [metric:wal] ',
    ' level=[INFO] logger=[a] thread=[b] rid=[] message=[',
    '] exception=[',
    ']LOG]!><time="08:00:00.000+300" date="11-30-2026" component="C" type="3" thread="1" file="">',
    '%%01IFNET/4/LINK_STATE(l)[45]:',
    '*WARN*',
    'WARNI',
    'SEVER',
    '-->',
    '==>',
    'date=2026-11-30 time=09:41:27 tz="+0100"',
    '"__REALTIME_TIMESTAMP":"1795932845904117","PRIORITY":"3"',
    '1764488400000000000',
    '11/28/2026 - ',
    '28-11-2026 | ',
    'Nov27 ',
    'Nov 29 06:00:03 2026 ',
    '2026-11-27\t10:15:03',
    '08:04:40:281',
    '20261130094127',
    'worker.1 | ',
    'org.apache.sling.Foo ',
    'metabase.core :: ',
    '{app.server:196} ',
    'psramInit(): ',
    'contextInitialized ',
    '[interface.go:497]',
    '"quoted" k="v"',
    // The dev8 round: a zone of hours alone, dates with colons, a bracketed thread after a ctime
    // time, the kernel's uptime after a syslog tag, a syslog header after a time of another shape, a
    // level joined to a name by a hyphen, `Notification`.
    ' +01 - ',
    ' -03 [812] ',
    '2026:11:28-10:15:32',
    '[Fri Nov 27 08:46:28.131 2026] [42] ',
    'FATAL: ',
    'kernel: [  812.009334] ',
    'utm-fw ulogd[4321]: ',
    '[Information-Duplicati.Library.Main-Op]: ',
    '[WARN-',
    '[Notification] ',
    ' INF ',
    ' error="record not found" node_key=k:1',
    '{Main.cpp}: ',
    'Z-WAVE: ',
    '(pid:3112) ',
    '<0.254.0>@vmq_cluster_node:init:52 ',
    '["retry func failed"] ["retry time"=3] [error="x [y]"]',
    '#c.i.o.NativeFileWatcherImpl - ',
    '<Noti:AAA.authPass> ',
    'pri=134 ',
    'pri=9999999999 ',
    'pri=1e2 ',
    '[Error-Prone] ',
    '[Originator@6876 sub=Vimsvc.TaskManager opID=esxui-4f1a user=root] ',
    '[id@1 k="v\\"',
    ' [OLocalPaginatedStorage]',
    '<6>Microsoft.Hosting.Lifetime[14] ',
    '<4> 2026-11-30 10:15:05.789 +00:00 [WRN] - ',
    // The dev9 round: dashes after a level, an appliance's time and Cisco's header after <PRI>,
    // libqb's padded level and subsystem, zerolog's bracketed level, a bracket around the line.
    ' warn --- ',
    'error--- ',
    '<134> 11/28/2026:15:31:21 GMT ',
    '<134>Cisco-00f8.2c26.6580: *apfMsConnTask_0: Nov 20 19:37:28.624: %APF-6-X: apf.c:3136 ',
    '52: router1: *',
    ' corosync info    [QB    ] ',
    'warning [TOTEM ] ',
    '[INF] ',
    '[ 2026 Nov 28 11:07:08 ',
    ' ]',
    'msg="a \\"b\\"" k=v',
    'API.Services.TaskScheduler ',
    // The ts37, loss32 and lvl38 rounds: a date with its year last and any joiner, `Z` as a joiner, a
    // weekday naming the time, a severity digit after a marked pid, a logger's dotted name before its
    // pid, long bracketed context before the level, diagnostics and colon-joined names kept as columns.
    '30.11.2026-13:04 ',
    '[11.30.2026_02-00-04]',
    '12.11.2026-1',
    '2026-11-30Z10:00:00 ',
    'Fri ',
    '(4180) 0 ',
    '(4180) 2 ',
    '[4180] 1 ',
    '[Generic.Event] ',
    'alerta.app.alert[9]: ',
    'worker.warn[12]: ',
    '[thread:ProductionPipelineRunnable-3cb5c521-2c8b-4fc1-a9b8-9c7b0e6f6d11-orders_cdc]',
    `[${'pool-7-thread-'.repeat(9)}1]`,
    'a.c:3:10: ',
    'INFO:root:MainThread:',
    'info:c:\\src\\x.cpp:402: ',
    'com.example.Boot:110 ',
    '(nautilus:3120): Gtk-WARNING **: ',
    // The ts38 and lvl39 rounds: a date with a month's name after the time, syslog's fraction after a
    // dash, a level letter glued to a padded number, `NOTE` in a column, a level and a name in a bracket.
    '[05:58:41 29-Nov-26 UTC]',
    '12:00:01 29-Nov-26 ',
    'Nov 29 22:03:11-402918 ',
    'Nov  9 22:03:11-402',
    'W00000116: ',
    'E00012345:',
    'NOTE ',
    '[IFO,App] ',
    '[WRN,Core:dev:Camera-1]',
    '[ERR,',
    '[ERROR,WARN] ',
    // The ts39, ts40 and lvl40 rounds: an unpadded hour after a `T`, milliseconds written twice, the
    // minute and second written again after the seconds, a date glued after a label, dash columns
    // before a level, key=value pairs before a level.
    '2026-11-30T2:17:08 ',
    '2026-11-30 01:14:07,350.350 ',
    ',350.351',
    // r48: the milliseconds again after a comma, unpadded; Log4perl's category, level and pid.
    '2026-11-30 06:00:04,008,8 ',
    ',008,17',
    'openxpki.system.INFO:41201 ',
    'service.WARN:443 ',
    '05:14:24:1424 ',
    '[DEBUG:2026-11-29 19:20:05,330] ',
    'worker-1:2026-11-29 ',
    '#2026-11-29 ',
    'release-2026-11-29 ',
    ' - app - mod - ',
    'pid=1 tid=2f9w class=SendJob jid=5b1e0c7a ',
    'status=ERROR ',
    // The lvl41 round: Monolog's record keys, scopes in brackets opening with a level word, a padded
    // level before a colon standing apart and the widest words filling its pad.
    '"level":200,"level_name":"INFO"',
    '"channel":"app","datetime":"2026-12-02T04:59:07.000224+00:00","context":{},"extra":{}',
    '[Error Handler] ',
    '[HTTP SERVER] ',
    '[ERROR HTTP] ',
    '[ Error Warning ] ',
    '[INFO main] ',
    'INFO     : ',
    'CRITICAL: ',
    'EXCEPTION: ',
    'APP [04:59:07:351] ',
    // r71: logfmt keys behind a sigil, a source location glued to GLib's level name.
    '$time=1796048403114 ',
    '$level=warn ',
    '$msg="unknown domain" ',
    '@timestamp=2026-11-30T10:00:00Z ',
    'module.c:778-info: ',
    // r73: vibe.d's thread and task bracket.
    '[main(Gk2P) WRN] ',
    '[vibe-3(----) dia] ',
    '[main(a+/9-fin) ',
    // r73: Percona Toolkit's underscore-joined stamp.
    '2026_11_26_09_02_17 ',
    'backup_2026_11_26_09_02_17.tar',
    // r73: Ruby's caller location before the text.
    "config.rb:171:in `rescue in loadconfig' ",
    'runner.rb:216:in ',
    "`<main>' ",
    // r99: YAZ's time, program and level name, and look-alikes.
    '06:25:01-28/11 ',
    '13:23:14-23/11 ',
    '10:00:00-31/02 ',
    'zebrasrv(2) ',
    '[session] ',
    '[server] ',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  fc.double().map(String),
);

/**
 * One generated log line: pieces joined, JSON with odd values, deep nesting, or binary. Shared by the
 * fuzz test and `bench/parse-equivalence.ts`, so both reach the same corners of the parsers.
 */
export const FUZZ_LINE_KINDS: readonly fc.Arbitrary<string>[] = [
  fc
    .tuple(fc.array(piece, { maxLength: 24 }), fc.constantFrom(' ', '', '|', '\t'))
    .map(([parts, separator]) => parts.join(separator)),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify({ time: v, level: v, msg: v })),
  fc
    .record({ time: fc.oneof(fc.double(), fc.integer(), fc.string()), level: fc.jsonValue() })
    .map((o) => JSON.stringify(o)),
  // An object as the whole message of a syslog line (JSON under journald): odd values, hostile keys.
  fc
    .tuple(
      fc.constantFrom(
        'Nov 28 04:34:05 host app[12]: ',
        '<30>Nov 28 04:34:05 host app: ',
        'Nov 28 04:34:05 host app ',
      ),
      fc.dictionary(
        fc.constantFrom(
          '__proto__',
          'constructor',
          'pid',
          'payload.pid',
          'host',
          'time',
          'level',
          'msg',
          'logger',
        ),
        fc.jsonValue({ maxDepth: 3 }),
      ),
    )
    .map(([header, o]) => header + JSON.stringify(o)),
  // Monolog's record (its level both named and numbered, or numbered alone) beside other level keys.
  fc
    .record(
      {
        message: fc.string({ maxLength: 20 }),
        context: fc.constantFrom({}, []),
        level: fc.oneof(fc.constantFrom(100, 200, 250, 300, 400, 500, 550, 600, 30, 50, 201), fc.integer()),
        level_name: fc.oneof(
          fc.constantFrom(
            'DEBUG',
            'INFO',
            'NOTICE',
            'WARNING',
            'ERROR',
            'CRITICAL',
            'EMERGENCY',
            'gold',
            '1',
          ),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        levelname: fc.constantFrom('WARNING', 'x'),
        severity: fc.constantFrom('critical', 'minor', 3),
        channel: fc.constantFrom('app', '#general'),
        datetime: fc.constantFrom('2026-12-02T04:59:07.000224+00:00', '2026-12-02 04:59:07', 1764651547),
        extra: fc.constantFrom({}, []),
      },
      { requiredKeys: ['message', 'level'] },
    )
    .map((o) => JSON.stringify(o)),
  fc.nat({ max: 300 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.nat({ max: 300 }).map((depth) => `${'['.repeat(depth)}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
];

export const fuzzLine = fc.oneof(...FUZZ_LINE_KINDS);

/** A padded level before a colon standing apart, its widest words filling the pad (`CRITICAL: `). */
const PADDED_LEVEL_COLUMN = [
  'INFO     : APP [04:59:01:308]',
  'WARNING  : APP [04:59:02:118]',
  'CRITICAL: APP [04:59:03:004]',
  'INFO     : APP [04:59:04:351]',
  'EXCEPTION: APP [04:59:05:120]',
];

/** oslo.log's head, its request context empty (`[-]`): read where it opens the line. */
/** lvl42's level letter before a logger's function and line (kuyruk's `%(levelname).1s %(name)s.%(funcName)s:%(lineno)d - `). */
const LETTER_LOCATION_HEAD = [
  'I kuyruk.worker.run:120 -',
  'E kuyruk.worker.run:88 -',
  'W kuyruk.task.apply:3 -',
];

const OSLO_HEAD = [
  '2026-11-30 10:00:01.118 3312 INFO app.init [-]',
  '2026-11-30 10:00:02.004 3312 WARNING app.osutils [-]',
  '2026-11-30 10:00:03.771 3312 INFO app.metadata.base [-]',
];

/**
 * r43's heads, read where they open the line: a prefix Go's `log` glues to its date (one behind colour
 * codes), a level word glued there, a Ruby Logger whose application writes its program's name into
 * each call, and zerolog's console levels with its panic.
 */
const R43_HEADS = [
  [
    'App2026/11/29 11:40:05 app.go:58:',
    'App2026/11/29 11:40:06',
    '\x1b[36mApp\x1b[0m2026/11/29 11:40:07 db.go:9:',
    'App2026/11/29 11:40:08',
  ],
  ['WARN2026/11/29 11:40:05', 'WARN2026/11/29 11:40:06 main.go:3:'],
  [
    'I, [2026-11-29T19:44:10.123456 #71]  INFO -- Nerve::Nerve: nerve:',
    'W, [2026-11-29T19:44:11.000001 #71]  WARN -- Nerve::Nerve: nerve:',
  ],
  [
    '2026-11-30T10:15:01Z INF',
    '2026-11-30T10:15:02Z PNC',
    '2026-11-30T10:15:03Z WRN',
    '2026-11-30T10:15:04Z ERR',
  ],
];

/**
 * r45's and r46's heads, read where they open the line: a capitals level word before a parenthesis
 * after a program's `name[pid]:` tag, a level word in any case before a source location in
 * parentheses, a capitalised word before a level word and a colon (a phrase, no level), a logger
 * glued to its line with a capital first, TensorFlow's letter before a glog-style caller, and
 * SimpleDateFormat's padded millisecond count in three seconds.
 */
const R45_R46_HEADS = [
  ['mailq[77]: ERROR (spool)', 'mailq[77]: INFO (spool)', 'error-handler[3]: WARNING (queue)'],
  ['[XX] info (Charger.cpp:369):', '[YY] warning (Connection.cpp:142):', 'debug (net.c:12):'],
  ['2026-11-29 17:07:53 [sync] Streaming Error:', '2026-11-29 17:07:54 [sync] Database Warning:'],
  [
    '2026-11-29 14:00:02,114 INFO WikiApp.auth:120',
    '2026-11-29 14:01:02,114 WARNING WikiApp.PageEditor:7',
    '2026-11-29 14:02:02,114 INFO WikiApp.search.indexing:31',
  ],
  [
    '2026-11-30 06:12:01.118204: I tensorflow/core/util/port.cc:113]',
    '2026-11-30 06:12:02.000001: W tensorflow/core/framework/op_kernel.cc:1830]',
    '2026-11-30 06:12:03.500000: I tensorflow_serving/core/loader_harness.cc:76]',
    '2026-11-30 06:12:04.000002: E tensorflow_serving/core/loader_harness.cc:76]',
  ],
  [
    '2026-11-29 19:30:00.0041 INFO main com.example.Boot',
    '2026-11-29 19:30:01.0354 INFO main com.example.Boot',
    '2026-11-29 19:30:04.0703 WARN main com.example.Boot',
    '2026-11-29 19:30:14.0930 INFO main com.example.Boot',
  ],
];

/**
 * r47's heads: Python's `%(levelname)s:\t%(asctime)s - ` with a time of day, glog's level letter
 * before a text holding a level word with its colon, and a level's spelling inside a `name[pid]: `
 * tag's name before the level column.
 */
const R47_HEADS = [
  ['INFO:\t07:58:02 - uvicorn.error -', 'WARNING:\t08:01:13 - app.worker -', 'ERROR:\t08:02:44 - app.api -'],
  [
    'W1130 07:31:59.794204 1 vm.go:384] prog: Runtime error:',
    'W1130 07:32:00.000001 1 vm.go:12] prog: error:',
  ],
  ['error-handler[3]: INFO (x)', 'warn.app[3]: WARNING (x)', 'error_handler[3]: INFO (y)'],
];

/**
 * r50's heads: logrus's terminal line, its fields after the message padded to 44 columns; a logfmt
 * record after a syslog tag, its level over the relay's priority; Python's `%(module)s:%(lineno)s`
 * after the level on every line.
 */
const R50_HEADS = [
  [
    'INFO[0000] started                                      port=8080',
    'WARN[0004] retrying                                     port=8081 error="dial  tcp"',
    'INFO[0005] set port=8082',
  ],
  [
    'Nov 30 10:02:11 host dockerd[741]: time="2026-11-30T10:02:11.123456789Z" level=error msg="pull failed"',
    'Sun Nov 29 23:50:03 2026 daemon.info wg-quick-op[2391]: time="2026-11-29T23:50:03Z" level=error msg="pull failed"',
    'Nov 30 10:02:12 host dockerd[741]: level=info msg="pull failed" id=3',
  ],
  [
    '2026-11-30 10:00:01,123 INFO  server:109 Modbus server starting',
    '2026-11-30 10:00:02,456 DEBUG transport:281 awaiting connections',
    '2026-11-30 10:00:03,789 WARNING __main__:33 client went away',
  ],
];

/**
 * r53's head: nim-chronicles' text line, its fields after the message padded to 42 columns, learned
 * as the source's pairs column (`pairs-column.ts`); a message cut to the width (`.. `) and one with
 * `=` inside quotes.
 */
const R53_HEAD = [
  'INF 2026-11-29 09:40:11.204+00:00 Taskpool started                           numThreads=8',
  'INF 2026-11-29 09:40:19.877+00:00 Writing computeKey cache                   keys=1048576',
  'WRN 2026-11-29 09:40:27.309+00:00 Database initialized                       base="(0x3f9c, 2)"',
  'ERR 2026-11-29 09:40:27.310+00:00 A message long enough to be cut to the w.. topics="sync" peer=7',
  'INF 2026-11-29 09:40:27.311+00:00 said "a  b=c"                              tid=1',
];

/**
 * msg42's program prefix (`name:` after the time and level, learned as the logger) as a head of its
 * own: as one slot among the shared ones it was reached only when a sample happened to put a time
 * and a level before it, so adding any other head could leave it unreached.
 */
const PROGRAM_PREFIX_HEAD = ['2026-11-30 10:00:01 INFO buildtool:', '2026-11-30 10:00:02 WARN buildtool:'];

/**
 * r51's heads: Python's `%(asctime)s %(levelname)s:%(name)s:%(funcName)s:` with a dotted logger and a
 * function name longer than a level field (40 characters), and a short one beside them.
 */
const R51_HEADS = [
  [
    '2026-11-29 12:21 INFO:tanner.session_manager:delete_old_sessions:',
    '2026-11-29 12:22 WARNING:snare.tanner_handler:parse_tanner_response:',
    '2026-11-29 12:23 INFO:snare.server:handle_request:',
  ],
];

/**
 * r48's heads: Python's `%(asctime)s,%(msecs)d` with the milliseconds again unpadded, Log4perl's
 * `%c.%p:%P` category, level and pid, and a level in brackets before a time of day.
 */
const R48_HEADS = [
  [
    '2026-11-30 06:00:04,008,8 INFO',
    '2026-11-30 06:00:05,052,52 WARNING',
    '2026-11-30 06:00:06,650,650 INFO',
  ],
  ['2026/11/29 21:14:03 openxpki.system.INFO:41201', '2026/11/29 21:15:44 openxpki.auth.WARN:41207'],
  ['[INFO] 07:58:01', '[WARNING] 07:58:02', '[ERROR] 12:00:00'],
];

/**
 * r49's heads: a level glued by hyphens to the time and the text, with the module and line the
 * snippet's variants glue after it; G4KLX's `M:` before its date; status marks after a syslog tag;
 * a bare level before a time of day in a source with no time; a `#` opening every line (buildozer).
 */
const R49_HEADS = [
  [
    '2026/11/29 17:24:47-WARNING-BufferedCapture-line:',
    '2026/11/29 17:24:48-INFO-StartCapture-line:',
    '2026-11-29 17:24:49,123-ERROR-capture-line:42 -',
    '2026/11/29 17:24:50-DEBUG-',
  ],
  [
    'M: 2026-11-30 02:14:07.511',
    'I: 2026-11-30 02:14:08.000',
    'M: 2026-11-30 02:14:09:',
    'E: 2026-11-30 02:14:10.002',
  ],
  [
    'Nov 30 10:02:11 edge-gw1 innernet[741]: [*] fetching',
    'Nov 30 10:02:12 edge-gw1 innernet[741]: [*] updated',
    'Nov 30 10:02:13 edge-gw1 innernet[741]: [!] failed',
  ],
  ['INFO request', 'WARN request', 'ERROR 12:00:00 is not', 'INFO served', 'ERROR failed'],
  [
    '\x1b[0m\x1b[1;34m# Check configuration',
    '\x1b[0m\x1b[1;30m# Search for',
    '\x1b[0m\x1b[1;31m# In section',
  ],
];

/**
 * r52's heads: RFC 822's date with a two-digit year (PHP's `DATE_RFC822`) in a bracket before a level;
 * a pid and a channel of two words ending in a level word before the level prefix (Xdebug 3); a bare
 * `pid:N` opening every message after the time (Workerman); a URL in angle brackets opening the text.
 */
const R52_HEADS = [
  [
    '[2214] [Step Debug] ERR:',
    '[2215] [Step Debug] INFO:',
    '[2214] [Step Debug] WARN:',
    '[2216] [Step Debug] ->',
  ],
  [
    '[Mon, 30 Nov 26 14:00:01 +0000][info]',
    '[Tue, 1 Dec 26 09:12:40 +0100][error]',
    '[Sun, 29 Nov 26 23:59:59 +0000][debug]',
  ],
  [
    '2026-11-30 03:00:01 pid:1187 gateway connected to register 127.0.0.1:1236 at last',
    '2026-11-30 03:00:02 pid:1194 worker connected to gateway 127.0.0.1:2900 at last',
    '2026-11-30 03:41:19 pid:1197 redis reconnect failed, retry in 5 seconds now',
  ],
  [
    'Cog-Core-Message: 07:00:02.118: <https://signage.example.org/> Load',
    'Cog-Core-Message: 07:00:02.156: <https://signage.example.org/east> Redirected',
  ],
];

/**
 * r58's heads: pretty_env_logger's level and Rust target padded to the widest so far, then ` >`;
 * Python's unnamed `Level N` in the level's place.
 */
const R58_HEADS = [
  [
    ' 2026-11-29T07:30:02.140Z INFO  app_node::node      >',
    ' 2026-11-29T07:30:24.483Z WARN  app_node::net::peer >',
    ' DEBUG app_client::database >',
    ' 2026-11-29T07:30:25.001Z ERROR mux                 >',
  ],
  // Python's `Level N` for a number no name was registered for, beside named levels.
  ['Level 25[Sun Nov 29 13:20:07 2026]:', 'WARNING[Sun Nov 29 13:21:07 2026]:', 'Level 5:root:'],
  [
    '2026-11-29 10:00:00,123 [Level 15]',
    '[2026-11-29 10:00:01,456] Level 45:',
    '2026-11-29 10:00:02,789 Level 35 -',
  ],
];

/**
 * r60's heads: the hybrid IRC servers' `smalldate`, a date then `hh.mm`, beside a decimal after a date;
 * type words closed by a colon beside `CONFIG:`, and JUL's CONFIG in a level column.
 */
const R60_HEADS = [
  ['2026/11/29 18.02', '2026/11/29 18.03', '2026/12/1 09.40', '2026/11/29 18.02%'],
  [
    'Sun Nov 29 21:04:11 2026 CONFIG:',
    'Sun Nov 29 21:06:40 2026 CONNECT:',
    'Sun Nov 29 21:12:48 2026 QUIT:',
    'Sun Nov 29 21:12:49 2026 ERROR:',
  ],
  [
    '2026-11-30 07:00:03.402 [main] CONFIG:',
    '2026-11-30 07:00:04.251 [main] INFO:',
    '2026-11-30 07:00:05.034 [main] WARNING:',
  ],
];

/**
 * r61's heads: a year-first date written day before month (log4j's `%d{yyyy-dd-MM …}`), its days
 * over and under 12, beside ISO 8601 dates with a `T` and one whose last number is no month.
 */
const R61_HEADS = [
  ['2026-29-11 06:02:11.407 | INFO  |', '2026-05-11 06:03:12.118 | WARN  |', '2026-13-11 06:04:13 | ERROR |'],
  [
    '2026-29-11 06:02:11.407 | INFO  |',
    '2026-05-11 06:03:12.118 | WARN  |',
    '2026-13-11 06:04:13,200 | ERROR |',
    '2026-05-11T06:05:14.300Z INFO',
    '2026-29-13 06:06:15 DEBUG',
  ],
];
/**
 * r62's heads: a C server's ctime bracket, its own columns, then a lower-case level with its colon
 * (`leavesLearnedLevel`), one line with a word of text in the level's place; signale's badge and
 * label after its `›`.
 */
const R62_HEADS = [
  [
    '[Mon Nov 30 06:00:02 2026] irc1.example.net config.LOADED info:',
    '[Mon Nov 30 06:01:10 2026] irc1.example.net flood.BLOCKED warn:',
    '[Mon Nov 30 06:03:12 2026] irc1.example.net link.LOST error:',
    '[Mon Nov 30 06:04:13 2026] irc1.example.net client.EXIT Client',
  ],
  // signale's badge and label after its `›` and a scope (`takeSignaleBadge`), one badge with another label.
  [
    '[1:04:37 PM] ›     [VALIDATOR] ✔  success  ',
    '[1:04:38 PM] › [CLI] …  awaiting ',
    '[1:04:39 PM] › [HTTP SERVER] get /items ✖  error    ',
    '[1:04:40 PM] › [CLI] ✔  done     ',
  ],
];

/**
 * r64's heads: a bracket of title-case sender names holding `[Alert]` (`severeWordsAreNames`), G4KLX's
 * letters beside DVM's `A:`.
 */
const R64_HEADS = [
  [
    '2026-11-29 19:20:08 [Main]',
    '2026-11-29 19:20:09 [Write]',
    '2026-11-29 19:20:10 [Producer]',
    '2026-11-29 19:20:11 [Alert]',
    '2026-11-29 19:20:12 [Emergency]',
  ],
  // A level glued to its component by a slash in a bracket after a full date (`slashTagEnd`).
  [
    '2026/11/29 06:00:02 [info/Application]',
    '2026-11-29 06:00:03 [warning/fdsnws]',
    '2026/11/29 06:00:04 [error/]',
  ],
  // A trailing `(caller, LEVEL)` the learned level slot reads (`cutTrailingLevel`): it closes the
  // lines whose tail is empty.
  [
    'Tool started (Tool.run, INFO)',
    'Option unused (PredicateCPA:Refiner.<init>, WARNING)',
    'Parsing (Tool.parse, INFO)',
    'Stopping (see above, info)',
  ],
  // Trailing ` | ` columns after a header with no pipe and with one (`pipeHeader`).
  [
    '06:12:04 Sync: +DMR  [slot1]  slot2  | Color Code=01 | CSBK',
    '06:12:05 Sync: +DMR | Color Code=02 | IDLE',
  ],
  [
    '2026-11-30 10:00:00,123 | INFO  | started | org.a.Broker | main',
    '2026-11-30 10:00:01,124 | WARN  | slow | org.a.Net | io-1',
  ],
  // G4KLX's letters beside a record-kind `A:` (`isRecordKindLetter`).
  [
    'M: 2026-11-30 04:00:03.561 (HOST)',
    'I: 2026-11-30 04:00:03.562 (NET)',
    'A: 2026-11-30 04:12:44.906 P25 RF',
    'W: 2026-11-30 04:26:18.660 (P25)',
    'D: 2026-11-30 04:21:36.002 (P25)',
  ],
];

/**
 * r63's heads: a compact date, a space and a compact time (`%d{yyyyMMdd HHmmss.SSS}`), with and
 * without a fraction, beside look-alikes whose month, hour or year is none; a date joined to its time
 * by `_UTC_` or `_GMT_`, beside another zone word; a duration before `elapsed` or `cpu time`, beside
 * times of day before a label and a program.
 */
const R63_HEADS = [
  [
    '20261129 071502.334 [main] INFO ',
    '20261129 071503.118 [main] WARN ',
    '20261129 071504,200 [io-1] ERROR',
  ],
  [
    '20261129 081204 [CREATE_POLL]',
    '20261129 081512',
    '20261399 081512',
    '20261129 241512',
    '11111111 111111',
  ],
  [
    '20261129_UTC_21:40:11 prog:',
    '20261129_GMT_21:40:12',
    '20261129_CET_21:40:13',
    '2026-11-29_UTC_21:40:14',
  ],
  ['0:17:33 elapsed time,', '0:01:02 cpu time', '00:03:15 elapsed', '10:00:01 Elapsed:', '10:00:02 wall:'],
];

/**
 * r61's padded-width heads: a service name padded to 10 (`padEnd(10)`) after the level, its longest
 * value filling the width with one space after it.
 */
const R61_PADDED_HEADS = [
  [
    '2026-11-29 14:06:52 INFO  build      ',
    '2026-11-29 14:06:53 WARN  database   ',
    '2026-11-29 14:06:54 INFO  server     ',
    '2026-11-29 14:06:55 INFO  realtime   ',
    '2026-11-29 14:06:56 INFO  indexing   ',
    '2026-11-29 14:06:57 INFO  historical ',
  ],
];

/**
 * r65's dotted clock after a name: drawn at random its times step back, so the reach test also reads
 * its sources with their lines in order, as a log writes them (`takesClockValues`, `runsForward`).
 */
export const DOTTED_CLOCK_HEAD = [
  'tray-applet 08.05.02 WARNING ',
  'tray-applet 08.06.11 ERROR   ',
  'tray-applet 09.17.23 WARNING ',
];

/**
 * r65's heads: a dotted time of day after a name and opening the line, beside `dd.MM.yy` dates and a
 * version.
 */
const R65_HEADS = [DOTTED_CLOCK_HEAD, ['08.05.02', '08.06.11', '09.17.23', '01.11.26', 'v 10.11.12']];

/**
 * r54's heads: cbang's short level glued between colons after its time; TensorFlow's C++ letter
 * before its caller, one line in four among absl's lines; a thread bracket glued to the logger's,
 * a URL-named thread longer than a column's common width.
 */
const R54_HEADS = [
  ['14:03:40:I1:WU517:', '14:33:34:E :OUT213:', '14:03:41:I2:cpu-lab:', '14:59:21:W :WU518:'],
  [
    'I1129 02:14:41.117402 140318822094656 make_examples_core.py:301]',
    'W1129 02:14:41.117655 140552310019904 make_examples_core.py:302]',
    'I1129 02:14:41.120931 139871204116288 genomics_reader.py:222]',
    '2026-11-29 02:14:41.361702: I third_party/nucleus/io/sam_reader.cc:736]',
  ],
  [
    '2026-11-30 07:00:12,829 DEBUG [app.client.exchange][consume-setup-amqp://pulsar_eu:********@mq.example.org:5671//pulsar]',
    '2026-11-30 07:00:13,001 INFO  [app.core][MainThread]',
    '2026-11-30 07:00:14,118 DEBUG [app.managers.base][[manager=_default_]-[action=preprocess]-[job=4471203]]',
  ],
];

/** r55's heads: a thread id glued by dashes after the time, no offset (`{Timestamp}-{ThreadID}-{Level:u3}`). */
const R55_OFFSET_HEADS = [
  ['[06:15:02.114-0001-INF] ', '[06:15:05.322-0007-WRN] ', '[06:41:17.650-0014-ERR] '],
];

/**
 * r55's head: a tool's own tag opening each of its time-less, level-less lines, whole lines: a tail's
 * times and level words would give them a header (`sourceLinesOf` adds none to them).
 */
const R55_TAG_HEAD = [
  '[Devtool] Writing ./_site/index.html from ./src/index.njk',
  '[Devtool] Reloading Browsers...',
  '[Devtool] File event [change] : site/public/a.html',
  '[Devtool] Watching files...',
];

const R57_HEADS = [
  [
    '2026-11-30T10:02:11.481027Z  INFO main ThreadId(01)',
    '2026-11-30T10:02:11.533618Z  WARN tokio-runtime-worker ThreadId(06) zenoh::net::runtime:',
    '2026-11-30T10:02:12.004118Z ERROR ERROR ThreadId(12)',
  ],
  [
    '[cartographer_node-1] [INFO] [1796013910.218305116] [cartographer logger]: I1130 04:45:10.000000 71204 map_builder.cc:41]',
    '[cartographer_node-1] [WARN] [1796013911.004118212] [cartographer logger]: W1130 04:45:11.000000 71204 sensor_bridge.cc:88]',
    '[cartographer_node-1] [WARN] [1796013912.000000001] [cartographer logger]: I1130 04:45:12.000000 71204 map_builder.cc:12]',
  ],
  [
    '2026-11-30T10:00:00.123456Z  INFO veloren_server_cli:',
    '2026-11-30T10:00:01.004118Z ERROR main ThreadId(01) zenoh_bridge_ros2dds:',
    '2026-11-30T10:00:02.000001Z  WARN version:',
  ],
];

/**
 * The columns a source's head slot may be, their values varying from
 * line to line as a source's do (its time, its level, a severity digit after a marked pid, a level
 * letter glued to a padded number, a level and a name in a bracket, a padded level before a colon
 * standing apart, a scope in brackets).
 */
export const HEAD_SLOT_COLUMNS: readonly (readonly string[])[] = [
  ['2026-11-30 10:00:01,123', '2026-11-30 10:00:02,456', '2026-11-30 10:00:03,789'],
  ['30.11.2026-13:04', '01.12.2026-09:15:02', '30.11.2026-13:05'],
  ['[11.30.2026_02-00-04]', '[12.01.2026_02-00-04]'],
  ['11/29/26-22:04:10:118', '11/29/26-22:05:11:009'],
  ['(4180) 0', '(4180) 0', '(4180) 1', '(4181) 0', '(4180) 3'],
  ['[4180] 0', '[4180] 1', '[4180] 0'],
  ['INFO', 'WARN', 'ERROR', 'INFO'],
  ['[user:*admin] [thread:ProductionPipelineRunnable-3cb5c521-2c8b-4fc1-a9b8-9c7b0e6f6d11-orders_cdc]'],
  ['alerta.app.alert[9]: INFO -', 'alerta.app.alert[9]: WARNING -'],
  ['com.example.Boot:110', 'com.example.Boot:12', 'com.example.Web:7'],
  ['[05:58:41 29-Nov-26 UTC]', '[06:10:02 29-Nov-26 UTC]', '[23:59:59 30-Nov-26 UTC]'],
  ['Nov 29 22:03:11-402918', 'Nov 29 22:03:12-000113', 'Nov 30 01:48:06-118'],
  ['W00000116: ', 'E00000023: ', 'I00000001: ', 'W00000117: '],
  ['2026-11-30 10:00:01 W00000116: ', '2026-11-30 10:00:02 E00000023: ', '2026-11-30 10:00:03 W00000117: '],
  ['INFO', 'NOTE', 'WARN', 'ERROR', 'DEBUG'],
  ['[IFO,App]', '[WRN,Core]', '[IFO,Core:dev:Camera-1]', '[ERR,Core]', '[dbg,App]'],
  ['2026-11-30 01:14:07,350.350', '2026-11-30 01:14:08,001.001', '2026-11-30 01:14:09,999.999'],
  [
    '2026-11-30 05:14:24:1424',
    '2026-11-30 05:07:04:74',
    '2026-11-30 06:10:05:105',
    '2026-11-30 06:11:59:1159',
  ],
  ['[DEBUG:2026-11-29 19:20:05,330]', '[INFO:2026-11-29 19:20:06,001]', '[WARNING:2026-11-30 00:00:01,999]'],
  ['worker-1:2026-11-29 19:20:05', 'worker-2:2026-11-29 19:20:06', 'worker-1:2026-11-30 00:00:01'],
  [
    '2026-11-30 10:00:01,123 - app - mod - INFO -',
    '2026-11-30 10:00:02,456 - app - mod.sub - ERROR -',
    '2026-11-30 10:00:03,789 - app - mod - Thread-1 - WARNING -',
  ],
  [
    '2026-11-29T21:05:03.019Z pid=1 tid=2f9w class=SendJob jid=5b1e0c7a INFO:',
    '2026-11-29T21:05:04.207Z pid=1 tid=2f9w class=SendJob jid=5b1e0c7a elapsed=1.188 WARN:',
    '2026-11-29T21:05:05.001Z pid=1 tid=3a0x class=Other jid=0c7a5b1e ERROR:',
  ],
  PADDED_LEVEL_COLUMN,
  ['[Error Handler]', '[HTTP SERVER]', '[ERROR HTTP]', '[INFO main]', '[WARN ]', '[Info Panel]'],
  // The msg42 and lvl42 rounds: a separator, an empty bracket and a program's own prefix between
  // the header and the text; a level letter before a logger's function and line; a level opening
  // its scope's bracket; npm's `http` where a level stands.
  ['~~>'],
  OSLO_HEAD,
  ['buildtool:'],
  LETTER_LOCATION_HEAD,
  ['[INFO Main]', '[WARN Pool]', '[INFO Pool]'],
  ['http:', 'info:', 'http:', 'warn:'],
  // r44: the year-last class's compact date before a time of day.
  ['29112026 09:30:02,118', '30112026 09:31:05,001', '29112026 23:59:59,999'],
  // r75: Analog's syslog severity digit between lone dashes after the time.
  [
    '2026-11-25 06:58:12 - 6 -',
    '2026-11-25 06:58:13 - 7 -',
    '2026-11-25 06:58:14 - 6 -',
    '2026-11-25 06:58:15 - 4 -',
    '2026-11-25 06:58:16 - 6 -',
    '2026-11-25 06:58:17 - 3 -',
    '2026-11-25 06:58:18 - 5 -',
  ],
  // r97: a program's name before a bracketed time of day (autopkgtest's adtlog), and its lines without one.
  [
    'autopkgtest [08:14:02]:',
    'autopkgtest [08:14:31]: ERROR:',
    'autopkgtest: WARNING:',
    'autopkgtest-virt-lxc [08:15:01]:',
  ],
  // r97: dak's `time|program|user|` glued by pipes, and britney2's `> ` opening its text after ` - `.
  [
    '20261128003001|process-upload|dak|',
    '20261128003002|clean-suites|dak|',
    '20261128015204|process-new|ftpteam-ines|',
  ],
  [
    'I: [2026-11-26T15:02:40+0100] - >',
    'W: [2026-11-26T15:02:41+0100] -',
    'I: [2026-11-26T15:02:42+0100] - >',
  ],
  // r99: YAZ's `HH:MM:SS-DD/MM program(n) [name]`, and a time glued to a range or a ratio.
  [
    '06:25:01-28/11 zebrasrv(1) [server]',
    '06:31:44-28/11 zebrasrv(2) [session]',
    '06:31:44-28/11 zebrasrv(2) [request]',
    '06:40:04-28/11 zebrasrv(3) [warn]',
    '10:00:00-12/30',
  ],
];

/** A slot of a source's head: one piece, a few a line picks from, or one of the columns. */
export const headSlot = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 3 }),
  fc.constantFrom(...HEAD_SLOT_COLUMNS),
);

/** JSON loggers' records, whole, as a source's sample may hold among its text lines. */
export const JSON_RECORD_CONSTANTS: readonly string[] = [
  '{"level":30,"time":1796032800000,"pid":19,"msg":"request completed"}',
  '{"level":"info","time":"2026-11-30T10:00:00.123Z","msg":"started"}',
  '{"message":"Matched route","context":{},"level":200,"level_name":"INFO","channel":"request","datetime":"2026-12-02T04:59:07.000224+00:00","extra":{}}',
  '{"message":"cache warmed","context":{},"level":400,"channel":"app","datetime":"2026-12-02T04:59:08+00:00","extra":{}}',
  '{}',
  '{"level":"info","ts":1796032800.512,"msg":"served","timestamp":"2026-11-30T10:00:00.100Z"}',
  '{"level":"error","message":{"issue":[{"code":"processing"}],"resourceType":"OperationOutcome"}}',
  '{"msg":{"event":"deviceState","valid":true},"level":"info"}',
  // r93: structlog's TimeStamper(fmt="%Y-%m-%d %H:%M.%S"), the seconds after a dot.
  '{"event": "Webhook received", "logger": "api.routers.acapy_handler", "level": "info", "timestamp": "2026-11-27 08:02.42"}',
];

/**
 * The kinds of line a source's sample may hold among its text lines, JSON records and text closed by
 * JSON: each constant record, each record of varying values, and any generated line.
 */
export const JSON_RECORD_KINDS: readonly fc.Arbitrary<string>[] = [
  ...JSON_RECORD_CONSTANTS.map((record) => fc.constant(record)),
  // r43: a logger's own ts or time beside an application's timestamp, each of any type.
  fc
    .record(
      {
        msg: fc.string({ maxLength: 12 }),
        ts: fc.oneof(
          fc.constantFrom(1796032800.5, 1796032800512, '2026-11-30T10:59:00Z', '1.5s', -1, 1e308),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        time: fc.oneof(fc.constantFrom('2026-11-30T11:00:00+01:00', 0.25, '', 'now'), fc.double()),
        timestamp: fc.oneof(
          fc.constantFrom('2026-11-30T10:00:00.100Z', '2026-11-30T11:01:00Z', 1796032800),
          fc.jsonValue({ maxDepth: 1 }),
        ),
      },
      { requiredKeys: ['msg', 'timestamp'] },
    )
    .map((o) => JSON.stringify(o)),
  // A flat OpenTelemetry record, its severity, time and body of any type (lvl42).
  fc
    .record(
      {
        body: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })),
        severity_text: fc.oneof(
          fc.constantFrom('INFO', 'WARN', 'Error', '', 'x'),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        severityNumber: fc.oneof(
          fc.constantFrom(
            9,
            13,
            17,
            24,
            25,
            0,
            -3,
            9.5,
            1e30,
            '9',
            'SEVERITY_NUMBER_WARN2',
            '<SeverityNumber.INFO: 9>',
          ),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        timeUnixNano: fc.oneof(
          fc.constantFrom(
            '1764651547000000000',
            1764651547000000000,
            '0',
            '-5',
            '1',
            '99999999999999999999999',
            ' 1 ',
          ),
          fc.bigInt().map(String),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        observedTimeUnixNano: fc.constantFrom('1764651546000000000', 0),
      },
      { requiredKeys: ['body'] },
    )
    .map((o) => JSON.stringify(o)),
  // r44: a leveled line closed by JSON metadata holding its time (winston's `simple()` after
  // `timestamp()`), the value any JSON.
  fc
    .tuple(
      fc.constantFrom('info', 'warn', 'error'),
      fc.string({ maxLength: 12 }),
      fc.oneof(
        fc.constantFrom('2026-11-30 13:02:06', '2026-11-30T13:02:06.118Z', '1999-01-01', '13:02:06'),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    )
    .map(([level, text, timestamp]) => `${level}: ${text} ${JSON.stringify({ service: 'api', timestamp })}`),
  // r46: zap's console encoder with the time as a closing field (`ts` epoch seconds or a logger's
  // time key holding text), the value any JSON.
  fc
    .tuple(
      fc.constantFrom('ts', 'time', 'date'),
      fc.oneof(
        fc.constantFrom(
          1796032800.512,
          1796032800,
          1e300,
          -1.5,
          '2026-11-30',
          '12:00',
          '2026-11-30T10:00:00Z',
        ),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    )
    .map(([key, time]) => `INFO\tserved\t${JSON.stringify({ source: 'd1', [key]: time })}`),
  // r46: log4j 2 JsonLayout's record, its `instant` or `timeMillis` of any type.
  fc
    .record(
      {
        instant: fc.oneof(
          {
            arbitrary: fc.record({
              epochSecond: fc.oneof(
                { arbitrary: fc.constant(1796032800), weight: 4 },
                fc.constantFrom(9999999999, 999999999, -1796032800, 1796032800.5, '1796032800'),
                fc.jsonValue({ maxDepth: 0 }),
              ),
              nanoOfSecond: fc.oneof(
                { arbitrary: fc.constantFrom(0, 999999999), weight: 4 },
                fc.constantFrom(1e9, -1, 5.5),
                fc.jsonValue({ maxDepth: 0 }),
              ),
            }),
            weight: 3,
          },
          fc.jsonValue({ maxDepth: 1 }),
        ),
        timeMillis: fc.oneof(
          fc.constantFrom(1796032800512, 1e30, -1, 250, 1796032800512.5, '1796032800512'),
          fc.jsonValue({ maxDepth: 0 }),
        ),
        thread: fc.constant('main'),
        level: fc.constantFrom('INFO', 'WARN'),
        loggerName: fc.constant('com.example.Boot'),
        message: fc.string({ maxLength: 12 }),
        '@timestamp': fc.constant('2026-11-30T10:00:00.100Z'),
      },
      { requiredKeys: ['thread', 'level', 'message'] },
    )
    .map((o) => JSON.stringify(o)),
  // r44: loguru's serialized record, its time, level and message of any type.
  fc
    .record({
      repr: fc.oneof(fc.constant('2026-11-30 15:10:02.418220+00:00'), fc.jsonValue({ maxDepth: 1 })),
      timestamp: fc.oneof(fc.constant(1796051402.41822), fc.jsonValue({ maxDepth: 1 })),
      name: fc.oneof(fc.constantFrom('INFO', 'SUCCESS', 'CUSTOM', ''), fc.jsonValue({ maxDepth: 1 })),
      no: fc.oneof(fc.constantFrom(5, 20, 25, 33, 50, 70, -1), fc.jsonValue({ maxDepth: 1 })),
      message: fc.oneof(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })),
    })
    .map(({ repr, timestamp, name, no, message }) =>
      JSON.stringify({
        text: `${typeof message === 'string' ? message : JSON.stringify(message)}\n`,
        record: { extra: {}, level: { icon: 'i', name, no }, message, time: { repr, timestamp } },
      }),
    ),
  fuzzLine,
];

/**
 * r56: a small level number (or its digits), read on syslog's scale only beside GELF's
 * `short_message` or as the journal's `PRIORITY`, its key and marker drawn at random. Apart from
 * `JSON_RECORD_KINDS`, so the mixed sources' draws stay as they were; the reach test reads it.
 */
export const SMALL_LEVEL_RECORD: fc.Arbitrary<string> = fc
  .record(
    {
      key: fc.constantFrom('level', 'severity', 'LogLevel', 'PRIORITY', 's'),
      value: fc.oneof(
        fc.constantFrom(0, 2, 4, 7, 8, -1, 2.5, '2', ' 3 ', '07'),
        fc.jsonValue({ maxDepth: 0 }),
      ),
      short_message: fc.oneof(fc.constant('disk full'), fc.jsonValue({ maxDepth: 1 })),
      reqId: fc.constant('Xk3v'),
      message: fc.string({ maxLength: 12 }),
    },
    { requiredKeys: ['key', 'value'] },
  )
  .map(({ key, value, ...rest }) => JSON.stringify({ ...rest, [key]: value }));

/**
 * r76: Nextcloud's and ownCloud's record (`reqId`, `level`, `time`, `remoteAddr`, `user`, `app`,
 * `method`, `url`, `message`, `userAgent`, `version`), its keys each there or not and its level, id,
 * app and a syslog marker of any type; apart from `JSON_RECORD_KINDS` as `SMALL_LEVEL_RECORD` is.
 */
export const NEXTCLOUD_RECORD: fc.Arbitrary<string> = fc
  .record(
    {
      reqId: fc.oneof(fc.constant('Xk3vLq9RmT2aWc7PzB1e'), fc.jsonValue({ maxDepth: 0 })),
      level: fc.oneof(
        { arbitrary: fc.constantFrom(0, 1, 2, 3, 4), weight: 3 },
        fc.constantFrom(7, 30, -1, 2.5, '2', ' 3 '),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      time: fc.constantFrom('2026-11-29T19:04:11+00:00', 'November 29, 2026 19:04:11'),
      remoteAddr: fc.constantFrom('203.0.113.45', '--'),
      user: fc.constantFrom('--', 'lena'),
      app: fc.oneof(fc.constantFrom('core', 'user_ldap', ''), fc.jsonValue({ maxDepth: 1 })),
      method: fc.constantFrom('POST', '--'),
      url: fc.constantFrom('/login', '--'),
      message: fc.oneof(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })),
      userAgent: fc.constant('--'),
      version: fc.constant('30.0.2.2'),
      short_message: fc.constant('Login failed'),
      facility: fc.constantFrom('local3', 'files', 16),
    },
    { requiredKeys: ['reqId', 'level', 'message'] },
  )
  .map((o) => JSON.stringify(o));

/**
 * r83: the Office for National Statistics' log.go record (`created_at`, `namespace`, `event`,
 * `trace_id`, `severity`, `data`), its keys each there or not, its severity and namespace of any type
 * and a syslog marker sometimes; apart from `JSON_RECORD_KINDS` as `SMALL_LEVEL_RECORD` is.
 */
export const ONS_LOG_RECORD: fc.Arbitrary<string> = fc
  .record(
    {
      created_at: fc.constantFrom('2026-11-25T08:01:06.7479Z', '2026-11-25T08:01:06.747900000Z'),
      namespace: fc.oneof(fc.constantFrom('dp-frontend-router', ''), fc.jsonValue({ maxDepth: 1 })),
      event: fc.oneof(fc.constant('proxy timeout'), fc.string({ maxLength: 12 })),
      trace_id: fc.constant('9f592ffc2a4ff2a88f9f544892f62da1'),
      severity: fc.oneof(
        { arbitrary: fc.constantFrom(0, 1, 2, 3), weight: 3 },
        fc.constantFrom(4, 7, 30, -1, 2.5, '2'),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      data: fc.constant({ timeout: '5s' }),
      facility: fc.constantFrom('local3', 16),
    },
    { requiredKeys: ['created_at', 'event', 'severity'] },
  )
  .map((o) => JSON.stringify(o));

/**
 * r83: a line whose format writes the level pair after the message (NHS integration adaptors'
 * `[%(asctime)sZ] %(message)s pid=%(process)d LogLevel=%(levelname)s LoggerName=%(name)s`): a message
 * of any length and text, its own pairs (a value longer than 200 characters, a quoted one holding a
 * level pair), then the format's, the level word drawn at random; apart
 * from `JSON_RECORD_KINDS` as `SMALL_LEVEL_RECORD` is.
 */
export const CLOSING_LEVEL_LINE: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constant('Sending message to url=https://msg.example.org/r'.repeat(4)),
    ),
    fc.constantFrom(
      '',
      ' RequestId=7FDAD686 CorrelationId=F4790732',
      ' note="a b"',
      // review68: a value past 200 characters before the level pair, and one quoting a level pair.
      ` token=${'A'.repeat(240)}`,
      ' note="a level=debug b"',
    ),
    fc.oneof(
      { arbitrary: fc.constantFrom('INFO', 'WARNING', 'ERROR'), weight: 3 },
      fc.string({ maxLength: 8 }),
    ),
    fc.constantFrom('LogLevel', 'logLevel', 'level', 'Level'),
  )
  .map(
    ([text, pairs, level, key]) =>
      `[2026-11-26T09:30:37.187178Z] ${text}${pairs} ProcessKey=OUTBOUND002 pid=9 ${key}=${level} LoggerName=OUTBOUND`,
  );

/**
 * r80: go-logr's funcr JSON record (`logger`, `ts`, `caller`, the V-level under `level`, `msg`, then
 * the pairs), in funcr's key order or with `level` moved, its logger and level of any type, and its
 * error record (no `level`, an `error` after `msg`); apart from `JSON_RECORD_KINDS` as
 * `SMALL_LEVEL_RECORD` is.
 */
export const FUNCR_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constantFrom('', 'git-sync'), weight: 3 }, fc.jsonValue({ maxDepth: 0 })),
    fc.oneof(
      { arbitrary: fc.constantFrom(0, 1, 2, 4), weight: 3 },
      fc.constantFrom(-1, 2.5, '0', 30),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    fc.constantFrom('funcr', 'level moved', 'error'),
    fc.oneof(fc.constant('update required'), fc.string({ maxLength: 12 })),
  )
  .map(([logger, level, order, msg]) => {
    const head = { logger, ts: '2026-11-29 06:12:40.118273', caller: { file: 'main.go', line: 585 } };
    const pairs = { ref: 'main', syncCount: 1 };
    if (order === 'error') return JSON.stringify({ ...head, msg, error: 'exit status 128', ...pairs });
    if (order === 'level moved') return JSON.stringify({ ...head, msg, level, ...pairs });
    return JSON.stringify({ ...head, level, msg, ...pairs });
  });

/**
 * r84: Go's `log` stamp before a JSON record (glbgelf's GELF message through `log.Println`): its
 * `short_message`, `level` and `timestamp` of any type, some keys missing, and the record sometimes
 * cut short; apart from `JSON_RECORD_KINDS` as `SMALL_LEVEL_RECORD` is.
 */
export const GO_STAMPED_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.record(
      {
        version: fc.constant('1.1'),
        host: fc.constant('scan-api-1'),
        short_message: fc.oneof(
          { arbitrary: fc.constant('Analysis started:  [rid]'), weight: 3 },
          fc.jsonValue({ maxDepth: 1 }),
        ),
        timestamp: fc.oneof(
          { arbitrary: fc.constantFrom(1795770841, 1795770841.25, 1795770900), weight: 3 },
          fc.jsonValue({ maxDepth: 0 }),
        ),
        level: fc.oneof({ arbitrary: fc.constantFrom(3, 4, 6), weight: 3 }, fc.jsonValue({ maxDepth: 1 })),
        _app: fc.constant('scan'),
      },
      { requiredKeys: ['version'] },
    ),
    fc.nat({ max: 9 }),
  )
  .map(([record, cut]) => {
    const json = JSON.stringify(record);
    return `2026/11/27 09:14:01 ${cut === 0 ? json.slice(0, -1) : json}`;
  });

/**
 * r84: a logger's record wrapped under another key (log4js's layout around escriba's `data`), its
 * message text, an object or any value, its level there or not, the line's own level there or not;
 * apart from `JSON_RECORD_KINDS` as `SMALL_LEVEL_RECORD` is.
 */
export const WRAPPED_RECORD: fc.Arbitrary<string> = fc
  .record(
    {
      message: fc.oneof(
        {
          arbitrary: fc.constantFrom('boleto registered', { status: 'started', metadata: { port: 3000 } }),
          weight: 3,
        },
        fc.jsonValue({ maxDepth: 2 }),
      ),
      level: fc.oneof(
        { arbitrary: fc.constantFrom('info', 'warn'), weight: 3 },
        fc.jsonValue({ maxDepth: 0 }),
      ),
      from: fc.constant('boleto/service/register'),
    },
    { requiredKeys: ['from'] },
  )
  .chain((data) =>
    fc.constantFrom('data', 'json', 'error').chain((key) =>
      fc.boolean().map((own) =>
        JSON.stringify({
          time: '2026-11-26T13:05:01.214Z',
          ...(own ? { level: 'ERROR' } : {}),
          [key]: data,
        }),
      ),
    ),
  );

/**
 * r78: Kinto's request summary through logging_color_formatter, its context pairs sorted by key after
 * the empty event, `time` among them (a full date and time, a time of day, a duration or any text)
 * and a word or a quote sometimes after it; apart from `JSON_RECORD_KINDS` as `SMALL_LEVEL_RECORD` is.
 */
export const KINTO_SUMMARY_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('GET  ', 'POST ', 'PATCH'),
    fc.constantFrom(200, 304, 412),
    fc.oneof(
      { arbitrary: fc.constantFrom('2026-11-30T07:58:16.120000', '2026-11-30T07:58:17'), weight: 3 },
      fc.constantFrom('07:58:16', '120ms', '2026-11-30', '"2026-11-30 07:58:18"'),
      fc.string({ maxLength: 12 }),
    ),
    fc.constantFrom('', ' uid=maria.k', ' (retried)', ' note="a b'),
  )
  .map(
    ([method, code, time, after]) =>
      `"${method} /v1/batch?" ${code} (12 ms)  agent=kinto-http.js/3.4.1 errno=0 rid=16a5 time=${time}${after}`,
  );

/**
 * r92: Superdesk's Celery worker line (`"%(message)s level=%(levelname)s process=%(processName)s"`,
 * no header): a message of any text, then the format's pairs, the level word drawn at random, a
 * task's two pairs sometimes after them; a source of them learns its level key (`trailing-level-pairs.ts`).
 */
export const TRAILING_LEVEL_PAIRS_LINE: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('Provider 5f9a updated', 'Nothing new from AP Media'), weight: 3 },
      fc.string({ maxLength: 40 }),
    ),
    fc.oneof(
      { arbitrary: fc.constantFrom('INFO', 'WARNING', 'ERROR'), weight: 3 },
      fc.string({ maxLength: 8 }),
    ),
    fc.constantFrom('', ' task=publish:transmit task_id=8c2f'),
  )
  .map(([message, level, task]) => `${message} level=${level} process=ForkPoolWorker-4${task}`);

/**
 * r86: Rails' request id tag before a headerless line (`TaggedLogging.logger(STDOUT)`): a uuid, one
 * cut short or in capitals, a word or a number as the tag, with or without text and its space after.
 */
export const RAILS_TAGGED_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.uuid(), weight: 3 },
      fc.uuid().map((id) => id.toUpperCase()),
      fc.uuid().map((id) => id.slice(0, 35)),
      fc.constantFrom('main', '1', 'ActiveJob', 'INFO'),
    ),
    fc.constantFrom(' ', '   ', '', ' [ActiveJob] '),
    fc.constantFrom(
      'Started GET "/" for 192.0.2.7 at 2026-11-29 09:13:01 +0000',
      'Completed 200 OK in 9ms',
      '',
      ' ',
    ),
  )
  .map(([tag, gap, text]) => `[${tag}]${gap}${text}`);

/**
 * r87: an RFC 3164 line whose tag no colon ends (rsyslog ends it at a space), a word after it: a
 * level word as Python's `%(levelname)s` writes it, one in brackets, one in prose, or a plain word.
 */
export const COLONLESS_TAG_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('helfertool', 'django.request', 'worker[412]', 'user=bob', 'a:b'),
    fc.constantFrom('INFO', 'WARNING', '[notice]', 'Info', 'error', 'Started', 'INFO:'),
    fc.constantFrom(' helper registered (withlink="False")', ' job 7: failed', ''),
  )
  .chain(([tag, word, text]) =>
    // review71: a host rsyslog would not have taken (ispmanager's `[pid:thread]`) reads no tag.
    fc
      .constantFrom('localhost', 'web-1.example', '[28411:1]', 'web1.')
      .map((host) => `Nov 26 17:58:40 ${host} ${tag} ${word}${text}`),
  );

/**
 * r87: Mojo::Log's default header, a request id's context after it or a look-alike: a bracketed
 * word, an id too short, or none.
 */
export const MOJO_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('2026-11-27 08:14:38.51207', '2026-11-27 08:14:38.512'),
    fc.constantFrom('1206', 'main'),
    fc.constantFrom('trace', 'info', 'INFO'),
    fc.constantFrom('[7f3kQz9a] ', '[aX3-_9QzbP1k] ', '[Database] ', '[a1b2] ', ''),
    // review71: text that opens like a column (`- `, `a.B - `) stays the text after a context.
    fc.constantFrom('GET "/overview"', '', ' ', '- retry 2', 'com.example.Jobs - retry 2'),
  )
  .map(([time, pid, level, context, text]) => `[${time}] [${pid}] [${level}] ${context}${text}`);

/**
 * r87 (fuzz reach added in review71): Spring Boot's `--- [thread] logger : ` column, then HikariCP's
 * `"{} - Starting..."` with its pool's name, which stays the text's; or the name where the logger
 * column would be (no colon column before it), a logger column.
 */
export const SPRING_POOL_NAME_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('2026-11-29 09:58:02.431 ', '2026-11-29T09:58:02.431+01:00 '),
    fc.constantFrom(' INFO', 'WARN'),
    fc.constantFrom('--- [           main] ', '--- [demo] [           main] '),
    fc.constantFrom(
      'com.zaxxer.hikari.HikariDataSource       : ',
      'c.z.hikari.HikariDataSource              : ',
      '',
    ),
    fc.constantFrom(
      'HikariPool-1 - Starting...',
      'HikariPool-1 - Start completed.',
      'Started App in 2.1 seconds',
    ),
  )
  .map(([time, level, dashes, logger, text]) => `${time}${level} 4242 ${dashes}${logger}${text}`);

/**
 * r91: log4j's `%d -%5p ${PID} [%15.15t] %-30.30C{1.} : ` (Apache InLong Manager), a level glued to
 * its hyphen or padded apart, the columns whole or a look-alike (no logger column, a plain word);
 * and Python's pairs with the text last and unquoted (PipelineWise), or look-alikes with no level
 * pair, a `level=` that is no level's (review74), or a quoted value.
 */
export const R91_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('-DEBUG', '-ERROR', ' - INFO', '-Debug', '-DEBUGGING'),
      fc.constantFrom(
        '2731 [           main] o.a.i.m.w.InlongManagerMain    : ',
        '2731 [long-workflow-0] .s.r.s.m.MySQLResourceOperator : ',
        '2731 [main] moved : ',
        '2731 [main] ',
        '',
      ),
    )
    .map(([level, columns]) => `2026-11-26 09:00:01.124 ${level} ${columns}Started in 8.4 seconds`),
  fc
    .tuple(
      fc.constantFrom('log_level=INFO ', 'level=WARNING ', 'loglevel=INFO ', '[job level=3] INFO ', ''),
      fc.constantFrom('message=', 'msg=', 'message="', 'message= '),
    )
    .map(
      ([level, key]) =>
        `time=2026-11-27 01:00:02 logger_name=pipelinewise.cli ${level}${key}Running tap: 3 tables`,
    ),
);

/**
 * r88 (fuzz reach added in review72): a dashed `MM-dd HH:mm` opening a line, a trailing
 * `(File.java:N)` caller before closing spaces or an aside's `(see File.java:N)`, and HMRC's Play
 * pairs with a one-word message, a bare `level=` among them, or the header not after one space.
 */
export const R88_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('11-21 06:15', '12-31 23:59', '13-01 10:00', '06-01 10:00'),
      fc.constantFrom(' - court_scraper.cli - Done', ' Done', ''),
    )
    .map(([time, text]) => `${time}${text}`),
  fc
    .tuple(
      fc.constantFrom('06:58:09 INFO  [main]: ', '2026-11-29 10:05:00,237 INFO  '),
      fc.constantFrom('Started', 'typed (see', 'a'.padEnd(80)),
      fc.constantFrom(' (BimServer.java:402)', ' Foo.java:12)', ' (Foo.java:12'),
      fc.constantFrom('', ' ', '   '),
    )
    .map(([head, text, where, close]) => `${head}${text}${where}${close}`),
  fc
    .tuple(
      fc.constantFrom('2026-11-29 10:05:00,237', '2026-11-29T10:05:00.237Z'),
      fc.constantFrom(' ', '|', ''),
      fc.constantFrom('level=[INFO] ', 'level=[FOO] ', 'level=info '),
      fc.constantFrom('rid=[x] user=[] ', 'level=error ', ''),
      fc.constantFrom('message=[Saved] ', 'message=[Saved]', 'message=[a] exception=[b]', 'message=[a]b] '),
    )
    .map(
      ([time, joined, level, pairs, message]) =>
        `${time}${joined}${level}logger=[svc] thread=[main] ${pairs}${message}`,
    ),
);

/**
 * r87: logback's `%c{1} [%t] - %m` after a level-first or a time-first header, or a look-alike
 * without the dash or the level.
 */
export const LOGGER_THREAD_DASH_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      'INFO  2026-11-29 09:58:02.431 GMT+0100 ',
      '2026-11-29 09:58:02.431 WARN ',
      '2026-11-29 09:58:02.431 ',
    ),
    fc.constantFrom('DispatcherServlet', 'c.s.k.BasicLogging', '42'),
    fc.constantFrom('[main]', '[http-nio-8080-exec-1]', '[a [b] c]'),
    fc.constantFrom(' - Completed initialization in 2 ms', ' started', ' - '),
  )
  .map(([head, logger, thread, text]) => `${head}${logger} ${thread}${text}`);

/** One XML element per line, as products write their records (`formats/xml-record.ts`, r72). */
export const XML_RECORD_CONSTANTS: readonly string[] = [
  '<Msg time="2026-11-28T02:14:09,932" type="WARNING" code="9003" source="Rest" process="4120" thread="61" methodName="" machine="GIS1" user="" elapsed="" requestID="f0fc">Unable to process request.</Msg>',
  '<Event Severity="40" Time="1795776301.000912" DateTime="2026-11-27T10:45:01Z" Type="KeyValueStoreMemory_OutOfSpace" ID="8fb39ddb70631e31" Machine="10.0.0.5:4500" LogGroup="default" />',
  '<event><eventType>error</eventType><eventTime>2026-11-30 05:02:00.014</eventTime><eventSource>MediaControl</eventSource>"<eventName>SMIL_OPEN_ERROR</eventName><metadata><meta name=\\"instanceId\\" content=\\"display:0\\"/></metadata>"</event>',
  '<log4j:event logger="A.B" level="WARN" timestamp="1796032800123" thread="7"><log4j:message>a &lt;b&gt; &amp;&#233;</log4j:message><log4j:properties><log4j:data name="log4japp" value="x.exe"/></log4j:properties></log4j:event>',
  "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='SCM'/><Level>2</Level><TimeCreated SystemTime='2026-11-30T10:00:00.1234567Z'/></System><RenderingInfo><Message>stopped</Message></RenderingInfo></Event>",
];

const xmlName = fc.constantFrom(
  'time',
  'Time',
  'timestamp',
  'DateTime',
  'eventTime',
  'SystemTime',
  'level',
  'Severity',
  'type',
  'eventType',
  'priority',
  'Type',
  'Machine',
  'logger',
  'host',
  'msg',
  'message',
  'log4j:message',
  'text',
  'name',
  'value',
  '__proto__',
  'constructor',
  'xmlns',
  'a',
);
const xmlValue = fc.oneof(
  fc.constantFrom(
    '2026-11-30T10:00:00.123Z',
    '2026-11-28T02:14:09,932',
    '1795776000.882538',
    '1796032800123',
    '1e308',
    '-1',
    'WARNING',
    'informational',
    'E',
    '10',
    '40',
    '3',
    '',
    '&lt;&amp;&#233;&#x1F600;&#1114112;&#0;&#xD800;&bogus;',
    '<![CDATA[x]]>',
  ),
  fc.string({ maxLength: 8 }),
);
const xmlText = fc.oneof(
  fc.constantFrom('disk full', 'a &lt; b', '<![CDATA[if a < b]]>', '<![CDATA[open', '"<q>x</q>"', ''),
  fc.string({ maxLength: 12 }),
);

/** An element of generated names, values, children and text, nested up to `depth`. */
function xmlElement(depth: number): fc.Arbitrary<string> {
  const children =
    depth <= 0 ? fc.constant([] as string[]) : fc.array(xmlElement(depth - 1), { maxLength: 3 });
  return fc
    .tuple(
      xmlName,
      fc.array(fc.tuple(xmlName, xmlValue, fc.constantFrom('"', "'")), { maxLength: 5 }),
      children,
      xmlText,
      fc.boolean(),
    )
    .map(([name, attributes, inner, text, closed]) => {
      const attrs = attributes.map(([n, v, q]) => ` ${n}=${q}${v}${q}`).join('');
      return closed && inner.length === 0 && text === ''
        ? `<${name}${attrs}/>`
        : `<${name}${attrs}>${inner.join('')}${text}</${name}>`;
    });
}

/** XML records: the products' constant records, generated ones, and records cut anywhere. */
export const XML_RECORD_KINDS: readonly fc.Arbitrary<string>[] = [
  fc.constantFrom(...XML_RECORD_CONSTANTS),
  xmlElement(3),
  fc
    .tuple(fc.constantFrom(...XML_RECORD_CONSTANTS), fc.nat())
    .map(([record, cut]) => record.slice(0, cut % record.length)),
];

/** Hostile XML records: nested thousands deep (closed or left open), or thousands of elements long. */
export const HOSTILE_XML_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.nat({ max: 20_000 }), fc.constantFrom('<a>', '<a b="1">', '<![CDATA[', '<x:a>'), fc.boolean())
    .map(
      ([depth, open, closed]) =>
        `<r time="2026-11-30T10:00:00Z">${open.repeat(depth)}x${closed ? '</a>'.repeat(depth) : ''}</r>`,
    ),
  fc.nat({ max: 5_000 }).map((n) => `<r level="warn">${'<b t="1">x</b>'.repeat(n)}</r>`),
);

/** A record, the constants drawn three times as often as each kind of varying record. */
export const anyJsonRecord = fc.oneof(
  { arbitrary: fc.constantFrom(...JSON_RECORD_CONSTANTS), weight: 3 },
  ...JSON_RECORD_KINDS.slice(JSON_RECORD_CONSTANTS.length),
);

/**
 * r66's heads: IBM-style severity ids of seven capitals opening the line (`idBodyEnd`), one with a
 * digit among its capitals.
 */
const R66_HEADS = [
  [
    'JVMDUMP032I JVM requested Java dump',
    'JVMPORT030W Setting',
    'JVMDUMP012E Error in dump',
    'JVMJ9VM007E Option',
  ],
];

/** V8's isolate prefix, with and without its uptime; a headerless lower-case program tag; look-alikes (r67). */
const R67_HEADS = [
  [
    '[7311:0x55a1c0d4e2b0]     2048 ms:',
    '[7311:0x55a1c0d4e2b0]',
    '[7311:0x55a1c0d4e2b0] 12 ms:',
    '[123:456]',
    '[7311:55a1c0d4e2b0]',
  ],
  ['gc:', 'gc: collecting', 'scons: warning:', 'md0:', 'note:'],
];

/** r68: NestJS's labels and time with and without its ` +NNms`, an access line's client, and look-alikes. */
const R68_HEADS = [
  [
    '[Nest] 28   - 11/30/2026, 11:52:07 AM   [InstanceLoader] done +96ms',
    '[Nest] 7  - 11/30/2026, 7:12:59 AM     LOG [RoutesResolver] +3ms',
    '[Nest] 7  - 11/30/2026, 7:12:59 AM   ERROR [X] boom',
    '2026-11-30 07:12:59 INFO done in +5ms',
    '[app] started - 11/30/2026, 7:12:59 AM took +5ms',
  ],
  // r68: an access line's client before its quoted request, and a category before a dash.
  [
    'INFO:     203.0.113.24:51622 - "GET /x HTTP/1.1" 200 OK',
    'INFO:     [::1]:51622 - "POST /login HTTP/1.1" 302 Found',
    'INFO:     imap - "GET /x HTTP/1.1" 200',
    'INFO:     db1:5432 - connection reset',
  ],
];

/** A letter padded to a fixed-width column after a thread id and a name cut to 13; look-alikes (r70). */
const R70_HEADS = [
  [
    '[11/29/26, 9:41:02:118 UTC] 00000001 FrameworkMana A  ',
    '[11/29/26, 9:41:04:428 UTC] 00000029 ServletConfig I  ',
    '[11/29/26, 9:41:06:172 UTC] 0000004c RestServlet   W  ',
    '[11/29/26, 9:41:06:172 UTC] 0000004c RestServlet   E  ',
    '[11/29/26, 9:41:06:172 UTC] 0000004c RestServlet   O  ',
  ],
  ['2026-11-30 10:00:01 student7 B  ', '2026-11-30 10:00:01 student7 A  ', '2026-11-30 10:00:01 badge-4 J  '],
];

/**
 * r69's heads: Spring Boot's frame with its logger cut from the left (`.s.d.…`), and dot-led
 * look-alikes outside it; r84's Tomcat container logger with bracketed segments, and look-alikes; padded `%-16t %-32c{1}` columns a thread's name overflows on some lines.
 */
const R69_HEADS = [
  [
    '2026-11-30 18:20:05.210  INFO 1 --- [           main] .s.d.r.c.RepositoryConfigurationDelegate :',
    '2026-11-30T11:00:18.683Z  WARN 7 --- [app] [main] .a.planning.ProductionPlannerApplication :',
    '2026-11-30 18:20:05.210  INFO 1 --- [main] ... :',
    '2026-11-30 18:20:05.210  INFO .env :',
    '2026-11-28 06:12:05.470  INFO 1 --- [           main] o.a.c.c.C.[Tomcat].[localhost].[/]       :',
    '2026-11-28 06:12:05,470 INFO foo.[bar baz] -',
    '2026-11-28 06:12:05,470 INFO foo.[bar]x :',
  ],
  [
    '2026-11-30 15:30:00,412 INFO  main             AbnormalAnalyzerApp             ',
    '2026-11-30 15:30:01,377 INFO  main             PacketStreamService             ',
    '2026-11-30 15:30:32,204 INFO  StatisticsPrinter PacketStreamStatistics          ',
    '2026-11-30 15:30:44,517 DEBUG pool-2-thread-3  SuddenSpeedChangeAnalysis       ',
    '2026-11-30 15:32:20,664 WARN  pool-2-thread-2  TrackingService                 ',
    '2026-11-30 15:33:19,301 ERROR pool-2-thread-5  JpaEventRepository              ',
  ],
];

/**
 * r71's heads: a header joined by hyphens after the time, the level one of its fields (Python's
 * `%(asctime)s-%(process)d-%(thread)d-%(threadName)s-%(levelname)s-`, a thread's name with hyphens;
 * a C++ logger's `time-0xthread-LEVEL-`), and look-alikes: lower-case names, no level word; GLib's
 * level name glued to a source location (dionaea's `domain file.c:N-level: `), and a look-alike;
 * logfmt whose reserved keys carry a sigil (Lightpanda's `$time= $level= $msg=`, `@timestamp=`).
 */
const R71_HEADS = [
  [
    '2026-11-30 05:48:11,612-912-1066-socket-reader-signalk-INFO-',
    '2026-11-30 05:48:12,205-912-1049-AVNImporter-WARNING-',
    '2026-11-30 05:52:03,560-912-1063-usb-reader-ttyUSB0-ERROR-',
  ],
  ['2026/11/30-05:48:13.402-0x7f8a3c1040-INFO-', '2026/11/30-05:48:24.088-0x7f89e7f1c0-WARN-'],
  ['2026-11-30 05:48:11,612-912-error-handler-', '2026-11-30 05:48:11,612-912-MainThread-'],
  [
    '[29112026 06:12:04] python module.c:778-info: ',
    '[29112026 06:12:51] connection connection.c:1745-message: ',
    '[29112026 06:25:22] emu emu.c:312-warning: ',
  ],
  ['2026-11-30 10:00:01 dionaea/smb/smb.py:236-info: ', '2026-11-30 10:00:02 main.c:42-errors: '],
  [
    '$time=1796048403114 $scope=cdp $level=warn $msg="unknown domain" ',
    '$time=1796048421049 $scope=http $level=error $msg="request error" level=info ',
    '@timestamp=2026-11-30T10:00:00Z level=info msg=hi ',
    '$HOME=/root ',
  ],
];

/**
 * r75's heads: YaCy's level letter, time and logger name in capitals before the text; Hyphanet's
 * `(class, thread, LEVEL): ` header.
 */
const R75_HEADS = [
  [
    'I 2026/11/21 06:40:03 STARTUP YaCy version: 1.940 ',
    'W 2026/11/21 06:40:04 CRAWLER crawl job started ',
    'I 2026/11/21 06:40:05 DHT-OUT transfer finished ',
    'D 2026/11/21 06:40:06 CRAWLER indexed ',
    'I 2026/11/21 06:40:07 STARTUP Java version: 17 ',
  ],
  [
    'Nov 24, 2026 08:14:03:512 (freenet.node.NodeStarter, main, NORMAL): Starting ',
    'Nov 24, 2026 08:14:04:553 (freenet.node.PeerNode, FCPServer(9481), MINOR): Peer ',
    'Nov 24, 2026 08:14:05:385 (freenet.node.OpennetManager, Opennet connect thread, NORMAL): Connected ',
    'Nov 24, 2026 08:14:06:903 (freenet.node.NodeStats, Executor thread, ERROR): Load ',
    'Nov 24, 2026 08:14:07:100 (freenet.node.NodeStarter, main, NORMAL): Node ',
  ],
];

/**
 * r77's heads: mORMot's `TSynLog` stamp and its level column, its own words beside level words,
 * right after the stamp or after mORMot's thread column (review65); the WRF Preprocessing System's dashes and tags after its time.
 */
const R77_HEADS = [
  [
    '20261201 21300512  info  ',
    '20261201 21301204  srvr  ',
    '20261201 21301977  SQL   ',
    '20261201 21325067  EXC   ',
    '20261201 21323305  warn  ',
  ],
  // mORMot 2's default layout (`ptIdentifiedInOneFile`): the thread column between the stamp and
  // the level column, threads 1, 11 and 13 (`  !`, `  +`, `  -`).
  [
    '20261201 21400512  ! info  ',
    '20261201 21401204  + srvr  ',
    '20261201 21401977  - ERROR ',
    '20261201 21402050  + ERROR ',
    '20261201 21402305  !  +    ',
  ],
  // WPS's `date time --- TAG: ` (`module_debug.F`), and its plain log-file line with no tag.
  [
    '2026-12-01 06:41:03.218 --- INFORM: ',
    '2026-12-01 06:41:03.231 --- DEBUG: ',
    '2026-12-01 06:41:05.961 --- WARNING: ',
    '2026-12-01 06:41:07.118 --- ',
  ],
];

/**
 * r81's heads: a time of day to the minute opening the line (Oxide's, beside a ratio and an elapsed
 * clock's `00:00`); NLog's `#pid [Level]` before a dotted logger and its colon; NLog's flat stack
 * trace after `Level|`, one frame or three.
 */
const R81_HEADS = [
  ['15:02 [Info] ', '15:04 [Warning] ', '16:39 [Error] ', '00:00 ', '10:12 '],
  [
    '2026-12-01 08:14:03.1123 #6184 [Info] SyncTrayzor.Bootstrapper: ',
    '2026-12-01 08:14:05.8863 #6184 [Debug] SyncTrayzor.Services.Metering.MeteringService: ',
    '2026-12-01 08:14:06.9010 #6184 [Warn] ',
  ],
  [
    '[2026-12-01 19:02:11:347] Info|Program.Main => ShokoServer.Run => ShokoServer.StartUp ',
    '[2026-12-01 19:02:12:197] Warn|<>c.<Main>b__0_0 => Worker.Tick ',
    '[2026-12-01 19:02:14:487] Error|AniDBHelper.GetAnimeInfoHTTP ',
  ],
];

/**
 * r79's head: LoggerPro's default layout, whole lines, its tag closing them (the same on most) and
 * LoggerPro 2's context after it on some (`TLogItemRendererDefault`): a tail would end them in
 * other words (`sourceLinesOf` adds none to them).
 */
const R79_TAG_HEAD = [
  '2026-12-01 07:58:01:102 [TID 6120    ][INFO      ] Server started on port 8080 [dmvcframework]',
  '2026-12-01 07:58:02:115 [TID 7324    ][INFO      ] GET:/api/orders - 200 OK [dmvcframework]',
  '2026-12-01 07:58:03:540 [TID 7332    ][WARNING   ] Slow action: 3412 ms [dmvcframework]',
  '2026-12-01 07:58:04:804 [TID 7340    ][ERROR     ] Order rejected [orders] {order_id=1043, reason="no stock"}',
];

/**
 * r80's SPIP heads (`inc_log_dist`'s `date ip (pid N) :Pub:`, `spip_log`'s gravity after it), and
 * review66's look-alike: a level word where the address stands, its text forging the rest.
 */
const R80_SPIP_HEADS = [
  [
    '2026-12-01 06:58:21 198.51.100.9 (pid 4132) :Pub:ERREUR: ',
    '2026-12-01 06:58:22 2001:db8::7 (pid 4133) :Pri:!INFO: ',
    '2026-12-01 06:58:23  (pid 4134) ecrire/inc/plugin.php:L88:actualise_plugins()::Pri:debug: ',
    '2026-12-01 06:58:24 ERROR (pid 4135) :Pub:debug: ',
  ],
];

/**
 * r82's heads: Python logging's `%(module)s %(process)d %(thread)d` after the level and the logger
 * (Open Zaak's verbose formatter), and a look-alike whose text opens with a word and two counts;
 * CERN EOS's header, verbose, short, with the newer trace fields and an epoch naming another second;
 * Univention's debug header, a number past its level names, a category it does not write, and its
 * `DEBUG_INIT` line.
 */
const R82_HEADS = [
  [
    '2026-11-26 08:05:33,061 INFO openzaak.config.bootstrap bootstrap 23 140219876124416  ',
    '2026-11-26 08:06:47,620 WARNING openzaak.loaders loaders 23 140219859339008  ',
    '2026-11-26 08:07:01,002 INFO openzaak.loaders retry 3 1800 ',
  ],
  [
    '261129 16:41:02 time=1795970462.087413 func=Configure                level=NOTE  logid=static.... unit=mgm@host:1094 tid=00007f4d2b7fe640 source=XrdMgmOfsConfigure:1203        tident=<service> sec=      uid=0 gid=0 name= geo="" ',
    '261129 16:41:25 t=1795970485.654413 f=_open            l=INFO  tid=00007f4d0f3fe640 s=XrdMgmOfsFile:3012       ',
    '261129 16:41:26 t=1795970486.000001 f=open             l=DEBUG 9c8a42e0-cd31-11f1-8e7b-b8ca3a6aa2b4 s=XrdFstOfsFile:512        ',
    '261129 16:41:49 time=1795970999.000413 func=Emsg                     level=CRIT  logid=x unit=mgm tid=00007f4d0f3fe640 source=XrdMgmOfs:1874                 tident=a sec=gsi   uid=99 gid=99 name=atlas003 geo="FR" xt="" ob="" ',
  ],
  [
    '21.11.26 07:58:12.309  LISTENER    ( PROCESS ) : ',
    '21.11.26 07:58:12.370  LDAP        ( ALL     ) : ',
    '21.11.26 07:58:12.371  MAIN        ( 9       ) : ',
    '21.11.26 07:58:12.372  NOTACAT     ( PROCESS ) : ',
    '21.11.26 07:58:12.305  DEBUG_INIT',
  ],
];

/**
 * r73's heads: vibe.d's `[thread(task) LVL]` after a syslog tag, and a look-alike with a spaced id;
 * Percona Toolkit's underscore-joined stamp, and a file name built from one; Ruby's caller before a
 * Ruby Logger message, and one without its quoted method; Crystal's `Log` source after the
 * right-justified level, the fiber's context glued to it (`[client: "…"]`, a `]` inside a quoted
 * value), and look-alikes: a thread's bracket, an unclosed one.
 */
const R73_HEADS = [
  [
    'Nov 23 10:03:40 api-03 linkd[915]: [main(Gk2P) WRN] ',
    'Nov 23 10:03:41 api-03 linkd[915]: [vibe-3(a+/9-fin) dia] ',
    'Nov 23 10:03:42 api-03 linkd[915]: [main(job 12) ERR] ',
  ],
  ['2026_11_26_09_02_17 ', '2026_11_26_09_49_20\t', 'backup_2026_11_26_09_02_17.tar '],
  [
    "I, [2026-11-29T11:00:03.118204+00:00  #1466]  INFO -- : config.rb:171:in `loadconfig' ",
    "W, [2026-11-29T11:00:04.204117+00:00  #1466]  WARN -- : agents.rb:95:in `rescue in activate_agent?' ",
    'I, [2026-11-29T11:00:05.331025+00:00  #1466]  INFO -- : runner.rb:216:in progress ',
  ],
  [
    '2026-11-24T07:58:41.203117Z  INFO amqproxy.server ',
    '2026-11-24T07:58:43.880412Z  INFO amqproxy.channel_pool[client: "198.51.100.17:48812"] ',
    '2026-11-24T08:03:17.390025Z ERROR amqproxy.client[client: "a]b", n: 3] ',
  ],
  [
    '2026-11-24T07:58:43.880412Z  INFO amqproxy.channel_pool[worker-1] ',
    '2026-11-24T07:58:43.880412Z  WARN amqproxy.client[client: "x ',
  ],
];

/**
 * r74's heads: go-ethereum's terminal stamp after a relay's syslog header (`INFO [MM-dd|…]`, the
 * glued `ERROR[`), and look-alikes: another day's stamp, one written further into the text; log4js's
 * MARK bracketed after a time, and look-alikes; signale's scoped line with no time; the `debug` package's namespace after its ISO stamp; semantic_logger's class name before ` -- `.
 */
const R74_HEADS = [
  [
    'Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:17.362]',
    'Nov 30 13:04:17 node-7 geth[4121]: ERROR[11-30|13:04:17.362]',
    'Nov 30 13:04:17 node-7 geth[4121]: INFO [11-29|13:04:17.362]',
    'Nov 30 13:04:17 node-7 app[41]: replayed until [11-30|13:04:17.362]',
  ],
  // log4js's MARK bracketed after a time, a name in mixed case there, and syslog's mark.
  ['[07:30:01.208][MARK]', '[07:30:03.365][WARN]', '[07:30:05.267][Mark]', 'Nov 30 10:00:00 host -- MARK --'],
  // signale's scoped line with no time, a badge beyond the BMP, and a label that is not the badge's.
  ['[Lavamusic] › 📝  log      ', '[Lavamusic] › ⏸  pause    ', '[Lavamusic] › ✔  done     '],
  // The `debug` package's namespace after its ISO stamp, and a number after the colon.
  ['2026-11-26T14:03:11.204Z ioredis:redis', '2026-11-26T14:03:11.204Z worker:3'],
  // semantic_logger's class name before ` -- `, with its tags, and a name in lower case.
  [
    '2026-11-28 05:59:58.402117 I [1:main] RocketJob::Server --',
    '2026-11-28 06:06:28.933120 I [1:rocketjob 1] [c25746a4b01f] Reports::DailySalesJob --',
    '2026-11-28 05:59:58.402117 I [1:main] worker --',
  ],
];

/**
 * r89's heads: Speech Dispatcher's `[ctime : usec]` bracket, unpadded microseconds of one to six
 * digits, and look-alikes: seven digits, no bracket before the ctime, no year before the ` : `;
 * 4diac FORTE's `T#` stamp and look-alikes.
 */
const R89_HEADS = [
  [
    '[Wed Nov 25 07:41:03 2026 : 40211] speechd:',
    '[Wed Nov 25 07:47:32 2026 : 5213] speechd:',
    '[Wed Nov  5 07:47:32 2026 : 999999] speechd:   ',
    '[Wed Nov 25 07:47:32 2026 : 1234567] speechd:',
    'Wed Nov 25 07:47:32 2026 : 5213] speechd:',
    '[Wed Nov 25 07:47:32 : 5213]',
  ],
  // 4diac FORTE's `LEVEL: T#<epoch ns>: `, an older FORTE's monotonic count, and a duration.
  [
    'INFO: T#1795996721000000123:',
    'ERROR: T#1795996724185003155:',
    'WARNING: T#3598000123004:',
    'INFO: T#5s:',
    // review73: the stamp inside a line's text.
    'retry at T#1795996721000000123:',
  ],
];

/**
 * r90's heads: the ROS console's bracketed epoch after its bracketed level (rcutils' default, with
 * `ros2 launch`'s process name before it; ROS 1 rosconsole's padded level), launch's own untimed
 * lines and look-alikes (a bare number, a word that is no level); Gin's request record, whose
 * status and latency are no columns, and a look-alike with no duration.
 */
const R90_HEADS = [
  [
    '[ekf_node-1] [WARN] [1795789327.020417786] [ekf_filter_node_odom]: ',
    '[INFO] [1795789326.412093771] [navsat_transform]: ',
    '[ INFO] [1795789326.412093771]: ',
    '[INFO] [ekf_node-2]: ',
    '[ERROR] [1795789326] ',
    '[main] [1795789326.25] ',
    // review73: the header inside a line's text, or after more than one bracket.
    'user said: [INFO] [1795789326.4] ',
    '[a] [b] [INFO] [1795789326.4] ',
  ],
  [
    '[GIN] 2026/11/23 - 08:02:17 | 200 |    1.482311ms |      192.0.2.14 | GET      ',
    '[GIN] 2026/11/23 - 08:05:44 | 401 |      98.402µs |   198.51.100.62 | POST     ',
    '2026/11/23 08:00:01 200 | 12 items | ',
  ],
];

/**
 * r95's heads: wf-config's doubled level letters opening a line before its time (wayfire), beside
 * look-alikes (another doubled letter, a numeral in text, X.Org's `(DD)`); qtile's logger name and
 * `file.py:func():Lnn` location, and look-alikes (no `L`, no source file); Variety's `func() '`
 * opening its quoted text, and a call with no quote.
 */
const R95_HEADS = [
  [
    'II 26-11-26 09:12:44.081 - [src/main.cpp:412] ',
    'WW 26-11-26 09:31:06.721 - [src/core/output-layout.cpp:391] ',
    'EE 26-11-26 09:13:02.884 - [backend/drm/atomic.c:80] ',
    'DD 26-11-26 09:13:02.884 - ',
    'CC 26-11-26 09:13:02.884 - ',
    'Part II 26-11-26 09:13:02 ',
    '[    21.412] (DD) ',
  ],
  [
    '2026-11-25 19:02:11,418 WARNING libqtile sleep.py:_start():L104 ',
    '2026-11-25 19:02:11,503 ERROR libqtile window.py:update_strut():L1642 ',
    '2026-11-25 19:02:11,611 WARNING libqtile sleep.py:_start():104 ',
    '2026-11-25 19:02:11,611 WARNING libqtile notes.txt:run():L1 ',
  ],
  [
    "INFO: 2026-11-22 09:00:04,512: main() '",
    "WARNING: 2026-11-22 10:00:14,025: set_wallpaper() '",
    'INFO: 2026-11-22 09:00:04,512: main() ',
  ],
];

/**
 * Round r100's shapes and their near misses: Hubzilla's syslog priority names and hex logid before
 * the caller, EasySwoole's category before its level and its message wrapped after ` : `.
 */
const R100_HEADS = [
  [
    '2026-11-26T07:00:02Z:LOG_INFO:5b1e0a93c4:Cron.php:33:run: cron: ',
    '2026-11-26T07:00:40Z:LOG_ERR:e20b6c7a51:Deliver.php:58:run: deliver: ',
    '2026-11-26T07:08:30Z:LOG_WARNING:41bd9e7706:Libzot.php:1534:import: ',
    '2026-11-26T07:08:30Z:LOG_DEBUG=1:0123:x.php:1:f: ',
    '2026-11-26T07:08:30Z:LOG_LEVEL:41bd9e: ',
    '[LOG_CRIT] ',
  ],
  [
    '[2026-11-25 09:14:03][DEBUG][INFO] : [',
    '[2026-11-25 09:18:05][DEBUG][ERROR] : [SQLSTATE[HY000] [2002] ',
    '[2026-11-25 09:15:30][queue][WARNING] : [',
    '[2026-11-25 09:15:30][INFO][DEBUG] : [a] ',
    '[2026-11-25 09:15:30][DEBUG] : [',
  ],
];

/** Round r103's heads: tracing's span context before its target, hivemind's caller after its level. */
const R103_HEADS = [
  [
    '2026-11-25T13:03:13.852745Z  INFO rdp{client=203.0.113.44:61208}: devolutions_gateway::rdp_pcb: ',
    '2026-11-25T13:10:26.385724Z  WARN task{path="/var/log/a"}:inner: devolutions_log: ',
    '2026-11-25T13:10:26.385724Z ERROR conn{id=7}:tls{peer={a}}: app::net: ',
    '2026-11-25T13:10:26.385724Z  INFO config{a}: text ',
    '2026-11-25T13:10:26.385724Z  INFO x{',
  ],
  [
    'Nov 24 09:23:02.871 [WARN] [petals.server.server.run:748] ',
    'Nov 24 09:23:02.871 [ERROR] [__main__.<module>:12] ',
    'Nov 24 09:23:02.871 [WARN] [3/4] ',
    'Nov 24 09:23:02.871 [ERROR] [db:5432] ',
    'Nov 24 09:23:02.871 [WARN] [a.b:',
  ],
];

/**
 * The heads a generated source opens its lines with, each a list of slots (the pieces a line picks
 * from), in the groups `fuzzSourceLines` draws from by weight: random shared slots, or fixed heads of
 * one slot each. Exported so the reach test draws sources from every group and every fixed head.
 */
export type HeadGroup =
  | { readonly weight: number; readonly slots: fc.Arbitrary<readonly (readonly string[])[]> }
  | { readonly weight: number; readonly heads: readonly (readonly string[])[] };

export const SOURCE_HEAD_GROUPS: readonly HeadGroup[] = [
  { weight: 9, slots: fc.array(headSlot, { minLength: 1, maxLength: 8 }) },
  // A head the padded level opens, as it opens its lines (`fillsLevelPad` reads only there).
  { weight: 1, slots: fc.array(headSlot, { maxLength: 3 }).map((slots) => [PADDED_LEVEL_COLUMN, ...slots]) },
  { weight: 1, heads: [OSLO_HEAD] },
  { weight: 1, heads: [LETTER_LOCATION_HEAD] },
  { weight: 2, heads: R43_HEADS },
  { weight: 4, heads: R45_R46_HEADS },
  { weight: 1, heads: R47_HEADS },
  { weight: 1, heads: R48_HEADS },
  { weight: 2, heads: R50_HEADS },
  { weight: 4, heads: R49_HEADS },
  { weight: 1, heads: [R53_HEAD] },
  { weight: 1, heads: R51_HEADS },
  { weight: 1, heads: [PROGRAM_PREFIX_HEAD] },
  { weight: 1, heads: R54_HEADS },
  { weight: 1, heads: R52_HEADS },
  { weight: 1, heads: R55_OFFSET_HEADS },
  { weight: 1, heads: [R55_TAG_HEAD] },
  { weight: 1, heads: R57_HEADS },
  { weight: 1, heads: R58_HEADS },
  { weight: 1, heads: R60_HEADS },
  { weight: 1, heads: R61_HEADS },
  { weight: 1, heads: R61_PADDED_HEADS },
  { weight: 1, heads: R62_HEADS },
  { weight: 1, heads: R64_HEADS },
  { weight: 1, heads: R63_HEADS },
  { weight: 1, heads: R65_HEADS },
  { weight: 1, heads: R66_HEADS },
  { weight: 1, heads: R67_HEADS },
  { weight: 1, heads: R68_HEADS },
  { weight: 1, heads: R70_HEADS },
  { weight: 1, heads: R69_HEADS },
  { weight: 1, heads: R71_HEADS },
  { weight: 1, heads: R73_HEADS },
  { weight: 1, heads: R74_HEADS },
  { weight: 1, heads: R75_HEADS },
  { weight: 1, heads: R77_HEADS },
  { weight: 1, heads: [R79_TAG_HEAD] },
  { weight: 1, heads: R81_HEADS },
  { weight: 1, heads: R80_SPIP_HEADS },
  { weight: 1, heads: R82_HEADS },
  { weight: 1, heads: R89_HEADS },
  { weight: 1, heads: R90_HEADS },
  { weight: 1, heads: R95_HEADS },
  { weight: 1, heads: R100_HEADS },
  { weight: 1, heads: R103_HEADS },
];

/** A group's heads as one arbitrary: its random slots, or one of its fixed heads. */
export function headOf(group: HeadGroup): fc.Arbitrary<readonly (readonly string[])[]> {
  return 'slots' in group ? group.slots : fc.constantFrom(...group.heads).map((head) => [head]);
}

/** Every group's heads, by weight. */
export const anySourceHead = fc.oneof(
  ...SOURCE_HEAD_GROUPS.map((group) => ({ arbitrary: headOf(group), weight: group.weight })),
);

/**
 * The lines of one generated source: a head of slots that every line shares (each line picking its
 * piece of a slot of several) and a tail of its own, so a structure is learned from them and the
 * learned-only readings (a year-last date, a severity column, a logger column) are reached; in some
 * sources every second to fifth line is a JSON record instead, so the text readings are learned over
 * the text lines among records (`textLinesOf`).
 */
export function fuzzSourceLines(count: number): fc.Arbitrary<string[]> {
  return sourceLinesOf(anySourceHead, anyJsonRecord, count);
}

/** The lines of one generated source whose head and records are drawn from the ones given. */
export function sourceLinesOf(
  head: fc.Arbitrary<readonly (readonly string[])[]>,
  record: fc.Arbitrary<string>,
  count: number,
  recordEvery: fc.Arbitrary<number> = fc.constantFrom(0, 0, 2, 3, 5),
): fc.Arbitrary<string[]> {
  return fc
    .tuple(
      head,
      fc.constantFrom(' ', '', '|', '\t'),
      fc.array(fc.tuple(fc.nat(), fc.array(piece, { maxLength: 6 }), record), {
        minLength: count,
        maxLength: count,
      }),
      recordEvery,
    )
    .map(([slots, separator, lines, every]) =>
      lines.map(([pick, tail, line], n) =>
        every > 0 && n % every === 1
          ? line
          : [
              ...slots.map((pieces, k) => pieces[Math.floor(pick / (k + 1)) % pieces.length] as string),
              ...(slots[0] === R55_TAG_HEAD || slots[0] === R79_TAG_HEAD ? [] : tail),
            ].join(separator),
      ),
    );
}

/**
 * r94: a hand-written JSON pattern's line that is not valid JSON (Bank of Anthos's log4j2
 * `PatternLayout`: an unquoted MDC value, empty or bare; `%msg` unescaped, any text), closed or cut,
 * a trailing comma or none, its time key repeated in the text; logback's `dd-MMM-yyyy'T'HH:mm:ss.SSS` (LibEuFin nexus) whole or broken;
 * and de.willuhn.logging's `[class.method]` past 64 characters after the level and thread, or a long
 * bracket of another kind there.
 */
export const R94_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', '0af7651916cd43dd8448eb211c80319c', '"0af76519"', '{"a": [1, "]"]}', 'null'),
      fc.oneof(
        {
          arbitrary: fc.constantFrom(
            'submit | said "pay", twice',
            'ok',
            'a\\qb',
            '", "level": "x',
            // review76: a pattern's own key carried in the text, written twice in the line.
            'x", "timestamp": "1999-01-01 00:00:00',
          ),
          weight: 3,
        },
        fc.string({ maxLength: 30 }),
      ),
      fc.constantFrom('INFO', 'STARTUP', 'warn', ''),
      fc.constantFrom('}', ',}', ' , }', '', '}}'),
    )
    .map(
      ([trace, msg, level, close]) =>
        `{"timestamp": "2026-11-25 16:12:40", "trace_id": ${trace}, "message": "${msg}", "severity": "${level}"${close}`,
    ),
  fc
    .tuple(
      fc.constantFrom(
        '24-Nov-2026T09:30:00.118',
        '24-Nov-2026T9:30',
        '31-Feb-2026T09:30:00.118',
        '24-Nov-2026Tue',
      ),
      fc.constantFrom(' INFO  nexus - Fetched 2 transactions', ' fetched'),
    )
    .map(([time, text]) => `${time}${text}`),
  fc
    .tuple(
      fc.constantFrom(
        'de.willuhn.jameica.hbci.server.hbci.synchronize.SynchronizeSession.run',
        `/srv/${'archive/'.repeat(9)}statement.xml`,
        `${'a.'.repeat(90)}run`,
        'main.init',
      ),
      fc.constantFrom('[INFO][Thread-11]', '[WARN]', ''),
    )
    .map(([name, head]) => `[Tue Nov 24 07:15:06 CET 2026]${head}[${name}] synchronizing account`),
);

/**
 * r98: Evennia's `[WW]`/`[EE]`/`[..]`/`[SS]` block after its time, or a pair elsewhere; log4j's
 * `[thread] I - text` (GeyserMC standalone) and a word of one letter there; Unreal's
 * `[time][frame]Category: Verbosity: text`, whole or broken; pretty_env_logger's padded level and
 * an unpadded target before ` > `, or prose with a `>`.
 */
export const R98_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('2026-11-24 08:19:24 ', '2026-11-24 08:19:24', '', 'x '),
      fc.constantFrom('[WW]', '[EE]', '[..]', '[SS]', '[II]', '[DD]', '[WW', 'WW]', '[WWW]'),
      fc.constantFrom(' Malformed telnet input', '', ']'),
    )
    .map(([time, block, text]) => `${time}${block}${text}`),
  fc
    .tuple(
      fc.constantFrom('[main]', '[nioEventLoopGroup-3-1]', '', '[]'),
      fc.constantFrom('I', 'W', 'E', 'A', 'II', ''),
      fc.constantFrom(' - Loading Geyser', ' -', ' Loading', '- x'),
    )
    .map(([thread, letter, text]) => `2026-11-25 17:40:03.118 ${thread} ${letter}${text}`),
  fc
    .tuple(
      fc.constantFrom(
        '[2026.11.26-20.01.14:552][  0]',
        '[2026.11.26-20.01.14:552][999]',
        '[2026.11.26-20.01.14:552][',
        '[2026.13.26-20.01.14:552][  0]',
      ),
      fc.constantFrom('LogNet: ', 'LogNet:', 'Log Net: ', '', 'a: '),
      fc.constantFrom('Display: ', 'Warning: ', 'VeryVerbose: ', 'Log: ', 'Display:', ''),
      fc.constantFrom('Join succeeded: Ferrowyn', '', 'Error: x'),
    )
    .map(([prefix, category, verbosity, text]) => `${prefix}${category}${verbosity}${text}`),
  fc
    .tuple(
      fc.constantFrom(' ', '', ' 2026-11-29T07:30:02.140Z '),
      fc.constantFrom('INFO  ', 'ERROR ', 'INFO ', 'WARN  ', 'TRACE'),
      fc.constantFrom('lazymc', 'x', 'Value', 'a::b', ''),
      fc.constantFrom(' > Server is now online', ' >', '> x', ' >> x'),
    )
    .map(([lead, level, target, text]) => `${lead}${level}${target}${text}`),
);

/**
 * r104: log4j 2's level cut to two letters between a bracketed thread and a dotted logger closed by
 * ` - ` (Apache Roller), a country code or word there, no logger or no dash; xPDO's
 * `(LEVEL[ in def][ @ file][ : line]) ` group after MODX's bracketed time, whole or broken.
 */
export const R104_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('[main]', '[http-nio-8080-exec-4]', '', '[]'),
      fc.constantFrom('IN', 'DE', 'WA', 'ER', 'FR', 'In', 'I', ''),
      fc.constantFrom(' o.a.r.w.u.c.RollerContext', ' clause', ' e.g.', ''),
      fc.constantFrom(' - Roller Weblogger initializing', ' -', ' rejected', '- x'),
    )
    .map(([thread, level, logger, text]) => `2026-11-23 05:58:02,114 ${thread} ${level}${logger}${text}`),
  fc
    .tuple(
      fc.constantFrom(
        '[2026-11-21 06:14:37] (',
        '[2026-11-21 06:14:37](',
        '2026-11-21 06:14:37 (',
        '[2026-11-21 06:14:37] ',
      ),
      fc.constantFrom('ERROR', 'WARN', 'FATAL', 'NOTICE', 'see', ''),
      fc.constantFrom(' in modSnippet', ' in', ''),
      fc.constantFrom(' @ /index.php', ' @ /var/www/x.php : 27', ' @ ', ' : 27', ''),
      fc.constantFrom(') PHP warning: x', ')', ') ', ' x'),
    )
    .map(([time, level, def, file, text]) => `${time}${level}${def}${file}${text}`),
);

/** YADIFA's pipe-separated line (`| %c | `, the letter from `"!ACEWNID"`) with `letter` in its letter's column. */
function yadifaLine(letter: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(letter, fc.string({ maxLength: 20 }))
    .map(([l, text]) => `2026-11-25 09:14:02.118342 | 14235 | 8ff3b740 |   system | ${l} | ${text}`);
}

/**
 * YADIFA's line with one of its level letters, notices the most: a source of these alone learns its
 * letter column (r101), which R101_RECORD's lines among other heads' never reach (review79).
 */
export const YADIFA_LEVEL_LINE: fc.Arbitrary<string> = yadifaLine(
  fc.constantFrom('N', 'N', 'N', 'N', 'I', 'W', 'E', 'D', 'C', 'A', '!'),
);

/** l2tpns's `LOG()` line, `"%s %02d/%02d %s"`: a source of these alone learns its pair of ids (r101, review79). */
export const L2TPNS_LINE: fc.Arbitrary<string> = fc
  .tuple(fc.nat(99), fc.nat(99), fc.string({ maxLength: 20 }))
  .map(
    ([tunnel, session, text]) =>
      `2026-11-21 05:31:12 ${String(tunnel).padStart(2, '0')}/${String(session).padStart(2, '0')} ${text}`,
  );

/**
 * r101: YADIFA's pipe-separated line, its level letter any capital or `!` or a word; a line after
 * blitiri.com.ar/go/log's level character and 18-character Go caller, whole, short or overlong; and
 * l2tpns's `%02d/%02d` pair of ids or a slashed number of another shape.
 */
export const R101_RECORD: fc.Arbitrary<string> = fc.oneof(
  yadifaLine(fc.constantFrom('N', 'W', 'E', 'I', 'D', 'A', '!', 'O', 'NN', '')),
  fc
    .tuple(
      fc.constantFrom('_', 'E', '.', '☠', '2'),
      fc.constantFrom(
        'dnss.go:143       ',
        'server.go:213     ',
        'x.go:1',
        'rpc_server.go:1207',
        'a.go:12345678901234',
      ),
      fc.constantFrom(' ', '  ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(
      ([letter, caller, gap, text]) =>
        `Nov 30 06:10:02 edge-dns1 dnss[702]: ${letter} ${caller}${gap}${text}`,
    ),
  fc
    .tuple(
      fc.constantFrom('00/00', '01/02', '123456/1', '1/', '/1', '12/34/56'),
      fc.string({ maxLength: 20 }),
    )
    .map(([ids, text]) => `2026-11-21 05:31:12 ${ids} ${text}`),
);

/**
 * r102: Service Desk Manager's stdlog line, its level column a word or none and its file and line
 * whole or broken; and Rich's time of day with a dash and a fraction of six digits or another count.
 */
export const R102_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('pdm_d_mgr   2216', 'domsrvr     3520', 'web:local', 'x 1'),
      fc.constantFrom('SIGNIFICANT', 'ERROR', 'IMPORTANT', 'Significant', ''),
      fc.constantFrom('daemon_obj.c 1287', 'session.c  5272', 'daemon_obj 1287', 'x.c', 'a.cxx5 1'),
      fc.string({ maxLength: 20 }),
    )
    .map(([process, level, file, text]) => `11/22 05:58:40.11 SDMAPP01 ${process} ${level}  ${file} ${text}`),
  fc
    .tuple(
      fc.constantFrom('-004512', '-0500', '-123', '-1234567', '-004512-7', '-004512x', '-28/11'),
      fc.constantFrom(' INFO     ', ' WARNING  ', ' ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(([fraction, level, text]) => `08:12:03${fraction}${level}${text}`),
);

/**
 * r105: slog-term's own date and level after a syslog tag (Afterburn under systemd), the level a word
 * or none, the date another day's or cut short; and Bochs's `%t%e%d` prefix, its tick, event letter
 * and device bracket whole or off by one.
 */
export const R105_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'Nov 28 09:03:11.402 ',
        'Nov 28 09:03:11 ',
        'Nov 27 09:03:11.402 ',
        'Nov 28 ',
        'Nov 28 09:03 ',
      ),
      fc.constantFrom('INFO ', 'ERRO ', 'WARN ', 'backup ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(([date, level, text]) => `Nov 28 09:03:11 fcos-node-2 afterburn[812]: ${date}${level}${text}`),
  // review83: behind a dated RFC 5424 header of last year, the inner date takes the header's year.
  fc
    .tuple(
      fc.constantFrom('Nov 28 09:03:11.402 ', 'Nov 20 09:03:11.402 '),
      fc.constantFrom('ERRO ', 'backup '),
    )
    .map(([date, level]) => `<14>1 2025-11-28T09:03:11Z fcos-node-2 afterburn 812 - - ${date}${level}x`),
  fc
    .tuple(
      fc.constantFrom('00040112730', '00000000000', '0004011273', '000401127300', '0004011273x'),
      fc.constantFrom('i', 'e', 'p', 'd', 'x', 'I', ''),
      fc.constantFrom('[HD    ] ', '[      ] ', '[MEM0 ] ', '[PLUGIN]', '[CPU0  ]  ', '[A] ', ' '),
      fc.constantFrom('>>PANIC<< ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(([tick, letter, device, mark, text]) => `${tick}${letter}${device}${mark}${text}`),
);

/**
 * r107: libfabric's `fi_log` prefix (pid, epoch seconds, empty prefix, provider, subsystem,
 * `func():line`, `<level>`), whole or broken; the InfiniBand libraries' `ibwarn: [pid] func: ` and
 * others' tags; a level word glued to its thread's bracket after a syslog tag (the Omni-Path FM's
 * `PROGR[topology]: SM: func: `), padded, unknown or counted.
 */
export const R107_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('libfabric', 'fabric', 'Libfabric', 'x'),
      fc.constantFrom(':48213:', ':1:', '::', ':48213'),
      fc.constantFrom('1795511642::', '179551164::', '1795511642:pfx:', '17955116420::'),
      fc.constantFrom(
        'verbs:fabric:vrb_get_match_infos():1714',
        'verbs;ofi_rxm:ep_ctrl:f():2',
        'shm:core:smr_create:265',
      ),
      fc.constantFrom('<warn> ', '<info> ', '<trace> ', '<debug> ', '<error> ', '<warn>'),
      fc.string({ maxLength: 20 }),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('ibwarn', 'ibpanic', 'iberror', 'constructor', 'ib'),
      fc.constantFrom(': [7311] ', ': [] ', ':[7311] ', ': [7311x] '),
      fc.constantFrom('sim_ctl: ', 'sim ctl: ', '', 'read_netconf:'),
      fc.string({ maxLength: 20 }),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('PROGR', 'NOTIC', 'WARN', 'WARN ', 'ERROR', 'FATAL', 'VBOSE', 'DBG1 ', 'LOG', 'HELLO'),
      fc.constantFrom('[topology]: ', '[sm]: ', '[3] ', '[a b]: ', '[]: ', '[topology]:'),
      fc.constantFrom('SM: topology_main: ', 'SM: ', 'FE: x: ', 'sm: f: ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(
      ([word, thread, manager, text]) =>
        `Nov 25 14:00:09 opafm01 fm0_sm[3187]: ${word}${thread}${manager}${text}`,
    ),
);
/** Round r109: simulators' report lines (UVM's, Questa's, Cadence's) and their near misses. */
export const R109_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '# ', '#', '  '),
    fc.constantFrom(
      'UVM_INFO t.sv(64) @ 120000: uvm_test_top.env [CFG] ',
      'UVM_WARNING @ 0: reporter [RNTST] ',
      'UVM_FATAL @ 1.5 ns [ID] ',
      'UVM_ERROR t.sv(x) @ 5: a [B]',
      'UVM_INFO is a macro ',
      'UVM_DEBUG @ 0: r [X] ',
      '** Note: (vsim-3812) ',
      '** Error (suppressible): a.sv(12): (vlog-2388) ',
      '** Failure: ',
      '** Notice: ',
      'xmelab: *W,CUVMPW (a.sv,118|27): ',
      'xrun: *E,ELBERR: ',
      'ncelab: *SE,X: ',
      'make: *** [all] ',
      'xmsim: *X,FOO: ',
      '[synthesis] [Exec yosys -c /b...] Level.DEBUG: ',
      '[<global>] Level.INFO: ',
      '[par] [x] Level.NOTICE: ',
      '[par] [x Level.ERROR: ',
    ),
    fc.string({ maxLength: 20 }),
  )
  .map(([prefix, report, text]) => `${prefix}${report}${text}`);

/**
 * r108: PyBDSF's file line, its level a standard name, a custom one (`USERINFO`), a negated or
 * lower-case look-alike or a note's word, and its text an arrow or none; Ginga's pipe-separated line,
 * its letter any capital or none and its text opening with a level word or not; mwax_mover's
 * comma-joined level and thread, the thread a name, a number, a spaced phrase or none; chimera's
 * line closed by a dotted class, Kafka's trailer with a thread or lmcache's caller, or none.
 */
export const R108_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'INFO    ',
        'USERINFO',
        'WARNING ',
        'NOERROR ',
        'Userinfo',
        'TODO    ',
        'SUBDEBUG',
        'INFOX   ',
      ),
      fc.constantFrom('--> ', '', '-> ', ': '),
      fc.string({ maxLength: 20 }),
    )
    .map(([level, arrow, text]) => `Sun 22-11-2026 03:41:08:: ${level}: ${arrow}${text}`),
  fc
    .tuple(
      fc.constantFrom('I', 'E', 'W', 'D', 'X', ''),
      fc.constantFrom('Error ', 'WARNING: ', 'loading ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(
      ([letter, word, text]) =>
        `2026-11-21 01:15:51,890 | ${letter} | io_fits.py:157 (load_hdu) | ${word}${text}`,
    ),
  fc
    .tuple(
      fc.constantFrom('INFO', 'DEBUG', 'WARNING', 'Done'),
      fc.constantFrom('MainThread, ', 'webserver, ', '42, ', 'two words, ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(([level, thread, text]) => `2026-11-23 07:13:40,104, ${level}, ${thread}${text}`),
  fc
    .tuple(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(' (chimera.instruments.sbig.SBIG)', ' (a.B:main)', ' (x.py:3:app.x)', ' (A.b)', ''),
    )
    .map(
      ([text, trailer]) =>
        `22-11-2026 23:58:14.92 INFO chimera.core.manager manager.py:402 ${text}${trailer}`,
    ),
);

/**
 * r106: a program's line carried by Kubernetes' CRI or Docker's json-file (`formats/cri.ts`'
 * `takeCarried`), read through the one reading a bare line gets: r104's records inside, and carriers
 * broken or near (no stream, a key more, a time no reading knows, a tag no runtime writes).
 */
const R106_BODIES = [
  '[2026-11-21 06:14:37] (ERROR in modSnippet @ /var/www/x.php : 27) Snippet failed',
  '2026-11-23 05:58:02,114 [main] IN o.a.r.w.u.c.RollerContext - Roller Weblogger initializing',
  '[main] IN clause rejected',
  '(ERROR is the word) done',
];

export const R106_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom(...R106_BODIES), weight: 3 },
      { arbitrary: R104_RECORD, weight: 1 },
      { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
    ),
    fc.oneof(
      { arbitrary: fc.constantFrom('stdout F', 'json'), weight: 3 },
      fc.constantFrom('stderr P', 'stdout X', 'json+level', 'json-nostream', 'json-badtime'),
    ),
  )
  .map(([line, carrier]) => {
    const time = '2026-11-28T10:11:12.345678901Z';
    if (!carrier.startsWith('json')) return `${time} ${carrier} ${line}`;
    const record: Record<string, string> = { log: `${line}\n`, stream: 'stderr', time };
    if (carrier === 'json+level') record.level = 'error';
    if (carrier === 'json-nostream') delete record.stream;
    if (carrier === 'json-badtime') record.time = 'soon';
    return JSON.stringify(record);
  });

/**
 * r111: a program's line behind a syslog relay's header (RFC 3164, journalctl's short-iso, RFC 5424
 * with a priority and structured data), read through the one reading a bare line gets: r106's
 * bodies, plain daemon text, and relays broken or near (a level in the host's place, a tag with a
 * space, a nil host, no zone, a relay inside a relay, an empty body, a body far from the relay's time).
 */
const R111_BODIES = [
  '2026-11-28 10:11:12,450 ERROR [http-2] o.e.shop.Pay - card declined',
  '2026-11-28T10:11:12.734Z INFO tick',
  'WARNING:root:disk nearly full',
  'Accepted publickey for deploy from 10.0.0.8 port 51234 ssh2',
  'connection from 10.0.0.9 () at Mon Jun 20 03:40:59 2005',
  'conn=1042 op=0 RESULT tag=97 err=49 text=',
  '',
];

export const R111_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom(...R111_BODIES), weight: 3 },
      { arbitrary: fc.constantFrom(...R106_BODIES), weight: 1 },
      { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
    ),
    fc.constantFrom(
      'Nov 28 10:11:12 web-3 prog[812]: ',
      '2026-11-28T10:11:12+0000 web-3 prog[812]: ',
      '<14>1 2026-11-28T10:11:12.000Z web-3 prog 812 - [meta@32473 note="a]b"] ',
      '<11>Nov 28 10:11:12 web-3 sshd(pam_unix)[9]: ',
      'Nov 28 10:11:12 INFO main: ',
      'Nov 28 10:11:12 web-3 my prog: ',
      '2026-11-28T10:11:12.402Z - info: ',
      '2026-11-28T10:11:12 web-3 prog[812]: ',
      'Nov 28 10:11:12 web-3 prog[812]: Nov 28 10:11:12 inner app[7]: ',
      'Jun 20 03:40:59 web-3 prog[812]: ',
    ),
  )
  .map(([body, relay]) => `${relay}${body}`);

/**
 * Round r110: Python's colon-joined header with a thread id before the level (WMCore's `Harness.py`)
 * and BOINC's `MSG_LOG` kind after `[PID=n]`, with their near misses.
 */
export const R110_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(':140027318425408:INFO:Harness:', ':140027318425408:WARNING:JobSubmitterPoller:'),
      fc.constantFrom('>>>Starting: JobSubmitter<<<', '>>>Initializing default database', 'Found 4 jobs'),
    )
    .map(([header, text]) => `2026-11-25 14:02:11,407${header}${text}`),
  fc
    .tuple(
      fc.constantFrom('2026-11-25 14:02:11,407', '2026-11-25 14:02:11.407', '2026-11-25 14:02:11'),
      fc.constantFrom(':140027318425408:', ':', ':2001:', ':42:', ' 140027318425408:', ''),
      fc.constantFrom('INFO:', 'WARNING:', 'note: ', 'DB8::1:', 'ERROR'),
      fc.constantFrom('Harness:', 'hickory_server::server:17:', '<module>:', ''),
      fc.constantFrom('>>>Starting: JobSubmitter<<<', 'text: more', ' spaced'),
    )
    .map(([time, id, level, name, text]) => `${time}${id}${level}${name}${text}`),
  fc
    .tuple(
      fc.constantFrom('2026-11-27 16:20:07.3182 ', '2026-11-27 16:20:07 ', '2026-11-27 16:20:07.3182'),
      fc.constantFrom('[PID=23817] ', '[PID=238  ] ', '[PID=] ', '[pid=7] ', ''),
      fc.constantFrom('normal   ', 'debug    ', 'CRITICAL ', 'normally ', 'normal', 'NORMAL   '),
      fc.string({ maxLength: 20 }),
    )
    .map(([time, pid, kind, text]) => `${time}${pid}${kind}${text}`),
);

/**
 * Round r113: LPRng's status line (`text at yyyy-MM-dd-HH:mm:ss.SSS ## A=id number=n process=pid`),
 * with its near misses: a stamp of another shape, a pair missing or out of order, text after it.
 */
export const R113_RECORD: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('printing finished', "cannot open 'lp0' - 'No such device'", 'ERROR: x', '', 'x at y'),
    fc.constantFrom(' at ', ' ', ' at  ', ' AT '),
    fc.constantFrom(
      '2026-11-30-07:42:14.061',
      '2026-11-30-07:42:14',
      '2026-11-30T07:42:14.061',
      '2026-02-30-07:42:14',
    ),
    fc.constantFrom(' ## A=', ' # A=', ' ## a=', ' ## A= '),
    fc.constantFrom('mara@mac-prepress2+412', '<NULL>', '', 'a b'),
    fc.constantFrom(
      ' number=412 process=5120',
      ' number=0 process=2214',
      ' process=1 number=2',
      ' number=x process=1',
    ),
    fc.constantFrom('', ' ', 'x', '9'),
  )
  .map(([text, at, stamp, open, id, pairs, tail]) => `${text}${at}${stamp}${open}${id}${pairs}${tail}`);

/**
 * Round r112: TinyMUX's stamp and `Name PRI/SEC  : ` header (`start_log`), and ToastStunt's severity
 * marks after its ctime stamp (`do_log`), with their near misses: widths that do not fit, a mark
 * after `> ` or glued to the text, player text that names a level.
 */
export const R112_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('2026.1130:110316 ', '2026.1330:110316 ', '2026.1130:110316', '2026-11-30 11:03:16 '),
      fc.constantFrom('Duskmere ', 'The Old Keep ', '', 'a/b '),
      fc.constantFrom(
        'NET/CONN : ',
        'INI/START: ',
        'CON/LOGOUT: ',
        'SHUTDOWN : ',
        ' NO/START: ',
        'NET/CONN: ',
        'net/conn : ',
      ),
      fc.constantFrom(
        '[6/198.51.100.61] Connection opened',
        'ERROR: player text',
        'W/tag x',
        '{"level":"error"}',
        '',
      ),
    )
    .map(([stamp, name, category, text]) => `${stamp}${name}${category}${text}`),
  fc
    .tuple(
      fc.constantFrom('Nov 30 15:08:29: ', 'Nov  3 15:08:29: ', 'Nov 30 15:08:29 ', 'Mon Nov 30 15:08:29: '),
      fc.constantFrom('*** ', '### ', '!!! ', '> ', '> *** ', '***', '*** *** '),
      fc.string({ maxLength: 20 }),
    )
    .map(([stamp, mark, text]) => `${stamp}${mark}${text}`),
);

/**
 * Round r114: go-ns's record as Companies House's services write it (`event` naming the level,
 * `data.message` the text), Flask's ` [in path:line]` closing the text, Python's `%(filename)s
 * %(lineno)d: ` after the level, with their near misses.
 */
export const R114_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .record(
      {
        created: fc.constantFrom('2026-11-30T13:58:49.099+00:00', '2026-11-30T13:58:49Z', 'soon', ''),
        event: fc.oneof(
          { arbitrary: fc.constantFrom('info', 'request', 'error', 'debug', 'trace'), weight: 3 },
          fc.constantFrom('Info', 'warn', 'http request received', 'log_error'),
          fc.string({ maxLength: 12 }),
        ),
        namespace: fc.constantFrom('Confirmation Statement Web', ''),
        context: fc.constant('Xk3mPq9vRt2sLw8z'),
        data: fc.oneof(
          fc.constant({ message: 'Start requesting', path: '/x', method: 'POST' }),
          fc.constant({ message: 42 }),
          fc.constant({ start: '2026-11-30T13:58:49Z', status: 200 }),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        level: fc.constantFrom('warn', 3),
      },
      { requiredKeys: ['event', 'namespace', 'created'] },
    )
    .map((o) => JSON.stringify(o)),
  fc
    .tuple(
      fc.constantFrom('INFO: ', 'WARNING: ', 'Done: '),
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        ' [in /usr/src/app/OpenOversight/app/__init__.py:58]',
        ' [in progress]',
        ' [in x.py:]',
        ' [in a b.py:3]',
        '[in x.py:3]',
        ' [in /x/views.py:131] more',
        '',
      ),
    )
    .map(([level, text, trailer]) => `2026-11-30 15:20:44,051 ${level}${text}${trailer}`),
  fc
    .tuple(
      fc.constantFrom('[WARNING] ', '[INFO] ', ''),
      fc.constantFrom('base.py', 'README', 'link_management.py'),
      fc.constantFrom(' 152', ' 3 times', ' x', ''),
      fc.constantFrom(': ', ':', ' '),
      fc.string({ maxLength: 20 }),
    )
    .map(
      ([level, file, line, colon, text]) => `2026-11-30 12:40:09,733 ${level}${file}${line}${colon}${text}`,
    ),
);

/**
 * Round r115: werkzeug's request line through Python's `basicConfig` (`INFO:werkzeug:…`, its
 * `dd/Mon/yyyy HH:mm:ss` time), and colour codes in a message's own text after a header (Rails' SQL,
 * werkzeug's status colour), dropped as everywhere, with their near misses.
 */
export const R115_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('INFO:werkzeug:', 'WARNING:werkzeug:', 'INFO:root:', 'INFO werkzeug: '),
      fc.constantFrom('198.51.100.23', '::1', 'job', 'a b c d'),
      fc.constantFrom(
        ' - - [30/Nov/2026 16:05:41]',
        ' - - [30/Nov/2026:16:05:41 +0000]',
        ' [30/Nov/2026 16:05]',
        ' - - [31/Nov/2026 16:05:41]',
        ' - -',
      ),
      fc.constantFrom(' "GET / HTTP/1.1" 200 -', ' "\u001b[33mGET /x HTTP/1.1\u001b[0m" 404 -', ' done', ''),
    )
    .map(([header, client, time, rest]) => `${header}${client}${time}${rest}`),
  fc
    .tuple(
      fc.constantFrom(
        'D, [2026-11-30T09:14:02.327046 #31] DEBUG -- : [3c9a1f2e-7b44-4d0a-a8e6-5f1b2c3d4e71]   ',
        '2026-11-30 14:20:03,517 INFO ',
        '\u001b[32mINFO\u001b[0m ',
        '\u001b[33m[2026-11-29T07:58:12.341] [WARN] startup - \u001b[39m',
      ),
      fc.constantFrom('\u001b[1m\u001b[36m', '\u001b[32m', '\u001b[0m', '\u001b[', ''),
      fc.constantFrom('User Load (0.7ms)', 'Activity', 'text'),
      fc.constantFrom(
        '\u001b[0m  \u001b[1m\u001b[35mBEGIN\u001b[0m',
        '\u001b[39m',
        " \u001b[32m'x'\u001b[39m is",
        '\u001b[1m',
        '',
      ),
      fc.string({ maxLength: 12 }),
    )
    .map(([header, before, text, after, tail]) => `${header}${before}${text}${after}${tail}`),
);

/** `good` three times in four, else one of `misses`: a record kind's whole shape, often enough to be reached. */
const mostly = (good: string, ...misses: string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: fc.constantFrom(...misses) });

/**
 * Round r116: Gwenhywfar's log line (AqBanking: `6:2026/11/30 06-00-01:aqhbci(20411):file.c:  318: text`)
 * with its near misses (a priority out of its scale, colons in the time, no pid, a text forging a
 * level), and a name and ` - ` after a level's own colon (`… - info: QuotesModel::x - text`), which
 * is the text's.
 */
export const R116_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('6', '3', '0', '8', '9', 'x', '12'),
      mostly(
        ':2026/11/30 06-00-01:',
        ':2026/11/30 06:00:01:',
        ':2026/02/30 06-00-01:',
        ':2026-11-30 06-00-01:',
      ),
      mostly('aqhbci', 'aqbanking', '', 'No ident, please adjust program', 'a:b'),
      mostly('(20411):', '(x):', '():', ':', '(20411)'),
      mostly('cbox_queue.c:  612: ', 'abgui.c:  182: ', 'x.py: 1: ', '', 'cbox_queue.c:612:'),
      fc.constantFrom('Error performing queue (-54)', 'ERROR: forged', 'WARN x', ''),
    )
    .map(
      ([priority, stamp, ident, pid, location, text]) =>
        `${priority}${stamp}${ident}${pid}${location}${text}`,
    ),
  fc
    .tuple(
      fc.constantFrom('2026-11-30T09:15:41.602Z - ', '2026/11/29 08:02:11 ', '2026-11-30 09:15:41 ', ''),
      mostly('info: ', 'warn: ', '[NOTICE]: ', '[INFO]: ', 'INFO ', 'x:INFO: ', 'Error: '),
      mostly('QuotesModel::handleQuoteRequest', 'obfs4proxy-0.0.14', 'c.e.Foo', 'obfs4', 'SIGNAL'),
      mostly(' - ', ' -- ', ' : ', ' '),
      fc.string({ maxLength: 20 }),
    )
    .map(([time, level, name, dash, text]) => `${time}${level}${name}${dash}${text}`),
);

/**
 * Round r117: Python's dash-joined header with up to four columns before its level (OpenTAKServer),
 * a `basicConfig` logger's name carrying an address and its port (taky), and the text after Celery's
 * worker bracket, with their near misses: five columns, a lower-case level, an address that is none,
 * a number past a port's, a bracket of the text naming a level.
 */
export const R117_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('[2026-11-30 14:03:52,520] - ', '2026-11-30 14:03:52,520 - ', '2026-11-30 14:03:52 '),
      fc.constantFrom(
        'eud_handler[2187] - EudHandler - handle_auth - 408 - ',
        'app - mod - ',
        'a - b - c - d - e - ',
        'we fixed it - ',
        '',
      ),
      fc.constantFrom('INFO - ', 'WARNING - ', 'error - ', 'ERROR', 'NOTE - '),
      fc.constantFrom("engine14 is ID'ed by cert", 'server.py:1514 - Swagger', 'said - ERROR - x', ''),
    )
    .map(([time, columns, level, text]) => `${time}${columns}${level}${text}`),
  fc
    .tuple(
      fc.constantFrom('INFO:', 'WARNING:', 'DEBUG:'),
      fc.constantFrom('SocketTAKClient@', 'root', 'a@', ''),
      fc.constantFrom('198.51.100.31', '1.2.3.256', '1.2.3', ''),
      fc.constantFrom(':40122:', ':99999:', ':80 ', ':', ':123456:'),
      fc.constantFrom('Socket disconnect: x', 'up', ''),
    )
    .map(([level, name, address, port, text]) => `${level}${name}${address}${port}${text}`),
  fc
    .tuple(
      fc.constantFrom('[2026-11-30 15:01:01,506: ', '[2026-11-30 15:01:01: ', '2026-11-30 15:01:01,506: '),
      fc.constantFrom('INFO/ForkPoolWorker-1] ', 'ERROR/MainProcess] ', 'INFO/x [y] '),
      fc.constantFrom('[EXTERNAL FEED] Fetching x', '[ERROR] upstream', 'tasks.add[6f]: x', '['),
    )
    .map(([time, level, text]) => `${time}${level}${text}`),
);

/**
 * Round r119: the year-first class's milliseconds after an underscore (JPlag's
 * `yyyy-MM-dd-hh:mm:ss_SSS`), and the Open edX standard format's header of five or six columns
 * (pid, logger, user, address, request id, location), with their near misses: two, four or glued
 * digits after the underscore, a missing column, a level word in the text.
 */
export const R119_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '2026-11-30-09:41:02',
        '2026-11-30_12:00:01',
        '20261130-094102',
        'IMG_2026-11-30-09:41:02',
      ),
      fc.constantFrom('_316', '_12', '_1234', '_123_4', '_123abc', '_', ''),
      fc.constantFrom(' [main] [INFO] JPlag - ', ' [main] [WARN] X - ', '.jpg ', ' '),
      fc.constantFrom('Start writing report...', 'run of 2026-11-30-09:41:05_999 ended', ''),
    )
    .map(([stamp, fraction, header, text]) => `${stamp}${fraction}${header}${text}`),
  fc
    .tuple(
      fc.constantFrom('2026-11-30 15:12:03,441 ', '2026-11-30 15:12:03 '),
      fc.constantFrom('INFO 23 ', 'WARNING 24 ', 'ERROR ', ''),
      fc.constantFrom('[edx_exams.apps.core.api] ', '[django.request] ', ''),
      fc.constantFrom('[user 5521] [ip 203.0.113.61] ', '[user None] [ip None] ', '[user 1] ', ''),
      fc.constantFrom('[request_id a1b2c3] ', '[request_id None] ', ''),
      fc.constantFrom('api.py:147 - ', 'log.py:241 -', 'x.py - ', ''),
      fc.constantFrom('Exam attempt 30412 created', 'ERROR: upstream', '[user 1] [ip 2] x.py:1 - y', ''),
    )
    .map((parts) => parts.join('')),
);

/**
 * Round r118: a month-name stamp to the minute closing the bracket that opens the line after a
 * thread's label (mprime), `log` under a JSON record's level key, an arrow after a layout's separator
 * (mapillary_tools), and a Go caller in hivemind's caller bracket, with their near misses: a word
 * after the minute, a bracket not opening the line, a word that starts with `log`, an arrow right
 * after the level, a location with no line.
 */
export const R118_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('[Worker #1 ', '[Main thread ', '[Comm thread ', '[', 'x [', '[Worker '),
      fc.constantFrom('Nov 30 20:14', 'Feb  5 00:22', 'Nov 30 20:14 x', 'Nov 30 20:14:05', '11 30 20:14'),
      fc.constantFrom('] ', ']', ' '),
      fc.constantFrom(
        'ERROR: Comparing Gerbicz checksum values failed.',
        'Worker starting',
        '[Nov 29 08:00] x',
        '',
      ),
    )
    .map(([label, stamp, close, text]) => `${label}${stamp}${close}${text}`),
  fc
    .tuple(
      fc.constantFrom('level', 'severity', 'type', 'msg'),
      fc.constantFrom('log', 'LOG', 'logs', 'error'),
      fc.constantFrom('starting migrations', 'ERROR: boom', 'log'),
    )
    .map(([key, value, text]) =>
      JSON.stringify({ [key]: value, message: text, time: '2026-11-30T19:20:00.412Z' }),
    ),
  fc
    .tuple(
      fc.constantFrom('06:00:03.412 - ', '2026-11-30 06:00:03 ', 'ERROR - 2026-11-23 08:14:51 '),
      fc.constantFrom('INFO    - ', 'WARNING - ', 'INFO ', ''),
      fc.constantFrom('==> ', '--> ', '-> ', '=> ', '>>> '),
      fc.constantFrom('Processing 1288 files', 'ERROR: upload failed', ''),
    )
    .map(([time, level, arrow, text]) => `${time}${level}${arrow}${text}`),
  fc
    .tuple(
      fc.constantFrom('Nov 30 22:41:21.402 '),
      fc.constantFrom('[ERROR] ', '[WARN] ', '[INFO] ', '[DEBUG] '),
      fc.constantFrom(
        '[identify/id.go:483]',
        '[client/connect.go:70]',
        '[id.go]',
        '[3/4]',
        '[hivemind.dht.node.get:12]',
      ),
      fc.constantFrom(' failed when receiving peer addresses: stream reset', 'x', ' ERROR: x'),
    )
    .map(([time, level, caller, text]) => `${time}${level}${caller}${text}`),
);

/**
 * Round r120: an offset alone in parentheses after the time (the balena dashboard's), a
 * pretty_env_logger target with hyphens (warp's `log(name)`), and Python's `root` where a dotted
 * logger stands, with their near misses: hours alone, an offset no zone has, a parenthesis glued to
 * more, a doubled or leading hyphen, a word glued to `root`.
 */
export const R120_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('30.11.26 17:02:14 ', '2026-11-30 17:02:14 ', '17.08.20 10:37:54 '),
      fc.constantFrom('(+0100)', '(+0300)', '(-05:00)', '(+01)', '(+1500)', '(-0001)', '(+0100)x', '(+0100'),
      fc.constantFrom('  wifi-connect  ', ' ', '  main  [wifi_connect::network:WARN] ', ''),
      fc.constantFrom('Starting WiFi Connect', 'score (+0100) gained', ''),
    )
    .map(([time, zone, service, text]) => `${time}${zone}${service}${text}`),
  fc
    .tuple(
      fc.constantFrom('2026-11-30T16:04:02.045Z ', ' 2026-11-30T16:04:02.045Z ', ''),
      fc.constantFrom('INFO  ', 'WARN  ', 'ERROR ', 'INFO '),
      fc.constantFrom('rendezvous-server', 'fdo_http_wrapper::server', '-x', 'a--b', 'x-'),
      fc.constantFrom('        > ', ' > ', ' >', '  '),
      fc.constantFrom('203.0.113.57:38210 "POST /fdo/101/msg/30 HTTP/1.1" 500', 'ERROR x > y', ''),
    )
    .map(([time, level, target, mark, text]) => `${time}${level}${target}${mark}${text}`),
  fc
    .tuple(
      fc.constantFrom('2026-11-30 16:02:14,208 MainThread ', '2026-11-30 16:02:14,208 '),
      fc.constantFrom('INFO ', 'WARNING ', 'ERROR '),
      fc.constantFrom('root ', 'c8ydm.client.mqtt_agent ', 'rooted ', 'root  ', 'root'),
      fc.constantFrom('Serial: 10000000a3f29c41', 'ERROR: upstream', ''),
    )
    .map(([time, level, name, text]) => `${time}${level}${name}${text}`),
);

/**
 * Round r121's shapes: Python's dash header with its dash glued to the level (core-aprs-client's
 * `- module -LEVEL - text`), and F6FBB's month-to-second stamp, channel and event letter, with their
 * near misses: a lower-case or unknown level, no closing dash, eleven or thirteen digits, a date out
 * of the calendar or the window, a lower-case letter, a space before it.
 */
export const R121_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('2026-11-30 09:15:42,088 - ', '2026-11-30 09:15:42 - ', '2026-11-30 09:15:42,088 '),
      fc.constantFrom('inet ', 'base ', 'a b ', ''),
      fc.constantFrom('-INFO - ', '-WARNING - ', '-info - ', '-NOTE - ', '-ERROR ', '- ERROR - ', '-'),
      fc.constantFrom('Setting filter to: g/Q1BOT', 'peer -ERROR - said so', ''),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('1130051840', '1231235959', '0615051840', '1132051840', '1764478512', '113005184'),
      fc.constantFrom('02', '00', '0', '023', ''),
      fc.constantFrom('C', 'M', 'X', 'S', 'c', ' C', 'Z'),
      fc.constantFrom('A Q2ABC-7', 'L', 'S 40121P F:Q2ABC T:Q3DEF@Q9BBS [412] S:Sked', ''),
    )
    .map((parts) => parts.join('')),
);

/**
 * Round r122: Flask's `in module: ` after a bracketed time and a level, a `{path:line} - ` location
 * after the level, Celery's task `name[uuid]: ` after its bracket, and the closing pipes of a
 * `time|text|` record, with their near misses: no bracket before the time, a lowercase level, two
 * words after `in`, a brace without a line number or dash, a bracket without a UUID, a pipe after a
 * space.
 */
export const R122_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '[2026-11-30 14:05:02,118] ',
        '2026-11-30 14:05:02,118 ',
        '[2026-11-30 14:05:02,118]  ',
      ),
      fc.constantFrom('INFO ', 'WARNING ', 'ERROR ', 'info '),
      fc.constantFrom(
        'in worker: ',
        'in mingle: ',
        'in two words: ',
        'in worker:',
        '{/srv/calllogic.py:39} - ',
        '{a b.py:3} - ',
        '{x.py:l3} - ',
        '{x.py:3}',
      ),
      fc.constantFrom('Ingest path: inputs/u-4417', 'mingle: all alone', 'in worker: x', ''),
    )
    .map(([time, level, field, text]) => `${time}${level}${field}${text}`),
  fc
    .tuple(
      fc.constantFrom(
        '[2026-11-30 10:30:00,024: INFO/PoolWorker-1] ',
        '[2026-11-30 10:30:00,024: ERROR/MainProcess] ',
      ),
      fc.constantFrom(
        'dialer_campaign.tasks.campaign_running[d7c4cadb-2e6c-413d-a4ed-3d211c3a4751]: ',
        '???[???]: ',
        'cache[3]: ',
        'Received task: tasks.add[d7c4cadb-2e6c-413d-a4ed-3d211c3a4751]',
        'tasks.add[d7c4cadb-2e6c-413d-a4ed-3d211c3a4751]:',
      ),
      fc.constantFrom('Determine the Campaign to proceed', 'Only Pending status are processed ', ''),
    )
    .map(([header, task, text]) => `${header}${task}${text}`),
  fc
    .tuple(
      fc.constantFrom(
        '2026-11-30 15:00:01|',
        '2026-11-30 15:00:01 ',
        '24/11/2026 01:20:42|ERROR   |root    |',
      ),
      fc.constantFrom('HANGING UP', 'STARTING NEW MANAGER TELNET CONNECTION||ATTEMPT|ONE DAY INTERVAL:', ''),
      fc.constantFrom('||', '|', '', '| x'),
    )
    .map(([time, text, close]) => `${time}${text}${close}`),
);

/**
 * Round r123's shapes: a level word last before the time in the bracket opening the line
 * (Parabricks' `[PB Info 2026-Nov-30 09:12:41] text`), its rule and `|| … ||` box, and pbcopper's
 * ` -|- ` fields after the level, with their near misses: a letter, free words, a bracket not
 * closed at the time, one pipe, an unmatched frame, a field of words, a delimiter of letters.
 */
export const R123_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('[PB ', '[', '[the job said ', '[PB x '),
      fc.constantFrom('Info ', 'Warning ', 'Error ', 'I ', ''),
      fc.constantFrom('2026-Nov-30 09:12:41] ', '2026-Nov-30 09:12:41 x] ', '2026-Nov-30 09:12:41]'),
      fc.constantFrom('------', '||   Program:   x   ||', '|| a', '| a |', 'Error: disk full', '||||', ''),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('>|> 20261130 17:45:03.218 -|- ', '20261130 17:45:03.218 or '),
      fc.constantFrom('INFO -|- ', 'WARN -|- ', 'INFO or ', 'INFO '),
      fc.constantFrom('Run -|- ', 'a b -|- ', '-|- ', ''),
      fc.constantFrom('0x7f2a4c1e9740|| -|- ', 'x -|- y -|- z -|- ', ''),
      fc.constantFrom('lima version 2.12.0', 'a -|- b', ''),
    )
    .map((parts) => parts.join('')),
);

/**
 * Round r124's shapes: Wine's debug-channel header (`[uptime:][pid:]tid:class:channel:function `,
 * vkd3d-proton's `tid:level:[channel:]function: `) and the Steam Runtime tools' `prog[pid]: L: `,
 * with their near misses: an unknown class, short, upper-case or three ids, no separator, a tag
 * without its mark, an unknown mark, a class or mark again in the text.
 */
export const R124_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('3412.118:', '1.000:', '3412.11:', '', ''),
      fc.constantFrom('0020:', '', '0a2f:', '020:'),
      fc.constantFrom('0024:', 'a0c4:', '0001a0c4:', '0A24:', '24:'),
      fc.constantFrom('fixme:', 'err:', 'warn:', 'trace:', 'info:', 'note:', 'fixme'),
      fc.constantFrom(
        'heap:RtlSetHeapInformation ',
        'vkd3d_instance_init: ',
        'vkd3d-proton:f: ',
        'heap:f',
        'heap text',
        ':: ',
      ),
      fc.constantFrom('handle 0080000 stub!', '0024:err:module:x y', '', 'a: b'),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('pressure-vessel-wrap', 'srt-logger', 'App', 'a b'),
      fc.constantFrom('[18422]: ', '[]: ', '[18a]: ', '[18422]:'),
      fc.constantFrom('D: ', 'W: ', 'N: ', 'Internal error: ', 'X: ', 'W ', ''),
      fc.constantFrom('Checking for libraries...', 'saw E: here', '-> /lib/ld.so', ''),
    )
    .map((parts) => parts.join('')),
);

/**
 * Round r125's shapes: the Citra family's `[Class] <Level> file:function:line: ` (yuzu, shadPS4),
 * RPCS3's `·L uptime {thread} channel: ` line and EmulationStation's `lvlN: \t` after its date, with
 * their near misses: a file of no source, a function with a dash, an unknown letter, a short uptime,
 * a brace never closed, a level past the enum, no tab.
 */
export const R125_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('[   0.001003] Core ', '[Config] ', '[  58.4] Service.HID ', ''),
      fc.constantFrom('<Info> ', '<Warning> ', '<Critical> ', '<x> '),
      fc.constantFrom(
        'core/core.cpp:Load:262: ',
        'a.txt:Load:262: ',
        'core.cpp:Lo-ad:262: ',
        'core.cpp::1: ',
        '',
      ),
      fc.constantFrom('Booting game: 0100A3D008C5C000', 'x.cpp:Run:1: ERROR', ''),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('·', '· ', ''),
      fc.constantFrom('E ', 'U ', '! ', 'A ', 'x ', 'E'),
      fc.constantFrom('0:00:05.814705 ', '12:00:05.8147 ', '0:0:05.814705 ', '0:00:05.814705'),
      fc.constantFrom(
        '{PPU[0x1000000] Thread (main_thread) [HLE:0x0, LR:0x4]} ',
        '{never closed ',
        '{} ',
        '',
      ),
      fc.constantFrom('sys_fs: ', 'cellSysutil TODO: ', 'TODO: ', ': ', ''),
      fc.string({ maxLength: 20 }),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('Nov 30 18:40:04 ', 'Nov 30 ', ''),
      fc.constantFrom('lvl0: \t', 'lvl3: \t', 'lvl4: \t', 'lvl1: ', 'lvl12: \t', 'host lvl1: \t'),
      fc.string({ maxLength: 20 }),
    )
    .map((parts) => parts.join('')),
);

/**
 * Round r126's shapes: a two-digit year to the minute (pastas' `%y-%m-%d %H:%M`), a note with its
 * message number (HEC-HMS's `NOTE 15301:  text`), a module and its line closed by a pipe (ANUGA's
 * `%(mname)25s:%(lnum)-4d|`), and a name and ` : ` after a level padded to its colon (D-Flow FM's
 * `** INFO   : MPI    : no.`), with their near misses: an impossible clock, a number without its
 * colon, no pipe or a space in the name, a word that is no level before the colon.
 */
export const R126_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '26-11-30 14:02',
        '30-11-26 14:02',
        '26-11-30 14:61',
        '26-13-45 14:02',
        '126-11-30 14:02',
      ),
      fc.constantFrom(' - pastas.model - ', ' - ', ' '),
      fc.constantFrom('INFO - ', 'WARNING - ', ''),
      fc.constantFrom('Nan-values were removed.', 'extended to 26-01-01 00:00', ''),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('NOTE ', 'WARNING ', 'ERROR ', 'please NOTE '),
      fc.constantFrom('15301:  ', '15301 ', '12: ', ':  '),
      fc.constantFrom('Began computing simulation run "A".', 'see NOTE 15301: x', ''),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('2026-11-30 09:14:02,958 ', ''),
      fc.constantFrom('DEBUG    ', 'WARNING  ', 'INFO '),
      fc.constantFrom(
        '                 sww:162 |',
        'generic_domain:1368|',
        'my module:162|',
        'sww:|',
        'sww:162 ',
      ),
      fc.constantFrom('Taking over', 'ERROR 2026-11-29 10:00:00 [x] y - z', 'a:1|b', ''),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('** ', '2026-11-30 10:00:00 ', ''),
      fc.constantFrom('INFO   : ', 'WARNING: ', 'ERROR  : ', 'STATUS   : ', 'INFO : '),
      fc.constantFrom('MPI    : no.', 'OpenMP : yes.   #threads max : 8', 'o.s.Foo : x', ''),
    )
    .map((parts) => parts.join('')),
);

/**
 * Round r127's shapes: tornado's bracket with a label before its level letter (NeMo's `[NeMo I
 * 2026-11-30 02:40:11 cloud:58] text`), and strftime's `%z` before the time in the bracket opening
 * the line (ChatTTS's `[+0800 20261201 06:58:40] [INFO] text`), with their near misses: a bracket
 * closed at the time, words or a third field after the location, a letter Python has not; hours
 * alone, an offset no zone has, the time's own zone, the bracket going on after the time.
 */
export const R127_RECORD: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('[NeMo ', '[', '[the job said ', 'x [NeMo '),
      fc.constantFrom('I ', 'W ', 'C ', 'X ', 'Info ', ''),
      fc.constantFrom('2026-11-30 02:40:11'),
      fc.constantFrom(
        ' cloud:58]',
        ' a:1 rank:0]',
        ']',
        ' cloud:58 x]',
        ' cloud:]',
        ' a:1 b:2 c:3]',
        ' cloud:58',
      ),
      fc.constantFrom(' Loading model', ' Error: disk full', ' W x', ''),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('[', '', 'x ['),
      fc.constantFrom('+0800 ', '-05:00 ', '+08 ', '+1500 ', '+0800 at '),
      fc.constantFrom('20261201 06:58:40', '2026-12-01T06:58:40Z', 'Dec 01 06:58:40'),
      fc.constantFrom('] ', ' x] ', ' '),
      fc.constantFrom('[\u001b[37mINFO\u001b[0m] ChatTTS | core | vocos loaded.', 'tz +0800 set', ''),
    )
    .map((parts) => parts.join('')),
);
