/**
 * The PCoIP log line (Teradici's, now HP Anyware's agent, client and connection manager), after its
 * time: `<session uuid> > LVL:n RC:%4d <component> :text` (the uuid all zeroes outside a session).
 * The level is a number on the product's documented scale (its client's "Log Levels"), not syslog's:
 * 0 critical, 1 error, 2 info (the default), 3 debug, 4 verbose. Read only in that whole shape: the session to `fields.session`, the return
 * code to `fields.rc`, the component to the logger (to `fields.tag` beside a logger the line names
 * already), the text after ` :`; where a place holds another value the header stays the text's.
 */
import { isDigit, isUpper, isUuidAt, UUID_CHARS } from '../calendar.ts';
import type { Level } from '../levels.ts';
import { isFieldFree } from '../line.ts';
import type { ParsedLine } from '../types.ts';

const SCALE: readonly Level[] = ['FATAL', 'ERROR', 'INFO', 'DEBUG', 'TRACE'];
/** Longest component name, padded (`MGMT_SSL`, `SERVER`). */
const COMPONENT_CHARS = 32;

/** The PCoIP header opening the message of a line with a time and no level yet: read and cut. */
export function takePcoipHeader(line: ParsedLine): void {
  const text = line.message;
  if (line.timestampText === undefined || text.charCodeAt(UUID_CHARS) !== 32 || !isUuidAt(text, 0)) return;
  if (!text.startsWith(' > LVL:', UUID_CHARS)) return;
  let k = UUID_CHARS + 7;
  const level = SCALE[text.charCodeAt(k) - 48];
  if (level === undefined || !text.startsWith(' RC:', k + 1)) return;
  k += 5;
  while (text.charCodeAt(k) === 32) k++;
  const rcStart = k;
  if (text.charCodeAt(k) === 45) k++;
  const digits = k;
  while (isDigit(text.charCodeAt(k))) k++;
  if (k === digits || text.charCodeAt(k) !== 32) return;
  const rc = Number(text.slice(rcStart, k));
  while (text.charCodeAt(k) === 32) k++;
  const component = k;
  while (
    k - component <= COMPONENT_CHARS &&
    (isUpper(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 95)
  )
    k++;
  if (k === component || text.charCodeAt(k) !== 32 || text.charCodeAt(k + 1) !== 58) return;
  line.level = level;
  const session = text.slice(0, UUID_CHARS);
  // The component goes to the logger, or beside a logger the line names already (a learned column's,
  // `[worker-0]`, `PCOIP:`) to `fields.tag`; where those places or the session's or the code's hold
  // other values, the header stays the text's.
  const name = text.slice(component, k);
  const named = line.logger !== undefined && line.logger !== name;
  if (!isFieldFree(line, 'session', session) || !isFieldFree(line, 'rc', rc)) return;
  if (named && !isFieldFree(line, 'tag', name)) return;
  line.fields.session = session;
  line.fields.rc = rc;
  if (named) line.fields.tag = name;
  else line.logger = name;
  line.message = text.slice(k + 2);
}
