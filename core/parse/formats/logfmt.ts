import { normaliseLevel } from '../levels.ts';
import { newLine, setTimestampText } from '../line.ts';
import type { TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

const TIME_KEYS = new Set(['time', 'ts', 'timestamp', '@timestamp', 't', 'date', 'datetime']);
const LEVEL_KEYS = new Set(['level', 'lvl', 'severity', 'at', 'loglevel', 'log_level']);
const MESSAGE_KEYS = new Set(['msg', 'message', 'm']);
const LOGGER_KEYS = new Set(['logger', 'caller_logger', 'component', 'module', 'name']);
const SERVICE_KEYS = new Set(['service', 'app', 'application']);
const HOST_KEYS = new Set(['host', 'hostname']);

function isKeyChar(c: number): boolean {
  // Anything printable but space, `=` and `"`.
  return c > 32 && c !== 61 && c !== 34 && c !== 127;
}

/** True when the line starts like logfmt: `key=`. */
export function looksLikeLogfmt(raw: string): boolean {
  let i = 0;
  while (i < raw.length && i < 64 && isKeyChar(raw.charCodeAt(i))) i++;
  return i > 0 && raw.charCodeAt(i) === 61;
}

/**
 * Splits logfmt pairs: `key=value`, `key="quoted \"value\""`, bare `key` (true). Returns undefined when
 * the text is not logfmt (a token that is neither a key nor a pair, or more bare words than pairs).
 */
export function splitLogfmt(raw: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let pairs = 0;
  let bare = 0;
  let i = 0;
  const n = raw.length;
  while (i < n) {
    while (i < n && raw.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && isKeyChar(raw.charCodeAt(i))) i++;
    if (i === keyStart) return undefined;
    const key = raw.slice(keyStart, i);
    if (i >= n || raw.charCodeAt(i) === 32) {
      out[key] = true;
      bare++;
      continue;
    }
    if (raw.charCodeAt(i) !== 61) return undefined;
    i++;
    pairs++;
    if (raw.charCodeAt(i) === 34) {
      i++;
      let value = '';
      let chunk = i;
      while (i < n) {
        const c = raw.charCodeAt(i);
        if (c === 34) break;
        if (c === 92 && i + 1 < n) {
          value += raw.slice(chunk, i);
          const e = raw[i + 1];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
          i += 2;
          chunk = i;
          continue;
        }
        i++;
      }
      if (i >= n) return undefined;
      out[key] = value + raw.slice(chunk, i);
      i++;
      if (i < n && raw.charCodeAt(i) !== 32) return undefined;
    } else {
      const start = i;
      while (i < n && raw.charCodeAt(i) !== 32) i++;
      out[key] = raw.slice(start, i);
    }
  }
  return pairs > 0 && bare <= pairs ? out : undefined;
}

/** A logfmt line (`time=… level=info msg="…" key=value`); undefined when it is not logfmt. */
export function parseLogfmt(raw: string, ctx: TimeContext): ParsedLine | undefined {
  const fields = splitLogfmt(raw);
  if (fields === undefined) return undefined;
  const line = newLine('logfmt', '');
  for (const key in fields) {
    const value = fields[key];
    if (typeof value !== 'string') continue;
    if (line.timestampText === undefined && TIME_KEYS.has(key)) {
      setTimestampText(line, value, ctx);
    } else if (line.level === undefined && LEVEL_KEYS.has(key) && normaliseLevel(value) !== undefined) {
      line.level = normaliseLevel(value);
    } else if (line.message === '' && MESSAGE_KEYS.has(key)) {
      line.message = value;
    } else if (line.logger === undefined && LOGGER_KEYS.has(key)) {
      line.logger = value;
    } else if (line.service === undefined && SERVICE_KEYS.has(key)) {
      line.service = value;
    } else if (line.host === undefined && HOST_KEYS.has(key)) {
      line.host = value;
    } else continue;
    delete fields[key];
  }
  line.fields = fields;
  return line;
}
