import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app in Debian's Chromium. Each file launches one browser; each test is a user journey
// in a fresh context, so a test is long (several screens, a reload or two) and the time limit is per journey. Two
// files at a time on this 2-core machine: a cold start waits on the network, the worker and IndexedDB as much as
// it computes.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 240000,
    hookTimeout: 120000,
    // What is on screen may take seconds to follow an action while the other file's browser starts.
    expect: { poll: { timeout: 15000 } },
    pool: 'forks',
    // A worker runs its files one after the other in one process (each file still launches its own browser): a new
    // process per file cost ~5 s of imports between files on this machine.
    isolate: false,
  },
});
