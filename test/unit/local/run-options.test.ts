import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const run = fileURLToPath(new URL('../../../local/run.ts', import.meta.url));

/** `npm run local` with bad options: the option named, what was expected, exit 2, no stack trace. */
describe('npm run local, bad options', () => {
  test.each([
    [['--api-key', 'short'], '--api-key: expected at least 20 characters'],
    [['--rate', 'x'], '--rate: expected a positive integer, got "x"'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('%j', (args, message) => {
    const result = spawnSync(process.execPath, [run, ...args], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('    at ');
  });
});
