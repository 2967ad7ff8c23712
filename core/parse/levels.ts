import { isDigit, isUpper } from './calendar.ts';

/** Logward's levels, least to most severe. */
export const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'ERROR', 'FATAL'] as const;

export type Level = (typeof LEVELS)[number];

const RANK: Readonly<Record<Level, number>> = {
  TRACE: 0,
  DEBUG: 1,
  INFO: 2,
  NOTICE: 3,
  WARN: 4,
  ERROR: 5,
  FATAL: 6,
};

/** Negative when `a` is less severe than `b`, zero when equal, positive when more severe. */
export function compareLevels(a: Level, b: Level): number {
  return RANK[a] - RANK[b];
}

/** True when `level` is at least as severe as `minimum` (rules use "minimum level"). */
export function isAtLeast(level: Level, minimum: Level): boolean {
  return RANK[level] >= RANK[minimum];
}

/**
 * True when the levels a source's sample spells in one learned place are a label of its text, not
 * its levels: one word at WARN or above on every line (`error: none`, a queue or product named
 * `[Critical]`), whose reading would raise a false alert on every line. An ordinary word alone is
 * read (a long log's first lines are often all INFO): a wrong INFO alerts no one.
 */
export function isSevereLabel(levels: ReadonlySet<Level>): boolean {
  if (levels.size !== 1) return false;
  const [only] = levels;
  return only !== undefined && isAtLeast(only, 'WARN');
}

/**
 * What a source's sample wrote in one learned place of single level letters (`I`, `[E]`, `W/`): the
 * levels the letters spell, how many lines hold one, and how many of those spell WARN or above.
 */
export interface LetterVotes {
  readonly levels: ReadonlySet<Level>;
  readonly lines: number;
  readonly severe: number;
}

/**
 * True when single letters a sample holds in one place read as its levels: a log's levels are mostly
 * below WARN and its common ones are INFO and DEBUG. Letters at WARN or above on half the lines or
 * more are a grade, a size or a compass point (`[N]` `[E]` `[W]`); letters that spell neither INFO
 * nor DEBUG a boolean (`T`/`F`). The one home of this rule: the letter slot (`level-slot.ts`) and the
 * learned level column (`structure.ts`) both ask it. `noticeCommon` (the letter slot's, a mark glued
 * in one place) lets NOTICE be the common level too, as libwebsockets' default filter shows notices
 * and up (`N:` beside `W:` and `E:`); a learned column keeps to INFO and DEBUG (compass points `[N]`).
 */
export function isLetterLevelSet(votes: LetterVotes, noticeCommon = false): boolean {
  if (votes.severe * 2 >= votes.lines) return false;
  return (
    votes.levels.has('INFO') || votes.levels.has('DEBUG') || (noticeCommon && votes.levels.has('NOTICE'))
  );
}

/** True when `value` is one of `LEVELS` exactly. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

const SPELLINGS: ReadonlyArray<readonly [Level, readonly string[]]> = [
  ['TRACE', ['trace', 'trc', 'trce', 'finest', 'finer', 'verbose', 'verb', 'vrb', 'silly']],
  ['DEBUG', ['debug', 'dbg', 'deb', 'debu', 'fine', 'dbug', 'debg']],
  ['INFO', ['info', 'inf', 'information', 'informational', 'config', 'informative', 'i', 'http', 'success']],
  ['NOTICE', ['notice', 'ntc']],
  ['WARN', ['warn', 'warning', 'wrn', 'wrng', 'w']],
  ['ERROR', ['error', 'err', 'eror', 'erro', 'severe', 'fail', 'e']],
  [
    'FATAL',
    ['fatal', 'ftl', 'crit', 'critical', 'crt', 'alert', 'emerg', 'emergency', 'panic', 'dpanic', 'f'],
  ],
];

const BY_SPELLING = new Map<string, Level>();
for (const [level, spellings] of SPELLINGS) {
  for (const s of spellings) BY_SPELLING.set(s, level);
}
for (const [level, spellings] of SPELLINGS) {
  // Upper- and capitalised spellings resolve without lower-casing on the hot path.
  for (const s of spellings) {
    BY_SPELLING.set(s.toUpperCase(), level);
    BY_SPELLING.set(s[0]?.toUpperCase() + s.slice(1), level);
  }
}
BY_SPELLING.set('d', 'DEBUG');
BY_SPELLING.set('D', 'DEBUG');
BY_SPELLING.set('t', 'TRACE');
BY_SPELLING.set('T', 'TRACE');
BY_SPELLING.set('v', 'TRACE');
BY_SPELLING.set('V', 'TRACE');
// CUPS, beego and qBittorrent: `N` notice, `C` critical (single letters are weak: level places only).
BY_SPELLING.set('n', 'NOTICE');
BY_SPELLING.set('N', 'NOTICE');
BY_SPELLING.set('c', 'FATAL');
BY_SPELLING.set('C', 'FATAL');

/**
 * The level of a letter of YADIFA's logger's table, `"!ACEWNID"` by syslog priority (the string
 * `!ACEWNID1234567` in yadifad 2.6.4's binary, Debian bookworm): `!` emergency and `A` alert are
 * FATAL beside `C` critical; the other capitals as `levelSpelling` reads them (`F`, `T`, `V` too).
 * Only in a learned letter column (`columns.ts`): elsewhere `A` is WebSphere's audit, no level.
 */
export function priorityLetterLevel(c: number): Level | undefined {
  if (c === 33 || c === 65) return 'FATAL';
  return c >= 65 && c <= 90 ? BY_SPELLING.get(String.fromCharCode(c)) : undefined;
}

/**
 * Spellings that are levels only where a level is expected: marked as a field (`LOG:`, `[Note]`) in
 * a header's level place, or in a column a source's lines agreed on (`A` in WebSphere's). Elsewhere
 * they are ordinary words (`log`, `note`, `system`, `a`). PostgreSQL `LOG`, MySQL `Note`/`System`
 * and audit records are informational.
 */
const PLACED_SPELLINGS = new Map<string, Level>([
  ['log', 'INFO'],
  ['note', 'INFO'],
  ['system', 'INFO'],
  ['audit', 'INFO'],
  ['a', 'INFO'],
  // GLib's G_LOG_LEVEL_MESSAGE, between info and warning (`** Message:`, `[ message]`).
  ['message', 'NOTICE'],
  // Notice written out (Vintage Story's `[Notification]`).
  ['notification', 'NOTICE'],
  // Debug as syslog's severity keyword (Cisco's `logging trap debugging`, Aruba Instant's padded
  // `Debugging` column beside `Information` and `Notification`): a gerund in prose elsewhere.
  ['debugging', 'DEBUG'],
  // The ordinary message beside the product's warnings and errors (MonetDB's `MSG`, Gazebo's `[Msg]`
  // beside `[Wrn]` and `[Err]`): no GLib `message`, which stands between info and warning.
  ['msg', 'INFO'],
  // ArubaOS's severity column (`<ERRS>` beside `<WARN>`, `<NOTI>`, `<DBUG>`: controllers, Instant
  // and Mobility Conductor write the same): placed, as `errs` is a verb and a counter elsewhere
  // (`COUNTED_SPELLINGS`: read only in a learned column).
  ['errs', 'ERROR'],
  // log4js's MARK (`lib/levels.js`: above FATAL, below OFF, so always printed; no failure): a
  // notice, as journald's is. A verb and a noun elsewhere (`-- MARK --`, `mark as read`).
  ['mark', 'NOTICE'],
  // The WRF Preprocessing System's `INFORM: ` (`module_debug.F`'s `mprintf`, beside `DEBUG: `,
  // `WARNING: ` and `ERROR: `; geogrid, ungrib, metgrid): a verb in prose elsewhere.
  ['inform', 'INFO'],
]);

/**
 * Placed spellings that also name a count, marked as a field as often as a level is (`RX errs`,
 * `/proc/net/dev`'s `errs` column, `<ERRS> 3`, `ERRS: 4` in metrics): a level only in a column the
 * source's lines agreed on (ArubaOS's `<ERRS>` beside `<WARN>`), never where one line marks it.
 */
const COUNTED_SPELLINGS: ReadonlySet<string> = new Set(['errs']);

/** True for a placed spelling that also names a count (`COUNTED_SPELLINGS`), in any case. */
export function isCountedSpelling(word: string): boolean {
  return COUNTED_SPELLINGS.has(word.toLowerCase());
}

/**
 * Level words cut to a fixed width, as column layouts write them: java.util.logging's names in a
 * five-character column (OrientDB's `WARNI`, `SEVER`), four-letter ones (`Noti`, `Crit`). Every
 * four- and five-letter prefix of a longer spelling that is no spelling itself and names one level
 * only; placed, as a cut word is an ordinary one elsewhere (`sever`, `trac`).
 */
const TRUNCATIONS = new Map<string, Level | null>();
for (const [level, spellings] of SPELLINGS) {
  for (const spelling of spellings) {
    for (const width of [4, 5]) {
      if (spelling.length <= width) continue;
      const cut = spelling.slice(0, width);
      if (BY_SPELLING.has(cut) || PLACED_SPELLINGS.has(cut)) continue;
      const seen = TRUNCATIONS.get(cut);
      TRUNCATIONS.set(cut, seen === undefined || seen === level ? level : null);
    }
  }
}
for (const [cut, level] of TRUNCATIONS) if (level !== null) PLACED_SPELLINGS.set(cut, level);
/**
 * Three-letter level columns cut the longer names too (MediaMTX's `DEB INF WAR ERR`): the cuts of
 * the level names themselves, read only unmarked and in upper case in a column the source's lines
 * agreed on. Marked they are names (`CRI:` Kubernetes's runtime interface, `[FAT]` a file system);
 * `ver` is a word, and so is `not` outside such a column.
 */
const COLUMN_SPELLINGS = new Map<string, Level>([
  ['tra', 'TRACE'],
  ['war', 'WARN'],
  ['fat', 'FATAL'],
  ['cri', 'FATAL'],
  // Nim chronicles' `TRC DBG INF NOT WRN ERR FTL`: in its column `NOT` is the notice, elsewhere a word.
  ['not', 'NOTICE'],
  // zerolog's console writer, `TRC DBG INF WRN ERR FTL PNC`: its panic, elsewhere a name (a bank, a
  // police computer).
  ['pnc', 'FATAL'],
]);

/**
 * Every spelling, plain, placed or column-only, in lower case, by first letter and length (`first * 16 + length`):
 * most words of a header are no level, and a few comparisons turn them away before a slice and a lookup.
 */
const SPELLED: string[][] = Array.from({ length: 26 * 16 }, () => []);
for (const spelling of [...BY_SPELLING.keys(), ...PLACED_SPELLINGS.keys(), ...COLUMN_SPELLINGS.keys()]) {
  const first = (spelling.charCodeAt(0) | 32) - 97;
  if (first >= 0 && first < 26 && spelling.length < 16) {
    const same = SPELLED[first * 16 + spelling.length] as string[];
    const lower = spelling.toLowerCase();
    if (!same.includes(lower)) same.push(lower);
  }
}

/** Longest word a service may declare as a level: as long as the longest known spelling (`informational`). */
export const LEVEL_WORD_CHARS = 13;

/** Most words one service may declare as levels. */
export const MAX_LEVEL_WORDS = 32;

const DECLARABLE_WORD = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/**
 * What a word declared as a level must be, when `word` is not, else undefined: a letter, then letters,
 * digits, `_`, `-` or `.`, at most `LEVEL_WORD_CHARS` in all. A word opening with a digit would stand
 * where a number is read (a syslog severity, a pid), so none may.
 */
export function levelWordProblem(word: string): string | undefined {
  if (word.length === 0 || word.length > LEVEL_WORD_CHARS || !DECLARABLE_WORD.test(word))
    return `a word of 1 to ${LEVEL_WORD_CHARS} characters opening with a letter, of letters, digits, _, - and . only`;
  return undefined;
}

/**
 * The tables a level word is looked up in: the known spellings, or those joined to one service's own
 * words (`levels` in `LOGWARD_PARSERS`, `compileLevelVocabulary`). A declared word is a plain spelling
 * of its level, so every place that reads a level word reads it under that place's own rules (case,
 * marks, columns), and nowhere else; a declared known word takes its declared level in every tier.
 */
export interface LevelVocabulary {
  readonly spellings: ReadonlyMap<string, Level>;
  readonly placed: ReadonlyMap<string, Level>;
  readonly columns: ReadonlyMap<string, Level>;
  readonly spelled: readonly (readonly string[])[];
  /** The declared words alone, in lower case: for the readers with a fixed list of words (`level-slot.ts`). */
  readonly declared: ReadonlyMap<string, Level> | undefined;
  /** True when a declared word holds a digit, `_`, `-` or `.`, which the known spellings never do. */
  readonly unlettered: boolean;
}

const KNOWN_VOCABULARY: LevelVocabulary = {
  spellings: BY_SPELLING,
  placed: PLACED_SPELLINGS,
  columns: COLUMN_SPELLINGS,
  spelled: SPELLED,
  declared: undefined,
  unlettered: false,
};

// The vocabulary in use: the known one, but while a service with words of its own parses (its
// compiled parser swaps them in and back, `useLevelVocabulary`). Parsing is synchronous, so no other
// service's line is read in between; the default path pays nothing for it.
let vocabulary = KNOWN_VOCABULARY;
let spellings: ReadonlyMap<string, Level> = BY_SPELLING;
let placed: ReadonlyMap<string, Level> = PLACED_SPELLINGS;
let columnSpellings: ReadonlyMap<string, Level> = COLUMN_SPELLINGS;
let spelled: readonly (readonly string[])[] = SPELLED;

/**
 * The known spellings joined to a service's own words (word → level, any case). A word that is no
 * `levelWordProblem`-free word, or a value that is no `Level`, is left out: validate first.
 */
export function compileLevelVocabulary(words: Readonly<Record<string, Level>>): LevelVocabulary {
  const own = new Map(BY_SPELLING);
  const ownPlaced = new Map(PLACED_SPELLINGS);
  const ownColumns = new Map(COLUMN_SPELLINGS);
  const ownSpelled = SPELLED.map((same) => [...same]);
  const declared = new Map<string, Level>();
  let unlettered = false;
  for (const [word, level] of Object.entries(words)) {
    if (levelWordProblem(word) !== undefined || !isLevel(level)) continue;
    const lower = word.toLowerCase();
    declared.set(lower, level);
    own.set(lower, level);
    own.set(word.toUpperCase(), level);
    own.set(lower[0]?.toUpperCase() + lower.slice(1), level);
    if (ownPlaced.has(lower)) ownPlaced.set(lower, level);
    if (ownColumns.has(lower)) ownColumns.set(lower, level);
    // `maySpellLevel` compares each character with its code | 32: `_` folds to 127, the rest to themselves.
    let folded = '';
    for (let k = 0; k < lower.length; k++) folded += String.fromCharCode(lower.charCodeAt(k) | 32);
    const same = ownSpelled[(lower.charCodeAt(0) - 97) * 16 + lower.length] as string[];
    if (!same.includes(folded)) same.push(folded);
    if (!/^[a-z]+$/.test(lower)) unlettered = true;
  }
  return {
    spellings: own,
    placed: ownPlaced,
    columns: ownColumns,
    spelled: ownSpelled,
    declared,
    unlettered,
  };
}

/** Puts `next` (the known vocabulary when undefined) in use and returns the one it replaces. */
export function useLevelVocabulary(next: LevelVocabulary | undefined): LevelVocabulary {
  const before = vocabulary;
  vocabulary = next ?? KNOWN_VOCABULARY;
  spellings = vocabulary.spellings;
  placed = vocabulary.placed;
  columnSpellings = vocabulary.columns;
  spelled = vocabulary.spelled;
  return before;
}

/**
 * The level the service in use declared for `lower` (a word in lower case), or undefined: for a
 * reader with a fixed list of its own, so a declared word counts there and a declared known word
 * takes its declared level.
 */
export function declaredLevel(lower: string): Level | undefined {
  return vocabulary.declared?.get(lower);
}

/** Widest level field a fill character pads (`%-5p`, `%-7s`). */
const PADDED_FIELD_WIDTH = 7;

/**
 * End of the level word in the field `raw[a, b)` when the field is a level in capitals padded to its
 * column's width with `_` or `.` (OpenGTS's `[INFO_|…`, `WARN_`): the fill runs to the field's end,
 * the field is at most `PADDED_FIELD_WIDTH` wide, and a separator follows (`|`, `]`, and for `_` also
 * `:` or a space; `INFO. ` ends a sentence). Else `b`: `ERROR_CODE`, `INFO_URL` go on past the fill.
 */
export function paddedLevelEnd(raw: string, a: number, b: number): number {
  const fill = raw.charCodeAt(b - 1);
  if ((fill !== 95 && fill !== 46) || b - a > PADDED_FIELD_WIDTH) return b;
  const after = raw.charCodeAt(b);
  if (after !== 124 && after !== 93 && (fill !== 95 || (after !== 58 && after !== 32))) return b;
  let end = b - 1;
  while (end > a && raw.charCodeAt(end - 1) === fill) end--;
  if (end - a < 3) return b;
  for (let k = a; k < end; k++) {
    const c = raw.charCodeAt(k);
    if (c < 65 || c > 90) return b;
  }
  return levelSpelling(raw.slice(a, end)) === undefined ? b : end;
}

/** True when `raw[a, b)` is a word the service in use declared, in any case. */
function isDeclaredWord(raw: string, a: number, b: number): boolean {
  const declared = vocabulary.declared;
  return declared !== undefined && b - a <= LEVEL_WORD_CHARS && declared.has(raw.slice(a, b).toLowerCase());
}

/**
 * True when `text[a, b)` is a full level word (`isFullLevelWord`) or a word the service in use
 * declared, in any case: for the places that weigh whole level words, so a service's own count as
 * the known ones there (a level bracket learned by its place; a tally, `| UNUSUAL | 0 |`, which is
 * text, `look-alikes.ts`). The full-word scans of a whole line keep `isFullLevelWord` alone.
 */
export function isWholeLevelWord(text: string, a: number, b: number): boolean {
  return isFullLevelWord(text, a, b) || isDeclaredWord(text, a, b);
}

/** True when the service in use declared words of its own (`levels`), which may hold digits and `_-.` or be longer than the known ones' `level=` values. */
export function hasDeclaredLevelWords(): boolean {
  return vocabulary.declared !== undefined && vocabulary.declared.size > 0;
}

/**
 * True when `raw[a, b)`, which holds a character other than a letter, is one of the words the
 * service in use declared (`V3`, `sev_2`): the header finder reads only letters otherwise.
 */
export function isDeclaredUnletteredWord(raw: string, a: number, b: number): boolean {
  return vocabulary.unlettered && maySpellLevel(raw, a, b) && levelSpelling(raw.slice(a, b)) !== undefined;
}

/**
 * False when the ASCII letters `raw[a, b)` spell no level (plain or placed) in any case: a quick test,
 * with neither a slice nor a lookup, before looking the word up. Most words of a header are no level.
 */
export function maySpellLevel(raw: string, a: number, b: number): boolean {
  const first = (raw.charCodeAt(a) | 32) - 97;
  const n = b - a;
  if (!(first >= 0 && first < 26 && n > 0 && n < 16)) return false;
  for (const spelling of spelled[first * 16 + n] as string[]) {
    let k = 1;
    while (k < n && (raw.charCodeAt(a + k) | 32) === spelling.charCodeAt(k)) k++;
    if (k === n) return true;
  }
  return false;
}

/**
 * The full level words, by length (4–8), that stand as a level whatever punctuation wraps them (the
 * level-word scan, `formats/level-word.ts`); short forms and words also common in prose (`alert`,
 * `fail`, `panic`, `information`) are left out. Compared in place, with no slice.
 */
const FULL_WORDS_BY_LENGTH: readonly (readonly string[])[] = [
  [],
  [],
  [],
  [],
  ['info', 'warn'],
  ['trace', 'debug', 'error', 'fatal'],
  ['notice', 'severe'],
  ['warning'],
  ['critical'],
];

/** True when the letters [a, b) of `text` spell one of `FULL_WORDS_BY_LENGTH`, in any case. */
export function isFullLevelWord(text: string, a: number, b: number): boolean {
  const n = b - a;
  if (n < 4 || n > 8) return false;
  const first = text.charCodeAt(a) | 32;
  const words = FULL_WORDS_BY_LENGTH[n] as readonly string[];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (word.charCodeAt(0) !== first) continue;
    let k = 1;
    while (k < n && (text.charCodeAt(a + k) | 32) === word.charCodeAt(k)) k++;
    if (k === n) return true;
  }
  return false;
}

/** logrus's text formatter's level names, cut to four letters, that are no spelling of their own. */
const LOGRUS_CUTS: ReadonlySet<string> = new Set(['PANI', 'FATA', 'TRAC']);

/**
 * True for `PANI`, `FATA` or `TRAC`, as logrus's text formatter writes them before its bracketed
 * elapsed seconds or time (`FATA[0004] text`); its other cuts, `ERRO`, `WARN`, `INFO`, `DEBU`, are
 * spellings already.
 */
export function isLogrusCut(word: string): boolean {
  return LOGRUS_CUTS.has(word);
}

/**
 * Yate's own level names that no other spelling reads, as its engine writes them after the
 * facility in `<facility:NAME>` (`<regfile:NOTE>`, yateclass.h's `DebugLevel`, most severe first:
 * FAIL TEST GOON CONF STUB WARN MILD CALL NOTE INFO ALL). Only the names whose place on Logward's
 * scale is clear: `NOTE` NOTICE (just above INFO), `MILD` WARN (a mild warning, just below WARN),
 * `CONF` ERROR (a configuration error, above WARN), `ALL` DEBUG (everything, below INFO). `TEST`,
 * `STUB` (an unimplemented feature) and `CALL` (call flow) name a kind, not a severity, and `GOON`
 * (critical, "go on") sits between ERROR and FATAL: left unread. `FAIL`, `WARN`, `INFO` and `CRIT`
 * are spellings already.
 */
const YATE_NAMES: ReadonlyMap<string, Level> = new Map([
  ['NOTE', 'NOTICE'],
  ['MILD', 'WARN'],
  ['CONF', 'ERROR'],
  ['ALL', 'DEBUG'],
]);

/** The level of a Yate level name in capitals (`NOTE`, `MILD`), or undefined. */
export function yateLevelName(word: string): Level | undefined {
  return YATE_NAMES.get(word);
}

/**
 * The YAZ toolkit's log-level names that no other spelling reads, as its log writes them in brackets
 * after `program(n)` (`06:31:44-28/11 zebrasrv(2) [session] Session - OK …`). YAZ 5.34's `yaz/log.h`
 * bits and `libyaz.so.5`'s name table: the fixed bits `fatal`, `debug`, `warn`, `log`, `malloc`,
 * `tid`, `app`, `notime`, `app2`, `app3`, `flush`, `loglevel` (and `all`, `none` for masks); the rest
 * are dynamic bits a module asks for by name (`yaz_log_module_level`), printed the same way. Its
 * manual ("Log levels for servers") names `server` (starting up, listening), `session` (each
 * connection) and `request` (a one-liner per request) as the server's log levels: informational, so
 * INFO. `requestdetail`, `zoom`, `ztest`,
 * `malloc`, `nmem`, `odr`, `eventl` and an application's own names say what is logged, not how
 * severe: left unread. `log`, YAZ's regular level (`YLOG_LOG`), is INFO; `fatal`, `warn` and `debug`
 * are spellings already.
 */
const YAZ_NAMES: ReadonlyMap<string, Level> = new Map([
  ['log', 'INFO'],
  ['server', 'INFO'],
  ['session', 'INFO'],
  ['request', 'INFO'],
]);

/** The level of a YAZ log-level name (`log`, `server`, `session`, `request`), or undefined. */
export function yazLevelName(word: string): Level | undefined {
  return YAZ_NAMES.get(word);
}

/**
 * log4j 2's level names cut to two letters (`%level{length=2}`: `LevelPatternConverter` writes
 * `left(level, length)`, the name's first letters, log4j-core 2.24.3): `TR` `DE` `IN` `WA` `ER` `FA`.
 * Only between a thread's bracket and a dotted logger closed by ` - ` (`formats/leveled.ts`
 * `cutLevelBeforeLogger`): elsewhere `IN`, `DE`, `ER` are a country, a preposition, a word.
 */
const LOG4J_TWO_LETTERS: ReadonlyMap<string, Level> = new Map([
  ['TR', 'TRACE'],
  ['DE', 'DEBUG'],
  ['IN', 'INFO'],
  ['WA', 'WARN'],
  ['ER', 'ERROR'],
  ['FA', 'FATAL'],
]);

/** The level of log4j 2's two-letter cut (`IN`, `WA`), or undefined. */
export function log4jTwoLetterLevel(word: string): Level | undefined {
  return LOG4J_TWO_LETTERS.get(word);
}

/**
 * The level of a word in CA (Broadcom) Service Desk Manager's `stdlog` level column (KB000026081,
 * "A guide to the main Service Desk log file, the stdlog": `Date Time Node Process PID Level File
 * Line Message`, its sample's `SIGNIFICANT`): `SIGNIFICANT`, the column's ordinary word, is NOTICE
 * (syslog's notice, "normal but significant condition"); other words as `levelSpelling` reads them
 * (`ERROR`). Only in that column (`formats/sdm-stdlog.ts`): elsewhere `SIGNIFICANT` is a word.
 */
export function stdlogLevelName(word: string): Level | undefined {
  return word === 'SIGNIFICANT' ? 'NOTICE' : levelSpelling(word);
}

/**
 * A spelling from the placed tier (`LOG`, `Note`, `A`), in any case (`CAPITALS_ONLY` in capitals
 * only), or undefined.
 */
export function placedLevelSpelling(word: string): Level | undefined {
  const lower = word.toLowerCase();
  const level = placed.get(lower);
  if (level !== undefined && CAPITALS_ONLY.has(lower) && word !== word.toUpperCase()) return undefined;
  return level;
}

/**
 * Placed spellings read in capitals only: log4js prints its level names in capitals, and `[Mark]`
 * after a time is a chat's sender as often.
 */
const CAPITALS_ONLY: ReadonlySet<string> = new Set(['mark']);

/**
 * A three-letter cut of a level's name in upper case, as the columns write it (`WAR`), read only in a
 * learned level column: `war` and `cri:` there open a line's text.
 */
export function columnLevelSpelling(word: string): Level | undefined {
  return word.length === 3 && word === word.toUpperCase()
    ? columnSpellings.get(word.toLowerCase())
    : undefined;
}

/**
 * The level a word spells where a source's sample learned a level column: a spelling, or a column's
 * cut (`WAR`). The one home for what the learned columns count as a level word (the letter slot's
 * three capitals, the proven column's words and its product's word, which must spell none).
 */
export function columnWordLevel(word: string): Level | undefined {
  return levelSpelling(word) ?? columnLevelSpelling(word);
}

/**
 * Level spellings that also stand unmarked as words of their own (`ALERT exited abnormally`, `HTTP GET
 * /`, `FAIL LOGIN:`): in a header or opening a syslog message, only a mark (`fail:`, `[ALERT]`, `| SUCCESS |`)
 * makes them a level.
 */
const TEXT_WORDS: ReadonlySet<string> = new Set([
  'ALERT',
  'PANIC',
  'EMERG',
  'HTTP',
  'FAIL',
  'SUCCESS',
  'CONFIG',
]);

const SHORTEST_TEXT_WORD = Math.min(...[...TEXT_WORDS].map((w) => w.length));
const LONGEST_TEXT_WORD = Math.max(...[...TEXT_WORDS].map((w) => w.length));

/**
 * `HTTP` in capitals at [a, b) of `raw` before a colon: the protocol's name, never a level (`HTTP: 503
 * from upstream`). npm's and winston's level is written `http`, and a level field's value reads as before.
 */
export function isProtocolBeforeColon(raw: string, a: number, b: number): boolean {
  return b - a === 4 && raw.charCodeAt(b) === 58 && raw.startsWith('HTTP', a);
}

/**
 * True when `http` (npm's and winston's level, in any case) at [a, b) of `raw` names a category or a
 * server, not a level: no colon follows it, right after it (`http: text`, winston's `simple` and
 * `cli` formats) or after the bracket closing it (winston's common `[${level}]: ${message}`). Between
 * pipes or brackets beside other columns it is one (`| http |`, `| http auth error`, `[HTTP]`); a
 * level key's value, and a column the source's lines agreed on (npm's `npm http fetch GET 200 …`,
 * its log file's `12 http fetch …`), read as before.
 */
export function isCategoryHttp(raw: string, a: number, b: number): boolean {
  if (b - a !== 4 || (raw.charCodeAt(a) | 32) !== 104 || raw.slice(a, b).toLowerCase() !== 'http')
    return false;
  const after = raw.charCodeAt(b);
  return after !== 58 && !(after === 93 && raw.charCodeAt(b + 1) === 58);
}

/** The first letters of `TEXT_WORDS`, in lower case. */
const TEXT_WORD_INITIALS: ReadonlySet<number> = new Set([...TEXT_WORDS].map((w) => w.charCodeAt(0) | 32));

/** True for a spelling that, unmarked, is a word of text rather than a level (`TEXT_WORDS`). */
export function opensTextUnmarked(word: string): boolean {
  if (word.length < SHORTEST_TEXT_WORD || word.length > LONGEST_TEXT_WORD) return false;
  // Most words asked about are levels (`INFO`, `WARN`): an ASCII first character no text word opens
  // with, in any case, spares the upper-case copy (a character past ASCII may upper-case to one: `ſ`).
  const first = word.charCodeAt(0);
  if (first < 128 && !TEXT_WORD_INITIALS.has(first | 32)) return false;
  return TEXT_WORDS.has(word) || TEXT_WORDS.has(word.toUpperCase());
}

/**
 * One-character level marks (Redis's `*` notice, `#` warning, `.` debug, `-` verbose), read only
 * in a level column a source's lines agreed on. `distinctiveOnly` keeps to `*` and `#`, the ones
 * that may found such a column: `-` and `.` stand between fields in many layouts.
 */
export function levelMark(c: number, distinctiveOnly: boolean): Level | undefined {
  if (c === 42) return 'NOTICE';
  if (c === 35) return 'WARN';
  if (distinctiveOnly) return undefined;
  if (c === 46) return 'DEBUG';
  if (c === 45) return 'TRACE';
  return undefined;
}

/** Most names a mnemonic's facility has before its severity (IOS XR's `PKT_INFRA-LINEPROTO` has two). */
const MAX_FACILITY_NAMES = 3;

/**
 * The severity digit of a message mnemonic, a syslog severity, in [a, b) of `raw`: Cisco's
 * `%FACILITY-N-MNEMONIC` (IOS, NX-OS, ASA, Arista EOS), with a subfacility or two before the digit
 * as IOS XR and IOS XE write it (`%ROUTING-BGP-5-ADJCHANGE`, `%PKT_INFRA-LINK-3-UPDOWN`), and the VRP
 * family's `%%NNFACILITY/N/MNEMONIC` (Huawei, H3C, HPE Comware: a version number before the facility,
 * slashes, a mnemonic in any case). Undefined when the text is not one.
 */
export function mnemonicSeverity(raw: string, a: number, b: number): Level | undefined {
  if (raw.charCodeAt(a) !== 37 || b - a > 64) return undefined;
  let k = a + 1;
  if (raw.charCodeAt(k) === 37) k++;
  while (k < b && isDigit(raw.charCodeAt(k))) k++;
  let separator = 0;
  for (let names = 1; ; names++) {
    const name = k;
    while (k < b && isUpperNameCode(raw.charCodeAt(k))) k++;
    separator = raw.charCodeAt(k);
    if (k === name || (separator !== 45 && separator !== 47)) return undefined;
    if (isDigit(raw.charCodeAt(k + 1)) && raw.charCodeAt(k + 2) === separator) break;
    // Another name of a dashed facility, never of the VRP family's slashed one.
    if (separator !== 45 || names === MAX_FACILITY_NAMES) return undefined;
    k++;
  }
  if (k + 3 >= b) return undefined;
  for (let m = k + 3; m < b; m++) {
    const c = raw.charCodeAt(m);
    if (!isUpperNameCode(c) && c !== 45 && !(separator === 47 && c >= 97 && c <= 122)) return undefined;
  }
  const digit = raw.charCodeAt(k + 1) - 48;
  return digit >= 0 && digit <= 7 ? syslogSeverityLevel(digit) : undefined;
}

/**
 * Comware's log file writes the VRP family's mnemonic without its `%` (the line opens with it instead):
 * `IFNET/3/PHY_UPDOWN` in [a, b) of `raw`, a field its caller saw end with a colon in Comware's place
 * (`isUnmarkedMnemonicPlace` in `structure.ts`: right after the host, the year after the time). Stricter than the
 * marked form: a module of two capitals or more (`GE1/0/1` is an interface, `usr/3/lib` a path),
 * one digit 0–7 between slashes, a digest of four capitals or more that opens with a letter (`LOGIN`,
 * `PHY_UPDOWN`; `HTTP/1/GET` is a path). Undefined when not one.
 */
export function unmarkedMnemonicSeverity(raw: string, a: number, b: number): Level | undefined {
  let k = a;
  while (k < b && isUpper(raw.charCodeAt(k))) k++;
  if (k - a < 2) return undefined;
  while (k < b && isUpperNameCode(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 47 || raw.charCodeAt(k + 2) !== 47 || k + 7 > b) return undefined;
  if (!isUpper(raw.charCodeAt(k + 3))) return undefined;
  for (let m = k + 4; m < b; m++) if (!isUpperNameCode(raw.charCodeAt(m))) return undefined;
  const digit = raw.charCodeAt(k + 1) - 48;
  return digit >= 0 && digit <= 7 ? syslogSeverityLevel(digit) : undefined;
}

/** `A`–`Z`, `0`–`9` or `_`: a letter of an upper-case name (`LINK`, `CONFIG_I`, `106023`). */
function isUpperNameCode(c: number): boolean {
  return (c >= 65 && c <= 90) || isDigit(c) || c === 95;
}

/**
 * mORMot's `TSynLog` level column (`mormot.core.log.pas`, `LOG_LEVEL_TEXT`: the 7-character column
 * after its `yyyyMMdd HHmmsscc` stamp and any thread column), word → level. A word that spells a
 * level reads as written (`info`, `debug`, `trace`, `warn`, `ERROR`); every other word reads as
 * mORMot's own `LOG_TO_SYSLOG` sends it to syslog: `EXC` and `EXCOS` (exceptions) `ssErr`; `OSERR`
 * (the OS's last error) and `dddER` `ssWarn`; `fail` `ssNotice`, which mORMot's `LOG_WNG` counts
 * among the warnings, so WARN; `rotat` (a new run) `ssNotice`; `dddIN` `ssInfo`; the event kinds
 * (`+` enter, `-` leave, `SQL`, `http`, `srvr`, `clnt`, `DB`, `cache`, `mem`, `stack` …) `ssDebug`.
 * Read only in a source's learned mORMot column (`structure.ts`): `SQL`, `http` or `+` are no level
 * anywhere else.
 */
const MORMOT_LEVELS: ReadonlyMap<string, Level> = new Map<string, Level>([
  ['info', 'INFO'],
  ['debug', 'DEBUG'],
  ['trace', 'TRACE'],
  ['warn', 'WARN'],
  ['ERROR', 'ERROR'],
  ['fail', 'WARN'],
  ['EXC', 'ERROR'],
  ['EXCOS', 'ERROR'],
  ['OSERR', 'WARN'],
  ['dddER', 'WARN'],
  ['rotat', 'NOTICE'],
  ['dddIN', 'INFO'],
  ...['+', '-', 'mem', 'stack', 'SQL', 'cache', 'res', 'DB', 'http', 'clnt', 'srvr', 'call', 'ret', 'auth']
    .concat(['cust1', 'cust2', 'cust3', 'cust4', 'mon'])
    .map((word): [string, Level] => [word, 'DEBUG']),
]);

/** The level of a word of mORMot's `TSynLog` level column (`MORMOT_LEVELS`), if it is one. */
export function mormotLevel(word: string): Level | undefined {
  return MORMOT_LEVELS.get(word);
}

/**
 * Syslog's priorities by their constant names, as `<syslog.h>` spells them and C, PHP and Python
 * programs print them in a level column (Hubzilla's `logger()` writes `log_priority_str($priority)`:
 * `…Z:LOG_INFO:5b1e0a93c4:Cron.php:33:run: text`). Each name past `LOG_` is a known spelling
 * (`ERR` error, `WARNING` warn, `EMERG`/`ALERT`/`CRIT` fatal). Upper case only.
 */
const SYSLOG_PRIORITY_NAMES: ReadonlySet<string> = new Set([
  'EMERG',
  'ALERT',
  'CRIT',
  'ERR',
  'WARNING',
  'NOTICE',
  'INFO',
  'DEBUG',
]);

/** The level of a syslog priority's constant name in [a, b) of `raw` (`LOG_ERR`), else undefined. */
export function syslogPriorityName(raw: string, a: number, b: number): Level | undefined {
  if (b - a < 7 || raw.charCodeAt(a + 3) !== 95 || !raw.startsWith('LOG_', a)) return undefined;
  const name = raw.slice(a + 4, b);
  return SYSLOG_PRIORITY_NAMES.has(name) ? BY_SPELLING.get(name) : undefined;
}

/** Syslog severity 0–7 (RFC 5424 §6.2.1) to a level. */
export function syslogSeverityLevel(severity: number): Level | undefined {
  switch (severity) {
    case 0:
    case 1:
    case 2:
      return 'FATAL';
    case 3:
      return 'ERROR';
    case 4:
      return 'WARN';
    case 5:
      return 'NOTICE';
    case 6:
      return 'INFO';
    case 7:
      return 'DEBUG';
    default:
      return undefined;
  }
}

/**
 * A severity counted up from INFO, 0–3: 0 INFO, 1 WARNING, 2 ERROR (or "severe"), 3 FATAL, the scale of
 * glog's and abseil's `LogSeverity` and Chromium's `LOG_*` (a `--minloglevel` of 0–3), and of the
 * operator console log of InterSystems' data platforms (`(pid) 2 [Category] text`).
 */
export function severityFromInfoLevel(severity: number): Level | undefined {
  switch (severity) {
    case 0:
      return 'INFO';
    case 1:
      return 'WARN';
    case 2:
      return 'ERROR';
    case 3:
      return 'FATAL';
    default:
      return undefined;
  }
}

/** Below it a number is a syslog severity or pino's; from it up, another scale (`numericLevel`). */
const LOWEST_THREE_DIGIT_LEVEL = 100;

/**
 * A numeric level: 0–7 are syslog severities, 10–60 bunyan/pino (10 trace … 60 fatal; values in
 * between round down, so pino custom levels land on the nearest standard one below, up to 99).
 * 100 and above is none: Monolog's 100 is DEBUG and log4j's `intLevel` 100 FATAL, scales that only
 * the record's shape tells apart (`monologLevel`), and an unknown scale raises no alert.
 */
export function numericLevel(n: number): Level | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= LOWEST_THREE_DIGIT_LEVEL) return undefined;
  if (n <= 7) return syslogSeverityLevel(n);
  if (n < 10) return undefined;
  if (n < 20) return 'TRACE';
  if (n < 30) return 'DEBUG';
  if (n < 40) return 'INFO';
  if (n < 50) return 'WARN';
  if (n < 60) return 'ERROR';
  return 'FATAL';
}

/**
 * Monolog's level number (PHP; its `Level` enum, RFC 5424's names): 100 DEBUG, 200 INFO, 250 NOTICE,
 * 300 WARNING, 400 ERROR, 500 CRITICAL, 550 ALERT, 600 EMERGENCY; another number is none.
 */
export function monologLevel(n: number): Level | undefined {
  switch (n) {
    case 100:
      return 'DEBUG';
    case 200:
      return 'INFO';
    case 250:
      return 'NOTICE';
    case 300:
      return 'WARN';
    case 400:
      return 'ERROR';
    case 500:
    case 550:
    case 600:
      return 'FATAL';
    default:
      return undefined;
  }
}

/** Nextcloud's and ownCloud's levels in the order of their numbers (`OCP\ILogger`'s constants). */
const NEXTCLOUD_LEVELS: readonly Level[] = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

/**
 * Nextcloud's and ownCloud's level number (`OCP\ILogger`, `OCP\Util`; the admin manual's log levels):
 * 0 DEBUG, 1 INFO, 2 WARN, 3 ERROR, 4 FATAL; another number is none.
 */
export function nextcloudLevel(n: number): Level | undefined {
  return levelNumbered(NEXTCLOUD_LEVELS, n);
}

/** ONS's log.go severities in the order of their numbers (`log/severity.go`: FATAL is 0). */
const ONS_SEVERITY_LEVELS: readonly Level[] = ['FATAL', 'ERROR', 'WARN', 'INFO'];

/**
 * The Office for National Statistics' log.go severity (github.com/ONSdigital/log.go, `log/severity.go`;
 * the dp-* services of its digital publishing estate): 0 FATAL, 1 ERROR, 2 WARN, 3 INFO (v3's
 * `LevelToSeverity` writes a debug event as 3 too); another number is none.
 */
export function onsSeverityLevel(n: number): Level | undefined {
  return levelNumbered(ONS_SEVERITY_LEVELS, n);
}

/**
 * go-logr's funcr V-level (`funcr.NewJSON`'s `level` key): a verbosity, not a severity, so every Info
 * record's, 0 and up, is INFO, as klog writes every V-level with its `I`; another number is none.
 */
export function funcrLevel(n: number): Level | undefined {
  return Number.isInteger(n) && n >= 0 ? 'INFO' : undefined;
}

/** The level at `n` of a product's levels in the order of their numbers; none past them or off the integers. */
function levelNumbered(levels: readonly Level[], n: number): Level | undefined {
  return Number.isInteger(n) && n >= 0 ? levels[n] : undefined;
}

/** OpenTelemetry's severity numbers, 1–24 in groups of four (the log data model's `SeverityNumber`). */
const OTEL_SEVERITY_LEVELS: readonly Level[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

/** OTLP/JSON's enum name (`SEVERITY_NUMBER_WARN2`) and Python's enum repr (`<SeverityNumber.WARN: 13>`). */
const OTEL_SEVERITY_NAME = /^(?:SEVERITY_NUMBER_([A-Z]+)\d?|<SeverityNumber\.[A-Z]+\d?: (\d{1,2})>)$/;

/**
 * OpenTelemetry's severity number (the log data model's `SeverityNumber`): 1–4 TRACE, 5–8 DEBUG,
 * 9–12 INFO, 13–16 WARN, 17–20 ERROR, 21–24 FATAL, as a number, digits, OTLP/JSON's enum name
 * (`SEVERITY_NUMBER_WARN2`) or the enum's repr older Python SDKs print (`<SeverityNumber.INFO: 9>`).
 * Another value, 0 (unspecified) or past 24 among them, is none: never FATAL.
 */
export function otelSeverityLevel(value: unknown): Level | undefined {
  let n = value;
  if (typeof value === 'string') {
    const named = OTEL_SEVERITY_NAME.exec(value);
    if (named?.[1] !== undefined) {
      const level = named[1] as Level;
      return OTEL_SEVERITY_LEVELS.includes(level) ? level : undefined;
    }
    n = Number(named?.[2] ?? (/^\d{1,2}$/.test(value) ? value : Number.NaN));
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 24) return undefined;
  return OTEL_SEVERITY_LEVELS[Math.floor((n - 1) / 4)];
}

/**
 * Python logging's `levelno` (`%(levelno)s`): 10 DEBUG, 20 INFO, 30 WARNING, 40 ERROR, 50 CRITICAL;
 * another number is none. A scale of its own: pino's and bunyan's 30 is INFO (`numericLevel`).
 */
export function pythonLevelNumber(n: number): Level | undefined {
  switch (n) {
    case 10:
      return 'DEBUG';
    case 20:
      return 'INFO';
    case 30:
      return 'WARN';
    case 40:
      return 'ERROR';
    case 50:
      return 'FATAL';
    default:
      return undefined;
  }
}

/** Python's NOTICE, as verboselogs and its kin register it (`logging.INFO + 5`). */
const PYTHON_NOTICE = 25;

/**
 * The level of `Level N`, what Python's `logging.getLevelName` prints for a number no name was
 * registered for: on Python's scale, a number between two named levels taken as the one below it
 * (5 TRACE, 15 DEBUG, 35 WARN), except that 25–29 is NOTICE, the level the semi-standard extra
 * levels (verboselogs' NOTICE = 25) and the programs that set `INFO + 5` mean by it. 0, 10, 20, 30,
 * 40 and 50 are never printed so (Python names them), nor is a number of three digits: none.
 */
export function pythonUnnamedLevel(n: number): Level | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99 || (n <= 50 && n % 10 === 0)) return undefined;
  if (n >= PYTHON_NOTICE && n < 30) return 'NOTICE';
  return n < 10 ? 'TRACE' : pythonLevelNumber(Math.min(50, Math.floor(n / 10) * 10));
}

/**
 * Normalises any spelling of a level (`WARNING`, `warn`, `W`, `err`, `SEVERE`, `crit`, `5`, `30`…)
 * to a `Level`, or undefined when it is not one. For values known to be levels (a JSON `level`).
 */
export function normaliseLevel(value: unknown): Level | undefined {
  if (typeof value === 'number') return numericLevel(value);
  if (typeof value !== 'string') return undefined;
  const exact = spellings.get(value);
  if (exact !== undefined) return exact;
  if (value.length === 0 || value.length > 16) return undefined;
  const trimmed = value.trim();
  const found = spellings.get(trimmed.toLowerCase());
  if (found !== undefined) return found;
  if (/^\d{1,2}$/.test(trimmed)) return numericLevel(Number(trimmed));
  return undefined;
}

/**
 * The level a JSON record's level key names with `log`, in any letter case: INFO. NestJS's
 * `ConsoleLogger` in its JSON mode writes `{"level":"log",…}` for `Logger.log` (its levels `log`,
 * `error`, `warn`, `debug`, `verbose`, `fatal`; `@nestjs/common` 11.2.12, `console-logger.service.js`),
 * and a server that stringifies its own `console.log` calls names the method (Common Voice's
 * `server/src/lib/logger.ts`, `LEVEL_LOG = 'log'` beside `'error'`). Only under a level key: elsewhere
 * `log` is a word (`placedLevelSpelling` reads it only in a header's level place).
 */
export function logMethodLevel(value: unknown): Level | undefined {
  return typeof value === 'string' && value.length === 3 && value.toLowerCase() === 'log'
    ? 'INFO'
    : undefined;
}

/** glog's, klog's and TensorFlow's severity letters (`"IWEF"[severity]`), on the common scale (`levelSpelling`). */
export function isGlogLetter(c: number): boolean {
  return c === 73 || c === 87 || c === 69 || c === 70;
}

/**
 * A level written as a word inside free text (`… ERROR [main] …`, `… info: …`): upper-case spellings
 * of two letters or more, and lower-case ones of three or more, count; mixed case ("Error
 * connecting") and single letters ("I") do not, so ordinary words are not taken for levels.
 */
export function levelWord(word: string): Level | undefined {
  if (word.length < 2 || word.length > 13) return undefined;
  const c = word.charCodeAt(0);
  const upper = c >= 65 && c <= 90;
  if (!upper && (c < 97 || c > 122 || word.length < 3)) return undefined;
  const found = spellings.get(word);
  if (found === undefined || word !== (upper ? word.toUpperCase() : word.toLowerCase())) return undefined;
  return found;
}

/**
 * The level a word spells, in any case (`WARN`, `Warning`, `warn`, `W`), or undefined. For words a
 * caller already knows stand where a level would (`structure.ts` decides how much to trust them).
 */
export function levelSpelling(word: string): Level | undefined {
  return spellings.get(word) ?? spellings.get(word.toLowerCase());
}

/** Level names a custom level's name may end with (`USERINFO`, `SUBDEBUG`), longest first per letter. */
const COMPOUND_ENDINGS: readonly string[] = [
  'CRITICAL',
  'WARNING',
  'NOTICE',
  'DEBUG',
  'TRACE',
  'ERROR',
  'FATAL',
  'INFO',
  'WARN',
];
/** Letters before the ending at least, and the whole word's letters at most. */
const COMPOUND_PREFIX_CHARS = 2;
const COMPOUND_WORD_CHARS = 14;
/** Prefixes that negate the ending (`NOERROR`, a DNS answer's code; `NONFATAL`, `UNINFO`). */
const NEGATING_PREFIXES: ReadonlySet<string> = new Set(['NO', 'NON', 'NOT', 'UN']);

/**
 * The level named by the ending of a custom level's name in capitals, `raw[a, b)`: Python's
 * `logging.addLevelName` idiom, a level between two of the standard ones named after the lower
 * (PyBDSF's `mylogger.py`, `logging.USERINFO = logging.INFO + 1`; `addLevelName(USERINFO, 'USERINFO')`).
 * Letters only, at most `COMPOUND_WORD_CHARS`, at least two before the ending and no negating prefix;
 * else undefined. Read only where a source's learned level column stands (`structure.ts`).
 */
export function compoundLevelSpelling(raw: string, a: number, b: number): Level | undefined {
  if (b - a > COMPOUND_WORD_CHARS || b - a < COMPOUND_PREFIX_CHARS + 4) return undefined;
  for (let k = a; k < b; k++) {
    const c = raw.charCodeAt(k);
    if (c < 65 || c > 90) return undefined;
  }
  for (const ending of COMPOUND_ENDINGS) {
    const at = b - ending.length;
    if (at - a < COMPOUND_PREFIX_CHARS || !raw.startsWith(ending, at)) continue;
    if (NEGATING_PREFIXES.has(raw.slice(a, at))) return undefined;
    return BY_SPELLING.get(ending);
  }
  return undefined;
}
