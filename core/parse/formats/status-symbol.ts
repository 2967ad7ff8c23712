import { isAgreed, MIN_SAMPLE_LINES } from '../agreement.ts';
import { isDigit, isLetter, isLower, isUpper } from '../calendar.ts';
import { isFullLevelWord, type Level, levelSpelling } from '../levels.ts';
import { appendHeaderColumns, newLine } from '../line.ts';
import { parseAnyTimestamp } from '../timestamp-shapes.ts';
import { scanTimestamp, type TimeContext, type TimeScan } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { takePaddedPairs } from './logfmt.ts';

/** `i`, log-symbols' info symbol without Unicode: a level only opening a line, two spaces after it. */
export const INFO_LETTER = 0x69;

/**
 * The status symbols command-line tools print where a level stands (sindresorhus's log-symbols,
 * consola and the CLIs built on them: `ℹ` info, `✔` success, `⚠` warning, `✖` error; apex/log's
 * CLI handler, which indents them: `•` info, `⨯` error; miette's `×` error, which Rust CLIs built on
 * it print indented; the error emoji `❌` of xcpretty, fastlane and other CLIs, and Parcel's `🚨`). A symbol is a level only where the line opens with it, followed by a space. An indented check mark is not: progress trees (Docker
 * Compose's ` ✔ Container db Started`, Capistrano's airbrussh) tick off a step with it, in the text.
 */
const SYMBOL_LEVELS: ReadonlyMap<number, Level> = new Map([
  [0x2139, 'INFO'], // ℹ
  [0x2714, 'INFO'], // ✔
  [0x2713, 'INFO'], // ✓
  [0x2022, 'INFO'], // •
  [0x26a0, 'WARN'], // ⚠
  [0x2716, 'ERROR'], // ✖
  [0x2717, 'ERROR'], // ✗
  [0x2718, 'ERROR'], // ✘
  [0x2a2f, 'ERROR'], // ⨯
  [0xd7, 'ERROR'], // ×
  [0x274c, 'ERROR'], // ❌
  [0x1f6a8, 'ERROR'], // 🚨
  // Ballot boxes: milc (the QMK CLI's logger) marks its errors `☒`; a checklist ticks `☑` off.
  [0x2612, 'ERROR'], // ☒
  [0x2611, 'INFO'], // ☑
  // log-symbols' fallbacks where the terminal has no Unicode (Windows consoles, some CI): `i` info
  // (firebase-tools prints it everywhere), `√` success, `‼` warning, `×` error (above).
  [INFO_LETTER, 'INFO'],
  [0x221a, 'INFO'], // √
  [0x203c, 'WARN'], // ‼
]);

/** The lowest code of a status symbol: a line opening below it is looked up no further. */
export const LOWEST_SYMBOL = 0xd7;

const CHECK_MARKS: ReadonlySet<number> = new Set([0x2714, 0x2713, 0x2611]);

const VARIATION_SELECTOR = 0xfe0f;

/**
 * A line opening with a status symbol (`✔ built in 16ms`, `⚠ deprecated option`): the symbol is
 * the level, the text follows it. consola's fancy reporter right-aligns a time of day, after an
 * optional tag, at the end of the line (`✔ built in 16ms      nitro 14:06:05`): that is the line's
 * time, the tag left out. Undefined when the line does not open with one (`indented`: white space
 * before `raw` was cut).
 */
export function parseStatusSymbol(raw: string, ctx: TimeContext, indented: boolean): ParsedLine | undefined {
  const symbol = raw.codePointAt(0) as number;
  const level = SYMBOL_LEVELS.get(symbol);
  if (level === undefined || (indented && CHECK_MARKS.has(symbol))) return undefined;
  let i = symbol > 0xffff ? 2 : 1;
  if (raw.charCodeAt(i) === VARIATION_SELECTOR) i++;
  if (raw.charCodeAt(i) !== 32) return undefined;
  // `i am` opens a sentence; firebase-tools and log-symbols' users pad the letter (`i  deploying`).
  if (symbol === INFO_LETTER && raw.charCodeAt(2) !== 32) return undefined;
  while (raw.charCodeAt(i) === 32) i++;
  // Padded, the letter may still head a column or name a variable (zypper's `i  | vim`, `i  = 0`):
  // as a level, a word follows it.
  if (symbol === INFO_LETTER && !isLetter(raw.charCodeAt(i))) return undefined;
  return markedLine(raw, i, level, ctx);
}

/**
 * The bracketed status marks of security and exploit tools (Metasploit's console, Impacket's and
 * pwntools' loggers, and the scripts written in their style): `[*]` info, `[!]` warning, `[-]` a
 * failure. `[+]` is left out: Metasploit and pwntools print success with it, Impacket debug.
 */
const BRACKETED_MARK_LEVELS: ReadonlyMap<number, Level> = new Map([
  [42, 'INFO'], // *
  [33, 'WARN'], // !
  [45, 'ERROR'], // -
]);

/**
 * A line opening with a bracketed status mark, a space and a capitalised word (`[*] Started
 * reverse TCP handler`): the mark is the level, the text follows it. A wildcard (`[*] = all`), a
 * tree's node (`[-] src`) or a mark glued to its text stays the text's.
 */
export function parseBracketedMark(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (raw.charCodeAt(2) !== 93 || raw.charCodeAt(3) !== 32 || !isUpper(raw.charCodeAt(4))) return undefined;
  const level = BRACKETED_MARK_LEVELS.get(raw.charCodeAt(1));
  // Rollup marks its errors `[!] Error: …`: a level word marked by a colon names the level itself.
  return level === undefined ? undefined : markedLine(raw, 4, markedWordLevel(raw, 4) ?? level, ctx);
}

/**
 * The bracketed one-character marks a source's sample may be learned to open its lines with
 * (`learnMarkedSource`), and their levels: the security tools' marks (`BRACKETED_MARK_LEVELS`, `[*]`
 * also sagan's and Meer's `Sagan_Log`), `[i]` and `[I]` INFO (maltrail; tarantool's letter), `[!]`
 * WARN (maltrail too), `[W]` WARN, `[E]` ERROR and `[D]` DEBUG (sagan, Meer), `[x]` and `[X]` ERROR
 * (maltrail's and scanners' errors before they exit).
 */
const LEARNED_MARK_LEVELS: ReadonlyMap<number, Level> = new Map([
  ...BRACKETED_MARK_LEVELS,
  [105, 'INFO'], // i
  [73, 'INFO'], // I
  [87, 'WARN'], // W
  [69, 'ERROR'], // E
  [68, 'DEBUG'], // D
  [120, 'ERROR'], // x
  [88, 'ERROR'], // X
]);

/**
 * Marks such a source also prints that name no level all its tools agree on, left unread: `[+]`
 * (success in Metasploit and pwntools, debug in Impacket), `[?]` (a prompt or a question in most
 * scripts, a warning in maltrail).
 */
const UNREAD_MARKS: ReadonlySet<number> = new Set([43, 63]);

/** The mark of a line opening with `[c] ` and text, as a code; -1 when it opens otherwise. */
function openingMark(raw: string): number {
  if (raw.charCodeAt(0) !== 91 || raw.charCodeAt(2) !== 93 || raw.charCodeAt(3) !== 32) return -1;
  const c = raw.charCodeAt(1);
  return c > 32 && c < 127 && raw.length > 4 && raw.charCodeAt(4) !== 32 ? c : c === 32 ? 32 : -1;
}

/**
 * True when the source's `sample` opens most of its lines (`MIN_AGREEMENT`, at least
 * `MIN_SAMPLE_LINES`) with a bracketed one-character mark, every mark one of the status marks
 * (`LEARNED_MARK_LEVELS`, `UNREAD_MARKS`) and at least half of them an info mark (`[*]`, `[i]`,
 * `[I]`), as a log's lines mostly are: a checklist (`[ ]` beside `[x]`, or `[x]` done with a starred
 * `[*]` item here and there), a menu of letters (`[e] Enum`, `[o] Open`) or a text with a mark here
 * and there learns nothing.
 */
export function learnMarkedSource(sample: readonly string[]): boolean {
  let counted = 0;
  let marked = 0;
  let info = 0;
  for (const line of sample) {
    if (line.length === 0) continue;
    counted++;
    const c = openingMark(line);
    if (c < 0) continue;
    const level = LEARNED_MARK_LEVELS.get(c);
    if (level === undefined && !UNREAD_MARKS.has(c)) return false;
    if (level === 'INFO') info++;
    marked++;
  }
  return info * 2 >= marked && isAgreed(marked, counted, MIN_SAMPLE_LINES);
}

/**
 * In a source learned to open its lines with status marks (`learnMarkedSource`), the level of the
 * line's mark and its text after it; `read`, what the other readings made of the line, keeps its
 * time when it has one, and its level when it read one (`[*] time ERROR text` stays ERROR, its word
 * cut as a level's), else it takes the mark's. Undefined when the line opens with no mark read.
 */
export function readLearnedMark(
  raw: string,
  read: ParsedLine | undefined,
  ctx: TimeContext,
): ParsedLine | undefined {
  const c = openingMark(raw);
  const mark = c < 0 ? undefined : LEARNED_MARK_LEVELS.get(c);
  if (mark === undefined) return undefined;
  if (read === undefined || read.parseFailed || read.timestamp === undefined) {
    const text = openingTimeEnd(raw, ctx);
    const line = markedLine(raw, text, markedWordLevel(raw, text) ?? mark, ctx, text === 4);
    if (text > 4) {
      line.timestamp = openingScan.ms;
      line.timestampText = raw.slice(4, openingScan.end);
    }
    return line;
  }
  read.level ??= markedWordLevel(raw, 4) ?? mark;
  return read;
}

/**
 * In a source learned to open its syslog messages with status marks after the program's tag
 * (`learnMarkedSource` over them), the level of the mark opening `line`'s message, over the
 * transport's priority (as `takeProgramLevel` reads a level word there), the text after it. A
 * program's level word read before it stands; a message opening with no mark read is left as it is.
 */
export function readTaggedMark(line: ParsedLine): void {
  const mark = LEARNED_MARK_LEVELS.get(openingMark(line.message));
  if (mark === undefined) return;
  if (line.level === undefined || line.fields.facility !== undefined) line.level = mark;
  line.message = line.message.slice(4);
}

const openingScan: TimeScan = { ms: 0, end: 0 };

/**
 * Where the text starts after a time opening it right after the mark (`[!] Mon Nov 30 2026 10:00:02
 * GMT+0100 (CET) text`, any shape `scanTimestamp` reads: the line-alone reading of the security
 * tools' marks, which read `[*]` and `[!]` first, knows a right-aligned time only), a space and text
 * after it (`openingScan` filled); 4, the text after the mark, when no time opens it.
 */
function openingTimeEnd(raw: string, ctx: TimeContext): number {
  if (!scanTimestamp(raw, 4, ctx, openingScan) || raw.charCodeAt(openingScan.end) !== 32) return 4;
  let k = openingScan.end;
  while (raw.charCodeAt(k) === 32) k++;
  return k < raw.length ? k : 4;
}

/** The level a capitalised word and a colon at `i` spell (`Error:`), or undefined. */
function markedWordLevel(raw: string, i: number): Level | undefined {
  const colon = raw.indexOf(':', i);
  if (colon < 0 || colon - i > 8) return undefined;
  for (let k = i; k < colon; k++) if (!isLetter(raw.charCodeAt(k))) return undefined;
  return colon - i >= 4 ? levelSpelling(raw.slice(i, colon)) : undefined;
}

/**
 * Rollup's warning mark, `(!) Circular dependencies` (and Vite's build, which runs Rollup: `(!) Some
 * chunks are larger than 500 kB`), opening a line before a capitalised word: WARN. Read only where
 * nothing else read the line.
 */
export function parseWarningMark(raw: string, ctx: TimeContext): ParsedLine | undefined {
  if (!raw.startsWith('(!) ') || !isUpper(raw.charCodeAt(4))) return undefined;
  return markedLine(raw, 4, 'WARN', ctx);
}

/** `!`, the mark whose runs open error lines. */
const BANG = 33;
/** Longest run of `!` read as a mark (`!!!`); a longer one is a banner's. */
const BANG_RUN = 3;

/** What `bangMark` found: the level, and where the text starts after the run and its spaces. */
const bang: { level: Level; textStart: number; run: number } = { level: 'ERROR', textStart: 0, run: 0 };

/**
 * A run of one to three `!` opening `text`, then spaces and the text, into `bang`: the error mark of
 * TeX (`! Undefined control sequence.`), adcli (` ! Couldn't authenticate`: its errors and warnings),
 * SetupAPI's text logs (`!!!  dvi: Device not started`) and OpenSnitch (`!!!`, its most severe level,
 * in its level column). SetupAPI pads the mark to a column, where one `!` is its warning (`!    sto:
 * text`): one `!` followed by two spaces or more is WARN. A level word with its colon after the run
 * names the level itself (`!!! WARNING: text`), as does a capitalised level word opening the text
 * without one (`!!! Warning, text`, kept in the text). The text must open with a capital, or a lower-case
 * `tag:` (SetupAPI's category); a word in capitals (`!!! IMPORTANT`), a banner closed by marks
 * (`!!! Read me !!!`), a lower-case word (Markdown's `!!! note` admonition, a shell's `! grep`),
 * shell history (`!42`, `!!`) and a number stay text. False when `text` opens with none.
 */
function bangMark(text: string): boolean {
  const k = bangRunEnd(text);
  return k >= 0 && bangText(text, k, bang.run, k - bang.run);
}

/** End of the run of `!` opening `text` and the spaces after it (the run's length in `bang.run`), or -1. */
function bangRunEnd(text: string): number {
  let k = 0;
  while (text.charCodeAt(k) === BANG) k++;
  if (k > BANG_RUN || text.charCodeAt(k) !== 32) return -1;
  bang.run = k;
  while (text.charCodeAt(k) === 32) k++;
  return k;
}

/** Whether `text` from `k` opens as a bang mark's text (`bangMark`), after a run of `run` and `spaces`. */
function bangText(text: string, k: number, run: number, spaces: number): boolean {
  const c = text.charCodeAt(k);
  if (isUpper(c)) {
    const marked = markedWordLevel(text, k);
    if (marked !== undefined) {
      let start = text.indexOf(':', k) + 1;
      while (text.charCodeAt(start) === 32) start++;
      bang.level = marked;
      bang.textStart = start;
      return start < text.length;
    }
    if (isUpper(text.charCodeAt(k + 1)) || endsWithBangs(text)) return false;
    const word = openingLevelWord(text, k);
    if (word !== undefined) {
      bang.level = word;
      bang.textStart = k;
      return true;
    }
  } else if (!isLower(c) || !opensTag(text, k)) return false;
  bang.level = run === 1 && spaces >= 2 ? 'WARN' : 'ERROR';
  bang.textStart = k;
  return true;
}

/** The level a capitalised full level word opening `text` at `i` names, before a space, a comma or the end (`Warning, text`). */
function openingLevelWord(text: string, i: number): Level | undefined {
  let b = i + 1;
  while (isLower(text.charCodeAt(b))) b++;
  const after = text.charCodeAt(b);
  if (!(after === 32 || after === 44 || b >= text.length) || !isFullLevelWord(text, i, b)) return undefined;
  return levelSpelling(text.slice(i, b));
}

/** True when a lower-case word and a colon open `text` at `i` (SetupAPI's `dvi:`, `sto:`). */
function opensTag(text: string, i: number): boolean {
  let k = i;
  while (isLower(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 58 && text.charCodeAt(k + 1) === 32;
}

/** True when `text` ends with a `!` after a space: a banner framed by marks (`!!! Read me !!!`). */
function endsWithBangs(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let k = end;
  while (k > 0 && text.charCodeAt(k - 1) === BANG) k--;
  return k < end && text.charCodeAt(k - 1) === 32;
}

/**
 * A line nothing else read opening with a run of `!` (`bangMark`): its level and text, or undefined;
 * none in a source whose `!` marks comments (`bangUseOf`).
 */
export function parseBangMark(raw: string, use: BangUse): ParsedLine | undefined {
  if (raw.charCodeAt(0) !== BANG || use === 'comments' || !bangMark(raw)) return undefined;
  const line = newLine('generic', raw.slice(bang.textStart));
  line.level = bang.level;
  return line;
}

/**
 * A run of `!` opening the message after a header (OpenSnitch's `[time]  !!!  text`), or opening the
 * line before the time the header read (SetupAPI's `!!!  2026/11/30 07:41:12.503 dvi: text`): the
 * line's level, for a line with no level yet.
 */
function takeBangMark(line: ParsedLine, raw: string): void {
  if (line.message.charCodeAt(0) === BANG) {
    if (!bangMark(line.message)) return;
    line.level = bang.level;
    line.message = line.message.slice(bang.textStart);
    return;
  }
  const k = raw.charCodeAt(0) === BANG ? bangRunEnd(raw) : -1;
  const time = line.timestampText;
  if (k < 0 || time === undefined || !raw.startsWith(time, k)) return;
  if (bangText(line.message, 0, bang.run, k - bang.run)) line.level = bang.level;
}

/** A bullet's star: INFO where its source's lines open with `!` runs as well (adcli's ` * `). */
const STAR = 42;

/**
 * How a source's lines use a run of `!` opening them: `marks` when one of `sample`'s lines opens with
 * a run read as a mark (`bangMark`), `comments` when one is `!` alone (a network configuration's
 * section break: Cisco IOS and NX-OS, Arista EOS, FRR; its `! Last configuration change …` lines are
 * comments), otherwise undefined. The sample's lines are cleaned (indent cut).
 */
export type BangUse = 'marks' | 'comments' | undefined;

export function bangUseOf(sample: readonly string[]): BangUse {
  let use: BangUse;
  for (const line of sample) {
    if (line.charCodeAt(0) !== BANG) continue;
    if (line.trimEnd().length === 1) return 'comments';
    if (use === undefined && bangMark(line)) use = 'marks';
  }
  return use;
}

/**
 * A bullet `* ` before a capitalised word opening a line nothing else read, in a source whose lines
 * also open with `!` runs (`bangUseOf` gave `marks`, adcli's ` * Using domain name` beside ` ! Couldn't
 * authenticate`): the source's ordinary lines, INFO. Alone, a bullet is a list's item (Markdown,
 * Gradio's `* Running on local URL`, Gentoo's `einfo`/`ewarn`/`eerror` all print one).
 */
export function parsePairedBullet(raw: string, use: BangUse): ParsedLine | undefined {
  if (
    use !== 'marks' ||
    raw.charCodeAt(0) !== STAR ||
    raw.charCodeAt(1) !== 32 ||
    !isUpper(raw.charCodeAt(2))
  )
    return undefined;
  const line = newLine('generic', raw.slice(2));
  line.level = 'INFO';
  return line;
}

/** friendly-errors-webpack-plugin's success badge's title, as its background-less text shows it: ` DONE  `. */
const SUCCESS_TITLE = 'DONE';

/** Longest badge title friendly-errors-webpack-plugin writes (`WARNING`), with room to spare. */
const BADGE_TITLE_CHARS = 12;

/**
 * Where the text of a friendly-errors-webpack-plugin badge line starts: the badge is its title in
 * upper case with a space either side (` WARNING `), then a space, so the line is indented (that
 * space was cut from `raw`) and two spaces follow the title. -1 when `raw` opens with no badge.
 */
function badgeTextStart(raw: string, indented: boolean): number {
  if (!indented) return -1;
  let k = 0;
  while (k < BADGE_TITLE_CHARS && isUpper(raw.charCodeAt(k))) k++;
  if (k === 0 || raw.charCodeAt(k) !== 32 || raw.charCodeAt(k + 1) !== 32) return -1;
  const c = raw.charCodeAt(k + 2);
  return c === 32 || Number.isNaN(c) ? -1 : k + 2;
}

/**
 * A line opening with the success badge of friendly-errors-webpack-plugin (Vue CLI and the other
 * webpack dev servers built on it: ` DONE  Compiled successfully in 3418ms      10:42:11 AM`): INFO,
 * like a check mark, with its right-aligned time. The badge's own space indents it; `DONE  text`
 * unindented is a task list's row, and `DONE:` or `[DONE]` a task's state.
 */
export function parseSuccessBadge(raw: string, ctx: TimeContext, indented: boolean): ParsedLine | undefined {
  const i = badgeTextStart(raw, indented);
  if (i !== SUCCESS_TITLE.length + 2 || !raw.startsWith(SUCCESS_TITLE)) return undefined;
  return markedLine(raw, i, 'INFO', ctx);
}

/**
 * The line a status mark at its start gives: `level`, the text from `i`, a right-aligned time (not
 * looked for when `rightTime` is false: the line's time opened the text).
 */
function markedLine(raw: string, i: number, level: Level, ctx: TimeContext, rightTime = true): ParsedLine {
  let end = raw.length;
  while (end > i && raw.charCodeAt(end - 1) === 32) end--;
  const line = newLine('generic', '');
  line.level = level;
  const time = rightTime ? rightAlignedTimeOfDay(raw, i, end) : -1;
  const textEnd = time < 0 ? -1 : textEndBefore(raw, i, time);
  // A time it cannot read (`25:61:99`) is no time of the line's: the text keeps it.
  const ms = textEnd < 0 ? Number.NaN : parseAnyTimestamp(raw.slice(time, end), ctx);
  if (!Number.isNaN(ms)) {
    line.timestampText = raw.slice(time, end);
    line.timestamp = ms;
    end = textEnd;
  }
  line.message = raw.slice(i, end);
  takePaddedPairs(line);
  return line;
}

/** signale's separator between a scope and the symbol, `[scope] › ✔  text`. */
const SCOPE_ARROW = 0x203a;

/**
 * A status symbol opening the message after a header (`[9:14:02 AM] [release] › ✔  Published`:
 * signale, and the CLIs that log through it, print a time and a scope, then `›` and the symbol): the
 * symbol is the line's level, and the text follows it. Only for a line with no level yet. As at the
 * start of a line, a check mark indented past the header's one space (`raw`, the line the message
 * ends) ticks off a step: a CI runner's time before Docker Compose's ` ✔ Container db  Started`.
 * A run of `!` there, or opening the line before the header, is read too (`takeBangMark`).
 */
export function takeOpeningSymbol(line: ParsedLine, raw: string): void {
  const text = line.message;
  if (text.charCodeAt(0) === BANG || raw.charCodeAt(0) === BANG) {
    takeBangMark(line, raw);
    if (line.level !== undefined || text.charCodeAt(0) === BANG) return;
  }
  let i = signaleArrowEnd(text);
  if (i > 0) {
    takeSignaleBadge(line, i);
    // Only a badge right after a bare `› ` may still be a status symbol of its own (`› ✔ text`).
    if (line.level !== undefined || i > 2 || text.charCodeAt(i) < LOWEST_SYMBOL) return;
  } else i = 0;
  if (text.charCodeAt(i) < LOWEST_SYMBOL) return;
  const symbol = text.codePointAt(i) as number;
  const level = SYMBOL_LEVELS.get(symbol);
  if (level === undefined) return;
  if (i === 0 && CHECK_MARKS.has(symbol) && indentedInLine(raw, text)) return;
  i += symbol > 0xffff ? 2 : 1;
  if (text.charCodeAt(i) === VARIATION_SELECTOR) i++;
  if (text.charCodeAt(i) !== 32) return;
  while (text.charCodeAt(i) === 32) i++;
  line.level = level;
  line.message = text.slice(i);
}

/** Longest scope signale's `[scope]` before its `›` is looked through (`signaleArrowEnd`). */
const SCOPE_CHARS = 64;

/**
 * Where the text after signale's `› ` starts when `text` opens with it, bare or after the logger's
 * scopes (`_formatScopeName`: each in brackets, a space apart, `[Lavamusic] › `): signale's default
 * meta with a scope, as its `displayTimestamp` and `displayDate` are off by default. Else -1.
 */
function signaleArrowEnd(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 91) {
    const close = text.indexOf(']', i + 1);
    if (close < 0 || close - i > SCOPE_CHARS || text.charCodeAt(close + 1) !== 32) return -1;
    i = close + 2;
  }
  return text.charCodeAt(i) === SCOPE_ARROW && text.charCodeAt(i + 1) === 32 ? i + 2 : -1;
}

/**
 * A line opening with signale's scopes and `› ` (`[Lavamusic] › ✔  success   Loaded 94 commands`,
 * signale's default layout with a scope: no time), its badge and label read as after a header
 * (`takeSignaleBadge`); what stands before the badge goes to `fields.header_columns`. Undefined when
 * the line opens otherwise or no badge with its own label follows.
 */
export function parseScopedSignale(raw: string): ParsedLine | undefined {
  if (raw.charCodeAt(0) !== 91) return undefined;
  const from = signaleArrowEnd(raw);
  if (from < 0) return undefined;
  const line = newLine('generic', raw);
  takeSignaleBadge(line, from);
  return line.level === undefined ? undefined : line;
}

/**
 * signale's badges and the labels each is printed with (its `types.js`, through the `figures`
 * package's Unicode set), each label's level: its own where it is a level word, else INFO, the
 * `logLevel` signale gives every other type (`success`, `start`, `awaiting`, `complete`, `note`…).
 * Beside them, the custom types of the Logger that Lavamusic's Discord bot declares and many bots
 * copy (`src/structures/Logger.ts`: `⚠ warn`, `🐛 debug`, `📝 log`, `⏸ pause`).
 */
const SIGNALE_LABELS: ReadonlyMap<number, ReadonlyMap<string, Level>> = new Map([
  [0x2139, new Map<string, Level>([['info', 'INFO']])], // ℹ
  [0x2714, new Map<string, Level>([['success', 'INFO']])], // ✔
  [
    0x2716,
    new Map([
      ['error', 'ERROR'],
      ['fatal', 'FATAL'],
    ]),
  ], // ✖
  [
    0x26a0,
    new Map<string, Level>([
      ['warning', 'WARN'],
      ['warn', 'WARN'],
    ]),
  ], // ⚠
  [0x1f41b, new Map<string, Level>([['debug', 'DEBUG']])], // 🐛
  [0x1f4dd, new Map<string, Level>([['log', 'INFO']])], // 📝
  [0x23f8, new Map<string, Level>([['pause', 'INFO']])], // ⏸
  [
    0x2026,
    new Map([
      ['waiting', 'INFO'],
      ['awaiting', 'INFO'],
      ['watching', 'INFO'],
    ]),
  ], // …
  [0x25b6, new Map<string, Level>([['start', 'INFO']])], // ▶
  [0x25fc, new Map<string, Level>([['pause', 'INFO']])], // ◼
  [0x2612, new Map<string, Level>([['complete', 'INFO']])], // ☒
  [0x2610, new Map<string, Level>([['pending', 'INFO']])], // ☐
  [0x25cf, new Map<string, Level>([['note', 'INFO']])], // ●
  [0x2605, new Map<string, Level>([['star', 'INFO']])], // ★
  [0x2764, new Map<string, Level>([['favorite', 'INFO']])], // ❤
  [0x2b24, new Map<string, Level>([['debug', 'DEBUG']])], // ⬤
]);

/** How far after signale's `› ` its badge is looked for: past a scope and a request's method and path. */
const SIGNALE_REACH = 80;

/**
 * signale's badge and label after its `› ` and a scope or words of the program's own (`› [CLI] …
 * awaiting  Starting`, `›     [VALIDATOR] ✔  success   The request…`): the badge, two spaces, its
 * own label (in lower or upper case) padded by two spaces or more to the text. The label gives the
 * level (`SIGNALE_LABELS`), what stands before the badge is kept in `fields.header_columns`, and
 * the text after the label is the message. A badge with another label, one space, or no padding
 * after the label stays the text's.
 */
function takeSignaleBadge(line: ParsedLine, from: number): void {
  const text = line.message;
  const reach = Math.min(text.length, from + SIGNALE_REACH);
  for (let k = text.indexOf('  ', from); k >= 0 && k < reach; k = text.indexOf('  ', k + 1)) {
    // A badge beyond the BMP (`🐛`) ends in its low surrogate.
    const low = text.charCodeAt(k - 1);
    const badge = low >= 0xdc00 && low <= 0xdfff ? k - 2 : k - 1;
    const labels = SIGNALE_LABELS.get(text.codePointAt(badge) ?? 0);
    // The badge stands right after the `› ` that ends at `from`, or a space after words of the program's own.
    if (labels === undefined || badge - 1 < from - 1 || text.charCodeAt(badge - 1) !== 32) continue;
    let end = k + 2;
    while (isLetter(text.charCodeAt(end))) end++;
    const level = labels.get(text.slice(k + 2, end).toLowerCase());
    if (level === undefined || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 32) continue;
    while (text.charCodeAt(end) === 32) end++;
    line.level = level;
    appendHeaderColumns(line, text.slice(0, badge - 1).trimEnd());
    line.message = text.slice(end);
    return;
  }
}

/** True when `text`, which ends `raw`, has two spaces or a tab before it there. */
function indentedInLine(raw: string, text: string): boolean {
  const at = raw.length - text.length;
  if (at < 2 || raw.charCodeAt(at) !== text.charCodeAt(0)) return false;
  const before = raw.charCodeAt(at - 1);
  return before === 9 || (before === 32 && (raw.charCodeAt(at - 2) === 32 || raw.charCodeAt(at - 2) === 9));
}

/**
 * `HH:mm:ss` ending the text at `end`, or a 12-hour `h:mm:ss AM` (`toLocaleTimeString` in English,
 * as friendly-errors-webpack-plugin prints it), a space before it; else -1.
 */
function rightAlignedTimeOfDay(raw: string, start: number, end: number): number {
  let clock = end;
  const meridiem = raw.charCodeAt(end - 1) === 77 && raw.charCodeAt(end - 3) === 32;
  if (meridiem) {
    const half = raw.charCodeAt(end - 2);
    if (half !== 65 && half !== 80) return -1;
    clock = end - 3;
  }
  let at = clock - 8;
  if (meridiem && !isDigit(raw.charCodeAt(at))) at++;
  if (at <= start || raw.charCodeAt(at - 1) !== 32) return -1;
  for (let k = 0; k < clock - at; k++) {
    const c = raw.charCodeAt(clock - 1 - k);
    if (k === 2 || k === 5 ? c !== 58 : !isDigit(c)) return -1;
  }
  return at;
}

/**
 * A time of day right-aligned at the end of a badge line that has a level and no time, after a run
 * of spaces (friendly-errors-webpack-plugin, behind Vue CLI and other webpack dev servers:
 * ` WARNING  Compiled with 2 warnings        10:44:56 AM`): the line's time, cut from the text. Only
 * on a badge line, and with no tag before the time: elsewhere a level line may end with a job's
 * duration or a download's ETA (`[ERROR] Job failed after    00:12:31`).
 */
export function takeRightAlignedTime(
  line: ParsedLine,
  raw: string,
  indented: boolean,
  ctx: TimeContext,
): void {
  if (badgeTextStart(raw, indented) < 0) return;
  const text = line.message;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const last = text.charCodeAt(end - 1);
  if (!isDigit(last) && last !== 77) return;
  const time = rightAlignedTimeOfDay(text, 0, end);
  const textEnd = time < 0 || text.charCodeAt(time - 2) !== 32 ? -1 : textEndBefore(text, 0, time);
  if (textEnd <= 0) return;
  const ms = parseAnyTimestamp(text.slice(time, end), ctx);
  if (Number.isNaN(ms)) return;
  line.timestampText = text.slice(time, end);
  line.timestamp = ms;
  line.message = text.slice(0, textEnd);
}

/**
 * Where the text ends before a right-aligned time at `time`: before the run of spaces that pads it,
 * and before a tag word between that run and the time (`nitro 14:06:31`). -1 when no run of two or
 * more spaces sets the time apart: a time in a sentence (`started at 14:06:05`) is the text's.
 */
function textEndBefore(raw: string, start: number, time: number): number {
  let end = time - 1;
  if (raw.charCodeAt(end - 1) !== 32) {
    const tag = raw.lastIndexOf(' ', end - 1);
    if (tag <= start) return -1;
    end = tag;
  }
  if (raw.charCodeAt(end - 1) !== 32) return -1;
  while (end > start && raw.charCodeAt(end - 1) === 32) end--;
  return end;
}
