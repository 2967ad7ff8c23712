/**
 * Classes of round r84: a JSON record after a time stamp alone (Go's `log.Println` of a marshalled
 * record, as globocom's glbgelf prints its GELF messages). The lines are invented, not taken from any
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: Go's `log` stamp (`2006/01/02 15:04:05 `), then a JSON record the program marshalled
 * (glbgelf's `log.Println(string(jsonLog))` of a GELF 1.1 message): read as after a syslog header,
 * its `short_message` the text and its `level` a syslog severity. The stamp's time stays the
 * event's unless the record names its second finer.
 */
describe('a JSON record after a time stamp alone', () => {
  const gelf = (n: number, level: number, text: string, time = `${1795770841 + n}`) =>
    `2026/11/27 09:14:${String(1 + n).padStart(2, '0')} {"version":"1.1","host":"scan-api-1","short_message":"${text}","full_message":"${text}","timestamp":${time},"level":${level},"_app":"scan","_line":23}`;

  it('reads a GELF record after Go’s stamp: its text, its severity, its host', () => {
    expect(parse(gelf(0, 4, 'Invalid RID:  [..%2f]'))).toMatchObject({
      timestamp: Date.parse('2026-11-27T09:14:01Z'),
      level: 'WARN',
      message: 'Invalid RID:  [..%2f]',
      host: 'scan-api-1',
      fields: { timestamp: 1795770841, _app: 'scan', full_message: 'Invalid RID:  [..%2f]' },
    });
  });

  it('takes the record’s time only where it names the stamp’s second finer', () => {
    const line = parse(gelf(0, 3, 'Error pinging MongoDB', '1795770841.25'));
    expect(line).toMatchObject({ level: 'ERROR', timestamp: Date.parse('2026-11-27T09:14:01.250Z') });
    expect(line.fields.header_columns).toBe('2026/11/27 09:14:01');
    expect(parse(gelf(0, 6, 'x', '1795770900')).timestamp).toBe(Date.parse('2026-11-27T09:14:01Z'));
  });

  it('reads a syslog message’s record once: JSON text the program logged is no record (review69)', () => {
    // The syslog reader already carried the record; its `msg` is text a user may have written.
    for (const raw of [
      'Nov 28 10:00:00 host app: {"msg":"{\\"level\\":\\"fatal\\",\\"msg\\":\\"x\\"}"}',
      'Nov 28 10:00:00 host app: {"message":{"level":"fatal","msg":"x"}}',
    ])
      expect(parse(raw)).toMatchObject({ level: undefined, message: '{"level":"fatal","msg":"x"}' });
  });

  it('reads every line of a source so', () => {
    const { sample } = readSource(
      Array.from({ length: 12 }, (_, n) => gelf(n, n % 4 === 3 ? 3 : 6, `Analysis started:  [rid-${n}]`)),
      receivedAt,
    );
    expect(sample[3]).toMatchObject({ level: 'ERROR', message: 'Analysis started:  [rid-3]' });
    expect(sample[4]).toMatchObject({ level: 'INFO', message: 'Analysis started:  [rid-4]' });
  });

  it('keeps as text a record that names no level or message, a broken one, and one after a level', () => {
    expect(parse('2026/11/27 09:14:01 {"port":8080,"workers":4}').message).toBe('{"port":8080,"workers":4}');
    expect(parse('2026/11/27 09:14:01 {"level":"warn","msg":"x"').message).toBe('{"level":"warn","msg":"x"');
    expect(parse('2026/11/27 09:14:01 ERROR {"level":"info","msg":"x"}')).toMatchObject({
      level: 'ERROR',
      message: '{"level":"info","msg":"x"}',
    });
  });
});

/*
 * CLASS: a logger's record wrapped whole under another key of a line with no message key (log4js's
 * JSON layout around escriba's record, `"data":{…,"message","level"}`; Filebeat's `json` object):
 * the first object under a key naming no role that holds both a message key and a level key. Its
 * message is the line's (an object its JSON text as written), its level the line's where the line
 * names none; the rest stays under the wrapping key.
 */
describe('a logger’s record wrapped under another key', () => {
  it('reads the wrapped message, an object as its text as written, the rest under the key', () => {
    const line = parse(
      '{"time":"2026-11-26T13:05:01.214Z","level":"INFO","category":"default","data":{"service":"boleto","pid":1,"message":{"status":"started", "metadata":{"port":3000}},"level":"info","from":"server"}}',
    );
    expect(line).toMatchObject({
      level: 'INFO',
      logger: 'default',
      message: '{"status":"started", "metadata":{"port":3000}}',
      fields: { data: { service: 'boleto', pid: 1, level: 'info', from: 'server' } },
    });
  });

  it('takes its text message, and its level where the line names none', () => {
    expect(
      parse('{"@timestamp":"2026-11-26T13:05:01Z","json":{"level":"warn","msg":"disk at 91%"}}'),
    ).toMatchObject({
      level: 'WARN',
      message: 'disk at 91%',
      fields: {},
    });
  });

  it('leaves an object without a level key, one under a role key, and a line with its own message', () => {
    expect(
      parse('{"time":"2026-11-26T13:05:01Z","level":"error","error":{"message":"boom","code":3}}'),
    ).toMatchObject({
      message: '',
      fields: { error: { message: 'boom', code: 3 } },
    });
    expect(parse('{"msg":"stored","data":{"message":"inner","level":"debug"},"level":"info"}')).toMatchObject(
      {
        message: 'stored',
        fields: { data: { message: 'inner', level: 'debug' } },
      },
    );
    expect(parse('{"level":"info","data":{"message":[1,2],"level":"debug"}}').message).toBe('');
  });

  it('takes the best-ranked level key that names a level, and leaves a flat OTel record’s own (review69)', () => {
    const line = parse(
      '{"time":"2026-11-26T13:05:01Z","data":{"level":"bogus","severity":"error","message":"m"}}',
    );
    expect(line).toMatchObject({ level: 'ERROR', message: 'm', fields: { data: { level: 'bogus' } } });
    expect(line.fields.level).toBeUndefined();
    expect(
      parse(
        '{"time":"2026-11-26T13:05:01Z","body":"started","severity_text":"INFO","data":{"message":"m","level":"error"}}',
      ),
    ).toMatchObject({
      level: 'INFO',
      message: 'started',
      fields: { data: { message: 'm', level: 'error' } },
    });
  });

  it('keeps a record nested deeper than the depth limit as text, without throwing', () => {
    const raw = `{"level":"info","data":{"level":"info","message":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}}`;
    expect(parse(raw)).toMatchObject({ message: raw, parseFailed: true });
  });
});
