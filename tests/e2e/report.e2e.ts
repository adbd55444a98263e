import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { englishIn } from '../../src/features/report/english-words';
import { PARAMETERS } from '../../src/model';
import { baseUrl, sessionPerTest } from './browser';

const session = sessionPerTest();
const ARTIFACTS = resolve('tests/e2e/.artifacts/report');

/**
 * The text of a PDF written by Chromium (Skia): its fonts are Type0 with a ToUnicode CMap and its text is
 * `<glyph ids> Tj` / `[…] TJ` runs, so each run is mapped back through its font's CMap. Enough to check what a
 * reader of the PDF sees without a PDF library (none is installed; pdftotext is not on this machine).
 */
function pdfText(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  const streams = new Map<number, string>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const raw = pdf.subarray(start, s.indexOf('endstream', start));
    try {
      streams.set(Number(m[1]), (/FlateDecode/.test(m[2] ?? '') ? inflateSync(raw) : raw).toString('latin1'));
    } catch {
      /* an image or a stream we do not need */
    }
  }
  const cmaps = new Map<number, Map<number, string>>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const m of s.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?\/ToUnicode (\d+) 0 R[\s\S]*?)>>\s*endobj/g)) {
    const text = streams.get(Number(m[3])) ?? '';
    const map = new Map<number, string>();
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const p of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
        map.set(parseInt(p[1] ?? '0', 16), utf16(p[2] ?? ''));
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const p of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const [lo, hi, dst] = [parseInt(p[1] ?? '0', 16), parseInt(p[2] ?? '0', 16), parseInt(p[3] ?? '0', 16)];
        for (let g = lo; g <= hi; g++) map.set(g, String.fromCharCode(dst + g - lo));
      }
    cmaps.set(Number(m[1]), map);
  }
  const fontObj = new Map<string, number>();
  for (const m of s.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontObj.set(m[1] ?? '', Number(m[2]));
  let out = '';
  for (const content of streams.values()) {
    if (!content.includes('BT')) continue;
    let cmap: Map<number, string> | undefined;
    let y = '';
    for (const t of content.matchAll(/\/(F\d+) [\d.]+ Tf|(-?[\d.]+) Tm|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g)) {
      if (t[1]) cmap = cmaps.get(fontObj.get(t[1]) ?? -1);
      else if (t[2]) {
        if (t[2] !== y) out += '\n';
        y = t[2];
      } else {
        const hex = t[3] ?? [...(t[4] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]).join('');
        for (const g of hex.match(/.{4}/g) ?? []) out += cmap?.get(parseInt(g, 16)) ?? '';
      }
    }
  }
  return out;
}

// NFKC undoes the typesetter's ligatures (ﬀ → ff).
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Prints the report on screen to an A4 PDF and checks what a reader of the PDF sees; returns that text. */
async function printAndCheck(page: Page, lang: 'da' | 'en', reported: string | null): Promise<string> {
  await page.getByTestId('report').waitFor({ timeout: 60000 });
  // Charts are drawn once their container is measured.
  await page.locator('[data-testid="report"] .recharts-surface').first().waitFor();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
  const reportFigure = page.getByTestId('report-figure-reported');
  expect(await reportFigure.getAttribute('data-value')).toBe(reported);
  const shown = {
    reported: (await reportFigure.textContent()) ?? '',
    national: (await page.getByTestId('report-figure-national').textContent()) ?? '',
    social: (await page.getByTestId('report-figure-social').textContent()) ?? '',
  };
  expect(await page.getByTestId('report-assumptions').locator('tbody tr').count()).toBe(PARAMETERS.length);
  const hash = (await page.getByTestId('report-stamp').first().getAttribute('data-hash')) ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.app-header').isVisible()).toBe(false);
  expect(await page.getByTestId('report-print').isVisible()).toBe(false);
  expect(await page.getByTestId('report').isVisible()).toBe(true);
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  // Kept for a person to look at: `npm run screenshots` renders its pages to PNG.
  writeFileSync(join(ARTIFACTS, `report-${lang}.pdf`), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(4);
  // A4 in points: every page is 595 × 842.
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  expect(boxes).toHaveLength(pages);
  for (const b of boxes) expect(b).toEqual([595, 842]);

  const text = squash(pdfText(pdf));
  for (const v of Object.values(shown)) expect(text).toContain(squash(v));
  const heading = lang === 'da' ? 'Antagelser og kilder' : 'Assumptions and sources';
  expect(text).toContain(squash(heading));
  for (const p of PARAMETERS) expect(text).toContain(squash(p.label[lang]));
  const deadweight = PARAMETERS.find((p) => p.id === 'deadweight');
  expect(text).toContain(squash(deadweight?.source[lang] ?? 'missing').slice(0, 40));
  expect(text).toContain(hash);
  expect(text).toContain(squash(lang === 'da' ? 'Bilag A. Metode' : 'Appendix A. Method'));
  await page.emulateMedia({ media: 'screen' });
  return pdfText(pdf);
}

/**
 * LibreOffice with Writer (Debian: libreoffice-writer-nogui), as a second, independent reader of the .docx, or why
 * not: soffice alone (e.g. with only Calc installed) cannot load a Word file.
 */
function soffice(): { bin: string } | { missing: string } {
  let bin: string;
  try {
    bin = realpathSync(execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim());
  } catch {
    return { missing: 'LibreOffice (soffice) is not installed' };
  }
  if (!existsSync(join(dirname(bin), 'libswlo.so')))
    return { missing: `LibreOffice Writer is not installed beside ${bin} (apt-get install libreoffice-writer-nogui)` };
  return { bin };
}

const wordText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

describe('evaluation report', () => {
  // One cold start (in English by its URL): the report printed in English, a changed assumption marked, then the
  // report printed in Danish.
  it('prints (en, da) to an A4 PDF with the headline figures and the assumptions table; shows the changed assumptions of the active scenario', async () => {
    const page = session().page;
    await page.goto(`${baseUrl()}?lang=en`);
    const figure = page.getByTestId('figure-reported');
    await expect.poll(() => figure.getAttribute('data-value').then(Number), { timeout: 60000 }).toBeGreaterThan(0);
    const reported = await figure.getAttribute('data-value');

    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await printAndCheck(page, 'en', reported);

    // A changed assumption is marked, with its preset value, and named in the stamp.
    await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
    await page.getByTestId('param-deadweight').fill('30');
    await expect.poll(() => new URL(page.url()).searchParams.get('p.deadweight')).toBe('0.3');
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.getByTestId('report').waitFor({ timeout: 60000 });
    const row = page.getByTestId('report-assumptions').locator('tr[data-param="deadweight"]');
    await expect.poll(() => row.getAttribute('class')).toBe('changed');
    expect(await row.textContent()).toMatch(/30%.*was 15%/);
    expect(await page.getByTestId('report-stamp').first().textContent()).toMatch(/Deadweight = 30%/);

    // Back to the reference scenario; the sensitivity and a Monte Carlo run join the report as charts.
    await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
    await page.getByTestId('reset-all').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('p.deadweight')).toBeNull();
    await page.getByRole('link', { name: 'Uncertainty', exact: true }).click();
    await page.getByTestId('tornado-chart').waitFor();
    await page.getByTestId('mc-draws').fill('2000');
    await page.getByTestId('mc-run').click();
    await page.getByTestId('mc-p50').waitFor();
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    for (const id of ['report-tornado-chart', 'report-histogram', 'report-fan'])
      await page.locator(`[data-testid="${id}"] .recharts-surface`).first().waitFor();

    // In Danish, with management's own title, authors and commentary written in place.
    await page.getByRole('button', { name: 'Dansk', exact: true }).click();
    await page.getByTestId('report-title').fill('Midtvejsevaluering af MADE SPIR');
    await page.getByTestId('report-authors').fill('Anne Jensen og Per Holm');
    await page.getByTestId('report-note-summary').fill('Ledelsen læser potentialet som et loft, ikke en prognose.');
    await expect.poll(() => page.getByTestId('report-stamp').first().textContent()).toContain('Anne Jensen og Per Holm');
    const daText = await printAndCheck(page, 'da', reported);
    const da = squash(daText);
    for (const s of [
      '90,0 mio. kr.',
      '8,4 mia. kr.',
      '6,1 mia. kr.',
      'Midtvejsevaluering af MADE SPIR',
      'Anne Jensen og Per Holm',
    ])
      expect(da).toContain(squash(s));
    expect(da).toContain(squash('Ledelsen læser potentialet som et loft'));
    expect(englishIn(daText.normalize('NFKC'))).toEqual([]);
    expect(da).not.toContain('kr..');

    // The Word export of the same report: its own XML holds the figures, headings, tables, charts and stamp.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/^evalueringsrapport_[0-9a-f]{8}_\d{4}-\d{2}-\d{2}\.docx$/);
    const docxPath = join(ARTIFACTS, 'report-da.docx');
    await download.saveAs(docxPath);
    const files = unzipSync(new Uint8Array(readFileSync(docxPath)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const text = wordText(xml);
    for (const s of [
      '90,0 mio. kr.',
      '8,4 mia. kr.',
      '6,1 mia. kr.',
      'Midtvejsevaluering af MADE SPIR',
      '3. Antagelser og kilder',
    ])
      expect(text).toContain(s);
    expect(englishIn(text)).toEqual([]);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    // Every chart on the page is a PNG drawn by the browser (waterfall, breakdowns, tornado, histogram, fan).
    const charts = await page.locator('[data-testid="report"] figure.chart').count();
    expect(charts).toBeGreaterThanOrEqual(7);
    const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
    expect((xml.match(/<a:blip /g) ?? []).length).toBe(charts);
    for (const [, png] of media) expect(strFromU8(png.subarray(1, 4))).toBe('PNG');
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1];
    const hash = (await page.getByTestId('report-stamp').first().getAttribute('data-hash')) ?? '';
    expect(wordText(strFromU8(footer ?? new Uint8Array()))).toContain(hash.slice(0, 12));

    // LibreOffice opens it and converts it to PDF (a real client besides Word).
    const office = soffice();
    if ('missing' in office) {
      console.warn(`${office.missing}: the .docx → PDF conversion was skipped.`);
      return;
    }
    const out = mkdtempSync(join(tmpdir(), 'spillover-docx-'));
    const log = execFileSync(
      office.bin,
      ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, docxPath],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180000 },
    );
    expect(existsSync(join(out, 'report-da.pdf')), `LibreOffice wrote no PDF: ${log}`).toBe(true);
    const converted = readFileSync(join(out, 'report-da.pdf'));
    writeFileSync(join(ARTIFACTS, 'report-da-docx.pdf'), converted);
    expect(converted.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((converted.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(4);
    // Every chart survives into LibreOffice's PDF as a picture (each PNG with its alpha mask).
    const pictures = (converted.toString('latin1').match(/\/Subtype\s*\/Image\b/g) ?? []).length;
    expect(pictures).toBeGreaterThanOrEqual(charts);
  }, 420_000); // two printed PDFs, a Monte Carlo run and LibreOffice's cold start on a busy 2-core machine
});
