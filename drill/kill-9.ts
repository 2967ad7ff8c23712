/** The agent is killed with SIGKILL at five random moments under load and restarted each time. */
import { type Drill, runNumbered, sleep, startStack } from './harness.ts';

export const kill9: Drill = {
  name: 'kill-9',
  what: 'agent kill -9 at five random points during 3,000 lines/s, restarted after each',
  budgetSeconds: 180,
  async run(ctx) {
    const stack = await startStack('kill9');
    try {
      return await runNumbered(stack, ctx, {
        drill: 'kill9',
        ratePerSecond: 3000,
        lines: 60_000,
        fault: async (_writer, agent) => {
          // One random moment in each fifth of the 20 s of writing, so the kills spread over the load.
          const at = Array.from({ length: 5 }, (_, i) => 1000 + i * 3600 + Math.random() * 3000);
          const started = Date.now();
          const killed: number[] = [];
          for (const t of at) {
            await sleep(Math.max(0, started + t - Date.now()));
            killed.push(Date.now() - started);
            await agent.kill9();
            await sleep(Math.random() * 1000);
            agent.start();
          }
          return [`killed at ${killed.map((t) => (t / 1000).toFixed(1)).join(', ')} s into the load`];
        },
      });
    } finally {
      await stack.close();
    }
  },
};
