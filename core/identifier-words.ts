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
/** Where a run splits: before an upper-case letter after a lower-case one or a digit, or one starting a word after an acronym. */
const BOUNDARY = /([a-z0-9])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The parts of every identifier in `message` that changes case inside, space-separated; '' when
 * there are none. Pure, never throws, and linear: each case change found by one native search,
 * its run widened to the non-word characters around it, the search going on after the run.
 */
export function identifierWords(message: string): string {
  const text = message.length > IDENTIFIER_SCAN_CHARS ? message.slice(0, IDENTIFIER_SCAN_CHARS) : message;
  let out = '';
  STEP.lastIndex = 0;
  for (let step = STEP.exec(text); step !== null; step = STEP.exec(text)) {
    let start = step.index;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    let end = step.index + step[0].length;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    const words = text.slice(start, end).replace(BOUNDARY, '$1$2 ');
    if (out.length + words.length >= IDENTIFIER_WORDS_CHARS) break;
    out += out === '' ? words : ` ${words}`;
    STEP.lastIndex = end;
  }
  return out;
}
