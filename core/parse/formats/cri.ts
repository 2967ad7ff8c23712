import { scanTimestamp, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

const scan: TimeScan = { ms: 0, end: 0 };

/**
 * Kubernetes container runtime (CRI) log lines: `2025-10-23T14:32:15.123456789Z stdout F <line>`.
 * The inner line is parsed with `parseInner` (any format); it keeps its own timestamp when it has
 * one, else takes the runtime's. `fields.stream` is `stdout`/`stderr`; `fields.partial` marks a `P`
 * (partial) line that the agent should have joined with the next.
 */
export function parseCri(
  raw: string,
  ctx: TimeContext,
  parseInner: (inner: string) => ParsedLine,
): ParsedLine | undefined {
  if (raw.charCodeAt(10) !== 84 || !scanTimestamp(raw, 0, ctx, scan)) return undefined;
  const end = scan.end;
  const stdout = raw.startsWith(' stdout ', end);
  if (!stdout && !raw.startsWith(' stderr ', end)) return undefined;
  const tag = raw.charCodeAt(end + 8);
  if ((tag !== 70 && tag !== 80) || (raw.length > end + 9 && raw.charCodeAt(end + 9) !== 32))
    return undefined;
  const ms = scan.ms;
  const inner = parseInner(raw.slice(end + 10));
  if (inner.parseFailed) {
    inner.format = 'cri';
    inner.parseFailed = false;
    inner.parseError = undefined;
  }
  if (inner.timestamp === undefined && inner.timestampText === undefined) {
    inner.timestamp = ms;
    inner.timestampText = raw.slice(0, end);
  }
  inner.fields.stream = stdout ? 'stdout' : 'stderr';
  if (tag === 80) inner.fields.partial = true;
  return inner;
}
