import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app in Debian's Chromium. One file at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 120000,
    pool: 'forks',
  },
});
