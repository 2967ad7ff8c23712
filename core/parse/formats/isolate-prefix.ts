/**
 * V8's isolate prefix: every line V8's tracing flags print (`--trace-gc`, `--trace-gc-verbose`,
 * `--trace-rail` in Node, Deno and Electron) opens with the process id and the isolate's address,
 * `[%d:%p] ` (`Isolate::PrintIsolate`), and the GC tracer's with the milliseconds since the isolate
 * started after them, `%8.0f ms: ` (`Isolate::PrintWithTimestamp`). Both are header: the pid and the
 * isolate go to fields; the milliseconds are an uptime, no clock time, kept as `fields.uptime_ms` and
 * never read as the line's time. Only at the line's start, the address written as `0x` and hex digits:
 * `[12:34] `, `[main:0x1f]`, a bracket inside the text stay text.
 */
import { newLine } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const ISOLATE_PREFIX = /^\[(\d{1,10}):(0x[0-9a-fA-F]{4,16})\] (?: *(\d{1,12}(?:\.\d{1,6})?) ms: )?(?=\S)/;

/** `raw` opening with V8's `[pid:0xaddr] ` and, after it, its uptime `N ms: `: the rest as the text, or undefined. */
export function parseIsolatePrefix(raw: string): ParsedLine | undefined {
  if (raw.charCodeAt(0) !== 91) return undefined;
  const m = ISOLATE_PREFIX.exec(raw);
  if (m === null) return undefined;
  const line = newLine('v8_isolate', raw.slice(m[0].length));
  line.fields.pid = Number(m[1]);
  line.fields.isolate = m[2] as string;
  if (m[3] !== undefined) line.fields.uptime_ms = Number(m[3]);
  return line;
}
