import { holdsPlaceholder, maskedValues } from './mask.ts';
import { WILDCARD } from './miner.ts';

/** Longest sample value kept. */
export const MAX_VALUE_LENGTH = 64;

const PLACEHOLDER = /<(?:str|date|uuid|ip|hex|num)>/g;

/**
 * The values a line holds at its pattern's variable positions (each `<*>` or placeholder token of
 * the template, in order), read back from the original message; undefined when they cannot be
 * lined up (masking and reading back disagreed).
 */
export function variableValues(
  templateTokens: readonly string[],
  lineTokens: readonly string[],
  message: string,
): string[] | undefined {
  const masked = maskedValues(message);
  const values: string[] = [];
  let next = 0;
  for (let i = 0; i < templateTokens.length; i++) {
    const token = lineTokens[i];
    const template = templateTokens[i] as string;
    if (token === undefined) return undefined;
    const variable = template === WILDCARD || holdsPlaceholder(template);
    let missing = false;
    const value = token.replace(PLACEHOLDER, () => {
      const original = masked[next++];
      if (original === undefined) missing = true;
      return original ?? '';
    });
    if (missing) return undefined;
    if (variable) values.push(value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value);
  }
  return values;
}
