/**
 * The console stays small: its bundle is built as `npm run build:console` builds it and measured
 * gzipped, against the 200 KB budget.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { buildConsole, CONSOLE_FILES } from '#console/build.ts';

const BUDGET_BYTES = 200 * 1024;

test('the built console (index.html, app.js, app.css) is at most 200 KB gzipped', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'logward-console-build-'));
  await buildConsole(dir);
  let gzipped = 0;
  for (const file of CONSOLE_FILES) gzipped += gzipSync(await readFile(join(dir, file))).length;
  expect(gzipped).toBeGreaterThan(0);
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});
