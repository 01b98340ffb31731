// The whole test suite, as the README's second command and CI run it:
// typecheck, lint, unit + integration tests (Vitest), build, browser e2e (Playwright).
// Ends with one line, `N passed, N failed, N skipped`, totalled over all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(label);
  return ok;
}

/** A check with no test count of its own counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else totals.failed += 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// One project per layer (tsconfig/*.json), each with only its own platform's types.
check('typecheck', npx, ['tsc', '-b']);
check('lint', npx, ['eslint', '.', '--max-warnings', '0']);
// Electron's own security scanner, gated on docs/security.md's allow-list (offline, ~15 s).
check('electronegativity', process.execPath, [path.join(root, 'scripts', 'electronegativity.mjs')]);

const vitestReport = path.join(results, 'vitest-report.json');
rmSync(vitestReport, { force: true });
const vitestOk = run('unit + integration tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests ?? 0;
  totals.failed += vitest.numFailedTests ?? 0;
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A suite that failed to load has no failed test in it, but it failed.
  if (!vitestOk && (vitest.numFailedTests ?? 0) === 0) totals.failed += 1;
} else if (!vitestOk) totals.failed += 1;

const built = run('build', npx, ['electron-vite', 'build']);
if (!built) totals.failed += 1;
else {
  const e2eReport = path.join(results, 'e2e-report.json');
  rmSync(e2eReport, { force: true });
  const e2eOk = run('browser e2e', npx, ['playwright', 'test']);
  const e2e = existsSync(e2eReport) ? readJson(e2eReport) : null;
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected ?? 0;
    totals.failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    totals.skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk && (e2e.stats.unexpected ?? 0) === 0) totals.failed += 1;
  } else if (!e2eOk) totals.failed += 1;
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 && failures.length === 0 ? 0 : 1);
