/**
 * Per-service parsing configuration: which format a service's lines are in (or a custom regex),
 * its time zone, and which of its loggers are services of their own. Services not listed are
 * auto-detected per line. The ingest Lambda reads this as JSON from `LOGWARD_PARSERS`, e.g.
 * `{"nginx":{"format":"access_combined","zone":"Europe/Paris"},"billing":{"custom":{"name":"billing","regex":"^(?<timestamp>\\S+) (?<message>.*)$"}}}`
 * or `{"monolith":{"loggers":{"payment-service":"payments","com.example.billing":"billing"}}}`: a
 * line of input service `monolith` whose logger (`[payment-service]`, `com.example.billing.Invoice`)
 * is listed, or is under a listed dotted name, is indexed as that service. `levels` declares the
 * service's own level words, word → level, matched in any case only where its lines carry their level
 * (a header column or bracket, `level=`, a JSON level key, a syslog program's leading level, a learned
 * column), never in message text, and overriding a known word's meaning:
 * `{"netatalk":{"levels":{"note":"NOTICE","severe":"ERROR","V3":"DEBUG"}}}` (docs/parsing.md).
 */
import type { LineParser } from './log-document.ts';
import {
  type CompiledParser,
  compileCustomPattern,
  compileParser,
  FORMAT_NAMES,
  isFormatName,
  isLevel,
  isValidTimeZone,
  LEVELS,
  type Level,
  levelWordProblem,
  MAX_LEVEL_WORDS,
} from './parse/index.ts';
import type { ParseOptions } from './parse/types.ts';
import { ValidationError } from './validation-error.ts';

/** Builds the ingest side's line parser from the configuration; throws `ValidationError` naming the key. */
export function compileServiceParsers(config: unknown, defaultZone = 'UTC'): LineParser {
  if (!isValidTimeZone(defaultZone))
    throw new ValidationError(
      'default zone',
      `expected an IANA time zone, got ${JSON.stringify(defaultZone)}`,
    );
  const byService = new Map<string, CompiledParser>();
  if (config !== undefined) {
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      throw new ValidationError(
        'parsers',
        'expected an object of service name → { format, custom, zone, levels, loggers }',
      );
    }
    for (const [service, spec] of Object.entries(config)) {
      const parser = compileParser(serviceOptions(service, spec, defaultZone));
      const loggers = loggerServices(service, (spec as { loggers?: unknown }).loggers);
      byService.set(service, loggers === undefined ? parser : withLoggerServices(parser, loggers));
    }
  }
  const fallback = compileParser({ defaultZone });
  const parserFor = (service: string | undefined) =>
    (service !== undefined && byService.get(service)) || fallback;
  const parse: LineParser = (raw, service, reference, source) => parserFor(service)(raw, reference, source);
  parse.learn = (source, service, sample, reference) => parserFor(service).learn(source, sample, reference);
  return parse;
}

function serviceOptions(service: string, spec: unknown, defaultZone: string): ParseOptions {
  const at = (key: string) => `parsers.${service}.${key}`;
  if (typeof spec !== 'object' || spec === null)
    throw new ValidationError(`parsers.${service}`, 'expected an object');
  const { format, custom, zone, levels, loggers: _loggers, ...unknown } = spec as Record<string, unknown>;
  const extra = Object.keys(unknown)[0];
  if (extra !== undefined)
    throw new ValidationError(at(extra), 'unknown key; expected format, custom, zone, levels or loggers');
  if (zone !== undefined && (typeof zone !== 'string' || !isValidTimeZone(zone))) {
    throw new ValidationError(
      at('zone'),
      `expected an IANA time zone such as Europe/Paris, got ${JSON.stringify(zone)}`,
    );
  }
  const options: { -readonly [K in keyof ParseOptions]: ParseOptions[K] } = {
    defaultZone: (zone as string | undefined) ?? defaultZone,
  };
  if (format !== undefined) {
    if (!isFormatName(format)) {
      throw new ValidationError(at('format'), `expected one of ${FORMAT_NAMES.join(', ')}`);
    }
    options.format = format;
  }
  if (custom !== undefined) {
    if (format !== undefined)
      throw new ValidationError(at('custom'), 'give either format or custom, not both');
    const compiled = compileCustomPattern(custom as Parameters<typeof compileCustomPattern>[0]);
    if (!compiled.ok) throw new ValidationError(at(`custom.${compiled.error.field}`), compiled.error.message);
    options.custom = compiled.pattern;
  }
  if (levels !== undefined) options.levels = levelWords(at('levels'), levels);
  return options;
}

/** `levels`: the service's own level words, word → one of `LEVELS`, checked. */
function levelWords(at: string, levels: unknown): Readonly<Record<string, Level>> {
  const expected = `an object of level word → one of ${LEVELS.join(', ')}, e.g. {"note":"NOTICE"}`;
  if (typeof levels !== 'object' || levels === null || Array.isArray(levels))
    throw new ValidationError(at, `expected ${expected}`);
  const entries = Object.entries(levels);
  if (entries.length > MAX_LEVEL_WORDS)
    throw new ValidationError(at, `expected at most ${MAX_LEVEL_WORDS} words, got ${entries.length}`);
  const words: Record<string, Level> = {};
  const seen = new Map<string, string>();
  for (const [word, level] of entries) {
    const problem = levelWordProblem(word);
    if (problem !== undefined)
      throw new ValidationError(`${at}.${word}`, `expected ${problem}, got ${JSON.stringify(word)}`);
    if (!isLevel(level))
      throw new ValidationError(
        `${at}.${word}`,
        `expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`,
      );
    // Words are matched in any case, so two spellings of one word would contradict each other.
    const same = seen.get(word.toLowerCase());
    if (same !== undefined)
      throw new ValidationError(
        `${at}.${word}`,
        `expected each word once, in any case (words are matched in any case), got ${JSON.stringify(word)} beside ${JSON.stringify(same)}`,
      );
    seen.set(word.toLowerCase(), word);
    words[word] = level;
  }
  return words;
}

/** Longest a service name a logger maps to may be. */
const SERVICE_NAME_CHARS = 128;

/** `loggers`: logger name → service name, checked; undefined when absent. */
function loggerServices(service: string, loggers: unknown): ReadonlyMap<string, string> | undefined {
  if (loggers === undefined) return undefined;
  const at = `parsers.${service}.loggers`;
  if (typeof loggers !== 'object' || loggers === null || Array.isArray(loggers))
    throw new ValidationError(at, 'expected an object of logger name → service name');
  const map = new Map<string, string>();
  for (const [logger, target] of Object.entries(loggers)) {
    if (logger.trim() === '') throw new ValidationError(at, 'a logger name is empty');
    if (typeof target !== 'string' || target.trim() === '' || target.length > SERVICE_NAME_CHARS) {
      throw new ValidationError(
        `${at}.${logger}`,
        `expected the service to index this logger's lines under, a non-empty string of at most ${SERVICE_NAME_CHARS} characters, got ${JSON.stringify(target)}`,
      );
    }
    map.set(logger, target);
  }
  return map;
}

/** The parser, with each line's logger looked up: by name, else by its dotted prefixes, longest first. */
function withLoggerServices(parser: CompiledParser, loggers: ReadonlyMap<string, string>): CompiledParser {
  const serviceOfLogger = loggerLookup(loggers);
  const mapped = ((raw: string, receivedAt?: number, source?: string) => {
    const line = parser(raw, receivedAt, source);
    if (line.logger !== undefined) {
      const service = serviceOfLogger(line.logger);
      if (service !== undefined) line.loggerService = service;
    }
    return line;
  }) as CompiledParser;
  mapped.learn = parser.learn;
  mapped.structureOf = parser.structureOf;
  return mapped;
}

/**
 * The service of a logger: its name's, else its longest listed dotted prefix's. Only names no
 * longer than the longest listed one are looked up, so a logger of any length costs at most as
 * many lookups as that name has characters.
 */
export function loggerLookup(loggers: ReadonlyMap<string, string>): (logger: string) => string | undefined {
  let longest = 0;
  for (const name of loggers.keys()) longest = Math.max(longest, name.length);
  return (logger) => {
    let name = logger;
    if (name.length > longest) {
      const dot = name.lastIndexOf('.', longest);
      if (dot <= 0) return undefined;
      name = name.slice(0, dot);
    }
    for (;;) {
      const service = loggers.get(name);
      if (service !== undefined) return service;
      const dot = name.lastIndexOf('.');
      if (dot <= 0) return undefined;
      name = name.slice(0, dot);
    }
  };
}
