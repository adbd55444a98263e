// `npm test`: typecheck and lint side by side, unit + component tests, then end-to-end tests in headless Chromium.
// Ends with one plain line "N passed, N failed" counting every test case of every run, and the time of each step.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.tmp/test-reports';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
const times = [];

/** Runs a command; with `buffer`, its output is held and printed whole when it ends (for steps run side by side). */
function run(label, cmd, args, { buffer = false, env = {} } = {}) {
  const started = Date.now();
  if (!buffer) console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    });
    const chunks = [];
    if (buffer) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    child.on('close', (code) => {
      const s = ((Date.now() - started) / 1000).toFixed(1);
      times.push(`${label} ${s} s`);
      if (buffer) {
        console.log(`\n=== ${label}: ${cmd} ${args.join(' ')} (${s} s)`);
        process.stdout.write(Buffer.concat(chunks));
      }
      if (code !== 0) ok = false;
      resolve(code === 0);
    });
  });
}

function count(report) {
  if (!existsSync(report)) return false;
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed += j.numPassedTests ?? 0;
  skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  failed += (j.numFailedTests ?? 0) + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
  return true;
}

function buildForE2e() {
  return run(
    'e2e build',
    'npx',
    ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn', '--outDir', 'dist-e2e', '--emptyOutDir'],
    {
      buffer: true,
      env: { NODE_ENV: 'production' },
    },
  );
}

const browserOk = ['CHROME_PATH', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((p) =>
  p === 'CHROME_PATH' ? !!process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH) : existsSync(p),
);

// The static gate, side by side: types, lint (layers, hooks), formatting, dead code (unused files, exports,
// dependencies) and import cycles (type-only ones too).
const gate = await Promise.all([
  run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json'], { buffer: true }),
  run('lint', 'npx', ['eslint', '.', '--max-warnings=0'], { buffer: true }),
  run('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.'], { buffer: true }),
  run('dead code', 'npx', ['knip', '--no-progress'], { buffer: true }),
  run(
    'import cycles',
    'npx',
    ['dpdm', '--no-warning', '--no-tree', '--no-progress', '--exit-code', 'circular:1', 'src/**/*.{ts,tsx}'],
    { buffer: true },
  ),
]);
failed += gate.filter((passedStep) => !passedStep).length;

// The e2e build (the app in `e2e` mode, see tests/e2e/global-setup.ts) runs beside the unit tests, which leave a
// core idle much of the time; the e2e run then serves it as built.
const [, built] = await Promise.all([
  run('unit and component tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/unit.json`,
  ]),
  browserOk ? buildForE2e() : Promise.resolve(false),
]);
if (!count(`${out}/unit.json`)) failed += 1;

if (!browserOk) {
  console.error(
    '\nEnd-to-end tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH.',
  );
  ok = false;
  failed += 1;
} else if (!built) {
  failed += 1;
} else {
  process.env.E2E_SKIP_BUILD = '1';
  await run('end-to-end tests (headless Chromium)', 'npx', [
    'vitest',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/e2e.json`,
  ]);
  if (!count(`${out}/e2e.json`)) failed += 1;
}

if (failed > 0) ok = false;
console.log(`\n${times.join(' · ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
