/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Test files that open DuckDB in Node (src/db/node) and mock nothing: they run in the `db` project below, whose
 * files share each worker's instantiated engines. Found by their import, so a new db test file joins by itself.
 */
const DB_TESTS = ['src/db', 'src/queries', 'data']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter((f) => /\.test\.ts$/.test(f))
  .filter((f) => {
    const text = readFileSync(f, 'utf8');
    return (
      (/node\/node-db|from '\.\/node-db'|computeSnapshot/.test(text) ||
        // The shared import test db opens node-db too: a db suite file on it still runs on both engines.
        (f.startsWith('src/db/') && /tests\/import-test-db/.test(text)) ||
        (/render-with-engine/.test(text) && !/@vitest-environment jsdom/.test(text))) &&
      !/vi\.(mock|doMock|stubGlobal|useFakeTimers)\(/.test(text)
    );
  });

/**
 * Screens on the real engine (tests/render-with-engine.tsx) that mock nothing: like the db project, not isolated, so
 * a worker instantiates DuckDB and imports React, Recharts and the app once for all of them (each was ~8 s of
 * start-up alone); tests/setup.ts gives every file a clean jsdom state (storage, URL, language) as isolation did.
 */
const SCREEN_TESTS = ['src', 'tests/unit']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter((f) => /\.test\.tsx?$/.test(f) && !DB_TESTS.includes(f))
  .filter((f) => {
    const text = readFileSync(f, 'utf8');
    return (
      /render-with-engine/.test(text) &&
      /@vitest-environment jsdom/.test(text) &&
      !/vi\.(mock|doMock|stubGlobal|useFakeTimers|spyOn)\(/.test(text)
    );
  });

/**
 * The db suite proper (src/db), run a second time on native DuckDB through the local engine. Left out: node-db.test.ts
 * (the wasm door's own); import-conservation.test.ts (150 random imports, ~90 s over HTTP on a loaded 2-core machine;
 * the same import SQL runs on native in import-gains and persist-datasets); console-redteam.test.ts, which checks the
 * wasm door's situation (its rollback fence catching a write outside scratch, which the local engine refuses before
 * it runs; no HTTP request at all, which is the local engine's transport) — src/server/engine-server.test.ts runs
 * its attacks through the console on the local engine instead.
 */
const DB_NATIVE_TESTS = DB_TESTS.filter(
  (f) => f.startsWith('src/db/') && !/(node-db|import-conservation|console-redteam)\.test\.ts$/.test(f),
);

// Relative base so the built app works from any path, offline.
export default defineConfig({
  base: './',
  plugins: [react()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  // No inlining: the CSP's connect-src 'self' would refuse fetching a data: URL for a small bundled CSV.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, assetsInlineLimit: 0 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // The same policy as index.html's meta tag (tests/e2e/hardening.e2e.ts compares them), sent as a header so that
    // the DuckDB worker gets it too (a worker does not inherit a meta CSP) and frame-ancestors applies.
    // Styles allow 'unsafe-inline' (scripts do not): CodeMirror 6 in the SQL console injects a <style> element and
    // style attributes, and a nonce cannot be fresh per response on a static site.
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' http://127.0.0.1:* ws://127.0.0.1:*; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    },
  },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/unit-global-setup.ts'],
    testTimeout: 30000,
    // Opening DuckDB in a beforeAll takes seconds on a busy 2-core machine (Vitest's default limit is 10 s).
    hookTimeout: 60000,
    pool: 'forks',
    // Vitest's default is cores - 1, i.e. one file at a time on this 2-core machine; much of a test file's time is
    // spent waiting (imports, jsdom), so two workers finish sooner.
    maxWorkers: 2,
    execArgv: ['--liftoff-only'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'data/**/*.test.ts'],
          exclude: [...DB_TESTS, ...SCREEN_TESTS],
        },
      },
      {
        extends: true,
        test: { name: 'screens', include: SCREEN_TESTS, isolate: false, testTimeout: 90000 },
      },
      {
        // Files that open real DuckDB (src/db/node). Not isolated, so the files a worker runs share its instantiated
        // engines (openNodeDb keeps them); each file still gets a fresh database of its own and closes it.
        extends: true,
        // import-conservation's 150 imports take ~30 s alone on this machine.
        test: { name: 'db', include: DB_TESTS, isolate: false, testTimeout: 90000 },
      },
      {
        // The same files on native DuckDB through the local engine and the browser's remote door (src/server).
        extends: true,
        resolve: {
          alias: [
            {
              find: /^(\.{1,2}\/)+(src\/)?(db\/)?node\/node-db$/,
              replacement: fileURLToPath(new URL('./src/server/native-door.ts', import.meta.url)),
            },
          ],
        },
        test: { name: 'db-native', include: DB_NATIVE_TESTS, isolate: false, testTimeout: 90000 },
      },
    ],
  },
});
