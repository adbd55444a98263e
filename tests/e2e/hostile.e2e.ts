import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENS } from '../../src/app/screens';
import { baseUrl, sessionPerTest, settled, sql, type Session } from './browser';

const session = sessionPerTest();
const ENGLISH = 'tests/fixtures/import/english.csv';
const HEADER = readFileSync(ENGLISH, 'utf8').split('\n')[0] ?? '';
let dir = '';
const file = (name: string) => join(dir, name);

/** A real zip (one stored entry) that is not an Excel workbook. */
function zipOf(name: string, content: Buffer): Buffer {
  const n = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + content.length, 16);
  return Buffer.concat([local, n, content, central, n, end]);
}

const XSS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(2)>',
  js: 'javascript:alert(3)',
  rejected: '<img src=y onerror=alert(5)>',
};

beforeAll(() => {
  // Generated here rather than committed: some are large, and the 2 GiB one is sparse (no disk used).
  dir = mkdtempSync(join(tmpdir(), 'spillover-hostile-'));
  writeFileSync(file('empty.csv'), '');
  const png = Buffer.alloc(4096, 0);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  writeFileSync(file('image.csv'), png);
  writeFileSync(file('archive.csv'), zipOf('notes.txt', Buffer.from('not a workbook\n'.repeat(50))));
  writeFileSync(file('one-line.csv'), 'x'.repeat(1 << 20));
  writeFileSync(file('headers-only.csv'), `${HEADER}\n`);
  const wide = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
  writeFileSync(file('wide.csv'), `${wide.join(',')}\n${wide.map(() => '1').join(',')}\n`);
  const fd = openSync(file('huge.csv'), 'w');
  ftruncateSync(fd, 2 * 1024 ** 3);
  closeSync(fd);
  writeFileSync(
    file('hostile.csv'),
    [
      HEADER,
      `P90,${XSS.script},robotter,C90,${XSS.img},28,100,10,50-249,2019,productivity,1000.00,realised`,
      `P91,${XSS.js},robotter,C91,"<a href=""javascript:alert(4)"">klik</a>",28,100,10,50-249,2019,productivity,2000.00,realised`,
      `P92,ok,robotter,C92,Bad Co,28,100,10,50-249,2019,productivity,${XSS.rejected},realised`,
      '',
    ].join('\n'),
  );
  const rows = readFileSync(ENGLISH, 'utf8').trim().split('\n').slice(1);
  const big = Array.from({ length: 20_000 }, (_, i) => (rows[i % rows.length] ?? '').replace(/^P\d+/, `P${1000 + i}`));
  writeFileSync(file('big.csv'), `${HEADER}\n${big.join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ready(page: Session['page']) {
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 60000 });
}

/** Imports a file and waits until it is in the store; returns its realised total. */
async function importSaved(page: Session['page'], path: string): Promise<number> {
  await page.getByTestId('import-file').setInputFiles(path);
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 60000 });
  await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
  const realised = Number(await summary.getAttribute('data-realised-total'));
  await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
  await summary.waitFor({ state: 'hidden' });
  return realised;
}

const figure = (page: Session['page']) => page.getByTestId('figure-reported').getAttribute('data-value');
const options = (page: Session['page']) => page.getByTestId('dataset-select').locator('option').allTextContents();

describe('big and hostile input', () => {
  const refused: [string, string, RegExp][] = [
    ['empty.csv', 'empty', /filen er tom/],
    ['image.csv', 'binary', /ikke en tekstfil \(PNG\)/],
    ['archive.csv', 'binary', /ikke en tekstfil \(ZIP\)/],
    ['one-line.csv', 'line-too-long', /første linje er 1,0 MB lang uden linjeskift; en overskriftslinje må højst være 64 KB/],
    ['headers-only.csv', 'headers-only', /kun overskrifter \(13 kolonner\) og ingen rækker/],
    ['wide.csv', 'too-many-columns', /100\.000 kolonner; højst 2\.000/],
    ['huge.csv', 'too-large', /filen fylder 2,0 GB; denne browser kan højst importere \d+,\d MB/],
  ];

  // One cold start, the CSP watched throughout: every hostile file in turn on the demo, then the markup file that
  // does load, every screen, an import and a PNG export, and last a wasm trap that restarts the engine.
  it(`${refused.map(([name]) => name).join(', ')} are each refused with a specific message and nothing is loaded; markup and javascript: URLs in cells show as text on the Data screen, in the rejects table and in trace rows; no CSP violation while every screen loads, a file is imported and a chart is exported as PNG; a real wasm trap (stack overflow in DuckDB) restarts the engine and restores the imported data set`, async () => {
    const { page, context } = session();
    const violations: string[] = [];
    context.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`)),
    );
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(baseUrl());
    await ready(page);
    const before = await options(page);
    const error = page.getByTestId('import-error');
    for (const [name, code, message] of refused) {
      await page.getByTestId('import-file').setInputFiles(file(name));
      await expect.poll(() => error.getAttribute('data-code'), { timeout: 60000, message: name }).toBe(code);
      expect(await error.textContent(), name).toMatch(message);
      expect(await options(page), name).toEqual(before);
      const [staged] = await sql<{ n: number }>(page, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'import_staged'");
      expect(staged?.n, name).toBe(0);
      await expect.poll(() => figure(page), { message: name }).toBe('90000000');
    }

    // Markup and javascript: URLs in cells are shown as text.
    await page.getByTestId('import-file').setInputFiles(file('hostile.csv'));
    const rejects = page.getByTestId('import-rejects');
    await rejects.waitFor({ timeout: 60000 });
    expect(await rejects.locator('td', { hasText: XSS.rejected }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
    // Trace rows behind the national potential list company names.
    await page.getByTestId('how-national_potential').click();
    const trace = page.getByTestId('trace-reported-rows');
    await trace.waitFor({ timeout: 30000 });
    expect(await trace.locator('td', { hasText: XSS.img }).count()).toBe(1);
    await page.keyboard.press('Escape');
    // The Data screen: projects (titles) and companies (names).
    await page.goto(`${baseUrl()}#/data`);
    await page.getByRole('tab', { name: 'Projekter' }).click();
    await expect.poll(() => page.getByText(XSS.script, { exact: true }).count(), { timeout: 30000 }).toBe(1);
    expect(await page.getByText(XSS.js, { exact: true }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Virksomheder' }).click();
    await expect.poll(() => page.getByText(XSS.img, { exact: true }).count(), { timeout: 30000 }).toBe(1);
    expect(await page.getByText('<a href="javascript:alert(4)">klik</a>', { exact: true }).count()).toBe(1);
    // Nothing was turned into markup: no injected image, link or script, and no dialog fired.
    expect(await page.locator('img[src="x"], img[src="y"], a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length)).toBe(0);
    expect(dialogs).toEqual([]);

    // No CSP violation while every screen loads, a file is imported and a chart is exported as PNG.
    for (const screen of SCREENS) {
      await page.goto(`${baseUrl()}#/${screen}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30000 });
      await settled(page);
    }
    await page.goto(`${baseUrl()}#/overview`);
    const realised = await importSaved(page, ENGLISH);
    const download = page.waitForEvent('download', { timeout: 60000 });
    await page.getByRole('button', { name: /^PNG: / }).first().click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    expect(violations).toEqual([]);

    // A real wasm trap on top of the imported data set.
    await expect.poll(() => figure(page), { timeout: 30000 }).toBe(String(realised));
    await settled(page);
    // A deeply nested expression, once DuckDB's own depth guard is lifted, overflows the wasm stack: a trap. The
    // call is replayed once on the new instance, where the guard is back, so it then fails as a parser error.
    const trap = await page.evaluate(async () => {
      const db = (globalThis as unknown as { __spilloverDb: { query: (s: string) => Promise<unknown> } }).__spilloverDb;
      await db.query('SET max_expression_depth = 100000000');
      try {
        await db.query(`SELECT ${Array(50000).fill('1').join(' + ')}`);
        return null;
      } catch (e) {
        return String(e);
      }
    });
    expect(trap).toMatch(/Max expression depth limit of 1000 exceeded|Maximum call stack size exceeded/);
    await page.getByTestId('engine-restarted').waitFor({ timeout: 60000 });
    const restarts = await page.evaluate(() => (globalThis as unknown as { __spilloverDb: { restartCount: number } }).__spilloverDb.restartCount);
    expect(restarts).toBeGreaterThanOrEqual(1);
    // The new instance has the imported rows (not only the demo), and the lifted guard is gone with the old one.
    const [active] = await sql<{ n: number; s: number }>(
      page,
      "SELECT count(*) AS n, sum(annual_gain_dkk) FILTER (WHERE status = 'realised') AS s FROM reported_gains",
    );
    expect(active?.s).toBe(realised);
    const [depth] = await sql<{ v: string }>(page, "SELECT current_setting('max_expression_depth')::VARCHAR AS v");
    expect(depth?.v).toBe('1000');
    expect(await options(page)).toContain('english');
    await expect.poll(() => figure(page), { timeout: 30000 }).toBe(String(realised));
    expect(violations).toEqual([]);
  });
});
