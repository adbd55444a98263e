import { reportDocx, type DocxOptions } from './report-docx';
import { svgToPng } from './svg-png';

/** The browser's entry, loaded on the first click only (the docx code is not in the app's initial JavaScript). */
export function exportReportDocx(article: Element, opts: Omit<DocxOptions, 'rasterise'>): Promise<Uint8Array> {
  return reportDocx(article, { ...opts, rasterise: svgToPng });
}
