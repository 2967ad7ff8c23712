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

/**
 * On a line the leveled reader read, Mojo::Log's whole header: the process id → `fields.pid`
 * (the header readers took it for a thread), a request id's context bracket → `fields.context`,
 * the text after them the message. A bracketed word (`[Database]`, `[SECURITY]`) stays the text's:
 * an id holds a digit, `-`, `_`, or both cases after its first letter.
 */
export function takeMojoHeader(raw: string, line: ParsedLine): void {
  const m = MOJO_HEADER.exec(raw);
  if (m === null || m[1] === undefined) return;
  line.fields.pid = Number(m[1]);
  if (line.fields.thread === m[1]) delete line.fields.thread;
  const id = m[2];
  if (id !== undefined && isRequestId(id)) {
    line.fields.context ??= id;
    line.message = raw.slice(m[0].length);
  }
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
