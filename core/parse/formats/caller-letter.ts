/**
 * A glog-style severity letter standing apart before the C or C++ source location it was logged
 * from, opening the message after a time: TensorFlow's C++ logging (`LogMessage::GenerateLogMessage`,
 * `"%s.%06d: %c %s:%d] %s"` with `"IWEF"[severity_]`), which every Python program on TensorFlow's
 * runtime writes between absl's own lines (DeepVariant, AlphaFold, training scripts), and the
 * projects that copied that class (IREE, MACE, Cambricon's MLU ops, sling):
 * `2026-11-29 02:14:41.361702: I third_party/nucleus/io/sam_reader.cc:736] Setting …`.
 *
 * Read per line only in that exact shape: one of `I` `W` `E` `F`, a space, a path ending in a C or
 * C++ source file's extension (`.cc`, `.cpp`, `.h`, …), `:` and the line number, `]`, then a space
 * or the line's end, right after the time (with its fraction of a second, `%s.%06d`) and its `: `.
 * A letter after a whole-second time (`02:03:04: W wx/metar.cc:4] 4kt`, a compass point) is not
 * this layout's. The location goes to
 * `fields.caller` and the text after it is the message (where the line holds another caller, the
 * location stays the text's). Prose
 * (`I think file.cc:3] was`), another file (`I notes.txt:3]`) or a letter deeper in the text stay
 * as written; a source learned on such lines reads them through its letter slot (`level-slot.ts`).
 */
import { isDigit } from '../calendar.ts';
import { isSourceLocation } from '../header-fields.ts';
import { isGlogLetter, levelSpelling } from '../levels.ts';
import { followsTimeAndSeparator, isFieldFree } from '../line.ts';
import type { ParsedLine } from '../types.ts';

/** Extensions of a C or C++ source or header file (`gpu_kernel.cu.cc` ends in `.cc`). */
const C_EXTENSIONS: ReadonlySet<string> = new Set(['c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp', 'hxx']);

/** Longest location read (`third_party/xla/xla/stream_executor/cuda/cuda_driver.cc:1234`). */
const LOCATION_CHARS = 200;

/** True when one of `"IWEF"[severity_]` and a space open `text`: the quick test of `takeCallerLetter`. */
export function opensWithCallerLetter(text: string): boolean {
  return isGlogLetter(text.charCodeAt(0)) && text.charCodeAt(1) === 32;
}

/** True when `time` ends with a fraction of a second (`…:41.361702`). */
function endsWithFraction(time: string | undefined): boolean {
  if (time === undefined) return false;
  let k = time.length;
  while (k > 0 && isDigit(time.charCodeAt(k - 1))) k--;
  return k < time.length && time.charCodeAt(k - 1) === 46;
}

/** The letter and caller opening the message of a line with a time and no level yet: set, and cut. */
export function takeCallerLetter(line: ParsedLine, raw: string): void {
  const text = line.message;
  if (!opensWithCallerLetter(text)) return;
  const limit = Math.min(text.length, LOCATION_CHARS);
  let end = 2;
  while (end < limit && text.charCodeAt(end) !== 32) end++;
  // `path.cc:736]`, then a space or the end.
  if (text.charCodeAt(end - 1) !== 93 || (end < text.length && text.charCodeAt(end) !== 32)) return;
  if (!isSourceLocation(text, 2, end - 1)) return;
  const colon = text.lastIndexOf(':', end - 1);
  const dot = text.lastIndexOf('.', colon);
  if (!C_EXTENSIONS.has(text.slice(dot + 1, colon))) return;
  for (let k = colon + 1; k < end - 1; k++) if (!isDigit(text.charCodeAt(k))) return;
  // `LogMessage`'s `"%s.%06d: %c "`: the time with its microseconds, `: `, the letter.
  if (!endsWithFraction(line.timestampText) || !followsTimeAndSeparator(line, raw, ': ')) return;
  line.level = levelSpelling(text.charAt(0));
  const caller = text.slice(2, end - 1);
  // A caller the line already holds (another reader's) keeps this location in the text.
  if (!isFieldFree(line, 'caller', caller)) {
    line.message = text.slice(2);
    return;
  }
  line.fields.caller = caller;
  line.message = text.slice(end + 1);
}
