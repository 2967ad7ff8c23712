/**
 * The heartbeat monitor, one evaluation at a time (EventBridge, every minute): judges every node
 * against the receive time of its last heartbeat, writes the transitions together with their
 * notifications in conditional transactions (one notification per transition, even with
 * concurrent runs), raises or clears the pipeline-stalled alert, and evaluates the rules whose
 * signal is silence: absence rules, and the drops of volume-anomaly rules.
 */
import { randomUUID } from 'node:crypto';
import { baselineRange, describeJudgement, judgeMinute, settledMinute } from '#core/alerting/baseline.ts';
import { counterKey, ruleFingerprint } from '#core/alerting/evaluate.ts';
import { evaluateFleet, type FleetEvaluation, type HeartbeatPolicy } from '#core/alerting/heartbeat.ts';
import type { Occurrence } from '#core/alerting/model.ts';
import type { Channel, Rule } from '#core/alerting/rules.ts';
import {
  type AlertStore,
  isConcurrentUpdateError,
  type LeaseStore,
  type NodeStore,
  type PipelineStateStore,
  type RuleCounterStore,
} from '#core/alerting/stores.ts';
import type { Logger } from '../logger.ts';
import type { RuleSource } from './evaluate-rules.ts';

export interface MonitorDependencies {
  readonly nodes: NodeStore;
  readonly pipeline: PipelineStateStore;
  readonly leases: LeaseStore;
  readonly counters: RuleCounterStore;
  readonly alerts: AlertStore;
  readonly rules: RuleSource;
  readonly policy: HeartbeatPolicy;
  readonly channels: readonly Channel[];
  readonly logger: Logger;
}

export interface MonitorSummary {
  readonly skipped: boolean;
  readonly nodes: number;
  readonly transitions: number;
  readonly notifications: number;
  readonly pipeline?: 'stalled' | 'flowing';
  readonly absent: number;
  /** Volume-anomaly groups whose volume dropped. */
  readonly dropped: number;
}

const LEASE = 'heartbeat-monitor';

export async function runHeartbeatMonitor(deps: MonitorDependencies, now: number): Promise<MonitorSummary> {
  const owner = randomUUID();
  if (!(await deps.leases.acquire(LEASE, owner, now, 50_000))) {
    deps.logger.info('monitor skipped: another evaluation holds the lease');
    return { skipped: true, nodes: 0, transitions: 0, notifications: 0, absent: 0, dropped: 0 };
  }
  try {
    const { evaluation, nodes, lastSeen } = await evaluateAndWrite(deps, now);
    let pipeline: MonitorSummary['pipeline'];
    if (evaluation.pipeline) {
      const since = evaluation.pipeline.stalledSince ?? undefined;
      if (await deps.pipeline.setStalled(since, evaluation.pipeline.notification)) {
        pipeline = since === undefined ? 'flowing' : 'stalled';
      }
    }
    const rules = await deps.rules.rules(now);
    const absent = await evaluateAbsence(deps, rules, lastSeen, now);
    const dropped = await evaluateVolumeDrops(deps, rules, lastSeen, now);
    const summary = {
      skipped: false,
      nodes,
      transitions: evaluation.changes.length,
      notifications: evaluation.notifications.length,
      absent,
      dropped,
      ...(pipeline ? { pipeline } : {}),
    };
    if (summary.transitions || summary.notifications || pipeline || absent || dropped)
      deps.logger.info('monitor evaluated', summary);
    return summary;
  } finally {
    await deps.leases.release(LEASE, owner);
  }
}

async function evaluateAndWrite(deps: MonitorDependencies, now: number) {
  for (let attempt = 1; ; attempt++) {
    const [nodes, stalledSince, lastSeen] = await Promise.all([
      deps.nodes.list(),
      deps.pipeline.stalledSince(),
      deps.counters.lastSeen(),
    ]);
    const arrivals = [...nodes.map((n) => n.lastSeenAt), ...lastSeen.values()];
    const evaluation: FleetEvaluation = evaluateFleet(nodes, {
      now,
      policy: deps.policy,
      lastArrivalAt: arrivals.length ? Math.max(...arrivals) : undefined,
      stalledSince,
      channels: deps.channels,
    });
    try {
      if (evaluation.changes.length > 0)
        await deps.nodes.transition(evaluation.changes, evaluation.notifications);
      return { evaluation, nodes: nodes.length, lastSeen };
    } catch (error) {
      // A heartbeat arrived (or another run wrote) between read and write: judge again on fresh data.
      if (!isConcurrentUpdateError(error) || attempt >= 3) throw error;
    }
  }
}

/** How an alert the monitor raises notifies: at once, and resolved within two runs of the signal ending. */
function monitorPolicy(rule: Rule): Occurrence['policy'] {
  return {
    groupWaitSeconds: 0,
    repeatIntervalSeconds: rule.repeatIntervalSeconds,
    resolveAfterSeconds: 120,
    channels: rule.channels,
  };
}

async function evaluateAbsence(
  deps: MonitorDependencies,
  rules: readonly Rule[],
  lastSeen: ReadonlyMap<string, number>,
  now: number,
) {
  const occurrences: Occurrence[] = [];
  for (const rule of rules) {
    const c = rule.condition;
    const service = rule.match.service;
    if (!rule.enabled || c.kind !== 'absence' || service === undefined) continue;
    const last = lastSeen.get(service);
    // A service never seen is not absent (it may not be deployed yet); once seen, silence counts.
    if (last === undefined || now - last < c.windowMinutes * 60_000) continue;
    occurrences.push({
      fingerprint: ruleFingerprint(rule.id, service),
      title: `${rule.name} ${service}`,
      headline: `no logs for ${Math.round((now - last) / 60_000)} min`,
      labels: { ruleId: rule.id, service },
      policy: monitorPolicy(rule),
      count: 1,
      samples: [],
      at: now,
    });
  }
  await deps.alerts.record(occurrences);
  return occurrences.length;
}

/**
 * Volume-anomaly drops, judged on the last settled minute (a minute still running always looks
 * low): for each rule that watches drops, each group it counts (a service seen, or `*` for
 * `groupBy: none`) is read from the rule's own counters, where a group gone quiet has no bucket,
 * i.e. a count of 0. One Query per rule and group per run.
 */
async function evaluateVolumeDrops(
  deps: MonitorDependencies,
  rules: readonly Rule[],
  lastSeen: ReadonlyMap<string, number>,
  now: number,
) {
  const minute = settledMinute(now);
  const checks: Promise<Occurrence | undefined>[] = [];
  for (const rule of rules) {
    const c = rule.condition;
    if (!rule.enabled || c.kind !== 'volume-anomaly' || c.direction === 'up') continue;
    const groups =
      rule.groupBy === 'none'
        ? ['*']
        : [...lastSeen.keys()].filter(
            (service) => rule.match.service === undefined || service === rule.match.service,
          );
    for (const group of groups)
      checks.push(
        (async () => {
          const { from, to } = baselineRange(c, minute);
          const buckets = await deps.counters.buckets(counterKey(rule.id, group), from, to);
          const judgement = judgeMinute(c, buckets, minute, 'down');
          if (judgement === undefined) return undefined;
          return {
            fingerprint: ruleFingerprint(rule.id, `${group}:drop`),
            title: `${rule.name} ${group}`,
            headline: describeJudgement(judgement),
            labels: { ruleId: rule.id, ...(rule.groupBy === 'none' ? {} : { service: group }) },
            policy: monitorPolicy(rule),
            // One observation of a drop per run, as absence counts one per run.
            count: 1,
            samples: [],
            windowCount: judgement.count,
            windowMinutes: 1,
            at: now,
          } satisfies Occurrence;
        })(),
      );
  }
  const occurrences = (await Promise.all(checks)).filter((o): o is Occurrence => o !== undefined);
  await deps.alerts.record(occurrences);
  return occurrences.length;
}
