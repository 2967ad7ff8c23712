/**
 * The Office for National Statistics' log.go JSON record (github.com/ONSdigital/log.go; the dp-*
 * services of its digital publishing estate; r83): its number under `severity` counts down from
 * FATAL (`log/severity.go`: 0 FATAL, 1 ERROR, 2 WARN, 3 INFO), read per line where the record signs
 * it: text `created_at`, `namespace` and `event`. Any other record keeps r56's reading: a small number
 * on a scale it does not name stays in `fields` (read alone), syslog's where it names syslog.
 *
 * The lines are invented, in the shape log.go's `EventData` writes.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';
import { onsSeverityLevel } from '../../../core/parse/levels.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/** log.go's severities by number (`log/severity.go`). */
const SCALE = ['FATAL', 'ERROR', 'WARN', 'INFO'];

/** log.go's record as `EventData` writes it, its severity as given. */
const onsEvent = (severity: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    created_at: '2026-11-25T08:01:06.7479Z',
    namespace: 'dp-frontend-router',
    event: 'proxy timeout',
    trace_id: '9f592ffc2a4ff2a88f9f544892f62da1',
    severity,
    data: { destination: 'http://babbage.example.org:8080/releasecalendar', timeout: '5s' },
    ...extra,
  });

describe("log.go's record: its 0–3 on its own scale, FATAL first", () => {
  it.each([
    [0, 'FATAL'],
    [1, 'ERROR'],
    [2, 'WARN'],
    [3, 'INFO'],
  ])('"severity":%s is %s, read alone', (n, level) => {
    const line = parse(onsEvent(n));
    expect(line).toMatchObject({ level, message: 'proxy timeout' });
    expect(line.fields).not.toHaveProperty('severity');
    expect(line.fields).toMatchObject({ namespace: 'dp-frontend-router' });
  });

  it("reads v3's record, its level word beside the number, and an error record's", () => {
    expect(parse(onsEvent(1, { level: 'ERROR', errors: [{ message: 'connection refused' }] })).level).toBe(
      'ERROR',
    );
  });

  it('reads a learned source of them line by line, its mostly-3 sample no syslog scale', () => {
    const severities = [3, 3, 3, 2, 3, 1, 3, 0];
    const lines = severities.map((n) => onsEvent(n));
    const parser = compileParser({});
    parser.learn('dp-frontend-router', lines, receivedAt);
    const levels = lines.map((raw) => parser(raw, receivedAt, 'dp-frontend-router').level);
    expect(levels).toEqual(severities.map((n) => SCALE[n]));
  });

  it('names no level off its scale', () => {
    expect([0, 1, 2, 3].map(onsSeverityLevel)).toEqual(SCALE);
    expect([4, -1, 2.5, 30].map(onsSeverityLevel)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('a record without the signature, or a number off the scale, reads as before (r56)', () => {
  it.each(['created_at', 'namespace', 'event'])('leaves the severity unread without `%s`', (key) => {
    const record = JSON.parse(onsEvent(2)) as Record<string, unknown>;
    delete record[key];
    const line = parse(JSON.stringify(record));
    expect(line.level).toBeUndefined();
    expect(line.fields.severity).toBe(2);
  });

  it('leaves a namespace that is not text unread', () => {
    expect(parse(onsEvent(2, { namespace: { name: 'dp' } })).level).toBeUndefined();
  });

  it('reads a number under `level` beside the signature as before: unread alone', () => {
    const raw = onsEvent(undefined, { level: 2 });
    expect(parse(raw).level).toBeUndefined();
    expect(parse(raw).fields.level).toBe(2);
  });

  it("reads a record that names syslog on syslog's scale, log.go's keys beside", () => {
    expect(parse(onsEvent(2, { facility: 'local3' })).level).toBe('FATAL');
  });

  it.each([
    [4, 4],
    [-1, -1],
    [2.5, 2.5],
    // log.go writes an int: digits are not its record's.
    ['2', '2'],
  ])('leaves "severity":%j of a signed record as before: no level alone, kept in fields', (given, kept) => {
    const line = parse(onsEvent(given));
    expect(line.level).toBeUndefined();
    expect(line.fields.severity).toBe(kept);
  });
});
