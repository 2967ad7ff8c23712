import { describe, expect, it } from 'vitest';
import { type CustomPattern, compileCustomPattern, parseLine } from '../../../core/parse/index.ts';

function compiled(spec: Parameters<typeof compileCustomPattern>[0]): CustomPattern {
  const result = compileCustomPattern(spec);
  if (!result.ok) throw new Error(result.error.message);
  return result.pattern;
}

describe('compileCustomPattern', () => {
  it('compiles a pattern and lists the groups that become fields', () => {
    const result = compileCustomPattern({
      name: 'billing',
      regex: '^(?<timestamp>\\S+ \\S+) \\| (?<level>\\w+) \\| (?<user>\\w+) \\| (?<message>.*)$',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pattern.format).toBe('custom:billing');
      expect(result.pattern.fieldGroups).toEqual(['user']);
    }
  });

  it.each([
    [
      { name: '', regex: '(?<message>.*)' },
      'name',
      'name: expected 1–64 letters, digits, "_", "-" or ".", received ""',
    ],
    [
      { name: 'a b', regex: '(?<message>.*)' },
      'name',
      'name: expected 1–64 letters, digits, "_", "-" or ".", received "a b"',
    ],
    [
      { name: 'x', regex: 42 },
      'regex',
      'regex: expected a non-empty regular expression string, received number',
    ],
    [
      { name: 'x', regex: '(.*)' },
      'regex',
      'regex: expected at least one named group such as (?<message>.*), received "(.*)"',
    ],
    [
      { name: 'x', regex: '(?<message>.*)', flags: 'g' },
      'flags',
      'flags: expected distinct letters among "i", "m", "s", "u" (no "g" or "y": they make matching stateful), received "g"',
    ],
    [
      { name: 'x', regex: '(?<message>.*)', zone: 'Mars/Base' },
      'zone',
      'zone: expected an IANA time zone such as "Europe/Paris" or "UTC", received "Mars/Base"',
    ],
  ])('refuses %j naming the field', (spec, field, message) => {
    const result = compileCustomPattern(spec);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ field, message }) });
  });

  it('explains an invalid regular expression', () => {
    const result = compileCustomPattern({ name: 'x', regex: '(?<message>.*' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe('regex');
      expect(result.error.message).toMatch(
        /^regex: expected a valid JavaScript regular expression \(.+\), received "\(\?<message>\.\*"$/,
      );
    }
  });

  it('never throws on nonsense', () => {
    expect(compileCustomPattern(null as never).ok).toBe(false);
    expect(compileCustomPattern({} as never).ok).toBe(false);
  });
});

describe('custom patterns in parseLine', () => {
  const billing = compiled({
    name: 'billing',
    regex: '^(?<timestamp>\\S+ \\S+) \\| (?<level>\\w+) \\| (?<user>\\w+) \\| (?<message>.*)$',
    zone: 'Europe/Paris',
  });

  it('fills the event from named groups, in the pattern zone', () => {
    expect(parseLine('2025-07-01 12:00:00 | warning | alice | card declined', { custom: billing })).toEqual({
      format: 'custom:billing',
      timestamp: Date.UTC(2025, 6, 1, 10),
      timestampText: '2025-07-01 12:00:00',
      level: 'WARN',
      message: 'card declined',
      fields: { user: 'alice' },
      parseFailed: false,
    });
  });

  it('flags a line the pattern does not match, naming the pattern', () => {
    expect(parseLine('{"msg":"json"}', { custom: billing })).toEqual({
      format: 'plain',
      message: '{"msg":"json"}',
      fields: {},
      parseFailed: true,
      parseError: 'does not match format custom:billing',
    });
  });

  it('keeps the event when the captured timestamp is unreadable, and an unknown level as a field', () => {
    const line = parseLine('soon now | LOUD | bob | m', { custom: billing });
    expect(line).toMatchObject({
      format: 'custom:billing',
      parseError: 'unparseable timestamp: soon now',
      fields: { user: 'bob', level: 'LOUD' },
    });
    expect(line.timestamp).toBeUndefined();
  });

  it('uses the whole line as message when there is no message group', () => {
    const status = compiled({ name: 'status', regex: 'status=(?<code>\\d+)' });
    expect(parseLine('GET / status=500', { custom: status })).toMatchObject({
      message: 'GET / status=500',
      fields: { code: '500' },
    });
  });
});
