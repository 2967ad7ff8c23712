/**
 * SPIP's log line (`tmp/log/spip.log` and its named logs; `ecrire/inc/log.php`'s `inc_log_dist`):
 * `date("Y-m-d H:i:s") ip (pid N) [file:Lnn:func():]:Pub:` (`:Pri:` in the private area), then the
 * text `spip_log` (`ecrire/inc/utils.php`) opens with its gravity's prefix and a space: `HS:`,
 * `ALERTE:`, `CRITIQUE:`, `ERREUR:`, `WARNING:`, `!INFO:`, `info:`, `debug:`, the constants `_LOG_HS`
 * (0) to `_LOG_DEBUG` (7), syslog's severities (SPIP 5 maps `_LOG_INFO_IMPORTANTE` to PSR-3's
 * `notice()`): `!INFO` is NOTICE, `CRITIQUE` FATAL. The French words are SPIP's alone (no other
 * product of the development sets writes them), so they are read only in that place, after the whole
 * header; the header (ip, pid, location, area) goes to `fields.header_columns` as written.
 */
import { isDigit } from '../calendar.ts';
import { syslogSeverityLevel } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `spip_log`'s prefixes, each at its gravity's number. */
const GRAVITIES = ['HS', 'ALERTE', 'CRITIQUE', 'ERREUR', 'WARNING', '!INFO', 'info', 'debug'];

/** `YYYY-MM-DD HH:MM:SS`, `inc_log_dist`'s date, and the space after it. */
const DATE_CHARS = 19;

/** Longest client address before the pid (an IPv6 address, 45 characters), and its space. */
const IP_CHARS = 46;

/**
 * `$GLOBALS['ip']` as `inc_log_dist` writes it: the client's address (IPv4, IPv6), or nothing on the
 * command line. Only an address stands there: a line whose level word sits in that place
 * (`date ERROR (pid 1) :Pub:debug: x`, its text forging the rest) is no SPIP line.
 */
const CLIENT_ADDRESS = /^(?:[\dA-Fa-f]*[.:][\dA-Fa-f.:]*)?$/;

/** After the ip: the pid, `_LOG_FILELINE`'s optional location, the area, and an optional gravity. */
const AFTER_IP = new RegExp(
  String.raw`\(pid \d+\) (?:\S+:L\d+:\w*\(\):)?:(?:Pub|Pri):(?:(${GRAVITIES.join('|')}): )?`,
  'y',
);

/** True when `raw` opens with `inc_log_dist`'s `YYYY-MM-DD HH:MM:SS ` date. */
function opensWithSpipDate(raw: string): boolean {
  for (let k = 0; k < DATE_CHARS; k++) {
    const c = raw.charCodeAt(k);
    const sign = k === 4 || k === 7 ? 45 : k === 10 ? 32 : k === 13 || k === 16 ? 58 : -1;
    if (sign < 0 ? !isDigit(c) : c !== sign) return false;
  }
  return raw.charCodeAt(DATE_CHARS) === 32;
}

/**
 * SPIP's header after the time opening `raw`: its gravity the level (over any a reader took from the
 * prefix's letters, `!INFO` read as INFO), its text after the prefix the message; untouched otherwise.
 */
export function takeSpipHeader(line: ParsedLine, raw: string): void {
  if (line.timestampText === undefined || !opensWithSpipDate(raw)) return;
  // The pid within an address's reach of the date: a line that is no SPIP's is not read to its end.
  const pid = raw.lastIndexOf(' (pid ', DATE_CHARS + IP_CHARS);
  if (pid < DATE_CHARS) return;
  if (!CLIENT_ADDRESS.test(raw.slice(DATE_CHARS + 1, pid))) return;
  AFTER_IP.lastIndex = pid + 1;
  const header = AFTER_IP.exec(raw);
  if (header === null) return;
  const gravity = header[1];
  const end = AFTER_IP.lastIndex;
  const area = gravity === undefined ? end : end - gravity.length - 2;
  line.level = gravity === undefined ? undefined : syslogSeverityLevel(GRAVITIES.indexOf(gravity));
  line.fields.header_columns = raw.slice(DATE_CHARS + 1, area - 1).trimStart();
  line.message = raw.slice(end);
}
