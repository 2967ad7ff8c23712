import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exitOf, runNodeScript } from '../../support/node-script.ts';

const dir = mkdtempSync(join(tmpdir(), 'node-script-'));
function script(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

/** The tests' way to run a command: a run that did not exit by itself says how it ended. */
describe('runNodeScript', () => {
  test('gives the exit status and what the script printed', async () => {
    const run = await runNodeScript(
      script('exit.mjs', 'console.log("out"); console.error("err"); process.exit(3);'),
    );
    expect(exitOf(run)).toEqual({ status: 3, signal: null, timedOut: false });
    expect([run.stdout, run.stderr]).toEqual(['out\n', 'err\n']);
  });

  test('stops a script that outlives its time and says so', async () => {
    const run = await runNodeScript(script('hang.mjs', 'setInterval(() => {}, 1000);'), [], {
      timeoutMs: 300,
    });
    expect(exitOf(run)).toEqual({ status: null, signal: 'SIGKILL', timedOut: true });
  });

  test('names the signal that ended a script', async () => {
    const run = await runNodeScript(script('killed.mjs', 'process.kill(process.pid, "SIGTERM");'));
    expect(exitOf(run)).toEqual({ status: null, signal: 'SIGTERM', timedOut: false });
  });

  test('a timeout also ends what the script started, which would hold its pipes and the run open', async () => {
    const parent = script(
      'parent.mjs',
      "import { spawn } from 'node:child_process'; spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'inherit' }); setInterval(() => {}, 1000);",
    );
    const run = await runNodeScript(parent, [], { timeoutMs: 500 });
    expect(exitOf(run)).toEqual({ status: null, signal: 'SIGKILL', timedOut: true });
    expect(run.elapsedMs).toBeLessThan(15_000);
  });

  test('resolves with the spawn error when starting the script throws (an argument past the system limit)', async () => {
    const run = await runNodeScript(script('args.mjs', ''), ['x'.repeat(3_000_000)]);
    expect(run).toMatchObject({ status: null, spawnError: expect.stringContaining('E2BIG') });
  });
});
