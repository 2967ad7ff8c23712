/**
 * Reads back the JUnit report that vitest wrote for one CI test step and ends that step with a plain
 * closing line, `LABEL: N passed, N failed, N skipped`, alone on its line: the form a CI log reader
 * takes as a test run's totals in any language (vitest's own summary is not one it knows).
 * Exits non-zero, saying why, when the report is missing, has failures, or ran no test at all.
 *
 *   node .ci/check-junit.ts LABEL REPORT.xml      (LABEL: one word, letters only)
 */
import { readFileSync } from 'node:fs';

const [label, path] = process.argv.slice(2);
if (!label || !/^[a-z]+$/i.test(label) || !path) {
  console.log('usage: check-junit.ts LABEL REPORT.xml (LABEL: one word, letters only)');
  process.exit(2);
}
let xml: string;
try {
  xml = readFileSync(path, 'utf8');
} catch {
  console.log(`${label}: ${path} is missing, so its test step did not finish`);
  process.exit(1);
}
const root = /<testsuites\b([^>]*)>/.exec(xml)?.[1] ?? '';
const count = (name: string): number => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(root)?.[1] ?? 'NaN');
const tests = count('tests');
const failed = count('failures') + count('errors');
const skipped = (xml.match(/<skipped\b/g) ?? []).length;
const passed = Math.max(0, tests - failed - skipped);
if (!(tests > 0)) console.log(`${label}: ${path} counts no test run`);
console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(tests > 0 && failed === 0 ? 0 : 1);
