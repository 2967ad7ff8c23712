/**
 * HMRC's Play services' logback pattern (the `logback.xml` of HMRC's service template, which its
 * services ship: customs-notification, tai, push-pull-notifications-api, gform-frontend, …):
 * `%date{ISO8601} level=[%level] logger=[%logger] thread=[%thread] rid=[%X{X-Request-ID}]
 * user=[%X{Authorization}] message=[%message] %replace(exception=[%xException]){'^exception=\[\]$',''}`,
 * a service adding its own `name=[%X{…}]` before the message. The message is the value of
 * `message=[…]`, up to the `]` that the space and the end follow, or else the first ` exception=[`
 * (the text may hold brackets, and ` exception=[`, of its own); the exception → `fields.exception`,
 * the logger → `logger`, the others → `fields` where written.
 */

import { isLetter } from '../calendar.ts';
import { isWordChar } from '../header-fields.ts';
import { putField } from '../json-object.ts';
import type { ParsedLine } from '../types.ts';

const HEADER = /^level=\[[A-Za-z]+\] logger=\[([^\]]*)\] thread=\[([^\]]*)\] /;
const MESSAGE_OPEN = 'message=[';
const EXCEPTION_OPEN = '] exception=[';

/** HMRC's header after the time opening `raw` and one space; null when there is none there. */
function headerAfter(raw: string, time: string | undefined): RegExpExecArray | null {
  // The `l` of `level=[` first: nearly every dated line is turned away there, before any slice.
  if (time === undefined || raw.charCodeAt(time.length) !== 32 || raw.charCodeAt(time.length + 1) !== 108)
    return null;
  if (!raw.startsWith(time)) return null;
  return HEADER.exec(raw.slice(time.length + 1));
}

/**
 * The end of the `key=[value] ` pair at `at` (a letter, then word characters or `-`; a value without
 * `]`), or -1 when none is there. Read by hand, each character once: a sticky expression per pair
 * would be as quick, but the long-line work measure counts the rest of the line at each `exec`.
 */
function pairEnd(raw: string, at: number): number {
  if (!isLetter(raw.charCodeAt(at))) return -1;
  let k = at + 1;
  for (let c = raw.charCodeAt(k); isWordChar(c) || c === 45; c = raw.charCodeAt(++k));
  if (raw.charCodeAt(k) !== 61 || raw.charCodeAt(k + 1) !== 91) return -1;
  const close = raw.indexOf(']', k + 2);
  return close >= 0 && raw.charCodeAt(close + 1) === 32 ? close + 2 : -1;
}

interface HmrcPlayRecord {
  readonly logger: string;
  readonly thread: string;
  readonly pairs: ReadonlyArray<readonly [string, string]>;
  readonly message: string;
  readonly exception: string | undefined;
}

/** HMRC's `level=[…] logger=[…] thread=[…] … message=[…] ` after the time opening `raw`, read whole; undefined otherwise. */
function readHmrcPlay(raw: string, time: string | undefined): HmrcPlayRecord | undefined {
  const header = headerAfter(raw, time);
  if (time === undefined || header === null) return undefined;
  const pairs: Array<readonly [string, string]> = [];
  let at = time.length + 1 + header[0].length;
  for (let end = pairEnd(raw, at); end > 0 && !raw.startsWith(MESSAGE_OPEN, at); end = pairEnd(raw, at)) {
    const equals = raw.indexOf('=', at);
    pairs.push([raw.slice(at, equals), raw.slice(equals + 2, end - 2)]);
    at = end;
  }
  if (!raw.startsWith(MESSAGE_OPEN, at)) return undefined;
  const from = at + MESSAGE_OPEN.length;
  // A record without an exception ends `] ` (the replace writes nothing): its text runs to there,
  // whatever it holds; a record with one ends in the exception, after the first ` exception=[`.
  const plain = raw.endsWith('] ');
  const exception = plain ? -1 : raw.indexOf(EXCEPTION_OPEN, from);
  const end = plain ? raw.length - 2 : exception >= 0 ? exception : raw.endsWith(']') ? raw.length - 1 : -1;
  if (end < from) return undefined;
  const [, logger, thread] = header as unknown as [string, string, string];
  return {
    logger,
    thread,
    pairs,
    message: raw.slice(from, end),
    exception:
      exception >= 0 ? raw.slice(exception + EXCEPTION_OPEN.length, raw.lastIndexOf(']')) : undefined,
  };
}

/**
 * True when the time opening `raw` is followed by a whole HMRC record (`level=[…] logger=[…]
 * thread=[…] … message=[…] `): its pairs are all bracketed, so a line with a one-word message would
 * split as logfmt whole, each value keeping its brackets (`level=[INFO]`, `message=[Saved]`);
 * `takeHmrcPlayMessage` reads it instead. A header the HMRC reader would not finish (a bare
 * `level=error` among its pairs) stays logfmt's.
 */
export function opensHmrcPlayLine(raw: string, time: string | undefined): boolean {
  return readHmrcPlay(raw, time) !== undefined;
}

/** HMRC's `level=[…] logger=[…] thread=[…] … message=[…] ` after the time opening `raw`; untouched otherwise. */
export function takeHmrcPlayMessage(line: ParsedLine, raw: string): void {
  const record = readHmrcPlay(raw, line.timestampText);
  if (record === undefined) return;
  line.message = record.message;
  if (line.fields.header_columns === 'level=') delete line.fields.header_columns;
  if (record.logger !== '') line.logger = record.logger;
  if (record.thread !== '') line.fields.thread = record.thread;
  for (const [name, value] of record.pairs)
    if (value !== '' && !Object.hasOwn(line.fields, name)) putField(line.fields, name, value);
  if (record.exception !== undefined) line.fields.exception = record.exception;
}
