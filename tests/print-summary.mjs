// Prints vitest's totals as one plain closing line ("N passed, N failed, N skipped") for CI logs.
import { existsSync, readFileSync } from 'node:fs';

const file = 'test-output/vitest-results.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed (no vitest results written)');
  process.exit(0);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
// A file whose setup failed (say, no chromium) fails without failing a test: count it too.
const failedFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'));
const files = failedFiles.length ? `, ${failedFiles.length} file(s) failed to run: ${failedFiles.map((f) => f.name.replace(`${process.cwd()}/`, '')).join(', ')}` : '';
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}${files}`);
