/**
 * Operator actions the API exposes (issue 6 routes call these): acknowledge an alert, pause a node
 * for maintenance (with a mandatory end), retire a node, create and end silences. Each validates
 * its input (ValidationError names the field) and records what happened.
 */
import { randomUUID } from 'node:crypto';
import { formatDuration } from '#core/alerting/heartbeat.ts';
import type { Notification, Silence } from '#core/alerting/model.ts';
import type { Channel } from '#core/alerting/rules.ts';
import { MAX_SILENCE_MS, validateSilence } from '#core/alerting/silences.ts';
import type { AlertStore, NodeStore, OutboxStore, SilenceStore } from '#core/alerting/stores.ts';
import { ValidationError } from '#core/validation-error.ts';

export interface ManageDependencies {
  readonly alerts: AlertStore;
  readonly nodes: NodeStore;
  readonly outbox: OutboxStore;
  readonly silences: SilenceStore;
  /** Where node notifications go (the deployment's default recipients). */
  readonly channels: readonly Channel[];
}

/** Stops reminders for the alert's current episode; false when no such alert is open. */
export function acknowledgeAlert(deps: ManageDependencies, fingerprint: string, by: string, now: number) {
  if (!by) throw new ValidationError('by', 'expected who acknowledges');
  return deps.alerts.acknowledge(fingerprint, by, now);
}

/** Maintenance window for a node: no alerts until `until` (mandatory, at most 30 days ahead). */
export async function pauseNode(
  deps: ManageDependencies,
  nodeId: string,
  until: number,
  note: string,
  now: number,
) {
  if (!Number.isFinite(until) || until <= now)
    throw new ValidationError('until', 'expected a time in the future');
  if (until - now > MAX_SILENCE_MS) throw new ValidationError('until', 'expected at most 30 days ahead');
  return deps.nodes.pause(nodeId, until, now, note);
}

/**
 * Decommissions a node. A node retired while down gets an explicit closing notification saying
 * so: its alert is never resolved silently.
 */
export async function retireNode(deps: ManageDependencies, nodeId: string, by: string, now: number) {
  const node = await deps.nodes.get(nodeId);
  if (!node) return false;
  if (!(await deps.nodes.retire(nodeId, now, `retired by ${by}`))) return false;
  if (node.state === 'down') {
    const episode = node.downSince ?? node.lastSeenAt;
    const subject = `[Logward] node ${node.host} down`;
    const notification: Notification = {
      id: `node:${nodeId}#${episode}#retired`,
      fingerprint: `node:${nodeId}`,
      kind: 'resolved',
      subject: `Re: ${subject}`,
      threadId: `node:${nodeId}#${episode}`,
      title: `node ${node.host}`,
      summary: `Node ${node.host} (${nodeId}) was retired by ${by} while down (down for ${formatDuration(now - episode)}). It was not recovered; no more alerts will be sent for it.`,
      count: 1,
      samples: [],
      details: [],
      channels: deps.channels,
      createdAt: now,
    };
    await deps.outbox.enqueue(notification, now);
  }
  return true;
}

/** Creates a silence from untrusted input (see `validateSilence`: the end is mandatory). */
export async function createSilence(deps: ManageDependencies, input: unknown, now: number): Promise<Silence> {
  const silence = validateSilence(input, now, randomUUID());
  await deps.silences.put(silence);
  return silence;
}
