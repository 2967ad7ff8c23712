/**
 * Per-service parsing configuration: which format a service's lines are in (or a custom regex),
 * and its time zone. Services not listed are auto-detected per line. The ingest Lambda reads
 * this as JSON from `LOGWARD_PARSERS`, e.g.
 * `{"nginx":{"format":"access_combined","zone":"Europe/Paris"},"billing":{"custom":{"name":"billing","regex":"^(?<timestamp>\\S+) (?<message>.*)$"}}}`.
 */
import type { LineParser } from './log-document.ts';
import {
  compileCustomPattern,
  compileParser,
  FORMAT_NAMES,
  isFormatName,
  isValidTimeZone,
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
  const byService = new Map<string, ReturnType<typeof compileParser>>();
  if (config !== undefined) {
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      throw new ValidationError('parsers', 'expected an object of service name → { format, custom, zone }');
    }
    for (const [service, spec] of Object.entries(config))
      byService.set(service, compileParser(serviceOptions(service, spec, defaultZone)));
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
  const { format, custom, zone, ...unknown } = spec as Record<string, unknown>;
  const extra = Object.keys(unknown)[0];
  if (extra !== undefined)
    throw new ValidationError(at(extra), 'unknown key; expected format, custom or zone');
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
  return options;
}
