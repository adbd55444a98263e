import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngineServer, type EngineServer } from '../../src/server/http-server';
import { baseUrl, sessionPerTest } from './browser';
import { ENGLISH, importSaved, ready } from './journey-helpers';

const session = sessionPerTest();
let engine: EngineServer;
const data = mkdtempSync(join(tmpdir(), 'e2e-engine-data-'));

beforeAll(async () => {
  // The local engine in-process on a port the system picks, allowing only the app's own origin, with a data folder.
  mkdirSync(join(data, 'partners'));
  copyFileSync(ENGLISH, join(data, 'partners', 'english.csv'));
  engine = await startEngineServer({ port: 0, origins: [new URL(baseUrl()).origin], dataDir: data });
});
afterAll(async () => {
  await engine.close();
  rmSync(data, { recursive: true, force: true });
});

const HEADLINE = ['figure-reported', 'figure-national', 'figure-social', 'figure-bcr'] as const;

describe('the app on the local engine (native DuckDB)', () => {
  it('refuses a wrong token and another origin; connects through the engine switch; imports english.csv, sent and from the engine’s data folder, with the same headline as the browser engine; a year cross-filter and a console query run on the local engine', async () => {
    // Refusals, as plain HTTP requests.
    expect((await fetch(`${engine.url}/health`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    const evil = await fetch(`${engine.url}/session`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${engine.token}`, Origin: 'http://127.0.0.1:1' },
    });
    expect(evil.status).toBe(403);

    const page = session().page;
    await page.goto(baseUrl());
    await ready(page);
    const status = page.getByTestId('engine-status');
    expect(await status.getAttribute('data-engine')).toBe('browser');
    const value = (id: string) => page.getByTestId(id).first().getAttribute('data-value');
    const headline = async () => Promise.all(HEADLINE.map(value));

    // The browser engine's figures for the file.
    await importSaved(page, ENGLISH);
    const inBrowser = await headline();
    expect(Number(inBrowser[0])).toBeGreaterThan(0);

    // A wrong token is refused in the UI too, and the app stays on the browser engine.
    await page.getByTestId('engine-switch').selectOption('local');
    await page.getByTestId('engine-address').fill(engine.url);
    await page.getByTestId('engine-token').fill('not-the-token');
    await page.getByTestId('engine-connect').click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('failed');
    expect(await status.textContent()).toMatch(/Forkert nøgle/);
    expect(await status.getAttribute('data-engine')).toBe('browser');

    await page.getByTestId('engine-token').fill(engine.token);
    await page.getByTestId('engine-connect').click();
    await expect.poll(() => status.getAttribute('data-engine'), { timeout: 60000 }).toBe('local');
    expect(await status.textContent()).toMatch(/DuckDB v1\.4\.3/);
    await ready(page);
    // The local engine starts on the demo, like the browser: its own import of the same file gives the same figures.
    await expect.poll(() => value('figure-reported'), { timeout: 60000 }).toBe('90000000');
    await importSaved(page, ENGLISH);
    await expect.poll(headline, { timeout: 60000 }).toEqual(inBrowser);

    // The same file from the engine's data folder, read where it lies (the page never holds it): the same figures.
    if ((await page.getByTestId('import-open').getAttribute('aria-expanded')) !== 'true')
      await page.getByTestId('import-open').click();
    const listed = page.getByTestId('engine-data-files').locator('li[data-path="partners/english.csv"]');
    await listed.waitFor({ timeout: 60000 });
    await listed.getByTestId('engine-data-import').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60000 });
    await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
    await expect.poll(headline, { timeout: 60000 }).toEqual(inBrowser);

    // A report filter on one year re-runs the chain on the local engine.
    const years = page.getByTestId('breakdown-year');
    const toggle = years.getByRole('button', { name: 'Vis som tabel' });
    if ((await toggle.count()) > 0) await toggle.click();
    await years.getByRole('button', { name: '2019' }).click();
    const scope = page.getByTestId('filter-scope');
    await scope.waitFor({ timeout: 60000 });
    await expect.poll(() => scope.getAttribute('data-reports-selected')).toBe('4');
    expect(Number(await scope.getAttribute('data-reports-total'))).toBe(20);
    await expect.poll(() => value('figure-reported').then(Number)).toBeLessThan(Number(inBrowser[0]));
    await page.getByRole('button', { name: /Fjern filter/ }).click();
    await expect.poll(() => value('figure-reported')).toBe(inBrowser[0]);

    // The console on the local engine: a read, and a refusal.
    await page.getByRole('link', { name: /SQL/ }).click();
    await page.getByTestId('sql-editor').waitFor();
    await page
      .getByTestId('sql-editor')
      .fill("SELECT count(*) AS n, version() AS v FROM reported_gains WHERE status = 'realised'");
    await page.getByTestId('sql-run').click();
    const count = page.getByTestId('sql-rowcount');
    await count.waitFor({ timeout: 60000 });
    expect(Number(await count.getAttribute('data-value'))).toBe(1);
    await expect.poll(() => page.getByTestId('sql-result').textContent()).toMatch(/v1\.4\.3/);

    // Back to the browser engine: its own data, untouched.
    await page.getByTestId('engine-switch').selectOption('browser');
    await expect.poll(() => status.getAttribute('data-engine')).toBe('browser');
  });
});
