/**
 * The two thresholds every learned reading of a source's sample shares (the structure, the level
 * and letter slots, a proven column word, a glued level, a severity identifier's field, a second's
 * fraction, the colon id, a late access time, the learned keys, the message columns): a leaf module,
 * so `structure.ts` and the readings it feeds import it without a cycle.
 */

/** Agreement a learned reading needs in a sample: the share of its lines that must hold it. */
export const MIN_AGREEMENT = 0.8;

/** Fewest sample lines a learned reading is trusted from: a short sample proves nothing. */
export const MIN_SAMPLE_LINES = 8;
