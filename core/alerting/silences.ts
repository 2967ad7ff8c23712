/** Silences (maintenance windows): validation and matching. A silence always ends. */
import { textLength } from '../input-text.ts';
import { EARLIEST_TIME, LATEST_TIME, parseTimeBound } from '../query-params.ts';
import { UnprocessableError, ValidationError } from '../validation-error.ts';
import type { AlertLabels, Silence } from './model.ts';

/** The longest a silence may last. */
export const MAX_SILENCE_MS = 30 * 86_400_000;

const MATCHER_KEYS = ['ruleId', 'service', 'host', 'nodeId'] as const;
const SILENCE_KEYS = ['matchers', 'startsAt', 'endsAt', 'comment', 'createdBy'];
export const MAX_SILENCE_TEXT = 500;

/**
 * Validates untrusted input into a Silence; `endsAt` is mandatory and in the future. Times are
 * RFC 3339, a date, epoch ms, or relative from now (`2h`: two hours from now). Throws a
 * ValidationError naming the field when the input has the wrong shape, an UnprocessableError
 * when the times do not hold together.
 */
export function validateSilence(input: unknown, now: number, id: string): Silence {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ValidationError('body', 'expected a JSON object');
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!SILENCE_KEYS.includes(key))
      throw new ValidationError(key, 'unknown property; expected matchers, startsAt, endsAt, comment');
  }
  if (typeof o.matchers !== 'object' || o.matchers === null || Array.isArray(o.matchers))
    throw new ValidationError(
      'matchers',
      'expected an object with at least one of ruleId, service, host, nodeId',
    );
  const m = o.matchers as Record<string, unknown>;
  const matchers: Record<string, string> = {};
  for (const key of Object.keys(m)) {
    if (!(MATCHER_KEYS as readonly string[]).includes(key))
      throw new ValidationError(`matchers.${key}`, 'unknown matcher; expected ruleId, service, host, nodeId');
    const value = m[key];
    if (typeof value !== 'string' || value === '' || textLength(value) > 1024)
      throw new ValidationError(`matchers.${key}`, 'expected a non-empty string of at most 1024 characters');
    matchers[key] = value;
  }
  if (Object.keys(matchers).length === 0) {
    throw new ValidationError('matchers', 'expected at least one of ruleId, service, host, nodeId');
  }
  const startsAt = o.startsAt === undefined ? now : time(o.startsAt, 'startsAt', now);
  if (o.endsAt === undefined) throw new ValidationError('endsAt', 'required: every silence must expire');
  const endsAt = time(o.endsAt, 'endsAt', now);
  if (endsAt <= now || endsAt <= startsAt)
    throw new UnprocessableError('endsAt', 'expected a time after startsAt and now');
  if (endsAt - startsAt > MAX_SILENCE_MS)
    throw new UnprocessableError('endsAt', 'expected at most 30 days after startsAt');
  const text = (value: unknown, field: string) => {
    if (value === undefined) return '';
    if (typeof value !== 'string' || textLength(value) > MAX_SILENCE_TEXT)
      throw new ValidationError(field, `expected a string of at most ${MAX_SILENCE_TEXT} characters`);
    return value;
  };
  return {
    id,
    matchers,
    startsAt,
    endsAt,
    createdBy: text(o.createdBy, 'createdBy'),
    comment: text(o.comment, 'comment'),
  };
}

function time(value: unknown, field: string, now: number): number {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < EARLIEST_TIME || value > LATEST_TIME)
      throw new ValidationError(field, `expected epoch ms from 0 to ${LATEST_TIME}, got ${value}`);
    return value;
  }
  if (typeof value !== 'string')
    throw new ValidationError(
      field,
      `expected an RFC 3339 time, a relative time (2h) or epoch ms, got ${JSON.stringify(value)}`,
    );
  return parseTimeBound(field, value, now, 'future');
}

/** The first silence active at `now` whose every matcher equals the alert's label. */
export function silencing(
  silences: readonly Silence[],
  labels: AlertLabels,
  now: number,
): Silence | undefined {
  return silences.find(
    (s) =>
      s.startsAt <= now &&
      now < s.endsAt &&
      Object.entries(s.matchers).every(([key, value]) => labels[key as keyof AlertLabels] === value),
  );
}
