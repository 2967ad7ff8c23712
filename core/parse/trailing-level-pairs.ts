/**
 * Learned per source: the level key of the key=value pairs a logging format writes after the
 * message, with no header before it. Superdesk's Celery worker (`superdesk-core`'s
 * `default_settings.py`: `CELERY_WORKER_LOG_FORMAT = "%(message)s level=%(levelname)s
 * process=%(processName)s"`, its task lines adding ` task=%(task_name)s task_id=%(task_id)s`)
 * writes `Provider 5f9a… updated level=INFO process=ForkPoolWorker-4`: the message, then the pairs
 * to the end of the line.
 *
 * - **Learned** when a key of `LEVEL_KEYS` opens the pairs closing the line and names a level
 *   there (`closingPairsLevel`), after text that is not all pairs (a logfmt record's), on
 *   `MIN_AGREEMENT` of the sample's lines and at least `MIN_LINES`. Prose writes a `level=high` too,
 *   on a line or two: one line proves nothing.
 * - **Read** on each later line of the source that no reader took (a `plain` line: a header's
 *   line keeps its readers' message), where its closing pairs open with that key naming a level:
 *   the level, the other pairs to `fields`, the text before them the message. A line whose pairs
 *   name no level keeps them in its text.
 */
import { isAgreed } from './agreement.ts';
import { isPairsOnly } from './formats/logfmt.ts';
import { type ClosingLevel, closingPairsLevel, LEVEL_KEYS } from './header-line.ts';
import { putField } from './json-object.ts';
import type { ParsedLine } from './types.ts';

/** Fewest sample lines the key is learned from. */
const MIN_LINES = 4;

/** A level key's closing pairs in `text`, and where their run starts (after a space); undefined when none. */
interface ClosingRun extends ClosingLevel {
  readonly start: number;
}

/** The key (of `LEVEL_KEYS`) the sample's lines close with a level pair after their text, or undefined. */
export function learnTrailingLevelKey(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let counted = 0;
  for (const raw of lines) {
    if (raw.length === 0) continue;
    counted++;
    if (raw.indexOf('=') < 0) continue;
    for (const key of LEVEL_KEYS) {
      if (closingRun(raw, key) === undefined) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      break;
    }
  }
  for (const [key, held] of counts) if (isAgreed(held, counted, MIN_LINES)) return key;
  return undefined;
}

/** `line`'s closing pairs under the source's level `key` (`learnTrailingLevelKey`): its level, fields and message. */
export function readTrailingLevelPairs(line: ParsedLine, key: string): void {
  const text = line.message;
  if (text.indexOf('=') < 0) return;
  const run = closingRun(text, key);
  if (run === undefined) return;
  line.level = run.level;
  for (const name in run.pairs)
    if (name !== key && !Object.hasOwn(line.fields, name)) putField(line.fields, name, run.pairs[name]);
  line.message = text.slice(0, run.start).trimEnd();
}

/**
 * The pairs closing `text` from `key`'s level pair, where text that is not all pairs (a logfmt
 * record's) comes before them; undefined otherwise. Pairs before the key's stay in the text: the
 * message may end in pairs of its own (NHS's adaptors write `… ProcessKey=… pid=9 LogLevel=INFO`,
 * `ProcessKey` the message's).
 */
function closingRun(text: string, key: string): ClosingRun | undefined {
  const closing = closingPairsLevel(text, key);
  if (closing === undefined) return undefined;
  const start = text.lastIndexOf(` ${key}=`);
  // A logfmt record's pairs all the way (`time="…" level=info msg="…"`) are no message's.
  const before = text.slice(0, start).trim();
  if (before.length === 0 || isPairsOnly(before)) return undefined;
  return { ...closing, start };
}
