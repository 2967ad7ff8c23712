import { agreedPosition, MIN_SAMPLE_LINES } from '../agreement.ts';
import { isLetter } from '../calendar.ts';
import { type Level, levelWord } from '../levels.ts';
import { newLine, setTimestampText } from '../line.ts';
import { scanClf, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

// [vhost:port] host ident user [time] "request" status bytes ["referrer" "user-agent"] [anything else]
// A quoted value is `[^"\\]*(?:\\.[^"\\]*)*`, the unrolled `(?:[^"\\]|\\.)*`: the same matches (its two
// branches never start alike), but a run of plain characters is one native loop, not a step per
// character (about 60 ns less per combined line).
const ACCESS =
  /^(?:(\S+) )?(\S+) (\S+) (\S+) \[([^\]]+)\] "([^"\\]*(?:\\.[^"\\]*)*)" (\d{3}|-) (\d+|-)(?: "([^"\\]*(?:\\.[^"\\]*)*)" "([^"\\]*(?:\\.[^"\\]*)*)")?(.*)$/;

const scan: TimeScan = { ms: 0, end: 0 };

/** Level from an HTTP status: 5xx ERROR, 4xx WARN, anything else INFO. */
export function statusLevel(status: number): Level {
  if (status >= 500 && status < 600) return 'ERROR';
  if (status >= 400 && status < 500) return 'WARN';
  return 'INFO';
}

const dash = (v: string | undefined): string | undefined => (v === '-' || v === '' ? undefined : v);

function unescapeLog(v: string): string {
  return v.indexOf('\\') < 0
    ? v
    : v.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
        e.length === 3 ? String.fromCharCode(Number.parseInt(e.slice(1), 16)) : e,
      );
}

/** Quick test before running the access-log regex: a bracketed time, then a quoted request (`[time] "`). */
export function mayBeAccess(raw: string): boolean {
  const open = raw.indexOf(' [');
  return open > 0 && open < 300 && raw.indexOf('] "', open) > 0;
}

/**
 * The request line as the message (without its quotes), its method, path and protocol, the status
 * and its level, and the size, as Common Log Format writes them after its time (`"%r" %>s %b`; `-`
 * for no status or size).
 */
function takeRequest(line: ParsedLine, request: string, statusText: string, bytes: string | undefined): void {
  line.message = unescapeLog(request);
  const fields = line.fields;
  const sp1 = request.indexOf(' ');
  if (sp1 > 0) {
    fields.method = request.slice(0, sp1);
    const sp2 = request.indexOf(' ', sp1 + 1);
    fields.path = unescapeLog(request.slice(sp1 + 1, sp2 < 0 ? request.length : sp2));
    if (sp2 > 0) fields.protocol = request.slice(sp2 + 1);
  }
  if (statusText !== '-') {
    const status = Number(statusText);
    fields.status = status;
    line.level = statusLevel(status);
  }
  fields.bytes = bytes === '-' ? 0 : Number(bytes);
}

/** What an access line writes after the columns read (`"HIT" "host" "-"`), kept in `fields.extra`. */
function keepRest(line: ParsedLine, rest: string | undefined): void {
  const extra = rest?.trim();
  if (extra) line.fields.extra = extra;
}

/**
 * Apache/Nginx access logs, common (`%h %l %u %t "%r" %>s %b`) and combined (plus
 * `"%{Referer}i" "%{User-agent}i"`), optionally led by `%v:%p` (vhost_combined). The message is the
 * request line.
 */
export function parseAccess(raw: string, ctx: TimeContext): ParsedLine | undefined {
  const m = ACCESS.exec(raw);
  if (m === null) return undefined;
  const [
    ,
    vhost,
    client,
    ident,
    user,
    time = '',
    request = '',
    statusText = '',
    bytes,
    referrer,
    agent,
    rest,
  ] = m;
  const combined = agent !== undefined;
  const line = newLine(combined ? 'access_combined' : 'access_common', '');
  const fields = line.fields;
  if (vhost !== undefined) fields.vhost = vhost;
  fields.client = client;
  if (dash(ident) !== undefined) fields.ident = ident;
  if (dash(user) !== undefined) fields.user = user;
  takeRequest(line, request, statusText, bytes);
  if (combined) {
    const ref = dash(referrer);
    if (ref !== undefined) fields.referrer = unescapeLog(ref);
    const ua = dash(agent);
    if (ua !== undefined) fields.userAgent = unescapeLog(ua);
  }
  keepRest(line, rest);
  if (scanClf(time, 0, ctx, scan) && scan.end === time.length) {
    line.timestampText = time;
    line.timestamp = scan.ms;
  } else setTimestampText(line, time, ctx);
  return line;
}

/** Most words a custom access format may write before its bracketed time (a dozen header fields). */
const MOST_LEADING_WORDS = 10;

const lateScan: TimeScan = { ms: 0, end: 0 };
/** CLF's quoted request, status and size right after its time (`"%r" %>s %b`), read from a given index. */
const REQUEST_TAIL = /"((?:[^"\\]|\\.)*)" (\d{3}|-) (\d+|-)(?= |$)/y;

/**
 * The word (counted from 0) where a custom access format writes its bracketed time after more
 * leading words than the access readers know (lancache's `[wsus] 192.168.2.43 / - - - [30/Nov/2026:
 * 19:30:04 +0100] "GET …"`: nginx `log_format`s with a cache key, a vhost, an upstream or a request
 * id before `$time_local`): the same word on `MIN_AGREEMENT` of the sample's non-empty lines and at least
 * `MIN_SAMPLE_LINES` (`lateAccessWord`); 0 when none (a time opening the line is the header finder's).
 */
export function learnAccessWord(lines: readonly string[], ctx: TimeContext): number {
  const counts = new Array<number>(MOST_LEADING_WORDS + 1).fill(0);
  let counted = 0;
  for (const raw of lines) {
    if (raw.length === 0) continue;
    counted++;
    const word = mayBeAccess(raw) ? lateAccessWord(raw, ctx, -1) : -1;
    if (word > 0) counts[word] = (counts[word] as number) + 1;
  }
  return agreedPosition(counts, counted, MIN_SAMPLE_LINES);
}

/**
 * A line nothing else read, with its bracketed time in the word its source learned
 * (`learnAccessWord`): that time, and, where CLF's request, status and size follow it, those read
 * as the access readers read them: the request line as the message, the fields and the status's
 * level. Which leading word is the client is the format's own, so none is named: the leading words
 * are kept as written in `fields.header_columns`, as the header columns a source's lines open with
 * are, and what follows the size in `fields.extra`. With no request tail after the time, the line
 * whole is the message. Undefined when the line does not have that shape.
 */
export function readLateAccessTime(
  text: string,
  raw: string,
  word: number,
  ctx: TimeContext,
): ParsedLine | undefined {
  if (!mayBeAccess(raw) || lateAccessWord(raw, ctx, word) !== word) return undefined;
  const line = newLine('access_custom', text);
  line.timestamp = lateScan.ms;
  line.timestampText = raw.slice(lateScanStart, lateScan.end);
  REQUEST_TAIL.lastIndex = lateScan.end + 2;
  const tail = REQUEST_TAIL.exec(raw);
  if (tail === null) return line;
  takeRequest(line, tail[1] as string, tail[2] as string, tail[3]);
  const leading = raw.slice(0, lateScanStart - 1).trim();
  if (leading.length > 0) line.fields.header_columns = leading;
  keepRest(line, raw.slice(REQUEST_TAIL.lastIndex));
  return line;
}

/** Where the time read by the last `lateAccessWord` starts. */
let lateScanStart = 0;

/**
 * The word of `raw` holding `[dd/Mon/yyyy:HH:mm:ss ±zzzz]` followed by a quoted request (` "`), after
 * leading words that are a format's fields, not text: no quote or `=` in them, none a level word
 * (bare or bracketed), none ending a clause (`:` `,` `;` `.`), at most one of letters alone (prose has
 * several). `only` >= 0 looks at that word alone. -1 when none.
 */
function lateAccessWord(raw: string, ctx: TimeContext, only: number): number {
  let i = 0;
  let letterWords = 0;
  const last = only >= 0 ? only : MOST_LEADING_WORDS;
  for (let w = 0; w <= last; w++) {
    while (raw.charCodeAt(i) === 32) i++;
    if (i >= raw.length) return -1;
    if (
      (only < 0 || w === only) &&
      raw.charCodeAt(i) === 91 &&
      scanClf(raw, i + 1, ctx, lateScan) &&
      raw.charCodeAt(lateScan.end) === 93 &&
      raw.startsWith(' "', lateScan.end + 1)
    ) {
      lateScanStart = i + 1;
      return w;
    }
    const start = i;
    let letters = true;
    while (i < raw.length && raw.charCodeAt(i) !== 32) {
      const c = raw.charCodeAt(i);
      if (c === 34 || c === 61) return -1;
      if (!isLetter(c)) letters = false;
      i++;
    }
    if (!isFieldWord(raw, start, i)) return -1;
    if (letters && ++letterWords > 1) return -1;
  }
  return -1;
}

/** A leading word that may be a format's field: no level word (bare or bracketed), no clause's end. */
function isFieldWord(raw: string, start: number, end: number): boolean {
  const lastChar = raw.charCodeAt(end - 1);
  if (lastChar === 58 || lastChar === 44 || lastChar === 59 || lastChar === 46) return false;
  const bracketed = raw.charCodeAt(start) === 91 && lastChar === 93;
  const word = raw.slice(bracketed ? start + 1 : start, bracketed ? end - 1 : end);
  return levelWord(word) === undefined;
}
