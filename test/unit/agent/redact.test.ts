import { describe, expect, it } from 'vitest';
import { createRedactor, luhnValid } from '#agent/pipeline/redact.ts';

describe('createRedactor', () => {
  it('is undefined without rules', () => {
    expect(createRedactor(undefined)).toBeUndefined();
    expect(
      createRedactor({ emails: false, cardNumbers: false, bearerTokens: false, patterns: [] }),
    ).toBeUndefined();
  });

  it('redacts emails, Luhn-valid card numbers, bearer tokens and custom patterns', () => {
    const redact = createRedactor({
      emails: true,
      cardNumbers: true,
      bearerTokens: true,
      patterns: [{ pattern: /ssn=\d+/g, replacement: 'ssn=***' }],
    });
    expect(
      redact?.(
        'user bob@example.com paid with 4111 1111 1111 1111 order 1234567890123 Authorization: Bearer abc.def-123 ssn=123',
      ),
    ).toBe('user [EMAIL] paid with [CARD] order 1234567890123 Authorization: Bearer [TOKEN] ssn=***');
  });

  it('checks Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
});

describe('redaction of hidden and encoded forms', () => {
  const redact = createRedactor({ emails: true, cardNumbers: true, bearerTokens: true, patterns: [] });
  const r = (text: string) => redact?.(text);

  it('finds a card number next to other digits, letters, underscores and percent-escapes', () => {
    expect(r('2024-01-15 4111111111111111')).toBe('2024-01-15 [CARD]');
    expect(r('ref 12 4111 1111 1111 1111')).toBe('ref 12 [CARD]');
    expect(r('x_4111111111111111')).toBe('x_[CARD]');
    expect(r('token%3D4111111111111111')).toBe('token%3D[CARD]');
    expect(r('cc=%204111%201111%201111%201111&x=1')).toBe('cc=%20[CARD]&x=1');
    expect(r('a 4111-1111-1111-1111 b 5500 0000 0000 0004.')).toBe('a [CARD] b [CARD].');
  });

  it('never cuts a card out of a longer run of digits, and leaves Luhn-invalid numbers alone', () => {
    expect(r('id 41111111111111110000')).toBe('id 41111111111111110000');
    expect(r('order 4111111111111112 at 2024-01-15 10:23:45.123')).toBe(
      'order 4111111111111112 at 2024-01-15 10:23:45.123',
    );
    expect(r('epoch 1700000000000 took 12 ms')).toBe('epoch 1700000000000 took 12 ms');
  });

  it('finds percent-encoded emails and bearer tokens', () => {
    expect(r('GET /invite?to=user%40example.com&x=1')).toBe('GET /invite?to=[EMAIL]&x=1');
    expect(r('from bob@example.com')).toBe('from [EMAIL]');
    expect(r('h=Authorization%3A%20Bearer%20abc.def')).toBe('h=Authorization%3A%20Bearer%20[TOKEN]');
  });

  it('stays linear on long runs without a match', () => {
    const long = 'a'.repeat(200_000);
    expect(r(long)).toBe(long);
    const digits = '1 '.repeat(100_000);
    expect(r(digits)).toBe(digits);
  });
});
