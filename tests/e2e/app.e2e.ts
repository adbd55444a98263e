import { describe, expect, it } from 'vitest';
import { baseUrl, sessionPerTest } from './browser';

const session = sessionPerTest();

describe('app shell on the demo data', () => {
  it('shows the demo data set in Danish within 3 s of load, with no outbound request', async () => {
    const started = Date.now();
    await session().page.goto(baseUrl());
    const reported = session().page.getByTestId('figure-reported');
    await expect.poll(() => reported.getAttribute('data-value'), { timeout: 3000 }).toBe('90000000');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await reported.textContent()).toBe('90,0 mio. kr.');
    expect(Number(await session().page.getByTestId('count-projects').getAttribute('data-value'))).toBeGreaterThan(30);
    expect(Number(await session().page.getByTestId('count-companies').getAttribute('data-value'))).toBeGreaterThan(100);
    expect(Number(await session().page.getByTestId('count-reports').getAttribute('data-value'))).toBeGreaterThan(200);
  });

  it('switches to English and keeps the figures', async () => {
    await session().page.goto(baseUrl());
    await session().page.getByRole('button', { name: 'English', exact: true }).click();
    const reported = session().page.getByTestId('figure-reported');
    await expect.poll(() => reported.textContent(), { timeout: 10000 }).toBe('DKK 90.0m');
    await expect.poll(() => session().page.getByRole('link', { name: 'Overview' }).count()).toBe(1);
  });

  it('navigates between the screens', async () => {
    await session().page.goto(baseUrl());
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
      await session().page.getByRole('link', { name: link, exact: true }).click();
      await expect.poll(() => session().page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(heading);
    }
  });

  it('recovers by itself when the DuckDB worker is killed', async () => {
    await session().page.goto(baseUrl());
    const reported = session().page.getByTestId('figure-reported');
    await expect.poll(() => reported.getAttribute('data-value'), { timeout: 15000 }).toBe('90000000');
    await session().page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 20000 });
    // Killed while idle, as "mid-session" means here: a worker dying inside a long query is only called dead
    // after the busy limit, since a long query legitimately keeps it from answering.
    await session().page.waitForFunction(
      () => !(globalThis as unknown as { __spilloverDb: { busy: boolean } }).__spilloverDb.busy,
      null,
      { timeout: 20000 },
    );
    const worker = session().page.workers()[0];
    expect(worker, 'the DuckDB worker').toBeDefined();
    // Kill it from inside, as a crash would: no message, no error event.
    await worker!.evaluate(() => (self as unknown as { close: () => void }).close()).catch(() => undefined);
    await session().page.getByTestId('engine-restarted').waitFor({ timeout: 20000 });
    // The figures come back from the new instance.
    const fresh = await session().page.evaluate(async () => {
      const db = (globalThis as unknown as { __spilloverDb: { query: (sql: string) => Promise<{ rows: { v: number }[] }> } })
        .__spilloverDb;
      const r = await db.query("SELECT sum(annual_gain_dkk) AS v FROM reported_gains WHERE status = 'realised'");
      return r.rows[0]?.v;
    });
    expect(fresh).toBe(90000000);
    await expect.poll(() => reported.getAttribute('data-value'), { timeout: 10000 }).toBe('90000000');
  });
});
