import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENS } from '../../src/app/screens';
import { baseUrl, sessionPerTest, settled, sql } from './browser';
import { openScreen } from './journey-helpers';

const session = sessionPerTest();
// Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

interface Focused {
  tag: string;
  text: string;
  testid: string | null;
  /** The focus ring as drawn: on the element, or on the label that stands for a visually hidden input. */
  outline: string;
}

/** Presses Tab until `match` holds for the focused element (at most `max` times); returns what was focused. */
async function tabTo(page: Page, match: (f: Focused) => boolean, max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate((): Focused => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { tag: '', text: '', testid: null, outline: '' };
      const input = el as HTMLInputElement;
      const shown = input.labels?.[0] && el.getBoundingClientRect().width <= 1 ? input.labels[0] : el;
      const s = getComputedStyle(shown);
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').trim(),
        testid: el.getAttribute('data-testid'),
        outline: s.outlineStyle === 'none' || s.outlineWidth === '0px' ? '' : `${s.outlineStyle} ${s.outlineWidth}`,
      };
    });
    if (match(f)) return f;
  }
  throw new Error('Tab never reached the element');
}

describe('a tour of the app on the demo data', () => {
  // One cold start serves the read-only checks of every screen: the headline and its trace, the navigation, axe on
  // every screen, the keyboard, the language switch; then the cross-filter (with one reload: the URL is the state)
  // and, last, the engine killed and recovered.
  it('shows 90,0 mio. → 8,4 mia. → 6,1 mia. kr. (813 mio. EUR) with the trace of N; navigates every screen; every screen has no serious or critical axe violation; Tab reaches the navigation, the language switch, the import button and a chart table toggle with a visible focus ring, Enter and Space work; English keeps the figures; a clicked theme filters (chip, URL, reload) and clears; recovers by itself when the DuckDB worker is killed', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    const text = (id: string) => page.getByTestId(id).textContent();
    const reported = page.getByTestId('figure-reported');

    // The headline in Danish, with the counts behind it.
    await expect.poll(() => reported.getAttribute('data-value'), { timeout: 60000 }).toBe('90000000');
    expect(await reported.textContent()).toBe('90,0 mio. kr.');
    await expect.poll(() => text('figure-national')).toBe('8,4 mia. kr.');
    expect(await text('figure-social')).toBe('6,1 mia. kr.');
    expect(await text('figure-social-eur')).toBe('813 mio. EUR');
    for (const id of ['figure-national', 'figure-social', 'figure-npv', 'figure-bcr', 'figure-social-eur'])
      expect(Number(await page.getByTestId(id).getAttribute('data-value'))).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('count-projects').getAttribute('data-value'))).toBeGreaterThan(30);
    expect(Number(await page.getByTestId('count-companies').getAttribute('data-value'))).toBeGreaterThan(100);
    expect(Number(await page.getByTestId('count-reports').getAttribute('data-value'))).toBeGreaterThan(200);

    // The trace of the national potential: the reported rows behind it sum to the reported figure.
    await settled(page);
    await page.getByTestId('how-national_potential').click();
    const sum = page.getByTestId('trace-rows-sum');
    await sum.waitFor({ timeout: 30000 });
    expect(Number(await sum.getAttribute('data-value'))).toBeCloseTo(90_000_000, 2);
    const rows = await page.getByTestId('trace-reported-rows').locator('tbody tr').count();
    expect(rows).toBe(Number(await sum.getAttribute('data-count')));
    await page.keyboard.press('Escape');
    await sum.waitFor({ state: 'hidden' });

    // Navigates between the screens.
    const screens: [string, RegExp][] = [
      ['Programprofil', /^Programprofil$/],
      ['Data', /^Data$/],
      ['Scenarier', /^Scenarier$/],
      ['Usikkerhed', /^Usikkerhed$/],
      ['SQL', /^SQL-konsol$/],
      ['Rapport', /^Evalueringsrapport$/],
      ['Overblik', /^Overblik$/],
    ];
    for (const [link, heading] of screens) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(heading);
    }

    // axe on every screen the app has (SCREENS is the navigation's own list, so it grows with the app), each
    // opened by its URL in the same document.
    await page.evaluate(axeSource);
    for (const screen of SCREENS) {
      await openScreen(page, screen);
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30000 });
      await settled(page);
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }
        ).axe;
        const r = await axe.run(document);
        return {
          passes: r.passes.length,
          list: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          })),
        };
      });
      expect.soft(violations.passes, `${screen}: the scan really ran its rules`).toBeGreaterThan(10);
      expect
        .soft(
          violations.list.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
          `${screen}: serious or critical violations`,
        )
        .toEqual([]);
    }

    // The keyboard, from the Overview.
    await openScreen(page, 'overview');
    await settled(page);
    await page.locator('body').focus();
    const nav = await tabTo(page, (f) => f.tag === 'a' && f.text === 'Data');
    expect(nav.outline).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/data');
    const english = await tabTo(page, (f) => f.tag === 'button' && f.text === 'English');
    expect(english.outline).not.toBe('');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    // The import lives in a drawer under the header: its button opens it, and Tab goes on into it.
    const drawer = await tabTo(page, (f) => f.testid === 'import-open');
    expect(drawer.outline).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('import-open').getAttribute('aria-expanded')).toBe('true');
    const upload = await tabTo(page, (f) => f.testid === 'import-file');
    expect(upload.outline).not.toBe('');
    // Space on a file input opens the chooser: the event proves the keyboard reaches it. Once in a CI run the event
    // did not come within 5 s; the input is focused again by Tab and Space pressed once more before that counts.
    const space = () => Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), page.keyboard.press('Space')]);
    const opened = await space().catch(async () => {
      await page.locator('body').focus();
      await tabTo(page, (f) => f.testid === 'import-file');
      return space();
    });
    await opened[0].setFiles([]);
    await openScreen(page, 'overview');
    await settled(page);
    await page.locator('body').focus();
    const toggle = await tabTo(page, (f) => f.tag === 'button' && /^(Show as table|Vis som tabel)$/.test(f.text), 200);
    expect(toggle.outline).not.toBe('');
    const expanded = page.locator('button[aria-expanded="true"]', { hasText: /^(Hide table|Skjul tabel)$/ });
    expect(await expanded.count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => expanded.count()).toBe(1);

    // English (switched by the keyboard above) keeps the figures.
    await expect.poll(() => reported.textContent(), { timeout: 30000 }).toBe('DKK 90.0m');
    await expect.poll(() => text('figure-national')).toBe('DKK 8.4bn');
    await expect.poll(() => page.getByRole('link', { name: 'Overview' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Dansk', exact: true }).click();
    await expect.poll(() => reported.textContent()).toBe('90,0 mio. kr.');

    // Two tiers: the realised one (from the data alone) is far below the potential one, each with its basis.
    const value = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));
    await expect.poll(() => value('figure-bcr-realised')).toBeGreaterThan(0);
    expect(await value('figure-bcr-realised')).toBeLessThan(await value('figure-bcr'));
    expect(await value('figure-realised-pv')).toBeGreaterThan(0);
    // Plausibility: on the demo only the potential BCR's size is flagged; the published figures sit beside the preset.
    const warnings = page.getByTestId('plausibility-warnings');
    await expect.poll(() => warnings.getAttribute('data-count')).toBe('1');
    expect(await warnings.getByTestId('plausibility-bcr_high').count()).toBe(1);
    expect(await page.getByTestId('preset-description').textContent()).toContain('8,4 mia.');

    // A bar of a model breakdown selects model terms: the totals stay, "of which selected" is the bar's own value.
    const national = await value('figure-national');
    const themeChart = page.getByRole('figure', { name: /Efter tema/ }).first();
    const themeToggle = themeChart.getByRole('button', { name: 'Vis som tabel' });
    // The keyboard check above may have opened this chart's table already: counted once its (lazy) frame is there.
    await themeChart.waitFor();
    if ((await themeToggle.count()) > 0) await themeToggle.click();
    await themeChart.getByRole('button', { name: 'Robotter og automatisering' }).click();
    await page.getByTestId('selected-theme').waitFor();
    expect(await page.getByTestId('selected-theme').getAttribute('data-value')).toBe('robotics_automation');
    // page.url() follows the page's replaceState by a protocol event of its own, not by the DOM: polled.
    const param = (name: string) => new URL(page.url()).searchParams.get(name);
    await expect.poll(() => param('m.theme')).toBe('robotics_automation');
    expect(param('f.theme')).toBeNull();
    const selected = await value('figure-national-selected');
    expect(selected).toBeGreaterThan(0);
    expect(selected).toBeLessThan(national);
    expect(await value('figure-national')).toBe(national);
    expect(await reported.getAttribute('data-value')).toBe('90000000');
    expect(await page.getByTestId('filter-scope').count()).toBe(0);
    // The same URL opens the same view.
    await page.reload();
    await expect.poll(() => value('figure-national-selected'), { timeout: 60000 }).toBe(selected);
    await page.getByRole('button', { name: 'Fjern valg Tema' }).click();
    await expect.poll(() => page.getByTestId('figure-national-selected').count()).toBe(0);
    await expect.poll(() => param('m.theme')).toBeNull();

    // A filter on the reports re-runs the chain on the subset, under a banner that says so.
    await page.goto(`${baseUrl()}?f.industry=10#/overview`);
    const scope = page.getByTestId('filter-scope');
    await scope.waitFor({ timeout: 60000 });
    const of = Number(await scope.getAttribute('data-reports-selected'));
    expect(of).toBeGreaterThan(0);
    expect(of).toBeLessThan(Number(await scope.getAttribute('data-reports-total')));
    await expect.poll(() => reported.getAttribute('data-value').then(Number)).toBeLessThan(90_000_000);
    await page.getByRole('button', { name: /Fjern filter/ }).click();
    await expect.poll(() => reported.getAttribute('data-value')).toBe('90000000');
    expect(await scope.count()).toBe(0);

    // Killed while idle, as "mid-session" means here: a worker dying inside a long query is only called dead
    // after the busy limit, since a long query legitimately keeps it from answering.
    await settled(page);
    const worker = page.workers().find((w) => /duckdb/i.test(w.url())) ?? page.workers()[0];
    expect(worker, 'the DuckDB worker').toBeDefined();
    // Kill it from inside, as a crash would: no message, no error event.
    await worker!.evaluate(() => (self as unknown as { close: () => void }).close()).catch(() => undefined);
    await page.getByTestId('engine-restarted').waitFor({ timeout: 60000 });
    // The figures come back from the new instance.
    const [fresh] = await sql<{ v: number }>(
      page,
      "SELECT sum(annual_gain_dkk) AS v FROM reported_gains WHERE status = 'realised'",
    );
    expect(fresh?.v).toBe(90000000);
    await expect.poll(() => reported.getAttribute('data-value'), { timeout: 30000 }).toBe('90000000');
  });
});

describe('the app on a phone (390 × 844)', () => {
  // One cold start at phone size: the chain chart draws its bars in both languages, no screen scrolls sideways,
  // the navigation, language and import sit behind the menu button.
  it('draws every bar of the chain chart in Danish and English; no screen scrolls sideways; the menu reaches every screen, the language and the import drawer', async () => {
    const page = session().page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(baseUrl());
    await expect.poll(() => page.getByTestId('figure-reported').getAttribute('data-value'), { timeout: 60000 }).toBe('90000000');
    const chain = page.getByTestId('chart-waterfall');
    // The table twin lists the same steps as bars. data-bars counts what Recharts has drawn so far (a
    // MutationObserver), so it is polled up to the table's step count rather than read once after the first bar.
    await chain.getByRole('button', { name: 'Vis som tabel' }).click();
    const steps = chain.locator('table tbody tr');
    await expect.poll(() => steps.count(), { timeout: 30000 }).toBeGreaterThan(0);
    const bars = await steps.count();
    await expect.poll(() => chain.getAttribute('data-bars').then(Number), { timeout: 30000 }).toBe(bars);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    // The navigation is folded away; the menu opens it and a chosen screen closes it again.
    const menu = page.getByTestId('nav-menu');
    expect(await page.getByRole('link', { name: 'Data', exact: true }).isVisible()).toBe(false);
    for (const screen of SCREENS) {
      await menu.click();
      await page.locator(`a[href="#/${screen}"]`).click();
      await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30000 });
      await settled(page);
      expect(await sideways(), `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
    }

    // The import drawer opens from the menu with its file input.
    await menu.click();
    await page.getByTestId('import-open').click();
    await page.getByText('Vælg fil …').waitFor({ state: 'visible' });

    // English from the menu: the chain chart still draws all its bars.
    await openScreen(page, 'overview');
    await menu.click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.getByTestId('figure-reported').textContent(), { timeout: 30000 }).toBe('DKK 90.0m');
    await expect.poll(() => chain.getAttribute('data-bars').then(Number), { timeout: 30000 }).toBe(bars);
    expect(await sideways()).toBeLessThanOrEqual(0);
  });
});
