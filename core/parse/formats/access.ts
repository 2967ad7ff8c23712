import type { Level } from '../levels.ts';
import { newLine, setTimestampText } from '../line.ts';
import { scanClf, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

// [vhost:port] host ident user [time] "request" status bytes ["referrer" "user-agent"] [anything else]
const ACCESS =
  /^(?:(\S+) )?(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(.*)$/;

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
  const line = newLine(combined ? 'access_combined' : 'access_common', unescapeLog(request));
  const fields = line.fields;
  if (vhost !== undefined) fields.vhost = vhost;
  fields.client = client;
  if (dash(ident) !== undefined) fields.ident = ident;
  if (dash(user) !== undefined) fields.user = user;
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
  if (combined) {
    const ref = dash(referrer);
    if (ref !== undefined) fields.referrer = unescapeLog(ref);
    const ua = dash(agent);
    if (ua !== undefined) fields.userAgent = unescapeLog(ua);
  }
  const extra = rest?.trim();
  if (extra) fields.extra = extra;
  if (scanClf(time, 0, ctx, scan) && scan.end === time.length) {
    line.timestampText = time;
    line.timestamp = scan.ms;
  } else setTimestampText(line, time, ctx);
  return line;
}
