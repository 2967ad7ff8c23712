/** The alerting domain's records: occurrences, alert state, notifications, silences, history, nodes. */

import type { Level } from '../parse/levels.ts';
import type { NodeProgress } from './node-progress.ts';
import type { Channel } from './rules.ts';

/** One log line kept as an example in a notification (already truncated when captured). */
export interface Sample {
  /** The event's own time, ISO 8601. */
  readonly at: string;
  readonly service: string;
  readonly host: string;
  readonly level?: Level;
  readonly message: string;
  readonly eventId: string;
}

/** Labels an alert carries: what silences match on and what links and subjects are built from. */
export interface AlertLabels {
  readonly ruleId: string;
  readonly service?: string;
  readonly host?: string;
  readonly nodeId?: string;
  readonly level?: Level;
  /** For pattern rules: the pattern's id and template, and a few values seen at its variable positions. */
  readonly patternId?: string;
  readonly pattern?: string;
  readonly patternValues?: readonly string[];
}

/** How an alert notifies, copied from its rule so the dispatcher never needs the rule again. */
export interface AlertPolicy {
  readonly groupWaitSeconds: number;
  readonly repeatIntervalSeconds: number;
  readonly resolveAfterSeconds: number;
  readonly channels: readonly Channel[];
}

/** Matches of one rule and group seen in one batch (or one monitor run). */
export interface Occurrence {
  /** Rule id + group key: the alert's identity. */
  readonly fingerprint: string;
  /** Short title for subjects: `ERROR payment-service`. */
  readonly title: string;
  readonly labels: AlertLabels;
  readonly policy: AlertPolicy;
  readonly count: number;
  readonly samples: readonly Sample[];
  /** For threshold and spike rules: matches within the rule's window when it fired. */
  readonly windowCount?: number;
  readonly windowMinutes?: number;
  /** Replaces "N events in M min" in the subject (absence alerts: "no logs for 10 min"). */
  readonly headline?: string;
  /** Receive time of the batch, epoch ms. */
  readonly at: number;
}

/**
 * An open alert (one item per fingerprint; deleted when it resolves, so the next occurrence opens
 * a new episode). `version` increases with every write: conditional writes compare it.
 */
export interface AlertState {
  readonly fingerprint: string;
  readonly title: string;
  readonly labels: AlertLabels;
  readonly policy: AlertPolicy;
  readonly openedAt: number;
  readonly lastSeenAt: number;
  /** Matches since the last notification, not yet notified. */
  readonly pendingCount: number;
  /** When the first of the pending matches arrived. */
  readonly pendingSince?: number;
  readonly samples: readonly Sample[];
  readonly totalCount: number;
  readonly windowCount?: number;
  readonly windowMinutes?: number;
  readonly headline?: string;
  /** Notifications sent for this episode (firing + reminders). */
  readonly notifications: number;
  readonly notifiedAt?: number;
  /** Fixed at the first notification so every mail of the episode threads together. */
  readonly subject?: string;
  readonly suppressedCount: number;
  readonly acknowledgedAt?: number;
  readonly acknowledgedBy?: string;
  readonly version: number;
}

export type NotificationKind = 'firing' | 'reminder' | 'resolved';

/** One message to send, on every channel it names. Its id is deterministic, so it is enqueued once. */
export interface Notification {
  readonly id: string;
  readonly fingerprint: string;
  readonly kind: NotificationKind;
  readonly subject: string;
  /** Identifies the episode's thread (Message-ID of the first mail, References of the rest). */
  readonly threadId: string;
  readonly title: string;
  /** One sentence: what happened. */
  readonly summary: string;
  readonly count: number;
  readonly samples: readonly Sample[];
  /** Extra lines (for example the nodes of a grouped down alert). */
  readonly details: readonly string[];
  /** Query for the matching logs, relative to the API base URL (`/logs?...`). */
  readonly queryPath?: string;
  readonly channels: readonly Channel[];
  readonly createdAt: number;
}

/** A notification waiting in the outbox, with its delivery progress. */
export interface OutboxEntry {
  readonly notification: Notification;
  /** Indexes into `notification.channels` already delivered (never sent again). */
  readonly delivered: readonly number[];
  /** Attempts started (counted when an attempt claims the entry). */
  readonly attempts: number;
  readonly nextAttemptAt: number;
  /** While a dispatcher holds the entry; another one may take it over after this time. */
  readonly leaseUntil: number;
  /** Who holds the lease: every write of delivery progress is conditioned on it. */
  readonly leaseOwner?: string;
  readonly lastError?: string;
}

export type HistoryOutcome = 'sent' | 'suppressed' | 'failed' | 'resolved-silently';

/** What happened to an alert, kept for `historyDays` (TTL). */
export interface HistoryEntry {
  readonly id: string;
  readonly at: number;
  readonly fingerprint: string;
  readonly kind: NotificationKind | 'suppressed' | 'acknowledged';
  readonly outcome: HistoryOutcome | 'recorded';
  readonly subject: string;
  readonly count: number;
  readonly channels: readonly string[];
  readonly detail?: string;
}

/** Suppresses notifications of matching alerts between `startsAt` and `endsAt` (mandatory). */
export interface Silence {
  readonly id: string;
  readonly matchers: Partial<Pick<AlertLabels, 'ruleId' | 'service' | 'host' | 'nodeId'>>;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly createdBy: string;
  readonly comment: string;
}

export type NodeState = 'new' | 'up' | 'late' | 'down' | 'paused' | 'retired';

/** Who a heartbeating node is, as its heartbeats describe it. */
export interface NodeIdentity {
  readonly nodeId: string;
  readonly host: string;
  readonly kind: 'agent' | 'app';
  readonly app?: string;
  readonly agentVersion?: string;
  readonly configHash?: string;
  readonly intervalSeconds: number;
}

/** One heartbeating node, as the nodes table holds it. Times are receive times, epoch ms. */
export interface NodeRecord extends NodeIdentity {
  readonly firstSeenAt: number;
  /** When Logward last received a heartbeat (never the node's clock). */
  readonly lastSeenAt: number;
  /** The node's own clock in its last heartbeat: informational, used for skew only. */
  readonly lastSentAt: number;
  readonly state: NodeState;
  readonly stateSince: number;
  /** Last heartbeat before the outage, while down. */
  readonly downSince?: number;
  /** While down: when the monitor first saw fresh heartbeats again (hysteresis). */
  readonly recoveringSince?: number;
  readonly returnedAt?: number;
  /** While paused: the mandatory end of the maintenance window. */
  readonly pausedUntil?: number;
  readonly note?: string;
  /** Who took the last operator action (pause, resume, retire), as API Gateway authenticated them. */
  readonly actionBy?: string;
  /** An agent's progress in its last heartbeat. */
  readonly progress?: NodeProgress;
  readonly version: number;
}
