import { describe, expect, test } from 'vitest';
import {
  collectMatches,
  counterKey,
  documentMatches,
  minuteOf,
  RuleMatchCollector,
  ruleFingerprint,
  spikeDetected,
  thresholdReached,
} from '#core/alerting/evaluate.ts';
import { validateRule } from '#core/alerting/rules.ts';
import { doc, T0 } from './fixtures.ts';

describe('documentMatches', () => {
  test('every condition must hold', () => {
    const match = {
      minLevel: 'WARN',
      service: 'payment-service',
      contains: 'declined',
      regex: 'order_\\d+',
      fields: { status: '502' },
    } as const;
    const good = doc({ message: 'Card declined for order_42', fields: { status: 502 } });
    expect(documentMatches(match, good)).toBe(true);
    expect(documentMatches(match, { ...good, level: 'INFO' })).toBe(false);
    expect(documentMatches(match, { ...good, level: undefined } as never)).toBe(false);
    expect(documentMatches(match, { ...good, service: 'other' })).toBe(false);
    expect(documentMatches(match, { ...good, message: 'Card declined' })).toBe(false);
    expect(documentMatches(match, { ...good, fields: { status: 200 } })).toBe(false);
  });
});

describe('rule regexes', () => {
  test('a pattern that backtracks catastrophically in JavaScript is matched in linear time', () => {
    // With RegExp, 33 characters took 153 ms and each one more about 1.6 times as long.
    const rule = validateRule({ id: 'redos', match: { regex: '^(a|aa)+$' } });
    expect(documentMatches(rule.match, doc({ message: `${'a'.repeat(4000)}!` }))).toBe(false);
    expect(documentMatches(rule.match, doc({ message: 'a'.repeat(4000) }))).toBe(true);
  });

  test('a regex sees the first 4,096 characters of a message', () => {
    const match = { regex: 'needle' };
    expect(documentMatches(match, doc({ message: `${'x'.repeat(4090)}needle` }))).toBe(true);
    expect(documentMatches(match, doc({ message: `${'x'.repeat(4091)}needle` }))).toBe(false);
  });

  test('fingerprints and counter keys of a kilobytes-long group stay within a DynamoDB sort key', () => {
    const service = 'é'.repeat(2048);
    const fingerprint = ruleFingerprint('default-error', service);
    expect(Buffer.byteLength(fingerprint)).toBeLessThanOrEqual(400);
    expect(fingerprint).not.toBe(ruleFingerprint('default-error', `${service}x`));
    expect(Buffer.byteLength(counterKey('default-error', service))).toBeLessThanOrEqual(400);
  });
});

describe('collectMatches', () => {
  test('groups by fingerprint with a count and at most five samples', () => {
    const rules = [validateRule({ id: 'default-error', name: 'ERROR', match: { minLevel: 'ERROR' } })];
    const docs = [
      ...Array.from({ length: 1000 }, () => doc()),
      doc({ service: 'search' }),
      doc({ level: 'INFO', service: 'quiet' }),
    ];
    const matches = collectMatches(rules, docs);
    expect(matches.map((m) => [m.fingerprint, m.count, m.samples.length])).toEqual([
      ['rule:default-error:payment-service', 1000, 5],
      ['rule:default-error:search', 1, 1],
    ]);
    expect(matches[0]?.labels).toEqual({
      ruleId: 'default-error',
      service: 'payment-service',
      level: 'ERROR',
    });
  });

  test('skips disabled and absence rules', () => {
    const rules = [
      validateRule({ id: 'off', enabled: false }),
      validateRule({ id: 'gone', match: { service: 'x' }, condition: { kind: 'absence', windowMinutes: 5 } }),
    ];
    expect(collectMatches(rules, [doc({ service: 'x' })])).toEqual([]);
  });

  test('a collector fed group by group matches the whole batch at once', () => {
    const rules = [validateRule({ id: 'default-error', name: 'ERROR', match: { minLevel: 'ERROR' } })];
    const docs = Array.from({ length: 12 }, (_, i) => doc({ service: `s${i % 3}`, message: `m${i}` }));
    const collector = new RuleMatchCollector(rules);
    for (let i = 0; i < docs.length; i += 5) collector.add(docs.slice(i, i + 5));
    expect(collector.matches()).toEqual(collectMatches(rules, docs));
  });
});

describe('counting windows', () => {
  const now = minuteOf(T0);
  test('threshold: N matches within W minutes', () => {
    const buckets = new Map([
      [now - 5, 100],
      [now - 4, 3],
      [now, 2],
    ]);
    expect(thresholdReached({ count: 5, windowMinutes: 5 }, buckets, now)).toBe(5);
    expect(thresholdReached({ count: 6, windowMinutes: 5 }, buckets, now)).toBeUndefined();
  });

  test('rate spike: this window against the average of the baseline windows', () => {
    const c = { windowMinutes: 1, baselineWindows: 4, factor: 3, minCount: 10 };
    const steady = new Map([
      [now - 4, 10],
      [now - 3, 10],
      [now - 2, 10],
      [now - 1, 10],
    ]);
    expect(spikeDetected(c, new Map([...steady, [now, 29]]), now)).toBeUndefined();
    expect(spikeDetected(c, new Map([...steady, [now, 30]]), now)).toBe(30);
    expect(spikeDetected(c, new Map([[now, 9]]), now)).toBeUndefined();
    expect(spikeDetected(c, new Map([[now, 10]]), now)).toBe(10);
  });
});
