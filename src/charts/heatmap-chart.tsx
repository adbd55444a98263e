import { ChartFrame, type ChartFrameLabels } from './chart-frame';

export interface HeatmapChartProps {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  xs: number[];
  ys: number[];
  /** values[j][i] at (xs[i], ys[j]). */
  values: number[][];
  /** The scenario's own (x, y), outlined when it is on the grid. */
  current?: { x: number; y: number };
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  formatValue: (v: number) => string;
  width?: number;
  frameLabels?: ChartFrameLabels;
  testId?: string;
}

// A sequential single-hue ramp (ColorBrewer Blues, light to dark): ordered by lightness, so it reads in grey and with
// colour-vision deficiencies; Okabe–Ito is for categories, not magnitudes.
const RAMP = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const;

function hex(c: string): [number, number, number] {
  return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];
}

/** Colour of t ∈ [0, 1] on the ramp. */
function rampColour(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const [a, b] = [hex(RAMP[i]!), hex(RAMP[i + 1]!)];
  const f = x - i;
  return `rgb(${a.map((v, k) => Math.round(v + f * ((b[k] ?? v) - v))).join(',')})`;
}

const CELL = 40;
const LEFT = 70;
const TOP = 10;
const BOTTOM = 60;
const LEGEND = 120;
/** Narrowest drawing: its 11 px labels still read at about 9 px. */
const MIN_WIDTH = 520;

/** The output over a grid of two parameters; darker is more. The table lists every cell. */
export function HeatmapChart({
  title,
  description,
  xLabel,
  yLabel,
  xs,
  ys,
  values,
  current,
  formatX,
  formatY,
  formatValue,
  width,
  frameLabels,
  testId,
}: HeatmapChartProps) {
  const flat = values.flat();
  const min = Math.min(...flat);
  const max = Math.max(...flat);
  const t = (v: number) => (max > min ? (v - min) / (max - min) : 0.5);
  const w = LEFT + xs.length * CELL + LEGEND;
  const h = TOP + ys.length * CELL + BOTTOM;
  // Rows drawn top to bottom from the highest y, as on any chart with y upwards.
  const rowsTopDown = ys.map((_, j) => ys.length - 1 - j);
  const tickEvery = Math.max(1, Math.ceil(xs.length / 6));
  const near = (a: number, b: number, step: number) => Math.abs(a - b) <= step / 2;
  const xStep = xs.length > 1 ? Math.abs((xs[1] ?? 0) - (xs[0] ?? 0)) : 0;
  const yStep = ys.length > 1 ? Math.abs((ys[1] ?? 0) - (ys[0] ?? 0)) : 0;
  const ci = current ? xs.findIndex((x) => near(x, current.x, xStep)) : -1;
  const cj = current ? ys.findIndex((y) => near(y, current.y, yStep)) : -1;
  const currentCell = ci >= 0 && cj >= 0 ? { i: ci, row: ys.length - 1 - cj } : null;
  const summary = `${title}. ${xLabel} ${formatX(xs[0] ?? 0)} – ${formatX(xs[xs.length - 1] ?? 0)}, ${yLabel} ${formatY(ys[0] ?? 0)} – ${formatY(ys[ys.length - 1] ?? 0)}: ${formatValue(min)} – ${formatValue(max)}`;
  return (
    <ChartFrame
      title={title}
      description={description}
      summary={summary}
      columns={[
        { key: 'y', label: `${yLabel} \\ ${xLabel}` },
        ...xs.map((x, i) => ({ key: `x${i}`, label: formatX(x), numeric: true })),
      ]}
      rows={rowsTopDown.map((j) => ({
        key: String(j),
        cells: Object.fromEntries([['y', formatY(ys[j] ?? 0)], ...xs.map((_, i) => [`x${i}`, formatValue(values[j]?.[i] ?? 0)])]),
      }))}
      labels={frameLabels}
      testId={testId}
    >
      {/* On a phone the map keeps a readable size and scrolls inside its frame instead of shrinking its text to 5 px. */}
      <div style={{ overflowX: 'auto' }}>
        <svg
          viewBox={`0 0 ${w} ${h}`}
          width={width ?? '100%'}
          style={{ maxWidth: w, minWidth: width ? undefined : Math.min(w, MIN_WIDTH), height: 'auto', display: 'block' }}
          xmlns="http://www.w3.org/2000/svg"
          fontFamily="system-ui, sans-serif"
        >
          {rowsTopDown.map((j, row) =>
            xs.map((x, i) => {
              const v = values[j]?.[i] ?? 0;
              return (
                <rect
                  key={`${i}-${j}`}
                  x={LEFT + i * CELL}
                  y={TOP + row * CELL}
                  width={CELL}
                  height={CELL}
                  fill={rampColour(t(v))}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                >
                  <title>{`${xLabel} ${formatX(x)}, ${yLabel} ${formatY(ys[j] ?? 0)}: ${formatValue(v)}`}</title>
                </rect>
              );
            }),
          )}
          {currentCell ? (
            // Drawn after every cell so its neighbours do not cover the outline.
            <rect
              x={LEFT + currentCell.i * CELL + 1.5}
              y={TOP + currentCell.row * CELL + 1.5}
              width={CELL - 3}
              height={CELL - 3}
              fill="none"
              stroke="#D55E00"
              strokeWidth={3}
              data-testid="heatmap-current"
            />
          ) : null}
          {xs.map((x, i) =>
            i % tickEvery === 0 || i === xs.length - 1 ? (
              <text
                key={`xt${i}`}
                x={LEFT + (i + 0.5) * CELL}
                y={TOP + ys.length * CELL + 14}
                fontSize={11}
                textAnchor="middle"
                fill="#1b1f24"
              >
                {formatX(x)}
              </text>
            ) : null,
          )}
          {rowsTopDown.map((j, row) =>
            j % tickEvery === 0 || j === ys.length - 1 ? (
              <text key={`yt${j}`} x={LEFT - 6} y={TOP + (row + 0.5) * CELL + 4} fontSize={11} textAnchor="end" fill="#1b1f24">
                {formatY(ys[j] ?? 0)}
              </text>
            ) : null,
          )}
          <text
            x={LEFT + (xs.length * CELL) / 2}
            y={TOP + ys.length * CELL + 36}
            fontSize={12}
            textAnchor="middle"
            fill="#1b1f24"
          >
            {xLabel}
          </text>
          <text
            transform={`translate(14 ${TOP + (ys.length * CELL) / 2}) rotate(-90)`}
            fontSize={12}
            textAnchor="middle"
            fill="#1b1f24"
          >
            {yLabel}
          </text>
          {RAMP.map((_, k) => (
            <rect
              key={`l${k}`}
              x={LEFT + xs.length * CELL + 16}
              y={TOP + ((RAMP.length - 1 - k) * ys.length * CELL) / RAMP.length}
              width={14}
              height={(ys.length * CELL) / RAMP.length + 0.5}
              fill={rampColour(k / (RAMP.length - 1))}
            />
          ))}
          <text x={LEFT + xs.length * CELL + 34} y={TOP + 10} fontSize={10} fill="#1b1f24">
            {formatValue(max)}
          </text>
          <text x={LEFT + xs.length * CELL + 34} y={TOP + ys.length * CELL} fontSize={10} fill="#1b1f24">
            {formatValue(min)}
          </text>
        </svg>
      </div>
    </ChartFrame>
  );
}
