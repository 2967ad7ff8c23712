/**
 * opsi's log line (uib GmbH's client management: opsiconfd, opsipxeconfd, opsi-client-agent, the
 * opsi command line tools, all through python-opsi-common's `opsicommon/logging`): its
 * `DEFAULT_FORMAT` is `"[%(opsilevel)d] [%(asctime)s.%(msecs)03d] [%(contextstring)-15s] %(message)s
 * (%(filename)s:%(lineno)d)"`, three spaces before the location, `DATETIME_FORMAT` `%Y-%m-%d %H:%M:%S`:
 * `[5] [2026-11-23 06:58:02.417] [192.0.2.41     ] Client … authenticated   (session.py:721)`.
 *
 * - **The level**: the opsi level digit (`LOG_SECRET` 9 … `LOG_NONE` 0), on syslog's scale from 2 to
 *   7 (2 critical, 3 error, 4 warning, 5 notice, 6 info, 7 debug), 8 trace, 9 secret (finer still):
 *   TRACE. 1, `LOG_ESSENTIAL`, is a message opsi always writes, whatever the level set: NOTICE; 0,
 *   `LOG_NONE`, none.
 * - **The message**: the text between the context and the location; the context (a client's address,
 *   padded) → `fields.context` when written, the location → `fields.caller`.
 *
 * A bracketed digit is no level elsewhere (`[1] [2]` counters): only in that whole layout, from the
 * line's start, its location closing it.
 */
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

const LAYOUT =
  /^\[(\d)\] \[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[([^\]]{15,})\] (.*?) {3}\(([\w./-]+\.py:\d+)\)$/;

/** The opsi levels at their digits, 0 (`LOG_NONE`) to 9 (`LOG_SECRET`). */
const OPSI_LEVELS: readonly (Level | undefined)[] = [
  undefined,
  'NOTICE',
  'FATAL',
  'ERROR',
  'WARN',
  'NOTICE',
  'INFO',
  'DEBUG',
  'TRACE',
  'TRACE',
];

/** opsi's whole layout opening `raw`: its level (over any the header finder took), text, context and location; untouched otherwise. */
export function takeOpsiHeader(line: ParsedLine, raw: string): void {
  if (line.timestamp === undefined || raw.charCodeAt(0) !== 91 || raw.charCodeAt(2) !== 93) return;
  const layout = LAYOUT.exec(raw);
  if (layout === null) return;
  const [, digit, context, message, caller] = layout as unknown as [string, string, string, string, string];
  line.level = OPSI_LEVELS[Number(digit)];
  line.message = message;
  line.logger = undefined;
  const trimmed = context.trim();
  if (trimmed !== '') line.fields.context = trimmed;
  line.fields.caller = caller;
  if (line.fields.header_columns === `[${digit}]`) delete line.fields.header_columns;
}
