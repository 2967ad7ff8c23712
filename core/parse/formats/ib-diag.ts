/**
 * The InfiniBand libraries' and tools' diagnostic line on standard error, their `IBWARN` and
 * `IBPANIC` macros: `"ibwarn: [%d] %s: "` and `"ibpanic: [%d] %s: "` with the pid and `__func__`
 * before the text, as the strings of Debian's `libibumad.so.3` and `libibmad.so.5` (rdma-core 44.0)
 * and `ibsim` 0.10 write them: `ibwarn: [7311] sim_ctl: bad ctl pkt type 9`. No time.
 *
 * - **The level**: the tag, `ibwarn` WARN and `ibpanic` FATAL (the panic exits). ibsim writes `ibwarn`
 *   before every diagnostic, plainly informational ones too: the tag is the only level the line has.
 * - **The rest**: the pid → `fields.pid`, the function → `fields.caller`, the text after its `: `.
 *
 * Only that whole shape from the line's start: a tag, `: [`, digits, `] `, a C identifier, `: `.
 * infiniband-diags' `iberror` writes the program's name before its tag, another shape, not read here.
 */
import { isDigit } from '../calendar.ts';
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const TAGS: ReadonlyMap<string, Level> = new Map([
  ['ibwarn', 'WARN'],
  ['ibpanic', 'FATAL'],
]);

/** `[pid] function: ` after the tag's `: `. */
const PID_AND_FUNCTION = /\[(\d{1,10})\] ([A-Za-z_]\w*): /y;

/** The diagnostic line, its tag's colon at `colon` and a space after it, or undefined. */
export function parseIbDiagLine(raw: string, colon: number): ParsedLine | undefined {
  if (raw.charCodeAt(colon + 2) !== 91 || !isDigit(raw.charCodeAt(colon + 3))) return undefined;
  const level = TAGS.get(raw.slice(0, colon));
  if (level === undefined) return undefined;
  PID_AND_FUNCTION.lastIndex = colon + 2;
  const m = PID_AND_FUNCTION.exec(raw);
  if (m === null) return undefined;
  const line = newLine('ib_diag', raw.slice(PID_AND_FUNCTION.lastIndex));
  line.level = level;
  line.fields.pid = Number(m[1]);
  line.fields.caller = m[2];
  return line;
}
