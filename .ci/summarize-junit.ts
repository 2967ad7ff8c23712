/**
 * Prints one plain line per JUnit report that vitest wrote in CI (tests, passed, failed, skipped),
 * so the end of a CI log says how many tests ran without scrolling back through colourless output.
 * Exits non-zero when a report is missing, has failures, or ran no test at all.
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
  console.log(`${path}: Tests ${tests} run, ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (!(tests > 0) || failed !== 0) ok = false;
}
process.exit(ok ? 0 : 1);
