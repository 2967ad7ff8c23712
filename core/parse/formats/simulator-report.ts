/**
 * The report lines every SystemVerilog test bench and simulator prints, whichever vendor's:
 *
 * - **UVM's report** (IEEE 1800.2, the Accellera reference `uvm_default_report_server::compose_message`,
 *   `compose_report_message` in 1.2): `{severity.name(), " ", filename, "(", line, ")", " @ ", time_str,
 *   ": ", name, " [", id, "] ", message}`, the file and line only where the macro gave them, the name
 *   only where the report has a client (`UVM_INFO @ 0: reporter [RNTST] text`); `time_str` is
 *   `$swrite("%0t", $realtime)`, the simulation time, no clock time: `fields.sim_time`. `UVM_INFO`,
 *   `UVM_WARNING`, `UVM_ERROR`, `UVM_FATAL`; the component's full name (UVM 1.2 adds its sequence
 *   context after `@@`) → `logger`, the id → `fields.id`, `file(line)` → `fields.caller`.
 * - **Questa's (ModelSim's) message** `** Note: (vsim-3812) text`, `** Warning:`, `** Error:`,
 *   `** Error (suppressible):`, `** Fatal:`, VHDL's `** Failure:`, a `file(line): ` and the
 *   `(tool-NNNN)` message number after it where given (`fields.caller`, `fields.code`). The severity
 *   words rest on memory of Questa transcripts and on this round's corpus.
 * - **Cadence's (Xcelium's, Incisive's) message** `xmelab: *W,CUVMPW (file,118|27): text`: the tool
 *   in lower case (→ `logger`), `*` and the severity letter, `,` and the message code (`fields.code`),
 *   the location in parentheses where given (`fields.caller`): `N` note, `W` warning, `E` error, `F`
 *   fatal (`ncelab: *F,CUMSTS`, `xmsim: *N,ASRTST` in public logs), `SE` severe error (memory).
 *
 * Questa's transcript writes `# ` before every line, UVM's reports among them: stepped over. Each
 * shape is read only from the line's start, turned away on its first characters.
 */
import type { Level } from '../levels.ts';
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const UVM_SEVERITIES: ReadonlyMap<string, Level> = new Map([
  ['INFO', 'INFO'],
  ['WARNING', 'WARN'],
  ['ERROR', 'ERROR'],
  ['FATAL', 'FATAL'],
]);

/**
 * After `UVM_`: the severity, an optional `file(line) `, `@ ` and the time as `%0t` prints it (a
 * number, a `$timeformat` unit after it), then either `: name [id] ` or ` [id] `.
 */
const UVM_REPORT =
  /^([A-Z]{4,7}) (?:(\S+\(\d+\)) )?@ (\d[\d.]*(?: ?[munpf]?s)?)(?:: (\S+))? \[([^\]]*)\](?: |$)/;

const QUESTA_SEVERITIES: ReadonlyMap<string, Level> = new Map([
  ['Note', 'INFO'],
  ['Warning', 'WARN'],
  ['Error', 'ERROR'],
  ['Fatal', 'FATAL'],
  ['Failure', 'FATAL'],
]);

/** After `** `: the severity, `(suppressible)` maybe, `: `, a `file(line): ` and a `(tool-NNNN) ` where given. */
const QUESTA_REPORT = /^([A-Z][a-z]{3,6})(?: \(suppressible\))?: (?:(\S+\(\d+\)): )?(?:\(([a-z]+-\d+)\) )?/;

const CADENCE_SEVERITIES: ReadonlyMap<string, Level> = new Map([
  ['N', 'INFO'],
  ['W', 'WARN'],
  ['E', 'ERROR'],
  ['SE', 'ERROR'],
  ['F', 'FATAL'],
]);

/** The tool's name, `: *`, the severity letters, `,` the code, a location in parentheses where given, `: `. */
const CADENCE_REPORT = /^([a-z][a-z0-9_]*): \*([A-Z]{1,2}),([A-Z0-9_]+)(?: \(([^()]+)\))?: /;

/** Longest tool name read before `: *` (`xmverilog`, `ncverilog`). */
export const CADENCE_TOOL_CHARS = 12;

/**
 * A UVM report or a Questa message read whole, after Questa's transcript `# ` where written, or
 * undefined; `raw` has no leading white space. Cadence's lines open with a lower-case name, which
 * `detect.ts` scans once for every reader of such a name (`parseCadenceReport`).
 */
export function parseSimulatorReport(raw: string): ParsedLine | undefined {
  if (raw.charCodeAt(0) === 35) return raw.charCodeAt(1) === 32 ? readReport(raw, 2) : undefined;
  return readReport(raw, 0);
}

/** A UVM report or a Questa message opening `raw` at `at`. */
function readReport(raw: string, at: number): ParsedLine | undefined {
  const c = raw.charCodeAt(at);
  if (c === 85) return raw.startsWith('VM_', at + 1) ? readUvm(raw.slice(at + 4)) : undefined;
  if (c === 42)
    return raw.charCodeAt(at + 1) === 42 && raw.charCodeAt(at + 2) === 32
      ? readQuesta(raw.slice(at + 3))
      : undefined;
  return undefined;
}

function readUvm(text: string): ParsedLine | undefined {
  const m = UVM_REPORT.exec(text);
  const level = m === null ? undefined : UVM_SEVERITIES.get(m[1] as string);
  if (m === null || level === undefined) return undefined;
  const line = newLine('simulator_report', text.slice(m[0].length));
  line.level = level;
  if (m[4] !== undefined) line.logger = m[4];
  if (m[2] !== undefined) line.fields.caller = m[2];
  line.fields.sim_time = m[3];
  line.fields.id = m[5];
  return line;
}

function readQuesta(text: string): ParsedLine | undefined {
  const m = QUESTA_REPORT.exec(text);
  const level = m === null ? undefined : QUESTA_SEVERITIES.get(m[1] as string);
  if (m === null || level === undefined) return undefined;
  const line = newLine('simulator_report', text.slice(m[0].length));
  line.level = level;
  if (m[2] !== undefined) line.fields.caller = m[2];
  if (m[3] !== undefined) line.fields.code = m[3];
  return line;
}

/** Cadence's message, its short lower-case tool name followed by `: *` (the caller tested those), or undefined. */
export function parseCadenceReport(raw: string): ParsedLine | undefined {
  const m = CADENCE_REPORT.exec(raw);
  const level = m === null ? undefined : CADENCE_SEVERITIES.get(m[2] as string);
  if (m === null || level === undefined) return undefined;
  const line = newLine('simulator_report', raw.slice(m[0].length));
  line.level = level;
  line.logger = m[1];
  line.fields.code = m[3];
  if (m[4] !== undefined) line.fields.caller = m[4];
  return line;
}
