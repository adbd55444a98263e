import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENS } from '../../src/app/screens';
import { baseUrl, sessionPerTest, settled, sql } from './browser';
import { ENGLISH, XSS, figure, importSaved, makeHostileFiles, openScreen, options, ready } from './journey-helpers';

const session = sessionPerTest();
let files: ReturnType<typeof makeHostileFiles>;
const file = (name: string) => files.file(name);
beforeAll(() => {
  files = makeHostileFiles();
});
afterAll(() => files.remove());

describe('big and hostile input', () => {
  const refused: [string, string, RegExp][] = [
    ['empty.csv', 'empty', /filen er tom/],
    ['image.csv', 'binary', /ikke en tekstfil \(PNG\)/],
    ['archive.csv', 'not-workbook', /ikke en læsbar Excel-projektmappe/],
    ['one-line.csv', 'line-too-long', /første linje er 1,0 MB lang uden linjeskift; en overskriftslinje må højst være 64 KB/],
    ['headers-only.csv', 'headers-only', /kun overskrifter \(13 kolonner\) og ingen rækker/],
    ['wide.csv', 'too-many-columns', /100\.000 kolonner; højst 2\.000/],
    ['huge.csv', 'too-large', /filen fylder 2,0 GB; denne browser kan højst importere \d+,\d MB/],
  ];

  // One cold start, the CSP watched throughout: every hostile file in turn on the demo, then the markup file that
  // does load, every screen, an import and a PNG export, and last a wasm trap that restarts the engine.
  it(`${refused.map(([name]) => name).join(', ')} are each refused with a specific message and nothing is loaded; markup and javascript: URLs in cells show as text on the Data screen, in the rejects table and in trace rows; no CSP violation while every screen loads, a file is imported and a chart is exported as PNG; a real wasm trap (stack overflow in DuckDB) restarts the engine and restores the imported data set`, async () => {
    const { page, context } = session();
    const violations: string[] = [];
    context.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`),
      ),
    );
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(baseUrl());
    await ready(page);
    const before = await options(page);
    const error = page.getByTestId('import-error');
    for (const [name, code, message] of refused) {
      await page.getByTestId('import-file').setInputFiles(file(name));
      await expect.poll(() => error.getAttribute('data-code'), { timeout: 60000, message: name }).toBe(code);
      expect(await error.textContent(), name).toMatch(message);
      expect(await options(page), name).toEqual(before);
      const [staged] = await sql<{ n: number }>(
        page,
        "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'import_staged'",
      );
      expect(staged?.n, name).toBe(0);
      await expect.poll(() => figure(page), { message: name }).toBe('90000000');
    }

    // Markup and javascript: URLs in cells are shown as text.
    await page.getByTestId('import-file').setInputFiles(file('hostile.csv'));
    const rejects = page.getByTestId('import-rejects');
    await rejects.waitFor({ timeout: 60000 });
    expect(await rejects.locator('td', { hasText: XSS.rejected }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
    // Trace rows behind the national potential list company names.
    await page.getByTestId('how-national_potential').click();
    const trace = page.getByTestId('trace-reported-rows');
    await trace.waitFor({ timeout: 30000 });
    // The drawer can open on the figure the previous data set's cells drew while the new set's model input loads
    // (placeholder data), and the rows query follows the figure: polled until the hostile set's row is listed.
    await expect.poll(() => trace.locator('td', { hasText: XSS.img }).count(), { timeout: 60000 }).toBe(1);
    await page.keyboard.press('Escape');
    // The Data screen: projects (titles) and companies (names).
    await openScreen(page, 'data');
    await page.getByRole('tab', { name: 'Projekter' }).click();
    await expect.poll(() => page.getByText(XSS.script, { exact: true }).count(), { timeout: 30000 }).toBe(1);
    expect(await page.getByText(XSS.js, { exact: true }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Virksomheder' }).click();
    await expect.poll(() => page.getByText(XSS.img, { exact: true }).count(), { timeout: 30000 }).toBe(1);
    expect(await page.getByText('<a href="javascript:alert(4)">klik</a>', { exact: true }).count()).toBe(1);
    // Nothing was turned into markup: no injected image, link or script, and no dialog fired.
    expect(await page.locator('img[src="x"], img[src="y"], a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length)).toBe(0);
    expect(dialogs).toEqual([]);

    // No CSP violation while every screen loads, a file is imported and a chart is exported as PNG.
    for (const screen of SCREENS) {
      await openScreen(page, screen);
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30000 });
      await settled(page);
    }
    await openScreen(page, 'overview');
    const realised = await importSaved(page, ENGLISH);
    const download = page.waitForEvent('download', { timeout: 60000 });
    await page
      .getByRole('button', { name: /^PNG: / })
      .first()
      .click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    expect(violations).toEqual([]);

    // A real wasm trap on top of the imported data set.
    await expect.poll(() => figure(page), { timeout: 30000 }).toBe(String(realised));
    await settled(page);
    // A deeply nested expression, once DuckDB's own depth guard is lifted, overflows the wasm stack: a trap. The
    // call is replayed once on the new instance, where the guard is back, so it then fails as a parser error.
    const trap = await page.evaluate(async () => {
      const db = (globalThis as unknown as { __spilloverDb: { query: (s: string) => Promise<unknown> } }).__spilloverDb;
      await db.query('SET max_expression_depth = 100000000');
      try {
        await db.query(`SELECT ${Array(50000).fill('1').join(' + ')}`);
        return null;
      } catch (e) {
        return String(e);
      }
    });
    expect(trap).toMatch(/Max expression depth limit of 1000 exceeded|Maximum call stack size exceeded/);
    await page.getByTestId('engine-restarted').waitFor({ timeout: 60000 });
    const restarts = await page.evaluate(
      () => (globalThis as unknown as { __spilloverDb: { restartCount: number } }).__spilloverDb.restartCount,
    );
    expect(restarts).toBeGreaterThanOrEqual(1);
    // The new instance has the imported rows (not only the demo), and the lifted guard is gone with the old one.
    const [active] = await sql<{ n: number; s: number }>(
      page,
      "SELECT count(*) AS n, sum(annual_gain_dkk) FILTER (WHERE status = 'realised') AS s FROM reported_gains",
    );
    expect(active?.s).toBe(realised);
    const [depth] = await sql<{ v: string }>(page, "SELECT current_setting('max_expression_depth')::VARCHAR AS v");
    expect(depth?.v).toBe('1000');
    expect(await options(page)).toContain('english');
    await expect.poll(() => figure(page), { timeout: 30000 }).toBe(String(realised));
    expect(violations).toEqual([]);
  });
});
