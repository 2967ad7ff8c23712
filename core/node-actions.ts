/**
 * What an operator may do to a node through the API: pause it for a maintenance window (which
 * always ends), resume it, or retire it. Pure: each returns the node's next record, the caller
 * writes it conditioned on the version read. The heartbeat monitor takes over from there: a
 * paused node is left alone until `pausedUntil`; a resumed node starts over as `new`, so its
 * next heartbeats (or their absence) decide its state; a retired node that heartbeats again
 * comes back as `new`.
 */
import type { NodeRecord } from './alerting/model.ts';
import { textLength } from './input-text.ts';
import { parseTimeBound } from './query-params.ts';
import { ConflictError, UnprocessableError, ValidationError } from './validation-error.ts';

export const MAX_PAUSE_MS = 30 * 86_400_000;

export type NodeAction =
  | { readonly kind: 'pause'; readonly until: number; readonly note?: string }
  | { readonly kind: 'resume' }
  | { readonly kind: 'retire'; readonly note?: string };

/** Validates the body of `POST /nodes/{id}/pause` (`until` relative like `2h` or ISO 8601). */
export function parseNodeAction(kind: NodeAction['kind'], body: unknown, now: number): NodeAction {
  const o = body === undefined ? {} : body;
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    throw new ValidationError('body', 'expected a JSON object');
  const input = o as Record<string, unknown>;
  const allowed = kind === 'pause' ? ['until', 'note'] : kind === 'retire' ? ['note'] : [];
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key))
      throw new ValidationError(key, `unknown field; expected ${allowed.join(', ') || 'none'}`);
  }
  const note = input.note;
  if (note !== undefined && (typeof note !== 'string' || textLength(note) > 500)) {
    throw new ValidationError('note', 'expected a string of at most 500 characters');
  }
  const withNote = note === undefined ? {} : { note };
  if (kind === 'resume') return { kind };
  if (kind === 'retire') return { kind, ...withNote };
  if (typeof input.until !== 'string') {
    throw new ValidationError('until', 'required: when the pause ends, ISO 8601 or relative (2h, 1d)');
  }
  // Relative values count forward here: `2h` means two hours from now.
  const until = parseTimeBound('until', input.until, now, 'future');
  if (until <= now) throw new UnprocessableError('until', 'must be in the future');
  if (until - now > MAX_PAUSE_MS) throw new UnprocessableError('until', 'at most 30 days from now');
  return { kind, until, ...withNote };
}

/** The node after `action` at `now`; throws ValidationError when the action does not apply. */
export function applyNodeAction(node: NodeRecord, action: NodeAction, now: number): NodeRecord {
  const { pausedUntil: _p, recoveringSince: _r, returnedAt: _t, note: _n, ...base } = node;
  const next = { ...base, stateSince: now, version: node.version + 1 };
  switch (action.kind) {
    case 'pause':
      if (node.state === 'retired')
        throw new ConflictError('a retired node cannot be paused; resume it first');
      return {
        ...next,
        state: 'paused',
        pausedUntil: action.until,
        ...(action.note ? { note: action.note } : {}),
      };
    case 'retire':
      return { ...next, state: 'retired', ...(action.note ? { note: action.note } : {}) };
    case 'resume':
      if (node.state !== 'paused' && node.state !== 'retired') {
        throw new ConflictError(`only a paused or retired node can be resumed; this one is ${node.state}`);
      }
      return { ...next, state: 'new' };
  }
}
