/**
 * Text the header readers lost (loss31, the lines are invented):
 *
 * - A protocol's name in capitals before a colon (`HTTP: 503 from upstream`) is no level: `HTTP` in
 *   capitals names the protocol; npm's and winston's `http` level is written in lower case, and a
 *   JSON level field's value is read as before. Limits: only `HTTP`, only marked by a colon.
 * - What stands before a level read before the time, its text after the time (GLib's marked line,
 *   `(program:pid): domain-WARNING **: TIME: text`), is the line's, kept in `fields.header_columns`.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

describe('a protocol name before a colon', () => {
  it('reads no level and keeps the name in the message', () => {
    const line = parseLine('[06:13:00] HTTP: 503 from upstream');
    expect(line.level).toBeUndefined();
    expect(line.timestampText).toBe('06:13:00');
    expect(line.message).toBe('HTTP: 503 from upstream');
  });

  it('reads no level after a dated time nor opening a syslog message', () => {
    expect(parseLine('2026-11-27 08:46:28 HTTP: 503 from upstream')).toMatchObject({
      timestampText: '2026-11-27 08:46:28',
      level: undefined,
      message: 'HTTP: 503 from upstream',
    });
    expect(parseLine('Nov 27 08:46:28 web1 nginx: HTTP: 503 from upstream')).toMatchObject({
      service: 'nginx',
      level: undefined,
      message: 'HTTP: 503 from upstream',
    });
  });

  it('still reads real level words before a colon', () => {
    expect(parseLine('[06:13:00] INFO: 503 from upstream')).toMatchObject({
      level: 'INFO',
      message: '503 from upstream',
    });
    expect(parseLine('[06:13:00] WARNING: disk nearly full')).toMatchObject({
      level: 'WARN',
      message: 'disk nearly full',
    });
    expect(parseLine('{"level":"http","msg":"GET /"}').level).toBe('INFO');
    expect(parseLine('2026-11-27 08:46:28 http: GET / 200')).toMatchObject({
      level: 'INFO',
      message: 'GET / 200',
    });
    expect(parseLine('Nov 27 08:46:28 web1 nginx: error: upstream timed out').level).toBe('ERROR');
    expect(parseLine('2026-11-28T13:26:23.884Z [INF] HTTP:  #110: POST /_logging')).toMatchObject({
      level: 'INFO',
      message: 'HTTP:  #110: POST /_logging',
    });
  });
});

describe("GLib's marked line with its time", () => {
  it('keeps the program, pid and domain once', () => {
    const line = parseLine('(remote-viewer:2214): GSpice-WARNING **: 07:42:17.106: text here');
    expect(line).toMatchObject({ level: 'WARN', timestampText: '07:42:17.106', message: 'text here' });
    expect(line.fields.header_columns).toBe('(remote-viewer:2214): GSpice-');
    expect(JSON.stringify(line).split('remote-viewer').length).toBe(2);
  });

  it('reads a line with no program before the level as before', () => {
    const line = parseLine('GSpice-WARNING **: 07:42:17.106: text here');
    expect(line).toMatchObject({ level: 'WARN', message: 'text here' });
  });
});
