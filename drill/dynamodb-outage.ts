/**
 * DynamoDB unavailable for 30 s during load: a TCP proxy in front of the drill's DynamoDB
 * endpoint refuses and cuts every connection. Batches fail at their counters and rule
 * evaluation and are retried (the attempt store is down too, so none is given up); when
 * DynamoDB is back every line is indexed exactly once and the consumer catches up.
 */
import { startFaultProxy } from '../test/support/tcp-proxy.ts';
import {
  type Drill,
  pendingDeadLetters,
  runNumbered,
  sharedEndpoints,
  sleep,
  startStack,
  waitForLag,
} from './harness.ts';

export const dynamodbOutage: Drill = {
  name: 'dynamodb-outage',
  what: 'DynamoDB refused for 30 s during 1,000 lines/s: retried, then every line once, consumer caught up',
  budgetSeconds: 240,
  async run(ctx) {
    const proxy = await startFaultProxy(new URL((await sharedEndpoints()).dynamodbUrl));
    const stack = await startStack('dynamodb', { dynamodbUrl: proxy.url });
    const failures: string[] = [];
    try {
      const outcome = await runNumbered(stack, ctx, {
        drill: 'dynamodb',
        ratePerSecond: 1000,
        lines: 50_000,
        fault: async (writer) => {
          await sleep(8000);
          const before = writer.written;
          proxy.cut();
          await sleep(30_000);
          proxy.restore();
          return [
            `DynamoDB refused for 30 s (from line ${before} to line ${writer.written}; ${proxy.refused} connections refused)`,
          ];
        },
        recover: async () => {
          const lag = await waitForLag(stack, stack.groupId, stack.topics.logs, ctx.deadline);
          if (lag !== 0) failures.push(`the consumer did not catch up (lag ${lag})`);
          const letters = await pendingDeadLetters(stack);
          return [`consumer lag back to ${lag}; ${letters.length} dead letters`];
        },
      });
      return { ...outcome, failures };
    } finally {
      await stack.close();
      await proxy.close();
    }
  },
};
