import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type SupervisedSession, superviseSessions } from '#local/session-supervisor.ts';

/** A session whose run() fails or ends when the test says, recording what was done to it. */
function session(name: string, events: string[]) {
  let fail: (error: Error) => void = () => {};
  let end: () => void = () => {};
  const running = new Promise<void>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  const s: SupervisedSession & { fail: (error: Error) => void } = {
    run: () => {
      events.push(`${name} run`);
      return running;
    },
    stop: () => {
      events.push(`${name} stop`);
      end();
    },
    close: async () => {
      events.push(`${name} close`);
    },
    fail: (error) => fail(error),
  };
  return s;
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('superviseSessions', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  // Past the first pause between reconnections (500 ms).
  const firstPause = () => vi.advanceTimersByTimeAsync(500);

  it('reconnects after a session fails and stops the new one', async () => {
    const events: string[] = [];
    const first = session('first', events);
    const second = session('second', events);
    const supervisor = superviseSessions(first, async () => second);
    await vi.advanceTimersByTimeAsync(0);
    first.fail(new Error('broker went away'));
    await firstPause();
    await supervisor.stop();
    expect(events).toEqual(['first run', 'first close', 'second run', 'second stop', 'second close']);
  });

  it('stopped while a reconnection is under way, closes the session it brings and never runs it', async () => {
    const events: string[] = [];
    const first = session('first', events);
    const late = session('late', events);
    const connecting = deferred<SupervisedSession>();
    let connects = 0;
    const supervisor = superviseSessions(first, () => {
      connects++;
      events.push('connect');
      return connecting.promise;
    });
    await vi.advanceTimersByTimeAsync(0);
    first.fail(new Error('broker went away'));
    await firstPause();
    expect(connects).toBe(1);
    const stopped = supervisor.stop();
    // The broker answers the join only now: before, this session ran on and stop() never returned.
    connecting.resolve(late);
    await stopped;
    expect(events).toEqual(['first run', 'first close', 'connect', 'late close']);
  });

  it('stopped during the pause after a failed reconnection, does not try again', async () => {
    const events: string[] = [];
    const first = session('first', events);
    let connects = 0;
    const supervisor = superviseSessions(first, async () => {
      connects++;
      throw new Error('joinGroup failed');
    });
    await vi.advanceTimersByTimeAsync(0);
    first.fail(new Error('broker went away'));
    await firstPause();
    await supervisor.stop();
    expect(connects).toBe(1);
    expect(events).toEqual(['first run', 'first close']);
  });
});
