import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { fcSeed } from './fc-seed';

// Every property test draws from the same fixed seed (tests/unit-global-setup.ts prints it once per run); an
// assert that passes its own `seed` keeps it.
fc.configureGlobal({ seed: fcSeed() });

// Screens share a worker's jsdom when not isolated (the screens project): each file starts from what a fresh jsdom
// holds, as it did in a process of its own.
if (typeof window !== 'undefined') {
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.documentElement.removeAttribute('lang');
  window.history.replaceState(null, '', '/');
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
