/**
 * Reads back the JUnit reports that one CI test step wrote (vitest's, or schemathesis's) and ends that
 * step with a plain closing line, `LABEL: N passed, N failed, N skipped`, alone on its line: the form a
 * CI log reader takes as a test run's totals in any language (vitest's own summary is not one it
 * knows). Exits non-zero, saying why, when a report is missing, has failures, or the step ran no test.
 *
 *   node .ci/check-junit.ts LABEL REPORT.xml...      (LABEL: one word, letters only)
 */
import { readFileSync } from 'node:fs';

const [label, ...paths] = process.argv.slice(2);
if (!label || !/^[a-z]+$/i.test(label) || paths.length === 0) {
  console.log('usage: check-junit.ts LABEL REPORT.xml... (LABEL: one word, letters only)');
  process.exit(2);
}

interface Totals {
  tests: number;
  failed: number;
  skipped: number;
}

/**
 * One report's totals from its root `<testsuites>` attributes (0 where one is absent), its failures
 * also from the failing test cases, so a root that does not count them cannot pass them.
 */
function totalsOf(xml: string): Totals {
  const root = /<testsuites\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const count = (name: string): number => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(root)?.[1] ?? 0);
  const elements = (name: string): number => (xml.match(new RegExp(`<${name}\\b`, 'g')) ?? []).length;
  return {
    tests: count('tests'),
    failed: Math.max(count('failures') + count('errors'), elements('failure') + elements('error')),
    skipped: elements('skipped'),
  };
}

const sum: Totals = { tests: 0, failed: 0, skipped: 0 };
/** False once a report is missing or counts no test: each run of the step must have run tests. */
let everyReportRan = true;
for (const path of paths) {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch {
    console.log(`${label}: ${path} is missing, so its test step did not finish`);
    everyReportRan = false;
    continue;
  }
  const totals = totalsOf(xml);
  if (!(totals.tests > 0)) {
    console.log(`${label}: ${path} counts no test run`);
    everyReportRan = false;
  }
  sum.tests += totals.tests;
  sum.failed += totals.failed;
  sum.skipped += totals.skipped;
}
const passed = Math.max(0, sum.tests - sum.failed - sum.skipped);
console.log(`${label}: ${passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
process.exit(everyReportRan && sum.failed === 0 ? 0 : 1);
