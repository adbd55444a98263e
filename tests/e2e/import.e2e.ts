import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';

const FIXTURES = 'tests/fixtures/import';
const session = sessionPerTest();

async function importFile(file: string) {
  await session().page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 20000 });
  await session().page.getByTestId('import-file').setInputFiles(`${FIXTURES}/${file}`);
  const summary = session().page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 30000 });
  const attr = async (name: string) => Number(await summary.getAttribute(name));
  return {
    rowsIn: await attr('data-rows-in'),
    loaded: await attr('data-rows-loaded'),
    rejected: await attr('data-rows-rejected'),
    realised: await attr('data-realised-total'),
    summary,
  };
}

describe('import', () => {
  it('imports a Danish Excel export (Windows-1252, ;, decimal comma, CRLF) and its English twin to identical totals', async () => {
    await session().page.goto(baseUrl());
    const da = await importFile('danish-excel.csv');
    expect(da.rejected).toBe(0);
    expect(da.loaded).toBe(da.rowsIn);
    await session().page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
    const en = await importFile('english.csv');
    expect(en.rejected).toBe(0);
    expect(en.loaded).toBe(da.loaded);
    expect(en.realised).toBe(da.realised);
    await expect.poll(() => session().page.getByTestId('figure-reported').getAttribute('data-value')).toBe(String(en.realised));
  });

  it('shows the exact rejected count and lines for a file with bad rows', async () => {
    const expected = JSON.parse(readFileSync(`${FIXTURES}/with-bad-rows.expected.json`, 'utf8')) as {
      rowsIn: number;
      rowsLoaded: number;
      rowsRejected: number;
      rejectedLines: number[];
    };
    await session().page.goto(baseUrl());
    const r = await importFile('with-bad-rows.csv');
    expect([r.rowsIn, r.loaded, r.rejected]).toEqual([expected.rowsIn, expected.rowsLoaded, expected.rowsRejected]);
    const lines = await session().page.getByTestId('import-rejects').locator('tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => Number(tr.getAttribute('data-line'))))]);
    expect(lines).toEqual(expected.rejectedLines);
  });

  it('brings an imported data set back after a reload', async () => {
    await session().page.goto(baseUrl());
    const en = await importFile('english.csv');
    await session().page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 20000 });
    await session().page.reload();
    await expect.poll(() => session().page.getByTestId('figure-reported').getAttribute('data-value'), { timeout: 20000 }).toBe(String(en.realised));
    const options = await session().page.getByTestId('dataset-select').locator('option').allTextContents();
    expect(options).toContain('english');
  });
});

describe('population table import', () => {
  it('replaces the national reference, recomputes the figures, and can go back to the bundled estimate', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 20000 });
    const n = page.getByTestId('figure-national');
    const before = await n.getAttribute('data-value');
    await page.getByLabel(/Ny populationstabel|New population table/).check();
    await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/population-subset.csv`);
    const summary = page.getByTestId('population-summary');
    await summary.waitFor({ timeout: 30000 });
    expect(await summary.getAttribute('data-rows-in')).toBe('41');
    expect(await summary.getAttribute('data-rows-loaded')).toBe('40');
    expect(await summary.getAttribute('data-rows-rejected')).toBe('1');
    await expect.poll(() => n.getAttribute('data-value'), { timeout: 10000 }).not.toBe(before);
    await page.getByRole('button', { name: /medfølgende estimattabel|bundled estimate/ }).click();
    await expect.poll(() => n.getAttribute('data-value'), { timeout: 10000 }).toBe(before);
  });
});
