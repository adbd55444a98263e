import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';
import { ENGLISH, importSaved } from './journey-helpers';

const session = sessionPerTest();
const num = (v: string | null) => Number(v);

describe('scenarios: what-if on the assumptions', () => {
  // One journey: what-if, save and reopen (a reload), a copied URL in a fresh profile (a second context), then goal
  // seek and the comparison from the preset.
  it('halving adoption_ceiling halves figure-national; deadweight 100 makes figure-social 0; the Overview follows; a saved scenario survives a reload and can be reopened; a copied URL opened in a fresh browser profile restores the same figures; goal seek finds the adoption that gives a national potential and applies it; compares scenarios side by side and exports the comparison with its differences; a link made on an imported data set names it in a fresh profile (link-data-mismatch with the file’s hash) until that file is imported there, which shows the link’s figures; its only file removed, the empty data set explains itself (dataset-empty)', async () => {
    const page = session().page;
    await page.goto(`${baseUrl()}#/scenarios`);
    const national = page.getByTestId('figure-national');
    await expect.poll(() => national.getAttribute('data-value').then(num), { timeout: 60000 }).toBeGreaterThan(0);
    const before = num(await national.getAttribute('data-value'));
    const field = page.getByTestId('param-adoption_ceiling');
    expect(await field.inputValue()).toBe('100');
    await field.fill('50');
    await expect.poll(() => national.getAttribute('data-value').then(num)).toBeCloseTo(before / 2, 0);
    await page.getByTestId('param-deadweight').fill('100');
    await expect.poll(() => page.getByTestId('figure-social').getAttribute('data-value').then(num)).toBe(0);
    // An impossible value stays at the field; the figures keep the last valid scenario.
    await page.getByTestId('param-leakage').fill('120');
    await page.getByTestId('param-error-leakage').waitFor();
    expect(new URL(page.url()).searchParams.get('p.leakage')).toBeNull();
    await page.getByRole('link', { name: 'Overblik' }).click();
    await expect.poll(() => page.getByTestId('figure-national').getAttribute('data-value').then(num)).toBeCloseTo(before / 2, 0);
    expect(num(await page.getByTestId('figure-social').getAttribute('data-value'))).toBe(0);

    // A saved scenario survives a reload and can be reopened.
    await page.getByRole('link', { name: 'Scenarier' }).click();
    await page.getByTestId('param-adoption_ceiling').fill('40');
    await page.getByTestId('scenario-name').fill('Forty percent adoption');
    await page.getByTestId('scenario-save').click();
    await page.getByTestId('saved-scenario').first().waitFor();
    await page.goto(`${baseUrl()}#/scenarios`); // a clean URL (a new document): only storage can bring it back
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'Forty percent adoption' });
    await item.waitFor({ timeout: 60000 });
    expect(await page.getByTestId('param-adoption_ceiling').inputValue()).toBe('100');
    await item.getByRole('button', { name: 'Åbn Forty percent adoption' }).click();
    await expect.poll(() => page.getByTestId('param-adoption_ceiling').inputValue()).toBe('40');
    expect(await page.getByTestId('active-scenario').textContent()).toContain('Forty percent adoption');

    // A copied URL in a fresh profile (a new browser context: no storage of the first).
    await page.getByTestId('scenario-preset').selectOption('conservative');
    await page.getByTestId('param-transferability').fill('33,3');
    await page.getByTestId('param-horizon_years').fill('15');
    const ids = ['figure-national', 'figure-social', 'figure-npv', 'figure-bcr'];
    await expect
      .poll(() => page.getByTestId('figure-national').getAttribute('data-value').then(num), { timeout: 60000 })
      .toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('p.horizon_years')).toBe('15');
    const figures = await Promise.all(ids.map((id) => page.getByTestId(id).getAttribute('data-value')));
    // The link names its data: the demo's name and the start of its content hash.
    await expect.poll(() => new URL(page.url()).searchParams.get('d.hash'), { timeout: 60000 }).toMatch(/^[0-9a-f]{12}$/);
    const url = page.url();
    const other = await session.another();
    await other.page.goto(url);
    await expect
      .poll(() => other.page.getByTestId('figure-national').getAttribute('data-value'), { timeout: 60000 })
      .toBe(figures[0]);
    expect(await Promise.all(ids.map((id) => other.page.getByTestId(id).getAttribute('data-value')))).toEqual(figures);
    expect(await other.page.getByTestId('param-transferability').inputValue()).toBe('33,3');
    // Absences are read once every query has answered (the data check included), so they could have shown.
    await expect.poll(() => other.page.evaluate(() => document.documentElement.dataset.fetching), { timeout: 60000 }).toBe('0');
    expect(await other.page.getByTestId('saved-scenario').count()).toBe(0);
    expect(await other.page.getByTestId('link-data-mismatch').count()).toBe(0); // the same data on both sides

    // Goal seek, in English, from the damvad-2017 preset: the adoption that gives a quarter of its N.
    await page.getByTestId('scenario-preset').selectOption('damvad-2017');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.getByTestId('param-adoption_ceiling').inputValue()).toBe('100');
    await expect.poll(() => page.getByTestId('param-transferability').inputValue()).not.toBe('33.3');
    await expect.poll(() => new URL(page.url()).searchParams.get('p.horizon_years')).toBeNull();
    await expect.poll(() => national.getAttribute('data-value').then(num), { timeout: 60000 }).toBeGreaterThan(0);
    const full = num(await national.getAttribute('data-value'));
    await page.getByTestId('goal-target').fill(String(Math.round(full / 4)));
    await page.getByTestId('goal-run').click();
    const result = page.getByTestId('goal-result');
    await result.waitFor();
    expect(num(await result.getAttribute('data-value'))).toBeCloseTo(0.25, 4);
    await page.getByTestId('goal-apply').click();
    await expect.poll(() => national.getAttribute('data-value').then(num)).toBeCloseTo(full / 4, -1);
    await page.getByTestId('goal-target').fill(String(full * 3));
    await page.getByTestId('goal-run').click();
    await expect.poll(() => page.getByTestId('goal-none').textContent()).toMatch(/No value of adoption ceiling in its range/);

    // Compare: the current values (adoption 50 %) beside damvad-2017 (100 %).
    await page.getByTestId('param-adoption_ceiling').fill('50');
    const base = page.getByTestId('compare-nationalPotential-0');
    await expect.poll(() => base.getAttribute('data-value').then(num), { timeout: 60000 }).toBeGreaterThan(0);
    await page.getByTestId('compare-pick-preset:optimistic').uncheck();
    await page.getByTestId('compare-pick-preset:damvad-2017').check();
    const damvad = page.getByTestId('compare-nationalPotential-2');
    await expect
      .poll(async () => num(await damvad.getAttribute('data-value')) / num(await base.getAttribute('data-value')))
      .toBeCloseTo(2, 6);
    expect(await page.getByTestId('compare-params').textContent()).toContain('Adoption ceiling');
    await page.getByTestId('compare-export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-csv').click()]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toContain('figure,label,unit,Current values');
    expect(lines.find((l) => l.startsWith('nationalPotential,'))).toBeTruthy();
    expect(download.suggestedFilename()).toMatch(/scenario-comparison/);

    // A link made on an imported data set, opened in the fresh profile (the demo there): the app says which data the
    // figures come from and which file to import (its SHA-256, as `sha256sum` gives it), never silently the demo's;
    // importing that file there brings the link's own figures.
    const onDemo = await national.getAttribute('data-value');
    await importSaved(page, ENGLISH);
    const demoHash = new URL(url).searchParams.get('d.hash');
    await expect.poll(() => new URL(page.url()).searchParams.get('d.name')).toBe('english');
    await expect.poll(() => national.getAttribute('data-value'), { timeout: 60000 }).not.toBe(onDemo);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fetching)).toBe('0');
    const onEnglish = await Promise.all(ids.map((id) => page.getByTestId(id).getAttribute('data-value')));
    const onImport = new URL(page.url());
    expect(onImport.searchParams.get('d.hash')).not.toBe(demoHash);
    const fileHash = createHash('sha256').update(readFileSync(ENGLISH)).digest('hex').slice(0, 12);
    expect(onImport.searchParams.get('d.files')).toBe(fileHash);
    await other.page.goto(onImport.href);
    const mismatch = other.page.getByTestId('link-data-mismatch');
    await mismatch.waitFor({ timeout: 60000 });
    expect(await mismatch.getAttribute('data-link-hash')).toBe(onImport.searchParams.get('d.hash'));
    expect((await mismatch.getAttribute('data-active-hash'))?.slice(0, 12)).toBe(demoHash);
    const said = (await mismatch.textContent()) ?? '';
    expect(said).toContain('Linket blev lavet på datasættet «english»');
    expect(said).toContain('Tallene her kommer fra «MADE SPIR (demo)»');
    expect(said).toContain(`Importér filen med SHA-256 ${fileHash}…`);
    // No stored data set has the link's hash here: no switch is offered (read once the stored list has answered).
    await expect.poll(() => other.page.evaluate(() => document.documentElement.dataset.fetching), { timeout: 60000 }).toBe('0');
    expect(await other.page.getByTestId('link-data-switch').count()).toBe(0);
    await importSaved(other.page, ENGLISH);
    await mismatch.waitFor({ state: 'detached', timeout: 60000 });
    await expect
      .poll(() => other.page.getByTestId('figure-national').getAttribute('data-value'), { timeout: 60000 })
      .toBe(onEnglish[0]);
    expect(await Promise.all(ids.map((id) => other.page.getByTestId(id).getAttribute('data-value')))).toEqual(onEnglish);

    // Its only file removed, the data set is empty: the screen explains that instead of drawing 0 kr. figures.
    await other.page.getByTestId('dataset-source-remove').click();
    const empty = other.page.locator('[data-testid="dataset-empty"][data-reason="no-rows"]');
    await empty.waitFor({ timeout: 60000 });
    expect(await other.page.getByTestId('figure-national').count()).toBe(0);
    expect(await empty.textContent()).toContain('Datasættet «english» har ingen rækker');
  });
});
