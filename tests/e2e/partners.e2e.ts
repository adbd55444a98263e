import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';
import { HEADER, figure, ready } from './journey-helpers';

const session = sessionPerTest();
const dir = mkdtempSync(join(tmpdir(), 'spillover-partners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Partner A in the canonical format; partner B in its own words: a title line above Danish headers the app does not
// know, `;`, and a status of "Ja"/"Nej". Its first row repeats one of A's (a duplicate, skipped and counted apart).
const partnerA = file(
  'partner-a.csv',
  `${HEADER}\nPA1,Robot,automation,CA1,Firma A,25,40,10,10-49,2022,productivity,1000000,realised\nPA2,Robot,automation,CA2,Firma B,25,12,,10-49,2022,productivity,500000,expected\n`,
);
const partnerB = file(
  'partner-b.csv',
  `Gevinster indberettet af partner B;;;;;;;;;
proj;emne;firma;navn;branche;ansatte;aar;art;beloeb;opnaaet
PA1;automation;CA1;Firma A;25;40;2022;productivity;1000000;Ja
PB1;automation;CB1;Firma C;28;60;2023;Produktivitet;2500000;Ja
PB2;automation;CB2;Firma D;28;300;2023;Energi;750000;Nej
PB3;automation;CB3;Firma E;28;20;2023;Energi;mange;Ja
`,
);
const B_COLUMNS: Record<string, string> = {
  project_id: 'proj',
  theme: 'emne',
  company_id: 'firma',
  company_name: 'navn',
  nace: 'branche',
  employees: 'ansatte',
  year: 'aar',
  gain_type: 'art',
  annual_gain_dkk: 'beloeb',
  status: 'opnaaet',
};

describe('partners', () => {
  it('appends a second partner’s file after finding its header row under a title and mapping its columns and Ja/Nej values (confidence, preview, mapping JSON; totals add up on the Overview, the duplicate counted apart, both files listed), downloads its rejects as XLSX, fixes its rejected row by a replace-all (the total follows), removes the fixed file again, and the Data screen’s export imports again as the same rows and total', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    await ready(page);

    await page.getByTestId('import-file').setInputFiles(partnerA);
    const summary = page.getByTestId('import-summary');
    await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
    expect(await summary.getAttribute('data-realised-total')).toBe('1000000');

    // Partner B, appended: the mapping step opens for its headers and values.
    await page.getByTestId('import-mode-append').dispatchEvent('click');
    await page.getByTestId('import-file').setInputFiles(partnerB);
    await page.getByTestId('import-mapping').waitFor({ timeout: 60000 });
    // The title line is skipped (the headers found on line 2, and said so); each suggestion shows how sure it is.
    expect(await page.getByTestId('mapping-header-row').inputValue()).toBe('2');
    await page.getByTestId('mapping-header-detected').waitFor();
    expect(await page.getByTestId('map-column-theme').getAttribute('data-confidence')).toBe('synonym');
    expect(await page.getByTestId('map-column-project_id').getAttribute('data-confidence')).toBe('guess');
    expect(await page.getByTestId('map-column-nace').getAttribute('data-confidence')).toBe('exact');
    for (const [canonical, column] of Object.entries(B_COLUMNS))
      await page.getByTestId(`map-column-${canonical}`).selectOption(column);
    // The status column's values are read from the staged rows once it is mapped: polled, not read once.
    const values = page.getByTestId('map-value-status');
    await expect
      .poll(() => values.evaluateAll((rows) => rows.map((r) => [r.dataset.value, r.dataset.chosen])), { timeout: 60000 })
      .toEqual([
        ['Ja', 'realised'],
        ['Nej', 'expected'],
      ]);
    // The first rows as they will load: canonical names, the statuses read.
    const preview = page.getByTestId('mapping-preview');
    await expect
      .poll(() => preview.locator('td[data-column="status"]').allTextContents(), { timeout: 60000 })
      .toEqual(['realised', 'realised', 'expected', 'realised']);
    // The mapping as a JSON file a colleague can reuse.
    const [mappingFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('mapping-export').click()]);
    const mappingPath = join(dir, 'mapping.json');
    await mappingFile.saveAs(mappingPath);
    expect(JSON.parse(readFileSync(mappingPath, 'utf8'))).toMatchObject({
      version: 1,
      headerRow: 2,
      columns: { project_id: 'proj', annual_gain_dkk: 'beloeb', status: 'opnaaet' },
      values: { status: { Ja: 'realised', Nej: 'expected' } },
    });
    await page.getByTestId('mapping-apply').click();
    // Partner A's summary (saved too) stays up until B's replaces it: wait for B's own.
    await page.locator('[data-testid="import-summary"][data-rows-in="4"]').waitFor({ timeout: 60000 });
    await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
    expect(await summary.getAttribute('data-rows-in')).toBe('4');
    expect(await summary.getAttribute('data-rows-loaded')).toBe('2');
    expect(await summary.getAttribute('data-rows-duplicate')).toBe('1');
    expect(await summary.getAttribute('data-rows-rejected')).toBe('1');
    expect(await page.getByTestId('import-rejects').textContent()).toMatch(/mange.*er ikke et tal/);
    const sources = page.getByTestId('dataset-source');
    await expect
      .poll(() => sources.evaluateAll((rows) => rows.map((r) => [r.dataset.file, r.dataset.rows])), { timeout: 60000 })
      .toEqual([
        ['partner-a.csv', '2'],
        ['partner-b.csv', '2'],
      ]);
    // Realised: 1,000,000 (A) + 2,500,000 (B; its copy of A's row skipped).
    await expect.poll(() => figure(page), { timeout: 60000 }).toBe('3500000');

    // The rejected rows for the partner as XLSX (a workbook: a zip); LibreOffice opens it in the unit test.
    await page.getByTestId('rejects-grid').waitFor({ timeout: 60000 });
    expect(await page.getByLabel('beloeb, linje 6').inputValue()).toBe('mange');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rejects-partner-xlsx').click()]);
    const xlsxPath = join(dir, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxPath);
    expect(xlsx.suggestedFilename()).toBe('partner-b-afviste.xlsx');
    expect(readFileSync(xlsxPath).subarray(0, 2).toString()).toBe('PK');
    // The rejected value replaced everywhere in its column: the row moves to loaded and the Overview's total follows.
    await page.getByTestId('reject-replace-column').selectOption('beloeb');
    await page.getByTestId('reject-replace-value').selectOption('mange');
    await page.getByTestId('reject-replace-with').fill('400000');
    await page.getByTestId('reject-replace-all').click();
    await page
      .locator('[data-testid="import-summary"][data-rows-loaded="1"][data-rows-rejected="0"]')
      .waitFor({ timeout: 60000 });
    await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
    await expect.poll(() => figure(page), { timeout: 60000 }).toBe('3900000');
    // The list refetches after the fix, so it is polled rather than read once.
    await expect.poll(() => sources.count(), { timeout: 60000 }).toBe(3);

    // The fixed rows' file removed again: its row leaves the set and the total goes back.
    await page.getByTestId('dataset-source-remove').nth(2).click();
    await page.locator('[data-testid="dataset-source-removed"][data-rows-loaded="4"]').waitFor({ timeout: 60000 });
    await expect.poll(() => sources.count(), { timeout: 60000 }).toBe(2);
    await expect.poll(() => figure(page), { timeout: 60000 }).toBe('3500000');

    // The Data screen's export of reported gains (Danish CSV) imports again as a new data set with the same total.
    await page.evaluate(() => (window.location.hash = '#/data'));
    await page.getByTestId('data-export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('data-export-csv-da').click()]);
    const exported = join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    await page.getByLabel(/^(Tilføj som nyt datasæt|Add as a new data set)$/).dispatchEvent('click');
    await page.getByTestId('import-file').setInputFiles(exported);
    // The earlier summary stays up until this import's replaces it: wait for this one's own.
    await page.locator('[data-testid="import-summary"][data-rows-loaded="4"]').waitFor({ timeout: 60000 });
    await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
    expect(await summary.getAttribute('data-rows-loaded')).toBe('4');
    expect(await summary.getAttribute('data-rows-rejected')).toBe('0');
    expect(await summary.getAttribute('data-realised-total')).toBe('3500000');
    expect(await summary.getAttribute('data-expected-total')).toBe('1250000');
  });
});
