import { describe, expect, test } from 'vitest';
import { PatternMiner } from '#core/patterns/miner.ts';
import { ServiceMiners } from '#core/patterns/service-miners.ts';

/** `i` in letters (masking leaves them alone, as it would not digits). */
const word = (i: number): string =>
  (i < 26 ? '' : word(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
/** Lines of ever-new kinds: every word differs, so each line is a pattern of its own. */
const newKind = (i: number) =>
  `kind${word(i)} alpha${word(i)} beta${word(i)} gamma${word(i)} delta${word(i)}`;

describe('ServiceMiners memory bound', () => {
  test('all miners together stay within maxBytes; the least recently used service goes first', () => {
    const miners = new ServiceMiners({ maxBytes: 200_000 });
    for (let s = 0; s < 40; s++) {
      for (let i = 0; i < 50; i++) {
        miners.mine(`svc-${s}`, newKind(i));
        expect(miners.footprint().bytes).toBeLessThanOrEqual(200_000);
      }
      // svc-0 is used again after every other service: it is never the least recently used.
      miners.touch(`svc-${s}`);
      miners.mine('svc-0', newKind(0));
      miners.touch('svc-0');
    }
    expect(miners.has('svc-0')).toBe(true);
    expect(miners.has('svc-39')).toBe(true);
    expect(miners.has('svc-1')).toBe(false);
    const footprint = miners.footprint();
    expect(footprint.services).toBeLessThan(40);
    expect(footprint.bytes).toBeGreaterThan(100_000);
  });

  test('one service flooding ever-new kinds gives back its own oldest patterns to stay within the bound', () => {
    const miners = new ServiceMiners({ maxBytes: 300_000 });
    for (let i = 0; i < 20_000; i++) miners.mine('flood', newKind(i));
    const footprint = miners.footprint();
    expect(footprint.bytes).toBeLessThanOrEqual(300_000);
    expect(footprint.patterns).toBeGreaterThan(100);
    // The newest kind is still known: mining it again is no new pattern.
    expect(miners.mine('flood', newKind(19_999)).change).toBe('none');
  });

  test('the running estimate is what the miner holds: evicted patterns give back their bytes and tree nodes', () => {
    const miner = new PatternMiner('svc', { maxPatterns: 100 });
    for (let i = 0; i < 5_000; i++) miner.mine(newKind(i));
    const footprint = miner.footprint();
    expect(footprint.patterns).toBeLessThanOrEqual(100);
    // Each pattern sits under at most three nodes of its own (token count, first and second token).
    expect(footprint.nodes).toBeLessThanOrEqual(3 * footprint.patterns + 1);
    // A miner that learns the same patterns holds the same estimate, recent texts aside.
    const copy = PatternMiner.fromState(miner.toState(), { maxPatterns: 100 });
    miner.shrinkTo(Number.POSITIVE_INFINITY);
    const recentFree = new PatternMiner('svc', { maxPatterns: 100 });
    for (const pattern of miner.toState().patterns)
      recentFree.learn(pattern.tokens, pattern.count, pattern.absorbed, pattern.path);
    expect(copy.footprint()).toEqual(recentFree.footprint());
    expect(miner.footprint().bytes).toBeGreaterThan(copy.footprint().bytes);
    miner.shrinkTo(copy.footprint().bytes);
    expect(miner.footprint()).toEqual(copy.footprint());
  });
});
