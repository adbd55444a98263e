import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectClean, openPersistentSession, sessionPerTest, sql, type Session } from './browser';

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

describe('storage', () => {
  // One journey on one profile: each fault is made on top of a data set saved in IndexedDB, and each ends in a
  // state the next starts from.
  it('a full storage quota fails that import cleanly and keeps the earlier data set active (also after a reload); a record whose rows no longer match their hash and garbage are detected, reported, and gone at the next start; a deleted database (data sets saved earlier are missing) is noticed and the app starts with the demo', async () => {
    const page = session().page;
    await page.goto(baseUrl());
    await ready(page);
    const realised = await importSaved(page, ENGLISH);
    const before = await options(page);
    expect(before).toContain('english');

    // A full quota. Chromium's DevTools quota override (Storage.overrideQuotaForOrigin) did not limit IndexedDB
    // writes here (estimate() kept reporting 10 GB and a 2 MB put succeeded), so the store is made to answer as a
    // full disk does, from the test only: every put now fails with a QuotaExceededError.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function put(): IDBRequest {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByTestId('import-file').setInputFiles(file('big.csv'));
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 60000 });
    expect(await error.getAttribute('data-code')).toBe('quota');
    expect(await error.textContent()).toMatch(/lager er fuldt.*ikke importeret/s);
    await expect.poll(() => figure(page), { timeout: 30000 }).toBe(String(realised));
    expect(await options(page)).toEqual(before);
    const [n] = await sql<{ n: number }>(page, 'SELECT count(DISTINCT dataset_id) AS n FROM gains_flat');
    expect(n?.n).toBe(2); // the demo and english: nothing of the failed import is left
    // And the earlier data set is still stored: it is back, and active, after a reload.
    await page.reload();
    await expect.poll(() => figure(page), { timeout: 60000 }).toBe(String(realised));
    expect(await options(page)).toEqual(before);

    // Garbage and a record whose rows no longer match their hash.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('spillover');
          req.onsuccess = () => {
            const db = req.result;
            const t = db.transaction('datasets', 'readwrite');
            const s = t.objectStore('datasets');
            s.put('garbage, not a data set', 'junk');
            const cursor = s.openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c || typeof c.value !== 'object') return;
              const v = c.value as { rows: Uint8Array };
              const rows = v.rows.slice();
              rows[rows.length - 3] = (rows[rows.length - 3] ?? 0) ^ 1; // a flipped bit in the stored rows
              c.update({ ...v, rows });
            };
            t.oncomplete = () => {
              db.close();
              resolve();
            };
            t.onerror = () => reject(new Error(String(t.error)));
          };
          req.onerror = () => reject(new Error(String(req.error)));
        }),
    );
    await page.reload();
    const notice = page.getByTestId('storage-notice');
    await notice.waitFor({ timeout: 60000 });
    expect(await notice.locator('li[data-code="corrupt"]').count()).toBe(2);
    expect(await notice.textContent()).toMatch(/english.*kontrolsum/s);
    await ready(page);
    expect(await options(page)).not.toContain('english');
    await expect.poll(() => figure(page), { timeout: 30000 }).toBe('90000000');

    // A deleted database. Its start is also the first after the one that reported the bad records: the notice now
    // names only the missing data set, so they are gone. (A start with nothing wrong shows no notice at all: the
    // browser restart test below.)
    await importSaved(page, ENGLISH);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('spillover');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(new Error(String(req.error)));
          req.onblocked = () => reject(new Error('delete blocked'));
        }),
    );
    await page.reload();
    await notice.waitFor({ timeout: 60000 });
    expect(await notice.getAttribute('data-codes')).toBe('missing');
    expect(await notice.locator('li[data-code="corrupt"]').count()).toBe(0);
    expect(await notice.textContent()).toContain('«english»');
    await expect.poll(() => figure(page), { timeout: 60000 }).toBe('90000000');
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    expect(await notice.count()).toBe(0);
  });

  it('runs without IndexedDB: says so, and an import still works in the tab', async () => {
    const page = session().page;
    await page.addInitScript(() => Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto(baseUrl());
    const notice = page.getByTestId('storage-notice');
    await notice.waitFor({ timeout: 60000 });
    expect(await notice.getAttribute('data-codes')).toBe('unavailable');
    await ready(page);
    await page.getByTestId('import-file').setInputFiles(ENGLISH);
    await page.getByTestId('import-summary').waitFor({ timeout: 60000 });
    await page.locator('[data-testid="import-saved"][data-state="failed"]').waitFor({ timeout: 60000 });
    const realised = await page.getByTestId('import-summary').getAttribute('data-realised-total');
    await expect.poll(() => figure(page), { timeout: 30000 }).toBe(realised);
  });

  // The one test whose point is a browser restart: its own browser processes on one profile directory. (That a
  // saved data set comes back after a reload in the same browser is checked in import.e2e.ts.)
  it('keeps an imported data set across a browser restart with the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'spillover-profile-'));
    try {
      const a = await openPersistentSession(profile);
      let r: number;
      try {
        await a.page.goto(baseUrl());
        await ready(a.page);
        r = await importSaved(a.page, ENGLISH);
        await expect.poll(() => figure(a.page), { timeout: 60000 }).toBe(String(r));
        expect(await options(a.page)).toContain('english');
      } finally {
        await a.close();
      }
      expectClean(a);
      // Same profile, new browser process.
      const b = await openPersistentSession(profile);
      try {
        await b.page.goto(baseUrl());
        await expect.poll(() => figure(b.page), { timeout: 60000 }).toBe(String(r));
        expect(await options(b.page)).toContain('english');
        expect(await b.page.getByTestId('storage-notice').count()).toBe(0);
      } finally {
        await b.close();
      }
      expectClean(b);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
