import { createHash } from 'node:crypto';
import { ValidationError } from '../validation-error.ts';

/**
 * A pattern's id: 16 hex digits of a SHA-256 of its service and template. Derived from the text
 * alone, so concurrent Lambdas, cold starts and replays that learn the same template agree on it.
 */
export function patternId(service: string, template: string): string {
  return createHash('sha256').update(`${service}\u0000${template}`).digest('hex').slice(0, 16);
}

/** True for a string shaped like a pattern id (API input). */
export function isPatternId(value: string): boolean {
  return PATTERN_ID.test(value);
}

const PATTERN_ID = /^[0-9a-f]{16}$/;
/** A `pattern` parameter: pattern ids, comma-separated (what `GET /logs` accepts). */
export const PATTERN_LIST_PATTERN = '^ *(?:[0-9a-f]{16})? *(?:, *(?:[0-9a-f]{16})? *){0,99}$';

/** A pattern id from user input, or a ValidationError naming `field`. */
export function parsePatternId(field: string, value: string): string {
  if (!isPatternId(value))
    throw new ValidationError(field, `expected 16 hex digits, got ${JSON.stringify(value.slice(0, 40))}`);
  return value;
}
