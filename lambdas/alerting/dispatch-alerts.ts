/**
 * The alert dispatcher, one pass at a time: decides each open alert (group, repeat, suppress,
 * resolve) and commits the decision with its notification into the outbox in one conditional
 * transaction; then delivers due outbox entries under a lease, per channel, with rate limits and
 * retries. Concurrent passes never send the same notification twice: the decision commit is
 * conditioned on the alert's version, the outbox put on the notification's id, and delivery on
 * the entry's lease: claiming an entry counts the attempt, each channel is recorded as delivered
 * the moment it is sent (under the lease), and releasing or completing the entry is conditioned
 * on the lease too. Every send is bounded by a timeout, and no entry is claimed unless the
 * invocation has time to deliver it before its deadline, which comes before the lease ends. (A
 * dispatcher killed between a send and its record leaves that one channel to be sent again after
 * the lease: at-least-once for that channel on a crash, exactly-once otherwise.)
 */
import {
  DEFAULT_DIGEST_THRESHOLD,
  type DispatchDecision,
  decide,
  digestOf,
} from '#core/alerting/dispatch.ts';
import { minuteOf } from '#core/alerting/evaluate.ts';
import type { AlertState, HistoryEntry, Notification, Silence } from '#core/alerting/model.ts';
import type { Channel, ChannelKind } from '#core/alerting/rules.ts';
import {
  type AlertStore,
  type ClaimedEntry,
  type HistoryStore,
  isConcurrentUpdateError,
  type OutboxStore,
  type RuleCounterStore,
  type SilenceStore,
} from '#core/alerting/stores.ts';
import { backoffDelay, type RetryPolicy, type Sleep, withRetries } from '#core/retry.ts';
import {
  type ChannelSender,
  isRetryableSendError,
  isSendTimeout,
  SEND_TIMEOUT_MS,
} from '../adapters/notify/channel.ts';
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
  /** Give up on an outbox entry after this many attempts (claims). @default 10 */
  readonly maxAttempts?: number;
  /** How long a claim holds an entry; longer than any invocation (the Lambda's timeout). @default 60000 */
  readonly leaseMs?: number;
  /** Longest wait for one send (each retry within a pass gets its own). @default SEND_TIMEOUT_MS */
  readonly sendTimeoutMs?: number;
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
/** The dispatcher Lambda's timeout (infra's default); the lease must outlast it. */
export const DEFAULT_INVOCATION_MS = 30_000;
const DEFAULT_LEASE_MS = 60_000;

/** Time an invocation needs left to claim an entry: one send of one channel with its timeout. */
export function claimMarginMs(deps: Pick<DispatcherDependencies, 'sendTimeoutMs'>): number {
  return (deps.sendTimeoutMs ?? SEND_TIMEOUT_MS) + 2_000;
}

/**
 * One pass at time `now`. `deadline` (epoch ms, real time) is when the invocation ends (the
 * Lambda's remaining time): no entry is claimed within `claimMarginMs(deps)` of it, and no send
 * outlives it, so a claim never runs past its lease. @default 30 s from now (the Lambda's timeout)
 */
export async function runDispatcher(
  deps: DispatcherDependencies,
  now: number,
  deadline: number = Date.now() + DEFAULT_INVOCATION_MS,
): Promise<DispatchSummary> {
  const counts = { notified: 0, suppressed: 0, resolved: 0, sent: 0, deferred: 0, failed: 0 };
  const [alerts, silences] = await Promise.all([deps.alerts.list(), deps.silences.active(now)]);
  const singles = await commitStorms(deps, alerts, silences, now, counts);
  await Promise.all(singles.map((alert) => decideOne(deps, alert, silences, now, counts)));
  for (const entry of await deps.outbox.due(now)) {
    if (deadline - Date.now() < claimMarginMs(deps)) break; // the next pass takes it
    const claimed = await deps.outbox.claim(entry, now, deps.leaseMs ?? DEFAULT_LEASE_MS);
    if (!claimed) continue;
    await deliver(deps, claimed, now, deadline, counts);
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
  entry: ClaimedEntry,
  now: number,
  deadline: number,
  counts: { sent: number; deferred: number; failed: number },
): Promise<void> {
  const n = entry.notification;
  const channels = n.channels.length > 0 ? n.channels : deps.defaultChannels;
  const maxAttempts = deps.maxAttempts ?? 10;
  const done = new Set(entry.delivered);
  const errors: string[] = [];
  let rateLimited = false;
  let outOfTime = false;
  // Attempts are counted at claim: one over the limit means earlier ones ended without a record.
  const exhausted = entry.attempts > maxAttempts;
  if (exhausted)
    errors.push(`gave up after ${maxAttempts} attempts; last: ${entry.lastError || 'none recorded'}`);
  for (const [index, channel] of channels.entries()) {
    if (exhausted) break;
    if (done.has(index)) continue;
    if (deadline - Date.now() < claimMarginMs(deps)) {
      outOfTime = true;
      break;
    }
    const sender = deps.senders.get(channel.kind);
    if (!sender) {
      errors.push(`${channel.kind}: channel not configured`);
      // Permanent: retrying cannot help.
      if (!(await deps.outbox.markDelivered(entry, index))) return;
      done.add(index);
      continue;
    }
    if (!(await deps.counters.take(channel.kind, minuteOf(now), deps.rateLimits[channel.kind]))) {
      rateLimited = true;
      continue;
    }
    let finished = true;
    try {
      await withRetries(
        deps.retry,
        (error) =>
          isRetryableSendError(error) && !isSendTimeout(error) && deadline - Date.now() > claimMarginMs(deps),
        () => sender.send(n, channel, sendSignalBefore(deps, deadline)),
        deps.sleep,
      );
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      errors.push(`${channel.kind}: ${reason}`);
      finished = !isRetryableSendError(error);
      deps.logger.warn('notification send failed', { id: n.id, channel: channel.kind, reason });
    }
    if (!finished) continue;
    if (!(await deps.outbox.markDelivered(entry, index))) {
      deps.logger.warn('outbox lease lost while delivering', { id: n.id, channel: channel.kind });
      return;
    }
    done.add(index);
  }
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
    if (!(await deps.outbox.complete(entry))) return;
    await deps.history.append([history(errors.length ? 'failed' : 'sent')]);
    if (errors.length) counts.failed++;
    else counts.sent++;
    return;
  }
  const onlyWaiting = errors.length === 0 && (rateLimited || outOfTime);
  if (exhausted || (entry.attempts >= maxAttempts && !onlyWaiting)) {
    if (!(await deps.outbox.complete(entry))) return;
    deps.logger.error('notification abandoned after retries', { id: n.id, errors });
    await deps.history.append([history('failed')]);
    counts.failed++;
    return;
  }
  const nextAttemptAt = rateLimited
    ? (minuteOf(now) + 1) * 60_000
    : outOfTime && errors.length === 0
      ? now
      : now +
        Math.max(
          1_000,
          backoffDelay({ attempts: 10, baseDelayMs: 5_000, maxDelayMs: 300_000 }, entry.attempts, 1),
        );
  await deps.outbox.release(entry, {
    // Waiting for a rate-limit minute or for the next invocation is not a failed attempt.
    attempts: onlyWaiting ? entry.attempts - 1 : entry.attempts,
    nextAttemptAt,
    lastError: errors.join('; ').slice(0, 1000),
  });
  counts.deferred++;
}

/** A signal for one send: its timeout, or the invocation's deadline if that comes first. */
function sendSignalBefore(deps: DispatcherDependencies, deadline: number): AbortSignal {
  const timeout = deps.sendTimeoutMs ?? SEND_TIMEOUT_MS;
  return AbortSignal.timeout(Math.max(1, Math.min(timeout, deadline - Date.now() - 1_000)));
}
