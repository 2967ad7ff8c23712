/**
 * OpenSearch refuses writes to the index (the flood-stage disk watermark's
 * `index.blocks.read_only_allow_delete`): each write is retried, then its lines are dead-lettered
 * with the reason while the partition moves on (consumer lag back to 0); once the block is
 * cleared, `npm run replay` indexes them. The OpenSearch is a private one, so blocking an index
 * disturbs nobody; the lines are dated yesterday, inside any retention (a time retention would not
 * keep gives way to the record's, today), so they all go to the one daily index blocked before
 * the first of them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Drill,
  numberedLine,
  pendingDeadLetters,
  replayDeadLettersOf,
  runNumbered,
  startPrivateEngine,
  startStack,
  waitForLag,
} from './harness.ts';

export const readOnlyIndex: Drill = {
  name: 'read-only-index',
  what: 'the index is blocked read-only (disk watermark) under 500 lines/s: retried, dead-lettered, replayed once cleared',
  budgetSeconds: 240,
  async run(ctx) {
    const dir = await mkdtemp(join(tmpdir(), 'logward-drill-readonly-'));
    ctx.log('    starting a private OpenSearch (own state dir and ports)');
    const opensearch = await startPrivateEngine('opensearch', dir);
    const stack = await startStack('readonly', { opensearchUrl: opensearch.endpoint }, dir);
    const day = new Date(Math.floor(Date.now() / 86_400_000 - 1) * 86_400_000);
    const index = `logs-${day.toISOString().slice(0, 10).replaceAll('-', '.')}`;
    const failures: string[] = [];
    try {
      await stack.opensearch.indices.create({ index }).catch(() => undefined);
      await stack.opensearch.indices.putSettings({
        index,
        body: { 'index.blocks.read_only_allow_delete': true },
      });
      const outcome = await runNumbered(stack, ctx, {
        drill: 'readonly',
        ratePerSecond: 500,
        lines: 5_000,
        lineOf: (seq) => numberedLine('readonly', seq, new Date(day.getTime() + seq)),
        fault: async () => [
          `${index} blocked with index.blocks.read_only_allow_delete before the first line`,
        ],
        recover: async () => {
          const lag = await waitForLag(stack, stack.groupId, stack.topics.logs, ctx.deadline);
          if (lag !== 0) failures.push(`the partition stalled behind the blocked index (lag ${lag})`);
          const letters = await pendingDeadLetters(stack);
          const records = letters.reduce((n, l) => n + l.letter.reasons.length, 0);
          const reason = letters[0]?.letter.reasons[0]?.reason ?? 'none';
          if (records === 0) failures.push('nothing was dead-lettered while the index refused writes');
          await stack.opensearch.indices.putSettings({
            index,
            body: { 'index.blocks.read_only_allow_delete': null },
          });
          return [
            `while blocked: consumer lag back to ${lag}; ${records} records dead-lettered (${reason.slice(0, 90)})`,
            ...(await replayDeadLettersOf(stack)),
          ];
        },
      });
      return { ...outcome, failures };
    } finally {
      await stack.close();
      await opensearch.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
