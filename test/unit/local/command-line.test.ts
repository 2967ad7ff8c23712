import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { describeRun, exitOf, runNodeScript } from '../../support/node-script.ts';

const script = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Logward's commands with bad options: what was wrong, where the help is, exit 2, no stack trace. */
describe('commands given bad options', () => {
  test.each([
    ['local/run.ts', ['--api-key', 'short'], '--api-key: expected at least 20 characters'],
    ['local/run.ts', ['--rate', 'x'], '--rate: expected a positive integer, got "x"'],
    ['local/run.ts', ['--bogus'], "Unknown option '--bogus'"],
    ['ops/replay.ts', ['--bogus'], "Unknown option '--bogus'"],
    ['drill/run.ts', ['--bogus'], "Unknown option '--bogus'"],
    ['bench/run.ts', ['--bogus'], "Unknown option '--bogus'"],
  ])('%s %j', async (path, args, message) => {
    const result = await runNodeScript(script(path), args);
    expect(exitOf(result), describeRun(result)).toEqual({ status: 2, signal: null, timedOut: false });
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('See: ');
    expect(result.stderr).not.toContain('    at ');
  });
});
