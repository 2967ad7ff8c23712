/** Silences (maintenance windows): validation and matching. A silence always ends. */
import { ValidationError } from '../validation-error.ts';
import type { AlertLabels, Silence } from './model.ts';

/** The longest a silence may last. */
export const MAX_SILENCE_MS = 30 * 86_400_000;

/** Validates untrusted input into a Silence; `endsAt` is mandatory and in the future. */
export function validateSilence(input: unknown, now: number, id: string): Silence {
  if (typeof input !== 'object' || input === null) throw new ValidationError('silence', 'expected an object');
  const o = input as Record<string, unknown>;
  const startsAt = o.startsAt === undefined ? now : time(o.startsAt, 'startsAt');
  if (o.endsAt === undefined) throw new ValidationError('endsAt', 'required: every silence must expire');
  const endsAt = time(o.endsAt, 'endsAt');
  if (endsAt <= now || endsAt <= startsAt)
    throw new ValidationError('endsAt', 'expected a time after startsAt and now');
  if (endsAt - startsAt > MAX_SILENCE_MS)
    throw new ValidationError('endsAt', 'expected at most 30 days after startsAt');
  const m = (o.matchers ?? {}) as Record<string, unknown>;
  const matchers: Record<string, string> = {};
  for (const key of ['ruleId', 'service', 'host', 'nodeId'] as const) {
    const value = m[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '')
      throw new ValidationError(`matchers.${key}`, 'expected a non-empty string');
    matchers[key] = value;
  }
  if (Object.keys(matchers).length === 0) {
    throw new ValidationError('matchers', 'expected at least one of ruleId, service, host, nodeId');
  }
  const text = (value: unknown, field: string) => {
    if (value === undefined) return '';
    if (typeof value !== 'string' || value.length > 500)
      throw new ValidationError(field, 'expected a string of at most 500 characters');
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

function time(value: unknown, field: string): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new ValidationError(field, `expected an ISO 8601 time or epoch ms, got ${JSON.stringify(value)}`);
  return ms;
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
