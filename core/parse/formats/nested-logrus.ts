/**
 * nested-logrus-formatter (`github.com/antonfisher/nested-logrus-formatter`, and the forks in
 * CYBERTEC's pgwatch and pg_timetable `internal/log`): `Format` writes the time, ` [LEVEL]` (the
 * full name with `ShowFullLevel`, else its first four letters), a space, then each field as
 * `[key:value] ` (`writeField`, keys unless `HideKeys`), then the message:
 * `2026-11-24 09:15:30.227 [INFO] [source:db1] [metric:wal] [interval:60] starting gatherer`.
 * After the time and that bracketed level only, the `[key:value]` run goes to `fields` and the text
 * after it is the message (a logger or header column taken from one of them is given back). A key is
 * a field name, letters, digits and `_`: `[Announce.cc:281]` (aria2) and `[C:\src\id.go:483]` are
 * source locations.
 */
import { isLetter } from '../calendar.ts';
import { isSourceLocation, isWordChar } from '../header-fields.ts';
import { putField } from '../json-object.ts';
import type { ParsedLine } from '../types.ts';

const LEVEL = /^ \[(?:TRACE|DEBUG|INFO|WARNING|ERROR|FATAL|PANIC|TRAC|DEBU|WARN|ERRO|FATA|PANI)\] /;

/** The `[key:value] ` fields after the time and the bracketed level opening `raw`; untouched otherwise. */
export function takeNestedLogrusFields(line: ParsedLine, raw: string): void {
  const time = line.timestampText;
  // The `[` of ` [LEVEL] ` first: nearly every dated line is turned away there, before any slice.
  if (time === undefined || line.level === undefined || raw.charCodeAt(time.length + 1) !== 91) return;
  if (!raw.startsWith(time)) return;
  const level = LEVEL.exec(raw.slice(time.length, time.length + 11));
  if (level === null) return;
  const taken: string[] = [];
  let end = time.length + level[0].length;
  for (let after = fieldEnd(raw, end); after > 0; after = fieldEnd(raw, end)) {
    const colon = raw.indexOf(':', end);
    const [key, value] = [raw.slice(end + 1, colon), raw.slice(colon + 1, after - 2)];
    taken.push(`${key}:${value}`);
    if (!Object.hasOwn(line.fields, key)) putField(line.fields, key, value);
    end = after;
  }
  if (taken.length === 0 || end >= raw.length) return;
  line.message = raw.slice(end);
  if (line.logger !== undefined && taken.includes(line.logger)) line.logger = undefined;
  const columns = line.fields.header_columns;
  if (typeof columns === 'string' && columns.split(' ').every((c) => taken.includes(c.slice(1, -1))))
    delete line.fields.header_columns;
}

/**
 * After the `[key:value] ` at `i` (a key of letters, digits and `_`, not a digit first; a value
 * without `]`), or -1. Read once, character by character: a long run of fields costs its length.
 */
function fieldEnd(raw: string, i: number): number {
  if (raw.charCodeAt(i) !== 91) return -1;
  let k = i + 1;
  const first = raw.charCodeAt(k);
  if (!isLetter(first) && first !== 95) return -1;
  while (isWordChar(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 58) return -1;
  const close = raw.indexOf(']', k);
  // A drive's letter is no key: `[C:\src\id.go:483]` is a source location (hivemind's caller bracket).
  if (close < 0 || raw.charCodeAt(close + 1) !== 32 || isSourceLocation(raw, i + 1, close)) return -1;
  return close + 2;
}
