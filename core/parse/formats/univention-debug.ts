/**
 * Univention's debug library (`base/univention-debug/lib/debug.c`, UCS's C daemons and their Python
 * modules through its binding: the directory listener and notifier, the S4 and AD connectors, UMC):
 * its `LOG` macro writes `"%02d.%02d.%02d %02d:%02d:%02d.%03d  "` (`localtime_r`, day first, two-digit
 * year, milliseconds, two spaces), then `univention_debug` writes `"%-11s ( %-7s ) : "`, the
 * category (`univention_debug_id_text`: `MAIN`, `LDAP`, `LISTENER`, …) and the level's name
 * (`univention_debug_level_text`), or its number (`"( %-7d )"`) past the names, then the text:
 * `21.11.26 07:58:12.309  LISTENER    ( PROCESS ) : listener: starting`.
 *
 * - **The level**: the library's names in its order, `ERROR` (0), `WARN` (1), `PROCESS` (2), `INFO`
 *   (3), `ALL` (4), `TRACE` (5). `PROCESS` sits between a warning and an informational line, where
 *   syslog's notice stands: NOTICE; `ALL`, every detail, DEBUG. A number is written only past
 *   `TRACE` (the names cover 0 to 5), finer still: TRACE.
 * - **The message**: the text after ` : `; the category goes to `fields.header_columns`.
 *
 * `PROCESS` and `ALL` are no level words elsewhere: only in that whole header, from the line's start,
 * its category one of the library's. Its structured variant (ISO time, `%8s` level, off by default)
 * is left to the readers of any ISO line.
 */
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `DD.MM.YY HH:MM:SS.mmm  `: the time's characters and its two spaces. */
const TIME_CHARS = 23;
const TIME = /^\d\d\.\d\d\.\d\d \d\d:\d\d:\d\d\.\d{3} {2}/;

/** The category padded to eleven, the level's name or number padded to seven, ` : `. */
const HEADER = /([A-Z]{3,11}) +\( ([A-Z]{3,7}|\d{1,3}) *\) : /y;

/** `univention_debug_id_text`'s categories. */
const CATEGORIES: ReadonlySet<string> = new Set([
  'MAIN',
  'LDAP',
  'USERS',
  'NETWORK',
  'SSL',
  'SLAPD',
  'SEARCH',
  'TRANSFILE',
  'LISTENER',
  'POLICY',
  'ADMIN',
  'CONFIG',
  'LICENSE',
  'KERBEROS',
  'DHCP',
  'PROTOCOL',
  'MODULE',
  'ACL',
  'RESOURCES',
  'PARSER',
  'LOCALE',
  'AUTH',
]);

/** `univention_debug_level_text`'s names at their numbers, as levels. */
const LEVEL_NAMES = ['ERROR', 'WARN', 'PROCESS', 'INFO', 'ALL', 'TRACE'];
const LEVELS: readonly Level[] = ['ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG', 'TRACE'];

/**
 * Univention's header after the time opening `raw`: the level (over any the header finder took), the
 * text after ` : ` the message; untouched otherwise.
 */
export function takeUniventionHeader(line: ParsedLine, raw: string): void {
  if (line.timestamp === undefined || !TIME.test(raw)) return;
  HEADER.lastIndex = TIME_CHARS;
  const header = HEADER.exec(raw);
  if (header === null || !CATEGORIES.has(header[1] as string)) return;
  const name = header[2] as string;
  const level = /^\d/.test(name) ? 'TRACE' : LEVELS[LEVEL_NAMES.indexOf(name)];
  if (level === undefined) return;
  line.level = level;
  line.fields.header_columns = header[1] as string;
  line.message = raw.slice(HEADER.lastIndex);
}
