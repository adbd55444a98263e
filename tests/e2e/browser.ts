import { afterEach, beforeEach, expect } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1 (each was aborted); a test fails if any. */
  outbound: string[];
  pageErrors: string[];
  profile: string;
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

/** A fresh (or given) profile in headless Chromium with every non-local request aborted and recorded. */
export async function openSession(profile?: string): Promise<Session> {
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'spillover-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(String(e))));
  return {
    context,
    page,
    outbound,
    pageErrors,
    profile: dir,
    close: async () => {
      await context.close();
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e tests through `npm run test:e2e`.');
  return url;
}

/**
 * Registers a fresh session per test and, after it, fails the test on any request that left 127.0.0.1 or any
 * uncaught page error. Returns a getter for the current session.
 */
export function sessionPerTest(): () => Session {
  let current: Session | null = null;
  beforeEach(async () => {
    current = await openSession();
  });
  afterEach(async () => {
    if (!current) return;
    const { outbound, pageErrors } = current;
    await current.close();
    current = null;
    expect(outbound, 'requests that left 127.0.0.1').toEqual([]);
    expect(pageErrors, 'uncaught page errors').toEqual([]);
  });
  return () => {
    if (!current) throw new Error('no e2e session: call sessionPerTest() at the top of a test file');
    return current;
  };
}
