/** Rotation by rename and by copytruncate, alternating every 2 s, at 10,000 lines/s. */
import { type Drill, runNumbered, sleep, startStack } from './harness.ts';

export const rotation: Drill = {
  name: 'rotation',
  what: 'rotation by rename and by copytruncate (alternating, every 2 s) at 10,000 lines/s',
  budgetSeconds: 180,
  async run(ctx) {
    const stack = await startStack('rotation');
    try {
      return await runNumbered(stack, ctx, {
        drill: 'rotation',
        ratePerSecond: 10_000,
        lines: 120_000,
        fault: async (writer) => {
          const done: string[] = [];
          for (let i = 0; i < 5; i++) {
            await sleep(2000);
            const how = i % 2 === 0 ? 'rename' : 'copytruncate';
            writer.rotate(how);
            done.push(`${how} at line ~${writer.written}`);
          }
          return [`rotations: ${done.join('; ')}`];
        },
      });
    } finally {
      await stack.close();
    }
  },
};
