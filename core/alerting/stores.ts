/**
 * The ports of alerting: what the use cases (lambdas/alerting) and the API need from storage.
 * DynamoDB adapters in lambdas/adapters/dynamodb implement them; tests may pass their own.
 */

import type {
  AlertState,
  HistoryEntry,
  NodeIdentity,
  NodeRecord,
  Notification,
  Occurrence,
  OutboxEntry,
  Silence,
} from './model.ts';
import type { NodeProgress } from './node-progress.ts';
import type { Rule } from './rules.ts';

/** Raised when a conditional write lost to a concurrent writer; the caller rereads or gives up. */
export class ConcurrentUpdateError extends Error {
  override name = 'ConcurrentUpdateError';
}

export function isConcurrentUpdateError(error: unknown): error is ConcurrentUpdateError {
  return error instanceof ConcurrentUpdateError;
}

export interface RuleStore {
  list(): Promise<Rule[]>;
  get(id: string): Promise<Rule | undefined>;
  /** Creates or replaces a rule (already validated with `validateRule`). */
  put(rule: Rule): Promise<void>;
  /** Creates the rule only when no rule with its id exists; true when created. */
  create(rule: Rule): Promise<boolean>;
  delete(id: string): Promise<void>;
}

export interface SilenceStore {
  /** Silences not yet expired at `now` (expired ones are kept until their TTL, but not listed). */
  active(now: number): Promise<Silence[]>;
  put(silence: Silence): Promise<void>;
  /** Ends a silence early. */
  delete(id: string): Promise<void>;
}

export interface AlertStore {
  /** Open alerts (firing, acknowledged or not). */
  list(): Promise<AlertState[]>;
  get(fingerprint: string): Promise<AlertState | undefined>;
  /** Adds matches to their alerts (opening them when needed). Atomic per fingerprint under concurrency. */
  record(occurrences: readonly Occurrence[]): Promise<void>;
  /**
   * Replaces the alert with `next` (or deletes it when `next` is undefined, i.e. resolved) and
   * enqueues `notification`, all in one transaction conditioned on the version read. Throws
   * ConcurrentUpdateError when another writer got there first.
   */
  commit(
    current: AlertState,
    next: AlertState | undefined,
    notification: Notification | undefined,
    history: HistoryEntry | undefined,
  ): Promise<void>;
  /**
   * Commits several alerts' decisions with one shared notification (a digest) in one transaction
   * (at most 99 alerts). Throws ConcurrentUpdateError when any alert changed since it was read.
   */
  commitMany(
    commits: ReadonlyArray<{
      readonly current: AlertState;
      readonly next: AlertState | undefined;
      readonly history?: HistoryEntry;
    }>,
    notification: Notification,
  ): Promise<void>;
  /** Stops reminders for the current episode; false when no such alert is open. */
  acknowledge(fingerprint: string, by: string, now: number): Promise<boolean>;
}

export interface OutboxStore {
  /** Enqueues a notification unless one with the same id already was; true when enqueued. */
  enqueue(notification: Notification, now: number): Promise<boolean>;
  /** Entries due at `now` whose lease (if any) has expired. */
  due(now: number): Promise<OutboxEntry[]>;
  /**
   * Takes the lease on an entry as read by `due`, counting the attempt: a dispatcher that dies
   * while delivering has used one. Undefined when another dispatcher took or finished it first.
   */
  claim(entry: OutboxEntry, now: number, leaseMs: number): Promise<ClaimedEntry | undefined>;
  /**
   * Records that channel `channel` (an index into the notification's channels) is done with, so
   * no dispatcher sends it again; false when the lease was lost (stop delivering then).
   */
  markDelivered(entry: ClaimedEntry, channel: number): Promise<boolean>;
  /** Records the outcome of the attempt and releases the lease; false when the lease was lost. */
  release(
    entry: ClaimedEntry,
    update: Pick<OutboxEntry, 'attempts' | 'nextAttemptAt' | 'lastError'>,
  ): Promise<boolean>;
  /** Removes a fully delivered (or abandoned) entry; false when the lease was lost. */
  complete(entry: ClaimedEntry): Promise<boolean>;
}

/** An outbox entry under this dispatcher's lease. */
export interface ClaimedEntry extends OutboxEntry {
  readonly leaseOwner: string;
}

/** The order of history entries: by time, then id (the store's sort key). */
export function historyKey(entry: Pick<HistoryEntry, 'at' | 'id'>): string {
  return `${new Date(entry.at).toISOString()}#${entry.id}`;
}

export interface HistoryStore {
  append(entries: readonly HistoryEntry[]): Promise<void>;
  /** Most recent first; with `before`, only entries whose `historyKey` sorts before it. */
  recent(limit: number, before?: string): Promise<HistoryEntry[]>;
}

export interface NodeStore {
  list(): Promise<NodeRecord[]>;
  get(nodeId: string): Promise<NodeRecord | undefined>;
  /** Records heartbeats received at `receivedAt`; never moves `lastSeenAt` backwards. */
  recordHeartbeats(heartbeats: readonly NodeHeartbeat[], receivedAt: number): Promise<void>;
  /**
   * Writes the monitor's new node states, each conditioned on the version and `lastSeenAt` read,
   * in one transaction with the notifications they cause. Throws ConcurrentUpdateError when any
   * node changed meanwhile (nothing is written then).
   */
  transition(changes: readonly NodeChange[], notifications: readonly Notification[]): Promise<void>;
  /** Maintenance window: no alerts until `until` (mandatory), then judged afresh. False when unknown. */
  pause(nodeId: string, until: number, now: number, note: string): Promise<boolean>;
  /** Decommissioned: no more alerts; it comes back as `new` if it ever heartbeats again. False when unknown. */
  retire(nodeId: string, now: number, note: string): Promise<boolean>;
}

/** A heartbeat reduced to what the nodes table keeps. */
export interface NodeHeartbeat extends NodeIdentity {
  readonly sentAt: number;
  /** What an agent's heartbeat says of its progress (apps say none). */
  readonly progress?: NodeProgress;
}

export interface NodeChange {
  readonly before: NodeRecord;
  readonly after: NodeRecord;
}

/** Small counters in the counters table: rule windows, last-seen per service, rate limits, leases. */
export interface RuleCounterStore {
  /** Adds to per-minute buckets of `key`; returns nothing (use `sum` to read a window). */
  add(
    increments: readonly { readonly key: string; readonly minute: number; readonly count: number }[],
  ): Promise<void>;
  /** Sum per minute bucket of `key` for minutes in [fromMinute, toMinute]. */
  buckets(key: string, fromMinute: number, toMinute: number): Promise<Map<number, number>>;
  /** Records that logs of these services were received at `at` (never moves backwards). */
  markSeen(services: readonly string[], at: number): Promise<void>;
  /** Last receive time per service, epoch ms. */
  lastSeen(): Promise<Map<string, number>>;
  /** Takes one unit of `limit` per minute for `key`; false when the minute's budget is spent. */
  take(key: string, minute: number, limit: number): Promise<boolean>;
}

/**
 * The Message-ID the mail service gave the first mail of each email thread (an alert episode to
 * one set of recipients), so follow-ups (reminders, resolutions, recoveries) reply to it: SES
 * replaces a Message-ID the message sets, so threading needs the one it assigned.
 */
export interface EmailThreadStore {
  /** The first mail's Message-ID (`<id@domain>`), when one was sent and recorded. */
  messageId(thread: string): Promise<string | undefined>;
  /** Records the first mail's Message-ID; a thread keeps the first one recorded. */
  remember(thread: string, messageId: string, now: number): Promise<void>;
}

/** A lease so only one copy of a scheduled job runs at a time. */
export interface LeaseStore {
  /** True when acquired (free, expired, or already ours). */
  acquire(name: string, owner: string, now: number, ttlMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

/** The pipeline-stalled alert's state: one flag with a conditional flip, so one alert per stall. */
export interface PipelineStateStore {
  stalledSince(): Promise<number | undefined>;
  /** Flips the flag; false when it already had that value (another run flipped it). */
  setStalled(since: number | undefined, notification: Notification): Promise<boolean>;
}
