import { normaliseLevel } from '../levels.ts';
import { newLine, setTimestampText } from '../line.ts';
import type { TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

/**
 * SAP's list log format 2.0 (SAP NetWeaver AS Java and its Log Viewer; `@sap/logging`'s `ListLog`,
 * which the SAP Application Router and other Node.js services of SAP write off Cloud Foundry):
 * `#2.0#2026 11 29 16:04:47:532#+00:00#INFO#/approuter#…#PLAIN##text#`. The fields, by SAP's
 * documented order, each closed by `#`, a `#` or `\` inside one escaped by `\` (`normalizeField`).
 */
const VERSION = 0;
const DATE_TIME = 1;
const ZONE = 2;
const SEVERITY = 3;
const SOURCE_NAME = 4;
const MESSAGE_TYPE = 20;
const MESSAGE = 22;

/** The fields kept when written, by their place in the record. */
const NAMED_FIELDS: ReadonlyArray<readonly [number, string]> = [
  [5, 'code'],
  [6, 'csn_component'],
  [7, 'dc_component'],
  [8, 'guid'],
  [9, 'correlation_id'],
  [10, 'application'],
  [11, 'location'],
  [12, 'user'],
  [13, 'session'],
  [14, 'transaction'],
  [15, 'root_context_id'],
  [16, 'transaction_id'],
  [17, 'connection_id'],
  [18, 'connection_counter'],
  [19, 'thread'],
];

/** `PATH` traces a program's flow: finer than INFO, as DEBUG is. */
const PATH_SEVERITY = 'PATH';

const VERSION_TEXT = /^\d\.\d$/;
const ZONE_TEXT = /^([+-])(\d{1,2}):?(\d{2})$/;

/** Reads a line of SAP's list log: undefined unless it opens `#<version>#` and holds the fields up to the message type. */
export function parseSapListLog(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (raw.charCodeAt(0) !== 35 || !VERSION_TEXT.test(raw.slice(1, 4)) || raw.charCodeAt(4) !== 35)
    return undefined;
  const fields = splitFields(raw);
  if (fields.length <= MESSAGE_TYPE || fields[VERSION] === undefined) return undefined;
  const zone = ZONE_TEXT.exec(fields[ZONE] ?? '');
  if (zone === null) return undefined;
  const [, sign, hours, minutes] = zone as unknown as [string, string, string, string];
  const line = newLine('sap_listlog', fields[MESSAGE] ?? '');
  setTimestampText(line, `${fields[DATE_TIME] ?? ''}${sign}${hours.padStart(2, '0')}:${minutes}`, ctx);
  const severity = (fields[SEVERITY] ?? '').toUpperCase();
  line.level = severity === PATH_SEVERITY ? 'DEBUG' : normaliseLevel(severity);
  const source = fields[SOURCE_NAME];
  if (source !== undefined && source !== '') line.logger = source;
  for (const [at, name] of NAMED_FIELDS) {
    const value = fields[at];
    if (value !== undefined && value !== '') line.fields[name] = value;
  }
  const messageType = fields[MESSAGE_TYPE] ?? '';
  if (messageType !== '') line.fields.message_type = messageType;
  // After the message, a `Java` record's argument count and arguments (the text a MessageFormat pattern).
  if (fields.length > MESSAGE + 1) line.fields.arguments = fields.slice(MESSAGE + 1);
  return line;
}

/**
 * The fields between the `#` marks, unescaped; a last field not closed by `#` (a record whose text
 * goes on past the line) is kept as written so far.
 */
function splitFields(raw: string): string[] {
  const fields: string[] = [];
  let field = '';
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && (raw[i + 1] === '#' || raw[i + 1] === '\\')) {
      field += raw[++i];
    } else if (c === '#') {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '') fields.push(field);
  return fields;
}
