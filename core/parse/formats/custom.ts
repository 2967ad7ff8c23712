import { normaliseLevel } from '../levels.ts';
import { newLine, setTimestampText } from '../line.ts';
import type { TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { isValidTimeZone } from '../zones.ts';

/** A per-service pattern as written in configuration. */
export interface CustomPatternSpec {
  /** Name shown in `format` as `custom:<name>`: letters, digits, `_`, `-`, `.`. */
  readonly name: unknown;
  /**
   * JavaScript regular expression with named groups: `timestamp`, `level`, `message`, `logger`,
   * `host`, `service`; any other named group becomes a field.
   */
  readonly regex: unknown;
  /** Regex flags among `i`, `m`, `s`, `u`. @default '' */
  readonly flags?: unknown;
  /** IANA zone for this pattern's timestamps without an offset. @default the parse options' zone */
  readonly zone?: unknown;
}

/** A validated custom pattern, ready for `parseLine(raw, { custom })`. */
export interface CustomPattern {
  readonly name: string;
  readonly format: string;
  readonly regex: RegExp;
  readonly zone: string | undefined;
  /** Named groups other than the well-known ones: they become fields. */
  readonly fieldGroups: readonly string[];
}

/** Why a spec was refused: the field at fault, what was expected, what was received. */
export interface CustomPatternError {
  readonly field: 'name' | 'regex' | 'flags' | 'zone';
  readonly expected: string;
  readonly received: string;
  /** One sentence for a person: `regex: expected …, received …`. */
  readonly message: string;
}

export type CompileResult =
  | { readonly ok: true; readonly pattern: CustomPattern }
  | { readonly ok: false; readonly error: CustomPatternError };

const KNOWN_GROUPS = new Set(['timestamp', 'level', 'message', 'logger', 'host', 'service']);
const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return typeof value;
}

function refuse(field: CustomPatternError['field'], expected: string, received: string): CompileResult {
  return {
    ok: false,
    error: { field, expected, received, message: `${field}: expected ${expected}, received ${received}` },
  };
}

/** Validates and compiles a custom pattern; never throws. */
export function compileCustomPattern(spec: CustomPatternSpec): CompileResult {
  if (spec === null || typeof spec !== 'object') return refuse('regex', 'a pattern object', describe(spec));
  const { name, regex, flags = '', zone } = spec;
  if (typeof name !== 'string' || !NAME.test(name)) {
    return refuse('name', '1–64 letters, digits, "_", "-" or "."', describe(name));
  }
  if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags) || new Set(flags).size !== flags.length) {
    return refuse(
      'flags',
      'distinct letters among "i", "m", "s", "u" (no "g" or "y": they make matching stateful)',
      describe(flags),
    );
  }
  if (zone !== undefined && (typeof zone !== 'string' || !isValidTimeZone(zone))) {
    return refuse('zone', 'an IANA time zone such as "Europe/Paris" or "UTC"', describe(zone));
  }
  if (typeof regex !== 'string' || regex.length === 0) {
    return refuse('regex', 'a non-empty regular expression string', describe(regex));
  }
  let compiled: RegExp;
  try {
    compiled = new RegExp(regex, flags);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return refuse('regex', `a valid JavaScript regular expression (${reason})`, describe(regex));
  }
  const groups = [...regex.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((m) => m[1] ?? '');
  if (groups.length === 0) {
    return refuse('regex', 'at least one named group such as (?<message>.*)', describe(regex));
  }
  return {
    ok: true,
    pattern: {
      name,
      format: `custom:${name}`,
      regex: compiled,
      zone: zone as string | undefined,
      fieldGroups: groups.filter((g) => !KNOWN_GROUPS.has(g)),
    },
  };
}

/** Applies a compiled pattern; undefined when the line does not match. */
export function parseCustom(raw: string, pattern: CustomPattern, ctx: TimeContext): ParsedLine | undefined {
  const m = pattern.regex.exec(raw);
  if (m === null) return undefined;
  const g = m.groups ?? {};
  const line = newLine(pattern.format, g.message ?? raw);
  if (g.timestamp !== undefined) {
    setTimestampText(
      line,
      g.timestamp,
      pattern.zone === undefined ? ctx : { zone: pattern.zone, receivedAt: ctx.receivedAt },
    );
  }
  if (g.level !== undefined) {
    line.level = normaliseLevel(g.level);
    if (line.level === undefined) line.fields.level = g.level;
  }
  line.logger = g.logger;
  line.host = g.host;
  line.service = g.service;
  for (const name of pattern.fieldGroups) {
    const v = g[name];
    if (v !== undefined) line.fields[name] = v;
  }
  return line;
}
