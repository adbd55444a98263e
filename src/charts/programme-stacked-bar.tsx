import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { wrapLabel, type BarDatum, type BarSeries } from './bar-chart';
import { ChartFrame, type ChartFrameLabels } from './chart-frame';
import { PALETTE } from './palette';
import { useWidth } from './use-width';

export interface StackedBarChartProps {
  title: string;
  description: string;
  /** Header of the table's first column ("År", "Kilde" …). */
  categoryLabel: string;
  /** Stacked in this order; every other series is hatched, so neighbours differ without colour. */
  series: BarSeries[];
  data: BarDatum[];
  formatValue: (value: number) => string;
  /** Header of the table's total column; no total column when omitted. */
  totalLabel?: string;
  /** Bars across (long category names such as funding sources) instead of up (years). */
  horizontal?: boolean;
  width?: number;
  frameLabels?: ChartFrameLabels;
  testId?: string;
}

const colour = (i: number) => PALETTE[i % PALETTE.length] ?? '#000000';
const hatched = (i: number) => i % 2 === 1;

function wrappedTick(maxChars: number) {
  return function WrappedTick(props: YAxisTickContentProps) {
    const payload = props.payload as { value?: unknown } | undefined; // a tick item; its value is the category label
    const lines = wrapLabel(String(payload?.value ?? ''), maxChars);
    const x = Number(props.x);
    return (
      <text x={x} y={Number(props.y)} textAnchor="end" fontSize={12} fill="#1b1f24" dominantBaseline="middle">
        {lines.map((l, i) => (
          <tspan key={i} x={x - 4} dy={i === 0 ? -((lines.length - 1) * 13) / 2 : 13}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };
}

/** Stacked bars (funding by source split cash / in kind, members by type per year) with a table twin. */
export function StackedBarChart({
  title,
  description,
  categoryLabel,
  series,
  data,
  formatValue,
  totalLabel,
  horizontal = false,
  width,
  frameLabels,
  testId,
}: StackedBarChartProps) {
  const patternBase = `stack-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [box, measured] = useWidth(width);
  const narrow = measured > 0 && measured < 560;
  const rows = data.map((d) => ({
    key: d.key,
    label: d.label,
    ...Object.fromEntries(series.map((s, i) => [s.id, d.values[i] ?? 0])),
  }));
  const total = (d: BarDatum) => d.values.reduce((s, v) => s + v, 0);
  const axisWidth = narrow ? Math.round(measured * 0.4) : 200;
  // ~7.5 px per character at 12 px keeps the longest wrapped line inside the axis.
  const maxChars = Math.max(8, Math.floor((axisWidth - 8) / 7.5));
  const height = horizontal
    ? Math.max(160, data.length * (Math.max(2, ...data.map((d) => wrapLabel(d.label, maxChars).length)) * 13 + 22) + 70)
    : 300;
  const fill = (i: number) => (hatched(i) ? `url(#${patternBase}-${i})` : colour(i));
  const summary = `${title}. ${data.map((d) => `${d.label}: ${series.map((s, i) => `${s.name} ${formatValue(d.values[i] ?? 0)}`).join(', ')}`).join('; ')}`;
  const valueAxis = { type: 'number' as const, tickFormatter: formatValue, tick: { fontSize: 11 }, tickCount: narrow ? 3 : 5 };
  const chart = (
    // accessibilityLayer off: the frame's role="img" area is the one focus stop (as in the other charts).
    <BarChart
      accessibilityLayer={false}
      data={rows}
      layout={horizontal ? 'vertical' : 'horizontal'}
      width={measured}
      height={height}
      margin={{ top: 4, right: 16, bottom: 4, left: horizontal ? 2 : 8 }}
    >
      <defs>
        {series.map((_, i) =>
          hatched(i) ? (
            <pattern
              key={i}
              id={`${patternBase}-${i}`}
              patternUnits="userSpaceOnUse"
              width={6}
              height={6}
              patternTransform="rotate(45)"
            >
              <rect width={6} height={6} fill={colour(i)} />
              <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeWidth={2} />
            </pattern>
          ) : null,
        )}
      </defs>
      <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis type="category" dataKey="label" width={axisWidth} tick={wrappedTick(maxChars)} interval={0} />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="label" tick={{ fontSize: 11 }} interval={narrow ? 'preserveStartEnd' : 0} />
          <YAxis {...valueAxis} width={narrow ? 56 : 72} />
        </>
      )}
      <Tooltip separator=": " formatter={(v) => formatValue(Number(v))} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
      {/* Legend words in text colour: the lighter palette colours (orange, yellow) are too faint as text. */}
      <Legend
        verticalAlign="top"
        itemSorter={null}
        wrapperStyle={{ fontSize: 12 }}
        formatter={(v) => <span style={{ color: '#1b1f24' }}>{String(v)}</span>}
      />
      {series.map((s, i) => (
        <Bar
          key={s.id}
          dataKey={s.id}
          name={s.name}
          stackId="stack"
          fill={fill(i)}
          stroke={hatched(i) ? colour(i) : undefined}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
  return (
    <ChartFrame
      title={title}
      description={description}
      summary={summary}
      columns={[
        { key: 'label', label: categoryLabel },
        ...series.map((s) => ({ key: s.id, label: s.name, numeric: true })),
        ...(totalLabel ? [{ key: 'total', label: totalLabel, numeric: true }] : []),
      ]}
      rows={data.map((d) => ({
        key: d.key,
        cells: {
          label: d.label,
          ...Object.fromEntries(series.map((s, i) => [s.id, formatValue(d.values[i] ?? 0)])),
          ...(totalLabel ? { total: formatValue(total(d)) } : {}),
        },
      }))}
      labels={frameLabels}
      legend={series.map((s, i) => ({ label: s.name, color: colour(i), style: hatched(i) ? 'hatched' : 'solid' }))}
      testId={testId}
    >
      <div ref={box} style={{ width: '100%', minHeight: height }}>
        {measured > 0 ? chart : null}
      </div>
    </ChartFrame>
  );
}
