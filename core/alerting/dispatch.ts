/**
 * What the dispatcher does with one open alert at a given time, pure. Grouping: the first
 * notification waits `groupWaitSeconds` after the first match, so a burst becomes one message
 * with its count. Repeat: later matches notify again at most every `repeatIntervalSeconds`, and
 * never once acknowledged. Resolution: after `resolveAfterSeconds` without matches.
 */
import type { AlertState, HistoryEntry, Notification, Silence } from './model.ts';
import { silencing } from './silences.ts';

export type DispatchDecision =
  | { readonly action: 'wait' }
  | { readonly action: 'notify'; readonly next: AlertState; readonly notification: Notification }
  | { readonly action: 'suppress'; readonly next: AlertState; readonly history: HistoryEntry }
  | { readonly action: 'resolve'; readonly notification?: Notification; readonly history: HistoryEntry };

export function decide(alert: AlertState, silences: readonly Silence[], now: number): DispatchDecision {
  const p = alert.policy;
  if (alert.pendingCount > 0 && alert.pendingSince !== undefined) {
    const silence = silencing(silences, alert.labels, now);
    if (silence !== undefined) {
      return {
        action: 'suppress',
        next: { ...clearPending(alert), suppressedCount: alert.suppressedCount + alert.pendingCount },
        history: history(alert, now, 'suppressed', 'suppressed', alert.pendingCount, `silence ${silence.id}`),
      };
    }
    const first = alert.notifications === 0;
    const due = first
      ? now >= alert.pendingSince + p.groupWaitSeconds * 1000
      : alert.acknowledgedAt === undefined &&
        now >= (alert.notifiedAt ?? 0) + p.repeatIntervalSeconds * 1000 &&
        now >= alert.pendingSince + p.groupWaitSeconds * 1000;
    if (due) {
      const subject = alert.subject ?? firingSubject(alert);
      const next: AlertState = {
        ...clearPending(alert),
        notifications: alert.notifications + 1,
        notifiedAt: now,
        subject,
      };
      return {
        action: 'notify',
        next,
        notification: notificationOf(alert, first ? 'firing' : 'reminder', subject, now),
      };
    }
  }
  // Matches never notified yet are notified first (pending here is not silenced: see above).
  const unnotified = alert.pendingCount > 0 && alert.notifications === 0;
  if (now >= alert.lastSeenAt + p.resolveAfterSeconds * 1000 && !unnotified) {
    if (alert.notifications === 0) {
      return {
        action: 'resolve',
        history: history(alert, now, 'resolved', 'resolved-silently', alert.totalCount, 'never notified'),
      };
    }
    const subject = alert.subject ?? firingSubject(alert);
    return {
      action: 'resolve',
      notification: notificationOf(alert, 'resolved', subject, now),
      history: history(alert, now, 'resolved', 'recorded', alert.totalCount),
    };
  }
  return { action: 'wait' };
}

function clearPending(alert: AlertState): AlertState {
  const { pendingSince: _pendingSince, ...rest } = alert;
  return { ...rest, pendingCount: 0, samples: [], version: alert.version };
}

/** `[Logward] ERROR payment-service: 12 events in 5 min`: fixed for the episode so mails thread. */
export function firingSubject(alert: AlertState): string {
  if (alert.headline) return `[Logward] ${alert.title}: ${alert.headline}`;
  const count = Math.max(alert.pendingCount, alert.windowCount ?? 0);
  const window = countWindow(alert);
  return `[Logward] ${alert.title}: ${count} ${count === 1 ? 'event' : 'events'}${window ? ` in ${window}` : ''}`;
}

/**
 * The span the count covers, as the rule states it: a threshold's or spike's window, else the
 * group wait in which the first matches were gathered (30 s: "in 30 s", not "in 1 min"), or the
 * events' own span when they came over longer. Nothing for one instant (a group wait of 0).
 */
function countWindow(alert: AlertState): string | undefined {
  if (alert.windowMinutes !== undefined) return `${alert.windowMinutes} min`;
  const spanMs = alert.lastSeenAt - (alert.pendingSince ?? alert.openedAt);
  const seconds = Math.max(alert.policy.groupWaitSeconds, Math.ceil(spanMs / 1000));
  return seconds > 0 ? duration(seconds) : undefined;
}

/** `45 s`, `5 min`, `2 min 30 s`. */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function notificationOf(
  alert: AlertState,
  kind: Notification['kind'],
  subject: string,
  now: number,
): Notification {
  const seq = kind === 'resolved' ? 'resolved' : String(alert.notifications + 1);
  const count = kind === 'resolved' ? alert.totalCount : alert.pendingCount;
  const minutes = Math.max(1, Math.round((now - alert.openedAt) / 60_000));
  const summary =
    kind !== 'resolved' && alert.headline
      ? `${alert.title}: ${alert.headline}.`
      : kind === 'resolved'
        ? `Resolved: no matching events for ${Math.round(alert.policy.resolveAfterSeconds / 60)} min. ${alert.totalCount} events in total over ${minutes} min.`
        : kind === 'firing'
          ? `${count} matching ${count === 1 ? 'event' : 'events'} since ${new Date(alert.pendingSince ?? alert.openedAt).toISOString()}.`
          : `Still firing: ${count} more matching ${count === 1 ? 'event' : 'events'} since the last notification (${alert.totalCount} in total).`;
  return {
    id: `${alert.fingerprint}#${alert.openedAt}#${seq}`,
    fingerprint: alert.fingerprint,
    kind,
    subject: kind === 'firing' ? subject : subject.startsWith('Re: ') ? subject : `Re: ${subject}`,
    threadId: `${alert.fingerprint}#${alert.openedAt}`,
    title: alert.title,
    summary,
    count,
    samples: kind === 'resolved' ? [] : alert.samples,
    details: [
      ...patternDetails(alert.labels),
      ...(alert.acknowledgedBy ? [`Acknowledged by ${alert.acknowledgedBy}`] : []),
    ],
    queryPath: queryPathFor(alert, now),
    channels: alert.policy.channels,
    createdAt: now,
  };
}

/** The API query that lists the alert's logs around the episode. */
/** The pattern an alert is about, and the values seen at its variable positions. */
function patternDetails(labels: AlertState['labels']): string[] {
  if (labels.pattern === undefined) return [];
  return [
    `Pattern ${labels.patternId ?? ''}: ${labels.pattern}`,
    ...(labels.patternValues ?? []).map((values, i) => `Values at variable ${i + 1}: ${values}`),
  ];
}

export function queryPathFor(alert: Pick<AlertState, 'labels' | 'openedAt'>, now: number): string {
  const params = new URLSearchParams();
  if (alert.labels.service) params.set('service', alert.labels.service);
  if (alert.labels.host) params.set('host', alert.labels.host);
  if (alert.labels.level) params.set('level', alert.labels.level);
  if (alert.labels.patternId) params.set('pattern', alert.labels.patternId);
  params.set('from', new Date(alert.openedAt - 60_000).toISOString());
  params.set('to', new Date(now + 60_000).toISOString());
  return `/logs?${params.toString()}`;
}

function history(
  alert: AlertState,
  now: number,
  kind: HistoryEntry['kind'],
  outcome: HistoryEntry['outcome'],
  count: number,
  detail?: string,
): HistoryEntry {
  const entry: HistoryEntry = {
    id: `${alert.fingerprint}#${alert.openedAt}#${kind}#${now}`,
    at: now,
    fingerprint: alert.fingerprint,
    kind,
    outcome,
    subject: alert.subject ?? `[Logward] ${alert.title}`,
    count,
    channels: alert.policy.channels.map((c) => c.kind),
  };
  return detail === undefined ? entry : { ...entry, detail };
}

/** At least this many alerts notifying the same recipients in one pass: one digest instead. */
export const DEFAULT_DIGEST_THRESHOLD = 5;

/**
 * One notification for many alerts notifying the same channels at once (an alert storm: a
 * dependency fails and every service logs errors). Each alert keeps its own state and thread.
 */
export function digestOf(notifications: readonly Notification[], now: number): Notification {
  const first = notifications[0];
  if (first === undefined) throw new RangeError('digestOf: expected at least one notification');
  const kind = first.kind === 'resolved' ? 'resolved' : 'firing';
  const ids = notifications.map((n) => n.id).sort();
  const key = `${ids.length}#${ids[0]}#${ids.at(-1)}`;
  const total = notifications.reduce((sum, n) => sum + n.count, 0);
  return {
    id: `digest:${kind}#${now}#${key}`,
    fingerprint: `digest:${kind}:${Math.floor(now / 60_000)}`,
    kind,
    subject: `[Logward] ${notifications.length} alerts ${kind === 'resolved' ? 'resolved' : 'firing'}`,
    threadId: `digest:${kind}#${now}#${key}`,
    title: `${notifications.length} alerts`,
    summary:
      kind === 'resolved'
        ? `${notifications.length} alerts resolved at about the same time.`
        : `${notifications.length} alerts started at about the same time (${total} matching events): one message instead of ${notifications.length}. Each alert keeps its own thread for reminders and its resolution.`,
    count: total,
    samples: notifications.flatMap((n) => n.samples.slice(0, 1)).slice(0, 5),
    details: notifications.map((n) => `${n.subject.replace(/^Re: /, '')} (${n.count})`),
    channels: first.channels,
    createdAt: now,
  };
}
