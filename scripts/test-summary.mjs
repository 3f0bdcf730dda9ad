// Prints the one line CI reads, "tests: N passed, N failed", from Vitest's and Playwright's JSON
// reports (their own closing lines differ and are not read). A report that is missing or broken
// is said on its own line; the exit status of npm test already reflects the failed stage.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile = '.vitest-results.json', playwrightFile = '.playwright-results.json'] =
  process.argv.slice(2);

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;

const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  const brokenFiles = (vitest.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  if (brokenFiles > 0)
    console.log(`vitest: ${brokenFiles} test file(s) failed before running any test`);
} else {
  console.log('vitest: no report (it did not run or did not finish)');
}

const playwright = readJson(playwrightFile);
if (playwright?.stats) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  if ((playwright.errors ?? []).length > 0)
    console.log(`playwright: ${playwright.errors.length} error(s) outside tests`);
} else {
  console.log('playwright: no report (it did not run or did not finish)');
}

console.log(`tests: ${passed} passed, ${failed} failed`);
