/**
 * Crafted long lines for the readings of the 5 December rounds (key=value pairs before a level, dash
 * columns, dates glued after labels, restated fractions, unpadded hours, the minute and second after
 * the seconds): twice the line costs at most about twice the work, counted in characters read
 * (`characters-read.ts`), never timed. `bench/parse-long-lines.ts` prints their times.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { charactersRead } from '../../support/characters-read.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

/** Each builds a line of about `n` characters that makes one reading look again and again. */
const lines: Readonly<Record<string, (n: number) => string>> = {
  'key=value pairs before a level': (n) => `2026-11-30T10:00:00Z ${'k=v '.repeat(n / 4)}ERROR: x`,
  // r106's carriers (review86): CRI inside CRI again and again, a json-file record's long body, one inside CRI.
  'CRI lines carried in CRI again and again': (n) =>
    `${'2026-11-30T10:00:00.1Z stdout F '.repeat(n / 32)}ERROR x`,
  "a json-file record's long body": (n) =>
    JSON.stringify({
      log: `ERROR ${'k=v '.repeat(n / 4)}\n`,
      stream: 'stdout',
      time: '2026-11-30T10:00:00Z',
    }),
  'a json-file record carried in CRI': (n) =>
    `2026-11-30T10:00:00.1Z stdout F ${JSON.stringify({ log: `${'{"log":"'.repeat(n / 8)}\n`, stream: 'stdout', time: '2026-11-30T10:00:00Z' })}`,
  'one key of the whole line': (n) => `2026-11-30T10:00:00Z ${'k'.repeat(n)}=v" ERROR`,
  'pairs with a second =': (n) => `2026-11-30T10:00:00Z ${'a=b=c '.repeat(n / 6)}`,
  'dash columns': (n) => `2026-11-30 10:00:00 ${'- a '.repeat(n / 4)}- ERROR - x`,
  'dates glued after labels': (n) => `${'x:2026-11-29 '.repeat(n / 14)}19:20:05`,
  'levels glued before dates': (n) => 'ERROR:2026-11-29 19:20:05,330.330 '.repeat(n / 34),
  'restated fractions': (n) => ',350.350 '.repeat(n / 9),
  'unpadded hours after a T': (n) => '2026-11-30T2:17:08 '.repeat(n / 19),
  'colon numbers after the seconds': (n) => '10:05:03:53 '.repeat(n / 12),
  // r78's time among the closing pairs (`takeClosingPairsTime`): pairs, time keys, quotes, `=`.
  'pairs before a closing time': (n) => `x${' k=v'.repeat(n / 4)} time=2026-11-30T07:58:27`,
  'time keys again and again': (n) => `x${' time=a ts=b timestamp=c @t=d'.repeat(n / 30)}`,
  'a quote that never closes': (n) => `x "${' k=v'.repeat(n / 4)} time=2026-11-30T07:58:27`,
  'quotes opening pair values': (n) => `x${' k="a'.repeat(n / 6)} time=2026-11-30T07:58:27`,
  'a run of =': (n) => `x ${'='.repeat(n)} time=2026-11-30T07:58:27`,
  // r83's level among the pairs closing a long line (review68): pairs, level keys, quotes.
  'pairs before a closing level': (n) => `x${' k=v'.repeat(n / 4)} LogLevel=INFO LoggerName=a`,
  'level keys again and again': (n) => `x${' level=a lvl=b severity=c LogLevel=d at=e'.repeat(n / 44)}`,
  'a quote before a closing level': (n) => `x "${' k=v'.repeat(n / 4)} level=info`,
  'a closing level before many pairs': (n) => `x level=info${' k=v'.repeat(n / 4)}`,
  // r77's WPS dashes and tags after the time, and mORMot's stamp before enter marks.
  'dashes after the time': (n) => `2026-11-29 06:41:03.218 ${'--- '.repeat(n / 4)}INFORM: x`,
  'INFORM tags': (n) => `2026-11-29 06:41:03.218 --- ${'INFORM: '.repeat(n / 8)}`,
  "mORMot's stamp before marks": (n) => `20261130 06120510  ! info  ${' +'.repeat(n / 2)}`,
  // r81's time of day to the minute and r82's EOS and Univention headers (review67).
  'a time to the minute before tags': (n) => `15:02 ${'[Info] '.repeat(n / 7)}`,
  "EOS's function without an end": (n) => `261129 16:41:04 time=1795970464.047413 func=${'a'.repeat(n)}`,
  "EOS's padding before the level": (n) =>
    `261129 16:41:04 time=1795970464.047413 func=x${' '.repeat(n)}level=INFO x`,
  "EOS's short form, words in the thread's place": (n) =>
    `261129 16:41:04 t=1795970464.047413 f=x l=INFO ${'a '.repeat(n / 2)}`,
  "Univention's padding before the level": (n) => `21.11.26 07:58:12.309  MAIN${' '.repeat(n)}( ALL ) : x`,
  // r85's SAP list log, opsi layout, nested-logrus fields and HMRC pairs, r86's Rails tag and start (review70).
  "SAP's list log, marks alone": (n) => `#2.0#2026 11 29 16:04:47:532#+00:00#INFO#${'#'.repeat(n)}`,
  "SAP's list log, escaped marks": (n) => `#2.0#2026 11 29 16:04:47:532#+00:00#INFO#${'\\#'.repeat(n / 2)}`,
  "SAP's time again and again": (n) => '2026 11 29 16:04:47:532 '.repeat(n / 24),
  "opsi's locations again and again": (n) =>
    `[5] [2026-11-23 06:58:02.417] [192.0.2.41     ] ${'x   (a.py:1)'.repeat(n / 12)}`,
  "opsi's location without an end": (n) =>
    `[5] [2026-11-23 06:58:02.417] [192.0.2.41     ] x   (${'a.'.repeat(n / 2)}`,
  'nested-logrus fields': (n) => `2026-11-24 09:15:30.227 [INFO] ${'[k:v] '.repeat(n / 6)}x`,
  'a nested-logrus field without an end': (n) => `2026-11-24 09:15:30.227 [INFO] [k:${'v'.repeat(n)}`,
  "HMRC's exceptions again and again": (n) =>
    `2026-11-29 10:05:00,237 level=[INFO] logger=[a] thread=[t] message=[${'] exception=['.repeat(n / 13)}`,
  "Rails' tag before brackets": (n) => `[26b0f320-1234-4abc-9def-a7519ba36a9e] ${'['.repeat(n)}`,
  "Rails' start with quoted times": (n) =>
    `Started GET "${'" for 1 at 2026-11-29 09:13:01 +0000 '.repeat(n / 38)}`,
  // r87's colon-less syslog tag, Mojo::Log's header and `logger [thread] - ` (review71).
  'a colon-less tag before a long word': (n) => `Nov 26 17:58:40 web1 app ${'I'.repeat(n)} x`,
  'a colon-less tag of a long word': (n) => `Nov 26 17:58:40 web1 ${'a'.repeat(n)} INFO x`,
  'words after a syslog host': (n) => `Nov 26 17:58:40 web1 ${'a INFO '.repeat(n / 7)}`,
  "Mojo's context without an end": (n) => `[2026-11-27 08:14:38.51207] [1206] [info] [${'a1'.repeat(n / 2)}`,
  "Mojo's brackets again and again": (n) =>
    `[2026-11-27 08:14:38.51207] [1206] [info] ${'[a1b2c3d4] '.repeat(n / 11)}`,
  'a logger before a thread without an end': (n) => `2026-11-30 10:00:00 INFO a.B [${'['.repeat(n)}`,
  'loggers before threads again and again': (n) => `2026-11-30 10:00:00 INFO ${'a.B [t] '.repeat(n / 8)}- x`,
  // r88's HMRC line read whole before logfmt (review72: its reader runs for the test, then again).
  'HMRC pairs without a message': (n) =>
    `2026-11-29 10:05:00,237 level=[INFO] logger=[svc] thread=[main] ${'k=[v] '.repeat(n / 6)}`,
  'HMRC pairs before a message': (n) =>
    `2026-11-29 10:05:00,237 level=[INFO] logger=[svc] thread=[main] ${'k=[v] '.repeat(n / 6)}message=[x] `,
  // r89's Speech Dispatcher microseconds and FORTE stamp, r90's ROS header and Gin record (review73).
  "Speech Dispatcher's digits without an end": (n) => `[Wed Nov 25 07:47:32 2026 : ${'1'.repeat(n)}] x`,
  "Speech Dispatcher's brackets again and again": (n) => '[Wed Nov 25 07:47:32 2026 : 5213] '.repeat(n / 34),
  'FORTE stamps again and again': (n) => 'INFO: T#1795996721000000123: '.repeat(n / 29),
  'a FORTE number without an end': (n) => `INFO: T#${'1'.repeat(n)}: x`,
  'ROS headers again and again': (n) => '[INFO] [1795789326.4] '.repeat(n / 22),
  'a ROS fraction without an end': (n) => `[INFO] [1795789326.${'1'.repeat(n)}`,
  'a ROS process name without an end': (n) => `[${'a'.repeat(n)}] [INFO] [1795789326.4] x`,
  'Gin durations without an end': (n) => `[GIN] 2026/11/30 - 10:00:00 | 200 | ${'1s'.repeat(n / 2)} | x`,
  'Gin records again and again': (n) => `[GIN] 2026/11/30 - 10:00:00 ${'| 200 | 1.5ms '.repeat(n / 14)}`,
  // r91's level glued to a dash, the 15-wide thread column and the unquoted message pair (review74).
  'a level glued to a dash without a space': (n) => `2026-11-26 09:00:01.124 -ERROR${'x'.repeat(n)}`,
  'thread brackets after a pid': (n) => `2026-11-26 09:00:01 -ERROR 12 ${'[       main] '.repeat(n / 14)}`,
  'a thread column before a long logger': (n) =>
    `2026-11-26 09:00:01 -ERROR 12 [           main] ${'a'.repeat(n)} : x`,
  'an unquoted message of many =': (n) =>
    `time=2026-11-27 01:00:02 log_level=INFO message=${'a='.repeat(n / 2)}`,
  'an unquoted message of long keys': (n) =>
    `time=2026-11-27 01:00:02 log_level=INFO message=x ${'a'.repeat(n)}=`,
  'level pairs before an unquoted message': (n) =>
    `2026-11-27 01:00:02 ${'level=x '.repeat(n / 8)}INFO msg=x y`,
  // r94's JSON-shaped lines read by their pairs (review76): quotes that might close a value, keys,
  // brackets and escapes again and again, and the same after a syslog header.
  'quotes that might close a JSON value': (n) =>
    `{"message": "${'", x'.repeat(n / 4)}", "level": "info", "k": }`,
  'JSON keys again and again': (n) => `{${'"k": 1, '.repeat(n / 8)}"level": "error", "x": }`,
  'a JSON key written again and again': (n) => `{"message": "m", ${'"k": 1, '.repeat(n / 8)}"x": }`,
  'escaped JSON keys and values': (n) => `{${'"k\\n": "v\\n", '.repeat(n / 16)}"level": "error", "x": }`,
  'JSON brackets that never close': (n) => `{"a": ${'{['.repeat(n / 2)}, "level": "info"}`,
  'a JSON payload read by its pairs': (n) =>
    `<13>Nov 30 10:00:00 host app[1]: {"message": "${'", x'.repeat(n / 4)}", "level": "info", "k": }`,
  // r98's Evennia block and Unreal prefix, r99's YAZ line, r100's logid, priority name and message
  // wrapped after ` : ` (review78).
  "Evennia's blocks again and again": (n) => `2026-11-24 08:19:24 ${'[EE] '.repeat(n / 5)}`,
  "Unreal's category without an end": (n) => `[2026.11.26-20.01.14:552][  0]${'a'.repeat(n)}`,
  "YAZ's programs again and again": (n) => `06:31:44-28/11 ${'zebrasrv(2) '.repeat(n / 12)}[session] x`,
  'hex ids before colons again and again': (n) =>
    `2026-11-26T07:00:02Z:LOG_INFO:${'5b1e0a93c4:'.repeat(n / 11)}x`,
  'priority names again and again': (n) => `2026-11-26T07:00:02Z ${'LOG_ERR:'.repeat(n / 8)} x`,
  'a message wrapped after a colon, brackets inside': (n) =>
    `[2026-11-25 09:14:03][DEBUG][INFO] : [${'[a] '.repeat(n / 4)}]`,
  'a message wrapped after a colon, never closed': (n) =>
    `[2026-11-25 09:14:03][DEBUG][INFO] : [${'['.repeat(n)}]`,
  // r103's tracing span context, hivemind's caller bracket and lmcache's trailing caller (review80).
  'span braces that never close': (n) => `2026-11-30T10:00:00.123456Z  INFO ${'a{'.repeat(n / 2)}`,
  'spans glued again and again': (n) => `2026-11-30T10:00:00.123456Z  INFO ${'a{b=1}:'.repeat(n / 8)} x`,
  'a span name without an end': (n) => `2026-11-30T10:00:00.123456Z  INFO ${'a-'.repeat(n / 2)}`,
  "hivemind's caller without an end": (n) => `Nov 24 09:23:02.871 [WARN] ${'[a.b:'.repeat(n / 5)}`,
  "hivemind's levels again and again": (n) => `2026-11-24 09:23:02,871 ${'[WARN] ['.repeat(n / 8)}`,
  'Python callers again and again': (n) =>
    `[2026-11-26 03:14:20,771] LMCache WARNING: ${' (x.py:1:a.x'.repeat(n / 12)})`,
  // r102's stdlog columns and Rich's dash-joined microseconds (review81).
  'a stdlog node without an end': (n) => `11/22 05:58:40.11 ${'a'.repeat(n)}`,
  'a stdlog source file without a dot': (n) => `11/22 05:58:40.11 a b 1 ERROR ${'a'.repeat(n)} 1 x`,
  'stdlog spaces before a line number': (n) => `11/22 05:58:40.11 a b 1 ERROR a.c${' '.repeat(n)}1 x`,
  'Rich times again and again': (n) => '08:12:03-004512 '.repeat(n / 16),
  // r104's two-letter log4j level and xPDO's group after MODX's time (review82).
  'two-letter levels after threads again and again': (n) =>
    `2026-11-23 05:58:02,114 ${'[a] IN '.repeat(n / 7)}o.a.B - x`,
  'a two-letter level before a logger without an end': (n) =>
    `2026-11-23 05:58:02,114 [main] IN ${'a.'.repeat(n / 2)}b`,
  "xPDO's group of parentheses": (n) => `[2026-11-21 06:14:37] ${'('.repeat(n)}`,
  "xPDO's group without a close": (n) =>
    `[2026-11-21 06:14:37] (ERROR in ${'a '.repeat(n / 4)}@ ${'b '.repeat(n / 4)}`,
  "xPDO's location of @ and colons": (n) => `[2026-11-21 06:14:37] (ERROR @ ${' : 1 @'.repeat(n / 6)}`,
  // r107's libfabric prefix, ibwarn diagnostics and level glued to a thread, r109's simulators'
  // reports and Hammer's contexts (review85).
  'a libfabric provider without an end': (n) => `libfabric:1:1795511642::${'a'.repeat(n)}`,
  'an ibwarn function without an end': (n) => `ibwarn: [1] ${'a'.repeat(n)}`,
  'a level glued to a thread without an end': (n) => `Nov 26 17:58:40 web1 app[1]: WARN[${'a'.repeat(n)}`,
  'levels glued to threads again and again': (n) => `Nov 26 17:58:40 web1 app[1]: ${'WARN[a'.repeat(n / 6)}`,
  "UVM's file without its line": (n) => `UVM_INFO ${'a('.repeat(n / 2)} @ 0: x [y] z`,
  "UVM's id without an end": (n) => `UVM_INFO @ 0: x [${'a'.repeat(n)}`,
  "Questa's location without a line": (n) => `# ** Error: ${'a(1'.repeat(n / 3)}`,
  "Cadence's location without an end": (n) => `xmelab: *W,CODE (${'a'.repeat(n)}`,
  "Hammer's contexts again and again": (n) => `[a] ${'[b '.repeat(n / 3)}`,
  "Hammer's contexts before no level": (n) => `[a] ${'[b] '.repeat(n / 4)}x`,
  // r110's colon-joined thread id and names, and BOINC's pid bracket (review87).
  'colon-joined names before no space': (n) => `2026-11-25 14:02:11,407:1:INFO:${'a:'.repeat(n / 2)}`,
  'colon-joined names before a part no name opens': (n) =>
    `2026-11-25 14:02:11,407:INFO:${'a:'.repeat(n / 2)}> x`,
  'colon columns after fractions again and again': (n) => '14:02:11,407:1:'.repeat(n / 15),
  'a thread id without an end': (n) => `2026-11-25 14:02:11,407:${'1'.repeat(n)}`,
  "BOINC's pid padding without an end": (n) => `2026-11-27 16:20:07.3182 [PID=1${' '.repeat(n)}`,
  "BOINC's kind padding before its text": (n) => `2026-11-27 16:20:07.3182 [PID=1] normal ${' '.repeat(n)}x`,
  // r113's LPRng status trailer, read from the line's end: a long id, trailers again and again, a long text.
  'an LPRng job id without a space': (n) =>
    `x at 2026-11-30-07:42:14.061 ## A=${'a'.repeat(n)} number=1 process=2`,
  'LPRng trailers again and again': (n) => `x${' ## A=a number=1'.repeat(n / 18)} process=2`,
  'an LPRng status text of ats': (n) =>
    `${' at '.repeat(n / 4)}2026-11-30-07:42:14.061 ## A=a number=1 process=2`,
  // r112's TinyMUX header after its stamp and ToastStunt's severity mark.
  "TinyMUX's game name without a colon": (n) => `2026.1130:110247 ${'a '.repeat(n / 2)}`,
  "TinyMUX's categories again and again": (n) => `2026.1130:110247 a ${'AB/'.repeat(n / 3)}: x`,
  "TinyMUX's category padding before its colon": (n) => `2026.1130:110247 a NET/CONN${' '.repeat(n)}: x`,
  "ToastStunt's marks again and again": (n) => `Nov 30 14:09:30: ${'*** '.repeat(n / 4)}`,
  // r114's Flask location closing the text, Python's file and line apart by a space, go-ns's record.
  "Flask's location too long to read": (n) =>
    `2026-11-30 15:20:44,051 INFO: x [in ${'a/'.repeat(n / 2)}b.py:1]`,
  "Flask's openings again and again": (n) => `2026-11-30 15:20:44,051 INFO: ${' [in a.py:1'.repeat(n / 11)}]`,
  "a location's digits without a colon": (n) => `2026-11-30 15:20:44,051 INFO: x [in a.py${'1'.repeat(n)}]`,
  'a source file before a long number': (n) => `2026-11-30 12:40:09,733 [INFO] a.py ${'1'.repeat(n)}: x`,
  'a long source file before its line': (n) => `2026-11-30 12:40:09,733 [INFO] ${'a'.repeat(n)}.py 152: x`,
  "go-ns's record with a long message": (n) =>
    JSON.stringify({
      created: '2026-11-30T13:58:49Z',
      event: 'info',
      namespace: 'x',
      data: { message: 'a'.repeat(n) },
    }),
  // r115's werkzeug request time after basicConfig's header, and a message's own colour codes.
  "werkzeug's request without an end": (n) =>
    `INFO:werkzeug:10.0.0.1 - - [30/Nov/2026 16:05:41] "${'a'.repeat(n)}`,
  'a message found early in a coloured line': (n) =>
    `2026-11-30 14:20:03,517 INFO \u001b[1m${'ab '.repeat(n / 3)}\u001b[0m`,
  // r116's Gwenhywfar header (AqBanking) and the text after a level's own colon.
  'a Gwenhywfar ident without its pid': (n) => `6:2026/11/30 06-00-01:${'a'.repeat(n)}`,
  'a Gwenhywfar location without its line': (n) => `6:2026/11/30 06-00-01:a(1):${'a.'.repeat(n / 2)}c`,
  "names and dashes after a level's own colon": (n) =>
    `2026-11-30T09:15:41.602Z - info: ${'a - '.repeat(n / 4)}`,
  // r117's dash-joined columns before a level, a logger's address and port, Celery's bracket.
  'dash-joined columns again and again': (n) => `2026-11-30 14:03:52,520 - ${'a - '.repeat(n / 4)}INFO - x`,
  'a dash-joined column without an end': (n) => `2026-11-30 14:03:52,520 - a - ${'b'.repeat(n)}`,
  "a logger's address of dots": (n) => `INFO:a@${'1.'.repeat(n / 2)}:80:x`,
  "a logger's port without an end": (n) => `INFO:a@192.0.2.1:${'8'.repeat(n)}`,
  "Celery's bracket before brackets again and again": (n) =>
    `[2026-11-30 15:01:01,506: INFO/ForkPoolWorker-1] ${'[a] '.repeat(n / 4)}`,
  // r119's milliseconds after an underscore (JPlag) and the Open edX header's brackets.
  'digits after an underscore without an end': (n) => `2026-11-30-09:41:02_${'1'.repeat(n)}`,
  'underscored numbers again and again': (n) => `2026-11-30-09:41:02${'_123'.repeat(n / 4)}`,
  "Open edX's brackets again and again": (n) =>
    `2026-11-30 15:12:03,441 INFO 23 [a] ${'[user 1] '.repeat(n / 9)}api.py:1 - x`,
  // r118's bracket stamp to the minute, `log` under a level key, an arrow after a separator, a Go caller.
  "a thread's label before a bracket stamp, long": (n) => `[${'Worker '.repeat(n / 7)}Nov 30 20:14] x`,
  'month-name stamps to the minute again and again': (n) => `[${'Nov 30 20:14 '.repeat(n / 13)}] x`,
  'a bracket stamp without its close': (n) => `[Worker #1 Nov 30 20:14${' x'.repeat(n / 2)}`,
  "a JSON record's level `log` and a long message": (n) =>
    JSON.stringify({ level: 'log', msg: 'a'.repeat(n) }),
  'arrows after a separator again and again': (n) => `06:00:03.412 - INFO    - ${'==> '.repeat(n / 4)}`,
  "hivemind's caller bracket without an end": (n) =>
    `Nov 30 22:41:21.402 [ERROR] [${'a/'.repeat(n / 2)}id.go:483`,
  // r120's offset in parentheses, a target with hyphens, Python's root logger in a learned column.
  'an offset in parentheses before digits again and again': (n) =>
    `30.11.26 17:02:14 (+0100${'0'.repeat(n)})  wifi-connect  x`,
  'a target of hyphens without its mark': (n) => `2026-11-30T16:04:02.045Z INFO  ${'a-'.repeat(n / 2)}b  x`,
  'a target of hyphens before its padding': (n) => `2026-11-30T16:04:02.045Z INFO  a-b${' '.repeat(n)}> x`,
  "root's word again and again": (n) => `2026-11-30 16:02:14,208 MainThread INFO ${'root '.repeat(n / 5)}`,
  // r121's dash glued to a level (core-aprs-client) and F6FBB's stamp, channel and event letter.
  'glued dashes again and again': (n) => `2026-11-30 09:15:42,088 - inet ${'-a '.repeat(n / 3)}-INFO - x`,
  'a glued level without an end': (n) => `2026-11-30 09:15:42,088 - inet -${'I'.repeat(n)}`,
  "FBB's stamp before a long text": (n) => `113005184002CA ${'Q2ABC-7 '.repeat(n / 8)}`,
  'digits without an end at a line start': (n) => `${'1'.repeat(n)}CA x`,
  // r122's Flask module, braced location, Celery task and closing pipes.
  "Flask's `in` before a long name": (n) => `[2026-11-30 14:05:02,118] INFO in ${'a'.repeat(n)}: x`,
  'a brace without its close': (n) => `[2026-11-30 06:30:01,377] ERROR {${'a:1'.repeat(n / 3)} x`,
  'braces closed by dashes again and again': (n) =>
    `[2026-11-30 06:30:01,377] ERROR {${'a} - '.repeat(n / 5)}`,
  "Celery's task bracket without its close": (n) =>
    `[2026-11-30 10:30:00,024: INFO/PoolWorker-1] a[${'0'.repeat(n)} x`,
  'pipes closing a long record': (n) => `2026-11-30 15:00:01|x${'|'.repeat(n)}`,
  // r123's level word in the opening bracket (Parabricks), its || box, and pbcopper's -|- fields.
  'labels before a bracketed time': (n) => `[PB ${'Info '.repeat(n / 5)}2026-Nov-30 09:12:41] x`,
  'a box of pipes never closed': (n) => `[PB Info 2026-Nov-30 09:12:41] ${'|| '.repeat(n / 3)}x`,
  'a box of pipes closed far away': (n) => `[PB Info 2026-Nov-30 09:12:41] || ${'a '.repeat(n / 2)}||`,
  'mark delimiters again and again': (n) =>
    `>|> 20261130 17:45:03.218 -|- INFO -|- ${'a -|- '.repeat(n / 6)}x`,
  // r124's Wine debug header (and vkd3d-proton's) and the Steam Runtime tools' tag and mark.
  'a Wine function name without an end': (n) => `0024:fixme:heap:${'a'.repeat(n)}`,
  'hex digits without a colon at a line start': (n) => `${'a'.repeat(n)}:fixme:heap:f x`,
  "a Wine class's colons again and again": (n) => `0024:err:${'a:'.repeat(n / 2)} x`,
  'a program tag without its bracket': (n) => `${'pressure-vessel-'.repeat(n / 16)}[18422]: W: x`,
  'a pid without an end': (n) => `pressure-vessel-wrap[${'1'.repeat(n)}`,
  "spaces between a level's colon and a dash": (n) => `[cli] INFO:${' '.repeat(n)}- x`,
  "a level's colon before dashes again and again": (n) => `INFO: ${'- '.repeat(n / 2)}x`,
  // r125's RPCS3 prefix, the Citra family's location after its level, EmulationStation's lvlN.
  "RPCS3's thread prefix never closed": (n) => `·E 0:00:05.814705 {${'a{ '.repeat(n / 3)}`,
  "RPCS3's channel of a long word": (n) => `·E 0:00:05.814705 ${'a'.repeat(n)} TODO: x`,
  'a long location after a Citra level': (n) =>
    `[   1.7] Core <Info> ${'a/'.repeat(n / 2)}core.cpp:Load:262: ${'x:1: '.repeat(n / 5)}`,
  "EmulationStation's lvlN before a long text": (n) => `Nov 30 18:40:04 lvl1: \t${'lvl0: \t'.repeat(n / 7)}`,
  // r126's module and line before a pipe (ANUGA) and a level padded to its colon (D-Flow FM).
  'a module name without its line': (n) => `2026-11-30 09:14:02,958 DEBUG ${'a'.repeat(n)}:162|x`,
  'padding before the pipe without an end': (n) => `2026-11-30 09:14:02,958 DEBUG sww:162${' '.repeat(n)}x`,
  'module and line fields again and again': (n) => `2026-11-30 09:14:02,958 DEBUG ${'a:1 '.repeat(n / 4)}|x`,
  'padding before a level colon again and again': (n) => `** INFO${' '.repeat(n)}: MPI : no.`,
  'names and colons after a padded level': (n) => `** INFO   : ${'MPI : '.repeat(n / 6)}no.`,
  // r127's tornado bracket after a label (NeMo): a long module, location fields again and again.
  "a long module before tornado's line number": (n) => `[NeMo I 2026-11-30 02:40:11 ${'a'.repeat(n)}:1] x`,
  'location fields again and again': (n) => `[NeMo I 2026-11-30 02:40:11 ${'a:1 '.repeat(n / 4)}] x`,
  // r127's offset before the time in the opening bracket (ChatTTS).
  'an offset before a long bracket': (n) => `[+0800 20261201 06:58:40 ${'x'.repeat(n)}] y`,
  'offsets again and again': (n) => `[${'+0800 '.repeat(n / 6)}20261201 06:58:40] y`,
};

describe('crafted long lines cost work linear in their length', () => {
  for (const [name, line] of Object.entries(lines)) {
    it(name, () => {
      const once = charactersRead(() => parse(line(20_000)));
      expect(charactersRead(() => parse(line(40_000)))).toBeLessThan(2.2 * once);
    });
  }

  it('the learned stack trace and module columns (r81, r82) on long later lines', () => {
    const at = (s: number) => `[2026-11-24 19:02:1${s}:347] Info|`;
    const shoko = compileParser({});
    shoko.learn(
      'shoko',
      [
        `${at(0)}Program.Main => ShokoServer.Run => ShokoServer.StartUp Server v4.2.2.0 starting`,
        `${at(1)}ShokoServer.StartUp => DatabaseFactory.Init => SQLite.TestConnection Initializing`,
        `${at(2)}DatabaseFactory.Init => SQLite.UpdateSchema Database schema is at version 118`,
        `${at(3)}<>c.<Main>b__0_0 => <Run>d__5.MoveNext => Worker.Tick Tick 4 of 10`,
        `${at(4)}Scheduler.Execute => CheckJob.Execute => Connectivity.Check Network check done`,
      ],
      receivedAt,
    );
    const MODULES = ['viewsets', 'tasks', 'loaders', 'api', 'middleware'];
    const zaak = compileParser({});
    zaak.learn(
      'zaak',
      Array.from(
        { length: 12 },
        (_, k) =>
          `2026-11-26 08:${10 + k}:33,061 INFO openzaak.components.${MODULES[k % 5]} ${MODULES[k % 5]} 23 1402198593390${k}8  Zaak ${k} created`,
      ),
      receivedAt,
    );
    // Both columns learned: a line of their shape loses them.
    expect(shoko(`${at(5)}A.b => C.d x`, receivedAt, 'shoko').message).toBe('x');
    expect(
      zaak('2026-11-26 08:40:33,061 INFO openzaak.components.api api 1 123 x', receivedAt, 'zaak').message,
    ).toBe('x');
    const later: readonly [typeof shoko, string, (n: number) => string][] = [
      [shoko, 'shoko', (n) => `${at(5)}${'A.b => '.repeat(n / 7)}x`],
      [shoko, 'shoko', (n) => `${at(5)}A.${'b'.repeat(n)} => C.d x`],
      [zaak, 'zaak', (n) => `2026-11-26 08:40:33,061 INFO openzaak.components.api ${'a'.repeat(n)} 1 123 x`],
      [zaak, 'zaak', (n) => `2026-11-26 08:40:33,061 INFO openzaak.components.api api 1 ${'1'.repeat(n)} x`],
    ];
    for (const [parser, source, line] of later) {
      const once = charactersRead(() => parser(line(20_000), receivedAt, source));
      expect(charactersRead(() => parser(line(40_000), receivedAt, source))).toBeLessThan(2.2 * once);
    }
  });

  it("r88's learned MM-dd HH:mm and trailing caller before closing spaces on long later lines", () => {
    const caller = compileParser({});
    caller.learn(
      'bimserver',
      Array.from(
        { length: 6 },
        (_, k) => `06:58:0${k} INFO  [main]: Step ${k} done (BimServer.java:2${k}6) `,
      ),
      receivedAt,
    );
    const minute = compileParser({});
    minute.learn(
      'court',
      Array.from({ length: 6 }, (_, k) => `11-21 06:1${k} - court_scraper.cli - Step ${k}`),
      receivedAt,
    );
    const later: readonly [typeof caller, string, (n: number) => string][] = [
      [caller, 'bimserver', (n) => `06:58:09 INFO  [main]: x (Foo.java:1)${' '.repeat(n)}`],
      [caller, 'bimserver', (n) => `06:58:09 INFO  [main]: ${'(a.java:1) '.repeat(n / 11)}`],
      [caller, 'bimserver', (n) => `06:58:09 INFO  [main]: ${'(see '.repeat(n / 5)}Foo.java:12) `],
      [minute, 'court', (n) => `11-21 06:19 - ${'11-21 06:19 - '.repeat(n / 14)}x`],
    ];
    for (const [parser, source, line] of later) {
      const once = charactersRead(() => parser(line(20_000), receivedAt, source));
      expect(charactersRead(() => parser(line(40_000), receivedAt, source))).toBeLessThan(2.2 * once);
    }
  });

  it("r92's learned trailing level pairs on long later lines (review73)", () => {
    const superdesk = compileParser({});
    superdesk.learn(
      'superdesk',
      Array.from({ length: 6 }, (_, k) => `Provider ${k} updated level=INFO process=ForkPoolWorker-${k}`),
      receivedAt,
    );
    const later: readonly ((n: number) => string)[] = [
      (n) => `x${' k=v'.repeat(n / 4)} level=INFO process=a`,
      (n) => `x${' level=INFO'.repeat(n / 11)}`,
      (n) => `x level=INFO${' k=v'.repeat(n / 4)}`,
      (n) => `x "${' level=INFO'.repeat(n / 11)}`,
    ];
    for (const line of later) {
      const once = charactersRead(() => superdesk(line(20_000), receivedAt, 'superdesk'));
      expect(charactersRead(() => superdesk(line(40_000), receivedAt, 'superdesk'))).toBeLessThan(2.2 * once);
    }
  });

  it("r119's six learned Open edX columns on long later lines", () => {
    const LOGGERS = ['a.core.api', 'a.lti.views', 'django.request'];
    const lm = (k: number, user: string, text: string) =>
      `2026-11-30 15:12:03,441 INFO ${k % 2 ? 23 : 24} [${LOGGERS[k % 3]}] [user ${user}] [ip 203.0.113.${k}] [request_id r${k}] views.py:4${k} - ${text}`;
    const edx = compileParser({});
    edx.learn(
      'edx',
      Array.from({ length: 12 }, (_, k) => lm(k, String(5500 + k), `Attempt ${k} created`)),
      receivedAt,
    );
    expect(edx(lm(13, '1', 'x'), receivedAt, 'edx').message).toBe('x');
    const later: readonly ((n: number) => string)[] = [
      (n) => lm(13, 'a'.repeat(n), 'x'),
      (n) => lm(13, '1', '[user 1] '.repeat(n / 9)),
      (n) => `2026-11-30 15:12:03,441 INFO 23 [a] ${'[user 1] '.repeat(n / 9)}`,
    ];
    for (const line of later) {
      const once = charactersRead(() => edx(line(20_000), receivedAt, 'edx'));
      expect(charactersRead(() => edx(line(40_000), receivedAt, 'edx'))).toBeLessThan(2.2 * once);
    }
  });

  it('learning a sample of long lines that mixes text lines with records', () => {
    const sample = (n: number) =>
      Array.from({ length: 32 }, (_, k) =>
        k % 3 === 1
          ? `{"msg":"${'x'.repeat(n)}"}`
          : `2026-11-30 05:14:24:1424 ${'k=v '.repeat(n / 4)}INFO: x`,
      );
    const learn = (n: number) => () => compileParser({}).learn('s', sample(n), receivedAt);
    const once = charactersRead(learn(5_000));
    expect(charactersRead(learn(10_000))).toBeLessThan(2.2 * once);
  });

  it("learning EasySwoole's category beside its level over long lines (r100, review78)", () => {
    // `levelBesideCategory` reads the sample again; its bracket after the level never closes here.
    const sample = (n: number) =>
      Array.from(
        { length: 32 },
        (_, k) => `[2026-11-25 09:14:03][DEBUG][${k % 2 === 0 ? 'INFO' : 'ERROR'}][${'['.repeat(n)} : [x]`,
      );
    const learn = (n: number) => () => compileParser({}).learn('s', sample(n), receivedAt);
    const once = charactersRead(learn(5_000));
    expect(charactersRead(learn(10_000))).toBeLessThan(2.2 * once);
  });
});
