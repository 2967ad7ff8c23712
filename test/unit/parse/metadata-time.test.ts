/**
 * winston's `simple()` format after `timestamp()`: the level, the message, then every other key of
 * the record as JSON, its `timestamp` among them (logform 2.7.0's `simple.js` and `timestamp.js`).
 * A line with a level and no time of its own takes its time from that closing object
 * (`metadata-time.ts`). The same class as `key=value` pairs closing a line with no time: Mozilla's
 * request summary (kinto.core, cliquet before it, binds `time=isotimestamp`), which Kinto's default
 * logging_color_formatter prints sorted by key after the event (round r78). The lines are invented,
 * not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);

describe('the time in the JSON metadata closing a leveled line', () => {
  it('reads logform’s default ISO time and a formatted one, the object kept as the context', () => {
    expect(
      parse('info: Server is listening on port 3000 {"timestamp":"2026-11-30T13:02:06.120Z"}'),
    ).toMatchObject({
      timestamp: at('2026-11-30T13:02:06.120Z'),
      level: 'INFO',
      message: 'Server is listening on port 3000',
      fields: { context: '{"timestamp":"2026-11-30T13:02:06.120Z"}' },
    });
    expect(parse('warn: disk nearly full {"service":"api","timestamp":"2026-11-30 13:02:04"}')).toMatchObject(
      {
        timestamp: at('2026-11-30T13:02:04Z'),
        level: 'WARN',
        message: 'disk nearly full',
      },
    );
  });

  it('reads it through a source whose structure learned the object as a context column', () => {
    const lines = Array.from(
      { length: 8 },
      (_, n) =>
        `info: loading index ${n} {"timestamp":"2026-11-30 13:02:${String(10 + n).padStart(2, '0')}"}`,
    );
    const read = learnedReader(lines, receivedAt, 'winston');
    expect(read('error: index failed {"timestamp":"2026-11-30 13:03:00"}')).toMatchObject({
      timestamp: at('2026-11-30T13:03:00Z'),
      level: 'ERROR',
      message: 'index failed',
    });
  });
});

describe("a logger's time key in the closing JSON (zap's console encoder, the time a field)", () => {
  it('reads `ts` (and the other time keys, in their order) where it is a full date and time', () => {
    expect(
      parse('info: Gate 1 is connected {"source": "dispatcher1", "ts": "2026-11-29T10:00:00.512Z"}'),
    ).toMatchObject({
      timestamp: at('2026-11-29T10:00:00.512Z'),
      level: 'INFO',
      message: 'Gate 1 is connected',
    });
    expect(parse('warn: slow {"time":"2026-11-30 13:02:04","ts":"2026-11-30 13:02:05"}').timestamp).toBe(
      at('2026-11-30T13:02:04Z'),
    );
    // zap's default EpochTimeEncoder: float seconds.
    expect(parse('info: started {"ts": 1796032800.5123}').timestamp).toBe(at('2026-11-30T10:00:00.512Z'));
  });

  it('reads it through a source whose structure learned the object as a context column', () => {
    const lines = Array.from(
      { length: 8 },
      (_, n) => `info\tclient ${n} connected\t{"source": "d1", "ts": "2026-11-29T10:00:1${n}.500Z"}`,
    );
    const read = learnedReader(lines, receivedAt, 'zap');
    expect(read('error\tclient 9 lost\t{"source": "d1", "ts": "2026-11-29T10:00:20.250Z"}')).toMatchObject({
      timestamp: at('2026-11-29T10:00:20.250Z'),
      level: 'ERROR',
      message: 'client 9 lost',
    });
  });

  it('reads no small number, whole number, duration, date alone or epoch outside the window', () => {
    expect(parse('info: tick {"ts": 3}').timestamp).toBeUndefined();
    expect(parse('info: tick {"ts": 3.25}').timestamp).toBeUndefined();
    expect(parse('info: tick {"ts": 1796032800}').timestamp).toBeUndefined();
    expect(parse('info: request done {"ts": "3.2ms"}').timestamp).toBeUndefined();
    expect(parse('info: request done {"time": "120ms"}').timestamp).toBeUndefined();
    expect(parse('info: report {"date": "2026-11-30"}').timestamp).toBeUndefined();
    // 2020: far outside what the document layer would believe of a line received in December 2026.
    expect(parse('info: replay {"ts": 1600000000.25}').timestamp).toBeUndefined();
  });

  it("reads no record's own date under a key a logger does not name its time with", () => {
    for (const key of ['date', 'datetime', 'eventtime', 't'])
      expect(
        parse(`info: order shipped {"order": 12, "${key}": "2026-11-28 14:00:00"}`).timestamp,
      ).toBeUndefined();
  });

  it('reads no `ts` of an object in the middle of the text', () => {
    const middle = parse('info: see {"ts": "2026-11-30T13:02:04Z"} for details');
    expect(middle.timestamp).toBeUndefined();
    expect(middle.message).toBe('see {"ts": "2026-11-30T13:02:04Z"} for details');
  });
});

describe('look-alikes the metadata time leaves alone', () => {
  it('reads no value that is no time, and no time of day without its date', () => {
    expect(parse('info: job queued {"timestamp":"pending"}').timestamp).toBeUndefined();
    expect(parse('info: job queued {"timestamp":1796051402}').timestamp).toBeUndefined();
    expect(parse('info: job queued {"timestamp":"13:02:04"}').timestamp).toBeUndefined();
  });

  it('reads no object in the middle of the text, and no message naming a timestamp', () => {
    const middle = parse('info: see {"timestamp":"2026-11-30 13:02:04"} for details');
    expect(middle.timestamp).toBeUndefined();
    expect(middle.message).toBe('see {"timestamp":"2026-11-30 13:02:04"} for details');
    expect(parse('info: the "timestamp" key is missing {"user":"ann"}').timestamp).toBeUndefined();
  });

  it('keeps the line’s own time', () => {
    const own = parse('2026-11-29 10:00:00 info: sent {"timestamp":"2026-11-30 13:02:04"}');
    expect(own.timestamp).toBe(at('2026-11-29T10:00:00Z'));
  });
});

describe('a logger time key among the key=value pairs closing a line with no time', () => {
  // logging_color_formatter: `"{method: <5} {path}{querystring}" {code} ({t} ms) {event} {context}`,
  // the context's pairs sorted by key; kinto.core's summary event is the empty string.
  const summary = (time: string, uid = 'maria.k') =>
    `"POST  /v1/batch?" 200 (61 ms)  agent=kinto-http.js/3.4.1 batch_size=4 errno=0 lang=None rid=16a525b2 time=${time} uid=${uid}`;

  it('reads Kinto’s request summary time, the line kept whole', () => {
    const line = parse(summary('2026-11-30T07:58:27.636000'));
    expect([line.timestamp, line.message]).toEqual([
      at('2026-11-30T07:58:27.636Z'),
      summary('2026-11-30T07:58:27.636000'),
    ]);
    // Through a source that learned from its lines, startup lines without a time among them.
    const lines = [
      'Running kinto 26.5.0. rid=None',
      ...Array.from({ length: 8 }, (_, n) => summary(`2026-11-30T07:58:${10 + n}.120000`)),
    ];
    const read = learnedReader(lines, receivedAt, 'kinto');
    expect(read(summary('2026-11-30T08:00:36.020000', 't.ndlovu')).timestamp).toBe(
      at('2026-11-30T08:00:36.020Z'),
    );
    expect(read('Task queue depth is 1 rid=None').timestamp).toBeUndefined();
  });

  it('reads `ts` and `timestamp` too, the keys in their order, and after a level', () => {
    expect(parse('job done id=4 ts=2026-11-30T07:58:16.120 time=2026-11-30T07:58:17').timestamp).toBe(
      at('2026-11-30T07:58:17Z'),
    );
    expect(parse('job done id=4 timestamp=2026-11-30T07:58:16.120Z').timestamp).toBe(
      at('2026-11-30T07:58:16.120Z'),
    );
    expect(parse('WARNING: slow request  path=/v1 t=1200 time=2026-11-30T07:58:16.120000')).toMatchObject({
      timestamp: at('2026-11-30T07:58:16.120Z'),
      level: 'WARN',
    });
  });

  it('reads no duration, time of day alone, record’s own date, quoted text or pair before a word', () => {
    for (const text of [
      'request done code=200 time=120ms',
      'backup ran time=13:02:04 ok=true',
      'order shipped order=12 date=2026-11-28T14:00:00 uid=ann',
      '"GET   /v1/records?" 200 (9 ms)  errno=0 note="retry at time=2026-11-30T07:58:16" rid=None',
      'job done id=4 time=2026-11-30T07:58:16.120 (retried twice)',
    ])
      expect(parse(text).timestamp, text).toBeUndefined();
  });

  it('keeps the line’s own time', () => {
    expect(parse('2026-11-29 10:00:00 sent id=4 time=2026-11-30T13:02:04').timestamp).toBe(
      at('2026-11-29T10:00:00Z'),
    );
  });
});
