import { isLetter, isLower, monthAt } from './calendar.ts';
import { mayBeAccess, parseAccess } from './formats/access.ts';
import { parseApacheError } from './formats/apache-error.ts';
import { parseBochsLine } from './formats/bochs-log.ts';
import { parseCmtrace } from './formats/cmtrace.ts';
import { parseCri } from './formats/cri.ts';
import { parseCustom } from './formats/custom.ts';
import { parseFbbLine } from './formats/fbb-log.ts';
import { parseFiLogLine } from './formats/fi-log.ts';
import { parseGwenLogLine } from './formats/gwen-log.ts';
import { parseIbDiagLine } from './formats/ib-diag.ts';
import { parseJson } from './formats/json.ts';
import { parseLeveled, parsePythonBasic } from './formats/leveled.ts';
import { isSigil, looksLikeLogfmt, parseLogfmt } from './formats/logfmt.ts';
import { parseLprngStatus } from './formats/lprng-status.ts';
import { parseRpcs3Line, RPCS3_DOT } from './formats/rpcs3-log.ts';
import { parseSapListLog } from './formats/sap-listlog.ts';
import { CADENCE_TOOL_CHARS, parseCadenceReport, parseSimulatorReport } from './formats/simulator-report.ts';
import { parseSrtLogLine } from './formats/srt-log.ts';
import {
  INFO_LETTER,
  LOWEST_SYMBOL,
  parseBracketedMark,
  parseStatusSymbol,
  parseSuccessBadge,
} from './formats/status-symbol.ts';
import { parseSyslog3164, parseSyslog5424 } from './formats/syslog.ts';
import { parseWineDebugLine } from './formats/wine-debug.ts';
import { parseXmlRecord } from './formats/xml-record.ts';
import { plainLine } from './line.ts';
import type { TimeContext } from './timestamps.ts';
import type { FormatName, ParsedLine, ParseOptions } from './types.ts';

type Parser = (raw: string, ctx: TimeContext) => ParsedLine | undefined;

const leveledFamily: Parser = (raw, ctx) => parseLeveled(raw, ctx) ?? parsePythonBasic(raw);

const FORCED: Readonly<Record<FormatName, Parser>> = {
  json: parseJson,
  logfmt: parseLogfmt,
  syslog3164: parseSyslog3164,
  syslog5424: parseSyslog5424,
  access_combined: parseAccess,
  access_common: parseAccess,
  apache_error: parseApacheError,
  cmtrace: parseCmtrace,
  sap_listlog: parseSapListLog,
  xml: parseXmlRecord,
  cri: (raw, ctx) => parseCri(raw, ctx, (inner) => detectInner(inner, ctx)),
  nginx_error: leveledFamily,
  log4j: leveledFamily,
  python: leveledFamily,
  golog: leveledFamily,
  level_bracket: leveledFamily,
  timestamped: leveledFamily,
};

/**
 * Picks a parser from the first characters instead of trying every format (`indented`: the line had
 * white space before `raw`, which was cut). `unwrap`: a CRI line, one level, read with detection
 * alone; the parser's entry reads carried lines itself (`parseCarried`), so this serves a CRI line
 * inside a carried one and one behind white space or colour codes the entry's `mayBeCarried` saw.
 * A line no opening names may still be known by its end: LPRng's status line, its time and job in
 * a trailer after the text (`formats/lprng-status.ts`).
 */
export function detect(
  raw: string,
  ctx: TimeContext,
  unwrap = true,
  indented = false,
): ParsedLine | undefined {
  return detectByOpening(raw, ctx, unwrap, indented) ?? parseLprngStatus(raw, ctx);
}

function detectByOpening(
  raw: string,
  ctx: TimeContext,
  unwrap: boolean,
  indented: boolean,
): ParsedLine | undefined {
  const c = raw.charCodeAt(0);
  if (c === 123) return parseJson(raw, ctx) ?? plainLine(raw, 'invalid JSON object');
  if (c === 60)
    return (
      parseCmtrace(raw, ctx) ??
      parseXmlRecord(raw, ctx) ??
      parseSyslog5424(raw, ctx) ??
      parseSyslog3164(raw, ctx)
    );
  if (c === 35) {
    const listLog = parseSapListLog(raw, ctx);
    if (listLog !== undefined) return listLog;
    // Questa's transcript: `# ` before its own messages and UVM's reports (`simulator-report.ts`).
    const transcript = parseSimulatorReport(raw);
    if (transcript !== undefined) return transcript;
  }
  // UVM's report (`UVM_INFO file(64) @ 0: …`), Questa's `** Error: …` (Cadence's in `parseLowerNamePrefix`).
  if (c === 85 || c === 42) {
    const report = parseSimulatorReport(raw);
    if (report !== undefined) return report;
  }
  if (c === 91) return parseBracketedMark(raw, ctx) ?? parseApacheError(raw, ctx) ?? parseLeveled(raw, ctx);
  if (c >= 48 && c <= 57) {
    const cri =
      unwrap && raw.length > 30 && raw.charCodeAt(10) === 84
        ? parseCri(raw, ctx, (inner) => detectInner(inner, ctx))
        : undefined;
    if (cri !== undefined) return cri;
    // Gwenhywfar's `6:2026/11/30 06-00-01:aqhbci(20411):` (AqBanking): its priority digit and colon.
    const gwen = raw.charCodeAt(1) === 58 ? parseGwenLogLine(raw, ctx) : undefined;
    if (gwen !== undefined) return gwen;
    return (
      wineDebugIf(raw) ??
      parseBochsLine(raw) ??
      parseFbbLine(raw, ctx) ??
      parseLeveled(raw, ctx) ??
      (mayBeAccess(raw) ? parseAccess(raw, ctx) : undefined) ??
      logfmtIf(raw, ctx)
    );
  }
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    if (monthAt(raw, 0) !== 0) {
      const syslog = parseSyslog3164(raw, ctx);
      if (syslog !== undefined) return syslog;
    }
    if (c <= 90) {
      const badge = indented && c === 68 ? parseSuccessBadge(raw, ctx, indented) : undefined;
      if (badge !== undefined) return badge;
      const python = parsePythonBasic(raw, ctx);
      if (python !== undefined) return python;
      const ctime = parseLeveled(raw, ctx);
      if (ctime !== undefined) return ctime;
    }
    const info =
      c === INFO_LETTER && raw.charCodeAt(1) === 32 ? parseStatusSymbol(raw, ctx, indented) : undefined;
    if (info !== undefined) return info;
    if (c >= 97) {
      // A Wine thread id opening with a hex letter (`a0c4:fixme:…`, `wine-debug.ts`).
      const wine = c <= 102 ? wineDebugIf(raw) : undefined;
      if (wine !== undefined) return wine;
      const own = parseLowerNamePrefix(raw) ?? parseSrtLogLine(raw);
      if (own !== undefined) return own;
    }
    return logfmtIf(raw, ctx) ?? (mayBeAccess(raw) ? parseAccess(raw, ctx) : undefined);
  }
  // A logfmt record whose reserved keys carry a sigil (`$time=… $level=warn $msg=…`, `@timestamp=…`):
  // only one where a key gave a time, a level or a message.
  if (isSigil(c) && isLetter(raw.charCodeAt(1))) {
    const pairs = logfmtIf(raw, ctx);
    if (
      pairs !== undefined &&
      (pairs.timestampText !== undefined || pairs.level !== undefined || pairs.message !== '')
    )
      return pairs;
  }
  // RPCS3's `·E 0:00:05.814705 …`: a middle dot and its severity's letter (`rpcs3-log.ts`).
  if (c === RPCS3_DOT) {
    const rpcs3 = parseRpcs3Line(raw);
    if (rpcs3 !== undefined) return rpcs3;
  }
  // Only lines opening with a symbol look it up (`×`, then U+2000 on: bullets, check marks, warning signs).
  if (c >= 0x2000 || c === LOWEST_SYMBOL) {
    const status = parseStatusSymbol(raw, ctx, indented);
    if (status !== undefined) return status;
  }
  return mayBeAccess(raw) ? parseAccess(raw, ctx) : undefined;
}

/** The line inside a container runtime's wrapper; never undefined (plain when unknown). */
function detectInner(inner: string, ctx: TimeContext): ParsedLine {
  return detect(inner, ctx, false) ?? plainLine(inner, 'no known format');
}

/** Characters a lower-case program name or tag opening a line may have before its colon. */
const LOWER_NAME_CHARS = 16;

/**
 * A line opening with a lower-case name and a colon, a digit, ` [` or ` *` after it: libfabric's
 * `libfabric:48213:1795511642::…` (`fi-log.ts`), the InfiniBand libraries' `ibwarn: [7311] …`
 * (`ib-diag.ts`), Cadence's `xmelab: *W,CODE …` (`simulator-report.ts`). One scan of the name and a
 * few character tests turn other lines away.
 */
function parseLowerNamePrefix(raw: string): ParsedLine | undefined {
  let k = 1;
  let lettersOnly = true;
  for (; k < LOWER_NAME_CHARS; k++) {
    const c = raw.charCodeAt(k);
    if (isLower(c)) continue;
    if ((c >= 48 && c <= 57) || c === 95) lettersOnly = false;
    else break;
  }
  if (raw.charCodeAt(k) !== 58) return undefined;
  const after = raw.charCodeAt(k + 1);
  if (after >= 48 && after <= 57) return lettersOnly ? parseFiLogLine(raw, k) : undefined;
  if (after !== 32) return undefined;
  const mark = raw.charCodeAt(k + 2);
  if (mark === 42) return k <= CADENCE_TOOL_CHARS ? parseCadenceReport(raw) : undefined;
  return lettersOnly ? parseIbDiagLine(raw, k) : undefined;
}

/** Wine's debug line (`wine-debug.ts`) where a colon closes a short first field, else undefined. */
function wineDebugIf(raw: string): ParsedLine | undefined {
  const colon = raw.indexOf(':');
  return colon >= 4 && colon <= WINE_HEAD ? parseWineDebugLine(raw) : undefined;
}

/** The farthest a Wine line's first colon stands: `%3u.%03u:` of the longest uptime, or an id. */
const WINE_HEAD = 11;

function logfmtIf(raw: string, ctx: TimeContext): ParsedLine | undefined {
  return looksLikeLogfmt(raw) ? parseLogfmt(raw, ctx) : undefined;
}

/** Parses with the format the options force; undefined when the line does not match it. */
export function parseForced(raw: string, options: ParseOptions, ctx: TimeContext): ParsedLine | undefined {
  if (options.custom !== undefined) return parseCustom(raw, options.custom, ctx);
  const parser = options.format === undefined ? undefined : FORCED[options.format];
  return parser === undefined ? detect(raw, ctx) : parser(raw, ctx);
}

/** Name of the format the options force, for error messages. */
export function forcedName(options: ParseOptions): string | undefined {
  return options.custom?.format ?? options.format;
}
