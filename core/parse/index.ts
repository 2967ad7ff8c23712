/**
 * Logward's line parser: a raw log line in, a structured event out. Pure, never throws, and fast
 * enough for the ingest Lambda's per-line budget (see bench/parse-throughput.ts).
 */
import { detect, forcedName, parseForced } from './detect.ts';
import { plainLine } from './line.ts';
import type { TimeContext } from './timestamps.ts';
import { isFormatName, type ParsedLine, type ParseOptions } from './types.ts';
import { isValidTimeZone } from './zones.ts';

export { statusLevel } from './formats/access.ts';
export type {
  CompileResult,
  CustomPattern,
  CustomPatternError,
  CustomPatternSpec,
} from './formats/custom.ts';
export { compileCustomPattern } from './formats/custom.ts';
export type { Level } from './levels.ts';
export { compareLevels, isAtLeast, isLevel, LEVELS, normaliseLevel } from './levels.ts';
export type { TimeContext } from './timestamps.ts';
export { parseTimestampText, parseTimestampValue } from './timestamps.ts';
export type { FormatName, ParsedLine, ParseOptions } from './types.ts';
export { FORMAT_NAMES, isFormatName } from './types.ts';
export { isValidTimeZone, wallTimeToInstant, zoneOffset } from './zones.ts';

/** Lines longer than this are not parsed (kept whole as `plain`): no parser should scan megabytes. */
export const MAX_PARSED_LENGTH = 256 * 1024;

const NO_OPTIONS: ParseOptions = {};

/**
 * Turns one raw line into a structured event. Detects the format per line unless `options` force
 * one; a line nothing recognises comes back as `plain` with `parseFailed` (never dropped). Never
 * throws.
 */
export function parseLine(raw: string, options: ParseOptions = NO_OPTIONS): ParsedLine {
  return compileParser(options ?? NO_OPTIONS)(raw, options?.receivedAt);
}

/**
 * `parseLine` bound to `options`, which are checked once rather than per line: the form for a hot
 * path (the ingest handler compiles one per configured service). Never throws.
 */
export function compileParser(options: ParseOptions): (raw: string, receivedAt?: number) => ParsedLine {
  const zone = typeof options.defaultZone === 'string' ? options.defaultZone : 'UTC';
  const zoneOk = zone === 'UTC' || isValidTimeZone(zone);
  const custom = options.custom;
  const badCustom = custom != null && !(custom.regex instanceof RegExp);
  const unknownFormat = options.format !== undefined && custom == null && !isFormatName(options.format);
  const plan: Plan = {
    options,
    forced: unknownFormat || badCustom ? undefined : forcedName(options),
    note: !zoneOk
      ? `unknown time zone ${zone}; used UTC`
      : unknownFormat
        ? `unknown format ${options.format}; detected`
        : badCustom
          ? 'custom pattern not compiled; detected'
          : undefined,
  };
  const usedZone = zoneOk ? zone : 'UTC';
  // Lines of one record share their reference time: one context per record, not per line.
  let ctx: TimeContext = { zone: usedZone, receivedAt: Number.NaN };
  return (raw, receivedAt) => {
    if (typeof raw !== 'string') return plainLine(String(raw), 'not a string');
    const at = typeof receivedAt === 'number' && Number.isFinite(receivedAt) ? receivedAt : Date.now();
    if (ctx.receivedAt !== at) ctx = { zone: usedZone, receivedAt: at };
    try {
      return parse(raw, plan, ctx);
    } catch (err) {
      return plainLine(raw, `parser error: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}

interface Plan {
  readonly options: ParseOptions;
  /** Name of the forced format; undefined to detect per line. */
  readonly forced: string | undefined;
  /** Why the options were not used as given, noted on lines that have no other error. */
  readonly note: string | undefined;
}

function parse(input: string, plan: Plan, ctx: TimeContext): ParsedLine {
  const text = stripTerminator(input);
  const raw = stripLead(text);
  if (raw.length > MAX_PARSED_LENGTH)
    return plainLine(text, `line longer than ${MAX_PARSED_LENGTH} characters`);
  const { forced } = plan;
  const line = forced === undefined ? detect(raw, ctx) : parseForced(raw, plan.options, ctx);
  if (line === undefined) {
    return plainLine(text, forced === undefined ? 'no known format' : `does not match format ${forced}`);
  }
  if (plan.note !== undefined && line.parseError === undefined) line.parseError = plan.note;
  return line;
}

/** Drops a trailing line terminator. */
function stripTerminator(raw: string): string {
  let end = raw.length;
  while (end > 0 && (raw.charCodeAt(end - 1) === 10 || raw.charCodeAt(end - 1) === 13)) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

/** Drops a leading byte-order mark and white space before detection. */
function stripLead(text: string): string {
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1;
  while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
  return start === 0 ? text : text.slice(start);
}
