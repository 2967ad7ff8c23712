import { appendFile, copyFile, rename, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgentConfig, startAgent } from '#agent/index.ts';
import { eventually } from '../../support/wait.ts';
import { agentScenario, freshTopics, sleep, summarize } from './support.ts';

const scenario = agentScenario('rotation');

describe('rotation under load (real Kafka)', () => {
  it('loses nothing through rename+create and copytruncate rotations while lines are being written', async () => {
    const { logs, heartbeats, collector, logDir } = await freshTopics(scenario);
    const { bootstrap, dir } = scenario;
    const path = join(logDir, 'app.log');
    await appendFile(path, '');
    const agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [bootstrap], topics: { logs, heartbeats }, linger_ms: 5 },
        inputs: { files: [{ paths: [path], service: 'rotation' }] },
        state_dir: join(dir, 'state'),
        scan_interval_ms: 100,
        poll_interval_ms: 25,
        release_after_ms: 500,
        heartbeat: { enabled: false },
        status: false,
      }),
      { log: () => undefined },
    );
    let seq = 0;
    const rotations = { rename: 0, copytruncate: 0 };
    try {
      const until = Date.now() + 8000;
      let nextRotation = Date.now() + 300;
      while (Date.now() < until) {
        const batch = Array.from(
          { length: 50 },
          () => `seq ${String(seq++).padStart(7, '0')} payload ${'x'.repeat(seq % 80)}\n`,
        );
        await appendFile(path, batch.join(''));
        if (Date.now() >= nextRotation) {
          const n = rotations.rename + rotations.copytruncate;
          if (n % 2 === 0) {
            await rename(path, join(logDir, `app.log.${n}`));
            // The writer keeps its old descriptor a moment: lines land in the renamed file.
            await appendFile(
              join(logDir, `app.log.${n}`),
              `seq ${String(seq++).padStart(7, '0')} late write\n`,
            );
            rotations.rename++;
          } else {
            await copyFile(path, join(logDir, `app.log.${n}`));
            await truncate(path, 0);
            rotations.copytruncate++;
          }
          nextRotation = Date.now() + 200 + Math.random() * 300;
        }
        await sleep(2);
      }
      await eventually(
        `all ${seq} lines`,
        async () => (summarize(collector.lines()).byKey.size >= seq ? true : undefined),
        { timeoutMs: 60_000 },
      );
      const { byKey, duplicates } = summarize(collector.lines());
      const seqs = [...byKey.values()].map((l) => Number(l.m.slice(4, 11))).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: seq }, (_, i) => i));
      expect(duplicates).toBe(0);
      expect(agent.status().files.every((f) => f.errors === 0)).toBe(true);
      console.log(
        `rotation: ${seq} lines through ${rotations.rename} renames and ${rotations.copytruncate} copytruncates`,
      );
    } finally {
      await agent.stop();
      await collector.close();
    }
  });
});
