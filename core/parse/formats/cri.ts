import { scanTimestamp, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

const scan: TimeScan = { ms: 0, end: 0 };

/**
 * A program's line as a container runtime or engine carries it: the line itself (`body`), the
 * carrier's own time, the fields it adds, and the format a line that reads as nothing is given.
 */
export interface Carried {
  readonly body: string;
  readonly ms: number;
  readonly timeText: string;
  readonly format: 'cri' | 'json';
  readonly stream: string;
  readonly partial: boolean;
  readonly attrs: unknown;
}

/**
 * The line inside a carrier that writes each of a program's lines whole and adds only its time and
 * stream: Kubernetes' CRI (`2025-10-23T14:32:15.123456789Z stdout F <line>`, the kubelet's
 * `pkg/kubelet/kuberuntime/logs`) or Docker's json-file driver
 * (`{"log":"<line>\n","stream":"stdout","time":"…"}`, moby's `daemon/logger/jsonfilelog`, whose
 * `JSONLogs` writes `log`, `stream`, `attrs` and `time` only). Undefined for any other line; call it
 * where `mayBeCarried` holds.
 */
export function takeCarried(raw: string, ctx: TimeContext): Carried | undefined {
  return raw.charCodeAt(0) === 123 ? takeJsonFile(raw, ctx) : takeCri(raw, ctx);
}

/** False for a line no carrier wrote, on its first characters: `takeCarried`'s cheap test. */
export function mayBeCarried(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 123
    ? raw.charCodeAt(2) === 108 && raw.startsWith('{"log":"')
    : c <= 57 && c >= 48 && raw.charCodeAt(10) === 84;
}

function takeCri(raw: string, ctx: TimeContext): Carried | undefined {
  if (raw.charCodeAt(10) !== 84 || !scanTimestamp(raw, 0, ctx, scan)) return undefined;
  const end = scan.end;
  const stdout = raw.startsWith(' stdout ', end);
  if (!stdout && !raw.startsWith(' stderr ', end)) return undefined;
  const tag = raw.charCodeAt(end + 8);
  if ((tag !== 70 && tag !== 80) || (raw.length > end + 9 && raw.charCodeAt(end + 9) !== 32))
    return undefined;
  return {
    body: raw.slice(end + 10),
    ms: scan.ms,
    timeText: raw.slice(0, end),
    format: 'cri',
    stream: stdout ? 'stdout' : 'stderr',
    partial: tag === 80,
    attrs: undefined,
  };
}

const JSON_FILE_KEYS = new Set(['log', 'stream', 'time', 'attrs']);

/**
 * The shape of moby's `jsonlog.JSONLog` as its driver writes it: `Created time.Time` as `time`, which
 * Go's `MarshalJSON` writes in RFC 3339 with nanoseconds (`2026-11-30T10:00:00.123456789Z`), and
 * `Attrs map[string]string`; the stream is the copier's `stdout` or `stderr`. A record an application
 * writes with these keys and another time or stream is its own JSON.
 */
function isRfc3339(time: unknown): time is string {
  return typeof time === 'string' && time.charCodeAt(4) === 45 && time.charCodeAt(10) === 84;
}

function isStringMap(attrs: unknown): boolean {
  if (typeof attrs !== 'object' || attrs === null || Array.isArray(attrs)) return false;
  for (const value of Object.values(attrs)) if (typeof value !== 'string') return false;
  return true;
}

function takeJsonFile(raw: string, ctx: TimeContext): Carried | undefined {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const { log, stream, time, attrs } = record as Record<string, unknown>;
  if (typeof log !== 'string' || (stream !== 'stdout' && stream !== 'stderr') || !isRfc3339(time))
    return undefined;
  for (const key in record) if (!JSON_FILE_KEYS.has(key)) return undefined;
  if (attrs !== undefined && !isStringMap(attrs)) return undefined;
  if (!scanTimestamp(time, 0, ctx, scan) || scan.end !== time.length) return undefined;
  // The driver keeps the line's own newline in `log`: the line is read, and learned, without it.
  const body = log.charCodeAt(log.length - 1) === 10 ? log.slice(0, log.endsWith('\r\n') ? -2 : -1) : log;
  return { body, ms: scan.ms, timeText: time, format: 'json', stream, partial: false, attrs };
}

/**
 * Merges what a carrier adds into `line`, its body's reading: the carrier's time where the body
 * names none, `fields.stream` (`fields.partial` for CRI's `P`, a line the agent should have joined
 * with the next; `fields.attrs`, Docker's labels); a body that reads as nothing is the carrier's format.
 */
export function addCarrier(line: ParsedLine, carried: Carried): ParsedLine {
  if (line.parseFailed) {
    line.format = carried.format;
    line.parseFailed = false;
    line.parseError = undefined;
  }
  if (line.timestamp === undefined && line.timestampText === undefined) {
    line.timestamp = carried.ms;
    line.timestampText = carried.timeText;
  }
  line.fields.stream = carried.stream;
  if (carried.partial) line.fields.partial = true;
  if (carried.attrs !== undefined) line.fields.attrs = carried.attrs;
  return line;
}

/**
 * Kubernetes container runtime (CRI) log lines, where the format is forced to `cri` or the line is
 * met outside a source's reading: the inner line parsed with `parseInner` (any format); it keeps
 * its own timestamp when it has one, else takes the runtime's.
 */
export function parseCri(
  raw: string,
  ctx: TimeContext,
  parseInner: (inner: string) => ParsedLine,
): ParsedLine | undefined {
  const carried = takeCri(raw, ctx);
  return carried === undefined ? undefined : addCarrier(parseInner(carried.body), carried);
}
