/**
 * Logward's line parser: a raw log line in, a structured event out. Pure, never throws, and fast
 * enough for the ingest Lambda's per-line budget (see bench/parse-throughput.ts).
 */

import { isAgreed, MIN_AGREEMENT } from './agreement.ts';
import { learnColonId, learnMinuteSecond, readColonId, readMinuteSecond } from './colon-id.ts';
import {
  type Columns,
  learnBareTag,
  learnColumns,
  NO_COLUMNS,
  nameBareProcess,
  nameBareProgramTag,
  skipColumns,
} from './columns.ts';
import { datePrefixEnd, learnDatePrefix } from './date-prefix.ts';
import { detect, forcedName, parseForced } from './detect.ts';
import { learnAccessWord, readLateAccessTime } from './formats/access.ts';
import { takeArStatus } from './formats/ar-status.ts';
import { takeBlitiriHeader } from './formats/blitiri-log.ts';
import { takeBoincKind } from './formats/boinc-msg-log.ts';
import { addCarrier, mayBeCarried, takeCarried } from './formats/cri.ts';
import { parseDebugNamespace, takeDateNamespace } from './formats/debug-namespace.ts';
import { takeEosHeader } from './formats/eos-log.ts';
import { takeFlaskLocation } from './formats/flask-location.ts';
import { parseHammerLine } from './formats/hammer-log.ts';
import { takeHmrcPlayMessage } from './formats/hmrc-play.ts';
import { parseIsolatePrefix } from './formats/isolate-prefix.ts';
import { type NumericLevel, readJson, takeLetterMark } from './formats/json.ts';
import { parseLevelWord, takeLevelWord } from './formats/level-word.ts';
import { takeLogrusFields } from './formats/leveled.ts';
import { takeLastMessagePair, takeQuotedMessage, takeUnquotedMessagePair } from './formats/logfmt.ts';
import { isStatusStamp } from './formats/lprng-status.ts';
import { parseMessageMark } from './formats/message-mark.ts';
import { takeMooSeverityMark } from './formats/moo-severity.ts';
import { takeNestedLogrusFields } from './formats/nested-logrus.ts';
import { takeOpsiHeader } from './formats/opsi-log.ts';
import { parseReporterWord, parseRightAlignedStatus } from './formats/reporter-word.ts';
import { takeSemanticLoggerName } from './formats/semantic-logger.ts';
import { takeSpipHeader } from './formats/spip-log.ts';
import {
  type BangUse,
  bangUseOf,
  learnMarkedSource,
  parseBangMark,
  parsePairedBullet,
  parseScopedSignale,
  parseWarningMark,
  readLearnedMark,
  readTaggedMark,
  takeRightAlignedTime,
} from './formats/status-symbol.ts';
import { takeTinyMuxHeader } from './formats/tinymux-log.ts';
import { takeUniventionHeader } from './formats/univention-debug.ts';
import { takeUnrealHeader } from './formats/unreal-log.ts';
import { takeXpdoGroup } from './formats/xpdo-log.ts';
import { learnGluedWord, mayGlueLevels, readGluedLevel } from './glued-level.ts';
import { afterOwnLevelColon } from './header-fields.ts';
import {
  addHeaderLevel,
  learnTrailingLoggers,
  lineFromHeader,
  syslogHeaderLine,
  takeEmbeddedHeader,
  takeGlibHeader,
  takeGlogAfterHeader,
  takeHostAndTag,
  takeJsonPayload,
  takeKeyValueLevel,
  takeLeadingLevel,
  takeProgramLevel,
  takeStructuredDataElement,
  takeTrailingLogger,
} from './header-line.ts';
import { learnHyphenHeader, mayHoldHyphenHeaders, readHyphenHeader } from './hyphen-header.ts';
import { learnIdField, mayHoldIds, readIdField } from './id-field.ts';
import {
  columnRecord,
  type KeyedRecord,
  type LearnedKeys,
  learnKeys,
  MIN_RECORDS,
  mostColumns,
  readKeys,
  readQuotedRecord,
  splitQuotedRecord,
} from './learned-keys.ts';
import { learnLetterCode, mayHoldLetterCodes, readLetterCode } from './letter-code.ts';
import {
  cutTrailingLevel,
  type LevelSlot,
  learnLetterSlot,
  learnLevelSlot,
  readSlotLevel,
  slotLevel,
} from './level-slot.ts';
import {
  compileLevelVocabulary,
  type Level,
  type LevelVocabulary,
  levelSpelling,
  useLevelVocabulary,
} from './levels.ts';
import { appendHeaderColumns, newLine, plainLine } from './line.ts';
import { takeLocationLevel } from './location-level.ts';
import { takeClosingPairsTime, takeMetadataTime } from './metadata-time.ts';
import { takeOpeningMark } from './opening-marks.ts';
import { learnPairsColumn, readPairsColumn } from './pairs-column.ts';
import { type BarePath, learnBodies, parseMaybeRelayed } from './relayed.ts';
import { takeRequestStartTime } from './request-start-time.ts';
import { takeRequestIdTag } from './request-tag.ts';
import {
  dropRestatedOpening,
  isWholeSecond,
  learnMicroColumn,
  learnPaddedMillis,
  learnRestatedStamp,
  readPaddedMillis,
  type SecondAgain,
  takeSecondFraction,
} from './second-fraction.ts';
import { learnShortLevel, mayHoldShortLevels, readShortLevel, type ShortLevel } from './short-level.ts';
import {
  applyStructure,
  clearHeader,
  describeStructure,
  emptyHeader,
  endsOnLevelMark,
  type Header,
  hasLevelColumn,
  isDeepLevelColumn,
  isRecordKindLetter,
  isTextWordBefore,
  learnStructure,
  mayHoldMarkedLevel,
  rereadTime,
  type Structure,
  scanHeader,
  severeNameAt,
  textLinesOf,
} from './structure.ts';
import {
  BOTH_ORDERS,
  type DateOrder,
  NO_ORDER,
  otherOrder,
  provenOrder,
  type SourceOrder,
  shapeOrder,
  YEAR_DAY_MONTH_SHAPE,
  yearDayMonthOpening,
} from './timestamp-shapes.ts';
import type { TimeContext } from './timestamps.ts';
import { learnTrailingLevelKey, readTrailingLevelPairs } from './trailing-level-pairs.ts';
import { isFormatName, type ParsedLine, type ParseOptions } from './types.ts';
import { isValidTimeZone } from './zones.ts';

export { statusLevel } from './formats/access.ts';
export type {
  CompileResult,
  CustomPattern,
  CustomPatternError,
  CustomPatternSpec,
} from './formats/custom.ts';
export { compileCustomPattern } from './formats/custom.ts';
export type { Level } from './levels.ts';
export {
  compareLevels,
  isAtLeast,
  isLevel,
  LEVEL_WORD_CHARS,
  LEVELS,
  levelWordProblem,
  MAX_LEVEL_WORDS,
  normaliseLevel,
} from './levels.ts';
export type { Structure } from './structure.ts';
export type { TimeContext } from './timestamps.ts';
export { parseTimestampText, parseTimestampValue } from './timestamps.ts';
export type { FormatName, ParsedLine, ParseOptions } from './types.ts';
export { FORMAT_NAMES, isFormatName } from './types.ts';
export { isValidTimeZone, wallTimeToInstant, zoneOffset } from './zones.ts';

/** Lines longer than this are not parsed (kept whole as `plain`): no parser should scan megabytes. */
export const MAX_PARSED_LENGTH = 256 * 1024;

const NO_OPTIONS: ParseOptions = {};

/**
 * Turns one raw line into a structured event. Detects the format per line unless `options` force
 * one; a line nothing recognises comes back as `plain` with `parseFailed` (never dropped). Never
 * throws.
 */
export function parseLine(raw: string, options: ParseOptions = NO_OPTIONS): ParsedLine {
  return compileParser(options ?? NO_OPTIONS)(raw, options?.receivedAt);
}

/** A parser bound to its options, which also learns the structure of each source it is shown. */
export interface CompiledParser {
  /** Parses one line; `source` names where it came from, so a structure learned there is used. */
  (raw: string, receivedAt?: number, source?: string): ParsedLine;
  /**
   * Learns `source`'s structure from a sample of its lines (the first lines of a record), unless
   * it is known and still holds. Cheap when known: call it for every record.
   */
  learn(source: string, sample: readonly string[], receivedAt?: number): void;
  /** What was learned about `source`, if anything (to show a user). */
  structureOf(source: string): Structure | undefined;
}

/** Lines of a source's record looked at to learn its structure. */
export const LEARNING_SAMPLE = 32;
/** Sources whose structure is remembered; beyond it the memory starts afresh. */
const MAX_SOURCES = 10_000;
/** Lines a learned structure is judged on; it is dropped when more than a quarter missed. */
const JUDGED_LINES = 64;

interface SourceState {
  /** The structure read with: `learned`, its date turned to the order the source proved. */
  structure: Structure | undefined;
  /** The structure as learned from the sample, before any turn. */
  learned: Structure | undefined;
  /** `structure` described for a user, made once. */
  description: string | undefined;
  /** True once the structure stopped fitting: the next sample learns again. */
  stale: boolean;
  /** True when the source's numeric JSON levels are on another scale than syslog's (`onSmallLevelScale`). */
  smallLevelScale: boolean;
  /** Header columns the source's messages open and end with (`columns.ts`), left out of every line's. */
  columns: Columns;
  /** A tool's constant bracketed tag opening the source's lines that carry no header (`learnBareTag`). */
  bareColumns: Columns;
  /**
   * How the sample's lines use a run of `!` opening them (`bangUseOf`): `marks`, where a ` * ` bullet
   * is INFO too, or `comments` (a network configuration), where no run is a level.
   */
  bangs: BangUse;
  /** True when most of the sample's lines open with a bracketed status mark (`learnMarkedSource`). */
  marks: boolean;
  /**
   * True when most of the sample's syslog messages open with one after the program's tag
   * (`learnMarkedSource` over them: a Rust CLI's `[*]`/`[!]` under journald).
   */
  taggedMarks: boolean;
  /**
   * True while the sample's messages are read for their columns (`messagesOf`): the level-word
   * reading waits, so a column some lines hold a level word in (`[twisted#info]`, `[-]`,
   * `[Launcher]`) is learned from all of them; read afterwards, that level word is found in the
   * column stepped over.
   */
  readingColumns: boolean;
  /**
   * The order of day and month the source's proving lines showed (`DAY_FIRST`, `MONTH_FIRST`):
   * `NO_ORDER` before any line proved one, `BOTH_ORDERS` once lines proved both. Read with only
   * after `PROOFS_NEEDED` lines proved it (`learnedOrder`); cleared when the structure is learned again.
   */
  dateOrder: SourceOrder;
  /** Lines of the source that proved `dateOrder`. */
  dateProofs: number;
  /**
   * Where the source writes its level word when no reader finds it (`level-slot.ts`): learned only
   * for a source with no level column whose sample's lines the readers mostly gave no level.
   */
  levelSlot: LevelSlot | undefined;
  /**
   * The field of the message where the source writes a severity identifier after header columns
   * (`id-field.ts`, `LTFS14000I`), read on lines the readers gave no level; -1 when none was learned.
   */
  idField: number;
  /**
   * The width of the zero-padded number after a level letter opening the source's messages
   * (`letter-code.ts`, knxd's `W00000116: text`), read on lines the readers gave no level; 0 when none.
   */
  letterCode: number;
  /**
   * A level letter and its verbosity glued between colons after the source's whole-second time
   * (`short-level.ts`, cbang's `14:03:40:I1:WU517:text`), read on lines the readers gave no level;
   * undefined when none was learned.
   */
  shortLevel: ShortLevel | undefined;
  /**
   * The product's word for its ordinary lines where its messages open with a name and a level glued
   * by hyphens (`glued-level.ts`, bctoolbox's `flexisip-message-text`); undefined when none was learned.
   */
  gluedWord: string | undefined;
  /**
   * True when the sample proved a header joined by hyphens after the time, its level word one of the
   * joined fields (`hyphen-header.ts`, Python's `%(asctime)s-%(process)d-%(threadName)s-%(levelname)s-`).
   */
  hyphenHeader: boolean;
  /**
   * Keys or columns of the time, level and message learned by value (`learned-keys.ts`): for JSON
   * and logfmt lines whose keys no reader knows, and records of quoted fields.
   */
  keys: LearnedKeys | undefined;
  /** The number after the seconds is a process id, not a fraction (`colon-id.ts`). */
  colonId: boolean;
  /** The number after the seconds is the minute and the second again, not a fraction (`colon-id.ts`). */
  minuteSecond: boolean;
  /** True when the sample proved a microsecond column after its whole-second clock (`learnMicroColumn`). */
  microColumn: boolean;
  /** True when the sample proved its four digits after the seconds a padded millisecond count (`learnPaddedMillis`). */
  paddedMillis: boolean;
  /** The column where key=value pairs start after the source's padded messages (`pairs-column.ts`); 0 when none. */
  pairsColumn: number;
  /** The level key of the pairs closing the source's headerless lines (`trailing-level-pairs.ts`); undefined when none. */
  trailingLevelKey: string | undefined;
  /** False when the sample showed a trailing ` (dotted.Logger)` on under half its lines (`learnTrailingLoggers`). */
  trailingLoggers: boolean;
  /**
   * The word (from 0) where the source's custom access format writes its bracketed time after more
   * leading words than the access readers know (`learnAccessWord`, lancache); 0 when none.
   */
  accessWord: number;
  /** Letters Go's `log` glues before the date on the source's lines (`date-prefix.ts`); undefined when none. */
  datePrefix: string | undefined;
  /**
   * The word after the header's clock where the sample's lines write their second again as a full
   * stamp (`learnRestatedStamp`: Cisco ISE's own stamp after the relay's header, Go's `log` stamp
   * opening a journal line's message); 0 when none.
   */
  restatedWord: number;
  /** True when those stamps named the header's wall clock in a zone of their own, which a line's may then give it. */
  restatedZone: boolean;
  /** Those stamps' date shape (`stampShape`): only a stamp of it leaves a message. */
  restatedShape: string;
  /**
   * True when a line of the sample wrote its whole-second stamp again with the fraction
   * (`second-fraction.ts`): only such a source's later lines are looked at for it. Set while the
   * sample's lines are read (`messagesOf`, which looks at every line).
   */
  secondAgain: boolean;
  /**
   * What was learned from the bodies of the sample's syslog-relayed lines, their relay's header
   * stripped (`relay.ts`): the programs' own lines behind the relay are read with it (`relayed.ts`).
   */
  bodies: SourceState | undefined;
  seen: number;
  misses: number;
}

/** A source that has learned nothing (yet, again, or after a learning that failed part way). */
function unlearnedState(): SourceState {
  return {
    structure: undefined,
    learned: undefined,
    description: undefined,
    stale: false,
    smallLevelScale: false,
    columns: NO_COLUMNS,
    bareColumns: NO_COLUMNS,
    bangs: undefined,
    marks: false,
    taggedMarks: false,
    readingColumns: false,
    // A structure learned again is a source that changed: what its old lines proved is no proof.
    dateOrder: NO_ORDER,
    dateProofs: 0,
    levelSlot: undefined,
    idField: -1,
    letterCode: 0,
    shortLevel: undefined,
    gluedWord: undefined,
    hyphenHeader: false,
    keys: undefined,
    colonId: false,
    minuteSecond: false,
    microColumn: false,
    paddedMillis: false,
    pairsColumn: 0,
    trailingLevelKey: undefined,
    trailingLoggers: true,
    restatedWord: 0,
    restatedZone: false,
    restatedShape: '',
    accessWord: 0,
    datePrefix: undefined,
    secondAgain: false,
    bodies: undefined,
    seen: 0,
    misses: 0,
  };
}

/**
 * `parseLine` bound to `options`, which are checked once rather than per line: the form for a hot
 * path (the ingest handler compiles one per configured service). Never throws.
 */
export function compileParser(options: ParseOptions): CompiledParser {
  const zone = typeof options.defaultZone === 'string' ? options.defaultZone : 'UTC';
  const zoneOk = zone === 'UTC' || isValidTimeZone(zone);
  const custom = options.custom;
  const badCustom = custom != null && !(custom.regex instanceof RegExp);
  const unknownFormat = options.format !== undefined && custom == null && !isFormatName(options.format);
  const plan: Plan = {
    options,
    forced: unknownFormat || badCustom ? undefined : forcedName(options),
    note: !zoneOk
      ? `unknown time zone ${zone}; used UTC`
      : unknownFormat
        ? `unknown format ${options.format}; detected`
        : badCustom
          ? 'custom pattern not compiled; detected'
          : undefined,
  };
  const usedZone = zoneOk ? zone : 'UTC';
  // Lines of one record share their reference time: one context per record, not per line.
  let ctx: TimeContext = { zone: usedZone, receivedAt: Number.NaN };
  const contextAt = (receivedAt: number | undefined): TimeContext => {
    const at = typeof receivedAt === 'number' && Number.isFinite(receivedAt) ? receivedAt : Date.now();
    if (ctx.receivedAt !== at) ctx = { zone: usedZone, receivedAt: at };
    return ctx;
  };
  const sources = new Map<string, SourceState>();
  const parser = (raw: string, receivedAt?: number, source?: string): ParsedLine => {
    if (typeof raw !== 'string') return plainLine(String(raw), 'not a string');
    try {
      const state = source === undefined ? undefined : sources.get(source);
      const at = contextAt(receivedAt);
      // A line past MAX_PARSED_LENGTH is refused as written (`parse`), carried or not.
      if (plan.forced !== undefined || raw.length > MAX_PARSED_LENGTH)
        return parsePrefixed(raw, plan, at, state);
      if (mayBeCarried(raw)) return parseCarried(raw, at, plan, state);
      return parseMaybeRelayed(raw, at, plan, state, BARE_PATH);
    } catch (err) {
      return plainLine(raw, `parser error: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  parser.learn = (source: string, sample: readonly string[], receivedAt?: number): void => {
    if (plan.forced !== undefined) return;
    const known = sources.get(source);
    // What the relayed bodies taught may stop fitting alone: only it is learned again.
    const bodiesOnly = known !== undefined && !known.stale;
    if (bodiesOnly && (known.bodies === undefined || !isStale(known.bodies))) return;
    if (!bodiesOnly && sources.size >= MAX_SOURCES) sources.clear();
    const lines: string[] = [];
    const at = contextAt(receivedAt);
    for (const sampled of sample) {
      if (lines.length >= LEARNING_SAMPLE) break;
      if (typeof sampled !== 'string' || sampled.length > MAX_PARSED_LENGTH) continue;
      // A carried line is learned as the program wrote it: its lines are read so (`parseCarried`).
      lines.push((mayBeCarried(sampled) ? takeCarried(sampled, at)?.body : undefined) ?? sampled);
    }
    if (bodiesOnly) known.bodies = learnBodies(lines, plan, at, 1, BARE_PATH);
    else sources.set(source, learnRelayed(lines, plan, at, 1));
  };
  parser.structureOf = (source: string): Structure | undefined => sources.get(source)?.structure;
  return options.levels === undefined
    ? parser
    : withLevelWords(parser, compileLevelVocabulary(options.levels));
}

/**
 * What a source's sample teaches, and, where some of its lines came through a syslog relay, what
 * their bodies teach (`SourceState.bodies`, each relay deep to `relayed.ts`' `MAX_RELAYS`): the lines
 * at each depth are read with what was learned at that depth (`parseMaybeRelayed`).
 */
function learnRelayed(lines: readonly string[], plan: Plan, at: TimeContext, depth: number): SourceState {
  const cleaned: string[] = [];
  // A banner's or a block's indented lines, which cleaning leaves unindented (`learnBareTag` leaves them out).
  const indented = new Set<string>();
  for (const line of lines) {
    const text = clean(line);
    cleaned.push(text);
    if (isIndented(line)) indented.add(text);
  }
  const state = learnState(cleaned, indented, plan, at);
  state.bodies = learnBodies(lines, plan, at, depth, BARE_PATH);
  return state;
}

/** True when what the source learned, at any relay's depth, stopped fitting its lines. */
function isStale(state: SourceState): boolean {
  return state.stale || (state.bodies !== undefined && isStale(state.bodies));
}

/**
 * What a source's sample teaches (`cleaned`: its lines as `clean` leaves them; `indented`: those
 * that were indented before): a learning that fails part way keeps nothing.
 */
function learnState(
  cleaned: readonly string[],
  indented: ReadonlySet<string>,
  plan: Plan,
  at: TimeContext,
): SourceState {
  const state = unlearnedState();
  try {
    // A prefix Go's `log` glues to the date is stepped over before anything else is learned.
    state.datePrefix = learnDatePrefix(cleaned);
    const lines = withoutDatePrefix(cleaned, state.datePrefix);
    // The text readings agree over the sample's text lines: its JSON records are read by their keys.
    const text = textLinesOf(lines);
    setStructure(state, learnStructure(lines, at));
    state.smallLevelScale = onSmallLevelScale(lines, at);
    const opening: SampleOpenings = {
      afterTime: 0,
      afterLogger: 0,
      afterLevel: 0,
      afterBracket: 0,
      afterCaller: 0,
      pipeHeader: 0,
      afterComma: 0,
      afterLevelColon: 0,
      bare: [],
      unindented: [],
      indented,
    };
    const messages = messagesOf(text, plan, at, state, opening);
    const agreed = MIN_AGREEMENT * messages.length;
    state.columns = learnColumns(messages, {
      afterTime: opening.afterTime >= agreed,
      afterLogger: opening.afterLogger >= agreed,
      afterLevel: messages.length > 0 && opening.afterLevel === messages.length,
      afterBracket: messages.length > 0 && opening.afterBracket >= agreed,
      afterCaller: messages.length > 0 && opening.afterCaller >= agreed,
      pipeHeader: messages.length > 0 && opening.pipeHeader >= agreed,
      afterComma: messages.length > 0 && opening.afterComma >= agreed,
      afterLevelColon: messages.length > 0 && opening.afterLevelColon >= agreed,
    });
    state.bareColumns = learnBareTag(opening.bare, opening.unindented);
    state.bangs = bangUseOf(text);
    state.marks = learnMarkedSource(text);
    state.taggedMarks = learnTaggedMarks(text, at);
    state.keys = keysOf(lines, plan, at, state);
    state.levelSlot = levelSlotOf(text, plan, at, state);
    const opened = openingsOf(text, plan, at, state);
    state.idField = opened.idField;
    state.letterCode = opened.letterCode;
    state.shortLevel = opened.shortLevel;
    state.gluedWord = opened.gluedWord;
    state.hyphenHeader = opened.hyphenHeader;
    state.colonId = learnColonId(text);
    state.minuteSecond = learnMinuteSecond(text);
    state.microColumn = learnMicroColumn(text);
    state.paddedMillis = learnPaddedMillis(text);
    state.pairsColumn = learnPairsColumn(text);
    state.trailingLevelKey = learnTrailingLevelKey(text);
    // Counted over the lines that open an event: Kafka's `KafkaConfig values:` dump is indented.
    state.trailingLoggers = learnTrailingLoggers(opening.unindented);
    const restated = learnRestatedStamp(text, at);
    state.restatedWord = restated.word;
    state.restatedZone = restated.zoned;
    state.restatedShape = restated.shape;
    state.accessWord = learnAccessWord(text, at);
  } catch {
    // A learning that fails part way keeps nothing: every learned reading is reset together.
    Object.assign(state, unlearnedState());
  }
  // The sample's own lines, read above for their messages, are not judged against what they taught.
  state.seen = 0;
  state.misses = 0;
  return state;
}

/**
 * The parser, reading and learning with a service's own level words in use, and the known ones again
 * after each call: other services, and the parser without `levels`, never see them.
 */
function withLevelWords(parser: CompiledParser, vocabulary: LevelVocabulary): CompiledParser {
  const own = ((raw: string, receivedAt?: number, source?: string): ParsedLine => {
    const before = useLevelVocabulary(vocabulary);
    try {
      return parser(raw, receivedAt, source);
    } finally {
      useLevelVocabulary(before);
    }
  }) as CompiledParser;
  own.learn = (source, sample, receivedAt) => {
    const before = useLevelVocabulary(vocabulary);
    try {
      parser.learn(source, sample, receivedAt);
    } finally {
      useLevelVocabulary(before);
    }
  };
  own.structureOf = parser.structureOf;
  return own;
}

/**
 * Keeps `structure` for the source, its date's shape turned to the order of day and month the
 * source proved (`11-03-2026` learned day first by the default order, in a source whose lines proved month
 * first, is read month first).
 */
function setStructure(state: SourceState, structure: Structure | undefined): void {
  const order = learnedOrder(state);
  const other = structure === undefined ? -1 : otherOrder(structure.shape);
  const turned =
    structure !== undefined && other >= 0 && order !== NO_ORDER && shapeOrder(structure.shape) !== order
      ? { ...structure, shape: other }
      : structure;
  state.learned = structure;
  state.structure = turned;
  state.description = turned === undefined ? undefined : describeStructure(turned);
}

/**
 * Lines of a source that must prove one order of day and month, none proving the other, before its
 * ambiguous dates are read in that order: one forged line cannot re-date a source.
 */
const PROOFS_NEEDED = 2;

/** The order a source's ambiguous dates are read in: proved by enough of its lines, else `NO_ORDER`. */
function learnedOrder(state: SourceState): DateOrder {
  return state.dateProofs >= PROOFS_NEEDED && state.dateOrder !== BOTH_ORDERS ? state.dateOrder : NO_ORDER;
}

/**
 * A date both orders of day and month read (`11-03-2026`), in a shape that has another order: once
 * `PROOFS_NEEDED` lines of the source prove one order (a number over 12) in the field where the
 * source writes its time (`ownField`), and none the other, later dates of the source that prove
 * nothing are read in that order. A line proving the other order is read in the only order it
 * allows, and makes the source one of `BOTH_ORDERS`: back to the default order (day first for `-`
 * and `.`, month first for `/`) until its structure is learned again.
 */
function orderDate(raw: string, ctx: TimeContext, state: SourceState, ownField: boolean): void {
  const order = shapeOrder(header.shape);
  if (order === NO_ORDER || state.dateOrder === BOTH_ORDERS) return;
  const proven = provenOrder(raw, header.timeStart);
  if (proven === NO_ORDER) {
    const learned = learnedOrder(state);
    if (learned !== NO_ORDER && order !== learned) rereadTime(raw, otherOrder(header.shape), ctx, header);
    return;
  }
  // A date further into the line (an exception's text, a headerless line) is no proof of the source's.
  if (!ownField) return;
  if (state.dateOrder !== NO_ORDER && proven !== state.dateOrder) {
    state.dateOrder = BOTH_ORDERS;
    setStructure(state, state.learned);
    return;
  }
  state.dateOrder = proven;
  state.dateProofs++;
  if (state.dateProofs === PROOFS_NEEDED) setStructure(state, state.learned);
}

/**
 * The field where a source writes its time: the learned one; after a learned level column with no
 * time learned, the next (`INFO:     [19-11-2026 13:25:51] text`, `applyStructure`); else the first.
 */
function ownTimeField(structure: Structure | undefined): number {
  if (structure === undefined) return 0;
  if (structure.shape >= 0) return structure.timeField;
  return structure.levelField === 0 ? 1 : 0;
}

/**
 * A line whose message may open with columns of its source's layout: not a self-describing format's,
 * and not syslog's, whose lines are many programs' (their own columns follow the program's tag).
 */
function hasColumns(line: ParsedLine): boolean {
  if (line.parseFailed || line.format === 'syslog3164') return false;
  // An Apache-style error log's text after its bracketed fields is a module's own (mod_jk's
  // `function::file.c (line): text`).
  return line.format === 'apache_error' || !SELF_DESCRIBING.has(line.format);
}

/**
 * True when most of the sample's lines are syslog lines whose messages, as the syslog reading leaves
 * them, open with a bracketed status mark after the program's tag (`learnMarkedSource` over them:
 * `host innernet[741]: [*] text`). Read before any structure, which may take the mark as its column.
 */
function learnTaggedMarks(lines: readonly string[], ctx: TimeContext): boolean {
  let marked = 0;
  for (const line of lines) if (line.includes(': [')) marked++;
  if (marked * 2 <= lines.length) return false;
  const messages: string[] = [];
  for (const raw of lines) {
    const line = detect(raw, ctx, true, false);
    if (line !== undefined && !line.parseFailed && SYSLOG_FORMATS.has(line.format))
      messages.push(line.message);
  }
  return messages.length * 2 > lines.length && learnMarkedSource(messages);
}

/** What `messagesOf` counts of a sample's lines while it reads them, for learning their columns. */
interface SampleOpenings {
  /** Messages that open right after the time, the logger, the level or a glued bracket. */
  afterTime: number;
  afterLogger: number;
  afterLevel: number;
  afterBracket: number;
  /** Messages that open right after the caller the header read and its colon (`ColumnOpening.afterCaller`). */
  afterCaller: number;
  /** Lines whose header before the message holds a pipe (`ColumnOpening.pipeHeader`). */
  pipeHeader: number;
  /** Messages the header closes with a comma and a space (`ColumnOpening.afterComma`). */
  afterComma: number;
  /** Messages right after a level's own colon (`ColumnOpening.afterLevelColon`). */
  afterLevelColon: number;
  /** Each unindented line in order: itself where the header read nothing of it, else '' (`learnBareTag`). */
  bare: string[];
  /** Each unindented line in order, whatever the header read of it (`learnBareTag`'s program names). */
  unindented: string[];
  /** A banner's or a block's indented lines, which cleaning left unindented: kept out of `bare`. */
  indented: ReadonlySet<string>;
}

/** The messages of a sample's lines as read so far, where a header may still open them. */
function messagesOf(
  lines: readonly string[],
  plan: Plan,
  ctx: TimeContext,
  state: SourceState,
  opening: SampleOpenings,
): string[] {
  const messages: string[] = [];
  state.readingColumns = true;
  try {
    for (const raw of lines) {
      if (raw.length === 0 || raw.charCodeAt(0) === 32 || raw.charCodeAt(0) === 9) continue;
      const line = parse(raw, plan, ctx, state);
      // A line the header read nothing of stands in `bare` as itself, any other unindented one as ''.
      if (!opening.indented.has(raw)) {
        opening.bare.push(isBare(line) ? raw : '');
        opening.unindented.push(raw);
      }
      // A record of another kind (DVM's `A:` beside G4KLX's letters) has its own layout: no vote for a column.
      if (!hasColumns(line) || (state.structure !== undefined && isRecordKindLetter(raw, state.structure)))
        continue;
      messages.push(line.message);
      if (opensAfterTime(raw, line)) opening.afterTime++;
      if (line.logger !== undefined) opening.afterLogger++;
      if (line.level !== undefined) opening.afterLevel++;
      if (opensGluedBracket(raw, line.message)) opening.afterBracket++;
      if (opensAfterCaller(raw, line)) opening.afterCaller++;
      if (hasPipeHeader(raw, line.message)) opening.pipeHeader++;
      if (opensAfterComma(raw, line.message)) opening.afterComma++;
      if (opensAfterLevelColon(raw, line)) opening.afterLevelColon++;
    }
  } finally {
    state.readingColumns = false;
  }
  return messages;
}

/** True for a line no reader found a time, a level or any field in (`plainLine`'s). */
function isBare(line: ParsedLine): boolean {
  return line.format === 'plain' && line.timestamp === undefined && line.level === undefined;
}

/** True when the header `raw` writes before `message` holds a pipe (`2026-… | INFO | text`). */
function hasPipeHeader(raw: string, message: string): boolean {
  const at = raw.length - message.length;
  return at > 0 && raw.endsWith(message) && raw.lastIndexOf('|', at - 1) >= 0;
}

/** True when `line`'s message opens right after its level's own colon in `raw` (`… - info: text`). */
function opensAfterLevelColon(raw: string, line: ParsedLine): boolean {
  return (
    line.level !== undefined &&
    raw.endsWith(line.message) &&
    afterOwnLevelColon(raw, raw.length - line.message.length)
  );
}

/** True when the header `raw` writes before `message` ends with a comma and a space (`2026-…,104, INFO, text`). */
function opensAfterComma(raw: string, message: string): boolean {
  const at = raw.length - message.length;
  return at > 1 && raw.charCodeAt(at - 1) === 32 && raw.charCodeAt(at - 2) === 44 && raw.endsWith(message);
}

/** True when `message` opens with a bracket glued to the one closing before it in `raw` (`[logger][thread] text`). */
function opensGluedBracket(raw: string, message: string): boolean {
  return (
    message.charCodeAt(0) === 91 &&
    raw.endsWith(message) &&
    raw.charCodeAt(raw.length - message.length - 1) === 93
  );
}

/** True when `line`'s message opens right after the caller the header read and its colon (`Cron.php:33:run: text`). */
function opensAfterCaller(raw: string, line: ParsedLine): boolean {
  const caller = line.fields.caller;
  if (typeof caller !== 'string' || !raw.endsWith(line.message)) return false;
  const at = raw.length - line.message.length - caller.length - 2;
  return at >= 0 && raw.startsWith(caller, at) && raw.startsWith(': ', at + caller.length);
}

/**
 * True when `line`'s message opens right after its time in `raw`, a closing bracket and spaces
 * between them at most (`[06:12:03.551207] STUBBY: text`): the place a program's name stands.
 */
function opensAfterTime(raw: string, line: ParsedLine): boolean {
  const time = line.timestampText;
  if (time === undefined) return false;
  const timeAt = raw.indexOf(time);
  const messageAt = raw.length - line.message.length;
  if (timeAt < 0 || !raw.endsWith(line.message)) return false;
  let k = timeAt + time.length;
  if (raw.charCodeAt(k) === 93) k++;
  if (k === messageAt) return false;
  while (k < messageAt && raw.charCodeAt(k) === 32) k++;
  return k === messageAt;
}

/**
 * The source's level slot (`learnLevelSlot`), when it learned no level column and the readers give
 * a level to fewer than half of its sample's lines: a source they read is left to them. The sample
 * is read again for that, after its columns were learned, as later lines will be read.
 */
function levelSlotOf(
  lines: readonly string[],
  plan: Plan,
  ctx: TimeContext,
  state: SourceState,
): LevelSlot | undefined {
  const structure = state.structure;
  if (structure !== undefined && hasLevelColumn(structure)) return undefined;
  // A level letter's slot (`learnLetterSlot`) only where the sample spells no level word in one.
  const slot = learnLevelSlot(lines) ?? learnLetterSlot(lines);
  if (slot === undefined) return undefined;
  const read = readSample(lines, plan, ctx, state);
  let levelled = 0;
  for (const line of read) if (line.level !== undefined) levelled++;
  return levelled * 2 < read.length ? slot : undefined;
}

/**
 * What the source's messages open with where the readers gave no level, from the sample read as
 * later lines will be: the field of a severity identifier (`learnIdField`), a level glued by
 * hyphens (`learnGluedWord`) and a header joined by hyphens after the time (`learnHyphenHeader`).
 * The sample is read again only when most of its lines could hold one.
 */
function openingsOf(
  lines: readonly string[],
  plan: Plan,
  ctx: TimeContext,
  state: SourceState,
): {
  idField: number;
  letterCode: number;
  shortLevel: ShortLevel | undefined;
  gluedWord: string | undefined;
  hyphenHeader: boolean;
} {
  const ids = mayHoldIds(lines);
  const codes = mayHoldLetterCodes(lines);
  const short = mayHoldShortLevels(lines);
  const hyphens = mayHoldHyphenHeaders(lines);
  if (!ids && !codes && !short && !hyphens && !mayGlueLevels(lines))
    return { idField: -1, letterCode: 0, shortLevel: undefined, gluedWord: undefined, hyphenHeader: false };
  const read = readSample(lines, plan, ctx, state);
  const messages = read.map((line) => line.message);
  return {
    idField: ids ? learnIdField(messages) : -1,
    letterCode: codes ? learnLetterCode(messages) : 0,
    shortLevel: short ? learnShortLevel(nonEmpty(lines), read) : undefined,
    gluedWord: learnGluedWord(messages),
    hyphenHeader: hyphens && learnHyphenHeader(lines, read),
  };
}

/** The sample's non-empty lines, the ones `readSample` reads, in its order. */
function nonEmpty(lines: readonly string[]): string[] {
  return lines.filter((raw) => raw.length > 0);
}

/**
 * The sample's non-empty lines read as later lines will be. The sample was read once already
 * (`messagesOf`): read again, its dates prove no order, and its lines do not judge the structure
 * they taught (which 64 readings would).
 */
function readSample(
  lines: readonly string[],
  plan: Plan,
  ctx: TimeContext,
  state: SourceState,
): ParsedLine[] {
  const read: ParsedLine[] = [];
  const { dateOrder, dateProofs, stale } = state;
  try {
    for (const raw of nonEmpty(lines)) read.push(parse(raw, plan, ctx, state));
  } finally {
    state.stale = stale;
    if (state.dateOrder !== dateOrder || state.dateProofs !== dateProofs) {
      state.dateOrder = dateOrder;
      state.dateProofs = dateProofs;
      setStructure(state, state.learned);
    }
  }
  return read;
}

/** Formats whose unknown keys `learnKeys` may read: the rest of their pairs stay in `fields`. */
const KEYED_FORMATS: ReadonlySet<string> = new Set(['json', 'logfmt']);

/**
 * The keys of a source's time, level and message learned by value (`learned-keys.ts`): from its
 * records of quoted fields when most of its sample's lines are such records of one column count,
 * else from the fields of its JSON and logfmt lines, for the roles the readers leave empty on most.
 */
function keysOf(
  lines: readonly string[],
  plan: Plan,
  ctx: TimeContext,
  state: SourceState,
): LearnedKeys | undefined {
  let counted = 0;
  let keyed = 0;
  const records: string[][] = [];
  for (const raw of lines) {
    if (raw.length === 0) continue;
    counted++;
    const c = raw.charCodeAt(0);
    if (c === 34) {
      const record = splitQuotedRecord(raw);
      if (record !== undefined) records.push(record);
    } else if (c === 123 || raw.indexOf('=') > 0) keyed++;
  }
  if (isAgreed(records.length, counted, MIN_RECORDS)) {
    const columns = mostColumns(records);
    const agreeing = records.filter((r) => r.length === columns);
    if (!isAgreed(agreeing.length, counted, MIN_RECORDS)) return undefined;
    return learnKeys(agreeing.map(columnRecord), ALL_ROLES, ctx, columns);
  }
  // A cheap test first: most sources have no JSON nor pairs, and need no second reading.
  if (!isAgreed(keyed, counted, MIN_RECORDS)) return undefined;
  const read = readSample(lines, plan, ctx, state).filter((line) => KEYED_FORMATS.has(line.format));
  if (!isAgreed(read.length, counted, MIN_RECORDS)) return undefined;
  let untimed = 0;
  let unlevelled = 0;
  let unsaid = 0;
  const fields: KeyedRecord[] = [];
  for (const line of read) {
    if (line.timestampText === undefined) untimed++;
    if (line.level === undefined) unlevelled++;
    if (line.message === '') unsaid++;
    fields.push(line.fields);
  }
  const most = MIN_AGREEMENT * read.length;
  const open = { time: untimed >= most, level: unlevelled >= most, message: unsaid >= most };
  if (!open.time && !open.level && !open.message) return undefined;
  return learnKeys(fields, open, ctx);
}

const ALL_ROLES = { time: true, level: true, message: true } as const;

interface Plan {
  readonly options: ParseOptions;
  /** Name of the forced format; undefined to detect per line. */
  readonly forced: string | undefined;
  /** Why the options were not used as given, noted on lines that have no other error. */
  readonly note: string | undefined;
}

/**
 * A line as a container runtime or engine carries it (`formats/cri.ts`' `takeCarried`: CRI, Docker's
 * json-file) read as its program wrote it, through the one reading a bare line gets and its source's
 * learned structure, which was learned from the bodies; the carrier's time, where the line names
 * none, and stream added. A forced format reads the line as given.
 */
function parseCarried(raw: string, ctx: TimeContext, plan: Plan, state: SourceState | undefined): ParsedLine {
  const carried = takeCarried(raw, ctx);
  // journalctl's short-iso header opens with an RFC 3339 time, as CRI's does.
  if (carried === undefined) return parseMaybeRelayed(raw, ctx, plan, state, BARE_PATH);
  return addCarrier(parseMaybeRelayed(carried.body, ctx, plan, state, BARE_PATH), carried);
}

/** The bare line's path, which the relay reading (`relayed.ts`) reads a relayed body through. */
const BARE_PATH: BarePath<Plan, SourceState> = {
  parse: parsePrefixed,
  learn: learnRelayed,
  ownsStructure: (format) => ((FORMAT_STEPS.get(format) ?? 0) & OWN_STRUCTURE) !== 0,
};

/**
 * A source's line read from its date on where it opens with the prefix the source's sample glued to
 * Go's `log` date (`date-prefix.ts`), looked for in the line as the sample was learned (`clean`: no
 * colour codes, no lead): the prefix names the logger where the header names none, or the level
 * where it spells one (`log.New(w, "WARN", flags)`), else kept first in `fields.header_columns`.
 * Read whole when the rest gives no time.
 */
function parsePrefixed(
  raw: string,
  plan: Plan,
  ctx: TimeContext,
  state: SourceState | undefined,
): ParsedLine {
  const prefix = state?.datePrefix;
  if (prefix === undefined) return parse(raw, plan, ctx, state);
  const text = clean(stripTerminator(raw));
  const at = datePrefixEnd(text, prefix);
  if (at < 0) return parse(raw, plan, ctx, state);
  const line = parse(text.slice(at), plan, ctx, state);
  if (line.timestamp === undefined) return parse(raw, plan, ctx, state);
  const level = levelSpelling(prefix);
  if (level === undefined && line.logger === undefined) line.logger = prefix;
  else if (level !== undefined && line.level === undefined) line.level = level;
  else {
    // The header named the logger or the level itself: the prefix stays the line's, as stepped-over columns do.
    const kept = line.fields.header_columns;
    line.fields.header_columns = kept === undefined || kept === '' ? prefix : `${prefix} ${String(kept)}`;
  }
  return line;
}

/** The sample's lines without the learned `prefix` glued to their date. */
function withoutDatePrefix(lines: readonly string[], prefix: string | undefined): readonly string[] {
  if (prefix === undefined) return lines;
  return lines.map((line) => {
    const at = datePrefixEnd(line, prefix);
    return at < 0 ? line : line.slice(at);
  });
}

function parse(input: string, plan: Plan, ctx: TimeContext, state: SourceState | undefined): ParsedLine {
  const text = stripTerminator(input);
  if (text.length > MAX_PARSED_LENGTH)
    return plainLine(text, `line longer than ${MAX_PARSED_LENGTH} characters`);
  const raw = clean(text);
  const indented = isIndented(text);
  const { forced } = plan;
  const readingColumns = state?.readingColumns === true;
  // A source on another level scale reads its JSON lines with their numeric levels, to unread them,
  // and so does one whose message key was learned, to weigh a mark opening the message against them.
  // So does a line read before its source learned anything, to unread a small number no record names.
  const json =
    (state === undefined || state.smallLevelScale || state.keys?.message !== undefined) &&
    readsJson(raw, plan)
      ? readJson(raw, ctx)
      : undefined;
  let line =
    json?.line ??
    (forced === undefined ? detect(raw, ctx, true, indented) : parseForced(raw, plan.options, ctx));
  if (line?.format === 'lprng_status') line = ownHeaderBeforeTrailer(line, raw, ctx, state);
  // The program's own level after a syslog tag wins over the transport's priority (`takeProgramLevel`).
  let priority: Level | undefined;
  if (line?.level !== undefined && line.fields.facility !== undefined && SYSLOG_FORMATS.has(line.format)) {
    priority = line.level;
    takeProgramLevel(line, ctx);
  }
  if (line?.level === 'FATAL' && state?.structure !== undefined)
    line = unreadSevereName(line, raw, severeNameAt(raw, state.structure, ctx));
  if (forced === undefined && (line === undefined || needsHeader(line) || leavesLearnedLevel(line, state)))
    line = readHeader(raw, line, ctx, state);
  // Where the source's level place holds its types of line (`CONNECT:`, `QUIT:`), a word of text
  // there (`CONFIG:`) is one more type, no level, whichever reading took it: a syslog line keeps
  // the transport's priority the word had taken over.
  if (line?.level !== undefined && state?.structure?.textWordsAreTypes === true)
    if (isTextWordBefore(raw, line.message))
      line.level = SYSLOG_FORMATS.has(line.format) ? priority : undefined;
  if (line?.timestamp !== undefined && state?.structure?.shape === YEAR_DAY_MONTH_SHAPE)
    dayFirstOpening(line, raw, ctx);
  if (line === undefined && forced === undefined)
    line = readUnclaimed(text, raw, indented, ctx, readingColumns, state?.bangs);
  if (line === undefined && state !== undefined && state.accessWord > 0)
    line = readLateAccessTime(text, raw, state.accessWord, ctx);
  if (line === undefined && state?.levelSlot !== undefined) line = readLevelSlot(text, raw, state.levelSlot);
  // A status mark opening a line of a source whose lines open with them (`[i] text`, sagan's `[*] 53 …`).
  if (state?.marks === true) line = readLearnedMark(raw, line, ctx) ?? line;
  // The same after a syslog tag (`host innernet[741]: [*] text`), over the transport's priority.
  if (state?.taggedMarks === true && line !== undefined && SYSLOG_FORMATS.has(line.format))
    readTaggedMark(line);
  // A record of quoted fields is read whole through its source's learned columns (`learned-keys.ts`).
  const keys = state?.keys;
  const quoted = keys?.columns !== undefined && forced === undefined && raw.charCodeAt(0) === 34;
  if (line === undefined && quoted) {
    const record = readQuotedRecord(raw, undefined, keys, ctx);
    if (record !== undefined) return record;
  }
  if (line === undefined) {
    const plain = plainLine(
      text,
      forced === undefined ? 'no known format' : `does not match format ${forced}`,
    );
    // Its Rails request id tag, as a header's bracketed column (`[uuid] Processing by …`: `request-tag.ts`).
    takeRequestIdTag(plain);
    // Its time may be one of the pairs closing it (Kinto's request summary: `metadata-time.ts`).
    takeClosingPairsTime(plain, ctx);
    // A line without a header still writes its pairs at the source's column (GitLab Runner's INFO lines).
    if (state !== undefined && state.pairsColumn > 0) readPairsColumn(plain, raw, state.pairsColumn);
    // Or its level among the pairs closing it, under the key its source's sample agreed on (`trailing-level-pairs.ts`).
    if (state?.trailingLevelKey !== undefined) readTrailingLevelPairs(plain, state.trailingLevelKey);
    // And its tool's tag (`[nodemon] text`), where the source learned one.
    if (state !== undefined && state.bareColumns !== NO_COLUMNS) {
      plain.message = skipColumns(plain.message, state.bareColumns, plain);
      nameBareProcess(plain, state.bareColumns);
    }
    // Rails' request-start line, its tags taken, writes the time a header would (`request-start-time.ts`).
    takeRequestStartTime(plain, ctx);
    return plain;
  }
  // The steps below never change the format: one look-up says which apply to it. Only after them may
  // the line be replaced (`readQuotedRecord`, format `learned`): later tests look its format up again.
  const steps = FORMAT_STEPS.get(line.format) ?? 0;
  // Flask's documented file format closes the text with ` [in path:line]` (`flask-location.ts`),
  // also where a syslog relay carried the line.
  if ((steps & TRAILING_LOGGER) !== 0 || SYSLOG_FORMATS.has(line.format)) takeFlaskLocation(line);
  if (line.logger === undefined || line.format === 'level_bracket') {
    if ((steps & TRAILING_LOGGER) !== 0 && state?.trailingLoggers !== false) takeTrailingLogger(line, raw);
  }
  if (json?.numericLevel !== undefined && line.format === 'json' && state?.smallLevelScale === true)
    unreadSyslogNumber(line, json.numericLevel);
  // A line alone: a 0–7 its record does not name as syslog's is no level yet (.NET's 2, Information).
  if (json?.unnamedLevel !== undefined && line.format === 'json' && state === undefined) {
    line.level = undefined;
    line.fields[json.unnamedLevel.key] = json.unnamedLevel.value;
  }
  if ((steps & HOST_AND_TAG) !== 0) takeHostAndTag(line, raw);
  if (state !== undefined && state.bareColumns !== NO_COLUMNS) nameBareProgramTag(line, state.bareColumns);
  // The source's learned columns, stepped over (also after an Apache-style error log's brackets: `hasColumns`).
  const headerMessage = line.message;
  if (state !== undefined && state.columns !== NO_COLUMNS && hasColumns(line))
    line.message = skipColumns(line.message, state.columns, line);
  // A header read whole that prints no level (TinyMUX's): no word of its text is guessed one.
  let levelless = false;
  // One look-up for what a self-describing format's lines skip: its structure is its own.
  if ((steps & OWN_STRUCTURE) === 0) {
    // SPIP's header and its gravity's French prefix, over what the header finder took (`spip-log.ts`).
    takeSpipHeader(line, raw);
    // CERN EOS's `time=… func=… level=…` header and its finer time (`eos-log.ts`): its text, pairs
    // and EOS's own `msg="…"` among them, is the call's whole.
    const eosText = takeEosHeader(line, raw);
    // Univention's `CATEGORY ( LEVEL ) : ` after its dotted time, its own level names (`univention-debug.ts`).
    takeUniventionHeader(line, raw);
    // Unreal Engine's `[time][frame]Category: Verbosity: ` (`unreal-log.ts`), its category the logger.
    takeUnrealHeader(line, raw);
    // xPDO's `(LEVEL @ file : line) ` after its bracketed time (MODX's error log: `xpdo-log.ts`).
    takeXpdoGroup(line, raw);
    // BOINC's `[PID=n] normal   ` after its time (the scheduler's log: `boinc-msg-log.ts`).
    takeBoincKind(line, raw);
    // TinyMUX's game name and `PRI/SEC : ` category after its stamp (`tinymux-log.ts`): a header
    // read whole that prints no level, so nothing below guesses a level, or pairs, from its text.
    levelless = takeTinyMuxHeader(line, raw);
    if (!levelless) {
      // ToastStunt's `*** `, `### `, `!!! ` severity mark after its ctime stamp (`moo-severity.ts`).
      takeMooSeverityMark(line, raw);
      // A JSON record after a header that named no level (Go's `log` stamp, then a marshalled record),
      // read as after a syslog header; its time is the record's only where it names the stamp's second finer.
      // A syslog line's message was read so already (`readHeaderLine`): its record's text, even JSON
      // text (`"msg":"{\"level\":…}"`, a string the program logged), is no record of its own.
      if (line.level === undefined && line.format !== 'syslog3164' && line.message.charCodeAt(0) === 123)
        takeJsonPayload(line, ctx);
      // opsi's `[5] [time] [context       ] text   (file.py:42)`, its level digit (`opsi-log.ts`).
      takeOpsiHeader(line, raw);
      // HMRC's Play pattern, `level=[…] logger=[…] thread=[…] … message=[text] ` (`hmrc-play.ts`).
      takeHmrcPlayMessage(line, raw);
      if (line.level === undefined) takeKeyValueLevel(line);
      // The source's header joined by hyphens (`hyphen-header.ts`), before a level word's guess at the zone.
      if (line.level === undefined && state?.hyphenHeader === true) readHyphenHeader(line, raw);
      // A GLib level name glued to a source location opening the message (`location-level.ts`, dionaea).
      if (line.level === undefined) takeLocationLevel(line);
      // blitiri.com.ar/go/log's level character and padded Go caller (dnss, chasquid: `blitiri-log.ts`).
      if (line.level === undefined) takeBlitiriHeader(line);
      // semantic_logger's class name before ` -- ` after its `L [pid:thread] ` header.
      if (line.level !== undefined && line.message.includes(' -- ')) takeSemanticLoggerName(line, raw);
      // A level mark opening what the header and the columns left as the message (`› ✔  text`, `W/tag text`).
      if (line.level === undefined) {
        takeOpeningMark(line, raw);
        // Last: a level word in the header zone, whatever punctuation wraps it (`[INFO@mau.init]`).
        if (line.level === undefined && !readingColumns) takeLevelWord(line, headerMessage);
        // The `debug` package's namespace after its ISO stamp, where its stream is no terminal: only
        // where the line wrote no level of its own (`app:db {ERROR} text` stays an error).
        if (line.level === undefined && line.logger === undefined) takeDateNamespace(line, raw);
      }
      // A dev server's badge line (` WARNING  text      10:44:56 AM`) ends with its time.
      if (line.timestamp === undefined && line.level !== undefined && (steps & FROM_HEADER) !== 0) {
        takeRightAlignedTime(line, raw, indented, ctx);
        // Else the time winston's `simple()` prints last, a key of the JSON metadata, or one of the
        // pairs closing the line (`metadata-time.ts`).
        if (line.timestamp === undefined) takeMetadataTime(line, ctx);
        if (line.timestamp === undefined) takeClosingPairsTime(line, ctx);
      }
      takeStructuredDataElement(line);
      if (!eosText) {
        takeQuotedMessage(line);
        takeUnquotedMessagePair(line, raw);
        takeLogrusFields(line, raw);
        takeNestedLogrusFields(line, raw);
      }
      // The pairs after a message padded to the column the source's sample agreed on (`pairs-column.ts`).
      if (state !== undefined && state.pairsColumn > 0) readPairsColumn(line, raw, state.pairsColumn);
      // Kratos's pairs follow a header only a learned structure reads (`LEVEL ts=…`).
      if (line.format === 'learned') {
        takeLastMessagePair(line);
        takeGlogAfterHeader(line, raw, ctx);
      }
    }
  }
  // The roles a JSON or logfmt line's readers left empty, from its source's keys learned by value.
  if (keys !== undefined && keys.columns === undefined && KEYED_FORMATS.has(line.format)) {
    const read = readKeys(line, line.fields, keys, ctx, false);
    // A level letter opening the message read from a learned key (`"log_message":"(I) text"`).
    if (json !== undefined && keys.message !== undefined && read.includes(keys.message))
      if (line.level === undefined || json.numericLevel !== undefined)
        takeLetterMark(line, json.numericLevel);
  }
  if (quoted) line = readQuotedRecord(raw, line, keys, ctx) ?? line;
  // Last: the learned level readings, then a status tag closing the text (`readLearnedLevel`).
  if (line.level === undefined && !levelless) readLearnedLevel(line, raw, state, steps);
  if (state?.colonId === true) readColonId(line, raw);
  if (state?.minuteSecond === true) readMinuteSecond(line, raw);
  if (state?.paddedMillis === true) readPaddedMillis(line, raw);
  // A stamp to the whole second whose header writes that second again with its fraction: looked at
  // for a source whose sample showed it, and for a line alone; never for a forced format, which
  // learns no sample (its every line would pay the look). Its format is looked up again, not
  // `steps`: a quoted record's line above is a new one.
  if (
    line.timestamp !== undefined &&
    isWholeSecond(line.timestamp) &&
    !SELF_DESCRIBING.has(line.format) &&
    (state === undefined
      ? forced === undefined
      : state.readingColumns || state.secondAgain || state.microColumn || state.restatedWord > 0)
  ) {
    takeSecondFraction(line, raw, state ?? UNLEARNED_SECOND, ctx);
    if (state?.readingColumns === true && !isWholeSecond(line.timestamp)) state.secondAgain = true;
  } else if (state !== undefined && state.restatedWord > 0 && !SELF_DESCRIBING.has(line.format))
    dropRestatedOpening(line, raw, state, ctx);
  if (plan.note !== undefined && line.parseError === undefined) line.parseError = plan.note;
  return line;
}

/** A line alone has learned no second written again. */
const UNLEARNED_SECOND: SecondAgain = {
  microColumn: false,
  restatedWord: 0,
  restatedZone: false,
  restatedShape: '',
};

/**
 * The learned level readings, in core/parse/README.md's order ("Which learned level reading wins"): a
 * severity identifier in the field of the message the source's sample agreed on (`id-field.ts`), a
 * letter code (`letter-code.ts`), a short level after the time (`short-level.ts`), a level glued by
 * hyphens (`glued-level.ts`), the level word in its slot (`level-slot.ts`); weakest of all, after the
 * line's own and its source's readings, a status tag closing the text (`(ARERR 8756)`), which another
 * product's line may quote (`ar-status.ts`).
 */
function readLearnedLevel(
  line: ParsedLine,
  raw: string,
  state: SourceState | undefined,
  steps: number,
): void {
  if (state !== undefined && state.idField >= 0) readIdField(line, state.idField);
  if (line.level === undefined && state !== undefined && state.letterCode > 0)
    readLetterCode(line, state.letterCode);
  if (line.level === undefined && state?.shortLevel !== undefined)
    readShortLevel(line, raw, state.shortLevel);
  if (line.level === undefined && state?.gluedWord !== undefined) readGluedLevel(line, state.gluedWord);
  if (line.level === undefined && state?.levelSlot !== undefined) readSlotLevel(line, raw, state.levelSlot);
  if (line.level === undefined && (steps & OWN_STRUCTURE) === 0) takeArStatus(line);
}

/**
 * LPRng's status line is known by its end, which any text can close so (a user's input last in
 * another product's line): where the header finder reads a time of the line's own before the trailer
 * (glog's `E1130 10:00:00.123456 …`, `ERROR 2026-11-30T10:00:00Z …`), that header's reading wins and the
 * trailer stays text, so it neither hides the line's level nor moves its time (review89).
 */
function ownHeaderBeforeTrailer(
  status: ParsedLine,
  raw: string,
  ctx: TimeContext,
  state: SourceState | undefined,
): ParsedLine {
  const own = readHeader(raw, undefined, ctx, state);
  if (own?.timestampText === undefined) return status;
  const at = raw.indexOf(own.timestampText);
  return at >= 0 && at < status.message.length && !isStatusStamp(own.timestampText) ? own : status;
}

/** A line nothing read, with a level word in its source's slot: that level, the line whole as its message. */
function readLevelSlot(text: string, raw: string, slot: LevelSlot): ParsedLine | undefined {
  const level = slotLevel(raw, slot);
  if (level === undefined) return undefined;
  const line = newLine('level_slot', text);
  line.level = level;
  if (slot.after === 41 && slot.field < 0) cutTrailingLevel(line, raw);
  return line;
}

/** JSON lines with a numeric level in a sample, before their scale is judged. */
const NUMERIC_LEVELS_JUDGED = 4;

/**
 * True when most of a sample's JSON lines that carry a numeric level carry 0–2, FATAL on syslog's
 * scale. A stream of emergencies is implausible: such numbers are another scale's (Cloud Foundry
 * lager's 0 debug, 1 info, 2 error; .NET's LogLevel or Serilog's level written as a number, 2
 * Information), which no rule tells apart, so they are not read as levels (no false alerts).
 */
function onSmallLevelScale(lines: readonly string[], ctx: TimeContext): boolean {
  let numeric = 0;
  let fatal = 0;
  for (const line of lines) {
    if (line.charCodeAt(0) !== 123) continue;
    const n = readJson(line, ctx)?.numericLevel?.value ?? Number.NaN;
    if (!(n >= 0 && n <= 7)) continue;
    numeric++;
    if (n <= 2) fatal++;
  }
  return numeric >= NUMERIC_LEVELS_JUDGED && fatal * 2 > numeric;
}

/** A JSON line's syslog-scale number, from a source on another scale: kept in `fields`, not a level. */
function unreadSyslogNumber(line: ParsedLine, level: NumericLevel): void {
  if (!(level.value >= 0 && level.value <= 7)) return;
  line.level = undefined;
  line.fields[level.key] = level.value;
}

/** True when the plan reads the line as JSON: forced to, or detecting and the line opens with `{`. */
function readsJson(raw: string, plan: Plan): boolean {
  if (plan.options.custom !== undefined) return false;
  return plan.forced === undefined ? raw.charCodeAt(0) === 123 : plan.forced === 'json';
}

/**
 * Formats whose text right after the time may be a syslog header that a relay or an appliance wrote
 * after a time of its own shape (`host tag[pid]: `); log4j's layout puts its own fields there.
 */
const HOST_AND_TAG_FORMATS: ReadonlySet<string> = new Set([
  'level_bracket',
  'timestamped',
  'generic',
  'learned',
]);

/** Formats whose lines may end in log4j's ` (logger.Name)`. */
const TRAILING_LOGGER_FORMATS: ReadonlySet<string> = new Set([
  'log4j',
  'level_bracket',
  'timestamped',
  'generic',
  'learned',
]);

/** Formats whose level may come from the transport's priority (`<PRI>`, `facility.severity`). */
const SYSLOG_FORMATS: ReadonlySet<string> = new Set(['syslog3164', 'syslog5424']);

/** Formats the header finder read, alone or through a learned structure. */
const HEADER_READ: ReadonlySet<string> = new Set(['generic', 'learned']);

/** Formats whose structure is their own: the header finder has nothing to add. */
const SELF_DESCRIBING: ReadonlySet<string> = new Set([
  'json',
  'logfmt',
  'syslog5424',
  'access_combined',
  'access_common',
  'access_custom',
  'apache_error',
  'cmtrace',
  'sap_listlog',
  'xml',
  'nginx_error',
  'cri',
  'bochs',
  'fbb',
  'fi_log',
  'ib_diag',
  'simulator_report',
  'hammer',
  'lprng_status',
  'gwen_log',
  'wine_debug',
  'srt_log',
  'rpcs3',
]);

// `FORMAT_STEPS`' bits: a format in `TRAILING_LOGGER_FORMATS`, `HOST_AND_TAG_FORMATS`, `SELF_DESCRIBING`, `HEADER_READ`.
const TRAILING_LOGGER = 1;
const HOST_AND_TAG = 2;
const OWN_STRUCTURE = 4;
const FROM_HEADER = 8;

/** The sets above as one look-up per line (`parse`'s steps after the header): a format's bits. */
const FORMAT_STEPS: ReadonlyMap<string, number> = (() => {
  const steps = new Map<string, number>();
  const mark = (formats: ReadonlySet<string>, bit: number) => {
    for (const format of formats) steps.set(format, (steps.get(format) ?? 0) | bit);
  };
  mark(TRAILING_LOGGER_FORMATS, TRAILING_LOGGER);
  mark(HOST_AND_TAG_FORMATS, HOST_AND_TAG);
  mark(SELF_DESCRIBING, OWN_STRUCTURE);
  mark(HEADER_READ, FROM_HEADER);
  return steps;
})();

/**
 * True when an Apache-style error log's line (`[ctime] host event.NAME info: text`) left the level to
 * find and its source learned a level column: past the brackets the columns are the product's own
 * (`hasColumns`), and the column its sample agreed on holds the level, as on a line no format took.
 */
function leavesLearnedLevel(line: ParsedLine, state: SourceState | undefined): boolean {
  if (line.format !== 'apache_error' || line.level !== undefined) return false;
  const structure = state?.structure;
  return structure !== undefined && structure.levelAfterTime >= 0 && hasLevelColumn(structure);
}

/**
 * A fixed reading's FATAL from a sender's name in the source's bracket of names (`[Alert]` beside
 * `[Main]`, opening at `at`), unread: the bracket goes back into the message, as `[Main]`'s stays in
 * a fixed reading, so the header reads both names alike. -1 keeps the reading; a message that does not
 * end the line leaves the line to the header.
 */
function unreadSevereName(line: ParsedLine, raw: string, at: number): ParsedLine | undefined {
  if (at < 0) return line;
  const text = raw.slice(at);
  if (!text.endsWith(line.message)) return undefined;
  line.level = undefined;
  line.message = text;
  return line;
}

/** True when a fixed format left the timestamp or the level to find. */
function needsHeader(line: ParsedLine): boolean {
  if (line.parseFailed) return true;
  if (SELF_DESCRIBING.has(line.format)) return false;
  return line.timestamp === undefined || line.level === undefined;
}

const header: Header = emptyHeader();

/**
 * A line of a source that learned year-day-month dates (`isYearDayMonthSample`), its opening date
 * read year-month-day by a fixed format (`2026-05-11 …` as 11 May): read day first, as the source writes it.
 */
function dayFirstOpening(line: ParsedLine, raw: string, ctx: TimeContext): void {
  if (SELF_DESCRIBING.has(line.format)) return;
  const ms = yearDayMonthOpening(raw, ctx);
  if (!Number.isNaN(ms)) line.timestamp = ms;
}

/**
 * The header finder's reading, with the source's learned structure when it has one: a whole line
 * for what no fixed format read, or the level a fixed format left out.
 */
function readHeader(
  raw: string,
  fixed: ParsedLine | undefined,
  ctx: TimeContext,
  state: SourceState | undefined,
): ParsedLine | undefined {
  const structure = state?.structure;
  // An Apache-style error log's line is read here only for its learned level column (`leavesLearnedLevel`).
  const searchLevel =
    fixed?.format !== 'apache_error' && (!levelOnlyIfMarked(fixed, structure) || mayHoldMarkedLevel(raw));
  let learned = false;
  if (structure !== undefined && state !== undefined) {
    learned = applyStructure(raw, structure, ctx, header, searchLevel);
    if (!learned) judge(state, true);
    else judge(state, false);
  }
  if (!learned) {
    if (searchLevel) scanHeader(raw, ctx, header);
    else clearHeader(header);
  }
  if (state !== undefined && header.shape >= 0)
    orderDate(raw, ctx, state, header.timeField === ownTimeField(structure));
  const levelColumn = learned && structure !== undefined && hasLevelColumn(structure);
  const line = readHeaderLine(raw, fixed, learned, levelColumn, ctx);
  if (learned && line !== undefined) line.structure = state?.description;
  // A mark every sample line opened with is a prefix, stepped over with no level (`constantMark`).
  if (
    structure?.constantMark === true &&
    line !== undefined &&
    line.level === header.level &&
    header.levelEnd - header.levelStart === 1
  )
    line.level = undefined;
  // Python's `[%(levelno)s]` or a severity digit, which a fixed format took for a pid (`[20]`, `[6]`), is the level.
  const numbered = structure?.levelNumbers === true || structure?.levelSeverity === true;
  if (line?.fields.pid !== undefined && numbered && line.level === header.level)
    if (line.fields.pid === Number(raw.slice(header.levelStart, header.levelEnd))) delete line.fields.pid;
  if (line !== undefined && structure?.levelSeverity === true && line.level === header.level)
    keepSeverityColumns(raw, line);
  // The context fields before a deep level column (`org:acme … messageid:rrt-… main`) are the line's.
  if (line !== undefined && structure !== undefined && isDeepLevelColumn(structure)) {
    if (header.levelAfterTime === structure.levelAfterTime && line.fields.header_columns === undefined)
      line.fields.header_columns = raw.slice(header.timeEnd, header.levelStart).trim();
  }
  return line;
}

/**
 * The columns around a learned severity digit that are no text but still the line's: the pid
 * before it (LSF's `2026 28114 6`) to `fields.pid`, the version after it (`6 10.1 main:`) to
 * `fields.header_columns`, as the learned header columns keep theirs.
 */
function keepSeverityColumns(raw: string, line: ParsedLine): void {
  const before = raw.slice(header.timeEnd, header.levelStart);
  const pid = before.replace(/^[\s,[(]+|[\s,\])]+$/g, '');
  if (line.fields.pid === undefined && /^\d{1,10}$/.test(pid)) line.fields.pid = Number(pid);
  // The header kept the columns before the digit (`4211`, `(4180)`): the pid it took is no longer among them.
  const kept = line.fields.header_columns;
  if (
    line.fields.pid !== undefined &&
    (kept === pid || (typeof kept === 'string' && kept.trim() === before.trim()))
  )
    delete line.fields.header_columns;
  const after = header.textStart > header.levelEnd ? raw.slice(header.levelEnd, header.textStart).trim() : '';
  if (after !== '') appendHeaderColumns(line, after);
}

function readHeaderLine(
  raw: string,
  fixed: ParsedLine | undefined,
  learned: boolean,
  levelColumn: boolean,
  ctx: TimeContext,
): ParsedLine | undefined {
  if (fixed === undefined || fixed.parseFailed)
    return lineFromHeader(raw, header, learned ? 'learned' : 'generic') ?? fixed;
  if (fixed.format === 'syslog3164') {
    takeLeadingLevel(fixed);
    if (fixed.level === undefined) takeEmbeddedHeader(fixed, ctx);
    if (fixed.level === undefined) takeGlibHeader(fixed, ctx);
    if (fixed.level !== undefined || header.level === undefined || header.levelStart < header.timeEnd)
      return fixed;
    if (!levelColumn && !isMarkedLevel(raw, header)) return fixed;
    return syslogHeaderLine(fixed, raw, header, learned ? 'learned' : 'generic') ?? fixed;
  }
  if (fixed.timestamp !== undefined) {
    if (header.level !== undefined && header.levelStart >= header.timeEnd) addHeaderLevel(fixed, raw, header);
    return fixed;
  }
  // A level without a time (`WARNING:root:…`): the header adds a time only where it found one first.
  if (header.shape >= 0 && header.timeStart === 0)
    return lineFromHeader(raw, header, learned ? 'learned' : 'generic');
  return fixed;
}

/**
 * True when all the header finder can add to `fixed` is a level marked as a field (`isMarkedLevel`):
 * a syslog line (which has its time) from a source with no learned level column.
 */
function levelOnlyIfMarked(fixed: ParsedLine | undefined, structure: Structure | undefined): boolean {
  if (fixed === undefined || fixed.parseFailed || fixed.format !== 'syslog3164') return false;
  return structure === undefined || !hasLevelColumn(structure);
}

/** A level the line marks as a field (`notice:`, `[warn]`, `<error>`), not a word of its text. */
function isMarkedLevel(raw: string, found: Header): boolean {
  return found.levelStrong && endsOnLevelMark(raw, found);
}

function judge(state: SourceState, missed: boolean): void {
  state.seen++;
  if (missed) state.misses++;
  if (state.seen < JUDGED_LINES) return;
  if (state.misses * 4 > state.seen) state.stale = true;
  state.seen = 0;
  state.misses = 0;
}

const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]`, 'g');

/**
 * The last readings, tried only on a line no format and no header reading took, since their marks
 * are common in text: a run of `!` opening the line (`! Undefined control sequence.`, ` ! Couldn't
 * authenticate`), and a ` * ` bullet in a source whose lines also open so (`bangs`), neither in a
 * network configuration's (`! Last configuration change …` comments); indented,
 * the `debug` package's `  app:db text +3ms` (written only in colour, on a terminal, so read without
 * the colours, indent kept) or cargo's right-aligned status word (`        Info Watching …`);
 * otherwise a JavaScript tool's reporter word (`info Starting …`), Rollup's `(!)` warning mark, or a
 * severity mark (`ANS1076E text`, htslib's `[E::func] text`).
 */
function readUnclaimed(
  text: string,
  raw: string,
  indented: boolean,
  ctx: TimeContext,
  readingColumns: boolean,
  bangs: BangUse,
): ParsedLine | undefined {
  const marked = parseBangMark(raw, bangs) ?? parsePairedBullet(raw, bangs);
  if (marked !== undefined) return marked;
  if (indented)
    return (
      parseDebugNamespace(withoutColours(text)) ??
      parseRightAlignedStatus(text) ??
      (readingColumns ? undefined : parseLevelWord(raw))
    );
  const line =
    parseScopedSignale(raw) ??
    parseReporterWord(raw) ??
    parseWarningMark(raw, ctx) ??
    parseMessageMark(raw) ??
    parseIsolatePrefix(raw) ??
    parseHammerLine(raw);
  return line ?? (readingColumns ? undefined : parseLevelWord(raw));
}

/** Drops a leading byte-order mark and white space, and terminal colour codes anywhere. */
function clean(text: string): string {
  return withoutColours(stripLead(text));
}

/** `text` without its terminal colour codes. */
function withoutColours(text: string): string {
  return text.indexOf(ESC) < 0 ? text : text.replace(ANSI, '');
}

/** True when the line opens with white space (before `clean` cuts it). */
function isIndented(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 32 || c === 9;
}

/** Drops a trailing line terminator. */
function stripTerminator(raw: string): string {
  let end = raw.length;
  while (end > 0 && (raw.charCodeAt(end - 1) === 10 || raw.charCodeAt(end - 1) === 13)) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

/** Drops a leading byte-order mark and white space before detection. */
function stripLead(text: string): string {
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1;
  while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
  return start === 0 ? text : text.slice(start);
}
