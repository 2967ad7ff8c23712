import { describe, expect, test } from 'vitest';
import type { NodeRecord } from '#core/alerting/model.ts';
import { applyNodeAction, parseNodeAction } from '#core/node-actions.ts';
import { ConflictError } from '#core/validation-error.ts';
import { validationProblem } from '../../support/validation.ts';

const now = Date.parse('2025-10-23T15:00:00Z');
const node: NodeRecord = {
  nodeId: 'n1',
  host: 'web-1',
  kind: 'agent',
  intervalSeconds: 10,
  firstSeenAt: now - 86_400_000,
  lastSeenAt: now - 5_000,
  lastSentAt: now - 5_000,
  state: 'down',
  stateSince: now - 600_000,
  downSince: now - 600_000,
  recoveringSince: now - 1_000,
  version: 7,
};
const problem = (run: () => unknown) => validationProblem(run)?.message;

describe('node actions', () => {
  test('pause until a relative or absolute time, with a note', () => {
    expect(parseNodeAction('pause', { until: '2h', note: 'upgrade' }, now)).toEqual({
      kind: 'pause',
      until: now + 7_200_000,
      note: 'upgrade',
    });
    expect(parseNodeAction('pause', { until: '2025-10-24T00:00:00Z' }, now)).toEqual({
      kind: 'pause',
      until: Date.parse('2025-10-24T00:00:00Z'),
    });
    const paused = applyNodeAction(node, { kind: 'pause', until: now + 60_000, note: 'x' }, now);
    expect(paused).toEqual({
      nodeId: 'n1',
      host: 'web-1',
      kind: 'agent',
      intervalSeconds: 10,
      firstSeenAt: node.firstSeenAt,
      lastSeenAt: node.lastSeenAt,
      lastSentAt: node.lastSentAt,
      downSince: node.downSince,
      state: 'paused',
      stateSince: now,
      pausedUntil: now + 60_000,
      note: 'x',
      version: 8,
    });
  });

  test('resume starts over as new; only paused or retired nodes resume', () => {
    const retired = applyNodeAction(node, { kind: 'retire' }, now);
    expect([retired.state, retired.version]).toEqual(['retired', 8]);
    expect(applyNodeAction(retired, { kind: 'resume' }, now + 1).state).toBe('new');
    // A node in the wrong state is a conflict with its state (409), not bad input.
    expect(() => applyNodeAction(node, { kind: 'resume' }, now)).toThrow(
      new ConflictError('only a paused or retired node can be resumed; this one is down'),
    );
    expect(() => applyNodeAction(retired, { kind: 'pause', until: now + 1 }, now)).toThrow(
      new ConflictError('a retired node cannot be paused; resume it first'),
    );
  });

  test.each([
    ['pause', {}, 'until: required: when the pause ends, ISO 8601 or relative (2h, 1d)'],
    ['pause', { until: '31d' }, 'until: at most 30 days from now'],
    ['pause', { until: '2025-10-23T14:00:00Z' }, 'until: must be in the future'],
    ['pause', { until: 'later' }, expect.stringContaining('until: expected an RFC 3339 date-time')],
    ['pause', { until: '1h', note: 5 }, 'note: expected a string of at most 500 characters'],
    ['resume', { force: true }, 'force: unknown field; expected none'],
    ['retire', 'x', 'body: expected a JSON object'],
  ] as const)('%s %j is refused', (kind, body, message) => {
    expect(problem(() => parseNodeAction(kind, body, now))).toEqual(message);
  });
});
