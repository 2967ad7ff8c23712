import type { CustomPattern } from './formats/custom.ts';
import type { Level } from './levels.ts';

/** Formats `parseLine` can recognise or be forced to use. */
export const FORMAT_NAMES = [
  'json',
  'logfmt',
  'syslog3164',
  'syslog5424',
  'access_combined',
  'access_common',
  'apache_error',
  'cmtrace',
  'sap_listlog',
  'xml',
  'nginx_error',
  'cri',
  'log4j',
  'python',
  'golog',
  'level_bracket',
  'timestamped',
] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

/** True when `value` names a format that can be forced (for validating service configuration). */
export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && (FORMAT_NAMES as readonly string[]).includes(value);
}

/** A raw line turned into a structured event. */
export interface ParsedLine {
  /** Format that recognised the line: a `FormatName`, `custom:<name>`, or `plain`. */
  format: string;
  /** Event time in epoch milliseconds, when a timestamp was found and understood. */
  timestamp?: number;
  /** The timestamp exactly as written in the line. */
  timestampText?: string;
  level?: Level;
  message: string;
  logger?: string;
  /** Host named inside the line (syslog HOSTNAME, JSON `host`/`hostname`). */
  host?: string;
  /** Service named inside the line (syslog APP-NAME/tag, JSON `service`/`app`). */
  service?: string;
  /**
   * The service the source's configuration maps this line's `logger` to (`loggers` in
   * `core/service-parsers.ts`): it wins over the input's service. A logger is never a service by itself.
   */
  loggerService?: string;
  /** The learned structure this line was read through (`describeStructure`), when one was. */
  structure?: string;
  /** Everything else the format carries, by name. */
  fields: Record<string, unknown>;
  /** True when no format recognised the line (format `plain`, message = raw). */
  parseFailed: boolean;
  /** Why the line, or a part of it (e.g. its timestamp), could not be understood. */
  parseError?: string;
}

/** How to parse the lines of one service. */
export interface ParseOptions {
  /**
   * Force a format instead of detecting it per line. A line that does not match the forced format
   * comes back as `plain` with `parseFailed` and a `parseError` naming the format.
   * @default auto-detection
   */
  readonly format?: FormatName;
  /** A compiled custom pattern (see `compileCustomPattern`); when set it is the forced format. */
  readonly custom?: CustomPattern;
  /**
   * IANA zone for timestamps written without an offset. An invalid zone falls back to UTC
   * (check configuration with `isValidTimeZone`).
   * @default 'UTC'
   */
  readonly defaultZone?: string;
  /**
   * When Logward received the line, epoch ms: chooses the year of year-less timestamps (syslog).
   * @default Date.now()
   */
  readonly receivedAt?: number;
  /**
   * The service's own level words, word → level (`note` → NOTICE, `V3` → DEBUG), matched in any case
   * where a level word stands (`compileLevelVocabulary` in `levels.ts`); a known word given here
   * takes the level given. Words that `levelWordProblem` refuses are left out.
   * @default none: the known spellings only
   */
  readonly levels?: Readonly<Record<string, Level>>;
}
