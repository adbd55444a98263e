// Interaction latencies in the real app (dist/) with a 1,000,000-row data set imported through the UI:
// parameter change → figures, cross-filter click → every Overview query done and painted, Monte Carlo 10,000 draws,
// SQL console Cancel → idle.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOffline } from './offline-browser.mjs';

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
export const latencyStats = (xs) => ({
  p50: +quantile(xs, 0.5).toFixed(1),
  p95: +quantile(xs, 0.95).toFixed(1),
  min: +Math.min(...xs).toFixed(1),
  max: +Math.max(...xs).toFixed(1),
  samples: xs.length,
});

const QUERY_RUNNING_MS = 500;

export async function measureInteractions({ chrome, appUrl, csvPath, rows, samples, mcRuns }) {
  const dir = mkdtempSync(join(tmpdir(), 'spillover-interact-'));
  const ctx = await launchOffline(chrome, dir, { viewport: { width: 1280, height: 800 } });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(600_000);
  try {
    await page.goto(`${appUrl}?lang=en`);
    await page.getByTestId('engine-loading').waitFor({ state: 'detached' });
    await page.getByTestId('import-file').setInputFiles(csvPath);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    const loaded = Number(await summary.getAttribute('data-rows-loaded'));
    if (loaded !== rows) throw new Error(`interaction bench: expected ${rows} rows loaded, got ${loaded}`);
    const idle = () => page.waitForFunction(() => document.documentElement.dataset.fetching === '0');
    const click = (chart, k) =>
      page.evaluate(
        async ({ chart, k }) => {
          const button = document.querySelectorAll(`[data-testid="${chart}"] tbody button`)[k];
          if (!button) throw new Error(`no row ${k} in ${chart}`);
          // Done when the charts show a filter state other than the one before the click (section.breakdowns'
          // data-filters, set once every breakdown has its own answer) and no query is running.
          const shown = () => document.querySelector('section.breakdowns')?.getAttribute('data-filters');
          const was = shown();
          const t0 = performance.now();
          button.click();
          // The headline (figure-reported) may answer before the charts, which render in a deferred pass.
          const fig = document.querySelector('[data-testid="figure-reported"]');
          const before = fig?.getAttribute('data-value');
          let headline = null;
          await new Promise((resolve) => {
            const check = () => {
              if (headline === null && fig?.getAttribute('data-value') !== before) headline = performance.now() - t0;
              const now = shown();
              if (document.documentElement.dataset.fetching === '0' && now !== was && now !== 'pending') resolve();
              else requestAnimationFrame(check);
            };
            check();
          });
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return { ms: performance.now() - t0, headline, state: shown() };
        },
        { chart, k },
      );
    const clear = async () => {
      const b = page.getByRole('button', { name: /Clear all filters|Remove filter/ }).first();
      if (await b.count()) await b.click();
      // The charts back on no filters, and the URL written (it is written once changes pause).
      await page.waitForFunction(
        () =>
          document.documentElement.dataset.fetching === '0' &&
          document.querySelector('section.breakdowns')?.getAttribute('data-filters') === '' &&
          !location.search.includes('f.'),
      );
    };

    // The first cross-filter click after the import: from the summary appearing, through opening the Overview, to
    // the click's answers painted (the Overview's index is not loaded yet: whatever answers first, SQL or index).
    const summaryAt = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      location.hash = '#/overview';
    });
    await page.getByTestId('coverage').getByRole('button', { name: 'Show as table' }).click();
    const first = await click('coverage', 0);
    const firstClick = { fromSummaryMs: (await page.evaluate(() => performance.now())) - summaryAt, clickMs: first.ms };
    // When the Overview's index (the clicks' answers without SQL) is ready after the import, from the summary appearing.
    await page.waitForSelector('[data-overview-index="ready"]');
    const indexFromSummary = (await page.evaluate(() => performance.now())) - summaryAt;
    await clear();

    // Parameter change → headline updated (DOM changed and the next frame painted), on the Scenarios screen.
    await page.goto(`${appUrl}?lang=en#/scenarios`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="figure-national"]')?.getAttribute('data-value')) > 0,
    );
    await idle();
    const param = await page.evaluate(async (n) => {
      const input = document.querySelector('[data-testid="param-adoption_ceiling"]');
      const fig = document.querySelector('[data-testid="figure-national"]');
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const out = [];
      for (let i = 0; i < n; i++) {
        const before = fig.getAttribute('data-value');
        const t0 = performance.now();
        const changed = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (fig.getAttribute('data-value') !== before) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(fig, { attributes: true });
        });
        set.call(input, String(40 + (i % 50) + 0.5));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        await new Promise((r) => requestAnimationFrame(() => r()));
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      return out;
    }, samples);

    // Cross-filter clicks → every Overview query finished, every chart showing the new filters' answers
    // (section.breakdowns[data-filters]) and the next frame painted. Rows are clicked in the charts' tables.
    await page.goto(`${appUrl}?lang=en#/overview`);
    await page.waitForFunction(() => document.querySelectorAll('figure.chart').length >= 11);
    await idle();
    const indexWait = await page.evaluate(async () => {
      const t0 = performance.now();
      await new Promise((resolve) => {
        const check = () => (document.querySelector('[data-overview-index="ready"]') ? resolve() : setTimeout(check, 20));
        check();
      });
      return performance.now() - t0;
    });
    await idle();
    for (const id of ['breakdown-year', 'coverage'])
      await page.getByTestId(id).getByRole('button', { name: 'Show as table' }).click();
    // The filter states, each reached by clicks from no filters: a year (or none), then an industry. No state repeats
    // in the uncached sample, so neither the query cache nor the index's memo has it.
    const plan = await page.evaluate(() => {
      const rows = (id) => document.querySelectorAll(`[data-testid="${id}"] tbody button`).length;
      return { years: rows('breakdown-year'), industries: rows('coverage') };
    });
    if (!plan.years || !plan.industries) throw new Error(`interaction bench: no row buttons (${JSON.stringify(plan)})`);
    const uncached = [];
    const headlines = [];
    const seen = new Set();
    const steps = [];
    for (let y = -1; y < plan.years && uncached.length < samples; y++)
      for (let n = 0; n < plan.industries && uncached.length < samples; n++) {
        await clear();
        if (y >= 0) {
          const r = await click('breakdown-year', y);
          if (!seen.has(r.state)) uncached.push(r.ms);
          seen.add(r.state);
        }
        const r = await click('coverage', n);
        if (r.headline !== null) headlines.push(r.headline);
        if (seen.has(r.state)) throw new Error(`interaction bench: state ${r.state} repeated in the uncached sample`);
        seen.add(r.state);
        uncached.push(r.ms);
        steps.push([y, n]);
      }
    // Repeated clicks: the same states again (answers cached).
    const repeated = [];
    for (const [y, n] of steps.slice(0, samples)) {
      await clear();
      if (y >= 0) await click('breakdown-year', y);
      repeated.push((await click('coverage', n)).ms);
    }
    await clear();
    // Monte Carlo 10,000 draws on the Uncertainty screen: wall time from Run to P50 shown; long tasks during it.
    await page.goto(`${appUrl}?lang=en#/uncertainty`);
    await page.getByTestId('mc-run').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="mc-run"]')?.hasAttribute('disabled'));
    const mc = [];
    let longTasks = 0;
    let longest = 0;
    for (let i = 0; i < mcRuns; i++) {
      await page.getByTestId('mc-draws').fill('10000');
      await page.getByTestId('mc-seed').fill(String(1000 + i));
      const r = await page.evaluate(async (seed) => {
        const lt = [];
        const obs = new PerformanceObserver((l) => lt.push(...l.getEntries().map((e) => e.duration)));
        obs.observe({ type: 'longtask' });
        const t0 = performance.now();
        document.querySelector('[data-testid="mc-run"]').click();
        // Done when the Run button is back and the results say this run's seed.
        await new Promise((resolve) => {
          const check = () => {
            const elapsed = document.querySelector('[data-testid="mc-elapsed"]')?.textContent ?? '';
            if (document.querySelector('[data-testid="mc-run"]') && elapsed.includes(`seed ${seed} `)) resolve();
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
        const ms = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 50));
        obs.disconnect();
        return { ms, longTasks: lt };
      }, 1000 + i);
      mc.push(r.ms);
      longTasks += r.longTasks.length;
      longest = Math.max(longest, ...r.longTasks, 0);
    }
    // SQL console: Cancel → the console idle again (the cancelled error shown), on a query that would run for hours
    // (moved here from the e2e suite, which checks that the cancel works, not how fast).
    await page.goto(`${appUrl}?lang=en#/sql`);
    await page.getByTestId('sql-editor').waitFor();
    const cancel = [];
    for (let i = 0; i < mcRuns; i++) {
      await page.getByTestId('sql-editor').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(`SELECT count(*) FROM range(20000000000) t(i) WHERE i % 7 = ${i}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('sql-run').click();
      await page.getByTestId('sql-running').waitFor();
      await page.waitForTimeout(QUERY_RUNNING_MS); // a query in mid-run, not one still being checked
      cancel.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          document.querySelector('[data-testid="sql-cancel"]').click();
          await new Promise((resolve) => {
            const check = () =>
              document.querySelector('[data-testid="sql-error"][data-kind="cancelled"]')
                ? resolve()
                : requestAnimationFrame(check);
            requestAnimationFrame(check);
          });
          return performance.now() - t0;
        }),
      );
    }
    return {
      rows,
      param,
      cross: uncached,
      crossUncached: uncached,
      crossRepeated: repeated,
      // One sample a call (one import): arrays so that runs can be pooled and given to latencyStats.
      firstClick: [firstClick.fromSummaryMs],
      firstClickOnly: [firstClick.clickMs],
      indexFromSummary: [indexFromSummary],
      crossHeadline: headlines,
      indexWait,
      mc,
      longTasks,
      longest,
      cancel,
    };
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
