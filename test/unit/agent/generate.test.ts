import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGenerator } from '#agent/index.ts';

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
});
