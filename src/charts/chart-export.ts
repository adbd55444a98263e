/**
 * Chart downloads, done locally: the chart's own <svg> serialised to a file, or drawn onto an offscreen canvas
 * for PNG. Nothing is fetched. (charts/ may not import ui/, so the small download helper lives here too.)
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A legend entry drawn into exported files (Recharts draws its legend in HTML, outside the <svg>). */
export interface ExportLegendItem {
  label: string;
  color: string;
  style?: 'solid' | 'hatched' | 'dashed' | 'line';
}

export interface ExportHeading {
  title?: string;
  legend?: ExportLegendItem[];
}

const TITLE_H = 26;
const LEGEND_H = 20;

function el(doc: Document, name: string, attrs: Record<string, string | number>): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/**
 * The chart's <svg> as a standalone SVG document: namespaced, sized, on a white background, with the title and
 * legend drawn above the plot so the file stands on its own.
 */
export function svgToString(svg: SVGSVGElement, heading: ExportHeading = {}): string {
  const doc = svg.ownerDocument;
  const inner = svg.cloneNode(true) as SVGSVGElement; // cloneNode returns Node; a clone of an <svg> is an <svg>
  const { width, height } = svgSize(svg);
  const top = (heading.title ? TITLE_H : 0) + (heading.legend?.length ? LEGEND_H : 0);
  const copy = el(doc, 'svg', { width, height: height + top, viewBox: `0 0 ${width} ${height + top}` }) as SVGSVGElement; // created in the SVG namespace
  copy.appendChild(el(doc, 'rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  if (heading.title) {
    const t = el(doc, 'text', { x: 8, y: 18, 'font-size': 15, 'font-weight': 'bold', fill: '#1b1f24' });
    t.textContent = heading.title;
    copy.appendChild(t);
  }
  let x = 8;
  const y = (heading.title ? TITLE_H : 0) + 10;
  for (const item of heading.legend ?? []) {
    const style = item.style ?? 'solid';
    if (style === 'line' || style === 'dashed')
      copy.appendChild(
        el(doc, 'line', {
          x1: x,
          y1: y,
          x2: x + 18,
          y2: y,
          stroke: item.color,
          'stroke-width': 2,
          'stroke-dasharray': style === 'dashed' ? '6 4' : 'none',
        }),
      );
    else {
      copy.appendChild(el(doc, 'rect', { x, y: y - 6, width: 18, height: 12, fill: item.color }));
      if (style === 'hatched')
        for (let i = 4; i < 18; i += 5)
          copy.appendChild(
            el(doc, 'line', { x1: x + i, y1: y + 6, x2: x + i + 6, y2: y - 6, stroke: '#ffffff', 'stroke-width': 1.5 }),
          );
    }
    const label = el(doc, 'text', { x: x + 24, y: y + 4, 'font-size': 12, fill: '#1b1f24' });
    label.textContent = item.label;
    copy.appendChild(label);
    x += 24 + item.label.length * 7 + 16;
  }
  inner.removeAttribute('xmlns');
  inner.setAttribute('x', '0');
  inner.setAttribute('y', String(top));
  inner.setAttribute('width', String(width));
  inner.setAttribute('height', String(height));
  copy.appendChild(inner);
  // Recharts styles text through font attributes; give the file a font so it renders the same elsewhere.
  copy.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  const rect = svg.getBoundingClientRect();
  return { width: w > 0 ? w : Math.round(rect.width) || 600, height: h > 0 ? h : Math.round(rect.height) || 400 };
}

/** Saves a Blob as a file through the browser's download. */
function saveBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string, heading?: ExportHeading): void {
  saveBlob(new Blob([svgToString(svg, heading)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/**
 * Draws serialised SVG onto an offscreen canvas at `scale` × its size and returns the PNG: the chart frame's PNG
 * download and the report's Word export (its pictures) both go through here.
 */
async function rasteriseSvg(
  text: string,
  width: number,
  height: number,
  { scale = 2, background }: { scale?: number; background?: string } = {},
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser has no 2D canvas for the PNG export; use SVG instead');
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The PNG export produced no image; use SVG instead'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A chart drawn as PNG with its heading: the picture's bytes and its size in CSS pixels (before `scale`). */
export interface ChartPng {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * The SVG with its heading (title and legend, as `svgToString` draws them), on white, at `scale` × its size as PNG:
 * the chart frame's PNG download and the report's Word pictures, so a legend is in both.
 */
export async function chartToPng(svg: SVGSVGElement, heading: ExportHeading = {}, scale = 2): Promise<ChartPng> {
  const text = svgToString(svg, heading);
  const { width } = svgSize(svg);
  const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(text)?.[1] ?? svgSize(svg).height);
  return { blob: await rasteriseSvg(text, width, height, { scale, background: '#ffffff' }), width, height };
}

export async function downloadPng(svg: SVGSVGElement, fileName: string, heading?: ExportHeading): Promise<void> {
  saveBlob((await chartToPng(svg, heading)).blob, fileName);
}

/** A file name from a title: lower case, ASCII-ish, dashes. */
export function fileSlug(title: string): string {
  const s = title
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'chart';
}
