import { useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartFrameLabels } from './chart-frame';
import { PALETTE } from './palette';
import { PLAIN_TICK, tickInterval } from './ticks';
import { useWidth } from './use-width';

// Props Recharts compares by identity: one object each, not one per draw.
const MARGIN = { top: 24, right: 16, bottom: 4, left: 8 };
const LEGEND_STYLE = { fontSize: 12 };
const DOT = { r: 3 };
const Y_AXIS_WIDTH = 96;

interface TimePathPoint {
  year: number;
  /** Social gain that year (DKK). */
  annual: number;
  /** Attributed cumulative discounted value up to that year (DKK): what repays the funding. */
  cumulative: number;
}

interface TimePathLabels {
  year: string;
  annual: string;
  cumulative: string;
  /** Reference line: public funding × (1 + tax distortion). */
  cost: string;
  payback: string;
}

export interface TimePathChartProps {
  title: string;
  description: string;
  points: TimePathPoint[];
  cost: number;
  paybackYear: number | null;
  labels: TimePathLabels;
  formatValue: (value: number) => string;
  formatYear?: (year: number) => string;
  width?: number;
  height?: number;
  frameLabels?: ChartFrameLabels;
  testId?: string;
}

/** Annual social gain (bars) and cumulative discounted value (line) against the cost of the public funding. */
export function TimePathChart({
  title,
  description,
  points,
  cost,
  paybackYear,
  labels,
  formatValue,
  formatYear = String,
  width,
  height = 340,
  frameLabels,
  testId,
}: TimePathChartProps) {
  const summary = `${title}. ${labels.cost}: ${formatValue(cost)}; ${labels.payback}: ${paybackYear === null ? '–' : formatYear(paybackYear)}; ${points
    .map(
      (p) =>
        `${formatYear(p.year)}: ${labels.annual} ${formatValue(p.annual)}, ${labels.cumulative} ${formatValue(p.cumulative)}`,
    )
    .join('; ')}`;
  const [box, measured] = useWidth(width);
  // Formatters that stay the same functions from one draw to the next (the props' own are stable: stable.tsx).
  const year = useMemo(() => (v: unknown) => formatYear(Number(v)), [formatYear]);
  const value = useMemo(() => (v: unknown) => formatValue(Number(v)), [formatValue]);
  // accessibilityLayer off: the frame's role="img" area is the one focus stop, and the table is the keyboard way in;
  // Recharts' role="application" surface inside an image would be a second, conflicting one.
  const chart = (
    <ComposedChart accessibilityLayer={false} data={points} margin={MARGIN} width={measured} height={height}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="year"
        tickFormatter={year}
        tick={PLAIN_TICK}
        interval={tickInterval(points.length, measured - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right)}
      />
      <YAxis tickFormatter={formatValue} width={Y_AXIS_WIDTH} tick={PLAIN_TICK} interval={0} />
      <Tooltip separator=": " formatter={value} labelFormatter={year} />
      <Legend verticalAlign="bottom" itemSorter={null} wrapperStyle={LEGEND_STYLE} />
      <Bar dataKey="annual" name={labels.annual} fill={PALETTE[5]} isAnimationActive={false} />
      <Line
        dataKey="cumulative"
        name={labels.cumulative}
        stroke={PALETTE[0]}
        strokeWidth={2}
        dot={DOT}
        isAnimationActive={false}
      />
      {/* Labelled below the chart: the cost is often tiny next to the gains, and a label on the line would sit on the axis. */}
      <ReferenceLine y={cost} stroke={PALETTE[1]} strokeDasharray="6 4" strokeWidth={2} />
      {paybackYear !== null ? (
        <ReferenceLine
          x={paybackYear}
          stroke={PALETTE[7]}
          strokeDasharray="2 3"
          label={{
            value: `${labels.payback}: ${formatYear(paybackYear)}`,
            position: 'insideTopLeft',
            fontSize: 11,
            fill: '#1b1f24',
          }}
        />
      ) : null}
    </ComposedChart>
  );
  return (
    <ChartFrame
      title={title}
      description={description}
      summary={summary}
      columns={[
        { key: 'year', label: labels.year },
        { key: 'annual', label: labels.annual, numeric: true },
        { key: 'cumulative', label: labels.cumulative, numeric: true },
      ]}
      rows={points.map((p) => ({
        key: String(p.year),
        cells: {
          year: `${formatYear(p.year)}${p.year === paybackYear ? ` (${labels.payback})` : ''}`,
          annual: formatValue(p.annual),
          cumulative: formatValue(p.cumulative),
        },
      }))}
      labels={frameLabels}
      legend={[
        { label: labels.annual, color: PALETTE[5] },
        { label: labels.cumulative, color: PALETTE[0], style: 'line' },
        { label: `${labels.cost}: ${formatValue(cost)}`, color: PALETTE[1], style: 'dashed' },
      ]}
      testId={testId}
    >
      <div ref={box} style={{ width: '100%', minHeight: height }}>
        {measured > 0 ? chart : null}
      </div>
      <p
        className="chart-desc"
        style={{ margin: '0.2rem 0 0', display: 'flex', alignItems: 'center', gap: '0.4rem', flexWrap: 'wrap' }}
      >
        <svg width={28} height={8} aria-hidden="true">
          <line x1={0} y1={4} x2={28} y2={4} stroke={PALETTE[1]} strokeWidth={2} strokeDasharray="6 4" />
        </svg>
        <span>{`${labels.cost}: ${formatValue(cost)}`}</span>
        <span>{`· ${labels.payback}: ${paybackYear === null ? '–' : formatYear(paybackYear)}`}</span>
      </p>
    </ChartFrame>
  );
}
