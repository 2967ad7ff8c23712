import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGenerator } from '#agent/index.ts';
import { eventually } from '../../support/wait.ts';
import {
  agentScenario,
  expectedLines,
  freshTopics,
  killHard,
  sleep,
  spawnAgent,
  stopGracefully,
  summarize,
  writeConfig,
} from './support.ts';

const scenario = agentScenario('crash');

describe('kill -9 and restart (real CLI, real Kafka)', () => {
  it('every line reaches Kafka, and each (source, offset) maps to its line', async () => {
    const { logs, heartbeats, collector, logDir } = await freshTopics(scenario);
    const { bootstrap, dir } = scenario;
    const path = join(logDir, 'app.log');
    const configPath = join(dir, 'agent.yaml');
    await writeConfig(configPath, {
      kafka: { brokers: [bootstrap], topics: { logs, heartbeats }, linger_ms: 5 },
      inputs: { files: [{ paths: [join(logDir, '*.log')], service: 'crash', start_at: 'beginning' }] },
      state_dir: join(dir, 'state'),
      scan_interval_ms: 200,
      poll_interval_ms: 20,
      checkpoint_interval_ms: 100,
      heartbeat: { enabled: false },
      status: false,
    });
    const generator = await startGenerator({
      path,
      ratePerSecond: 4000,
      format: 'text',
      maxEntries: 24_000,
      stackTraceRatio: 0,
      seed: 1,
    });
    const output: string[] = [];
    try {
      // Kill at several points: during start-up, mid-batch, right after a checkpoint interval.
      for (const runMs of [150, 700, 1300, 420, 2000]) {
        const child = spawnAgent(configPath, output);
        await sleep(runMs);
        await killHard(child);
      }
      const last = spawnAgent(configPath, output);
      await generator.done;
      const expected = await expectedLines(path);
      expect(expected.size).toBe(24_000);
      await eventually(
        'every line in Kafka',
        async () => (summarize(collector.lines()).byKey.size >= expected.size ? true : undefined),
        { timeoutMs: 90_000 },
      );
      expect(await stopGracefully(last)).toBe(0);
      const { byKey, duplicates } = summarize(collector.lines());
      const ids = new Set([...byKey.values()].map((l) => l.id));
      expect(ids.size).toBe(1);
      const got = new Map([...byKey.values()].map((l) => [l.o, l.m]));
      expect(got).toEqual(expected);
      console.log(
        `crash-recovery: ${expected.size} lines, ${duplicates} re-sent duplicates (same ids, absorbed by the index)`,
      );
    } catch (error) {
      console.error(output.join(''));
      throw error;
    } finally {
      await generator.stop();
      await collector.close();
    }
  });
});
