import { describe, expect, test } from 'vitest';
import { compileServiceParsers, loggerLookup } from '#core/service-parsers.ts';

const receivedAt = Date.parse('2025-10-23T15:00:00Z');

describe('compileServiceParsers', () => {
  test('services without configuration are auto-detected in the default zone', () => {
    const parse = compileServiceParsers(undefined, 'Europe/Paris');
    expect(parse('2025-10-23 14:32:15 INFO [api] hello', 'anything', receivedAt)).toMatchObject({
      timestamp: Date.parse('2025-10-23T12:32:15Z'),
      level: 'INFO',
    });
  });

  test('a forced format, a zone of its own and a custom pattern per service', () => {
    const parse = compileServiceParsers({
      tokyo: { zone: 'Asia/Tokyo' },
      strict: { format: 'json' },
      billing: {
        custom: {
          name: 'billing',
          regex: '^(?<timestamp>\\S+ \\S+) (?<level>\\w+) invoice=(?<invoice>\\d+) (?<message>.*)$',
        },
      },
    });
    expect(parse('2025-10-23 14:32:15 INFO [api] hi', 'tokyo', receivedAt).timestamp).toBe(
      Date.parse('2025-10-23T05:32:15Z'),
    );
    expect(parse('2025-10-23 14:32:15 INFO [api] hi', 'strict', receivedAt)).toMatchObject({
      parseFailed: true,
      format: 'plain',
    });
    expect(parse('2025-10-23 14:32:15 ERROR invoice=42 refused', 'billing', receivedAt)).toMatchObject({
      format: 'custom:billing',
      level: 'ERROR',
      message: 'refused',
      fields: { invoice: '42' },
    });
  });

  test('a logger listed under loggers, or under a listed dotted name, names the service', () => {
    const parse = compileServiceParsers({
      monolith: { loggers: { 'payment-service': 'payments', 'com.example.billing': 'billing' } },
    });
    const at = '2025-10-23 14:32:15';
    expect(parse(`${at} ERROR [payment-service] card declined`, 'monolith', receivedAt)).toMatchObject({
      logger: 'payment-service',
      loggerService: 'payments',
    });
    expect(
      parse(`${at},123 WARN [main] com.example.billing.Invoice - late`, 'monolith', receivedAt).loggerService,
    ).toBe('billing');
    // Not listed, or another service's configuration: the logger stays a logger only.
    expect(parse(`${at} INFO [search-service] ok`, 'monolith', receivedAt).loggerService).toBeUndefined();
    expect(parse(`${at} INFO [payment-service] ok`, 'other', receivedAt).loggerService).toBeUndefined();
  });

  test('a service’s own level words count for that service only, where its lines carry their level', () => {
    const parse = compileServiceParsers({
      netatalk: { levels: { note: 'NOTICE', severe: 'ERROR', UNUSUAL: 'WARN' } },
      mysql: { format: 'level_bracket', levels: { Note: 'NOTICE' } },
    });
    const at = '2025-10-23 14:32:15';
    expect(parse(`${at} note afpd session closed`, 'netatalk', receivedAt)).toMatchObject({
      level: 'NOTICE',
      message: 'afpd session closed',
    });
    expect(parse(`${at} [Unusual] disk slow`, 'netatalk', receivedAt).level).toBe('WARN');
    expect(parse('{"level":"SEVERE","msg":"x"}', 'netatalk', receivedAt).level).toBe('ERROR');
    // In the text, or for another service, the word is a word.
    expect(parse(`${at} afpd wrote a note`, 'netatalk', receivedAt).level).toBeUndefined();
    expect(parse(`${at} note afpd session closed`, 'other', receivedAt).level).toBeUndefined();
    expect(parse(`${at} [Unusual] disk slow`, 'mysql', receivedAt).level).toBeUndefined();
    // A forced format reads its level place with the service's words too.
    expect(parse(`${at} [Note] InnoDB: ready`, 'mysql', receivedAt)).toMatchObject({
      format: 'level_bracket',
      level: 'NOTICE',
    });
  });

  test.each([
    [{ api: { format: 'yaml' } }, /^parsers\.api\.format: expected one of json, logfmt/],
    [{ api: { zone: 'Mars/Olympus' } }, /^parsers\.api\.zone: expected an IANA time zone/],
    [
      { api: { colour: 'red' } },
      /^parsers\.api\.colour: unknown key; expected format, custom, zone, levels or loggers$/,
    ],
    [{ api: { custom: { name: 'x', regex: '(' } } }, /^parsers\.api\.custom\.regex: /],
    [[], /^parsers: expected an object/],
    [
      { api: { loggers: ['payments'] } },
      /^parsers\.api\.loggers: expected an object of logger name → service name/,
    ],
    [{ api: { loggers: { '': 'x' } } }, /^parsers\.api\.loggers: a logger name is empty/],
    [
      { api: { loggers: { 'payment-service': 7 } } },
      /^parsers\.api\.loggers\.payment-service: expected the service to index this logger's lines under, a non-empty string of at most 128 characters, got 7/,
    ],
    [
      { netatalk: { levels: ['note'] } },
      /^parsers\.netatalk\.levels: expected an object of level word → one of TRACE, DEBUG, INFO, NOTICE, WARN, ERROR, FATAL, e\.g\. \{"note":"NOTICE"\}$/,
    ],
    [
      { netatalk: { levels: { note: 'NOTE' } } },
      /^parsers\.netatalk\.levels\.note: expected one of TRACE, DEBUG, INFO, NOTICE, WARN, ERROR, FATAL, got "NOTE"$/,
    ],
    [
      { netatalk: { levels: { note: 'notice' } } },
      /^parsers\.netatalk\.levels\.note: expected one of TRACE, .*, got "notice"$/,
    ],
    [
      { netatalk: { levels: { 'two words': 'INFO' } } },
      /^parsers\.netatalk\.levels\.two words: expected a word of 1 to 13 characters opening with a letter, of letters, digits, _, - and \. only, got "two words"$/,
    ],
    [{ netatalk: { levels: { '3': 'INFO' } } }, /^parsers\.netatalk\.levels\.3: expected a word of 1 to 13/],
    [
      { netatalk: { levels: { extraordinarily: 'INFO' } } },
      /^parsers\.netatalk\.levels\.extraordinarily: expected a word of 1 to 13/,
    ],
    [{ netatalk: { levels: { '': 'INFO' } } }, /^parsers\.netatalk\.levels\.: expected a word of 1 to 13/],
    [
      { netatalk: { levels: { note: 'NOTICE', NOTE: 'INFO' } } },
      /^parsers\.netatalk\.levels\.NOTE: expected each word once, in any case \(words are matched in any case\), got "NOTE" beside "note"$/,
    ],
    [
      { netatalk: { levels: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`w${i}`, 'INFO'])) } },
      /^parsers\.netatalk\.levels: expected at most 32 words, got 33$/,
    ],
  ])('bad configuration %j names the key', (config, message) => {
    expect(() => compileServiceParsers(config)).toThrow(message);
  });
});

describe('loggerLookup', () => {
  /** A map that counts the names looked up in it. */
  class CountingMap extends Map<string, string> {
    lookups = 0;
    override get(key: string): string | undefined {
      this.lookups++;
      return super.get(key);
    }
  }

  test('a logger name, else its dotted prefixes, longest first', () => {
    const lookup = loggerLookup(
      new Map([
        ['com.example.billing', 'billing'],
        ['payments', 'payments'],
      ]),
    );
    expect(lookup('com.example.billing.Invoice')).toBe('billing');
    expect(lookup('com.example.billing')).toBe('billing');
    expect(lookup('payments')).toBe('payments');
    expect(lookup('com.example.billingx')).toBeUndefined();
    expect(lookup('com.example')).toBeUndefined();
  });

  test('a huge dotted logger is looked up only by its prefixes no longer than the longest listed name', () => {
    const names = new CountingMap([['com.example.billing', 'billing']]);
    const lookup = loggerLookup(names);
    expect(lookup(`com.example.billing.${'a.'.repeat(50_000)}Invoice`)).toBe('billing');
    expect(names.lookups).toBe(1);
    names.lookups = 0;
    expect(lookup('x.'.repeat(50_000))).toBeUndefined();
    // Only the prefixes no longer than `com.example.billing` (19 characters): ten x's down to one.
    expect(names.lookups).toBe(10);
  });
});
