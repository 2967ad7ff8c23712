/**
 * Unreal Engine's log file (every Unreal game's dedicated server: Satisfactory's `FactoryGame.log`,
 * and the others): `FOutputDeviceHelper::FormatLogLine` writes the time (`FDateTime::ToString`,
 * `yyyy.MM.dd-HH.mm.ss:mmm`) and the frame counter modulo 1000 in three (`[%3llu]`), each in square
 * brackets, then the category and `: `, then the verbosity and `: ` unless it is `Log`, then the
 * text: `[2026.11.26-20.01.14:552][  0]LogInit: Display: Running engine for game: FactoryGame`.
 *
 * - **The level**: `ELogVerbosity::ToString`'s words, `Fatal`, `Error`, `Warning`, `Display` (a line
 *   shown on the console too: INFO), `Verbose` (DEBUG), `VeryVerbose` (TRACE). A line at `Log`, the
 *   file's ordinary level, writes none: INFO, whatever words its text opens with (a level the format
 *   marks by leaving it out, as RocksDB's untagged lines).
 * - **The message**: the text after the category and the verbosity; the category is the logger
 *   (over a name the header finder took from the text). The frame counter goes to
 *   `fields.header_columns` (`[855]`), as a column stepped over does.
 *
 * Read only after that whole bracketed prefix from the line's start; the category is one
 * identifier, so `[time][  0]Some text: more` stays text.
 */
import type { Level } from '../levels.ts';
import type { ParsedLine } from '../types.ts';

/** `[yyyy.MM.dd-HH.mm.ss:mmm][fff]`: the characters before the category. */
const PREFIX_CHARS = 30;
const PREFIX = /^\[\d{4}\.\d\d\.\d\d-\d\d\.\d\d\.\d\d:\d{3}\]\[ {0,2}\d{1,3}\]/;
/** The category (`LogNet`), then an optional verbosity word, each followed by `: `. */
const HEADER = /([A-Za-z_][A-Za-z0-9_]{0,63}): (?:(Fatal|Error|Warning|Display|Verbose|VeryVerbose): )?/y;

const VERBOSITY_LEVELS: Readonly<Record<string, Level>> = {
  Fatal: 'FATAL',
  Error: 'ERROR',
  Warning: 'WARN',
  Display: 'INFO',
  Verbose: 'DEBUG',
  VeryVerbose: 'TRACE',
};

/**
 * Unreal's category and verbosity after its time and frame opening `raw`: the level (over any the
 * header finder read from the text), the category as the logger, the rest the message.
 */
export function takeUnrealHeader(line: ParsedLine, raw: string): void {
  // `[`, the date's `-`, the fraction's `:` and the brackets at fixed places turn other lines away.
  if (
    raw.charCodeAt(0) !== 91 ||
    raw.charCodeAt(11) !== 45 ||
    raw.charCodeAt(20) !== 58 ||
    raw.charCodeAt(PREFIX_CHARS - 1) !== 93 ||
    line.timestamp === undefined ||
    !PREFIX.test(raw)
  )
    return;
  HEADER.lastIndex = PREFIX_CHARS;
  const header = HEADER.exec(raw);
  if (header === null) return;
  const verbosity = header[2];
  line.level = verbosity === undefined ? 'INFO' : VERBOSITY_LEVELS[verbosity];
  line.logger = header[1] as string;
  line.message = raw.slice(HEADER.lastIndex);
  // The frame is a column the line keeps (`[855]`), not a process id the header finder took it for.
  const frame = raw.slice(26, PREFIX_CHARS - 1).trim();
  if (line.fields.pid === Number(frame)) delete line.fields.pid;
  line.fields.header_columns = `[${frame}]`;
}
