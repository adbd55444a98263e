import { chartToPng, type ExportLegendItem } from '../../../charts';
import type { ChartImage } from './report-docx';

/**
 * Draws a chart's <svg> at twice its size as PNG through the chart frame's own exporter, with the chart's legend above
 * the plot (Recharts draws its legend in HTML, outside the <svg>, so a plain copy of the <svg> would lose it). The
 * title is left out: the document's caption carries it.
 */
export async function svgToPng(svg: SVGSVGElement, legend: readonly ExportLegendItem[] = []): Promise<ChartImage> {
  const png = await chartToPng(svg, { legend: [...legend] });
  return { data: new Uint8Array(await png.blob.arrayBuffer()), width: png.width, height: png.height };
}
