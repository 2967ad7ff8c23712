import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgentConfig } from '#agent/config/parse.ts';
import { startGenerator } from '#agent/index.ts';
import type { Line } from '#agent/pipeline/lines.ts';
import { MultilineJoiner } from '#agent/pipeline/multiline.ts';
import { parseLine } from '#core/parse/index.ts';

describe('startGenerator', () => {
  it('writes realistic text lines with current timestamps at the requested rate', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logward-gen-'));
    try {
      const path = join(dir, 'sub', 'demo.log');
      const gen = await startGenerator({
        path,
        ratePerSecond: 2000,
        format: 'text',
        services: ['payment-service'],
        levelMix: { INFO: 1, DEBUG: 0, WARN: 0, ERROR: 0 },
        maxEntries: 200,
        seed: 7,
      });
      await gen.done;
      await gen.stop();
      const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
      expect(lines).toHaveLength(200);
      const year = new Date().getUTCFullYear();
      for (const line of lines) {
        expect(line).toMatch(
          new RegExp(`^${year}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d INFO \\[payment-service\\] \\S`),
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes JSON lines and bursts of errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logward-gen-'));
    try {
      const path = join(dir, 'demo.log');
      const gen = await startGenerator({
        path,
        ratePerSecond: 20,
        format: 'json',
        burst: { everyMs: 100, lines: 50 },
        maxEntries: 120,
      });
      await gen.done;
      await gen.stop();
      const entries = (await readFile(path, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { level: string; service: string; timestamp: string; message: string });
      expect(entries).toHaveLength(120);
      expect(entries.filter((e) => e.level === 'ERROR').length).toBeGreaterThan(40);
      expect(Date.now() - Date.parse(entries[0]?.timestamp ?? '')).toBeLessThan(60_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the demo log read as the demo reads it (a file input: multiline auto) gives every event a level', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logward-gen-'));
    try {
      const path = join(dir, 'demo.log');
      const gen = await startGenerator({
        path,
        ratePerSecond: 5000,
        format: 'text',
        levelMix: { INFO: 1, DEBUG: 1, WARN: 1, ERROR: 2 },
        stackTraceRatio: 0.5,
        maxEntries: 1000,
        seed: 11,
      });
      await gen.done;
      await gen.stop();
      const config = parseAgentConfig({
        kafka: { brokers: ['127.0.0.1:9092'], topics: { logs: 'logs', heartbeats: 'heartbeats' } },
        inputs: { files: [{ paths: [join(dir, '*.log')], service: 'demo' }] },
        state_dir: join(dir, 'state'),
      });
      const joiner = new MultilineJoiner(config.inputs.files[0]?.multiline ?? expect.fail('no multiline'));
      const events: Line[] = [];
      let offset = 0;
      for (const text of (await readFile(path, 'utf8')).trimEnd().split('\n')) {
        joiner.push({ offset, end: offset + text.length + 1, text, flags: [] }, 0, events);
        offset += text.length + 1;
      }
      joiner.flush(events);
      expect(events).toHaveLength(1000);
      expect(events.some((e) => e.text.includes('\n\tat '))).toBe(true);
      expect(events.filter((e) => parseLine(e.text).level === undefined)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
