/**
 * Operator actions the API exposes (issue 6 routes call these): acknowledge an alert, pause a node
 * for maintenance (with a mandatory end), retire a node (the API may equally write the node itself
 * with `NodeStore.transition`, passing `retiredWhileDownNotification`), create and end silences. Each validates
 * its input (ValidationError names the field) and records what happened.
 */
import { randomUUID } from 'node:crypto';
import { retiredWhileDownNotification } from '#core/alerting/heartbeat.ts';
import type { NodeRecord, Silence } from '#core/alerting/model.ts';
import type { Channel } from '#core/alerting/rules.ts';
import { MAX_SILENCE_MS, validateSilence } from '#core/alerting/silences.ts';
import type { AlertStore, NodeStore, SilenceStore } from '#core/alerting/stores.ts';
import { ValidationError } from '#core/validation-error.ts';

export interface ManageDependencies {
  readonly alerts: AlertStore;
  readonly nodes: NodeStore;
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
 * Decommissions a node, conditioned on the node as read. A node retired while down gets an
 * explicit closing notification in the same transaction: its alert is never resolved silently.
 */
export async function retireNode(deps: ManageDependencies, nodeId: string, by: string, now: number) {
  const node = await deps.nodes.get(nodeId);
  if (!node) return false;
  const { pausedUntil: _p, recoveringSince: _r, returnedAt: _t, ...rest } = node;
  const after: NodeRecord = {
    ...rest,
    state: 'retired',
    stateSince: now,
    note: `retired by ${by}`,
    version: node.version + 1,
  };
  const closing = retiredWhileDownNotification(node, by, now, deps.channels);
  await deps.nodes.transition([{ before: node, after }], closing ? [closing] : []);
  return true;
}

/** Creates a silence from untrusted input (see `validateSilence`: the end is mandatory). */
export async function createSilence(deps: ManageDependencies, input: unknown, now: number): Promise<Silence> {
  const silence = validateSilence(input, now, randomUUID());
  await deps.silences.put(silence);
  return silence;
}
