import { describe, expect, test } from 'vitest';
import { eventIdForLine, eventIdForPlainLine } from '#core/event-id.ts';
import {
  carriedEventTime,
  dailyIndexName,
  documentsFromRecord,
  type LogDocument,
  spanIdOf,
  traceIdOf,
  withFieldsAsText,
} from '#core/log-document.ts';
import { decodeMskEvent } from '#core/msk-event.ts';
import { parseLine } from '#core/parse/index.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { encodeChunk, type LineFlag, type WireChunk } from '#core/wire.ts';
import { defined, loadEvent } from '../../support/fixtures.ts';
import { agentChunk, mskEventOf, tinyEventsRecord } from '../../support/msk-events.ts';

const receivedAt = Date.parse('2025-10-23T14:33:00Z');
const context = {
  receivedAt,
  parse: (raw: string, _service: string | undefined, reference: number) =>
    parseLine(raw, { receivedAt: reference }),
};
const documentsOf = (...args: Parameters<typeof documentsFromRecord>) => [...documentsFromRecord(...args)];

describe('documentsFromRecord', () => {
  const records = [...decodeMskEvent(loadEvent('msk-logs'))];
  const chunkRecord = defined(records[0], 'chunk record');
  const plainRecord = defined(records[1], 'plain record');

  test('an agent chunk yields one document per line with provenance-derived ids', () => {
    const docs = documentsOf(chunkRecord, context);
    const src = { host: 'web-1', id: '2049:131075:9f2c1a' };
    expect(docs.map((d) => d.event_id)).toEqual([eventIdForLine(src, 0), eventIdForLine(src, 84)]);
    expect(docs[1]).toEqual({
      '@timestamp': '2025-10-23T14:32:16.000Z',
      time_source: 'line',
      event_id: eventIdForLine(src, 84),
      level: 'ERROR',
      service: 'payments',
      host: 'web-1',
      message: 'Card declined for order order_45232',
      logger: 'payment-service',
      format: 'level_bracket',
      source: {
        kind: 'file',
        id: '2049:131075:9f2c1a',
        path: '/var/log/app/payments.log',
        offset: 84,
        topic: 'logs',
        partition: 0,
        kafka_offset: 15,
      },
      fields: {},
      tags: { env: 'prod' },
      ingested_at: '2025-10-23T14:33:00.000Z',
      parse_failed: false,
      flags: ['truncated'],
    });
  });

  test('a record of 300,000 one-byte events is built one document at a time, as they are taken', () => {
    const [record] = decodeMskEvent(mskEventOf('logs', [tinyEventsRecord('f1', 'api', 300_000)]));
    let parsed = 0;
    const parse: typeof context.parse = (raw, service, reference) => {
      parsed++;
      return context.parse(raw, service, reference);
    };
    const documents = documentsFromRecord(defined(record, 'record'), { receivedAt, parse });
    const first = Array.from({ length: 10 }, () => documents.next().value as LogDocument);
    expect(parsed).toBe(10);
    expect(first.map((d) => d.source.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    let empty = 0;
    for (const document of documents) if (document.message === '') empty++;
    expect(empty).toBe(299_990);
  });

  test('a logger the source maps to a service is indexed as that service, not the input’s', () => {
    const parse = compileServiceParsers({ payments: { loggers: { 'payment-service': 'payment-gateway' } } });
    const docs = documentsOf(chunkRecord, { receivedAt, parse });
    expect(docs.map((d) => [d.logger, d.service])).toEqual([
      ['payment-service', 'payment-gateway'],
      ['payment-service', 'payment-gateway'],
    ]);
    // Without the mapping, the bracket is only the logger: the service is the input's.
    expect(documentsOf(chunkRecord, context).map((d) => d.service)).toEqual(['payments', 'payments']);
  });

  test('plain lines from another producer are split, parsed where possible and flagged where not', () => {
    const docs = documentsOf(plainRecord, context);
    expect(docs.map((d) => [d.event_id, d.host, d.service, d.level, d.parse_failed, d.message])).toEqual([
      [
        eventIdForPlainLine(plainRecord.position, 0),
        'db-2',
        'postgres',
        'ERROR',
        false,
        'connection reset by peer',
      ],
      [
        eventIdForPlainLine(plainRecord.position, 1),
        'unknown',
        'billing',
        undefined,
        true,
        'not a known format at all',
      ],
    ]);
    // No timestamp in the line: the time the producer gave the Kafka record.
    expect(docs[1]?.['@timestamp']).toBe(new Date(plainRecord.timestamp).toISOString());
    expect(docs[1]?.ingested_at).toBe('2025-10-23T14:33:00.000Z');
  });

  test('a record marked as wire format but malformed is indexed whole, flagged with the reason', () => {
    const broken = { ...chunkRecord, value: Buffer.from('{"v":1,"src":{}}') };
    const [doc, ...rest] = documentsOf(broken, context);
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({
      message: '{"v":1,"src":{}}',
      parse_failed: true,
      parse_error:
        'invalid wire record: src.host: expected a string of 1 to 200 characters without control or format characters (such as U+202E)',
    });
  });

  test('a malformed v2 (raw-body) record is indexed whole, flagged with the field at fault', () => {
    const value = Buffer.from('{"v":2,"src":{"host":"h","id":"f","kind":"file"},"t":1,"o":0,"n":[5]}\nab\n');
    const broken = {
      ...chunkRecord,
      value,
      headers: new Map([['content-type', Buffer.from('application/vnd.logward.v2')]]),
    };
    const [doc, ...rest] = documentsOf(broken, context);
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({
      message: value.toString(),
      parse_failed: true,
      parse_error: 'invalid wire record: header.n: the event lengths add up to 5 bytes, the body has 3',
    });
  });

  test('redelivery of the same record yields the same ids', () => {
    const again = documentsOf(plainRecord, { ...context, receivedAt: receivedAt + 60_000 });
    expect(again.map((d) => d.event_id)).toEqual(documentsOf(plainRecord, context).map((d) => d.event_id));
  });

  test('a line without a timestamp keeps its event time and daily index when replayed the next day', () => {
    const chunkAt = Date.parse('2025-10-23T23:59:58Z');
    const record = {
      ...chunkRecord,
      value: encodeChunk({
        v: 1,
        src: { kind: 'file', host: 'web-1', id: '2049:131075:9f2c1a', service: 'payments' },
        t: chunkAt,
        lines: [{ o: 0, m: 'worker restarted' }],
      }),
    };
    const first = documentsOf(record, { ...context, receivedAt: chunkAt + 1_000 });
    const replayedAt = Date.parse('2025-10-24T09:30:00Z');
    const replayed = documentsOf(record, { ...context, receivedAt: replayedAt });
    expect(first[0]?.['@timestamp']).toBe('2025-10-23T23:59:58.000Z');
    expect(replayed[0]?.['@timestamp']).toBe(first[0]?.['@timestamp']);
    expect(replayed[0]?.event_id).toBe(first[0]?.event_id);
    expect(replayed[0]?.ingested_at).toBe(new Date(replayedAt).toISOString());
  });

  test('a carried time more than 5 minutes ahead or a day behind, or none, gives way to the receive time', () => {
    const day = 24 * 3_600_000;
    expect(carriedEventTime(receivedAt - day, receivedAt)).toBe(receivedAt - day);
    expect(carriedEventTime(receivedAt + 5 * 60_000, receivedAt)).toBe(receivedAt + 5 * 60_000);
    expect(carriedEventTime(receivedAt + 5 * 60_000 + 1, receivedAt)).toBe(receivedAt);
    // Older than a day could be in (or become) an index that retention deletes.
    expect(carriedEventTime(receivedAt - day - 1, receivedAt)).toBe(receivedAt);
    // Seconds instead of milliseconds, Kafka's -1 for "no timestamp", nothing at all.
    expect(carriedEventTime(Math.floor(receivedAt / 1000), receivedAt)).toBe(receivedAt);
    expect(carriedEventTime(-1, receivedAt)).toBe(receivedAt);
    expect(carriedEventTime(undefined, receivedAt)).toBe(receivedAt);
  });

  describe('time sanity', () => {
    const day = 86_400_000;
    const chunkAt = receivedAt - 2_000;
    const recordOf = (lines: string[]) => ({
      ...chunkRecord,
      value: encodeChunk({
        v: 1,
        src: { kind: 'file', host: 'web-1', id: '2049:131075:9f2c1a', service: 'payments' },
        t: chunkAt,
        lines: lines.map((m, o) => ({ o, m })),
      }),
    });
    const docsOf = (lines: string[], retentionDays = 7) =>
      documentsOf(recordOf(lines), { ...context, retentionDays });

    test('a line time outside [received - retention, received + 1 day] gives way to the carried time, flagged', () => {
      const [future, ancient, epoch, inside, edge] = docsOf([
        '{"time":"2999-01-01T00:00:00Z","msg":"far future"}',
        '{"time":"2025-10-15T00:00:00Z","msg":"older than retention"}',
        '{"ts":1,"msg":"epoch one"}',
        '{"time":"2025-10-17T00:00:00Z","msg":"inside retention"}',
        `{"time":"${new Date(receivedAt + day).toISOString()}","msg":"a day ahead"}`,
      ]);
      for (const [doc, text] of [
        [future, '2999-01-01T00:00:00Z'],
        [ancient, '2025-10-15T00:00:00Z'],
        [epoch, '1'],
      ] as const) {
        expect(doc).toMatchObject({
          '@timestamp': new Date(chunkAt).toISOString(),
          time_source: 'record',
          flags: ['timestamp_out_of_range'],
          fields: { original_timestamp: text },
        });
      }
      expect(inside).toMatchObject({ '@timestamp': '2025-10-17T00:00:00.000Z', time_source: 'line' });
      expect(inside?.flags).toBeUndefined();
      expect(edge?.time_source).toBe('line');
    });

    // Lines whose only flag is their time share one array of flags (speed48): a line the agent
    // flagged too gets its own, and neither reaches the other's document.
    test('an agent flag and an out-of-range time are both kept, each line with its own flags', () => {
      const old = '{"time":"2025-10-15T00:00:00Z","msg":"older than retention"}';
      const [first, truncated, second] = documentsOf(
        {
          ...chunkRecord,
          value: encodeChunk({
            v: 1,
            src: { kind: 'file', host: 'web-1', id: '2049:131075:9f2c1a', service: 'payments' },
            t: chunkAt,
            lines: [
              { o: 0, m: old },
              { o: 1, m: old, f: ['truncated'] },
              { o: 2, m: old },
            ],
          }),
        },
        { ...context, retentionDays: 7 },
      );
      expect(first?.flags).toEqual(['timestamp_out_of_range']);
      expect(truncated?.flags).toEqual(['truncated', 'timestamp_out_of_range']);
      expect(second?.flags).toEqual(['timestamp_out_of_range']);
      expect(JSON.stringify(first)).toContain('"flags":["timestamp_out_of_range"]}');
    });

    test('a numeric time of any size never throws and never makes an invalid date', () => {
      const docs = docsOf([
        '{"time":1e30,"msg":"huge"}',
        '{"time":-1e30,"msg":"negative"}',
        '{"time":8.64e15,"msg":"the last Date"}',
        '{"time":1e308,"msg":"nearly infinite"}',
      ]);
      expect(docs.map((d) => [d['@timestamp'], d.time_source])).toEqual([
        [new Date(chunkAt).toISOString(), 'record'],
        [new Date(chunkAt).toISOString(), 'record'],
        [new Date(chunkAt).toISOString(), 'record'],
        [new Date(chunkAt).toISOString(), 'record'],
      ]);
    });

    test('a line without a time takes the record time; a record without a usable one, the ingest time', () => {
      expect(docsOf(['no time here'])[0]?.time_source).toBe('record');
      const [, plain] = documentsOf({ ...plainRecord, timestamp: -1 }, context);
      expect(plain).toMatchObject({
        time_source: 'ingest',
        '@timestamp': new Date(receivedAt).toISOString(),
      });
    });

    test('JSON nested past the depth limit is kept as text, and the document still serialises', () => {
      const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      const [doc, next] = docsOf([deep, 'the next line']);
      expect(doc).toMatchObject({ message: deep, parse_failed: true, format: 'plain' });
      expect(doc?.parse_error).toContain('nested deeper than 20');
      expect(() => JSON.stringify(doc)).not.toThrow();
      expect(next?.message).toBe('the next line');
    });
  });

  test('daily index names come from the event time in UTC', () => {
    expect(dailyIndexName('logs', '2025-10-23T23:59:59.999Z')).toBe('logs-2025.10.23');
    // Alternating days, prefixes and signed years (which Date writes for years outside 0-9999).
    const cases: [string, string, string][] = [
      ['logs', '2025-10-24T00:00:00.000Z', 'logs-2025.10.24'],
      ['bench-logs', '2025-10-24T00:00:00.000Z', 'bench-logs-2025.10.24'],
      ['logs', '2025-10-23T00:00:00.000Z', 'logs-2025.10.23'],
      ['logs', '-000001-06-01T00:00:00.000Z', 'logs-.000001.06'],
      ['logs', '0000-01-06T00:00:00.000Z', 'logs-0000.01.06'],
      ['logs', '+010000-01-01T00:00:00.000Z', 'logs-+010000.01'],
    ];
    for (const _ of [1, 2])
      for (const [prefix, timestamp, name] of cases) expect(dailyIndexName(prefix, timestamp)).toBe(name);
  });
});

describe('the three shapes a document is built in', () => {
  // Every property of LogDocument in the order all shapes of `buildDocument` write it; a document
  // without trace ids, a learned structure or a parse error leaves those out, one without a logger
  // leaves that out too, and neither may move the others, or the same line would be written as
  // other bytes.
  const ORDER = [
    '@timestamp',
    'time_source',
    'event_id',
    'level',
    'service',
    'host',
    'message',
    'message_words',
    'pattern_id',
    'pattern',
    'logger',
    'trace_id',
    'span_id',
    'format',
    'parse_structure',
    'source',
    'fields',
    'fields_text',
    'tags',
    'ingested_at',
    'parse_failed',
    'parse_error',
    'flags',
  ];
  const keysOf = (document: LogDocument) => Object.keys(document).filter((k) => ORDER.includes(k));

  test('all keep one order of keys, the lean shapes only leaving some out', () => {
    const lines = [
      '2025-10-23T14:32:16Z INFO [api] lean line',
      '{"time":"2025-10-23T14:32:16Z","level":"info","msg":"traced","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}',
      '{"time":1e300,"msg":"a time it cannot read: a parse error"}',
      '{"time":"2025-10-23T14:32:16Z","level":"info","msg":"no logger named"}',
    ];
    const [record] = decodeMskEvent(mskEventOf('logs', [agentChunk('f1', 'api', lines)]));
    const [lean, traced, failed, unlogged] = documentsOf(defined(record, 'record'), context);
    expect(Object.keys(defined(lean, 'lean'))).toEqual(keysOf(defined(lean, 'lean')));
    expect(Object.keys(defined(lean, 'lean'))).not.toContain('trace_id');
    expect(defined(lean, 'lean').logger).toBe('api');
    expect(defined(traced, 'traced').trace_id).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(defined(failed, 'failed').parse_error).toBeTypeOf('string');
    expect(Object.keys(defined(unlogged, 'unlogged'))).not.toContain('logger');
    // Pattern mining fills its slots in place: they keep their place in every shape.
    for (const document of [lean, unlogged]) defined(document, 'document').pattern_id = 'p1';
    for (const document of [lean, traced, failed, unlogged]) {
      const keys = keysOf(defined(document, 'document'));
      expect(keys).toEqual(ORDER.filter((k) => keys.includes(k)));
      expect(Object.keys(defined(document, 'document'))).toEqual(keys);
    }
  });

  // A document's `source` is built by `new` (speed48), its keys assigned in the order of the literal
  // it replaced; the one-literal check below shares the object, so the order is pinned here.
  test('a source keeps the order of its keys, for agent lines and plain lines alike', () => {
    const [record] = decodeMskEvent(mskEventOf('logs', [agentChunk('f1', 'api', ['INFO agent line'])]));
    const plainRecord = defined([...decodeMskEvent(loadEvent('msk-logs'))][1], 'plain record');
    const sources = [
      ...documentsOf(defined(record, 'record'), context),
      ...documentsOf(plainRecord, context),
    ];
    expect(sources.length).toBeGreaterThan(1);
    for (const { source } of sources) {
      expect(Object.keys(source)).toEqual([
        'kind',
        'id',
        'path',
        'offset',
        'topic',
        'partition',
        'kafka_offset',
      ]);
      expect(JSON.stringify(source)).toBe(
        JSON.stringify({
          kind: source.kind,
          id: source.id,
          path: source.path,
          offset: source.offset,
          topic: source.topic,
          partition: source.partition,
          kafka_offset: source.kafka_offset,
        }),
      );
    }
  });

  // The one literal before speed46 wrote every key in ORDER, `undefined` where absent, which JSON
  // leaves out: each shape must write those bytes (review72). A logger of '' is a named logger.
  const oneLiteral = (document: LogDocument) =>
    JSON.stringify(
      Object.fromEntries(ORDER.map((key) => [key, (document as unknown as Record<string, unknown>)[key]])),
    );

  test.each([
    ['a named logger', 'api'],
    ['an empty logger', ''],
    ['no logger', undefined],
  ])('%s, before and after pattern mining fills its slots in place', (_, logger) => {
    const withLogger = {
      ...context,
      parse: (raw: string, _service: string | undefined, reference: number) => ({
        ...parseLine(raw, { receivedAt: reference }),
        logger,
      }),
    };
    const lines = [
      '2025-10-23T14:32:16Z INFO lean line',
      '{"time":"2025-10-23T14:32:16Z","level":"info","msg":"traced","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}',
    ];
    const [record] = decodeMskEvent(mskEventOf('logs', [agentChunk('f1', 'api', lines)]));
    const agent = documentsOf(defined(record, 'record'), withLogger);
    const plainRecord = defined([...decodeMskEvent(loadEvent('msk-logs'))][1], 'plain record');
    const plain = documentsOf(plainRecord, withLogger);
    expect(plain.length).toBeGreaterThan(0);
    for (const document of [...agent, ...plain]) {
      expect(JSON.stringify(document)).toBe(oneLiteral(document));
      expect(JSON.stringify(document).includes('"logger":')).toBe(logger !== undefined);
      document.pattern_id = 'p1';
      document.pattern = 'lean <*>';
      expect(JSON.stringify(document)).toBe(oneLiteral(document));
    }
  });

  // Cases the bench mix (ingest-bodies.ts) lacks, each in the shape it takes (review77): its bytes
  // are the one literal's, and moving its fields into `fields_text` leaves its flags as they were.
  test('lines the bench mix lacks are written as the one literal wrote them', () => {
    const old = '{"time":"2025-09-01T00:00:00Z","msg":"older than retention"}';
    const lines: { m: string; f?: LineFlag[] }[] = [
      { m: '2025-10-23T14:32:16Z INFO [api] a logger and no words' },
      { m: '2025-10-23T14:32:16Z INFO [api] a logger and an InvalidReceiveException' },
      {
        m: '{"time":"2025-10-23T14:32:16Z","level":"info","msg":"traced","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"}',
      },
      { m: '{"time":1e300,"msg":"a time it cannot read: a parse error"}' },
      {
        m: '{"timestamp": "2025-10-23 14:32:16", "trace_id": , "span_id": "", "message": "logStarting | Starting", "severity": "INFO"}',
      },
      { m: old },
      { m: old, f: ['truncated'] },
      { m: 'INFO only an agent flag', f: ['invalid_utf8'] },
    ];
    const chunk: WireChunk = {
      v: 1,
      src: { kind: 'file', host: 'web-1', id: 'f1', path: '/var/log/api.log', service: 'api' },
      t: receivedAt,
      lines: lines.map((line, o) => ({ o, ...line })),
    };
    const [record] = decodeMskEvent(mskEventOf('logs', [chunk]));
    const documents = documentsOf(defined(record, 'record'), { ...context, retentionDays: 7 });
    const [noWords, words, traced, failed, loose, outOfRange, flaggedOutOfRange, flagged] = documents;
    expect(documents).toHaveLength(lines.length);
    expect(noWords?.logger).toBe('api');
    expect(noWords?.message_words).toBeUndefined();
    expect(words?.message_words).toBe('Invalid Receive Exception');
    expect([traced?.trace_id, traced?.span_id]).toEqual([
      '4bf92f3577b34da6a3ce929d0e0e4736',
      '00f067aa0ba902b7',
    ]);
    expect(failed?.parse_error).toMatch(/timestamp/);
    expect(loose?.parse_error).toMatch(/^invalid JSON object/);
    expect(loose?.fields.invalid_json).toBe(lines[4]?.m);
    expect(outOfRange?.flags).toEqual(['timestamp_out_of_range']);
    expect(flaggedOutOfRange?.flags).toEqual(['truncated', 'timestamp_out_of_range']);
    expect(flagged?.flags).toEqual(['invalid_utf8']);
    for (const document of documents) {
      expect(JSON.stringify(document)).toBe(oneLiteral(document));
      // A rejected line's retry extends a copy of its flags: the shared out-of-range array is untouched.
      const flags = [...(document.flags ?? [])];
      expect(withFieldsAsText(document).flags).toEqual([...flags, 'fields_as_text']);
      expect(document.flags ?? []).toEqual(flags);
    }
    const [later] = documentsOf(defined(record, 'record'), { ...context, retentionDays: 7 }).slice(5);
    expect(later?.flags).toEqual(['timestamp_out_of_range']);
  });
});

describe('documentsFromRecord with hostile lines', () => {
  const chunk = (lines: string[], service?: string) => {
    let o = 0;
    const value = encodeChunk({
      v: 1,
      src: { host: 'web-1', id: 'f1', kind: 'file', path: '/var/log/a.log', ...(service ? { service } : {}) },
      t: receivedAt,
      lines: lines.map((m) => {
        const line = { o, m };
        o += Buffer.byteLength(m) + 1;
        return line;
      }),
    });
    return defined(
      [
        ...decodeMskEvent({
          eventSource: 'aws:kafka',
          eventSourceArn: 'arn',
          bootstrapServers: 'b',
          records: {
            'logs-0': [
              {
                topic: 'logs',
                partition: 0,
                offset: 1,
                timestamp: receivedAt,
                timestampType: 'CREATE_TIME',
                key: '',
                value: value.toString('base64'),
                headers: [{ 'content-type': [...Buffer.from('application/vnd.logward.chunk+json')] }],
              },
            ],
          },
        }),
      ][0],
      'record',
    );
  };

  test('a line its parser throws on is kept as raw text, flagged, and its neighbours are parsed', () => {
    const parse: typeof context.parse = (raw, service, reference) => {
      if (raw.includes('boom')) throw new RangeError('Maximum call stack size exceeded');
      return context.parse(raw, service, reference);
    };
    const docs = documentsOf(
      chunk(['{"level":"error","msg":"before"}', 'boom', '{"level":"warn","msg":"after"}']),
      { receivedAt, parse },
    );
    expect(docs.map((d) => [d.message, d.level, d.parse_failed, d.parse_error])).toEqual([
      ['before', 'ERROR', false, undefined],
      ['boom', undefined, true, 'parser failed: RangeError: Maximum call stack size exceeded'],
      ['after', 'WARN', false, undefined],
    ]);
  });

  test('a timestamp beyond what a date can hold gives way to the record time, with the reason', () => {
    const [doc] = documentsOf(chunk(['{"time": 1e300, "level": "error", "msg": "far"}']), context);
    expect(doc?.['@timestamp']).toBe(new Date(receivedAt).toISOString());
    expect(doc?.parse_error).toBe('unparseable timestamp: 1e+300');
    expect(doc?.level).toBe('ERROR');
  });

  test('a service or host of kilobytes is bounded, so it fits every key and keyword it becomes', () => {
    const [doc] = documentsOf(chunk([JSON.stringify({ service: 's'.repeat(4096), msg: 'x' })]), context);
    expect(Buffer.byteLength(doc?.service ?? '')).toBeLessThanOrEqual(1024);
    expect(doc?.service).toMatch(/^s+~[0-9a-f]{16}$/);
  });
});

describe('trace and span ids', () => {
  const trace = '5B8EFFF798038103D269B633813FC60C';
  test('come from OTLP-style, camelCase and ECS fields, lowercase', () => {
    expect(traceIdOf({ trace_id: trace })).toBe(trace.toLowerCase());
    expect(traceIdOf({ traceId: trace })).toBe(trace.toLowerCase());
    expect(traceIdOf({ trace: { id: trace } })).toBe(trace.toLowerCase());
    expect(traceIdOf({ 'trace.id': trace })).toBe(trace.toLowerCase());
    expect(spanIdOf({ span: { id: 'EEE19B7EC3C1B174' } })).toBe('eee19b7ec3c1b174');
  });

  test('an earlier key that is not an id does not hide a later one that is', () => {
    expect(traceIdOf({ trace_id: 'abc', traceId: trace })).toBe(trace.toLowerCase());
    expect(spanIdOf({ spanId: 7, span: { id: 'EEE19B7EC3C1B174' } })).toBe('eee19b7ec3c1b174');
    expect(traceIdOf({ 'trace.id': 'abc', trace: { id: trace } })).toBe(undefined);
  });

  test('are left out when they are not W3C ids', () => {
    expect(traceIdOf({ trace_id: 'abc' })).toBe(undefined);
    expect(traceIdOf({ trace_id: 42 })).toBe(undefined);
    expect(traceIdOf({ trace_id: `${trace.slice(1)}g` })).toBe(undefined);
    expect(spanIdOf({ span_id: trace })).toBe(undefined);
    expect(spanIdOf({})).toBe(undefined);
  });

  // The document looks the ids up only where a key of its fields begins with `t` or `s`: every
  // key the look-ups read does, after any number of keys that do not.
  test.each([
    [{ trace_id: trace, span_id: 'EEE19B7EC3C1B174' }],
    [{ pid: 7, traceId: trace, spanId: 'EEE19B7EC3C1B174' }],
    [{ user: 'u1', order: 2, 'trace.id': trace, 'span.id': 'EEE19B7EC3C1B174' }],
    [{ a: 1, b: 2, c: 3, d: 4, e: 5, trace: { id: trace }, span: { id: 'EEE19B7EC3C1B174' } }],
    [{ span_id: 'EEE19B7EC3C1B174', trace_id: trace }],
  ])("a document reads them from its line's fields %j", (fields) => {
    const withFields = {
      ...context,
      parse: (raw: string, _service: string | undefined, reference: number) => ({
        ...parseLine(raw, { receivedAt: reference }),
        fields: { ...fields },
      }),
    };
    const [record] = decodeMskEvent(
      mskEventOf('logs', [agentChunk('f1', 'api', ['2025-10-23T14:32:16Z INFO traced'])]),
    );
    const [document] = documentsOf(defined(record, 'record'), withFields);
    expect(defined(document, 'document').trace_id).toBe(trace.toLowerCase());
    expect(defined(document, 'document').span_id).toBe('eee19b7ec3c1b174');
  });

  test('a document whose fields name no trace or span has none', () => {
    const withFields = {
      ...context,
      parse: (raw: string, _service: string | undefined, reference: number) => ({
        ...parseLine(raw, { receivedAt: reference }),
        fields: { pid: 7, user: 'u1', id: trace },
      }),
    };
    const [record] = decodeMskEvent(
      mskEventOf('logs', [agentChunk('f1', 'api', ['2025-10-23T14:32:16Z INFO lean'])]),
    );
    const [document] = documentsOf(defined(record, 'record'), withFields);
    expect(Object.keys(defined(document, 'document'))).not.toContain('trace_id');
    expect(Object.keys(defined(document, 'document'))).not.toContain('span_id');
  });
});
