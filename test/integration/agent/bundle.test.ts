/**
 * The agent's production bundle (agent/build.ts) ships to a real broker. The build replaces parts
 * of the Kafka client (side-effect-free modules; kafka-codecs.ts for CRC-32C, the lazily loaded
 * lz4/snappy WebAssembly and, for batches of 64 KiB or more like the first one here, a reused zstd
 * stream; kafka-no-validation.ts for Ajv; the asynchronous codecs, zstd's and gzip's, get a batch's
 * pieces unjoined), so the bundle is run here exactly as a server runs it: `node logward-agent.mjs
 * run -c agent.yaml`, the file in a temporary folder outside the repository so that nothing can be
 * resolved from its node_modules.
 */
import type { ChildProcess } from 'node:child_process';
import { appendFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgentBundle } from '#agent/build.ts';
import { DEFAULT_TUNING } from '#agent/config/memory-budget.ts';
import type { Compression } from '#agent/config/types.ts';
import { decodeHeartbeat } from '#core/wire.ts';
import { eventually } from '../../support/wait.ts';
import { recordCount, TopicCollector } from './kafka-collector.ts';
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

const scenario = agentScenario('bundle');
const children: ChildProcess[] = [];
let bundle: string;

beforeAll(async () => {
  bundle = await buildAgentBundle(join(scenario.dir, 'logward-agent.mjs'));
});

afterAll(async () => {
  await Promise.all(children.map(killHard));
});

/** `count` lines: plain, non-ASCII every seventh, and one of 48 KiB (under the 64 KiB line limit). */
function someLines(from: number, count: number): string {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) {
    if (i === from + 100) lines.push(`${i} long ${'x'.repeat(40_000)}${'é'.repeat(4_000)} end`);
    else if (i % 7 === 0) lines.push(`${i} naïve café — 日本語のログ 🚀 Zürich ÅÄÖ`);
    else lines.push(`${i} INFO [payments] order order_${i * 31} completed in ${i % 97} ms`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the bundled agent (dist/logward-agent.mjs) → real Kafka', () => {
  it.each<Compression>(['zstd', 'gzip', 'lz4'])(
    'ships every line once, in order, with %s',
    async (compression) => {
      const { logs, heartbeats, collector, logDir } = await freshTopics(scenario);
      const hbCollector = await TopicCollector.start(scenario.bootstrap, heartbeats);
      const path = join(logDir, `${compression}.log`);
      const stateDir = join(scenario.dir, `state-${compression}`);
      const configPath = join(scenario.dir, `agent-${compression}.yaml`);
      await writeConfig(configPath, {
        node_id: `bundle-${compression}`,
        state_dir: stateDir,
        kafka: { brokers: [scenario.bootstrap], topics: { logs, heartbeats }, compression },
        inputs: { files: [{ paths: [path], service: 'bundle', start_at: 'beginning' }] },
        scan_interval_ms: 200,
        poll_interval_ms: 50,
        checkpoint_interval_ms: 200,
        heartbeat: { interval_s: 1 },
        status: false,
      });
      await writeFile(path, someLines(0, 2000));
      const output: string[] = [];
      const child = spawnAgent(configPath, output, bundle);
      children.push(child);
      try {
        await eventually('a heartbeat', async () => (hbCollector.raw.length > 0 ? true : undefined));
        // Lines appended while the agent runs are tailed, not only those it found at start.
        await appendFile(path, someLines(2000, 1500));
        const size = (await stat(path)).size;
        await eventually('the checkpoint at the end of the file', async () =>
          (await checkpointOffset(stateDir, path)) === size ? true : undefined,
        );
        expect(await stopGracefully(child)).toBe(0);

        const records = await recordCount(scenario.bootstrap, logs);
        await eventually('every record read back', async () =>
          collector.raw.length === records ? true : undefined,
        );
        const expected = await expectedLines(path);
        expect(expected.size).toBe(3500);
        const lines = collector.lines();
        expect(new Set(lines.map((l) => l.id)).size).toBe(1);
        expect(lines.map((l) => [l.o, l.m])).toEqual([...expected]);
        expect(decodeHeartbeat(hbCollector.raw[0]?.value ?? Buffer.alloc(0))).toMatchObject({
          ok: true,
          heartbeat: { type: 'agent', nodeId: `bundle-${compression}` },
        });
      } catch (error) {
        console.error(output.join(''));
        throw error;
      } finally {
        await killHard(child);
        await collector.close();
        await hbCollector.close();
      }
    },
  );

  it('restarts itself with its V8 tuning, and loads neither node:tls nor node:https when nothing is configured with TLS', async () => {
    const { logs, heartbeats, collector, logDir } = await freshTopics(scenario);
    await collector.close();
    const hbCollector = await TopicCollector.start(scenario.bootstrap, heartbeats);
    const configPath = join(scenario.dir, 'agent-no-tls.yaml');
    await writeConfig(configPath, {
      node_id: 'bundle-no-tls',
      state_dir: join(scenario.dir, 'state-no-tls'),
      kafka: { brokers: [scenario.bootstrap], topics: { logs, heartbeats } },
      inputs: {
        files: [{ paths: [join(logDir, 'no-tls.log')], service: 'bundle' }],
        http: { listen: '127.0.0.1:0', service: 'bundle-http' },
      },
      heartbeat: { interval_s: 1 },
      status: { listen: '127.0.0.1:0' },
    });
    // As the process exits, it writes its node flags and which of the two built-in modules it loaded
    // (node:tls and node:https cost about 5 MB of RSS).
    const report = `import { writeSync } from 'node:fs';
      process.on('exit', () => writeSync(2, 'flags: [' + process.execArgv.filter((f) => !f.startsWith('--import')) +
        '] loaded: [' + process.moduleLoadList.filter((m) => /^NativeModule (tls|https)$/.test(m)).join() + ']\\n'));`;
    const output: string[] = [];
    const child = spawnAgent(configPath, output, bundle, [
      `--import=data:text/javascript,${encodeURIComponent(report)}`,
    ]);
    children.push(child);
    try {
      await eventually('a heartbeat', async () => (hbCollector.raw.length > 0 ? true : undefined));
      expect(await stopGracefully(child)).toBe(0);
      expect(output.join('')).toContain(`flags: [${DEFAULT_TUNING.nodeFlags.join()}] loaded: []`);
    } catch (error) {
      console.error(output.join(''));
      throw error;
    } finally {
      await killHard(child);
      await hbCollector.close();
    }
  });
});
