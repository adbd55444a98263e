import { describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';

const session = sessionPerTest();

describe('overview cross-filter', () => {
  it('filters the headline by a clicked theme, shows a removable chip, keeps it in the URL, and clears', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 20000 });
    const reported = page.getByTestId('figure-reported');
    await expect.poll(() => reported.getAttribute('data-value')).toBe('90000000');
    const themeChart = page.getByRole('figure', { name: /Efter tema/ }).first();
    await themeChart.getByRole('button', { name: 'Vis som tabel' }).click();
    await themeChart.getByRole('button', { name: 'robotics_automation' }).click();
    await page.getByTestId('chip-theme').waitFor();
    expect(await page.getByTestId('chip-theme').getAttribute('data-value')).toBe('robotics_automation');
    expect(new URL(page.url()).searchParams.get('f.theme')).toBe('robotics_automation');
    await expect.poll(() => reported.getAttribute('data-value').then(Number)).toBeLessThan(90_000_000);
    const filtered = Number(await reported.getAttribute('data-value'));
    expect(filtered).toBeGreaterThan(0);
    // The same URL opens the same view.
    await page.reload();
    await expect.poll(() => reported.getAttribute('data-value').then(Number), { timeout: 20000 }).toBe(filtered);
    await page.getByRole('button', { name: /Fjern filter Tema/ }).click();
    await expect.poll(() => reported.getAttribute('data-value')).toBe('90000000');
    expect(new URL(page.url()).searchParams.get('f.theme')).toBeNull();
  });
});
