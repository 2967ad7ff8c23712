import { normaliseLevel } from '../levels.ts';
import { clip, newLine } from '../line.ts';
import { parseTimestampValue, type TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

const TIME_KEYS = paths(['@timestamp', 'timestamp', 'time', 'ts', '@t', 'datetime', 'date', 'eventTime']);
const LEVEL_KEYS = paths([
  'level',
  'severity',
  'lvl',
  'loglevel',
  'log_level',
  'levelname',
  '@l',
  'log.level',
]);
const MESSAGE_KEYS = paths(['msg', 'message', '@m', '@mt', 'log', 'text', 'event']);
const LOGGER_KEYS = paths(['logger', 'logger_name', 'loggerName', 'log.logger', 'name', 'component']);
const SERVICE_KEYS = paths(['service', 'service.name', 'app', 'application', 'service_name']);
const HOST_KEYS = paths(['host', 'hostname', 'host.name']);

type Path = readonly [top: string, leaf: string | undefined, full: string];

function paths(keys: readonly string[]): readonly Path[] {
  return keys.map((k): Path => {
    const dot = k.indexOf('.');
    return dot > 0 ? [k.slice(0, dot), k.slice(dot + 1), k] : [k, undefined, k];
  });
}

/** Removes and returns the first of `keys` present (a nested `{log:{level}}` matches `log.level`). */
function take(obj: Record<string, unknown>, keys: readonly Path[], accept: (v: unknown) => boolean): unknown {
  for (const [top, leaf, full] of keys) {
    const value = obj[full];
    if (value !== undefined && accept(value) && Object.hasOwn(obj, full)) {
      delete obj[full];
      return value;
    }
    if (leaf === undefined) continue;
    const parent = obj[top];
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) continue;
    const nested = parent as Record<string, unknown>;
    const v = nested[leaf];
    if (v !== undefined && accept(v) && Object.hasOwn(nested, leaf)) {
      delete nested[leaf];
      if (Object.keys(nested).length === 0) delete obj[top];
      return v;
    }
  }
  return undefined;
}

const isString = (v: unknown): boolean => typeof v === 'string';
const isTime = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number';
const isLevelish = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number';

/** A JSON object line (`{…}`); undefined when the text is not a JSON object. */
export function parseJson(raw: string, ctx: TimeContext): ParsedLine | undefined {
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const fields = obj as Record<string, unknown>;
  const message = take(fields, MESSAGE_KEYS, isString) as string | undefined;
  const line = newLine('json', message ?? '');
  const time = take(fields, TIME_KEYS, isTime);
  if (time !== undefined) {
    line.timestampText = String(time);
    const ms = parseTimestampValue(time, ctx);
    if (Number.isNaN(ms)) line.parseError = `unparseable timestamp: ${clip(line.timestampText)}`;
    else line.timestamp = ms;
  }
  const levelValue = take(fields, LEVEL_KEYS, isLevelish);
  if (levelValue !== undefined) {
    line.level = normaliseLevel(levelValue);
    if (line.level === undefined) fields.level = levelValue;
  }
  line.logger = take(fields, LOGGER_KEYS, isString) as string | undefined;
  line.service = take(fields, SERVICE_KEYS, isString) as string | undefined;
  line.host = take(fields, HOST_KEYS, isString) as string | undefined;
  line.fields = fields;
  return line;
}
