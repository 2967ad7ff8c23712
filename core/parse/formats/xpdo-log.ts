/**
 * xPDO's file log, MODX Revolution's `core/cache/logs/error.log`: `xPDO::_log` writes
 * `'[' . strftime('%Y-%m-%d %H:%M:%S') . '] (' . $this->_getLogLevel($level) . $def . $file . $line . ') ' . $msg`,
 * where `$def` is `" in {$def}"`, `$file` `" @ {$file}"` and `$line` `" : {$line}"`, each only when
 * given (the file defaults to the script's path): `[2026-11-21 06:14:37] (ERROR @ /var/www/…/x.php : 27) text`,
 * `[2013-09-15 14:21:25] (ERROR @ /index.php) [Mobile Detect] An error occurred.` (modxorg/Docs,
 * `xpdo.log.md`). `xPDO::_getLogLevel` writes `DEBUG`, `INFO`, `WARN`, `ERROR` for its four
 * `LOG_LEVEL_*` constants and `FATAL` for any other level (its `switch`'s `default`, xpdo.class.php):
 * Logward's names as spelled.
 *
 * Read only as that whole group right after the bracketed time: the level, the location →
 * `fields.caller`, the definition (`in modSnippet`) → `logger`, the text after `) `. A parenthesis of
 * the text (`(see @ docs)`) or one later in the line stays the text's.
 */
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `[YYYY-MM-DD HH:MM:SS] (`: the group opens at this index. */
const GROUP_START = 23;
const GROUP =
  /(FATAL|ERROR|WARN|INFO|DEBUG)(?: in ([^@()]{1,128}?))?(?: @ ([^()]{1,512}?))?(?: : (\d{1,9}))?\) /y;
const TIME = /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] \(/;

/** xPDO's `(LEVEL[ in def][ @ file][ : line]) ` after the time opening `raw`: the level, location and text. */
export function takeXpdoGroup(line: ParsedLine, raw: string): void {
  // `[`, the time's `]` and the group's `(` at their fixed places turn other lines away.
  if (
    raw.charCodeAt(GROUP_START - 1) !== 40 ||
    raw.charCodeAt(20) !== 93 ||
    raw.charCodeAt(0) !== 91 ||
    line.timestamp === undefined ||
    !TIME.test(raw)
  )
    return;
  GROUP.lastIndex = GROUP_START;
  const group = GROUP.exec(raw);
  if (group === null) return;
  line.level = group[1] as Level;
  if (group[2] !== undefined) line.logger = group[2];
  if (group[3] !== undefined)
    line.fields.caller = group[4] === undefined ? group[3] : `${group[3]}:${group[4]}`;
  line.message = raw.slice(GROUP.lastIndex);
}
