/**
 * Round r114, on dev174's legal and public-records software: go-ns's record as Companies House's
 * services write it (its `event` naming the level, `data.message` the text), the source location
 * Flask's documented file format writes after the text (` [in path:line]`), and Python's
 * `%(filename)s %(lineno)d: ` after the level (Perma's).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);
const record = (o: Record<string, unknown>) => JSON.stringify(o);
const CREATED = '2026-11-30T13:58:49.099+00:00';

describe("go-ns's record (`created`, `event`, `namespace`, `data`)", () => {
  it("reads `event` as the level on the library's scale and `data.message` as the text", () => {
    expect(
      read(
        record({
          created: CREATED,
          event: 'request',
          namespace: 'Confirmation Statement Web',
          context: 'Xk3mPq9vRt2sLw8z',
          data: { message: 'End of request', path: '/x', method: 'POST', status: 302, duration: 306 },
        }),
      ),
    ).toEqual({
      format: 'json',
      timestamp: Date.parse(CREATED),
      timestampText: CREATED,
      level: 'INFO',
      message: 'End of request',
      fields: {
        namespace: 'Confirmation Statement Web',
        context: 'Xk3mPq9vRt2sLw8z',
        data: { path: '/x', method: 'POST', status: 302, duration: 306 },
      },
      parseFailed: false,
    });
    const levels = ['error', 'info', 'debug', 'trace'].map(
      (event) => read(record({ created: CREATED, event, namespace: 'ns', data: { message: 'x' } })).level,
    );
    expect(levels).toEqual(['ERROR', 'INFO', 'DEBUG', 'TRACE']);
  });

  it("keeps the event's name as the text where `data` holds no message (go-ns's request line)", () => {
    const line = read(record({ created: CREATED, event: 'request', namespace: 'dp', data: { status: 200 } }));
    expect(line).toMatchObject({ level: 'INFO', message: 'request', fields: { data: { status: 200 } } });
  });

  it('reads the same line in a learned source', () => {
    const lines = Array.from({ length: 8 }, (_, k) =>
      record({
        created: `2026-11-30T13:58:4${k}.099+00:00`,
        event: 'info',
        namespace: 'n',
        data: { message: `m${k}` },
      }),
    );
    expect(
      learnt(lines)(record({ created: CREATED, event: 'error', namespace: 'n', data: { message: 'boom' } })),
    ).toMatchObject({ level: 'ERROR', message: 'boom', timestamp: Date.parse(CREATED) });
  });

  it("reads no level from an event that names no level of the library's, nor from the text", () => {
    // log.go's event names are messages; another word, a capitalised one or `warn` (no level of its) stay text.
    for (const event of ['http request received', 'Info', 'warn', 'log_error', 'error: disk full']) {
      const line = read(record({ created: CREATED, event, namespace: 'dp', data: { message: 'x' } }));
      expect(line.level, event).toBeUndefined();
      expect(line.message, event).toBe(event);
    }
    // The text's own words set nothing.
    const text = read(
      record({ created: CREATED, event: 'info', namespace: 'dp', data: { message: 'ERROR x' } }),
    );
    expect(text).toMatchObject({ level: 'INFO', message: 'ERROR x' });
  });

  it('needs the whole record: `created` and `namespace` as text beside the event', () => {
    expect(read(record({ event: 'error', namespace: 'dp', data: { message: 'x' } })).level).toBeUndefined();
    expect(read(record({ created: CREATED, event: 'error', data: { message: 'x' } })).level).toBeUndefined();
    expect(read(record({ created: 5, event: 'error', namespace: 'dp' })).level).toBeUndefined();
  });

  it("leaves a record with a level key of its own as it was (structlog's `event` is its text)", () => {
    expect(
      read(record({ created: CREATED, event: 'error', namespace: 'dp', level: 'warning' })),
    ).toMatchObject({
      level: 'WARN',
      message: 'error',
    });
    // ONS log.go v2's record: `severity` counts down from FATAL 0, `event` is the text.
    expect(read(record({ created_at: CREATED, event: 'info', namespace: 'dp', severity: 1 }))).toMatchObject({
      level: 'ERROR',
      message: 'info',
    });
  });
});

describe("Flask's ` [in path:line]` closing the text", () => {
  it('cuts the location into `fields.caller`', () => {
    expect(
      read(
        '2026-11-30 15:26:47,845 WARNING: ratelimit 5 per 1 second (203.0.113.61) exceeded at endpoint: main.index [in /usr/local/lib/python3.6/site-packages/flask_limiter/extension.py:337]',
      ),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T15:26:47.845Z'),
      level: 'WARN',
      message: 'ratelimit 5 per 1 second (203.0.113.61) exceeded at endpoint: main.index',
      fields: { caller: '/usr/local/lib/python3.6/site-packages/flask_limiter/extension.py:337' },
    });
    expect(
      read('2026-11-30 15:25:02,689 INFO: {} [in /usr/src/app/OpenOversight/app/main/views.py:131]').message,
    ).toBe('{}');
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from(
      { length: 8 },
      (_, k) => `2026-11-30 15:20:4${k},051 INFO: BPD Watch startup [in /usr/src/app/app/__init__.py:58]`,
    );
    expect(
      learnt(lines)('2026-11-30 15:39:04,270 INFO: {} [in /usr/src/app/app/main/views.py:92]'),
    ).toMatchObject({
      level: 'INFO',
      message: '{}',
      fields: { caller: '/usr/src/app/app/main/views.py:92' },
    });
  });

  it('keeps in the text what is not the whole trailer, and reads no level or time from it', () => {
    const kept = [
      '2026-11-30 15:20:44,051 INFO: job [in progress]',
      '2026-11-30 15:20:44,051 INFO: x [in a.py:3] retried',
      '2026-11-30 15:20:44,051 INFO: x [in a.txt:3]',
      '2026-11-30 15:20:44,051 INFO: x [in a.py:]',
      '2026-11-30 15:20:44,051 INFO: x [in a b.py:3]',
      '2026-11-30 15:20:44,051 INFO: x[in a.py:3]',
    ];
    for (const line of kept) expect(read(line).message, line).toBe(line.slice(30));
    // A line no header read keeps its trailer: the text's own.
    expect(read('done [in a.py:3]').message).toBe('done [in a.py:3]');
    // The trailer names no level: the header's stands, and none where none was written.
    expect(read('2026-11-30 15:20:44,051 INFO: x [in /srv/error.py:3]').level).toBe('INFO');
    expect(read('2026-11-30 15:20:44,051 started [in /srv/warn.py:3]')).toMatchObject({
      level: undefined,
      message: 'started',
    });
  });
});

describe("Python's `%(filename)s %(lineno)d: ` after the level", () => {
  it('reads the file and line as the caller, the text after the colon', () => {
    expect(read('2026-11-30 12:40:09,733 [WARNING] base.py 152: Not Found: /ZK4Q-7M2P')).toMatchObject({
      level: 'WARN',
      message: 'Not Found: /ZK4Q-7M2P',
      fields: { caller: 'base.py 152' },
    });
    expect(read('2026-11-30 12:40:09,733 INFO link_management.py 142: Link created').message).toBe(
      'Link created',
    );
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from(
      { length: 8 },
      (_, k) => `2026-11-30 12:4${k}:09,733 [INFO] link_management.py 142: Link ${k} created`,
    );
    expect(
      learnt(lines)('2026-11-30 12:54:47,038 [ERROR] storage_backends.py 77: Could not save'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Could not save',
      fields: { caller: 'storage_backends.py 77' },
    });
  });

  it('keeps a file name and a number that are not that field in the text', () => {
    const kept = [
      '2026-11-30 12:40:09,733 [INFO] app.py 3 times: x',
      '2026-11-30 12:40:09,733 [INFO] README 3: x',
      '2026-11-30 12:40:09,733 [INFO] app.py 3:x',
    ];
    for (const line of kept) expect(read(line).message, line).toBe(line.slice(31));
    // No level where the header wrote none: a file named for one is no level.
    expect(read('2026-11-30 12:40:09,733 error.py 3: x').level).toBeUndefined();
  });
});
