import { rasteriseSvg } from '../../../charts';
import type { ChartImage } from './report-docx';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws a chart's <svg> at twice its size as PNG through the chart frame's own rasteriser. Recharts styles its text
 * with attributes, so the copy draws the same; a white background and a font are added because the page's CSS does
 * not come along.
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<ChartImage> {
  const rect = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || Math.round(rect.width) || 600;
  const height = Number(svg.getAttribute('height')) || Math.round(rect.height) || 400;
  const copy = svg.cloneNode(true) as SVGSVGElement; // a clone of an <svg> is an <svg>
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif');
  const text = new XMLSerializer().serializeToString(copy);
  const blob = await rasteriseSvg(text, width, height, { scale, background: '#ffffff' });
  return { data: new Uint8Array(await blob.arrayBuffer()), width, height };
}
