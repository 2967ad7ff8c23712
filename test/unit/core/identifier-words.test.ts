import { describe, expect, it } from 'vitest';
import { IDENTIFIER_WORDS_CHARS, identifierWords } from '../../../core/identifier-words.ts';

describe('identifierWords', () => {
  it('splits CamelCase identifiers where their case changes, acronyms kept whole', () => {
    expect(identifierWords('org.apache.kafka.common.network.InvalidReceiveException: Invalid receive')).toBe(
      'Invalid Receive Exception',
    );
    expect(identifierWords('HTTPServerError in getUserById')).toBe('HTTP Server Error get User By Id');
  });

  it('gives nothing for words that do not change case inside', () => {
    expect(identifierWords('connection refused by 10.0.0.1 (ERROR) Retry')).toBe('');
    expect(identifierWords('')).toBe('');
  });

  it('is bounded however long the message', () => {
    const words = identifierWords('FooBar '.repeat(100_000));
    expect(words.length).toBeLessThanOrEqual(IDENTIFIER_WORDS_CHARS);
    expect(words.startsWith('Foo Bar Foo Bar')).toBe(true);
  });
});
