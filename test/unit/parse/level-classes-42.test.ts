/**
 * Level classes of the lvl42 round (readings left open by the dev84–dev88 miss analyses):
 *
 * - npm's and winston's `http` level is read only where such a leveled logger writes it: a level
 *   key's value, `http:` where a level stands (`[http]:` too), or a column the source's lines agreed
 *   on (npm's `npm http fetch GET 200 …`); between pipes or brackets it names a category or a
 *   server (`| http |`, `| http auth error`, `[HTTP]`), which reads no level;
 * - a flat OpenTelemetry log record on one line (`body` beside `severity_text`/`severity_number`, or
 *   OTLP/JSON's `severityText`/`severityNumber`/`timeUnixNano`): its level from the severity text,
 *   else the number on OTel's 1–24 scale (another number none, never FATAL), its message the body;
 * - a level letter opening a time-less line before a dotted `logger.function:line` and ` - `
 *   (Python's `%(levelname).1s %(name)s.%(funcName)s:%(lineno)d - %(message)s`): a level column
 *   learned per source at any sample size, a letter there read only before such a location;
 * - a level word opening a bracket that goes on with its scope after the time (`[INFO Main] text`):
 *   the scope is the logger (or header columns) and the text starts after the bracket.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { otelSeverityLevel } from '../../../core/parse/levels.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe("npm's and winston's `http` level: read where a leveled logger writes it", () => {
  it.each([
    ['{"level":"http","message":"GET /api/users 200 12ms","timestamp":"2026-11-30T10:00:00.000Z"}'],
    ['time=2026-11-30T10:00:00Z level=http msg="GET /api/users 200 12ms"'],
    ['http: GET /api/users 200 12ms'],
    ['2026-11-30T10:00:00.000Z http: GET /api/users 200 12ms'],
    ['2026-11-30 10:00:00 [http]: GET /api/users 200 12ms'],
  ])('%s reads INFO', (raw) => {
    expect(parse(raw)).toMatchObject({ level: 'INFO', message: 'GET /api/users 200 12ms' });
  });

  it("reads npm's own display lines, learned with its other levels", () => {
    const { sample } = readSource(
      [
        'npm http fetch GET 200 https://registry.npmjs.org/left-pad 123ms (cache miss)',
        'npm info using npm@10.2.0',
        'npm verbose cli /usr/bin/node /usr/bin/npm',
        'npm warn deprecated left-pad@1.3.0: use String.prototype.padStart()',
      ],
      receivedAt,
    );
    expect(sample.map((line) => line.level)).toEqual(['INFO', 'INFO', 'TRACE', 'WARN']);
    expect(sample[0]?.message).toBe('fetch GET 200 https://registry.npmjs.org/left-pad 123ms (cache miss)');
  });

  it("reads npm's log file and winston's bracketed level, learned with their other levels", () => {
    const file = readSource(
      [
        '12 http fetch GET 200 https://registry.npmjs.org/left-pad 45ms (cache hit)',
        '13 silly placeDep ROOT left-pad@1.3.0 OK for: app@1.0.0',
        '14 verbose cwd /home/u/app',
        '15 info run app@1.0.0 postinstall',
      ],
      receivedAt,
    );
    expect(file.sample.map((line) => line.level)).toEqual(['INFO', 'TRACE', 'TRACE', 'INFO']);
    const winston = readSource(
      [
        '2026-11-30 10:00:00 [http] GET /x 200',
        '2026-11-30 10:00:01 [info] started',
        '2026-11-30 10:00:02 [error] boom',
        '2026-11-30 10:00:03 [warn] slow',
      ],
      receivedAt,
    );
    expect(winston.sample.map((line) => line.level)).toEqual(['INFO', 'INFO', 'ERROR', 'WARN']);
    expect(winston.sample[0]?.message).toBe('GET /x 200');
  });
});

describe('`http` as a category or a scope between pipes or brackets reads no level', () => {
  it.each([
    [
      "Sun, 29 Nov 2026 22:40:12 +0000 | ACCESS | http       | url:'http://push.example.org/favicon.ico' | NOT FOUND",
    ],
    ['AUTH_ERROR | http auth error: Error: connect ECONNREFUSED 10.4.0.21:8081'],
    ['2026-11-30 10:00:00 | HTTP | GET /x'],
    ['2026-11-30 10:00:00 [http] listening on :8080'],
    ['2026-11-30 10:00:00 [HTTP SERVER] failed to bind'],
    ['[HTTP] --> POST /session'],
    ['30-11-2026 06:41:08:   HTTP[001]: connection 0 allocated'],
    ['2026-11-30 10:00:00 GET http 200 /x'],
    ['GET http 200 /x'],
    ['<http> GET /x 200'],
  ])('%s', (raw) => {
    expect(parse(raw).level).toBeUndefined();
  });

  it('keeps no level from the category column of a learned source whose levels stand elsewhere', () => {
    const lines = [
      'Sun, 29 Nov 2026 22:14:03 +0000 | INFO   | server     |  | Serving using application   : /opt/bin/quotes',
      "Sun, 29 Nov 2026 22:15:41 +0000 | ACCESS | session    | url:'http://push.example.org/ticker' id:'17' | CONNECT",
      "Sun, 29 Nov 2026 22:40:12 +0000 | ACCESS | http       | url:'http://push.example.org/favicon.ico' | NOT FOUND",
      "Sun, 29 Nov 2026 23:02:48 +0000 | ERROR  | stderr     | url:'http://push.example.org/ticker' id:'17' | boom",
      "Sun, 29 Nov 2026 23:09:30 +0000 | ACCESS | session    | url:'http://push.example.org/ticker' id:'17' | DISCONNECT",
    ];
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(['INFO', undefined, undefined, 'ERROR', undefined]);
  });

  it('a level column beside an `http` category column still reads its levels', () => {
    const { sample } = readSource(
      [
        '2026-11-30 10:00:00 | INFO | http | listening on :8080',
        '2026-11-30 10:00:01 | ERROR | db | down',
        '2026-11-30 10:00:02 | WARN | http | slow',
      ],
      receivedAt,
    );
    expect(sample.map((line) => line.level)).toEqual(['INFO', 'ERROR', 'WARN']);
  });
});

describe('a flat OpenTelemetry log record: level from its severity, message from its body', () => {
  // Python's opentelemetry-sdk `LogRecord.to_json(indent=None)` (ConsoleLogExporter's record, one line).
  const python = (number: unknown, text: unknown, body: unknown = 'Jail startup') =>
    JSON.stringify({
      body,
      severity_number: number,
      severity_text: text,
      attributes: { 'code.lineno': 12 },
      dropped_attributes: 0,
      timestamp: '2026-11-30T10:00:00.123456Z',
      observed_timestamp: '2026-11-30T10:00:00.123500Z',
      trace_id: '0x00000000000000000000000000000000',
      span_id: '0x0000000000000000',
      trace_flags: 0,
      resource: { attributes: { 'service.name': 'jail' }, schema_url: '' },
      event_name: '',
    });

  it.each([
    [9, 'INFO', 'INFO'],
    [13, 'WARNING', 'WARN'],
    [17, 'ERROR', 'ERROR'],
    [21, 'CRITICAL', 'FATAL'],
    [5, 'DEBUG', 'DEBUG'],
    [13, null, 'WARN'],
    ['<SeverityNumber.WARN: 13>', null, 'WARN'],
    [1, undefined, 'TRACE'],
    [24, undefined, 'FATAL'],
  ])("Python's record with severity_number %s and severity_text %s reads %s", (number, text, level) => {
    const line = parse(python(number, text));
    expect(line).toMatchObject({ format: 'json', level, message: 'Jail startup' });
    expect(line.timestamp).toBe(Date.parse('2026-11-30T10:00:00.123Z'));
    expect(line.fields).toMatchObject({ severity_number: number, trace_flags: 0 });
    expect(line.fields).not.toHaveProperty('body');
  });

  it("reads an OTLP/JSON logRecord alone: its nanosecond time, its severity and its body's string", () => {
    const line = parse(
      '{"timeUnixNano":"1796032800000000000","observedTimeUnixNano":"1796032801000000000","severityNumber":17,"severityText":"Error","body":{"stringValue":"boom"},"attributes":[],"traceId":"","spanId":""}',
    );
    expect(line).toMatchObject({
      level: 'ERROR',
      message: 'boom',
      timestamp: Date.parse('2026-11-30T10:00:00Z'),
    });
    expect(line.fields).toMatchObject({ observedTimeUnixNano: '1796032801000000000', severityNumber: 17 });
    const observed = parse(
      '{"timeUnixNano":"0","observedTimeUnixNano":"1796032801000000000","severityNumber":"SEVERITY_NUMBER_WARN2","body":"x"}',
    );
    expect(observed).toMatchObject({ level: 'WARN', timestamp: Date.parse('2026-11-30T10:00:01Z') });
  });

  it.each([[0], [25], [30], [-1], ['SEVERITY_NUMBER_UNSPECIFIED'], ['high']])(
    'a severity number %s off the 1–24 scale reads no level, never FATAL',
    (number) => {
      expect(otelSeverityLevel(number)).toBeUndefined();
      expect(parse(python(number, undefined)).level).toBeUndefined();
    },
  );

  it("reads no level or body where the record lacks either of OTel's keys", () => {
    // A payload's body, a finding's severity number: no OTel record.
    expect(parse('{"body":"hello","status":200}')).toMatchObject({ level: undefined, message: '' });
    expect(parse('{"severity_number":3,"title":"SQL injection"}').level).toBeUndefined();
    // A level key of its own is read as before, the body a field when a message key is read.
    expect(parse('{"level":"warn","msg":"slow","body":"{}","severity_number":21}')).toMatchObject({
      level: 'WARN',
      message: 'slow',
    });
  });

  it('a whole OTLP document on one line is one event of fields, with no level', () => {
    const line = parse(
      '{"resourceLogs":[{"resource":{},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1796032800000000000","severityNumber":21,"severityText":"FATAL","body":{"stringValue":"hi"}}]}]}]}',
    );
    expect(line).toMatchObject({ format: 'json', level: undefined, message: '' });
  });
});

describe("a level letter opening a time-less line before a dotted logger's location and ` - `", () => {
  // Python's `%(levelname).1s %(name)s.%(funcName)s:%(lineno)d - %(message)s`.
  const located = [
    'I worker.queue._consume:147 - Consumer started',
    'I worker.queue._process:220 - Processing task 6f1e2a10',
    'I worker.queue._apply:333 - shop.tasks.send_mail finished in 1 seconds.',
    'I worker.queue._process_task:293 - Task is successful',
    'W worker.queue._heartbeat:88 - Heartbeat late by 3 s',
    'I worker.queue._process:220 - Processing task 6f9b0c42',
    'E worker.queue._apply:341 - Task raised: ValueError',
    'I worker.queue._process_task:293 - Task is successful',
    'I worker.queue._consume:150 - Waiting for messages',
    'I worker.queue._process:220 - Processing task 70d24e18',
  ];

  it('is the level, learned per source at any sample size, its text after the dash', () => {
    for (const size of [4, 8, 10]) {
      const { sample } = readSource(located.slice(0, size), receivedAt);
      expect(sample.map((line) => line.level)).toEqual(
        located.slice(0, size).map((line) => ({ I: 'INFO', W: 'WARN', E: 'ERROR' })[line[0] as 'I']),
      );
      expect(sample[3]?.message).toBe('Task is successful');
    }
  });

  it('in such a source a letter before no logger location stays text', () => {
    const { sample, later } = readSource(located, receivedAt, [
      'E wing closed for cleaning',
      'W side gate open',
    ]);
    expect(sample[6]?.level).toBe('ERROR');
    expect(later.map((line) => line.level)).toEqual([undefined, undefined]);
    expect(later[0]?.message).toBe('E wing closed for cleaning');
  });

  it('reads nothing from one line alone, nor from prose opening with a letter', () => {
    expect(parse('I worker.queue._consume:147 - Consumer started').level).toBeUndefined();
    const prose = [
      'I think the build is fine',
      'E wing closed for cleaning',
      'W side entrance locked',
      'I will call back later',
      'A new version is out',
      'E block opens at noon',
      'W gate is open',
      'I am here',
      'I e.g. said so - twice',
      'A cat sat on the mat',
      'I saw it at 10:30 - then left',
    ];
    const { sample } = readSource(prose, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(prose.map(() => undefined));
  });
});

describe('a level opening a bracket with its scope after the time: the text starts after the bracket', () => {
  it.each([
    ['2026-11-30 10:00:00 [INFO Main] started', 'INFO', 'Main'],
    ['2026-11-30 10:00:00 [WARN Worker-2] pool is slow', 'WARN', 'Worker-2'],
    ['[INFO Main] started', 'INFO', 'Main'],
  ])('%s', (raw, level, logger) => {
    const line = parse(raw);
    expect(line).toMatchObject({ level, logger });
    expect(line.message).toBe(raw.endsWith('slow') ? 'pool is slow' : 'started');
  });

  it('keeps a scope of several words in the header columns, and leaves other brackets as they were', () => {
    expect(parse('2026-11-30 10:00:00 [INFO Main Thread] started')).toMatchObject({
      level: 'INFO',
      message: 'started',
      fields: { header_columns: 'Main Thread' },
    });
    expect(parse('2026-11-30 10:00:00 [INFO] [Main] started')).toMatchObject({
      level: 'INFO',
      message: 'started',
    });
    expect(parse('2026-11-30 10:00:00 [ERROR HTTP] bind failed')).toMatchObject({
      level: undefined,
      message: '[ERROR HTTP] bind failed',
    });
  });
});
