import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, sessionPerTest } from './browser';

const session = sessionPerTest();
const num = (v: string | null) => Number(v);

/** Opens the console through the navigation, as a user would, once the engine is up. */
async function openConsole(page: Page) {
  await page.goto(baseUrl());
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 30000 });
  await page.getByRole('link', { name: /SQL/ }).click();
  await page.getByTestId('sql-editor').waitFor();
}

/** Replaces the editor's text by typing it, key by key. */
async function typeQuery(page: Page, sql: string) {
  const editor = page.getByTestId('sql-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(sql);
  await page.keyboard.press('Escape'); // close a completion popup if one is open
}

async function runAndCount(page: Page): Promise<number> {
  await page.getByTestId('sql-run').click();
  const count = page.getByTestId('sql-rowcount');
  await count.waitFor({ timeout: 30000 });
  return num(await count.getAttribute('data-value'));
}

describe('SQL console', () => {
  it('a query over the demo data returns the same total as figure-reported (typed, run with the button and with Ctrl+Enter)', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    const reported = page.getByTestId('figure-reported');
    await expect.poll(() => reported.getAttribute('data-value').then(num), { timeout: 30000 }).toBeGreaterThan(0);
    const figure = num(await reported.getAttribute('data-value'));
    await openConsole(page);
    await typeQuery(page, "SELECT sum(annual_gain_dkk) AS total FROM reported_gains WHERE status = 'realised'");
    expect(await page.getByTestId('sql-editor').textContent()).toBe("SELECT sum(annual_gain_dkk) AS total FROM reported_gains WHERE status = 'realised'");
    expect(await runAndCount(page)).toBe(1);
    const total = num(await page.getByTestId('sql-result').locator('[data-value]').first().getAttribute('data-value'));
    expect(total).toBeCloseTo(figure, 2);

    await typeQuery(page, "SELECT * FROM reported_gains WHERE status = 'realised'");
    await page.getByTestId('sql-editor').press('Control+Enter');
    await expect.poll(() => page.getByTestId('sql-rowcount').getAttribute('data-value').then(num)).toBeGreaterThan(1);
    const ms = num(await page.getByTestId('sql-rowcount').getAttribute('data-ms'));
    expect(ms).toBeGreaterThanOrEqual(0);
    console.log(`[measure] SELECT * realised rows: ${await page.getByTestId('sql-rowcount').getAttribute('data-value')} in ${ms} ms`);
  });

  it('completes table names from the schema while typing', async () => {
    const page = session().page;
    await openConsole(page);
    await page.getByTestId('sql-schema').locator('[data-table="reported_gains"]').waitFor();
    await page.getByTestId('sql-editor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('SELECT * FROM reported_g');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'reported_gains' });
    await option.first().waitFor({ timeout: 5000 });
  });

  it('a malformed query shows DuckDB’s error at its position and the console keeps working', async () => {
    const page = session().page;
    await openConsole(page);
    await typeQuery(page, 'SELECT theme FROM reported_gains WHERE WHERE');
    await page.getByTestId('sql-run').click();
    const error = page.getByTestId('sql-error');
    await error.waitFor();
    expect(await error.getAttribute('data-kind')).toBe('duckdb');
    expect(await error.textContent()).toMatch(/syntax error/i);
    expect(num(await error.getAttribute('data-position'))).toBe('SELECT theme FROM reported_gains WHERE '.length);
    expect(await page.getByTestId('sql-error-mark').textContent()).toBe('WHERE');

    await typeQuery(page, 'SELECT nosuch FROM reported_gains');
    await page.getByTestId('sql-run').click();
    await expect.poll(() => error.textContent()).toMatch(/nosuch/);
    expect(await page.getByTestId('sql-error-mark').textContent()).toBe('nosuch');

    await typeQuery(page, 'SELECT DISTINCT theme FROM reported_gains');
    expect(await runAndCount(page)).toBeGreaterThan(1);
    expect(await error.count()).toBe(0);
  });

  it('refuses to modify the app’s tables but lets the user keep scratch tables', async () => {
    const page = session().page;
    await openConsole(page);
    const before = await (async () => {
      await typeQuery(page, 'SELECT * FROM reported_gains');
      return runAndCount(page);
    })();
    await typeQuery(page, 'DELETE FROM reported_gains');
    await page.getByTestId('sql-run').click();
    const error = page.getByTestId('sql-error');
    await error.waitFor();
    expect(await error.getAttribute('data-kind')).toBe('refused');
    expect(await error.textContent()).toMatch(/reported_gains/);

    await typeQuery(page, "CREATE TABLE my_themes AS SELECT DISTINCT theme FROM reported_gains; SELECT * FROM my_themes");
    expect(await runAndCount(page)).toBeGreaterThan(1);
    await page.getByTestId('sql-schema').locator('[data-table="my_themes"]').waitFor();
    await typeQuery(page, 'SELECT * FROM reported_gains');
    expect(await runAndCount(page)).toBe(before);
  });

  it('cancels a long query and keeps the history across a reload', async () => {
    const page = session().page;
    await openConsole(page);
    await typeQuery(page, 'SELECT count(*) FROM range(20000000000) t(i) WHERE i % 7 = 3');
    await page.getByTestId('sql-run').click();
    await page.getByTestId('sql-running').waitFor();
    await page.waitForTimeout(500); // let it get going: the cancel must interrupt a query in mid-run
    const t0 = Date.now();
    await page.getByTestId('sql-cancel').click();
    const error = page.getByTestId('sql-error');
    await error.waitFor({ timeout: 20000 });
    const cancelMs = Date.now() - t0;
    console.log(`[measure] cancel → console idle: ${cancelMs} ms`);
    expect(await error.getAttribute('data-kind')).toBe('cancelled');
    expect(cancelMs).toBeLessThan(5000);

    await typeQuery(page, 'SELECT 42 AS answer');
    expect(await runAndCount(page)).toBe(1);
    await page.reload();
    await page.getByTestId('sql-editor').waitFor();
    const options = await page.getByTestId('sql-history').locator('option').allTextContents();
    expect(options.some((o) => o.includes('SELECT 42 AS answer'))).toBe(true);
    expect(options.some((o) => o.includes('range(20000000000)'))).toBe(true);
  });
});
