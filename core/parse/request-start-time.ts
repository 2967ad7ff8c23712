/**
 * The time Rails' request-start line writes, on a line no header gave one. `Rails::Rack::Logger#
 * started_request_message` prints `Started %s "%s" for %s at %s` with the request's method, its
 * filtered path, the client's address and `Time.now` (Ruby's `Time#to_s`: `2026-11-29 09:13:01
 * +0000`; `… UTC` for a time in UTC): the process's clock as it writes the line, the line's own time
 * as a header's would be. Every Rails app writes it first for each request; under Rails 8's
 * headerless `TaggedLogging.logger(STDOUT)` it is the request's only time
 * (`[uuid] Started GET "/en" for 203.0.113.87 at 2026-11-29 09:13:01 +0000`).
 *
 * Read in that whole shape only, the time ending the line or a space after it (an app's override may
 * add the user agent: `… at … by Mozilla/5.0`); a time after `at ` in other text (a task's schedule,
 * `executed successfully at 2026-11-30 09:00:00.`) is the text's. The path is the client's and Rails
 * writes it as sent, quotes too (`"/x" for 192.0.2.1 at 2001-01-01 00:00:00 +0000 "`), so a time
 * ending the line, where Rails writes `Time.now`, wins over one the path opens. The message keeps the time.
 */
import { parseAnyTimestamp } from './timestamp-shapes.ts';
import type { TimeContext } from './timestamps.ts';
import type { ParsedLine } from './types.ts';

const RAILS_REQUEST_START =
  /^Started [A-Z]+ "[^"]*" for \S+ at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?:[+-]\d{4}|UTC))(?= |$)/;
/** The time ending the line, the last of the four values Rails writes. */
const CLOSING_TIME = / at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?:[+-]\d{4}|UTC))$/;
/** ` at ` and the longest time Rails writes (`2026-11-29 09:13:01 +0000`). */
const CLOSING_CHARS = 29;

/** A line with no time whose message is Rails' request-start line: that line's time. */
export function takeRequestStartTime(line: ParsedLine, ctx: TimeContext): void {
  if (line.timestamp !== undefined || line.message.charCodeAt(0) !== 83) return;
  const opening = RAILS_REQUEST_START.exec(line.message)?.[1];
  if (opening === undefined) return;
  const time = CLOSING_TIME.exec(line.message.slice(-CLOSING_CHARS))?.[1] ?? opening;
  const ms = parseAnyTimestamp(time, ctx);
  if (Number.isNaN(ms)) return;
  line.timestamp = ms;
  line.timestampText = time;
}
