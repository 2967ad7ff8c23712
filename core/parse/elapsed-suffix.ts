/**
 * The time since a previous line written at a line's end, ` +12ms`: the `debug` package's (per
 * namespace, in the `ms` package's short units) and NestJS's ConsoleLogger's (`formatTimestampDiff`,
 * milliseconds only). One reading for both: a space, `+`, digits and one of the writer's units, last.
 */
import { isDigit, isLower } from './calendar.ts';

/** Where ` +12ms` (a unit of `units`, at most two lower-case letters) ending `text` starts, or -1. */
export function elapsedSuffixStart(text: string, units: ReadonlySet<string>): number {
  let k = text.length;
  while (k > 0 && k > text.length - 3 && isLower(text.charCodeAt(k - 1))) k--;
  if (!units.has(text.slice(k))) return -1;
  const digitsEnd = k;
  while (k > 0 && isDigit(text.charCodeAt(k - 1))) k--;
  if (k === digitsEnd || text.charCodeAt(k - 1) !== 43 || text.charCodeAt(k - 2) !== 32) return -1;
  return k - 2;
}
