import { describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';

const FIXTURES = 'tests/fixtures/programme';
const session = sessionPerTest();

async function open() {
  const page = session().page;
  await page.goto(`${baseUrl()}#/programme`);
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 60000 });
  await expect.poll(() => page.getByTestId('kpi-members').getAttribute('data-value'), { timeout: 60000 }).not.toBe('');
  return page;
}

describe('programme profile', () => {
  // One cold start for the reading, then the import (with the reload that shows it is kept).
  it("shows 220 members in the latest year and MADE SPIR leverage 1,87 (Danish); reads in English; the 2017 view (109 members, 2,213 participants in innovation activities) shares its year with the Overview; rejects a funding file's bad row with its line and reason, loads the rest, keeps it across a reload and goes back to the demo table", async () => {
    const page = await open();
    await page.getByRole('heading', { name: 'Programprofil' }).waitFor();
    expect(await page.getByTestId('programme-year').inputValue()).toBe('2020');
    expect(await page.getByTestId('kpi-members').getAttribute('data-value')).toBe('220');
    const leverage = page.getByTestId('kpi-leverage');
    await expect.poll(() => leverage.getAttribute('data-value')).not.toBe('');
    expect(Number(await leverage.getAttribute('data-value'))).toBeCloseTo(1.8672, 4);
    expect(await leverage.textContent()).toBe('1,87');
    expect(Number(await page.getByTestId('kpi-participants').getAttribute('data-value'))).toBeGreaterThan(0);
    await page.getByTestId('chart-funding').waitFor();
    expect(await page.getByTestId('programme-provenance').textContent()).toMatch(/syntetiske/);

    // Reads in English, and back in Danish.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: 'Programme profile' }).waitFor();
    await expect.poll(() => leverage.textContent()).toBe('1.87');
    expect(await page.getByTestId('kpi-members').textContent()).toBe('220');
    await page.getByRole('button', { name: 'Dansk', exact: true }).click();
    await expect.poll(() => leverage.textContent()).toBe('1,87');
    await page.getByRole('heading', { name: 'Programprofil' }).waitFor();

    // The 2017 view; the year is shared with the Overview.
    await page.getByTestId('programme-year').selectOption('2017');
    await expect.poll(() => page.getByTestId('kpi-members').getAttribute('data-value')).toBe('109');
    const innovation = page.getByTestId('kind-innovation_activity');
    await expect.poll(() => innovation.getAttribute('data-participants')).toBe('2213');
    expect(await innovation.getAttribute('data-activities')).toBe('34');
    // page.url() follows the page's replaceState by a protocol event of its own, not by the DOM: polled.
    const year = () => new URL(page.url()).searchParams.get('f.year');
    await expect.poll(year).toBe('2017');
    // The Overview opened with this URL applies the same year filter, and back again.
    await page.getByRole('link', { name: 'Overblik' }).click();
    await page.getByTestId('figure-national').waitFor();
    await expect.poll(year).toBe('2017');
    await page.getByRole('link', { name: 'Programprofil' }).click();
    await expect.poll(() => page.getByTestId('kpi-members').getAttribute('data-value'), { timeout: 60000 }).toBe('109');

    // A funding file's bad row: back in the latest year first, as the screen opens.
    await page.getByTestId('programme-year').selectOption('2020');
    await expect.poll(() => page.getByTestId('kpi-members').getAttribute('data-value')).toBe('220');
    await page.getByTestId('programme-import-table').selectOption('funding');
    await page.getByTestId('programme-import-file').setInputFiles(`${FIXTURES}/funding-bad-row.csv`);
    const summary = page.getByTestId('programme-import-summary');
    await summary.waitFor({ timeout: 60000 });
    expect(await summary.getAttribute('data-rows-in')).toBe('3');
    expect(await summary.getAttribute('data-rows-loaded')).toBe('2');
    expect(await summary.getAttribute('data-rows-rejected')).toBe('1');
    expect(
      await page
        .getByTestId('programme-import-rejects')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-line'), tr.lastElementChild?.textContent])),
    ).toEqual([['4', 'line 4, cash_dkk: "lots" is not an amount ≥ 0']]);
    const programmes = page.getByTestId('programme-select').locator('option');
    await expect.poll(() => programmes.allTextContents()).toEqual(['MADE SPIR']);
    // Kept across a reload until reset.
    await page.reload();
    await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 60000 });
    await expect.poll(() => programmes.allTextContents(), { timeout: 60000 }).toEqual(['MADE SPIR']);
    await page.getByTestId('programme-import-reset').click();
    await expect.poll(() => programmes.allTextContents(), { timeout: 60000 }).toEqual(['MADE SPIR', 'MADE (maj 2017)']);
  });
});
