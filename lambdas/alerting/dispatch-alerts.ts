/**
 * The alert dispatcher, one pass at a time: decides each open alert (group, repeat, suppress,
 * resolve) and commits the decision with its notification into the outbox in one conditional
 * transaction; then delivers due outbox entries under a lease, per channel, with rate limits and
 * retries. Concurrent passes never send the same notification twice: the decision commit is
 * conditioned on the alert's version, the outbox put on the notification's id, and delivery on
 * the entry's lease. (A dispatcher that dies between sending and recording it leaves the entry
 * to be retried after the lease: at-least-once on crash, exactly-once otherwise.)
 */
import {
  DEFAULT_DIGEST_THRESHOLD,
  type DispatchDecision,
  decide,
  digestOf,
} from '#core/alerting/dispatch.ts';
import { minuteOf } from '#core/alerting/evaluate.ts';
import type { AlertState, HistoryEntry, Notification, OutboxEntry, Silence } from '#core/alerting/model.ts';
import type { Channel, ChannelKind } from '#core/alerting/rules.ts';
import {
  type AlertStore,
  type HistoryStore,
  isConcurrentUpdateError,
  type OutboxStore,
  type RuleCounterStore,
  type SilenceStore,
} from '#core/alerting/stores.ts';
import { backoffDelay, type RetryPolicy, type Sleep, withRetries } from '#core/retry.ts';
import { type ChannelSender, isRetryableSendError } from '../adapters/notify/channel.ts';
import type { Logger } from '../logger.ts';

export interface DispatcherDependencies {
  readonly alerts: AlertStore;
  readonly outbox: OutboxStore;
  readonly silences: SilenceStore;
  readonly history: HistoryStore;
  readonly counters: RuleCounterStore;
  readonly senders: ReadonlyMap<ChannelKind, ChannelSender>;
  /** Channels of notifications whose rule names none (and of heartbeat alerts). */
  readonly defaultChannels: readonly Channel[];
  /** Sends per minute per channel kind, across all dispatchers. */
  readonly rateLimits: Readonly<Record<ChannelKind, number>>;
  /** In-invocation retries of one send (SES throttling). */
  readonly retry: RetryPolicy;
  /** Give up on an outbox entry after this many passes. @default 10 */
  readonly maxAttempts?: number;
  readonly leaseMs?: number;
  /** This many alerts firing (or resolving) to the same channels in one pass: one digest. @default 5 */
  readonly digestThreshold?: number;
  readonly sleep?: Sleep;
  readonly logger: Logger;
}

export interface DispatchSummary {
  readonly notified: number;
  readonly suppressed: number;
  readonly resolved: number;
  readonly sent: number;
  readonly deferred: number;
  readonly failed: number;
}

export const DEFAULT_RATE_LIMITS: Readonly<Record<ChannelKind, number>> = {
  email: 60,
  slack: 60,
  webhook: 120,
  sns: 20,
};
export const DEFAULT_SEND_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 5_000 };

export async function runDispatcher(deps: DispatcherDependencies, now: number): Promise<DispatchSummary> {
  const counts = { notified: 0, suppressed: 0, resolved: 0, sent: 0, deferred: 0, failed: 0 };
  const [alerts, silences] = await Promise.all([deps.alerts.list(), deps.silences.active(now)]);
  const singles = await commitStorms(deps, alerts, silences, now, counts);
  await Promise.all(singles.map((alert) => decideOne(deps, alert, silences, now, counts)));
  for (const entry of await deps.outbox.due(now)) {
    if (!(await deps.outbox.claim(entry, now, deps.leaseMs ?? 60_000))) continue;
    await deliver(deps, entry, now, counts);
  }
  if (Object.values(counts).some((n) => n > 0)) deps.logger.info('dispatch pass', counts);
  return counts;
}

type Announcing = {
  readonly alert: AlertState;
  readonly decision: Extract<DispatchDecision, { action: 'notify' | 'resolve' }>;
  readonly notification: Notification;
};

/**
 * Alerts starting (or resolving) together to the same channels, at least `digestThreshold` of
 * them, are committed together with one digest notification. Returns the alerts left to decide
 * one by one (everything else, and a storm whose transaction lost a race).
 */
async function commitStorms(
  deps: DispatcherDependencies,
  alerts: readonly AlertState[],
  silences: readonly Silence[],
  now: number,
  counts: { notified: number; resolved: number },
): Promise<AlertState[]> {
  const singles: AlertState[] = [];
  const groups = new Map<string, Announcing[]>();
  for (const alert of alerts) {
    const decision = decide(alert, silences, now);
    const notification =
      decision.action === 'notify' || decision.action === 'resolve' ? decision.notification : undefined;
    if (
      notification === undefined ||
      notification.kind === 'reminder' ||
      (decision.action !== 'notify' && decision.action !== 'resolve')
    ) {
      singles.push(alert);
      continue;
    }
    const key = `${notification.kind}|${JSON.stringify(notification.channels)}`;
    groups.set(key, [...(groups.get(key) ?? []), { alert, decision, notification }]);
  }
  for (const members of groups.values()) {
    if (members.length < (deps.digestThreshold ?? DEFAULT_DIGEST_THRESHOLD)) {
      singles.push(...members.map((m) => m.alert));
      continue;
    }
    for (let i = 0; i < members.length; i += 90) {
      const chunk = members.slice(i, i + 90);
      try {
        await deps.alerts.commitMany(
          chunk.map(({ alert, decision }) =>
            decision.action === 'notify'
              ? { current: alert, next: decision.next }
              : { current: alert, next: undefined, history: decision.history },
          ),
          digestOf(
            chunk.map((m) => m.notification),
            now,
          ),
        );
        for (const m of chunk) counts[m.decision.action === 'notify' ? 'notified' : 'resolved']++;
      } catch (error) {
        if (!isConcurrentUpdateError(error)) throw error;
        singles.push(...chunk.map((m) => m.alert));
      }
    }
  }
  return singles;
}

async function decideOne(
  deps: DispatcherDependencies,
  initial: AlertState,
  silences: readonly Silence[],
  now: number,
  counts: { notified: number; suppressed: number; resolved: number },
): Promise<void> {
  let alert: AlertState | undefined = initial;
  for (let attempt = 0; attempt < 5 && alert; attempt++) {
    const decision = decide(alert, silences, now);
    try {
      switch (decision.action) {
        case 'wait':
          return;
        case 'notify':
          await deps.alerts.commit(alert, decision.next, decision.notification, undefined);
          counts.notified++;
          return;
        case 'suppress':
          await deps.alerts.commit(alert, decision.next, undefined, decision.history);
          counts.suppressed++;
          return;
        case 'resolve':
          await deps.alerts.commit(alert, undefined, decision.notification, decision.history);
          counts.resolved++;
          return;
      }
    } catch (error) {
      if (!isConcurrentUpdateError(error)) throw error;
      alert = await deps.alerts.get(alert.fingerprint); // a match arrived or another pass won: judge again
    }
  }
}

async function deliver(
  deps: DispatcherDependencies,
  entry: OutboxEntry,
  now: number,
  counts: { sent: number; deferred: number; failed: number },
): Promise<void> {
  const n = entry.notification;
  const channels = n.channels.length > 0 ? n.channels : deps.defaultChannels;
  const done = new Set(entry.delivered);
  const errors: string[] = [];
  let rateLimited = false;
  for (const [index, channel] of channels.entries()) {
    if (done.has(index)) continue;
    const sender = deps.senders.get(channel.kind);
    if (!sender) {
      errors.push(`${channel.kind}: channel not configured`);
      done.add(index); // permanent: retrying cannot help
      continue;
    }
    if (!(await deps.counters.take(channel.kind, minuteOf(now), deps.rateLimits[channel.kind]))) {
      rateLimited = true;
      continue;
    }
    try {
      await withRetries(deps.retry, isRetryableSendError, () => sender.send(n, channel), deps.sleep);
      done.add(index);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      errors.push(`${channel.kind}: ${reason}`);
      if (!isRetryableSendError(error)) done.add(index);
      deps.logger.warn('notification send failed', { id: n.id, channel: channel.kind, reason });
    }
  }
  const attempts = entry.attempts + 1;
  const history = (outcome: HistoryEntry['outcome']): HistoryEntry => ({
    id: n.id,
    at: now,
    fingerprint: n.fingerprint,
    kind: n.kind,
    outcome,
    subject: n.subject,
    count: n.count,
    channels: channels.map((c) => c.kind),
    ...(errors.length ? { detail: errors.join('; ').slice(0, 1000) } : {}),
  });
  if (done.size >= channels.length) {
    await deps.history.append([history(errors.length ? 'failed' : 'sent')]);
    await deps.outbox.complete(n.id);
    if (errors.length) counts.failed++;
    else counts.sent++;
    return;
  }
  if (attempts >= (deps.maxAttempts ?? 10)) {
    deps.logger.error('notification abandoned after retries', { id: n.id, errors });
    await deps.history.append([history('failed')]);
    await deps.outbox.complete(n.id);
    counts.failed++;
    return;
  }
  const nextAttemptAt = rateLimited
    ? (minuteOf(now) + 1) * 60_000
    : now +
      Math.max(1_000, backoffDelay({ attempts: 10, baseDelayMs: 5_000, maxDelayMs: 300_000 }, attempts, 1));
  await deps.outbox.release(entry, {
    delivered: [...done],
    attempts: rateLimited && errors.length === 0 ? entry.attempts : attempts,
    nextAttemptAt,
    lastError: errors.join('; ').slice(0, 1000),
  });
  counts.deferred++;
}
