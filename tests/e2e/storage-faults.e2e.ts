import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest, sql, type DebugDb, type Session } from './browser';
import { ENGLISH, figure, importSaved, makeHostileFiles, options, ready } from './journey-helpers';

// Issue 20's faults, apart from storage.e2e.ts so that the two journeys run side by side.
const session = sessionPerTest();

/** The kill or reload the tester made by hand, at the 'writing' step of the next import (once). */
async function injectFault(page: Session['page'], fault: 'kill' | 'hang') {
  await page.evaluate((f) => {
    const g = globalThis as unknown as {
      __spilloverFaults: { inject: (at: ((point: string) => unknown) | null) => void };
      __spilloverDb: { killWorker: () => Promise<void> };
      __faultReached?: boolean;
    };
    let left = 1;
    g.__spilloverFaults.inject(async (point) => {
      if (point !== 'writing' || left-- === 0) return;
      if (f === 'kill') return g.__spilloverDb.killWorker();
      g.__faultReached = true;
      // The page goes on no further: the test reloads it here.
      await new Promise<never>(() => undefined);
    });
  }, fault);
}
let files: ReturnType<typeof makeHostileFiles>;
const file = (name: string) => files.file(name);
beforeAll(() => {
  files = makeHostileFiles();
});
afterAll(() => files.remove());

describe('storage faults', () => {
  it('the worker killed as an import’s record is written: the import is done again and a reload restores what its summary showed; a reload at that step: the import is absent and a notice says so', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    await ready(page);
    const notice = page.getByTestId('storage-notice');
    // Through the e2e build's fault points: with english saved and active, the worker is killed just as an
    // import's record is written (a small file: the fault's moment is named, not timed, so size adds nothing). The
    // engine restarts, the import is done again from the file's bytes still in the page, and "saved" is shown only
    // after the record was read back: a reload restores exactly what the summary says. Then a reload cuts the next
    // import off at the same step: it is absent, and a notice says so.
    await importSaved(page, ENGLISH);
    await injectFault(page, 'kill');
    await page.getByTestId('import-file').setInputFiles(file('hostile.csv'));
    const summary = page.getByTestId('import-summary');
    await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 120000 });
    const shown = {
      loaded: Number(await summary.getAttribute('data-rows-loaded')),
      rejected: Number(await summary.getAttribute('data-rows-rejected')),
      realised: await summary.getAttribute('data-realised-total'),
    };
    expect(shown.loaded + shown.rejected).toBe(Number(await summary.getAttribute('data-rows-in')));
    expect([shown.loaded, shown.rejected]).toEqual([2, 1]);
    expect(await page.evaluate(() => (globalThis as unknown as { __spilloverDb: DebugDb }).__spilloverDb.restartCount)).toBe(1);
    await page.reload();
    await expect.poll(() => figure(page), { timeout: 60000 }).toBe(shown.realised);
    const [held] = await sql<{ n: number }>(
      page,
      "SELECT count(*)::INT AS n FROM gains_flat WHERE dataset_id = getvariable('active_dataset')",
    );
    expect(held?.n).toBe(shown.loaded);
    // The list is its own query, a placeholder (the demo alone) until it answers after the reload: polled.
    await expect.poll(() => options(page), { timeout: 60000 }).toEqual(expect.arrayContaining(['english', 'hostile']));
    expect(await page.getByTestId('storage-notice').count()).toBe(0);

    const kept = await options(page);
    await injectFault(page, 'hang');
    await page.getByTestId('import-file').setInputFiles(ENGLISH);
    await page.waitForFunction(() => (globalThis as { __faultReached?: boolean }).__faultReached === true);
    await page.reload();
    await notice.waitFor({ timeout: 60000 });
    expect(await notice.getAttribute('data-codes')).toBe('interrupted');
    expect(await notice.textContent()).toContain('Importen af «english» blev ikke gjort færdig');
    await expect.poll(() => figure(page), { timeout: 60000 }).toBe(shown.realised);
    await expect.poll(() => options(page), { timeout: 60000 }).toEqual(kept);
  }, 300_000);
});
