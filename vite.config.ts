/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'data/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30000,
    pool: 'forks',
  },
});
