import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartFrameLabels } from './chart-frame';
import { PALETTE } from './palette';
import { PLAIN_TICK, tickInterval } from './ticks';
import { useWidth } from './use-width';

// Props Recharts compares by identity: one object each, not one per draw.
const MARGIN = { top: 12, right: 16, bottom: 4, left: 8 };
const LEGEND_STYLE = { fontSize: 12 };
const Y_AXIS_WIDTH = 96;

interface FanPoint {
  year: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  /** The scenario's own path (no uncertainty), drawn as a dashed line when given. */
  point?: number;
}

export interface FanChartProps {
  title: string;
  description: string;
  points: FanPoint[];
  labels: { year: string; outer: string; inner: string; median: string; point: string; p10: string; p90: string };
  formatValue: (value: number) => string;
  width?: number;
  height?: number;
  frameLabels?: ChartFrameLabels;
  testId?: string;
}

/** Quantile bands over time: P10–P90 (light), P25–P75 (darker), the median, and the point estimate. */
export function FanChart({
  title,
  description,
  points,
  labels,
  formatValue,
  width,
  height = 300,
  frameLabels,
  testId,
}: FanChartProps) {
  const data = points.map((p) => ({ ...p, outer: [p.p10, p.p90], inner: [p.p25, p.p75] }));
  const hasPoint = points.some((p) => p.point !== undefined);
  const last = points[points.length - 1];
  const summary = `${title}. ${last ? `${last.year}: ${labels.median} ${formatValue(last.p50)}, ${labels.outer} ${formatValue(last.p10)} – ${formatValue(last.p90)}` : ''}`;
  const [box, measured] = useWidth(width);
  // The same function from one draw to the next (formatValue is stable: stable.tsx).
  const tooltipValue = useMemo(
    () => (v: unknown) =>
      Array.isArray(v) ? `${formatValue(Number(v[0]))} – ${formatValue(Number(v[1]))}` : formatValue(Number(v)),
    [formatValue],
  );
  const chart = (
    <ComposedChart accessibilityLayer={false} data={data} margin={MARGIN} width={measured} height={height}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="year"
        tick={PLAIN_TICK}
        interval={tickInterval(points.length, measured - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right)}
      />
      <YAxis tickFormatter={formatValue} width={Y_AXIS_WIDTH} tick={PLAIN_TICK} interval={0} />
      <Tooltip separator=": " formatter={tooltipValue} />
      <Legend verticalAlign="bottom" wrapperStyle={LEGEND_STYLE} />
      <Area dataKey="outer" name={labels.outer} stroke="none" fill={PALETTE[5]} fillOpacity={0.35} isAnimationActive={false} />
      <Area dataKey="inner" name={labels.inner} stroke="none" fill={PALETTE[0]} fillOpacity={0.45} isAnimationActive={false} />
      <Line dataKey="p50" name={labels.median} stroke={PALETTE[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
      {hasPoint ? (
        <Line
          dataKey="point"
          name={labels.point}
          stroke={PALETTE[1]}
          strokeDasharray="5 3"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
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
        { key: 'p10', label: labels.p10, numeric: true },
        { key: 'p50', label: labels.median, numeric: true },
        { key: 'p90', label: labels.p90, numeric: true },
        ...(hasPoint ? [{ key: 'point', label: labels.point, numeric: true }] : []),
      ]}
      rows={points.map((p) => ({
        key: String(p.year),
        cells: {
          year: String(p.year),
          p10: formatValue(p.p10),
          p50: formatValue(p.p50),
          p90: formatValue(p.p90),
          point: p.point === undefined ? '' : formatValue(p.point),
        },
      }))}
      labels={frameLabels}
      legend={[
        { label: labels.outer, color: PALETTE[5] },
        { label: labels.inner, color: PALETTE[0] },
        { label: labels.median, color: PALETTE[0], style: 'line' },
        ...(hasPoint ? [{ label: labels.point, color: PALETTE[1], style: 'dashed' as const }] : []),
      ]}
      testId={testId}
    >
      <div ref={box} style={{ width: '100%', minHeight: height }}>
        {measured > 0 ? chart : null}
      </div>
    </ChartFrame>
  );
}
