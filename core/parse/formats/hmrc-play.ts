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
import type { ParsedLine } from '../types.ts';
import { putField } from './json.ts';

const HEADER = /^level=\[[A-Za-z]+\] logger=\[([^\]]*)\] thread=\[([^\]]*)\] /;
const PAIR = /([A-Za-z][\w-]*)=\[([^\]]*)\] /y;
const MESSAGE_OPEN = 'message=[';
const EXCEPTION_OPEN = '] exception=[';

/** HMRC's header after the time opening `raw` and one separator; null when there is none there. */
function headerAfter(raw: string, time: string | undefined): RegExpExecArray | null {
  if (time === undefined || !raw.startsWith(time) || raw.charCodeAt(time.length + 1) !== 108) return null;
  return HEADER.exec(raw.slice(time.length + 1));
}

/**
 * True when HMRC's `level=[…] logger=[…] thread=[…] ` follows the time opening `raw`: its pairs are
 * all bracketed, so a line with a one-word message would split as logfmt whole, each value keeping
 * its brackets (`level=[INFO]`, `message=[Saved]`); `takeHmrcPlayMessage` reads it instead.
 */
export function opensHmrcPlayLine(raw: string, time: string | undefined): boolean {
  return headerAfter(raw, time) !== null;
}

/** HMRC's `level=[…] logger=[…] thread=[…] … message=[…] ` after the time opening `raw`; untouched otherwise. */
export function takeHmrcPlayMessage(line: ParsedLine, raw: string): void {
  const time = line.timestampText;
  const header = headerAfter(raw, time);
  if (time === undefined || header === null) return;
  const pairs: Array<readonly [string, string]> = [];
  PAIR.lastIndex = time.length + 1 + header[0].length;
  let at = PAIR.lastIndex;
  for (let pair = PAIR.exec(raw); pair !== null && pair[1] !== 'message'; pair = PAIR.exec(raw)) {
    pairs.push([pair[1] as string, pair[2] as string]);
    at = PAIR.lastIndex;
  }
  if (!raw.startsWith(MESSAGE_OPEN, at)) return;
  const from = at + MESSAGE_OPEN.length;
  // A record without an exception ends `] ` (the replace writes nothing): its text runs to there,
  // whatever it holds; a record with one ends in the exception, after the first ` exception=[`.
  const plain = raw.endsWith('] ');
  const exception = plain ? -1 : raw.indexOf(EXCEPTION_OPEN, from);
  const end = plain ? raw.length - 2 : exception >= 0 ? exception : raw.endsWith(']') ? raw.length - 1 : -1;
  if (end < from) return;
  line.message = raw.slice(from, end);
  if (line.fields.header_columns === 'level=') delete line.fields.header_columns;
  const [, logger, thread] = header as unknown as [string, string, string];
  if (logger !== '') line.logger = logger;
  if (thread !== '') line.fields.thread = thread;
  for (const [name, value] of pairs)
    if (value !== '' && !Object.hasOwn(line.fields, name)) putField(line.fields, name, value);
  if (exception >= 0)
    line.fields.exception = raw.slice(exception + EXCEPTION_OPEN.length, raw.lastIndexOf(']'));
}
