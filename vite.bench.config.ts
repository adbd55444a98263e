import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config';

// The bench page: the app's own modules, built the same way, driven by tests/bench/run.mjs.
export default mergeConfig(
  base,
  defineConfig({
    build: { outDir: 'dist-bench', rollupOptions: { input: { bench: 'tests/bench/bench.html' } } },
  }),
);
