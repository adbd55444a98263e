import type { ChartImage } from './report-docx';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws a chart's <svg> onto a canvas at twice its size and returns the PNG, as the chart frame's PNG download does
 * (src/charts does not export its helper). Recharts styles its text with attributes, so the copy draws the same;
 * a white background and a font are added because the page's CSS does not come along.
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
    if (!ctx) throw new Error('This browser has no 2D canvas to draw the charts');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The chart gave no image'))), 'image/png'),
    );
    return { data: new Uint8Array(await blob.arrayBuffer()), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
