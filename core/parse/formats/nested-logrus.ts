/**
 * nested-logrus-formatter (`github.com/antonfisher/nested-logrus-formatter`, and the forks in
 * CYBERTEC's pgwatch and pg_timetable `internal/log`): `Format` writes the time, ` [LEVEL]` (the
 * full name with `ShowFullLevel`, else its first four letters), a space, then each field as
 * `[key:value] ` (`writeField`, keys unless `HideKeys`), then the message:
 * `2026-11-24 09:15:30.227 [INFO] [source:db1] [metric:wal] [interval:60] starting gatherer`.
 * After the time and that bracketed level only, the `[key:value]` run goes to `fields` and the text
 * after it is the message (a logger or header column taken from one of them is given back). A key is
 * a field name, letters, digits and `_`: `[Announce.cc:281]` (aria2) is a source location.
 */
import type { ParsedLine } from '../types.ts';

const LEVEL = /^ \[(?:TRACE|DEBUG|INFO|WARNING|ERROR|FATAL|PANIC|TRAC|DEBU|WARN|ERRO|FATA|PANI)\] /;
const FIELD = /\[([A-Za-z_]\w*):([^\]]*)\] /y;

/** The `[key:value] ` fields after the time and the bracketed level opening `raw`; untouched otherwise. */
export function takeNestedLogrusFields(line: ParsedLine, raw: string): void {
  const time = line.timestampText;
  if (time === undefined || line.level === undefined || !raw.startsWith(time)) return;
  const level = LEVEL.exec(raw.slice(time.length, time.length + 11));
  if (level === null) return;
  FIELD.lastIndex = time.length + level[0].length;
  const taken: string[] = [];
  let end = FIELD.lastIndex;
  for (let field = FIELD.exec(raw); field !== null; field = FIELD.exec(raw)) {
    taken.push(`${field[1]}:${field[2]}`);
    line.fields[field[1] as string] ??= field[2] as string;
    end = FIELD.lastIndex;
  }
  if (taken.length === 0 || end >= raw.length) return;
  line.message = raw.slice(end);
  if (line.logger !== undefined && taken.includes(line.logger)) line.logger = undefined;
  const columns = line.fields.header_columns;
  if (typeof columns === 'string' && columns.split(' ').every((c) => taken.includes(c.slice(1, -1))))
    delete line.fields.header_columns;
}
