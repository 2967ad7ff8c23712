import { describe, expect, it } from 'vitest';
import { AckTracker } from '#agent/state/ack-tracker.ts';

describe('AckTracker', () => {
  it('advances only over a contiguous prefix of acknowledged records', () => {
    const t = new AckTracker(100);
    const a = t.register(200);
    const b = t.register(300);
    const c = t.register(400);
    t.ack(b);
    expect(t.acked).toBe(100);
    t.ack(c);
    expect(t.acked).toBe(100);
    t.ack(a);
    expect(t.acked).toBe(400);
    expect(t.inflight).toBe(0);
  });
});
