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
