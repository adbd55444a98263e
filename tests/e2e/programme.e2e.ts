import { describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';

const FIXTURES = 'tests/fixtures/programme';
const session = sessionPerTest();

async function open(query = '') {
  const page = session().page;
  await page.goto(`${baseUrl()}${query}#/programme`);
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 30000 });
  await expect.poll(() => page.getByTestId('kpi-members').getAttribute('data-value'), { timeout: 30000 }).not.toBe('');
  return page;
}

describe('programme profile', () => {
  it('shows 220 members in the latest year and MADE SPIR leverage 1,87 (Danish)', async () => {
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
  });

  it('the 2017 view: 109 members, 2,213 participants in innovation activities; the year is shared with the Overview', async () => {
    const page = await open();
    await page.getByTestId('programme-year').selectOption('2017');
    await expect.poll(() => page.getByTestId('kpi-members').getAttribute('data-value')).toBe('109');
    const innovation = page.getByTestId('kind-innovation_activity');
    await expect.poll(() => innovation.getAttribute('data-participants')).toBe('2213');
    expect(await innovation.getAttribute('data-activities')).toBe('34');
    expect(new URL(page.url()).searchParams.get('f.year')).toBe('2017');
    // The Overview opened with this URL applies the same year filter, and back again.
    await page.getByRole('link', { name: 'Overblik' }).click();
    await page.getByTestId('figure-national').waitFor();
    expect(new URL(page.url()).searchParams.get('f.year')).toBe('2017');
    await page.getByRole('link', { name: 'Programprofil' }).click();
    await expect.poll(() => page.getByTestId('kpi-members').getAttribute('data-value'), { timeout: 20000 }).toBe('109');
  });

  it('reads in English', async () => {
    const page = await open('?lang=en');
    await page.getByRole('heading', { name: 'Programme profile' }).waitFor();
    await expect.poll(() => page.getByTestId('kpi-leverage').textContent()).toBe('1.87');
    expect(await page.getByTestId('kpi-members').textContent()).toBe('220');
    await page.getByRole('button', { name: 'Dansk', exact: true }).click();
    await expect.poll(() => page.getByTestId('kpi-leverage').textContent()).toBe('1,87');
    await page.getByRole('heading', { name: 'Programprofil' }).waitFor();
  });

  it('rejects a funding file\'s bad row with its line and reason, loads the rest, and goes back to the demo table', async () => {
    const page = await open();
    await page.getByTestId('programme-import-table').selectOption('funding');
    await page.getByTestId('programme-import-file').setInputFiles(`${FIXTURES}/funding-bad-row.csv`);
    const summary = page.getByTestId('programme-import-summary');
    await summary.waitFor({ timeout: 30000 });
    expect(await summary.getAttribute('data-rows-in')).toBe('3');
    expect(await summary.getAttribute('data-rows-loaded')).toBe('2');
    expect(await summary.getAttribute('data-rows-rejected')).toBe('1');
    expect(await page.getByTestId('programme-import-rejects').locator('li').allTextContents()).toEqual(['line 4, cash_dkk: "lots" is not an amount ≥ 0']);
    const programmes = page.getByTestId('programme-select').locator('option');
    await expect.poll(() => programmes.allTextContents()).toEqual(['MADE SPIR']);
    // Kept across a reload until reset.
    await page.reload();
    await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 30000 });
    await expect.poll(() => programmes.allTextContents(), { timeout: 20000 }).toEqual(['MADE SPIR']);
    await page.getByTestId('programme-import-reset').click();
    await expect.poll(() => programmes.allTextContents(), { timeout: 20000 }).toEqual(['MADE SPIR', 'MADE (May 2017)']);
  });
});
