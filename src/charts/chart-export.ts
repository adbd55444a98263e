/**
 * Chart downloads, done locally: the chart's own <svg> serialised to a file, or drawn onto an offscreen canvas
 * for PNG. Nothing is fetched. (charts/ may not import ui/, so the small download helper lives here too.)
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart's <svg> as a standalone SVG document: namespaced, sized, on a white background. */
export function svgToString(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement; // cloneNode returns Node; a clone of an <svg> is an <svg>
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const { width, height } = svgSize(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  copy.insertBefore(bg, copy.firstChild);
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
export function saveBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  saveBlob(new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Draws the SVG onto an offscreen canvas at `scale` × its size and saves it as PNG. */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }));
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
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG export produced no image; use SVG instead'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  saveBlob(await svgToPngBlob(svg), fileName);
}

/** A file name from a title: lower case, ASCII-ish, dashes. */
export function fileSlug(title: string): string {
  const s = title
    .toLowerCase()
    .replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'chart';
}
