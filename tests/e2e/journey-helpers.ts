// What the hostile-input and storage journeys share: generated input files and the import/readiness steps.
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { Session } from './browser';

export const ENGLISH = 'tests/fixtures/import/english.csv';
export const HEADER = readFileSync(ENGLISH, 'utf8').split('\n')[0] ?? '';

/** A real zip (one stored entry) that is not an Excel workbook. */
export function zipOf(name: string, content: Buffer): Buffer {
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

export const XSS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(2)>',
  js: 'javascript:alert(3)',
  rejected: '<img src=y onerror=alert(5)>',
};

/**
 * Writes the hostile and big input files into a new temporary folder; returns its path name → file path and a
 * cleanup. Generated here rather than committed: some are large, and the 2 GiB one is sparse (no disk used).
 */
export function makeHostileFiles(): { file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'spillover-hostile-'));
  const file = (name: string) => join(dir, name);
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
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function ready(page: Session['page']) {
  // React commits its first render in a task of its own, which may come after the load event: until the header is
  // there, "no loading badge" says nothing about the engine.
  await page.getByTestId('import-open').waitFor({ state: 'attached', timeout: 60000 });
  await page.getByTestId('engine-loading').waitFor({ state: 'detached', timeout: 60000 });
}

/** Imports a file and waits until it is in the store; returns its realised total. */
export async function importSaved(page: Session['page'], path: string): Promise<number> {
  await page.getByTestId('import-file').setInputFiles(path);
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 60000 });
  await page.locator('[data-testid="import-saved"][data-state="saved"]').waitFor({ timeout: 60000 });
  const realised = Number(await summary.getAttribute('data-realised-total'));
  await page.getByRole('button', { name: /^(Luk|Close)$/ }).click();
  await summary.waitFor({ state: 'hidden' });
  return realised;
}

/**
 * Opens a screen by its hash in the same document. page.goto(`…#/screen`) is no such thing: once the data set's
 * provenance has loaded the app writes it into the URL's query (d.name, d.hash, d.files), and a goto without that
 * query then loads the page anew (a cold start, and whatever was injected gone), before that it only changes the hash.
 */
export async function openScreen(page: Session['page'], screen: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${screen}`);
}

export const figure = (page: Session['page']) => page.getByTestId('figure-reported').getAttribute('data-value');
export const options = (page: Session['page']) => page.getByTestId('dataset-select').locator('option').allTextContents();
