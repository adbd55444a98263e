import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeXlsx, type XlsxValue } from '../../src/ingest/xlsx-write';
import { baseUrl, sessionPerTest, settled } from './browser';
import { ready } from './journey-helpers';

const FIXTURES = 'tests/fixtures/import';
const session = sessionPerTest();

/** A workbook of `n` reported gains made from english.csv's rows, numbers as typed cells; with its realised total. */
function bigWorkbook(n: number): { path: string; realised: number; remove: () => void } {
  const parsed = Papa.parse<string[]>(readFileSync(`${FIXTURES}/english.csv`, 'utf8').trim(), { header: false });
  const [header = [], ...body] = parsed.data;
  const numeric = new Set(['nace', 'employees', 'affected_employees', 'year', 'annual_gain_dkk']);
  let realised = 0;
  const rows: XlsxValue[][] = Array.from({ length: n }, (_, i) => {
    const cells = body[i % body.length] ?? [];
    const row = header.map((h, c): XlsxValue => {
      const v = cells[c] ?? '';
      if (h === 'project_id') return `P${10_000 + i}`;
      if (v === '') return null;
      return numeric.has(h) ? Number(v) : v;
    });
    if (cells[header.indexOf('status')] === 'realised') realised += Number(cells[header.indexOf('annual_gain_dkk')]);
    return row;
  });
  const dir = mkdtempSync(join(tmpdir(), 'spillover-xlsx-'));
  const path = join(dir, 'partners.xlsx');
  writeFileSync(path, writeXlsx([{ name: 'Gevinster', widths: header.map(() => 12), rows: [header, ...rows] }]));
  return { path, realised, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function importFile(file: string) {
  await ready(session().page);
  await session()
    .page.getByTestId('import-file')
    .setInputFiles(file.includes('/') ? file : `${FIXTURES}/${file}`);
  const summary = session().page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 60000 });
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
  // One journey: two files to identical totals, a reload that brings the saved data set back, a file with bad
  // rows, then the population table (which acts on whichever data set is active).
  it('imports a Danish Excel export (Windows-1252, ;, decimal comma, CRLF) and its English twin to identical totals; brings the imported data set back after a reload; shows the exact rejected count and lines for a file with bad rows; a population table replaces the national reference, recomputes the figures, and can go back to the bundled estimate; a partner’s 20,000-row workbook (typed cells) loads whole, totals exact, with no CSP violation', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    const da = await importFile('danish-excel.csv');
    expect(da.rejected).toBe(0);
    expect(da.loaded).toBe(da.rowsIn);
    await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
    await da.summary.waitFor({ state: 'hidden' });
    const en = await importFile('english.csv');
    expect(en.rejected).toBe(0);
    expect(en.loaded).toBe(da.loaded);
    expect(en.realised).toBe(da.realised);
    await expect.poll(() => page.getByTestId('figure-reported').getAttribute('data-value')).toBe(String(en.realised));

    // Brings the imported data set back after a reload.
    await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
    await page.reload();
    await expect
      .poll(() => page.getByTestId('figure-reported').getAttribute('data-value'), { timeout: 60000 })
      .toBe(String(en.realised));
    // The list is its own query: it can still show its start-up placeholder when the figure is already live.
    await expect
      .poll(() => page.getByTestId('dataset-select').locator('option').allTextContents(), { timeout: 60000 })
      .toContain('english');

    // The exact rejected count and lines for a file with bad rows.
    const expected = JSON.parse(readFileSync(`${FIXTURES}/with-bad-rows.expected.json`, 'utf8')) as {
      rowsIn: number;
      rowsLoaded: number;
      rowsRejected: number;
      rejectedLines: number[];
    };
    const r = await importFile('with-bad-rows.csv');
    expect([r.rowsIn, r.loaded, r.rejected]).toEqual([expected.rowsIn, expected.rowsLoaded, expected.rowsRejected]);
    const lines = await page
      .getByTestId('import-rejects')
      .locator('tbody tr')
      .evaluateAll((trs) => [...new Set(trs.map((tr) => Number(tr.getAttribute('data-line'))))]);
    expect(lines).toEqual(expected.rejectedLines);
    await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
    await r.summary.waitFor({ state: 'hidden' });

    // The population table replaces the national reference, recomputes the figures, and can go back.
    await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 60000 });
    const n = page.getByTestId('figure-national');
    await expect.poll(() => n.getAttribute('data-value').then(Number), { timeout: 60000 }).toBeGreaterThan(0);
    await settled(page);
    const before = await n.getAttribute('data-value');
    await page.getByLabel(/Ny populationstabel|New population table/).check();
    await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/population-subset.csv`);
    const summary = page.getByTestId('population-summary');
    await summary.waitFor({ timeout: 60000 });
    expect(await summary.getAttribute('data-rows-in')).toBe('41');
    expect(await summary.getAttribute('data-rows-loaded')).toBe('40');
    expect(await summary.getAttribute('data-rows-rejected')).toBe('1');
    await expect.poll(() => n.getAttribute('data-value'), { timeout: 30000 }).not.toBe(before);
    await page.getByRole('button', { name: /medfølgende estimattabel|bundled estimate/ }).click();
    await expect.poll(() => n.getAttribute('data-value'), { timeout: 30000 }).toBe(before);

    // A partner's 20,000-row workbook loads whole within the app's CSP (its unzip once needed a blob: worker).
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    const book = bigWorkbook(20_000);
    try {
      await page.getByLabel(/Tilføj som nyt datasæt|Add as a new data set/).check();
      const x = await importFile(book.path);
      expect([x.rowsIn, x.loaded, x.rejected]).toEqual([20_000, 20_000, 0]);
      expect(x.realised).toBeCloseTo(book.realised, 2);
    } finally {
      book.remove();
    }
    expect(csp).toEqual([]);
  });
});
