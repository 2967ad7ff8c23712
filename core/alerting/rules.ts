/**
 * Alert rules: what a rule matches, when it fires, and where it notifies. Rules live in the
 * alerts table; `validateRule` is the one gate every rule passes (API writes, seeding, reads).
 */
import { RE2JS } from 're2js';
import { FIELD_NAME_PATTERN, textLength } from '../input-text.ts';
import { compareLevels, isLevel, type Level } from '../parse/levels.ts';
import { UnprocessableError, ValidationError } from '../validation-error.ts';
import type { BaselineCondition } from './baseline.ts';
import { checkRecipient, GROUP_NAME_PATTERN, LOCAL_PART, type RecipientPolicy } from './recipients.ts';

/** What a log document must look like to count for a rule. Every present condition must hold. */
export interface RuleMatch {
  /** The document's level is at least this severe (documents without a level never match). */
  readonly minLevel?: Level;
  /** … and at most this severe (so an ERROR rule and a FATAL rule never both fire for one line). */
  readonly maxLevel?: Level;
  readonly service?: string;
  readonly host?: string;
  /** Case-sensitive substring of the message. */
  readonly contains?: string;
  /**
   * RE2 regular expression (no flags; no lookaround or backreferences) searched for in the first
   * `RULE_LIMITS.maxRegexInputChars` characters of the message. RE2 matches in linear time, so
   * no rule can stall ingestion (`^(a|aa)+$` is as cheap as any other).
   */
  readonly regex?: string;
  /** `fields.NAME` equals the value (compared as strings). */
  readonly fields?: Readonly<Record<string, string>>;
}

/** How matches become an alert. */
export type RuleCondition =
  /** Every match counts; fires on the first one (grouping bundles a burst into one notification). */
  | { readonly kind: 'match' }
  /** At least `count` matches within `windowMinutes`, per group. */
  | { readonly kind: 'threshold'; readonly count: number; readonly windowMinutes: number }
  /**
   * Matches in the last `windowMinutes` are at least `factor` times the average per window over
   * the previous `baselineWindows` windows, and at least `minCount`.
   */
  | {
      readonly kind: 'rate-spike';
      readonly windowMinutes: number;
      readonly baselineWindows: number;
      readonly factor: number;
      readonly minCount: number;
    }
  /** No log at all from `match.service` for `windowMinutes` (evaluated by the scheduled monitor). */
  | { readonly kind: 'absence'; readonly windowMinutes: number }
  /**
   * A pattern never seen before (a new kind of line, not a refinement of a known one) has matched
   * at least `count` times within `windowMinutes` of its first sighting. One alert per pattern.
   */
  | { readonly kind: 'new-pattern'; readonly count: number; readonly windowMinutes: number }
  /**
   * A pattern's lines in the current minute are `deviations` standard deviations above its own
   * baseline (an EWMA of its per-minute counts over `baselineMinutes`), and at least `minCount`.
   * Each pattern is its own alert. A pattern younger than `warmupMinutes` is not judged.
   */
  | ({ readonly kind: 'pattern-spike' } & BaselineCondition)
  /**
   * A group's matching lines per minute jump above (`up`, judged in the stream) or drop below
   * (`down`, judged by the scheduled monitor, which also sees a group gone quiet) their baseline.
   */
  | ({ readonly kind: 'volume-anomaly'; readonly direction: VolumeDirection } & BaselineCondition);

export type VolumeDirection = 'up' | 'down' | 'both';

/**
 * Where a rule's notifications go. Webhook URLs come from configuration, never from rules; email
 * recipients are addresses in an allowed domain or named groups (core/alerting/recipients.ts).
 */
export type Channel =
  | { readonly kind: 'email'; readonly to: readonly string[] }
  | { readonly kind: 'slack' }
  | { readonly kind: 'webhook' }
  | { readonly kind: 'sns'; readonly topicArn?: string };

export type ChannelKind = Channel['kind'];

/** How one alert's documents are split into separate alerts. */
export type GroupBy = 'service' | 'host' | 'none';

export interface Rule {
  /** `[a-z0-9-]{1,64}`: part of every fingerprint, so it never changes once created. */
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly match: RuleMatch;
  readonly condition: RuleCondition;
  readonly groupBy: GroupBy;
  /** Seconds to gather matches before the first notification of an alert. */
  readonly groupWaitSeconds: number;
  /** Minimum seconds between two notifications of the same still-firing alert (reminders). */
  readonly repeatIntervalSeconds: number;
  /** A firing alert resolves after this many seconds without a new match. */
  readonly resolveAfterSeconds: number;
  /** Empty: the deployment's default recipients. */
  readonly channels: readonly Channel[];
}

/** Every bound `validateRule` enforces; the OpenAPI document states the same ones. */
export const RULE_LIMITS = {
  maxText: 1024,
  maxRegexLength: 256,
  /** Characters of a message a rule's regex looks at. */
  maxRegexInputChars: 4096,
  maxWindowMinutes: 24 * 60,
  maxChannels: 10,
  maxRecipients: 50,
  groupWaitSeconds: [0, 3600],
  repeatIntervalSeconds: [60, 7 * 86400],
  resolveAfterSeconds: [60, 7 * 86400],
  count: [1, 1_000_000],
  baselineWindows: [1, 48],
  factor: [1.1, 1000],
  deviations: [1, 50],
  baselineMinutes: [10, 24 * 60],
  warmupMinutes: [1, 24 * 60],
} as const;

export const RULE_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';
const FIELD_NAME = new RegExp(FIELD_NAME_PATTERN);
const RULE_ID = new RegExp(RULE_ID_PATTERN);
/** What a stored rule's recipient looks like: an address or a group name (the allow-list is checked on writes). */
const RECIPIENT = new RegExp(`^(?:${LOCAL_PART}@[A-Za-z0-9.-]{1,253}|${GROUP_NAME_PATTERN.slice(1, -1)})$`);

/** A rule's regex, compiled by RE2 (linear-time matching). Throws on syntax RE2 does not accept. */
export function compileRuleRegex(source: string): RE2JS {
  return RE2JS.compile(source);
}

const RULE_KEYS = [
  'id',
  'name',
  'enabled',
  'match',
  'condition',
  'groupBy',
  'groupWaitSeconds',
  'repeatIntervalSeconds',
  'resolveAfterSeconds',
  'channels',
];

/**
 * Validates untrusted input (API body, stored item) into a Rule, filling defaults. Throws
 * ValidationError naming the field. With `recipients` (API writes), every email recipient must
 * be in the allow-lists; stored rules are read without it, so narrowing the lists never makes a
 * stored rule unreadable (the sender drops recipients no longer allowed).
 */
export function validateRule(input: unknown, recipients?: RecipientPolicy): Rule {
  const o = object(input, 'rule');
  onlyKeys(o, RULE_KEYS, '');
  const id = string(o.id, 'id');
  if (!RULE_ID.test(id))
    throw new ValidationError('id', `expected [a-z0-9-]{1,64}, got ${JSON.stringify(id)}`);
  const condition = validateCondition(given(o.condition, { kind: 'match' }));
  const match = validateMatch(given(o.match, {}));
  if (condition.kind === 'absence' && match.service === undefined) {
    throw new UnprocessableError('match.service', 'an absence rule needs the service it watches');
  }
  const groupBy = given(o.groupBy, 'service');
  if (groupBy !== 'service' && groupBy !== 'host' && groupBy !== 'none') {
    throw new ValidationError(
      'groupBy',
      `expected "service", "host" or "none", got ${JSON.stringify(groupBy)}`,
    );
  }
  if (condition.kind === 'volume-anomaly' && groupBy === 'host') {
    // The monitor judges drops per group it can list: services it has seen, or everything.
    throw new UnprocessableError(
      'groupBy',
      'a volume-anomaly rule groups by "service" or "none", got "host"',
    );
  }
  const windowSeconds = 'windowMinutes' in condition ? condition.windowMinutes * 60 : 300;
  return {
    id,
    name: o.name === undefined ? id : string(o.name, 'name'),
    enabled: o.enabled === undefined ? true : boolean(o.enabled, 'enabled'),
    match,
    condition,
    groupBy,
    groupWaitSeconds: integer(
      given(o.groupWaitSeconds, 30),
      'groupWaitSeconds',
      ...RULE_LIMITS.groupWaitSeconds,
    ),
    repeatIntervalSeconds: integer(
      given(o.repeatIntervalSeconds, 3600),
      'repeatIntervalSeconds',
      ...RULE_LIMITS.repeatIntervalSeconds,
    ),
    resolveAfterSeconds: integer(
      given(o.resolveAfterSeconds, Math.max(300, windowSeconds)),
      'resolveAfterSeconds',
      ...RULE_LIMITS.resolveAfterSeconds,
    ),
    channels: validateChannels(given(o.channels, []), recipients),
  };
}

function validateMatch(input: unknown): RuleMatch {
  const o = object(input, 'match');
  onlyKeys(o, ['minLevel', 'maxLevel', 'service', 'host', 'contains', 'regex', 'fields'], 'match.');
  const out: { -readonly [K in keyof RuleMatch]: RuleMatch[K] } = {};
  if (o.minLevel !== undefined) {
    if (!isLevel(o.minLevel))
      throw new ValidationError('match.minLevel', `expected a level, got ${JSON.stringify(o.minLevel)}`);
    out.minLevel = o.minLevel;
  }
  if (o.maxLevel !== undefined) {
    if (!isLevel(o.maxLevel))
      throw new ValidationError('match.maxLevel', `expected a level, got ${JSON.stringify(o.maxLevel)}`);
    if (out.minLevel !== undefined && compareLevels(o.maxLevel, out.minLevel) < 0) {
      throw new UnprocessableError(
        'match.maxLevel',
        `expected at least minLevel ${out.minLevel}, got ${o.maxLevel}`,
      );
    }
    out.maxLevel = o.maxLevel;
  }
  if (o.service !== undefined) out.service = string(o.service, 'match.service');
  if (o.host !== undefined) out.host = string(o.host, 'match.host');
  if (o.contains !== undefined) out.contains = string(o.contains, 'match.contains');
  if (o.regex !== undefined) {
    const source = string(o.regex, 'match.regex');
    if (textLength(source) > RULE_LIMITS.maxRegexLength) {
      throw new ValidationError('match.regex', `expected at most ${RULE_LIMITS.maxRegexLength} characters`);
    }
    try {
      compileRuleRegex(source);
    } catch (error) {
      const why = error instanceof Error ? `: ${error.message}` : '';
      throw new UnprocessableError(
        'match.regex',
        `expected an RE2 regular expression (no lookaround or backreferences), got ${JSON.stringify(source)}${why}`,
        { cause: error },
      );
    }
    out.regex = source;
  }
  if (o.fields !== undefined) {
    const fields = object(o.fields, 'match.fields');
    const copy: Record<string, string> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (!FIELD_NAME.test(name))
        throw new ValidationError(`match.fields.${name}`, `field names match ${FIELD_NAME_PATTERN}`);
      copy[name] = string(value, `match.fields.${name}`);
    }
    out.fields = copy;
  }
  return out;
}

const CONDITION_KEYS: Readonly<Record<string, readonly string[]>> = {
  match: ['kind'],
  threshold: ['kind', 'count', 'windowMinutes'],
  'rate-spike': ['kind', 'windowMinutes', 'baselineWindows', 'factor', 'minCount'],
  absence: ['kind', 'windowMinutes'],
  'new-pattern': ['kind', 'count', 'windowMinutes'],
  'pattern-spike': ['kind', 'deviations', 'minCount', 'baselineMinutes', 'warmupMinutes'],
  'volume-anomaly': ['kind', 'direction', 'deviations', 'minCount', 'baselineMinutes', 'warmupMinutes'],
};

function validateCondition(input: unknown): RuleCondition {
  const o = object(input, 'condition');
  const keys = typeof o.kind === 'string' ? CONDITION_KEYS[o.kind] : undefined;
  if (keys) onlyKeys(o, keys, 'condition.');
  const window = () => integer(o.windowMinutes, 'condition.windowMinutes', 1, RULE_LIMITS.maxWindowMinutes);
  switch (o.kind) {
    case 'match':
      return { kind: 'match' };
    case 'threshold':
      return {
        kind: 'threshold',
        count: integer(o.count, 'condition.count', ...RULE_LIMITS.count),
        windowMinutes: window(),
      };
    case 'rate-spike':
      return {
        kind: 'rate-spike',
        windowMinutes: window(),
        baselineWindows: integer(
          given(o.baselineWindows, 6),
          'condition.baselineWindows',
          ...RULE_LIMITS.baselineWindows,
        ),
        factor: number(given(o.factor, 3), 'condition.factor', ...RULE_LIMITS.factor),
        minCount: integer(given(o.minCount, 10), 'condition.minCount', ...RULE_LIMITS.count),
      };
    case 'absence':
      return { kind: 'absence', windowMinutes: window() };
    case 'new-pattern':
      return {
        kind: 'new-pattern',
        count: integer(given(o.count, 1), 'condition.count', ...RULE_LIMITS.count),
        windowMinutes: integer(
          given(o.windowMinutes, 10),
          'condition.windowMinutes',
          1,
          RULE_LIMITS.maxWindowMinutes,
        ),
      };
    case 'pattern-spike':
      return { kind: 'pattern-spike', ...baselineCondition(o) };
    case 'volume-anomaly': {
      const direction = given(o.direction, 'both');
      if (direction !== 'up' && direction !== 'down' && direction !== 'both')
        throw new ValidationError(
          'condition.direction',
          `expected "up", "down" or "both", got ${JSON.stringify(direction)}`,
        );
      return { kind: 'volume-anomaly', direction, ...baselineCondition(o) };
    }
    default:
      throw new ValidationError(
        'condition.kind',
        `expected "match", "threshold", "rate-spike", "absence", "new-pattern", "pattern-spike" or "volume-anomaly", got ${JSON.stringify(o.kind)}`,
      );
  }
}

/** The baseline settings of pattern-spike and volume-anomaly conditions, with their defaults. */
function baselineCondition(o: Record<string, unknown>): BaselineCondition {
  const baselineMinutes = integer(
    given(o.baselineMinutes, 60),
    'condition.baselineMinutes',
    ...RULE_LIMITS.baselineMinutes,
  );
  const warmupMinutes = integer(
    given(o.warmupMinutes, Math.min(30, baselineMinutes)),
    'condition.warmupMinutes',
    ...RULE_LIMITS.warmupMinutes,
  );
  if (warmupMinutes > baselineMinutes)
    throw new UnprocessableError(
      'condition.warmupMinutes',
      `expected at most baselineMinutes (${baselineMinutes}), got ${warmupMinutes}: the warm-up is read within the baseline`,
    );
  return {
    deviations: number(given(o.deviations, 4), 'condition.deviations', ...RULE_LIMITS.deviations),
    minCount: integer(given(o.minCount, 10), 'condition.minCount', ...RULE_LIMITS.count),
    baselineMinutes,
    warmupMinutes,
  };
}

const CHANNEL_KEYS: Readonly<Record<string, readonly string[]>> = {
  email: ['kind', 'to'],
  slack: ['kind'],
  webhook: ['kind'],
  sns: ['kind', 'topicArn'],
};

function validateChannels(input: unknown, recipients: RecipientPolicy | undefined): Channel[] {
  if (!Array.isArray(input) || input.length > RULE_LIMITS.maxChannels) {
    throw new ValidationError('channels', `expected an array of at most ${RULE_LIMITS.maxChannels} channels`);
  }
  return input.map((value, i): Channel => {
    const c = object(value, `channels[${i}]`);
    const keys = typeof c.kind === 'string' ? CHANNEL_KEYS[c.kind] : undefined;
    if (keys) onlyKeys(c, keys, `channels[${i}].`);
    switch (c.kind) {
      case 'email': {
        if (!Array.isArray(c.to) || c.to.length === 0 || c.to.length > RULE_LIMITS.maxRecipients) {
          throw new ValidationError(
            `channels[${i}].to`,
            `expected 1 to ${RULE_LIMITS.maxRecipients} addresses`,
          );
        }
        const to = c.to.map((address, j) => {
          const field = `channels[${i}].to[${j}]`;
          const a = string(address, field);
          if (recipients) return checkRecipient(recipients, a, field);
          if (!RECIPIENT.test(a))
            throw new ValidationError(
              field,
              `expected an email address or a group name, got ${JSON.stringify(a)}`,
            );
          return a;
        });
        return { kind: 'email', to };
      }
      case 'slack':
      case 'webhook':
        return { kind: c.kind };
      case 'sns':
        return c.topicArn === undefined
          ? { kind: 'sns' }
          : { kind: 'sns', topicArn: string(c.topicArn, `channels[${i}].topicArn`) };
      default:
        throw new ValidationError(
          `channels[${i}].kind`,
          `expected "email", "slack", "webhook" or "sns", got ${JSON.stringify(c.kind)}`,
        );
    }
  });
}

/** The rules a deployment starts with: one alert per service for ERROR lines, and for FATAL ones sooner. */
export const DEFAULT_RULES: readonly Rule[] = [
  validateRule({
    id: 'default-error',
    name: 'ERROR',
    match: { minLevel: 'ERROR', maxLevel: 'ERROR' },
    groupWaitSeconds: 30,
  }),
  validateRule({ id: 'default-fatal', name: 'FATAL', match: { minLevel: 'FATAL' }, groupWaitSeconds: 0 }),
];

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError(field, 'expected an object');
  return value as Record<string, unknown>;
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '' || textLength(value) > RULE_LIMITS.maxText) {
    throw new ValidationError(
      field,
      `expected a non-empty string of at most ${RULE_LIMITS.maxText} characters, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** A property's default applies when it is absent; `null` is a wrong value, not an absent one. */
function given<T>(value: unknown, fallback: T): unknown {
  return value === undefined ? fallback : value;
}

/** Unknown properties are refused: a typo must not silently change what a rule does. */
function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key))
      throw new ValidationError(`${prefix}${key}`, `unknown property; expected one of ${allowed.join(', ')}`);
  }
}

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean')
    throw new ValidationError(field, `expected true or false, got ${JSON.stringify(value)}`);
  return value;
}

function number(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ValidationError(field, `expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new ValidationError(
      field,
      `expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return value as number;
}
