import { describe, expect, test } from 'vitest';
import { decide, digestOf } from '#core/alerting/dispatch.ts';
import type { Silence } from '#core/alerting/model.ts';
import { alert, T0 } from './fixtures.ts';

const silence: Silence = {
  id: 's1',
  matchers: { service: 'payment-service' },
  startsAt: T0 - 1000,
  endsAt: T0 + 600_000,
  createdBy: 'ops',
  comment: 'deploy',
};

describe('decide', () => {
  test('waits for the group window, then notifies once with the count and a stable subject', () => {
    expect(decide(alert(), [], T0 + 29_999).action).toBe('wait');
    const d = decide(alert({ lastSeenAt: T0 + 20_000 }), [], T0 + 30_000);
    if (d.action !== 'notify') throw new Error(d.action);
    expect(d.notification.subject).toBe('[Logward] ERROR payment-service: 12 events in 30 s');
    expect(d.notification.kind).toBe('firing');
    expect(d.notification.id).toBe(`rule:default-error:payment-service#${T0}#1`);
    expect(d.next).toMatchObject({
      pendingCount: 0,
      notifications: 1,
      notifiedAt: T0 + 30_000,
      subject: d.notification.subject,
    });
    expect(d.next.pendingSince).toBeUndefined();
  });

  test.each([
    ['a 30 s group wait', { policy: { ...alert().policy, groupWaitSeconds: 30 } }, '12 events in 30 s'],
    ['events over longer than the wait', { lastSeenAt: T0 + 95_000 }, '12 events in 1 min 35 s'],
    ['a 2 min group wait', { policy: { ...alert().policy, groupWaitSeconds: 120 } }, '12 events in 2 min'],
    ['no group wait, one instant', { policy: { ...alert().policy, groupWaitSeconds: 0 } }, '12 events'],
    ['a threshold rule', { windowMinutes: 5, windowCount: 40 }, '40 events in 5 min'],
    ['one event', { pendingCount: 1, totalCount: 1 }, '1 event in 30 s'],
  ])("the subject's window is the rule's: %s", (_what, overrides, counted) => {
    const d = decide(alert(overrides), [], T0 + 200_000);
    if (d.action !== 'notify') throw new Error(d.action);
    expect(d.notification.subject).toBe(`[Logward] ERROR payment-service: ${counted}`);
  });

  test('reminders wait for the repeat interval, reuse the subject, and stop once acknowledged', () => {
    const notified = alert({
      notifications: 1,
      notifiedAt: T0,
      subject: '[Logward] ERROR payment-service: 3 events in 1 min',
      pendingSince: T0 + 60_000,
      lastSeenAt: T0 + 60_000,
    });
    expect(decide({ ...notified, lastSeenAt: T0 + 3_590_000 }, [], T0 + 3_599_000).action).toBe('wait');
    const d = decide({ ...notified, lastSeenAt: T0 + 3_590_000 }, [], T0 + 3_600_000);
    if (d.action !== 'notify') throw new Error(d.action);
    expect(d.notification.kind).toBe('reminder');
    expect(d.notification.subject).toBe('Re: [Logward] ERROR payment-service: 3 events in 1 min');
    expect(
      decide({ ...notified, lastSeenAt: T0 + 3_590_000, acknowledgedAt: T0 + 1 }, [], T0 + 3_600_000).action,
    ).toBe('wait');
  });

  test('a silence suppresses pending matches; after it ends they notify again', () => {
    const d = decide(alert(), [silence], T0 + 30_000);
    if (d.action !== 'suppress') throw new Error(d.action);
    expect(d.next).toMatchObject({ pendingCount: 0, suppressedCount: 12 });
    expect(d.history).toMatchObject({ kind: 'suppressed', count: 12, detail: 'silence s1' });
    expect(decide(alert({ pendingSince: T0 + 600_000 }), [silence], T0 + 630_000).action).toBe('notify');
  });

  test('resolves after the quiet period: a resolved mail only when something was sent', () => {
    const quiet = alert({
      notifications: 1,
      notifiedAt: T0 + 30_000,
      pendingCount: 0,
      pendingSince: undefined,
      subject: 'S',
    });
    expect(decide(quiet, [], T0 + 299_999).action).toBe('wait');
    const d = decide(quiet, [], T0 + 300_000);
    if (d.action !== 'resolve') throw new Error(d.action);
    expect(d.notification).toMatchObject({
      kind: 'resolved',
      subject: 'Re: S',
      threadId: `rule:default-error:payment-service#${T0}`,
    });
    const never = decide(alert({ pendingCount: 0, pendingSince: undefined }), [], T0 + 300_000);
    expect(never).toMatchObject({ action: 'resolve', history: { outcome: 'resolved-silently' } });
    expect(never).not.toHaveProperty('notification');
  });

  test('never resolves matches that were not notified yet', () => {
    const slow = alert({ policy: { ...alert().policy, groupWaitSeconds: 600, resolveAfterSeconds: 60 } });
    expect(decide(slow, [], T0 + 120_000).action).toBe('wait');
  });

  test('a digest lists each alert with its count under one subject', () => {
    const notes = ['a', 'b'].map((service) => {
      const d = decide(
        alert({ fingerprint: `rule:r:${service}`, title: `ERROR ${service}` }),
        [],
        T0 + 30_000,
      );
      if (d.action !== 'notify') throw new Error(d.action);
      return d.notification;
    });
    const digest = digestOf(notes, T0 + 30_000);
    expect(digest).toMatchObject({
      kind: 'firing',
      subject: '[Logward] 2 alerts firing',
      count: 24,
      details: ['[Logward] ERROR a: 12 events in 30 s (12)', '[Logward] ERROR b: 12 events in 30 s (12)'],
    });
    expect(digestOf(notes, T0 + 30_000).id).toBe(digest.id);
  });
});
