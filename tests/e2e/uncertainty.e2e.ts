import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, sessionPerTest, settled } from './browser';

const session = sessionPerTest();
const num = (v: string | null) => Number(v);

/** Opens the screen in the language the browser has (Danish in a fresh one): no ?lang= that a reload would keep. */
async function open(page: Page) {
  await page.goto(`${baseUrl()}#/uncertainty`);
  await page.getByTestId('mc-run').waitFor({ timeout: 60000 });
}

/** Runs and returns social gain's P10/P50/P90 once the result for this seed is on the page. */
async function runWithSeed(page: Page, seed: string): Promise<number[]> {
  await page.getByTestId('mc-seed').fill(seed);
  await page.getByTestId('mc-run').click();
  await expect.poll(() => page.getByTestId('mc-elapsed').textContent(), { timeout: 60000 }).toContain(`seed ${seed}`);
  return Promise.all(['mc-p10', 'mc-p50', 'mc-p90'].map((id) => page.getByTestId(id).getAttribute('data-value').then(num)));
}

describe('uncertainty: sensitivity and Monte Carlo', () => {
  // One cold start. The long run and its Cancel come first, on a page that has no results yet; the rest in English.
  // Whether the draws cause main-thread long tasks is a timing measurement: `npm run bench` reports it (Monte Carlo
  // 10,000 draws: wall time and long tasks).
  it('the page handles clicks while a long run is in progress, and Cancel stops it; 10,000 draws by default give every result; the same seed gives identical P10/P50/P90 twice (also after a reload of the page); another seed differs; the tornado ranks assumptions for the chosen output and the heat map follows the scenario; invalid settings are shown at the field and block the run', async () => {
    const page = session().page;
    await open(page);
    expect(await page.getByTestId('mc-draws').inputValue()).toBe('10000');
    await settled(page, 60000);
    const elapsed = page.getByTestId('mc-elapsed');

    // A long run: a click on another control is handled while the worker draws, and Cancel stops it.
    await page.getByTestId('mc-draws').fill('200000');
    await page.getByTestId('mc-run').click();
    await expect
      .poll(() => page.getByTestId('mc-progress').getAttribute('data-value').then(num), { timeout: 60000 })
      .toBeGreaterThan(0);
    const toggle = page.getByTestId('dist-show-all');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('mc-cancel').isVisible()).toBe(true);
    await page.getByTestId('mc-cancel').click();
    await expect.poll(() => page.getByTestId('mc-status').textContent()).toMatch(/Annulleret efter/);
    const stoppedAt = num(await page.getByTestId('mc-progress').getAttribute('data-value'));
    expect(stoppedAt).toBeLessThan(200000);
    expect(await page.getByTestId('mc-results').count()).toBe(0);
    // After a cancel the next run completes.
    await page.getByTestId('mc-draws').fill('2000');
    await page.getByTestId('mc-run').click();
    await page.getByTestId('mc-p50').waitFor({ timeout: 60000 });
    await expect.poll(() => elapsed.textContent()).toMatch(/^2\.000 træk/);

    // 10,000 draws (the default count) give every result.
    await page.getByTestId('mc-draws').fill('10000');
    await page.getByTestId('mc-run').click();
    await expect.poll(() => elapsed.textContent(), { timeout: 60000 }).toMatch(/^10\.000 træk/);
    expect(num(await elapsed.getAttribute('data-value'))).toBeGreaterThan(0);
    expect(num(await page.getByTestId('mc-probability').getAttribute('data-value'))).toBeGreaterThan(0);
    await page.getByTestId('mc-histogram').waitFor();
    await page.getByTestId('mc-fan').waitFor();
    // The count axis in Danish digits: a tick in the thousands reads 1.000, not 1000.
    const countTicks = () =>
      page
        .getByTestId('mc-histogram')
        .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
        .allTextContents();
    await expect.poll(async () => (await countTicks()).length).toBeGreaterThan(2);
    expect((await countTicks()).filter((t) => !/^\d{1,3}(\.\d{3})*$/.test(t))).toEqual([]);

    // In English from here on (the choice is kept across the reload below).
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const first = await runWithSeed(page, '4242');
    expect(first[0]).toBeGreaterThan(0);
    expect(first[0]! < first[1]! && first[1]! < first[2]!).toBe(true);
    const other = await runWithSeed(page, '7');
    expect(other).not.toEqual(first);
    expect(await runWithSeed(page, '4242')).toEqual(first);
    // A real reload: a new document, a new worker, nothing kept in memory.
    await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
    await page.reload();
    await page.getByTestId('mc-run').waitFor({ timeout: 60000 });
    expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
    expect(await page.getByTestId('mc-results').count()).toBe(0);
    expect(await runWithSeed(page, '4242')).toEqual(first);
    // The point estimate lies inside the simulated range of the social gain.
    const point = num(await page.getByTestId('mc-threshold').inputValue()) * 1e6;
    expect(point).toBeGreaterThan(first[0]! * 0.5);
    expect(point).toBeLessThan(first[2]! * 2);

    // The tornado ranks assumptions for the chosen output and the heat map follows the scenario.
    const chart = page.getByTestId('tornado-chart');
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect.poll(() => chart.locator('tbody th').count()).toBeGreaterThan(3);
    await page.getByTestId('sens-output').selectOption('bcr');
    await expect.poll(() => chart.locator('tbody th').allTextContents()).toContain('Public funding');
    expect(await page.getByTestId('tornado-no-effect').textContent()).toContain('DKK per EUR');
    await page.getByTestId('heatmap-current').waitFor();

    // Invalid settings are shown at the field and block the run.
    // Each field's check re-renders the panel after the input event: the states below are polled, not read once.
    const runButton = page.getByTestId('mc-run');
    await page.getByTestId('mc-seed').fill('abc');
    await expect.poll(() => runButton.isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('mc-seed').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('mc-seed').fill('1');
    await page.getByTestId('dist-transferability-max').fill('120');
    await page.getByTestId('dist-error-transferability').waitFor();
    expect(await page.getByTestId('dist-error-transferability').textContent()).toContain('between 0 % and 100 %');
    await expect.poll(() => runButton.isDisabled()).toBe(true);
    await page.getByTestId('dist-transferability-max').fill('70');
    await expect.poll(() => runButton.isEnabled()).toBe(true);
  });
});
