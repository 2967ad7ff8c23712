/**
 * Rule evaluation in the ingest path (an EventObserver): counts matches per rule and group in
 * cheap per-minute counters and records occurrences on the alerts they open or extend. Never
 * queries OpenSearch. A failure fails the batch, which the event source retries; counts may then
 * be added twice for that batch (an over-count, never a missed alert).
 */
import { baselineRange, describeJudgement, judgeMinute } from '#core/alerting/baseline.ts';
import {
  alertTitle,
  counterKey,
  historyMinutes,
  minuteOf,
  RuleMatchCollector,
  type RuleMatches,
  ruleFingerprint,
  spikeDetected,
  thresholdReached,
} from '#core/alerting/evaluate.ts';
import type { Occurrence } from '#core/alerting/model.ts';
import type { Rule } from '#core/alerting/rules.ts';
import type { AlertStore, RuleCounterStore } from '#core/alerting/stores.ts';
import { type PatternEntry, patternCounterKey } from '#core/patterns/registry.ts';
import type { Logger } from '../logger.ts';
import type { BatchObservation, EventObserver, PatternRegistry } from '../ports.ts';

export interface RuleSource {
  rules(now: number): Promise<readonly Rule[]>;
}

export interface RuleEvaluatorDependencies {
  readonly rules: RuleSource;
  readonly alerts: AlertStore;
  readonly counters: RuleCounterStore;
  /** The pattern registry, for new-pattern rules (which match nothing without it) and pattern-spike labels. */
  readonly patterns?: Pick<PatternRegistry, 'get'>;
  /**
   * Write a service's last-seen time at most this often per Lambda instance: absence rules and
   * the pipeline guard judge in minutes, and every batch writing it would make one hot item per
   * service. @default 15000
   */
  readonly seenEveryMs?: number;
  /**
   * Pattern-spike groups judged per batch at most (each judgement reads up to `baselineMinutes`
   * buckets); the patterns with the most lines this minute go first. @default 25
   */
  readonly maxSpikeJudgements?: number;
  /** Told when a batch had more pattern-spike groups to judge than `maxSpikeJudgements`. */
  readonly logger?: Logger;
}

export class RuleEvaluator implements EventObserver {
  readonly #deps: RuleEvaluatorDependencies;
  readonly #seenWritten = new Map<string, number>();
  /** Lines of each pattern this instance has seen in `#patternMinute` (a lower bound of its count). */
  #patternLines = new Map<string, number>();
  #patternMinute = Number.NaN;

  constructor(deps: RuleEvaluatorDependencies) {
    this.#deps = deps;
  }

  async begin(receivedAt: number): Promise<BatchObservation> {
    const collector = new RuleMatchCollector(await this.#deps.rules.rules(receivedAt));
    const services = new Set<string>();
    return {
      see: (documents) => {
        collector.add(documents);
        for (const { service } of documents) services.add(service);
      },
      finish: () => this.#finish(collector.matches(), services, receivedAt),
    };
  }

  async #finish(matches: readonly RuleMatches[], services: ReadonlySet<string>, receivedAt: number) {
    if (services.size === 0) return;
    const { counters, alerts } = this.#deps;
    const minute = minuteOf(receivedAt);
    const counting = matches.filter((m) => COUNTED_PER_RULE.has(m.rule.condition.kind));
    await Promise.all([
      counters.markSeen(this.#seenDue(services, receivedAt), receivedAt),
      counters.add(counting.map((m) => ({ key: counterKey(m.rule.id, m.groupKey), minute, count: m.count }))),
    ]);
    const judged = this.#spikesToJudge(matches, minute);
    const occurrences = await Promise.all(
      matches.map((m) =>
        m.rule.condition.kind === 'pattern-spike' && !judged.has(m)
          ? undefined
          : this.#occurrence(m, minute, receivedAt),
      ),
    );
    await alerts.record(occurrences.filter((o): o is Occurrence => o !== undefined));
  }

  /**
   * The pattern-spike groups worth a read of their baseline: those whose pattern this instance has
   * already seen `minCount` lines of in this minute (a jump needs that many), the busiest first, at
   * most `maxSpikeJudgements`. Known without a read; a lower bound of the pattern's count, so a
   * spike spread thinly over many instances is judged once one of them has seen `minCount` of it.
   */
  #spikesToJudge(matches: readonly RuleMatches[], minute: number): Set<RuleMatches> {
    if (minute !== this.#patternMinute) {
      this.#patternMinute = minute;
      this.#patternLines = new Map();
    }
    const spikes = matches.filter((m) => m.rule.condition.kind === 'pattern-spike');
    const batchLines = new Map<string, number>();
    for (const m of spikes) batchLines.set(m.groupKey, Math.max(batchLines.get(m.groupKey) ?? 0, m.count));
    for (const [pattern, lines] of batchLines)
      this.#patternLines.set(pattern, (this.#patternLines.get(pattern) ?? 0) + lines);
    const lines = (m: RuleMatches) => this.#patternLines.get(m.groupKey) ?? 0;
    const due = spikes
      .filter((m) => m.rule.condition.kind === 'pattern-spike' && lines(m) >= m.rule.condition.minCount)
      .sort((a, b) => lines(b) - lines(a));
    const max = this.#deps.maxSpikeJudgements ?? 25;
    if (due.length > max)
      this.#deps.logger?.warn('pattern-spike judgements capped', { due: due.length, judged: max, minute });
    return new Set(due.slice(0, max));
  }

  /** Services whose last-seen time this instance has not written for `seenEveryMs`. */
  #seenDue(services: ReadonlySet<string>, at: number): string[] {
    const every = this.#deps.seenEveryMs ?? 15_000;
    const due: string[] = [];
    for (const service of services) {
      const written = this.#seenWritten.get(service);
      if (written !== undefined && at - written < every && at >= written) continue;
      this.#seenWritten.set(service, at);
      due.push(service);
    }
    if (this.#seenWritten.size > 10_000) this.#seenWritten.clear();
    return due;
  }

  async #occurrence(m: RuleMatches, minute: number, at: number): Promise<Occurrence | undefined> {
    const { rule } = m;
    const base: Occurrence = {
      fingerprint: m.fingerprint,
      title: alertTitle(rule, m.groupKey),
      labels: m.labels,
      policy: {
        groupWaitSeconds: rule.groupWaitSeconds,
        repeatIntervalSeconds: rule.repeatIntervalSeconds,
        resolveAfterSeconds: rule.resolveAfterSeconds,
        channels: rule.channels,
      },
      count: m.count,
      samples: m.samples,
      at,
    };
    const c = rule.condition;
    if (c.kind === 'match') return base;
    if (c.kind === 'new-pattern') return this.#newPattern(base, c, m.groupKey, at);
    if (c.kind === 'pattern-spike') return this.#patternSpike(base, c, m.groupKey, minute);
    if (c.kind === 'volume-anomaly') return this.#volumeJump(m, base, c, minute);
    if (c.kind !== 'threshold' && c.kind !== 'rate-spike') return undefined;
    const buckets = await this.#deps.counters.buckets(
      counterKey(rule.id, m.groupKey),
      minute - historyMinutes(rule) + 1,
      minute,
    );
    const inWindow =
      c.kind === 'threshold' ? thresholdReached(c, buckets, minute) : spikeDetected(c, buckets, minute);
    return inWindow === undefined
      ? undefined
      : { ...base, windowCount: inWindow, windowMinutes: c.windowMinutes };
  }

  /**
   * A new-pattern rule fires while the pattern is young (first seen within the window), born a new
   * kind (not of a refinement), and has been seen at least `count` times. The registry is up to
   * date for this batch: ingest registers patterns before the observers finish.
   */
  async #newPattern(
    base: Occurrence,
    condition: { readonly count: number; readonly windowMinutes: number },
    patternId: string,
    at: number,
  ): Promise<Occurrence | undefined> {
    const own = await this.#deps.patterns?.get(patternId);
    // A twin (the same new kind, created by another Lambda from its own lines) counts towards the
    // alert of the pattern that claimed the kind, so the kind is announced once.
    const entry = own?.twinOf === undefined ? own : await this.#deps.patterns?.get(own.twinOf);
    if (own === undefined || entry === undefined || own.origin !== 'new') return undefined;
    if (at - own.firstSeen > condition.windowMinutes * 60_000 || own.count < condition.count)
      return undefined;
    return {
      ...base,
      fingerprint: ruleFingerprint(base.labels.ruleId, entry.id),
      title: `New pattern in ${entry.service}: ${entry.template}`,
      labels: patternLabels(base, entry),
      windowCount: entry.count,
      windowMinutes: condition.windowMinutes,
    };
  }

  /**
   * A pattern-spike rule judges the pattern's own per-minute counts (the ones pattern mining
   * keeps, written for this batch before the observers finish): this minute against its EWMA
   * baseline. Only jumps are judged here: the minute is still running.
   */
  async #patternSpike(
    base: Occurrence,
    condition: Extract<Rule['condition'], { kind: 'pattern-spike' }>,
    patternId: string,
    minute: number,
  ): Promise<Occurrence | undefined> {
    const { from, to } = baselineRange(condition, minute);
    const buckets = await this.#deps.counters.buckets(patternCounterKey(patternId), from, to);
    const judgement = judgeMinute(condition, buckets, minute, 'up');
    if (judgement === undefined) return undefined;
    const entry = await this.#deps.patterns?.get(patternId);
    const service = entry?.service ?? base.labels.service ?? '';
    const template = entry?.template ?? base.labels.pattern ?? patternId;
    return {
      ...base,
      title: `Pattern spike in ${service}: ${template}`,
      headline: describeJudgement(judgement),
      labels: entry === undefined ? base.labels : patternLabels(base, entry),
      windowCount: judgement.count,
      windowMinutes: 1,
    };
  }

  /** A volume-anomaly rule's jumps, on the rule's own counters; drops are the scheduled monitor's. */
  async #volumeJump(
    m: RuleMatches,
    base: Occurrence,
    condition: Extract<Rule['condition'], { kind: 'volume-anomaly' }>,
    minute: number,
  ): Promise<Occurrence | undefined> {
    if (condition.direction === 'down') return undefined;
    const { from, to } = baselineRange(condition, minute);
    const buckets = await this.#deps.counters.buckets(counterKey(m.rule.id, m.groupKey), from, to);
    const judgement = judgeMinute(condition, buckets, minute, 'up');
    if (judgement === undefined) return undefined;
    const top = m.topPattern;
    const entry = top === undefined ? undefined : await this.#deps.patterns?.get(top.id);
    const labels =
      entry !== undefined
        ? patternLabels(base, entry, base.labels.service)
        : top !== undefined
          ? { ...base.labels, patternId: top.id, pattern: top.template }
          : base.labels;
    return {
      ...base,
      headline: describeJudgement(judgement),
      labels,
      windowCount: judgement.count,
      windowMinutes: 1,
    };
  }
}

/** Condition kinds whose matches are counted per rule and group in the counters table. */
const COUNTED_PER_RULE: ReadonlySet<string> = new Set(['threshold', 'rate-spike', 'volume-anomaly']);

/** The alert's labels with the pattern's id, template and sample values from the registry. */
export function patternLabels(
  base: Pick<Occurrence, 'labels'>,
  entry: PatternEntry,
  service = entry.service,
): Occurrence['labels'] {
  return {
    ...base.labels,
    ...(service === undefined ? {} : { service }),
    patternId: entry.id,
    pattern: entry.template,
    patternValues: entry.samples.map((values) => values.join(', ')),
  };
}
