import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgentConfig, startAgent } from '#agent/index.ts';
import { eventually } from '../../support/wait.ts';
import { agentScenario, freshTopics } from './support.ts';

const scenario = agentScenario('malformed');

describe('malformed corpus (real Kafka)', () => {
  it('ships binary, invalid UTF-8, NUL, CRLF, empty lines and a 10 MB line, marked and bounded', async () => {
    const { logs, heartbeats, collector, logDir } = await freshTopics(scenario);
    const { bootstrap, dir } = scenario;
    const path = join(logDir, 'bad.log');
    await writeFile(path, '');
    const agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [bootstrap], topics: { logs, heartbeats } },
        inputs: { files: [{ paths: [path] }] },
        limits: { max_line_bytes: 16384 },
        state_dir: join(dir, 'state'),
        heartbeat: { enabled: false },
        status: false,
      }),
      { log: () => undefined },
    );
    try {
      const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i).filter((b) => b !== 10));
      const before = process.memoryUsage().rss;
      await appendFile(path, Buffer.concat([Buffer.from('windows\r\n\r\n\n'), binary, Buffer.from('\n')]));
      await appendFile(path, Buffer.from([0x6f, 0x6b, 0x00, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x0a]));
      for (let i = 0; i < 10; i++) await appendFile(path, Buffer.alloc(1024 * 1024, 'y'));
      await appendFile(path, 'end of huge\nlast\n');
      await eventually('7 lines', async () => (collector.lines().length >= 7 ? true : undefined), {
        timeoutMs: 30_000,
      });
      const lines = collector.lines();
      expect(
        lines.map((l) => [l.o, l.m.length > 60 ? `${l.m.slice(0, 5)}…(${l.m.length})` : l.m, l.f]),
      ).toEqual([
        [0, 'windows', undefined],
        [9, '', undefined],
        [11, '', undefined],
        [12, `${binary.toString('latin1', 0, 5)}…(${lines[3]?.m.length})`, ['invalid_utf8']],
        [268, 'ok\u0000\\xc3(\\xed\\xa0\\x80', ['invalid_utf8']],
        [277, `yyyyy…(16384)`, ['truncated']],
        [277 + 10 * 1024 * 1024 + 12, 'last', undefined],
      ]);
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await agent.stop();
      await collector.close();
    }
  });
});
