import { defineConfig } from 'vitest/config';

// The local-engine bench (tests/bench/native.run.ts): one long run in Node, no time limit of a test's.
export default defineConfig({
  test: { include: ['tests/bench/native.run.ts'], testTimeout: 0, hookTimeout: 0, pool: 'forks' },
});
