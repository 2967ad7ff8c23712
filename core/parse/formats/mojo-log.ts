/**
 * Mojo::Log's default format (`Mojo::Log::_default`): `"[$time] [$$] [$level] " . join(' ', @_)`,
 * the time `sprintf '%04d-%02d-%02d %02d:%02d:%08.5f'`, the process id, the level's lower-case
 * name. A controller's `$c->log` (Mojolicious::Plugin::DefaultHelpers) is
 * `$app->log->context('[' . $req->request_id . ']')`, whose context `_log` puts before the message:
 * `[2026-11-27 08:14:38.51207] [1206] [trace] [7f3kQz9a] GET "/overview"`. The request id
 * (Mojo::Message::Request) is `sha1_base64` cut short (12 characters in Mojolicious 9, 8 in its
 * documentation's example), `+/` written `-_`.
 */
import { isDigit } from '../calendar.ts';
import type { ParsedLine } from '../types.ts';

const MOJO_HEADER =
  /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{5}\] \[(\d{1,10})\] \[(?:trace|debug|info|warn|error|fatal)\] (?:\[([\w-]{8,12})\] (?=\S))?/;

/** Mojo::Log's header opening `raw` (`m[1]` the pid, `m[2]` a context bracket's word), or null. */
export function mojoHeader(raw: string): RegExpExecArray | null {
  return MOJO_HEADER.exec(raw);
}

/**
 * Mojo::Log's process id → `fields.pid`, which the header readers took for a thread (`[$$]` before
 * the level bracket).
 */
export function takeMojoPid(header: RegExpExecArray, line: ParsedLine): void {
  line.fields.pid = Number(header[1]);
  if (line.fields.thread === header[1]) delete line.fields.thread;
}

/**
 * On a line the leveled reader read to its level, a request id's context bracket after Mojo::Log's
 * header → `fields.context`, the pid taken, and the text after the bracket the message as written
 * (`$c->log` puts nothing else there: `[id] - x` keeps its dash, `[id] a.B - x` its name); true.
 * False, nothing read, when the bracket holds no id: a bracketed word (`[Database]`, `[SECURITY]`)
 * stays the text's; an id holds a digit, `-`, `_`, or both cases after its first letter.
 */
export function takeMojoContext(raw: string, header: RegExpExecArray, line: ParsedLine): boolean {
  const id = header[2];
  if (id === undefined || !isRequestId(id)) return false;
  takeMojoPid(header, line);
  line.fields.context ??= id;
  line.message = raw.slice(header[0].length);
  return true;
}

function isRequestId(id: string): boolean {
  let lower = false;
  let upper = false;
  for (let k = 0; k < id.length; k++) {
    const c = id.charCodeAt(k);
    if (isDigit(c) || c === 45 || c === 95) return true;
    if (k === 0) continue;
    if (c >= 97) lower = true;
    else upper = true;
  }
  return lower && upper;
}
