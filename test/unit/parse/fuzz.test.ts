import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentsFromRecord } from '#core/log-document.ts';
import type { DecodedMskRecord } from '#core/msk-event.ts';
import { lastSteps, STEP_BUDGET } from '#core/parse/structure.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { CONTENT_TYPE_HEADER, encodeChunk, WIRE_CONTENT_TYPE } from '#core/wire.ts';

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
  ),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  fc.double().map(String),
);

const structured = fc.oneof(
  fc
    .tuple(fc.array(piece, { maxLength: 24 }), fc.constantFrom(' ', '', '|', '\t'))
    .map(([parts, separator]) => parts.join(separator)),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify({ time: v, level: v, msg: v })),
  fc
    .record({ time: fc.oneof(fc.double(), fc.integer(), fc.string()), level: fc.jsonValue() })
    .map((o) => JSON.stringify(o)),
  fc.nat({ max: 300 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.nat({ max: 300 }).map((depth) => `${'['.repeat(depth)}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const RECORDS = 2_000;
const LINES_PER_RECORD = 50;

describe('fuzz: generated lines through the whole ingest path', () => {
  it(`${RECORDS * LINES_PER_RECORD} generated lines: no throw, bounded steps, one serialisable document per line`, () => {
    const parse = compileServiceParsers(undefined, 'UTC');
    const receivedAt = Date.parse('2026-12-02T05:00:00Z');
    let lines = 0;
    fc.assert(
      fc.property(
        fc.array(structured, { minLength: LINES_PER_RECORD, maxLength: LINES_PER_RECORD }),
        (batch) => {
          const record: DecodedMskRecord = {
            position: { topic: 'logs', partition: 0, offset: lines },
            timestamp: receivedAt,
            key: undefined,
            headers: new Map([[CONTENT_TYPE_HEADER, Buffer.from(WIRE_CONTENT_TYPE)]]),
            value: encodeChunk({
              v: 1,
              src: { kind: 'file', host: 'h', id: 's', service: 'fuzz' },
              t: receivedAt - 1000,
              lines: batch.map((m, o) => ({ o, m })),
            }),
          };
          // Work per line is bounded by construction: the header finder counts its steps.
          let mostSteps = 0;
          const counted: typeof parse = (raw, service, reference, source) => {
            const line = parse(raw, service, reference, source);
            mostSteps = Math.max(mostSteps, lastSteps);
            return line;
          };
          counted.learn = parse.learn;
          const docs = [...documentsFromRecord(record, { receivedAt, parse: counted, retentionDays: 7 })];
          expect(mostSteps).toBeLessThanOrEqual(STEP_BUDGET);
          lines += batch.length;
          expect(docs).toHaveLength(batch.length);
          for (const doc of docs) {
            const day = Date.parse(doc['@timestamp']);
            expect(day).toBeGreaterThanOrEqual(receivedAt - 7 * 86_400_000);
            expect(day).toBeLessThanOrEqual(receivedAt + 86_400_000);
            JSON.stringify(doc);
          }
        },
      ),
      { numRuns: RECORDS },
    );
    expect(lines).toBe(RECORDS * LINES_PER_RECORD);
  });
});
