import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, or CHROME_PATH. Never a downloaded browser. */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  return found;
}

const LAUNCH = {
  executablePath: chromePath(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The suite's pages live for seconds on small data: optimising compilers only cost CPU there. Liftoff alone for
    // DuckDB's wasm and at most Maglev for JavaScript (same semantics, no TurboFan) took a cold start from 54 to 34
    // CPU-seconds for three starts on this 2-core machine (ready after ~9 s -> ~6 s).
    '--js-flags=--liftoff-only --max-opt=2',
  ],
};
const VIEWPORT = { width: 1280, height: 800 };

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1 (each was aborted); a test fails if any. */
  outbound: string[];
  pageErrors: string[];
  close: () => Promise<void>;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Every non-local request of the context (pages and their workers) aborted and recorded; page errors recorded. */
async function guard(context: BrowserContext, close: () => Promise<void>): Promise<Session> {
  // A cold start (DuckDB-wasm compiled, the demo loaded) takes 6-30 s on a busy 2-core machine.
  context.setDefaultTimeout(60000);
  const outbound: string[] = [];
  const pageErrors: string[] = [];
  // context.route covers pages and their workers (DuckDB's worker fetches the wasm through it).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outbound.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    if (!isLocal(req.url()) && !outbound.includes(req.url())) outbound.push(req.url());
  });
  const watch = (p: Page) => p.on('pageerror', (e) => pageErrors.push(String(e)));
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, outbound, pageErrors, close };
}

/** A fresh context (its own cookies, storage and IndexedDB, like a new profile) in a running browser. */
export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  return guard(context, () => context.close());
}

/**
 * A browser process of its own on a profile directory, for the tests whose point is a browser restart with the
 * same profile (close it and open the same directory again). The caller removes the directory.
 */
export async function openPersistentSession(profile: string): Promise<Session> {
  const context = await chromium.launchPersistentContext(profile, { ...LAUNCH, viewport: VIEWPORT });
  return guard(context, () => context.close());
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e tests through `npm run test:e2e`.');
  return url;
}

/** Fails the running test on any request that left 127.0.0.1 or any uncaught page error of the session. */
export function expectClean(s: Session): void {
  expect(s.outbound, 'requests that left 127.0.0.1').toEqual([]);
  expect(s.pageErrors, 'uncaught page errors').toEqual([]);
}

export interface Sessions {
  /** The current test's session (a fresh context). */
  (): Session;
  /** Another fresh context in the same browser (a "fresh profile"), checked and closed after the test like the first. */
  another: () => Promise<Session>;
}

/**
 * One headless Chromium per test file (launched before its first test) and a fresh context per test: after each
 * test every context it opened is closed, and the test fails on any request that left 127.0.0.1 or any uncaught
 * page error in any of them.
 */
export function sessionPerTest(): Sessions {
  let browser: Browser | null = null;
  let opened: Session[] = [];
  beforeAll(async () => {
    browser = await chromium.launch(LAUNCH);
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
  const open = async () => {
    if (!browser) throw new Error('no browser: call sessionPerTest() at the top of a test file');
    const s = await openSession(browser);
    opened.push(s);
    return s;
  };
  beforeEach(async () => {
    opened = [];
    await open();
  });
  afterEach(async () => {
    const all = opened;
    opened = [];
    await Promise.all(all.map((s) => s.close()));
    for (const s of all) expectClean(s);
  });
  const current = (() => {
    const s = opened[0];
    if (!s) throw new Error('no e2e session: call sessionPerTest() at the top of a test file');
    return s;
  }) as Sessions;
  current.another = open;
  return current;
}

/** The engine behind the page (exposed only by the e2e build: `vite build --mode e2e`). */
export interface DebugDb {
  busy: boolean;
  restartCount: number;
  query: (sql: string) => Promise<{ rows: unknown[] }>;
}

/**
 * Waits until the database has started (the loading badge is gone), no query of the page is in flight
 * (`<html data-fetching>`, the number of fetching queries, set by src/app/app.tsx) and the engine runs no statement.
 */
export async function settled(page: Page, timeout = 60000): Promise<void> {
  // The first render may come after the load event: the header first, so that the badge's absence means "started".
  await page.getByTestId('import-open').waitFor({ state: 'attached', timeout });
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout });
  await page.waitForFunction(
    () =>
      ['0', 'false', undefined].includes(document.documentElement.dataset.fetching) &&
      !(globalThis as unknown as { __spilloverDb: DebugDb }).__spilloverDb.busy,
    null,
    { timeout },
  );
}

/** Rows of a query on the page's engine. */
export async function sql<T>(page: Page, text: string): Promise<T[]> {
  return page.evaluate(async (q) => {
    const db = (globalThis as unknown as { __spilloverDb: DebugDb }).__spilloverDb;
    return (await db.query(q)).rows;
  }, text) as Promise<T[]>;
}
