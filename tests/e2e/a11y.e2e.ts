import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENS } from '../../src/app/screens';
import { baseUrl, sessionPerTest } from './browser';

const session = sessionPerTest();
// Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function settled(page: Page) {
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 20000 });
  await page.waitForFunction(() => !(globalThis as unknown as { __spilloverDb: { busy: boolean } }).__spilloverDb.busy);
}

describe('accessibility (axe-core)', () => {
  // Every screen the app has, as it grows: SCREENS is the navigation's own list.
  it.each([...SCREENS])('%s has no serious or critical violations', async (screen) => {
    const page = session().page;
    await page.goto(`${baseUrl()}#/${screen}`);
    await settled(page);
    await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 15000 });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
      const r = await axe.run(document);
      return {
        passes: r.passes.length,
        list: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
      };
    });
    expect(violations.passes).toBeGreaterThan(10); // the scan really ran its rules
    expect(violations.list.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

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

describe('keyboard', () => {
  it('Tab reaches the navigation, the language switch, the import button and a chart table toggle, each with a visible focus ring; Enter and Space work', async () => {
    const page = session().page;
    await page.goto(baseUrl());
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

    const upload = await tabTo(page, (f) => f.testid === 'import-file');
    expect(upload.outline).not.toBe('');
    // Space on a file input opens the chooser: the event proves the keyboard reaches it.
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
    await page.keyboard.press('Space');
    await (await chooser).setFiles([]);

    await page.goto(`${baseUrl()}#/overview`);
    await settled(page);
    await page.locator('body').focus();
    const toggle = await tabTo(page, (f) => f.tag === 'button' && /^(Show as table|Vis som tabel)$/.test(f.text), 200);
    expect(toggle.outline).not.toBe('');
    const expanded = page.locator('button[aria-expanded="true"]', { hasText: /^(Hide table|Skjul tabel)$/ });
    expect(await expanded.count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => expanded.count()).toBe(1);
  });
});
