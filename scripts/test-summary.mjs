// Prints "N passed, N failed" from Vitest's and Playwright's JSON reports.
// Steps that failed without a report (type-check, lint, build) count as one failure each.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = read('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const playwright = read('pw.json');
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
}
for (const step of failedSteps) {
  const reported = (step === 'unit' && vitest?.numFailedTests) || (step === 'e2e' && playwright?.stats?.unexpected);
  if (!reported) {
    console.log(`step failed: ${step}`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
