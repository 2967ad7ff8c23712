/**
 * Keeps a consumer session running the way a managed event source does: when the session fails
 * (the broker went away, a rebalance error), it is closed and a new one connected with backoff,
 * until `stop()`. Kept apart from Kafka so its life cycle, and `stop()` racing a reconnection in
 * particular, is tested on its own.
 */

/** One connected consumer and the loop that drives it. */
export interface SupervisedSession {
  /** Runs until the session fails (rejects) or is stopped (resolves). */
  run(): Promise<void>;
  /** Asks `run()` to return soon. */
  stop(): void;
  /** Releases what the session holds; never rejects. */
  close(): Promise<void>;
}

export interface SessionSupervisor {
  /** Stops the running session and any reconnection; resolves once every session is closed. */
  stop(): Promise<void>;
}

/** Longest pause between two reconnection attempts, ms. */
const MAX_PAUSE_MS = 10_000;

export function superviseSessions(
  first: SupervisedSession,
  connect: () => Promise<SupervisedSession>,
  log: (line: string) => void = () => {},
): SessionSupervisor {
  let stopped = false;
  let current: SupervisedSession | undefined = first;
  let wake: (() => void) | undefined;

  const pause = (attempt: number) =>
    new Promise<void>((resolve) => {
      if (stopped) return resolve();
      const timer = setTimeout(resolve, Math.min(MAX_PAUSE_MS, 500 * 2 ** attempt));
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const supervise = async () => {
    for (let attempt = 0; !stopped; ) {
      if (!current) {
        let session: SupervisedSession;
        try {
          session = await connect();
        } catch (error) {
          log(`event source: cannot reconnect yet (${describe(error)})`);
          await pause(attempt++);
          continue;
        }
        // stop() may have come while connecting: it could not reach this session, so end it here.
        if (stopped) {
          await session.close();
          return;
        }
        current = session;
        log('event source: consumer reconnected');
        attempt = 0;
      }
      const session = current;
      try {
        await session.run();
      } catch (error) {
        if (!stopped) log(`event source: consumer failed (${describe(error)}); reconnecting`);
      }
      current = undefined;
      await session.close();
      if (!stopped) await pause(attempt++);
    }
  };
  const done = supervise();

  return {
    async stop() {
      stopped = true;
      wake?.();
      current?.stop();
      await done;
    },
  };
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
