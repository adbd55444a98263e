import { chromium } from 'playwright-core';

/**
 * Headless Chromium on its own profile `dir`, allowed to reach the bench's local servers only (the app works
 * offline; a request elsewhere would be a bug and is aborted, not waited for).
 */
export async function launchOffline(chrome, dir, { viewport, memoryInfo = false } = {}) {
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: chrome,
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      ...(memoryInfo ? ['--enable-precise-memory-info'] : []),
    ],
  });
  await ctx.route('**/*', (route) => (route.request().url().startsWith('http://127.0.0.1') ? route.continue() : route.abort()));
  return ctx;
}
