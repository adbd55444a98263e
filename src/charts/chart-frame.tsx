import { memo, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { downloadPng, downloadSvg, fileSlug, type ExportLegendItem } from './chart-export';
import { useNearViewport } from './near-viewport';

export interface ChartColumn {
  key: string;
  label: string;
  /** Numbers read best right-aligned. */
  numeric?: boolean;
}

/** One table row: cells already formatted for the active language, keyed by column key. */
interface ChartRow {
  key: string;
  cells: Record<string, string>;
}

/** The frame's own words, in the active language (charts/ cannot import ui/'s i18n). Danish by default. */
export interface ChartFrameLabels {
  showTable: string;
  hideTable: string;
  png: string;
  svg: string;
  exportFailed: string;
}

export const DEFAULT_FRAME_LABELS: ChartFrameLabels = {
  showTable: 'Vis som tabel',
  hideTable: 'Skjul tabel',
  png: 'PNG',
  svg: 'SVG',
  exportFailed: 'Billedet kunne ikke gemmes',
};

export const ENGLISH_FRAME_LABELS: ChartFrameLabels = {
  showTable: 'Show as table',
  hideTable: 'Hide table',
  png: 'PNG',
  svg: 'SVG',
  exportFailed: 'The image could not be saved',
};

export interface ChartFrameProps {
  title: string;
  description: string;
  /** The chart in words for screen readers (the chart area's aria-label). */
  summary: string;
  columns: ChartColumn[];
  rows: ChartRow[];
  labels?: ChartFrameLabels;
  /** Download file name without extension; from the title when omitted. */
  fileName?: string;
  /** When given, the table's first cell is a button, so the chart's click action is also reachable by keyboard. */
  onRowSelect?: (key: string) => void;
  /** The legend, drawn into PNG/SVG files (Recharts' own legend is HTML and is not in the <svg>). */
  legend?: ExportLegendItem[];
  testId?: string;
  /** Count the bars actually drawn into `data-bars` (a bar of zero or negative size is not drawn). */
  countBars?: boolean;
  children: ReactNode;
}

/** Recharts draws each bar as a path with its box in width/height attributes; one squeezed to nothing is no bar. */
function drawnBars(el: HTMLElement): number {
  return [...el.querySelectorAll('.recharts-bar-rectangle path')].filter(
    (p) => Number(p.getAttribute('width')) > 0 && Number(p.getAttribute('height')) > 0,
  ).length;
}

/**
 * The chart itself, not rendered again while `frozen` once it has a drawing (an <svg> in `area`) to keep. Before
 * that it always renders: a chart waits for its measured width and its data, and held then it stayed blank until
 * scrolled to. The DOM is asked, not a flag set after a commit: Recharts adds its <svg> in renders of its own.
 */
const Drawing = memo(
  function Drawing({ children }: { frozen: boolean; area: RefObject<HTMLDivElement | null>; children: ReactNode }) {
    return <>{children}</>;
  },
  (_before, now) => now.frozen && now.area.current?.querySelector('svg') != null,
);

/** Title, description, the chart as an image for assistive tech, a table of the same data, and PNG/SVG downloads. */
export function ChartFrame({
  title,
  description,
  summary,
  columns,
  rows,
  labels = DEFAULT_FRAME_LABELS,
  fileName,
  onRowSelect,
  legend,
  testId,
  countBars = false,
  children,
}: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const tableId = useId();
  const name = fileName ?? fileSlug(title);
  const [bars, setBars] = useState(0);
  // Far from the viewport (on a page that asks for it), the chart keeps its last drawing (src/charts/near-viewport.ts).
  const near = useNearViewport(area);
  // Recharts draws after measuring, so the count follows the drawing rather than the render.
  useEffect(() => {
    const el = area.current;
    if (!countBars || !el) return;
    const count = () => setBars(drawnBars(el));
    count();
    if (typeof MutationObserver === 'undefined') return;
    const mo = new MutationObserver(count);
    mo.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['width', 'height'] });
    return () => mo.disconnect();
  }, [countBars]);

  // Recharts draws the chart in the wrapper's first <svg>; legend icons are further <svg>s.
  const chartSvg = (): SVGSVGElement | null =>
    area.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? area.current?.querySelector('svg') ?? null;

  const exportAs = async (kind: 'svg' | 'png') => {
    setError(null);
    const svg = chartSvg();
    try {
      if (!svg) throw new Error('no chart drawn');
      if (kind === 'svg') downloadSvg(svg, `${name}.svg`, { title, legend });
      else await downloadPng(svg, `${name}.png`, { title, legend });
    } catch {
      setError(labels.exportFailed);
    }
  };

  return (
    <figure
      className="chart"
      aria-label={title}
      data-testid={testId}
      data-bars={countBars ? bars : undefined}
      // The report's Word export draws this legend into the chart's picture, as the PNG download does.
      data-export-legend={legend?.length ? JSON.stringify(legend) : undefined}
    >
      <figcaption>
        <strong>{title}</strong>
        <span className="chart-desc">{description}</span>
      </figcaption>
      <div className="chart-tools" style={{ display: 'flex', gap: '0.4rem', flexWrap: 'wrap', margin: '0.3rem 0' }}>
        <button type="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? labels.hideTable : labels.showTable}
        </button>
        <button type="button" onClick={() => void exportAs('png')} aria-label={`${labels.png}: ${title}`}>
          {labels.png}
        </button>
        <button type="button" onClick={() => void exportAs('svg')} aria-label={`${labels.svg}: ${title}`}>
          {labels.svg}
        </button>
        {error ? <span role="status">{error}</span> : null}
      </div>
      <div ref={area} role="img" aria-label={summary} tabIndex={0} className="chart-area">
        <Drawing frozen={!near} area={area}>
          {children}
        </Drawing>
      </div>
      {showTable ? (
        <div id={tableId} style={{ overflowX: 'auto' }}>
          <table className="chart-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" style={{ textAlign: c.numeric ? 'right' : 'left' }}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  {columns.map((c, i) =>
                    i === 0 ? (
                      <th key={c.key} scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                        {onRowSelect ? (
                          <button type="button" className="link" onClick={() => onRowSelect(r.key)}>
                            {r.cells[c.key] ?? ''}
                          </button>
                        ) : (
                          (r.cells[c.key] ?? '')
                        )}
                      </th>
                    ) : (
                      <td key={c.key} style={{ textAlign: c.numeric ? 'right' : 'left' }}>
                        {r.cells[c.key] ?? ''}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
