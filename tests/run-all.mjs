// `npm test`: typecheck, lint, unit + component tests, then end-to-end tests in headless Chromium.
// Ends with one plain line "N passed, N failed" counting every test case of every run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.tmp/test-reports';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status !== 0) ok = false;
  return r.status === 0;
}

function count(report) {
  if (!existsSync(report)) return false;
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed += j.numPassedTests ?? 0;
  skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  failed += (j.numFailedTests ?? 0) + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
  return true;
}

const browserOk = ['CHROME_PATH', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((p) =>
  p === 'CHROME_PATH' ? !!process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH) : existsSync(p),
);

if (!run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json'])) failed += 1;
if (!run('lint', 'npx', ['eslint', '.', '--max-warnings=0'])) failed += 1;
run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/unit.json`]);
if (!count(`${out}/unit.json`)) failed += 1;

if (!browserOk) {
  console.error(
    '\nEnd-to-end tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH.',
  );
  ok = false;
  failed += 1;
} else {
  run('end-to-end tests (headless Chromium)', 'npx', [
    'vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/e2e.json`,
  ]);
  if (!count(`${out}/e2e.json`)) failed += 1;
}

if (failed > 0) ok = false;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
