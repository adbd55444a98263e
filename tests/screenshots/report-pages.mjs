// `npm run screenshots`: each page of the report PDFs that the e2e suite prints (tests/e2e/report.e2e.ts writes
// tests/e2e/.artifacts/report/report-{da,en}.pdf) as a PNG beside them, through Chromium's own PDF viewer, for a
// person to look at. Not a test: it asserts nothing, and the viewer draws asynchronously without a signal a script
// can wait for, so each page gets a fixed pause. Run `npm run test:e2e` first.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dir = resolve('tests/e2e/.artifacts/report');
const VIEWER_PAUSE_MS = 1200; // the viewer's drawing, unobservable from outside
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => p && existsSync(p),
);
if (!chrome) {
  console.error('Needs Chromium: `sudo apt-get install chromium` or set CHROME_PATH.');
  process.exit(1);
}
const pdfs = ['da', 'en'].map((lang) => ({ lang, file: join(dir, `report-${lang}.pdf`) })).filter((p) => existsSync(p.file));
if (pdfs.length === 0) {
  console.error(`No report PDFs in ${dir}: run \`npm run test:e2e\` first.`);
  process.exit(1);
}

// A persistent profile: the PDF viewer is an extension, which an incognito context does not load.
const profile = mkdtempSync(join(tmpdir(), 'spillover-pdf-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox'],
  viewport: { width: 900, height: 1250 },
});
await context.route(/^https?:/, (route) => route.abort()); // nothing leaves the machine
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const { lang, file } of pdfs) {
    const pages = (
      readFileSync(file)
        .toString('latin1')
        .match(/\/Type \/Page\b/g) ?? []
    ).length;
    for (let p = 1; p <= pages; p++) {
      await page.goto('about:blank');
      await page.goto(`file://${file}#page=${p}&zoom=page-fit&toolbar=0&navpanes=0`).catch(() => undefined);
      await page.waitForTimeout(VIEWER_PAUSE_MS);
      const out = join(dir, `report-${lang}-page-${p}.png`);
      await page.screenshot({ path: out });
      console.log(out);
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
