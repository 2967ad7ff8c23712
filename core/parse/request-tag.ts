/**
 * The request id Rails' tagged logging opens a line with where its logger writes no header of its
 * own. Rails' generated `config/environments/production.rb` sets `config.log_tags = [ :request_id ]`
 * (ActionDispatch's `X-Request-Id`, `SecureRandom.uuid` unless the client sent one), and
 * `ActiveSupport::TaggedLogging` prepends each tag as `"[#{tag}] "` to the message its formatter
 * gets; Rails 8 logs to STDOUT through `ActiveSupport::TaggedLogging.logger(STDOUT)`, whose
 * `SimpleFormatter` writes the message alone: `[26b0f320-…-a7519ba36a9e] Processing by Pwb::…`.
 * After a header the same tag is the bracketed column the header readers take as the logger; on a
 * headerless line it goes there too, and the text after it is the message.
 *
 * Only a UUID written with its four dashes: a tag of words (`[INFO] `, `[main] `, `[ActiveJob] `), a
 * number (`[1] `) or another id (`[cm4q8w1xk…] `) stays the text's, as does a uuid after a header (a
 * device's, a session's: the header's readers decide).
 */
import { isUuidAt, UUID_CHARS } from './calendar.ts';
import type { ParsedLine } from './types.ts';

/** A headerless line's opening `[uuid] ` before its text: the uuid to the logger, the rest the message. */
export function takeRequestIdTag(line: ParsedLine): void {
  const text = line.message;
  if (line.logger !== undefined || text.charCodeAt(0) !== 91) return;
  if (text.charCodeAt(UUID_CHARS + 1) !== 93 || text.charCodeAt(UUID_CHARS + 2) !== 32) return;
  if (!isUuidAt(text, 1)) return;
  const rest = text.slice(UUID_CHARS + 3).trimStart();
  if (rest === '') return;
  line.logger = text.slice(1, UUID_CHARS + 1);
  line.message = rest;
}
