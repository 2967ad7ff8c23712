import { describe, expect, test } from 'vitest';
import { collectMatches } from '#core/alerting/evaluate.ts';
import { DEFAULT_RULES, validateRule } from '#core/alerting/rules.ts';
import { validateSilence } from '#core/alerting/silences.ts';
import { ValidationError } from '#core/validation-error.ts';
import { doc, T0 } from './fixtures.ts';

describe('validateRule', () => {
  test('fills defaults', () => {
    expect(validateRule({ id: 'errors', match: { minLevel: 'ERROR' } })).toEqual({
      id: 'errors',
      name: 'errors',
      enabled: true,
      match: { minLevel: 'ERROR' },
      condition: { kind: 'match' },
      groupBy: 'service',
      groupWaitSeconds: 30,
      repeatIntervalSeconds: 3600,
      resolveAfterSeconds: 300,
      channels: [],
    });
  });

  test.each([
    [{ id: 'Bad Id' }, 'id'],
    [{ id: 'r', match: { minLevel: 'LOUD' } }, 'match.minLevel'],
    [{ id: 'r', match: { regex: '(' } }, 'match.regex'],
    [{ id: 'r', match: { regex: '(?=a)b' } }, 'match.regex'],
    [{ id: 'r', match: { regex: '(a)\\1' } }, 'match.regex'],
    [{ id: 'r', match: { minLevel: 'ERROR', maxLevel: 'WARN' } }, 'match.maxLevel'],
    [{ id: 'r', condition: { kind: 'threshold', count: 0, windowMinutes: 5 } }, 'condition.count'],
    [{ id: 'r', condition: { kind: 'absence', windowMinutes: 5 } }, 'match.service'],
    [{ id: 'r', channels: [{ kind: 'email', to: ['a@b.c\r\nBcc: x@y.z'] }] }, 'channels[0].to[0]'],
    [{ id: 'r', channels: [{ kind: 'pager' }] }, 'channels[0].kind'],
  ])('rejects %j naming %s', (input, field) => {
    expect(() => validateRule(input)).toThrow(ValidationError);
    try {
      validateRule(input);
    } catch (error) {
      expect((error as ValidationError).field).toBe(field);
    }
  });

  test('the default set alerts on ERROR and FATAL, never both for one line', () => {
    expect(DEFAULT_RULES.map((r) => [r.id, r.match.minLevel, r.match.maxLevel])).toEqual([
      ['default-error', 'ERROR', 'ERROR'],
      ['default-fatal', 'FATAL', undefined],
    ]);
    const fatal = collectMatches(DEFAULT_RULES, [doc({ level: 'FATAL' }), doc({ level: 'ERROR' })]);
    expect(fatal.map((m) => [m.fingerprint, m.count])).toEqual([
      ['rule:default-error:payment-service', 1],
      ['rule:default-fatal:payment-service', 1],
    ]);
  });
});

describe('validateSilence', () => {
  test('requires an expiry in the future, at most 30 days away', () => {
    expect(() => validateSilence({ matchers: { service: 'a' } }, T0, 's1')).toThrow('endsAt: required');
    expect(() => validateSilence({ matchers: { service: 'a' }, endsAt: T0 - 1 }, T0, 's1')).toThrow('endsAt');
    expect(() =>
      validateSilence({ matchers: { service: 'a' }, endsAt: T0 + 31 * 86_400_000 }, T0, 's1'),
    ).toThrow('30 days');
    expect(() => validateSilence({ endsAt: T0 + 1000 }, T0, 's1')).toThrow('matchers');
    expect(
      validateSilence({ matchers: { service: 'a' }, endsAt: new Date(T0 + 60_000).toISOString() }, T0, 's1'),
    ).toEqual({
      id: 's1',
      matchers: { service: 'a' },
      startsAt: T0,
      endsAt: T0 + 60_000,
      createdBy: '',
      comment: '',
    });
  });
});
