/**
 * Baselines for `pattern-spike` and `volume-anomaly` rules: one minute's count judged against an
 * exponentially weighted moving average (EWMA) of the minutes before it, and the weighted
 * deviation around it. Pure: the per-minute buckets come from the counters table.
 */

/** What a baseline rule needs to judge a minute. */
export interface BaselineCondition {
  /** Standard deviations from the baseline that count as anomalous (higher: less sensitive). */
  readonly deviations: number;
  /** A jump needs at least this count in its minute; a drop, a baseline of at least this per minute. */
  readonly minCount: number;
  /** Minutes before the judged one that make the baseline (also the EWMA's span). */
  readonly baselineMinutes: number;
  /** Minutes of history (since the first count within the baseline) before anything is judged. */
  readonly warmupMinutes: number;
}

export interface Baseline {
  /** Expected count per minute. */
  readonly mean: number;
  /** Spread judged against: the weighted standard deviation, never below √mean nor 1 (counting noise). */
  readonly deviation: number;
  /** Minutes of history it rests on, from the first minute with a count. */
  readonly minutes: number;
}

/** How a judged minute compares with its baseline. */
export interface BaselineJudgement extends Baseline {
  readonly count: number;
  readonly direction: 'up' | 'down';
}

/**
 * The EWMA (span `span`: weight 2 / (span + 1)) of the counts for minutes [from, to], starting at
 * the first minute that has one (a minute without a bucket counts 0 from there on); undefined when
 * none has.
 */
export function ewmaBaseline(
  buckets: ReadonlyMap<number, number>,
  from: number,
  to: number,
  span: number,
): Baseline | undefined {
  let first: number | undefined;
  for (const minute of buckets.keys())
    if (minute >= from && minute <= to && (first === undefined || minute < first)) first = minute;
  if (first === undefined) return undefined;
  const alpha = 2 / (span + 1);
  let mean = buckets.get(first) ?? 0;
  let variance = 0;
  for (let minute = first + 1; minute <= to; minute++) {
    // West's incremental form of the exponentially weighted mean and variance.
    const diff = (buckets.get(minute) ?? 0) - mean;
    const step = alpha * diff;
    mean += step;
    variance = (1 - alpha) * (variance + diff * step);
  }
  const deviation = Math.max(Math.sqrt(variance), Math.sqrt(mean), 1);
  return { mean, deviation, minutes: to - first + 1 };
}

/** The minutes of buckets a judgement of `minute` reads: the baseline's, then the minute itself. */
export function baselineRange(condition: BaselineCondition, minute: number): { from: number; to: number } {
  return { from: minute - condition.baselineMinutes, to: minute };
}

/**
 * Judges `minute` against the baseline of the minutes before it: `up` when its count is at least
 * `minCount` and more than `deviations` deviations above the mean, `down` when the mean is at
 * least `minCount` and the count more than `deviations` deviations below it. Undefined when
 * neither, or while the history is shorter than the warm-up.
 */
export function judgeMinute(
  condition: BaselineCondition,
  buckets: ReadonlyMap<number, number>,
  minute: number,
  direction: 'up' | 'down' | 'both',
): BaselineJudgement | undefined {
  const baseline = ewmaBaseline(
    buckets,
    minute - condition.baselineMinutes,
    minute - 1,
    condition.baselineMinutes,
  );
  if (baseline === undefined || baseline.minutes < condition.warmupMinutes) return undefined;
  const count = buckets.get(minute) ?? 0;
  const margin = condition.deviations * baseline.deviation;
  if (direction !== 'down' && count >= condition.minCount && count > baseline.mean + margin)
    return { ...baseline, count, direction: 'up' };
  if (direction !== 'up' && baseline.mean >= condition.minCount && count < baseline.mean - margin)
    return { ...baseline, count, direction: 'down' };
  return undefined;
}

/** `120 lines in the minute, baseline 14/min`: a judgement in words, for alert subjects. */
export function describeJudgement(judgement: BaselineJudgement): string {
  const mean = judgement.mean >= 10 ? Math.round(judgement.mean) : Math.round(judgement.mean * 10) / 10;
  const verb = judgement.direction === 'up' ? 'jumped to' : 'dropped to';
  return `${verb} ${judgement.count} lines a minute, baseline ${mean}/min`;
}

/**
 * The last minute the scheduled monitor can judge a drop on at `now`: one that ended at least
 * `settleMs` ago, so batches still in flight for it have landed.
 */
export function settledMinute(now: number, settleMs = 15_000): number {
  return Math.floor((now - settleMs) / 60_000) - 1;
}
