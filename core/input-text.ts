/**
 * Limits on text a client sends, counted as JSON Schema counts them (code points, not UTF-16
 * units), so the OpenAPI document and the server refuse exactly the same strings.
 */
import { ValidationError } from './validation-error.ts';

/** Code points, as JSON Schema's `minLength`/`maxLength` count them. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Names of parsed fields, as `field.NAME` of `GET /logs` and a rule's `match.fields` take them. */
export const FIELD_NAME_PATTERN = '^[A-Za-z0-9_.@-]{1,128}$';

/** Control characters (Unicode category Cc) as a regex class body, in a form JS and Python share. */
const CONTROL_CLASS = '\\u0000-\\u001f\\u007f-\\u009f';
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'u');

/** A store key in a path (node id, alert fingerprint): printable, at most this many code points. */
export const KEY_MAX_CHARS = 256;
/**
 * At most 4 bytes per code point, so a key of `KEY_MAX_CHARS` fits DynamoDB's 1024-byte sort key
 * (and 2048-byte partition key): a key the API accepts can never make DynamoDB fail.
 */
/**
 * Keys Logward makes stay shorter, so that the ids built from them (`<fingerprint>#<opened>#<n>`
 * in the outbox, `node:<id>#…`) fit a sort key too: fingerprints at most 225 code points (900
 * bytes), node ids at most 200.
 */
export const FINGERPRINT_MAX_CHARS = 225;
export const NODE_ID_MAX_CHARS = 200;
export const KEY_PATTERN = `^[^${CONTROL_CLASS}]{1,${KEY_MAX_CHARS}}$`;
const KEY = new RegExp(KEY_PATTERN, 'u');

export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Format characters (Unicode category Cf): invisible, and some reorder what is shown around them
 * (U+202E, right-to-left override, shows `web-1\u202Egpj.exe` as `web-1exe.jpg`), so an id holding
 * one could pass for another host in an alert.
 */
const FORMAT = /\p{Cf}/u;

/** What `isId` accepts, as a problem message says it ("expected …"). */
export const ID_RULE = `1 to ${NODE_ID_MAX_CHARS} characters without control or format characters (such as U+202E)`;

/**
 * An id Logward keys and labels things by: a node id, a source id, a host. The agent refuses such a
 * `host` and `node_id` in its configuration, so the ingest side refuses only what no agent sends.
 */
export function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value !== '' &&
    // Cheap first: a string of more UTF-16 units than twice the limit has more code points too.
    value.length <= 2 * NODE_ID_MAX_CHARS &&
    textLength(value) <= NODE_ID_MAX_CHARS &&
    !hasControl(value) &&
    !FORMAT.test(value)
  );
}

/** A path key, or a ValidationError naming the path parameter. */
export function parseKey(name: string, value: string): string {
  if (!KEY.test(value)) {
    throw new ValidationError(name, `expected 1 to ${KEY_MAX_CHARS} characters without control characters`);
  }
  return value;
}
