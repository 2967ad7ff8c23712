import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { describeRun, exitOf, runNodeScript } from '../../support/node-script.ts';

const checkJunit = fileURLToPath(new URL('../../../.ci/check-junit.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-junit-'));

function report(name: string, attributes: string, cases: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `<?xml version="1.0"?><testsuites name="vitest tests" ${attributes}><testsuite>${cases}</testsuite></testsuites>`,
  );
  return path;
}

async function run(...args: string[]) {
  const result = await runNodeScript(checkJunit, args);
  expect(exitOf(result), describeRun(result)).toMatchObject({ signal: null, timedOut: false });
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

/** CI's closing line is read by tools that know `N passed, N failed` alone on a line, not vitest's summary. */
describe('.ci/check-junit.ts', () => {
  test('ends a passing run with the plain totals line, one word and a colon before it', async () => {
    const path = report(
      'ok.xml',
      'tests="3" failures="0" errors="0"',
      '<testcase/><testcase/><testcase><skipped/></testcase>',
    );
    const { status, lines } = await run('tests', path);
    expect(status).toBe(0);
    expect(lines.at(-1)).toBe('tests: 2 passed, 0 failed, 1 skipped');
    expect(lines.at(-1)).toMatch(/^\w+: \d+ passed, \d+ failed(, \d+ skipped)?$/);
  });

  test.each([
    ['a failure', 'tests="2" failures="1" errors="0"', 'tests: 1 passed, 1 failed, 0 skipped'],
    ['an error', 'tests="2" failures="0" errors="1"', 'tests: 1 passed, 1 failed, 0 skipped'],
    ['no test run', 'tests="0" failures="0" errors="0"', 'tests: 0 passed, 0 failed, 0 skipped'],
  ])('fails a report with %s, still printing its totals', async (what, attributes, totals) => {
    const { status, lines } = await run('tests', report(`${what.replaceAll(' ', '-')}.xml`, attributes, ''));
    expect(status).toBe(1);
    expect(lines.at(-1)).toBe(totals);
  });

  test('fails a report whose root does not count its failures, from the failing test cases', async () => {
    // Before several reports were added up, an absent count made the totals NaN and the step fail.
    const path = report(
      'uncounted.xml',
      'tests="3"',
      '<testcase/><testcase><failure message="x"/></testcase><testcase><error/></testcase>',
    );
    const { status, lines } = await run('tests', path);
    expect(status).toBe(1);
    expect(lines.at(-1)).toBe('tests: 1 passed, 2 failed, 0 skipped');
  });

  test('fails when the report is missing, saying the step did not finish', async () => {
    const { status, lines } = await run('localstack', join(dir, 'absent.xml'));
    expect(status).toBe(1);
    expect(lines.join('\n')).toContain('is missing, so its test step did not finish');
  });

  test('adds up the reports of one step, as schemathesis writes them (one per run)', async () => {
    const people = report('people.xml', 'errors="0" failures="0" skipped="0" tests="34"', '<testcase/>');
    const health = report('health.xml', 'errors="0" failures="0" skipped="0" tests="1"', '<testcase/>');
    const { status, lines } = await run('contract', people, health);
    expect(status).toBe(0);
    expect(lines.at(-1)).toBe('contract: 35 passed, 0 failed, 0 skipped');
  });

  test.each([
    ['one of them counts no test', 'errors="0" failures="0" tests="0"'],
    ['one of them failed', 'errors="0" failures="1" tests="1"'],
  ])('fails a step of several reports when %s', async (what, attributes) => {
    const passing = report('passing.xml', 'errors="0" failures="0" tests="4"', '');
    const { status } = await run(
      'contract',
      passing,
      report(`${what.replaceAll(' ', '-')}.xml`, attributes, ''),
    );
    expect(status).toBe(1);
  });

  test('fails a step one of whose reports is missing, counting the others', async () => {
    const passing = report('counted.xml', 'errors="0" failures="0" tests="2"', '');
    const { status, lines } = await run('contract', passing, join(dir, 'absent-too.xml'));
    expect(status).toBe(1);
    expect(lines.at(-1)).toBe('contract: 2 passed, 0 failed, 0 skipped');
  });

  test('refuses a label that is not one plain word', async () => {
    expect((await run('npm-test', join(dir, 'ok.xml'))).status).toBe(2);
  });
});
