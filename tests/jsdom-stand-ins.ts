import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom lays nothing out and has no idle callbacks. A test file installs the stand-ins it needs for its own run and
 * gets the originals back after it: the unit files share one worker and one jsdom (isolate is off).
 */
export function standIn(target: object, values: Record<string, unknown>): void {
  const saved = Object.keys(values).map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  beforeAll(() => {
    for (const [name, value] of Object.entries(values))
      Object.defineProperty(target, name, { value, configurable: true, writable: true });
  });
  afterAll(() => {
    for (const [name, was] of saved) {
      if (was) Object.defineProperty(target, name, was);
      else Reflect.deleteProperty(target, name);
    }
  });
}

/** An observer that never fires: Recharts' responsive container needs one to exist; the charts keep their default size. */
export class SilentResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/** "When idle" taken as "in the next task". */
export const IDLE_AS_NEXT_TASK = {
  requestIdleCallback: (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0) as unknown as number,
  cancelIdleCallback: (id: number) => clearTimeout(id),
};
