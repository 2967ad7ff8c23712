/**
 * Checks the JUnit reports that vitest wrote in CI: exits non-zero, saying why, when a report is
 * missing, has failures, or ran no test at all. Silent when all is well, so the test runner's own
 * summary stays the last thing in the log.
 */
import { readFileSync } from 'node:fs';

let ok = true;
for (const path of process.argv.slice(2)) {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch {
    console.log(`${path}: missing, so its test step did not finish`);
    ok = false;
    continue;
  }
  const root = /<testsuites\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const count = (name: string): number => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(root)?.[1] ?? 'NaN');
  const tests = count('tests');
  const failed = count('failures') + count('errors');
  const skipped = (xml.match(/<skipped\b/g) ?? []).length;
  const passed = tests - failed - skipped;
  if (!(tests > 0) || failed !== 0) {
    console.log(`${path}: ${tests} tests, ${passed} passed, ${failed} failed, ${skipped} skipped`);
    ok = false;
  }
}
process.exit(ok ? 0 : 1);
