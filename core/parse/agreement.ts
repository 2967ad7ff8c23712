/**
 * The two thresholds every learned reading of a source's sample shares (the structure, the level
 * and letter slots, a proven column word, a glued level, a severity identifier's field, a second's
 * fraction, the colon id, a late access time, the learned keys, the message columns), and the tests
 * built on them: a leaf module, so `structure.ts` and the readings it feeds import it without a cycle.
 */

/** Agreement a learned reading needs in a sample: the share of its lines that must hold it. */
export const MIN_AGREEMENT = 0.8;

/** Fewest sample lines a learned reading is trusted from: a short sample proves nothing. */
export const MIN_SAMPLE_LINES = 8;

/**
 * True when `held` of a sample's `counted` lines agree on what a source learns: at least
 * `MIN_AGREEMENT` of them and at least `fewest` (a short sample proves nothing). The one test the
 * learned readings share (the level slot, the colon id, the learned keys).
 */
export function isAgreed(held: number, counted: number, fewest: number): boolean {
  return held >= fewest && held >= MIN_AGREEMENT * counted;
}

/** `isAgreed` over a sample's non-empty `lines`: those for which `holds` is true are `held`. */
export function isAgreedOn(
  lines: readonly string[],
  fewest: number,
  holds: (line: string) => boolean,
): boolean {
  return isAgreedUncontradicted(lines, fewest, (line) => (holds(line) ? true : undefined));
}

/**
 * `isAgreed` for a reading no sample line may contradict: `verdict` says of each non-empty line
 * whether it holds the reading (true), contradicts it (false: nothing is learned) or does not
 * write what it is about (undefined, counted all the same): a colon id, a minute and second
 * written again, a padded millisecond count.
 */
export function isAgreedUncontradicted(
  lines: readonly string[],
  fewest: number,
  verdict: (line: string) => boolean | undefined,
): boolean {
  let counted = 0;
  let held = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    counted++;
    const holds = verdict(line);
    if (holds === false) return false;
    if (holds === true) held++;
  }
  return isAgreed(held, counted, fewest);
}

/**
 * The position (from 1) most of a sample's `counted` non-empty lines hold a learned reading in,
 * `counts[p]` of them at position `p` (`counts[0]` unused), when `isAgreed`; 0 when none. The learned
 * word of a restated stamp and of a late access time.
 */
export function agreedPosition(counts: readonly number[], counted: number, fewest: number): number {
  let best = 0;
  for (let p = 1; p < counts.length; p++) if ((counts[p] as number) > (counts[best] as number)) best = p;
  return best > 0 && isAgreed(counts[best] as number, counted, fewest) ? best : 0;
}
