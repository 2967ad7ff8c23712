/**
 * A temporary folder for one run of the unit tests, removed when the run ends. The CDK assertions
 * synthesize every `App` into a fresh `cdk.out*` folder under the system's temporary directory and
 * never remove it: about 60 folders a run, which filled a shared disk over a few hundred runs. The
 * unit project's workers get this folder as TMPDIR (vitest.config.ts); the engines, and the tests
 * that run beside them, keep the system's.
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Named after the vitest process, which loads the config and runs this setup. */
export const UNIT_TMPDIR = join(tmpdir(), `logward-unit-tests-${process.pid}`);

export default async function setup() {
  await mkdir(UNIT_TMPDIR, { recursive: true });
  return async () => {
    await rm(UNIT_TMPDIR, { recursive: true, force: true });
  };
}
