/** The agreement tests the learned readings share (`core/parse/agreement.ts`). */
import { describe, expect, it } from 'vitest';
import { isAgreedUncontradicted } from '../../../core/parse/agreement.ts';

/** A line `y` holds the reading, `n` contradicts it, anything else does not write it. */
const verdict = (line: string) => (line === 'y' ? true : line === 'n' ? false : undefined);

describe('isAgreedUncontradicted', () => {
  it('agrees when enough non-empty lines hold the reading and none contradicts it', () => {
    expect(isAgreedUncontradicted(['y', 'y', 'y', 'y', '-', ''], 4, verdict)).toBe(true);
  });

  it('learns nothing from a sample with one contradicting line', () => {
    expect(isAgreedUncontradicted(['y', 'y', 'y', 'y', 'y', 'n'], 4, verdict)).toBe(false);
  });

  it('counts lines that do not write the reading against the share, and blank lines not at all', () => {
    expect(isAgreedUncontradicted(['y', 'y', 'y', 'y', '-', '-'], 4, verdict)).toBe(false);
    expect(isAgreedUncontradicted(['y', 'y', 'y', 'y', '', ''], 4, verdict)).toBe(true);
  });

  it('needs the fewest lines however unanimous', () => {
    expect(isAgreedUncontradicted(['y', 'y', 'y'], 4, verdict)).toBe(false);
  });
});
