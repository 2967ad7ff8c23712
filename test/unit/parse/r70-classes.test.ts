/**
 * Classes of issue #14's round r70 (dev132, dev120). The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: a one-letter event type padded to a fixed-width column after a thread id and a name cut to
 * 13 (WebSphere traditional's SystemOut.log and Liberty's trace.log `BASIC`, messages.log `TBASIC`:
 * `I` info, `A` audit, `W` warning, `E` error, `F` fatal). Learned at any sample size: a letter padded
 * by two spaces or more is no letter of prose, so the column is not taken for a label.
 */
describe('a level letter padded to a fixed-width column after a name column', () => {
  const texts = [
    ['FrameworkMana', 'A', 'CWWKE0001I: The server app has been launched.'],
    ['ServletConfig', 'I', 'Initializing server, default configuration at /opt/app/config.json'],
    ['ServletConfig', 'I', 'Datasource default configured for PostgreSQL at db01:5432/appdb'],
    ['AppMessageHel', 'A', 'CWWKZ0001I: Application app-webapp started in 9.812 seconds.'],
    ['RestServlet  ', 'I', 'Received request: method:[GET] uri:[/api/v4/Patient/17]'],
    ['RestServlet  ', 'I', 'Completed request[0.041 secs]: method:[GET] status:[200]'],
    ['RestServlet  ', 'W', 'Request took longer than expected'],
    ['RestServlet  ', 'I', 'Received request: method:[POST] uri:[/api/v4/Observation]'],
    ['PersistenceIm', 'E', 'Failed to store resource: connection reset'],
    ['RestServlet  ', 'I', 'Completed request[0.112 secs]: method:[POST] status:[201]'],
  ] as const;
  const lines = texts.map(
    ([name, letter, text], i) =>
      `[11/29/26, 9:41:${String(10 + i)}:118 UTC] 0000004${i} ${name} ${letter}   ${text}`,
  );

  it('reads the letter as the level and cuts the columns from a sample of 8 lines or more', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual(
      texts.map(([, letter]) => ({ A: 'INFO', I: 'INFO', W: 'WARN', E: 'ERROR' })[letter]),
    );
    expect(sample.map((line) => line.message)).toEqual(texts.map(([, , text]) => text));
    expect(sample[0]?.fields.header_columns).toBe('00000040 FrameworkMana');
  });

  it('keeps prose letters, initials and grades after a name column as text', () => {
    const prose = [
      'E wing closed for cleaning',
      'I think the build is fine',
      'W side gate open',
      'I will call back later',
      'A new version is out',
      'E block opens at noon',
      'I am here',
      'A cat sat on the mat',
      'I saw it at noon',
      'E deck is dry',
    ].map((text, i) => `2026-11-30 10:00:${String(10 + i)} visitor ${text}`);
    const initials = ['J', 'M', 'S', 'K', 'J', 'R', 'M', 'T', 'S', 'P'].map(
      (letter, i) => `2026-11-30 10:00:${String(10 + i)} badge-${i} ${letter}   Smith checked in`,
    );
    const grades = ['A', 'B', 'C', 'B', 'A', 'F', 'C', 'D', 'B', 'E', 'A', 'C'].map(
      (letter, i) => `2026-11-30 10:00:${String(10 + i)} student${i} ${letter}   final exam graded`,
    );
    for (const source of [prose, initials, grades]) {
      const { sample } = readSource(source, receivedAt);
      expect(sample.map((line) => line.level)).toEqual(source.map(() => undefined));
    }
  });
});

/*
 * CLASS: a JSON record whose message key holds an object (winston 3's `logger.error(obj)` wrapped as
 * `{ message: obj }`, logform's `json` format writing it compact through safe-stable-stringify; a
 * record logged under `msg`): the message is the object's JSON text as written, and the object leaves
 * `fields`.
 */
describe('a JSON message key holding an object', () => {
  it.each([
    [
      '{"level":"error","message":{"issue":[{"code":"processing","severity":"error"}],"resourceType":"OperationOutcome"}}',
      'ERROR',
      '{"issue":[{"code":"processing","severity":"error"}],"resourceType":"OperationOutcome"}',
    ],
    [
      '{"msg":{"event":"deviceState","valid":true},"level":"info"}',
      'INFO',
      '{"event":"deviceState","valid":true}',
    ],
  ])('%s', (raw, level, message) => {
    const line = parse(raw);
    expect(line).toMatchObject({ level, message });
    expect(line.fields).toEqual({});
  });

  it("keeps the object's text as the line writes it (Python's `json.dumps` spacing)", () => {
    const line = parse(
      '{"level": "INFO", "msg": {"event": "deviceState", "valid": true}, "name": "swaglog"}',
    );
    expect(line.message).toBe('{"event": "deviceState", "valid": true}');
    expect(line.fields.msg).toBeUndefined();
  });

  it('keeps a text message over an object under another message key', () => {
    const line = parse('{"msg":"stored","message":{"id":7},"level":"info"}');
    expect(line.message).toBe('stored');
    expect(line.fields).toEqual({ message: { id: 7 } });
  });

  it('takes the object a key written twice holds last, as JSON.parse does (review61)', () => {
    const line = parse('{"level":"info","message":{"id":1},"message":{"id": 2}}');
    expect(line.message).toBe('{"id": 2}');
  });

  it.each([
    ['{"msg":42,"level":"info"}', 42],
    ['{"msg":true,"level":"info"}', true],
    ['{"msg":[1,2],"level":"info"}', [1, 2]],
  ])('leaves a number, a boolean or an array under the key a field: %s', (raw, kept) => {
    const line = parse(raw);
    expect(line.message).toBe('');
    expect(line.fields).toEqual({ msg: kept });
  });

  it('keeps an object nested deeper than the depth limit as text, without throwing', () => {
    const raw = `{"level":"info","message":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`;
    const line = parse(raw);
    expect(line.message).toBe(raw);
    expect(line.parseFailed).toBe(true);
  });
});
