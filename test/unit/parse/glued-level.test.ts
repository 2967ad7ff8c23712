/**
 * A level word glued by hyphens between a name and the text, learned per source
 * (`core/parse/glued-level.ts`): bctoolbox's `domain-level-text`, the Belledonne stack's default log
 * line (flexisip, belle-sip, oRTP). The class: on at least 80 % of the sample's messages (8 or more)
 * a part of lower-case letters between hyphens in the run opening the message, the words a level
 * column's by `provenColumnWord` (at most 6, two levels spelled, the commonest one no spelling, read
 * INFO). Limits: a sample with one level beside `message` learns nothing. The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);
const second = (n: number) => String(n % 60).padStart(2, '0');
const at = (n: number) => `2026-11-28 07:42:${second(n)}:118`;

const domainOf = (n: number) => (n % 5 === 1 ? 'belle-sip' : n % 7 === 2 ? 'ortp' : 'sipd');
const wordOf = (n: number) => (n % 6 === 3 ? 'warning' : n % 10 === 7 ? 'error' : 'message');

describe('a level glued by hyphens between a name and the text', () => {
  it('reads bctoolbox’s `message` as INFO beside `warning` and `error`, the domain as the logger', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `${at(n)} ${domainOf(n)}-${wordOf(n)}-Call ${n} routed`,
    );
    const { sample, later } = readSource(lines, [
      `${at(40)} sipd-error-[REDIS] Connection lost`,
      `${at(41)} belle-sip-debug-Channel 4 ready`,
      `${at(42)} sipd-notice-Call 4 routed`,
    ]);
    const want = { message: 'INFO', warning: 'WARN', error: 'ERROR' } as Record<string, string>;
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => want[wordOf(n)]));
    expect(sample[1]).toMatchObject({ logger: 'belle-sip', message: 'Call 1 routed' });
    expect(later.map((p) => [p.level, p.message])).toEqual([
      ['ERROR', '[REDIS] Connection lost'],
      ['DEBUG', 'Channel 4 ready'],
      // A full level word the sample did not show is read as well.
      ['NOTICE', 'Call 4 routed'],
    ]);
  });
});

describe('a sample with blank lines', () => {
  it('counts its non-empty lines only, as the other learned readings do', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      n % 4 === 3 ? '' : `${at(n)} ${domainOf(n)}-${wordOf(n)}-Call ${n} routed`,
    );
    const { sample } = readSource(lines);
    expect(sample[1]).toMatchObject({ level: 'INFO', logger: 'belle-sip', message: 'Call 1 routed' });
  });
});

describe('hyphenated names stay text', () => {
  const levelsOf = (lines: readonly string[]) => readSource(lines).sample.map((p) => p.level);

  it('a hyphenated name in a few lines', () => {
    const lines = Array.from({ length: 32 }, (_, n) =>
      n % 6 === 0 ? `${at(n)} job-error-handler started` : `${at(n)} job ${n} started`,
    );
    expect(levelsOf(lines).every((l) => l === undefined)).toBe(true);
  });

  it('one level beside the product’s word: no column', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `${at(n)} sipd-${n % 8 === 3 ? 'error' : 'message'}-Call ${n}`,
    );
    expect(levelsOf(lines).filter((l) => l === 'INFO')).toEqual([]);
  });

  it('service names of many words: no column', () => {
    const parts = ['auth', 'billing', 'search', 'mailer', 'render', 'export', 'import'];
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `${at(n)} svc-${n % 9 === 4 ? 'error' : n % 9 === 5 ? 'warning' : parts[n % 7]}-api Started ${n}`,
    );
    const levels = levelsOf(lines);
    lines.forEach((_, n) => {
      if (n % 9 !== 4 && n % 9 !== 5) expect(levels[n]).toBeUndefined();
    });
  });
});

/**
 * Kebab-case event names opening the messages (`user-session-opened`, `user-info-updated`,
 * `user-error-reported`): their middle parts are a small set two of which spell levels, the
 * commonest none. A scale whose words spell INFO themselves (`info`) has no other word for its
 * ordinary lines, so the commonest is no INFO and the names stay text.
 */
describe('kebab-case event names whose parts spell `info` and `error`', () => {
  const eventOf = (n: number) =>
    n % 5 === 1 ? 'user-info-updated' : n % 7 === 2 ? 'user-error-reported' : 'user-session-opened';

  it('read no level and keep the whole message', () => {
    const lines = Array.from({ length: 32 }, (_, n) => `${at(n)} ${eventOf(n)} id=${n} ok`);
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(lines.map(() => undefined));
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `${eventOf(n)} id=${n} ok`));
  });
});
