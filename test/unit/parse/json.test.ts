import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../../core/parse/formats/json.ts';
import { parseLine } from '../../../core/parse/index.ts';

const parse = (raw: string) => parseLine(raw, { receivedAt: Date.UTC(2025, 11, 1) });

describe('JSON lines', () => {
  it("reads systemd journal's export: __REALTIME_TIMESTAMP in µs, PRIORITY a syslog severity, MESSAGE", () => {
    const line = parse(
      '{"__CURSOR":"s=6f;i=1a2f3","__REALTIME_TIMESTAMP":"1795932845904117","__MONOTONIC_TIMESTAMP":"5123400112","PRIORITY":"4","SYSLOG_IDENTIFIER":"systemd-networkd","_PID":"612","MESSAGE":"eth1: Could not set DHCPv4 address"}',
    );
    expect(line).toMatchObject({
      format: 'json',
      timestamp: Math.floor(1795932845904117 / 1000),
      level: 'WARN',
      message: 'eth1: Could not set DHCPv4 address',
    });
    expect(line.fields).toMatchObject({ SYSLOG_IDENTIFIER: 'systemd-networkd', _PID: '612' });
  });

  it("takes a task's lower-case priority for no level", () => {
    const line = parse('{"time":"2025-10-23T14:32:15Z","priority":1,"msg":"queued"}');
    expect(line.level).toBeUndefined();
    expect(line.fields).toMatchObject({ priority: 1 });
  });

  it('reads the common keys and keeps the rest as fields', () => {
    expect(
      parse(
        '{"@timestamp":"2025-10-23T14:32:15.123Z","level":"warning","msg":"disk low","host":"web-1","free":0.1}',
      ),
    ).toEqual({
      format: 'json',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15, 123),
      timestampText: '2025-10-23T14:32:15.123Z',
      level: 'WARN',
      message: 'disk low',
      host: 'web-1',
      fields: { free: 0.1 },
      parseFailed: false,
    });
  });

  it.each([
    ['{"timestamp":"2025-10-23T14:32:15Z","severity":"ERROR","message":"m"}', 'ERROR'],
    ['{"time":"2025-10-23T14:32:15Z","lvl":"dbg","msg":"m"}', 'DEBUG'],
    ['{"ts":1761229935,"level":"info","msg":"m"}', 'INFO'],
    ['{"@t":"2025-10-23T14:32:15Z","@l":"Fatal","@m":"m"}', 'FATAL'],
  ])('%s', (raw, level) => {
    const line = parse(raw);
    expect(line.format).toBe('json');
    expect(line.timestamp).toBe(Date.UTC(2025, 9, 23, 14, 32, 15));
    expect(line.level).toBe(level);
    expect(line.message).toBe('m');
    expect(line.fields).toEqual({});
  });

  it('reads pino/bunyan numeric levels and epoch-ms times', () => {
    expect(
      parse('{"level":50,"time":1761229935123,"pid":7,"hostname":"h","name":"api","msg":"boom"}'),
    ).toEqual({
      format: 'json',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15, 123),
      timestampText: '1761229935123',
      level: 'ERROR',
      message: 'boom',
      logger: 'api',
      host: 'h',
      fields: { pid: 7 },
      parseFailed: false,
    });
  });

  it('reads ECS nested keys and keeps what is left of the nested objects', () => {
    const line = parse(
      '{"@timestamp":"2025-10-23T14:32:15Z","log":{"level":"error","logger":"db","origin":"x.ts"},"service":{"name":"orders"},"message":"m"}',
    );
    expect(line.level).toBe('ERROR');
    expect(line.logger).toBe('db');
    expect(line.service).toBe('orders');
    expect(line.fields).toEqual({ log: { origin: 'x.ts' } });
  });

  it('takes the most specific key when several spell the same thing', () => {
    const line = parse(
      '{"time":"2025-10-23T14:32:15Z","@timestamp":"2024-01-01T00:00:00Z","msg":"a","message":"b"}',
    );
    expect(line.timestamp).toBe(Date.UTC(2024, 0, 1));
    expect(line.message).toBe('a');
    expect(line.fields).toEqual({ time: '2025-10-23T14:32:15Z', message: 'b' });
  });

  it('keeps the event when its timestamp cannot be read, and says why', () => {
    const line = parse('{"time":"last tuesday","level":"info","msg":"m"}');
    expect(line).toMatchObject({ format: 'json', timestampText: 'last tuesday', parseFailed: false });
    expect(line.timestamp).toBeUndefined();
    expect(line.parseError).toBe('unparseable timestamp: last tuesday');
  });

  it('keeps an unknown level spelling as a field, under its own key', () => {
    const line = parse('{"level":"loud","msg":"m"}');
    expect(line.level).toBeUndefined();
    expect(line.fields).toEqual({ level: 'loud' });
    expect(parse('{"severity":"DEFAULT","msg":"m"}').fields).toEqual({ severity: 'DEFAULT' });
  });

  it("reads Docker's json-file lines without their trailing newline", () => {
    expect(parse('{"log":"hello\\n","stream":"stdout","time":"2025-10-23T14:32:15.123456789Z"}')).toEqual({
      format: 'json',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15, 123),
      timestampText: '2025-10-23T14:32:15.123456789Z',
      message: 'hello',
      fields: { stream: 'stdout' },
      parseFailed: false,
    });
  });

  it('leaves the message empty when the object has none (all is in fields)', () => {
    expect(parse('{"a":1,"b":[1,2]}')).toEqual({
      format: 'json',
      message: '',
      fields: { a: 1, b: [1, 2] },
      parseFailed: false,
    });
  });

  it('takes no number, boolean or array for a message, logger, service or host; an object message is its JSON text', () => {
    const line = parse('{"msg":{"nested":true},"host":{"name":"h"}}');
    expect(line.message).toBe('{"nested":true}');
    expect(line.host).toBe('h');
    expect(line.fields).toEqual({});
    const other = parse('{"msg":[1],"logger":7,"service":true,"host":{"name":"h"}}');
    expect(other.message).toBe('');
    expect(other.fields).toEqual({ msg: [1], logger: 7, service: true });
  });

  it('reads JSON nested exactly to the depth limit, and keeps one level deeper as text', () => {
    const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(parse(nested(MAX_JSON_DEPTH)).format).toBe('json');
    const deeper = parse(nested(MAX_JSON_DEPTH + 1));
    expect(deeper).toMatchObject({ format: 'plain', parseFailed: true });
    expect(deeper.parseError).toContain(`nested deeper than ${MAX_JSON_DEPTH}`);
    // Brackets inside strings do not nest, however many; mixed objects and arrays do.
    expect(parse(`{"msg":"${'{['.repeat(50)}"}`).message).toBe('{['.repeat(50));
    const mixed = `${'{"a":['.repeat(11)}1${']}'.repeat(11)}`;
    expect(parse(mixed).format).toBe('plain');
  });

  it.each([['{"a":'], ['{not json}'], ['{"a":1}}']])('flags broken JSON %s as plain', (raw) => {
    expect(parse(raw)).toEqual({
      format: 'plain',
      message: raw,
      fields: {},
      parseFailed: true,
      parseError: 'invalid JSON object',
    });
  });

  it('reads role keys in any letter case (.NET JSON console: LogLevel, Message, Timestamp, Category)', () => {
    const line = parse(
      '{"Timestamp":"2025-10-23T14:32:15Z","EventId":3,"LogLevel":"Critical","Category":"Shop.Api","Message":"m"}',
    );
    expect(line.timestamp).toBe(Date.UTC(2025, 9, 23, 14, 32, 15));
    expect(line.level).toBe('FATAL');
    expect(line.logger).toBe('Shop.Api');
    expect(line.message).toBe('m');
    expect(line.fields).toEqual({ EventId: 3 });
  });

  it("reads MongoDB's `s` and Extended JSON `t.$date`, last in rank after the usual keys", () => {
    const line = parse('{"t":{"$date":"2025-10-23T14:32:15.123+00:00"},"s":"W","c":"CONTROL","msg":"m"}');
    expect(line.timestamp).toBe(Date.UTC(2025, 9, 23, 14, 32, 15, 123));
    expect(line.level).toBe('WARN');
    expect(line.fields).toEqual({ c: 'CONTROL' });
    const both = parse('{"time":"2025-10-23T14:32:15Z","t":"x","level":"info","s":"E","msg":"m"}');
    expect(both.level).toBe('INFO');
    expect(both.timestamp).toBe(Date.UTC(2025, 9, 23, 14, 32, 15));
    expect(both.fields).toEqual({ t: 'x', s: 'E' });
  });

  it("reads zap's development keys (T, L, N, C, M, S) only as a set: L and M, with T a time", () => {
    // uber-go/zap's NewDevelopmentEncoderConfig with the JSON encoder (ChartMuseum and other Go programs).
    const line = parse(
      '{"L":"WARN","T":"2026-11-28T21:20:41.610Z","N":"server","C":"chartmuseum/server.go:88","M":"served","S":"main.run\\n\\tmain.go:12","port":8080}',
    );
    expect(line.level).toBe('WARN');
    expect(line.timestamp).toBe(Date.UTC(2026, 10, 28, 21, 20, 41, 610));
    expect(line.message).toBe('served');
    expect(line.logger).toBe('server');
    expect(line.fields).toEqual({
      caller: 'chartmuseum/server.go:88',
      S: 'main.run\n\tmain.go:12',
      port: 8080,
    });
    const bare = parse('{"L":"INFO","M":"Starting ChartMuseum","host":"0.0.0.0"}');
    expect(bare.level).toBe('INFO');
    expect(bare.message).toBe('Starting ChartMuseum');
    expect(bare.host).toBe('0.0.0.0');
    // Keys of the line's own (zap.String fields) keep theirs: `N` and `C` then stay fields.
    const own = parse('{"L":"INFO","M":"m","N":"n","C":"a.go:1","component":"db","caller":"b.go:2"}');
    expect(own.logger).toBe('db');
    expect(own.fields).toEqual({ N: 'n', C: 'a.go:1', caller: 'b.go:2' });
  });

  it('reads no single-letter key alone, nor the set beside a longer key for the same role', () => {
    const metrics = parse('{"m":5,"t":3}');
    expect(metrics.message).toBe('');
    expect(metrics.fields).toEqual({ m: 5 });
    expect(parse('{"s":"x"}').level).toBeUndefined();
    for (const text of [
      '{"M":"text"}',
      '{"L":"INFO"}',
      '{"l":"info","m":"text"}',
      '{"N":"x","C":"a.go:1","M":"text"}',
      '{"L":"sometimes","M":"text"}',
      '{"L":"INFO","M":5}',
      '{"L":"INFO","T":"yesterday","M":"text"}',
      '{"L":"INFO","T":{"zone":"UTC"},"M":"text"}',
    ]) {
      const line = parse(text);
      expect(line.message, text).toBe('');
      expect(line.level, text).toBeUndefined();
      expect(line.logger, text).toBeUndefined();
      expect(line.fields.caller, text).toBeUndefined();
    }
    const longer = parse('{"level":"debug","msg":"real","L":"ERROR","M":"other","N":"n","C":"a.go:1"}');
    expect(longer.level).toBe('DEBUG');
    expect(longer.message).toBe('real');
    expect(longer.logger).toBeUndefined();
    expect(longer.fields).toEqual({ L: 'ERROR', M: 'other', N: 'n', C: 'a.go:1' });
    const time = parse('{"time":"2025-10-23T14:32:15Z","T":"2026-11-28T21:20:41Z","L":"INFO","M":"text"}');
    expect(time.level).toBeUndefined();
    expect(time.message).toBe('');
    // MongoDB's lower-case `s`/`t`/`c` with `msg` read as before.
    const mongo = parse('{"t":{"$date":"2025-10-23T14:32:15.123+00:00"},"s":"I","c":"NETWORK","msg":"m"}');
    expect(mongo.level).toBe('INFO');
    expect(mongo.fields).toEqual({ c: 'NETWORK' });
  });

  it('reads `$date` as epoch ms or $numberLong, and protobuf `{seconds, nanos}`', () => {
    const ms = Date.UTC(2025, 9, 23, 14, 32, 15, 500);
    expect(parse(`{"t":{"$date":${ms}},"msg":"m"}`).timestamp).toBe(ms);
    expect(parse(`{"t":{"$date":{"$numberLong":"${ms}"}},"msg":"m"}`).timestamp).toBe(ms);
    const gcp = parse(
      `{"severity":"NOTICE","timestamp":{"seconds":${(ms - 500) / 1000},"nanos":500000000},"message":"m"}`,
    );
    expect(gcp.timestamp).toBe(ms);
    expect(gcp.level).toBe('NOTICE');
    // An object that is not a time stays a field.
    expect(parse('{"time":{"zone":"UTC"},"msg":"m"}').fields).toEqual({ time: { zone: 'UTC' } });
  });

  describe("log4j 2's JsonLayout time", () => {
    const ms = Date.UTC(2026, 10, 29, 14, 30, 5, 662);
    const instant = `{"epochSecond":${(ms - 662) / 1000},"nanoOfSecond":662481000}`;

    it('reads `instant` (2.11+) to the millisecond, with the layout’s level, logger and message', () => {
      const line = parse(
        `{"instant":${instant},"thread":"main","level":"WARN","loggerName":"com.example.Mesh","message":"starting","endOfBatch":false,"threadId":1}`,
      );
      expect(line.timestamp).toBe(ms);
      expect(line.level).toBe('WARN');
      expect(line.logger).toBe('com.example.Mesh');
      expect(line.message).toBe('starting');
      expect(line.fields).toEqual({ thread: 'main', endOfBatch: false, threadId: 1 });
    });

    it('reads `timeMillis` (before 2.11) beside the layout’s thread, level and logger', () => {
      const line = parse(
        `{"timeMillis":${ms},"thread":"main","level":"INFO","loggerName":"com.example.Mesh","message":"m"}`,
      );
      expect(line.timestamp).toBe(ms);
      expect(line.fields).toEqual({ thread: 'main' });
    });

    it('leaves a `timeMillis` without the layout’s keys, or too small for an epoch, as a field', () => {
      expect(parse(`{"timeMillis":${ms},"level":"INFO","message":"m"}`).timestamp).toBeUndefined();
      const duration = parse(
        '{"timeMillis":250,"thread":"main","level":"INFO","loggerName":"a.B","message":"took"}',
      );
      expect(duration.timestamp).toBeUndefined();
      expect(duration.fields.timeMillis).toBe(250);
    });

    it('leaves an `instant` that is not exactly epoch seconds and nanoseconds as a field', () => {
      for (const value of [
        `{"epochSecond":${(ms - 662) / 1000},"nanoOfSecond":662481000,"zone":"UTC"}`,
        '{"epochSecond":3,"nanoOfSecond":0}',
        `{"epochSecond":${(ms - 662) / 1000},"nanoOfSecond":1000000000}`,
        `{"epochSecond":"${(ms - 662) / 1000}","nanoOfSecond":0}`,
      ]) {
        const line = parse(`{"instant":${value},"level":"INFO","message":"m"}`);
        expect(line.timestamp, value).toBeUndefined();
        expect(line.fields.instant, value).toEqual(JSON.parse(value));
      }
    });

    it('yields to any logger time key beside it', () => {
      const line = parse(
        `{"@timestamp":"2026-01-01T00:00:00Z","instant":${instant},"level":"INFO","message":"m"}`,
      );
      expect(line.timestamp).toBe(Date.UTC(2026, 0, 1));
      expect(line.fields.instant).toEqual(JSON.parse(instant));
    });
  });
});

/*
 * Hostile keys: `JSON.parse` keeps a `__proto__` key as the object's own, but assigning it to a plain
 * object sets that object's prototype instead: the value would vanish from the line's fields and its
 * keys be read through them (a forged `trace_id`). Every JSON reader's copy keeps it as a field.
 */
describe('a `__proto__` key in a JSON line', () => {
  it('stays a field of its own, and lends the fields none of its keys', () => {
    const line = parse(
      '{"level":"info","msg":"x","__proto__":{"trace_id":"0123456789abcdef0123456789abcdef"},"ctx":{"__proto__":{"a":1},"b":2}}',
    );
    expect(Object.getPrototypeOf(line.fields)).toBe(Object.prototype);
    expect(Object.hasOwn(line.fields, '__proto__')).toBe(true);
    expect(line.fields.trace_id).toBeUndefined();
    expect(JSON.stringify(line.fields)).toBe(
      '{"__proto__":{"trace_id":"0123456789abcdef0123456789abcdef"},"ctx":{"__proto__":{"a":1},"b":2}}',
    );
  });

  it('stays a field of a nested role object once its role keys are taken', () => {
    const line = parse('{"log":{"level":"warn","__proto__":{"a":1}},"message":"x"}');
    expect(line.level).toBe('WARN');
    expect(JSON.stringify(line.fields)).toBe('{"log":{"__proto__":{"a":1}}}');
  });
});
