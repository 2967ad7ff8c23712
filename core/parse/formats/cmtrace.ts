import type { Level } from '../levels.ts';
import { idValue, newLine, setTimestampText } from '../line.ts';
import type { TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

const OPEN = '<![LOG[';
const CLOSE = ']LOG]!>';

/** CMTrace's `type`: 1 informational, 2 warning, 3 error. */
const TYPE_LEVELS: Readonly<Record<string, Level>> = { '1': 'INFO', '2': 'WARN', '3': 'ERROR' };

/**
 * Microsoft's CMTrace log (Configuration Manager's client and server logs, the Intune Management
 * Extension, Autopilot, and the many scripts that write for the CMTrace viewer):
 * `<![LOG[text]LOG]!><time="HH:mm:ss.fff+bias" date="MM-dd-yyyy" component="…" context="" type="2"
 * thread="14" file="…">`. The bias, when written, is minutes to add to the local time to get UTC
 * (Windows' `Bias`); without one the time is local to the source.
 */
export function parseCmtrace(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (!raw.startsWith(OPEN)) return undefined;
  const close = raw.lastIndexOf(CLOSE);
  if (close < OPEN.length) return undefined;
  const line = newLine('cmtrace', raw.slice(OPEN.length, close));
  const attributes = raw.slice(close + CLOSE.length);
  const time = attribute(attributes, 'time');
  const date = attribute(attributes, 'date');
  const when = time === undefined || date === undefined ? undefined : isoText(date, time);
  if (when !== undefined) setTimestampText(line, when, ctx);
  else line.parseError = 'CMTrace line without its time and date';
  const type = attribute(attributes, 'type');
  if (type !== undefined) line.level = TYPE_LEVELS[type];
  const component = attribute(attributes, 'component');
  if (component !== undefined && component !== '') line.logger = component;
  const thread = attribute(attributes, 'thread');
  if (thread !== undefined && thread !== '') line.fields.thread = idValue(thread);
  for (const name of ['context', 'file']) {
    const value = attribute(attributes, name);
    if (value !== undefined && value !== '') line.fields[name] = value;
  }
  return line;
}

/** The value of `name="…"` among the attributes, or undefined. */
function attribute(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(` ${name}="`);
  const from = at < 0 ? (attributes.startsWith(`<${name}="`) ? name.length + 3 : -1) : at + name.length + 3;
  if (from < 0) return undefined;
  const end = attributes.indexOf('"', from);
  return end < 0 ? undefined : attributes.slice(from, end);
}

/** `MM-dd-yyyy` and `HH:mm:ss.fffffff[±bias]` as ISO 8601, the bias turned into an offset. */
function isoText(date: string, time: string): string | undefined {
  const d = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(date);
  const t = /^(\d{1,2})(:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{1,4})?$/.exec(time);
  if (d === null || t === null) return undefined;
  const [, month, day, year] = d as unknown as [string, string, string, string];
  const [, hour, rest, bias] = t as unknown as [string, string, string, string | undefined];
  const wall = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T${hour.padStart(2, '0')}${rest}`;
  if (bias === undefined) return wall;
  const offset = -Number(bias);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
