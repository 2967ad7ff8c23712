/**
 * Masking: a message's variable parts (quoted values, UUIDs, IP addresses, hex ids, numbers)
 * replaced by placeholders, so "timeout after 30s for 10.0.0.7" and "timeout after 12s for
 * 10.0.0.9" read alike. The pattern miner masks every message before mining it (this is what lifts
 * template mining's accuracy most), and the message shape is the masked message itself.
 */

/** Longest message prefix looked at: the rest of a long message (a stack, a blob) names no kind. */
export const MAX_MASKED_INPUT = 512;

/** The placeholders masking writes, in the order the passes run. */
export const PLACEHOLDERS = ['<str>', '<date>', '<uuid>', '<ip>', '<hex>', '<num>'] as const;

const QUOTED = /"[^"\n]{0,512}"|(?<!\w)'[^'\n]{0,512}'(?!\w)/g;
/** A date and time written inside a message: ISO 8601, or `[Mon ]Jan 2 15:04:05[ 2006]` (syslog, ctime). */
const DATE_TIME =
  /\b(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* +\d{1,2},? \d{2}:\d{2}:\d{2}(?: \d{4})?)\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const IP = /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g;
/** 0x-prefixed, or a word of 6+ hex digits mixing letters and digits (ids, hashes). */
const HEX = /\b(?:0x[0-9a-f]+|(?=[0-9a-f]{6,}\b)[0-9a-f]*(?:\d[0-9a-f]*[a-f]|[a-f][0-9a-f]*\d)[0-9a-f]*)\b/gi;
const NUMBER = /\d+(?:\.\d+)*/g;
const ANY_DIGIT = /\d/;
/** Every variable part in one pass, for reading the masked values back in the order they appear. */
const ANY_VARIABLE = new RegExp(
  [QUOTED, DATE_TIME, UUID, IP, HEX, NUMBER].map((pattern) => pattern.source).join('|'),
  'gi',
);

/** The message with its variable parts masked; pure and fast (a few native regex passes over at most 512 characters). */
export function maskVariables(message: string): string {
  let masked = message.length > MAX_MASKED_INPUT ? message.slice(0, MAX_MASKED_INPUT) : message;
  if (masked.includes('"') || masked.includes("'")) masked = masked.replace(QUOTED, '<str>');
  // Every other variable part holds a digit, and each but hex ids and numbers a character of its
  // own: a cheap look for it skips most passes.
  if (ANY_DIGIT.test(masked)) {
    if (masked.includes(':')) masked = masked.replace(DATE_TIME, '<date>');
    if (masked.includes('-')) masked = masked.replace(UUID, '<uuid>');
    if (masked.includes('.')) masked = masked.replace(IP, '<ip>');
    masked = masked.replace(HEX, '<hex>').replace(NUMBER, '<num>');
  }
  return masked;
}

/** True when a (masked) token holds a placeholder, i.e. a part that varies between lines. */
export function holdsPlaceholder(token: string): boolean {
  return token.includes('<');
}

/**
 * The values masking replaced, in the order they appear in the message (for sample values; a few
 * lines per pattern, so one slower pass is fine).
 */
export function maskedValues(message: string): string[] {
  const text = message.length > MAX_MASKED_INPUT ? message.slice(0, MAX_MASKED_INPUT) : message;
  return text.match(ANY_VARIABLE) ?? [];
}
