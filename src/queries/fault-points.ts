/**
 * Named moments of an import and its save where a test can make the engine die or the page go away, exactly there
 * and without timing luck. A no-op unless an injector is set: only tests set one, and only the e2e build
 * (`vite build --mode e2e`) exposes the setter to the page, as `window.__spilloverFaults`.
 */
export const FAULT_POINTS = ['staging', 'validation', 'serialising', 'writing', 'activation'] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

type Injector = (point: FaultPoint) => void | Promise<void>;
let injector: Injector | null = null;

export const faults = {
  /** Called by the import at the start of each step; runs the injected fault, if any, before the step goes on. */
  at: async (point: FaultPoint): Promise<void> => {
    if (injector) await injector(point);
  },
  /** Sets (or with null clears) what happens at each point. */
  inject: (f: Injector | null): void => {
    injector = f;
  },
};

// Vite replaces MODE with a literal: a production build drops this line and carries no such global.
if (import.meta.env.MODE === 'e2e') (globalThis as { __spilloverFaults?: unknown }).__spilloverFaults = faults;
