import { skipSpaces } from '../header-fields.ts';
import { type JsonObject, putField } from '../json-object.ts';

/**
 * The top-level `"key": "text"` and `"key": 12.5` pairs of a line shaped as a JSON object that
 * `JSON.parse` refused; undefined when it is not shaped so (it must open with `{` and close with
 * `}`) or holds no such pair. Hand-written JSON patterns print such lines: Bank of Anthos's Java
 * services log through a log4j2 `PatternLayout` of `{"timestamp": "%d{…}", "trace_id": %X{trace_id},
 * …, "message": "%M | %msg", "severity": "%level"}` (`src/ledger/ledgerwriter/src/main/resources/
 * log4j2.xml`), whose unquoted MDC value prints `"trace_id": ,` outside a request, and whose `%msg`
 * is not escaped.
 *
 * A value that is neither a string nor a number (empty, unquoted, `true`, an object or an array)
 * is stepped over to the next comma outside strings and brackets. A string ends at the first quote
 * followed by a comma and a quote, or by the closing brace (a comma before it too): a quote inside the text that a pattern
 * left unescaped stays in it, its text kept as written when its escapes do not read. A key that is
 * not a quoted name before a colon ends the reading. One pass over the line.
 *
 * A key written twice is read as neither: an unescaped `%msg` can carry `", "timestamp": "…` or
 * `", "severity": "…`, and whether the pattern's own pair comes before the text or after it is the
 * pattern's choice, so neither copy can be trusted (JSON's last-wins would let the text set the
 * time; first-wins the level). Both stay in the line kept whole. A number is read only as JSON
 * writes one (`0x32` is no number, nor pino's 50).
 */
export function readLoosePairs(raw: string): JsonObject | undefined {
  const end = raw.length - 1;
  if (raw.charCodeAt(0) !== 123 || raw.charCodeAt(end) !== 125) return undefined;
  const obj: JsonObject = {};
  let repeated: Set<string> | undefined;
  let i = skipSpaces(raw, 1);
  while (i < end && raw.charCodeAt(i) === 34) {
    const keyEnd = keyClose(raw, i + 1);
    if (keyEnd < 0) break;
    const key = decoded(raw.slice(i + 1, keyEnd));
    i = skipSpaces(raw, keyEnd + 1);
    if (raw.charCodeAt(i) !== 58) break;
    i = skipSpaces(raw, i + 1);
    const c = raw.charCodeAt(i);
    if (c === 34) {
      const close = valueClose(raw, i + 1, end);
      if (close < 0) break;
      repeated = put(obj, key, decoded(raw.slice(i + 1, close)), repeated);
      i = close + 1;
    } else {
      const after = valueEnd(raw, i, end);
      const text = c === 45 || (c >= 48 && c <= 57) ? raw.slice(i, after).trim() : '';
      const number = JSON_NUMBER.test(text) ? Number(text) : Number.NaN;
      if (Number.isFinite(number)) repeated = put(obj, key, number, repeated);
      i = after;
    }
    i = skipSpaces(raw, i);
    if (raw.charCodeAt(i) !== 44) break;
    i = skipSpaces(raw, i + 1);
  }
  if (repeated !== undefined) for (const key of repeated) delete obj[key];
  return Object.keys(obj).length > 0 ? obj : undefined;
}

/** A number as JSON writes it (RFC 8259's `number`). */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** `putField`, noting a key already read in `repeated` (returned, made on the first repeat). */
function put(
  obj: JsonObject,
  key: string,
  v: unknown,
  repeated: Set<string> | undefined,
): Set<string> | undefined {
  if (!Object.hasOwn(obj, key)) {
    putField(obj, key, v);
    return repeated;
  }
  const keys = repeated ?? new Set<string>();
  keys.add(key);
  return keys;
}

/** The quote closing a key opened before `i` (escapes stepped over), or -1. */
function keyClose(s: string, i: number): number {
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 34) return k;
  }
  return -1;
}

/**
 * The quote closing a string value opened before `i`: one followed by `, "`, or by the closing brace
 * at `end` (a comma between them too); or -1.
 */
function valueClose(s: string, i: number, end: number): number {
  for (let k = i; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 92) {
      k++;
      continue;
    }
    if (c !== 34) continue;
    const next = skipSpaces(s, k + 1);
    if (next === end) return k;
    if (s.charCodeAt(next) !== 44) continue;
    const after = skipSpaces(s, next + 1);
    if (after === end || s.charCodeAt(after) === 34) return k;
  }
  return -1;
}

/** Where a value that is no string ends: the next comma outside strings and brackets, or `end`. */
function valueEnd(s: string, i: number, end: number): number {
  let depth = 0;
  let inString = false;
  for (let k = i; k < end; k++) {
    const c = s.charCodeAt(k);
    if (inString) {
      if (c === 92) k++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
    else if (c === 44 && depth === 0) return k;
  }
  return end;
}

/** A string's text with its JSON escapes read; as written where they do not read. */
function decoded(text: string): string {
  if (!text.includes('\\')) return text;
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}
