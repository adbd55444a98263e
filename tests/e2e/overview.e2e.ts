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

describe('overview headline and trace', () => {
  it('shows 90,0 mio. → 8,4 mia. → 6,1 mia. kr. (813 mio. EUR), and DKK 8.4bn in English', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    const text = (id: string) => page.getByTestId(id).textContent();
    await expect.poll(() => text('figure-reported')).toBe('90,0 mio. kr.');
    await expect.poll(() => text('figure-national')).toBe('8,4 mia. kr.');
    expect(await text('figure-social')).toBe('6,1 mia. kr.');
    expect(await text('figure-social-eur')).toBe('813 mio. EUR');
    for (const id of ['figure-national', 'figure-social', 'figure-npv', 'figure-bcr', 'figure-social-eur'])
      expect(Number(await page.getByTestId(id).getAttribute('data-value'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => text('figure-national')).toBe('DKK 8.4bn');
  });

  it('opens the trace of the national potential with the reported rows behind it, summing to the reported figure', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 20000 });
    const reported = Number(await page.getByTestId('figure-reported').getAttribute('data-value'));
    await page.getByTestId('how-national_potential').click();
    const sum = page.getByTestId('trace-rows-sum');
    await sum.waitFor({ timeout: 10000 });
    expect(Number(await sum.getAttribute('data-value'))).toBeCloseTo(reported, 2);
    const rows = await page.getByTestId('trace-reported-rows').locator('tbody tr').count();
    expect(rows).toBe(Number(await sum.getAttribute('data-count')));
  });
});
