/** A private Kafka broker is stopped during load and started again 15 s later. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Drill, runNumbered, sleep, startPrivateEngine, startStack } from './harness.ts';

export const kafkaRestart: Drill = {
  name: 'kafka-restart',
  what: 'private Kafka broker stopped for 15 s during 2,000 lines/s, then restarted',
  budgetSeconds: 300,
  async run(ctx) {
    const dir = await mkdtemp(join(tmpdir(), 'logward-drill-kafka-'));
    ctx.log('    starting a private Kafka (own state dir and ports)');
    const kafka = await startPrivateEngine('kafka', dir);
    const stack = await startStack('kafka', { kafkaBootstrap: kafka.endpoint }, dir);
    try {
      return await runNumbered(stack, ctx, {
        drill: 'kafka',
        ratePerSecond: 2000,
        lines: 60_000,
        fault: async (writer) => {
          await sleep(8000);
          const before = writer.written;
          await kafka.stop();
          const downAt = Date.now();
          await sleep(15_000);
          await kafka.start();
          return [
            `broker down ${((Date.now() - downAt) / 1000).toFixed(0)} s (stopped after line ${before}, back after line ${writer.written})`,
          ];
        },
      });
    } finally {
      await stack.close();
      await kafka.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
