// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../queries';
import { standIn } from '../../../../tests/jsdom-stand-ins';
import { openNodeEngine, renderWithEngine } from '../../../../tests/render-with-engine';
import { englishIn } from '../english-words';
import { ReportScreen } from '../report-screen';
import { reportDocx, type ChartImage } from './report-docx';
import type { ExportLegendItem } from '../../../charts';

let engine: Engine;
// jsdom lays nothing out: report every chart's container at the A4 text width, so Recharts draws its <svg>.
standIn(globalThis, {
  ResizeObserver: class {
    constructor(private cb: ResizeObserverCallback) {}
    observe(el: Element) {
      this.cb(
        [{ contentRect: { width: 640, height: 300 }, target: el } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      ); // the two fields Recharts reads
    }
    unobserve() {}
    disconnect() {}
  },
});
standIn(Element.prototype, {
  getBoundingClientRect: () => ({
    width: 640,
    height: 300,
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 640,
    bottom: 300,
    toJSON: () => ({}),
  }),
});
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

/**
 * Node has no canvas to draw an SVG: charts are handed to the .docx as the repository's screenshot (a real PNG).
 * The browser journey (tests/e2e/report.e2e.ts) checks the charts the browser draws.
 */
const PNG = new Uint8Array(readFileSync('public/screenshot.png'));
const view = new DataView(PNG.buffer, PNG.byteOffset);
/** A rasteriser that records the charts it was handed (a list of the test's own, not the module's). */
function recordingRasteriser() {
  const rasterised: SVGSVGElement[] = [];
  const legends: string[][] = [];
  const rasterise = async (svg: SVGSVGElement, legend: readonly ExportLegendItem[]): Promise<ChartImage> => {
    rasterised.push(svg);
    legends.push(legend.map((l) => l.label));
    return { data: PNG, width: view.getUint32(16), height: view.getUint32(20) };
  };
  return { rasterised, legends, rasterise };
}

describe('the Word export of the Danish report', () => {
  it('has Word headings, tables, the charts as images, typeset formulas and the stamp in the footer; no English', async () => {
    renderWithEngine(<ReportScreen />, { engine });
    const article = await screen.findByTestId('report', {}, { timeout: 30_000 });
    const figures = () => [...article.querySelectorAll('figure.chart')];
    // The charts draw once their box is measured: every figure holds its <svg> before the export reads them.
    await waitFor(() => expect(figures().filter((f) => !f.querySelector('svg'))).toEqual([]), { timeout: 30_000 });
    const charts = figures().length;
    const { rasterised, legends, rasterise } = recordingRasteriser();
    expect(charts).toBeGreaterThanOrEqual(4);
    const bytes = await reportDocx(article, {
      footer: 'Spillover 0.1.0 · MADE SPIR (demo) · SHA-256 abc',
      lang: 'da',
      rasterise,
    });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

    for (const figure of ['90,0 mio. kr.', '8,4 mia. kr.', '6,1 mia. kr.']) expect(text).toContain(figure);
    expect(englishIn(text)).toEqual([]);
    // Headings as Word headings, numbered as on screen.
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    expect(headings).toEqual([
      '1. Sammenfatning',
      '2. Fordelinger',
      '3. Antagelser og kilder',
      '4. Følsomhed og usikkerhed',
      '5. Datagrundlag og proveniens',
      'Bilag A. Metode',
    ]);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    // Tables as Word tables: the assumptions table has a row per assumption.
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    expect(text).toContain('Dødvægt');
    // Every chart as an image part.
    expect(rasterised.length).toBe(charts);
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThanOrEqual(1);
    expect((xml.match(/<a:blip /g) ?? []).length).toBe(charts);
    // Each picture gets its chart's legend (Recharts draws legends in HTML, outside the <svg> the picture is made of):
    // the tornado's two bar colours are named in it, in Danish.
    expect(legends).toEqual(
      figures().map((f) => JSON.parse(f.getAttribute('data-export-legend') ?? '[]').map((l: ExportLegendItem) => l.label)),
    );
    expect(legends.flat().length).toBeGreaterThanOrEqual(2);
    expect(englishIn(legends.flat().join(' '))).toEqual([]);
    // Formulas as Office Math.
    expect((xml.match(/<m:oMath>/g) ?? []).length).toBeGreaterThan(15);
    expect(xml).toContain('<m:f>');
    // The stamp in the footer, with page numbers.
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(strFromU8(footer?.[1] ?? new Uint8Array())).toContain('SHA-256 abc');
    expect(strFromU8(footer?.[1] ?? new Uint8Array())).toContain('PAGE');
  });
});
