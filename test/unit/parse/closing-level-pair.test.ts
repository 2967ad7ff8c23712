/**
 * A level pair a logging format writes after the message (r83): NHS integration adaptors'
 * `[%(asctime)sZ] %(message)s pid=%(process)d LogLevel=%(levelname)s LoggerName=%(name)s`, however
 * long the message, and the `LogLevel` / `logLevel` spellings of the level key (that format's,
 * Airflow's `%(asctime)s logLevel=%(levelname)s logger=%(name)s - %(message)s`). A pair is read in a
 * line's first 200 characters as before, or among the key=value pairs that close a longer line; a
 * level pair in the middle of a long line's text, or in a closing pair run cut by a word, is not.
 *
 * The lines are invented, in the shape those formats write.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

const ids =
  'RequestId=7FDAD686-2B40-41B7-8CEA-6B4A59591CBA CorrelationId=F4790732-EBED-426D-8299-DCE4213932DC';
/** The adaptors' line: message, its pairs, then the format's own pid, level and logger name. */
const adaptor = (text: string, level: string) =>
  `[2026-11-26T09:30:37.187178Z] ${text} ${ids} ProcessKey=OUTBOUND_TRANSMISSION002 pid=9 LogLevel=${level} LoggerName=OUTBOUND_TRANSMISSION`;
const longText =
  'Sending message with ID message_id=3FB9D06B-6538-442E-BC88-DCAF9C536A07 to url=https://msg.int.spine2.example.org/reliablemessaging/reliablerequest';

describe('a level pair closing a long line', () => {
  it.each([
    ['INFO', 'INFO'],
    ['WARNING', 'WARN'],
    ['ERROR', 'ERROR'],
    ['CRITICAL', 'FATAL'],
  ])('reads LogLevel=%s past the first 200 characters as %s, the message whole', (word, level) => {
    const raw = adaptor(longText, word);
    expect(raw.indexOf('LogLevel=')).toBeGreaterThan(200);
    const line = parse(raw);
    expect(line.level).toBe(level);
    expect(line.message).toContain(`LogLevel=${word} LoggerName=OUTBOUND_TRANSMISSION`);
  });

  it('reads a short line of the format, and `logLevel` opening a line', () => {
    expect(
      parse('[2026-11-26T09:30:04.118402Z] Configured logging pid=9 LogLevel=INFO LoggerName=STARTUP').level,
    ).toBe('INFO');
    expect(parse('2026-11-26 09:30:04,118 logLevel=WARNING logger=airflow.task - Task exited').level).toBe(
      'WARN',
    );
  });

  it('reads the pair behind a closing pair whose value is longer than 200 characters (review68)', () => {
    const raw = `2026-11-26T09:30:04Z ${longText} token=${'A'.repeat(240)} pid=9 LogLevel=WARNING LoggerName=X`;
    expect(parse(raw).level).toBe('WARN');
  });

  it('reads `level=` closing a long line too', () => {
    expect(parse(`2026-11-26T09:30:04Z ${longText} ${ids} level=error`).level).toBe('ERROR');
  });
});

describe('no level where the pair is not among the closing pairs', () => {
  it('reads no level from a pair in the middle of a long line', () => {
    const raw = `2026-11-26T09:30:04Z ${longText} ${ids} then set level=debug for the retry of the outbound message queue`;
    expect(raw.indexOf('level=')).toBeGreaterThan(200);
    expect(parse(raw).level).toBeUndefined();
  });

  it('reads no level from a pair farther back than six closing pairs', () => {
    const raw = `2026-11-26T09:30:04Z ${longText} ${ids} level=warn a=1 b=2 c=3 d=4 e=5 f=6`;
    expect(raw.indexOf('level=')).toBeGreaterThan(200);
    expect(parse(raw).level).toBeUndefined();
  });

  it('reads no level from a value that names none, or a key that is not a level key', () => {
    expect(parse(adaptor(longText, 'AUDIT')).level).toBeUndefined();
    expect(parse(`2026-11-26T09:30:04Z ${longText} ${ids} LOGLEVEL=ERROR`).level).toBeUndefined();
    expect(parse(`2026-11-26T09:30:04Z ${longText} ${ids} Loglevels=ERROR`).level).toBeUndefined();
  });

  it('reads no level from a URL query closing a long line', () => {
    expect(parse(`2026-11-26T09:30:04Z ${longText} ${ids} GET /logs?level=error`).level).toBeUndefined();
  });

  const head = `2026-11-26T09:30:04Z ${longText} ${ids}`;

  it('reads no level from a pair inside a closing quoted value, closed or left open (review68)', () => {
    expect(parse(`${head} msg="user set level=debug b=c"`).level).toBeUndefined();
    expect(parse(`${head} msg="user set level=debug`).level).toBeUndefined();
  });

  it("reads no level from a pair after a colon inside another pair's value (review68)", () => {
    expect(parse(`${head} path=/api:level=error`).level).toBeUndefined();
    expect(parse(`${head} url=https://h.example/x?y=1:level=error`).level).toBeUndefined();
  });
});
