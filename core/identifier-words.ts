/**
 * The words inside CamelCase identifiers of a message, split apart (`InvalidReceiveException` →
 * `Invalid Receive Exception`, `HTTPServerError` → `HTTP Server Error`), so a search for one part
 * finds the identifier. OpenSearch would do this with a `pattern` tokenizer, but that lives in the
 * `analysis-common` module, which the local engine does not have (docs/schema.md): the split is made
 * here, once per document, and indexed with the built-in `simple` analyzer.
 */

/** Characters of a message looked at; identifiers past them are not split. */
export const IDENTIFIER_SCAN_CHARS = 4096;
/** Characters of split words kept per document. */
export const IDENTIFIER_WORDS_CHARS = 1024;

const OTHER = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;

function kindOf(c: number): number {
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 48 && c <= 57) return DIGIT;
  return OTHER;
}

/**
 * The parts of every identifier in `message` that changes case inside (a run of letters and digits
 * with a lower-to-upper step, or an acronym before a capitalised word), space-separated; '' when
 * there are none. Pure, linear in the scanned length, never throws.
 */
export function identifierWords(message: string): string {
  const limit = Math.min(message.length, IDENTIFIER_SCAN_CHARS);
  let out = '';
  let i = 0;
  while (i < limit && out.length < IDENTIFIER_WORDS_CHARS) {
    while (i < limit && kindOf(message.charCodeAt(i)) === OTHER) i++;
    const start = i;
    while (i < message.length && kindOf(message.charCodeAt(i)) !== OTHER) i++;
    const parts = splitCase(message, start, i);
    if (parts.length > 1) out += (out === '' ? '' : ' ') + parts.join(' ');
  }
  return out.length > IDENTIFIER_WORDS_CHARS
    ? out.slice(0, out.lastIndexOf(' ', IDENTIFIER_WORDS_CHARS))
    : out;
}

/** Splits one run of letters and digits where its case changes: `aB`, `ABc` (before the `B`). */
function splitCase(text: string, start: number, end: number): string[] {
  const parts: string[] = [];
  let from = start;
  for (let k = start + 1; k < end; k++) {
    const prev = kindOf(text.charCodeAt(k - 1));
    const here = kindOf(text.charCodeAt(k));
    const next = k + 1 < end ? kindOf(text.charCodeAt(k + 1)) : OTHER;
    const lowerToUpper = prev === LOWER && here === UPPER;
    const acronymEnd = prev === UPPER && here === UPPER && next === LOWER;
    if (lowerToUpper || acronymEnd) {
      parts.push(text.slice(from, k));
      from = k;
    }
  }
  if (parts.length > 0) parts.push(text.slice(from, end));
  return parts;
}
