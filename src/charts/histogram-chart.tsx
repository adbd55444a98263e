import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { niceTicks } from './nice-ticks';
import { ChartFrame, type ChartFrameLabels } from './chart-frame';
import { PALETTE } from './palette';
import { PLAIN_TICK } from './ticks';

interface HistogramMarker {
  value: number;
  label: string;
}

export interface HistogramChartProps {
  title: string;
  description: string;
  /** Bin i covers [edges[i], edges[i + 1]). */
  edges: number[];
  counts: number[];
  /** Vertical lines: P10/P50/P90, a threshold … */
  markers?: HistogramMarker[];
  labels: { bin: string; count: string; share: string };
  formatValue: (value: number) => string;
  formatShare: (share: number) => string;
  /** A bin's count of draws, in the reader's number format (10.000 / 10,000). */
  formatCount: (count: number) => string;
  width?: number;
  height?: number;
  frameLabels?: ChartFrameLabels;
  testId?: string;
}

const MARKER_COLOURS = [PALETTE[1], PALETTE[7], PALETTE[1], PALETTE[3]] as const;

/** Draws per bin as a step outline (a numeric axis, so markers sit at their exact values). */
export function HistogramChart({
  title,
  description,
  edges,
  counts,
  markers = [],
  labels,
  formatValue,
  formatShare,
  formatCount,
  width,
  height = 260,
  frameLabels,
  testId,
}: HistogramChartProps) {
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  const points = counts.map((c, i) => ({ x: edges[i] ?? 0, count: c }));
  points.push({ x: edges[edges.length - 1] ?? 0, count: counts[counts.length - 1] ?? 0 });
  const bins = counts.map((c, i) => ({ from: edges[i] ?? 0, to: edges[i + 1] ?? edges[i] ?? 0, count: c }));
  const summary = `${title}. ${markers.map((m) => `${m.label}: ${formatValue(m.value)}`).join('; ')}`;
  const chart = (
    <AreaChart
      accessibilityLayer={false}
      data={points}
      margin={{ top: 20, right: 20, bottom: 4, left: 4 }}
      width={width}
      height={width ? height : undefined}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        type="number"
        dataKey="x"
        domain={['dataMin', 'dataMax']}
        ticks={niceTicks(edges[0] ?? 0, edges[edges.length - 1] ?? 0, 5)}
        tickFormatter={formatValue}
        tick={PLAIN_TICK}
        interval={0}
      />
      <YAxis tick={PLAIN_TICK} width={44} allowDecimals={false} tickFormatter={formatCount} interval={0} />
      <Tooltip separator=": " formatter={(v) => formatCount(Number(v))} labelFormatter={(v) => formatValue(Number(v))} />
      <Area
        type="stepAfter"
        dataKey="count"
        name={labels.count}
        stroke={PALETTE[0]}
        fill={PALETTE[5]}
        fillOpacity={0.6}
        isAnimationActive={false}
      />
      {markers.map((m, i) => (
        <ReferenceLine
          key={m.label}
          x={m.value}
          stroke={MARKER_COLOURS[i % MARKER_COLOURS.length]}
          strokeDasharray={i === 1 ? undefined : '5 3'}
          strokeWidth={2}
          // Quantile labels above the plot; a threshold's at the foot of its line: its default is the scenario's own
          // value, next to P50, and a label at the top sat right under P50's.
          label={{ value: m.label, position: i < 3 ? 'top' : 'insideBottomRight', fontSize: 11, fill: '#1b1f24' }}
        />
      ))}
    </AreaChart>
  );
  return (
    <ChartFrame
      title={title}
      description={description}
      summary={summary}
      columns={[
        { key: 'bin', label: labels.bin },
        { key: 'count', label: labels.count, numeric: true },
        { key: 'share', label: labels.share, numeric: true },
      ]}
      rows={bins.map((b, i) => ({
        key: String(i),
        cells: {
          bin: `${formatValue(b.from)} – ${formatValue(b.to)}`,
          count: formatCount(b.count),
          share: formatShare(b.count / total),
        },
      }))}
      labels={frameLabels}
      legend={markers.map((m, i) => ({
        label: `${m.label}: ${formatValue(m.value)}`,
        color: MARKER_COLOURS[i % MARKER_COLOURS.length]!,
        style: i === 1 ? 'line' : 'dashed',
      }))}
      testId={testId}
    >
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
