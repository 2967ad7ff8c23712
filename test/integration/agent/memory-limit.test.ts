/**
 * memory_limit_mb against the real broker: reading paused for memory never loses or repeats a
 * line, and the command replaces its process (same pid) with one running the plan's heap flags.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAgentConfig, startAgent } from '#agent/index.ts';
import { eventually } from '../../support/wait.ts';
import { recordCount } from './kafka-collector.ts';
import {
  agentScenario,
  checkpointOffset,
  expectedLines,
  freshTopics,
  killHard,
  spawnAgent,
  stopGracefully,
  writeConfig,
} from './support.ts';

const scenario = agentScenario('memory-limit');
const children: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(children.map(killHard));
});

/** `count` numbered lines, one of 48 KiB among them. */
function someLines(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 100) lines.push(`${i} long ${'x'.repeat(48_000)} end`);
    else lines.push(`${i} INFO [payments] order order_${i * 31} completed in ${i % 97} ms`);
  }
  return `${lines.join('\n')}\n`;
}

async function expectEveryLineOnce(
  collector: Awaited<ReturnType<typeof freshTopics>>['collector'],
  logs: string,
  path: string,
  count: number,
): Promise<void> {
  const records = await recordCount(scenario.bootstrap, logs);
  await eventually('every record read back', async () =>
    collector.raw.length === records ? true : undefined,
  );
  const expected = await expectedLines(path);
  expect(expected.size).toBe(count);
  expect(collector.lines().map((l) => [l.o, l.m])).toEqual([...expected]);
}

describe('memory_limit_mb → real Kafka', () => {
  it('pauses reading over the soft limit, one batch at a time, and ships every line once', async () => {
    const { logs, heartbeats, collector, logDir } = await freshTopics(scenario);
    const path = join(logDir, 'paused.log');
    await writeFile(path, someLines(30_000));
    const config = parseAgentConfig({
      state_dir: join(scenario.dir, 'state-paused'),
      kafka: { brokers: [scenario.bootstrap], topics: { logs, heartbeats } },
      inputs: { files: [{ paths: [path], service: 'memory', start_at: 'beginning' }] },
      heartbeat: { enabled: false },
      status: false,
      memory_limit_mb: 96,
    });
    const memory = config.memory;
    if (!memory) throw new Error('memory_limit_mb gave no plan');
    // A soft limit of one byte: the process is always over it, so every read waits for Kafka.
    const agent = await startAgent(
      { ...config, memory: { ...memory, softLimitBytes: 1 } },
      { log: () => {} },
    );
    try {
      const size = (await stat(path)).size;
      await eventually('the file acknowledged to its end', async () =>
        agent.status().files[0]?.ackedOffset === size ? true : undefined,
      );
      expect(agent.status().memory).toMatchObject({ limitBytes: 96 * 1024 * 1024, pauses: 1 });
    } finally {
      await agent.stop();
    }
    try {
      await expectEveryLineOnce(collector, logs, path, 30_000);
    } finally {
      await collector.close();
    }
  });

  it('runs the command with the plan (same pid, heap flags) and ships every line once', async () => {
    const { logs, heartbeats, collector, logDir } = await freshTopics(scenario);
    const path = join(logDir, 'command.log');
    await writeFile(path, someLines(100_000));
    const configPath = join(scenario.dir, 'agent-command.yaml');
    await writeConfig(configPath, {
      state_dir: join(scenario.dir, 'state-command'),
      kafka: { brokers: [scenario.bootstrap], topics: { logs, heartbeats } },
      inputs: { files: [{ paths: [path], service: 'memory', start_at: 'beginning' }] },
      heartbeat: { enabled: false },
      checkpoint_interval_ms: 200,
      status: false,
      memory_limit_mb: 96,
    });
    const output: string[] = [];
    const child = spawnAgent(configPath, output);
    children.push(child);
    try {
      await eventually('the agent running with the plan', async () =>
        output.join('').includes('running') ? true : undefined,
      );
      const cmdline = (await readFile(`/proc/${child.pid}/cmdline`, 'utf8')).split('\0');
      expect(cmdline).toEqual(expect.arrayContaining(['--max-semi-space-size=1', '--max-old-space-size=32']));
      const environ = (await readFile(`/proc/${child.pid}/environ`, 'utf8')).split('\0');
      expect(environ).toEqual(expect.arrayContaining(['MALLOC_ARENA_MAX=2']));
      const size = (await stat(path)).size;
      await eventually('the checkpoint at the end of the file', async () =>
        (await checkpointOffset(join(scenario.dir, 'state-command'), path)) === size ? true : undefined,
      );
      expect(await stopGracefully(child)).toBe(0);
      await expectEveryLineOnce(collector, logs, path, 100_000);
    } catch (error) {
      console.error(output.join(''));
      throw error;
    } finally {
      await killHard(child);
      await collector.close();
    }
  });
});
