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

/** A case change inside a run of letters and digits: `aB`, `1B`, or an acronym before a word (`ABc`). */
const STEP = /[a-z0-9][A-Z]|[A-Z][A-Z][a-z]/g;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isUpper(c) || isLower(c) || isDigit(c);

/**
 * The run `text[start, end)` of letters and digits with a space where it splits: before an
 * upper-case letter after a lower-case one or a digit, or before one starting a word after an acronym.
 */
function splitRun(text: string, start: number, end: number): string {
  let words = '';
  let from = start;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    const prev = text.charCodeAt(i - 1);
    let cut = -1;
    if (isUpper(c) && (isLower(prev) || isDigit(prev))) cut = i;
    else if (isLower(c) && isUpper(prev) && i - 2 >= start && isUpper(text.charCodeAt(i - 2))) cut = i - 1;
    if (cut !== -1) {
      words += `${text.slice(from, cut)} `;
      from = cut;
    }
  }
  return words + text.slice(from, end);
}

/**
 * The parts of every identifier in `message` that changes case inside, space-separated; '' when
 * there are none. Pure, never throws, and linear: each case change found by one native search (no
 * match array), its run widened to the non-word characters around it and split by hand, the search
 * going on after the run. The native search is what keeps the common case, a message without any
 * case change, cheap: a char-code loop over it measured slower.
 */
export function identifierWords(message: string): string {
  const text = message.length > IDENTIFIER_SCAN_CHARS ? message.slice(0, IDENTIFIER_SCAN_CHARS) : message;
  let out = '';
  STEP.lastIndex = 0;
  while (STEP.test(text)) {
    let start = STEP.lastIndex;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    let end = STEP.lastIndex;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    const words = splitRun(text, start, end);
    if (out.length + words.length >= IDENTIFIER_WORDS_CHARS) break;
    out += out === '' ? words : ` ${words}`;
    STEP.lastIndex = end;
  }
  return out;
}
