/** A private OpenSearch is stopped during load and started again 20 s later. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Drill,
  replayDeadLettersOf,
  runNumbered,
  sleep,
  startPrivateEngine,
  startStack,
} from './harness.ts';

export const opensearchRestart: Drill = {
  name: 'opensearch-restart',
  what: 'private OpenSearch stopped for 20 s during 2,000 lines/s, restarted, dead letters replayed',
  budgetSeconds: 360,
  async run(ctx) {
    const dir = await mkdtemp(join(tmpdir(), 'logward-drill-opensearch-'));
    ctx.log('    starting a private OpenSearch (own state dir and ports)');
    const opensearch = await startPrivateEngine('opensearch', dir);
    const stack = await startStack('opensearch', { opensearchUrl: opensearch.endpoint }, dir);
    try {
      return await runNumbered(stack, ctx, {
        drill: 'opensearch',
        ratePerSecond: 2000,
        lines: 60_000,
        // Batches that failed through the outage went to the on-failure destination (S3).
        recover: () => replayDeadLettersOf(stack),
        fault: async (writer) => {
          await sleep(8000);
          const before = writer.written;
          await opensearch.stop();
          const downAt = Date.now();
          await sleep(20_000);
          await opensearch.start();
          return [
            `OpenSearch down ${((Date.now() - downAt) / 1000).toFixed(0)} s (stopped after line ${before}, back after line ${writer.written})`,
          ];
        },
      });
    } finally {
      await stack.close();
      await opensearch.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
