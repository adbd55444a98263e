import { useMemo } from 'react';
import { niceTicks } from './nice-ticks';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { wrapLabel } from './bar-chart';
import { ChartFrame, type ChartFrameLabels } from './chart-frame';
import { PALETTE } from './palette';
import { PLAIN_TICK } from './ticks';
import { useWidth } from './use-width';

interface TornadoDatum {
  key: string;
  /** Parameter name. */
  label: string;
  /** The bounds, formatted ("25 %", "4 år"). */
  lowLabel: string;
  highLabel: string;
  outputLow: number;
  outputHigh: number;
}

interface TornadoLabels {
  parameter: string;
  /** Series: output with the parameter at its low / high bound. */
  atLow: string;
  atHigh: string;
  swing: string;
  /** The reference line: the scenario's own value of the output. */
  base: string;
}

export interface TornadoChartProps {
  title: string;
  description: string;
  /** Sorted by swing, largest first (the chart keeps the order, top to bottom). */
  data: TornadoDatum[];
  base: number;
  labels: TornadoLabels;
  formatValue: (value: number) => string;
  width?: number;
  frameLabels?: ChartFrameLabels;
  testId?: string;
}

const BAR = 14;
const LINE = 13;
/** Parameter names wrap onto up to three lines of this many characters beside the bars (fewer on a phone). */
const MAX_CHARS = 22;
const PHONE_CHARS = 15;
/** Width of one character of the 11 px labels, generously: a long Danish word must not run off the left edge. */
const CHAR_PX = 7;

function paramTick(chars: number) {
  return function ParamTick(props: YAxisTickContentProps) {
    const x = Number(props.x);
    const y = Number(props.y);
    const payload = props.payload as { value?: unknown } | undefined; // a tick item; its value is the category label
    const lines = wrapLabel(String(payload?.value ?? ''), chars);
    const first = -((lines.length - 1) * LINE) / 2;
    return (
      <text x={x} y={y} textAnchor="end" fontSize={11} fill="#1b1f24" dominantBaseline="middle">
        <title>{String(payload?.value ?? '')}</title>
        {lines.map((l, i) => (
          <tspan key={i} x={x - 4} dy={i === 0 ? first : LINE}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };
}

/** One bar per parameter from the output at its low bound to the output at its high bound, around the scenario's value. */
export function TornadoChart({
  title,
  description,
  data,
  base,
  labels,
  formatValue,
  width,
  frameLabels,
  testId,
}: TornadoChartProps) {
  const [box, measured] = useWidth(width);
  const chars = measured > 0 && measured < 480 ? PHONE_CHARS : MAX_CHARS;
  const tick = useMemo(() => paramTick(chars), [chars]);
  const rows = data.map((d) => ({ ...d, low: [base, d.outputLow], high: [base, d.outputHigh] }));
  const lines = Math.max(1, ...data.map((d) => wrapLabel(d.label, chars).length));
  const height = 70 + data.length * Math.max(BAR + 12, lines * LINE + 8);
  // Range bars are not in Recharts' automatic domain: the extent of every bar end and the base, padded a little.
  const ends = [base, ...data.flatMap((d) => [d.outputLow, d.outputHigh])];
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const pad = (hi - lo) * 0.04 || Math.abs(base) * 0.04 || 1;
  const summary = `${title}. ${labels.base}: ${formatValue(base)}. ${data
    .map((d) => `${d.label}: ${d.lowLabel} → ${formatValue(d.outputLow)}, ${d.highLabel} → ${formatValue(d.outputHigh)}`)
    .join('; ')}`;
  const chart = (
    <BarChart
      accessibilityLayer={false}
      layout="vertical"
      data={rows}
      barGap={-BAR}
      barSize={BAR}
      margin={{ top: 8, right: 20, bottom: 4, left: 4 }}
      width={measured || undefined}
      height={height}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[lo - pad, hi + pad]}
        ticks={niceTicks(lo - pad, hi + pad, 4)}
        tickFormatter={formatValue}
        tick={PLAIN_TICK}
        interval={0}
        allowDataOverflow
      />
      <YAxis type="category" dataKey="label" width={chars * CHAR_PX + 10} tick={tick} interval={0} />
      <Tooltip separator=": " formatter={(v) => (Array.isArray(v) ? formatValue(Number(v[1])) : formatValue(Number(v)))} />
      <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="low" name={labels.atLow} fill={PALETTE[5]} isAnimationActive={false} />
      <Bar dataKey="high" name={labels.atHigh} fill={PALETTE[1]} isAnimationActive={false} />
      <ReferenceLine x={base} stroke={PALETTE[7]} strokeWidth={1.5} />
    </BarChart>
  );
  return (
    <ChartFrame
      title={title}
      description={description}
      summary={summary}
      columns={[
        { key: 'parameter', label: labels.parameter },
        { key: 'low', label: labels.atLow, numeric: true },
        { key: 'high', label: labels.atHigh, numeric: true },
        { key: 'swing', label: labels.swing, numeric: true },
      ]}
      rows={data.map((d) => ({
        key: d.key,
        cells: {
          parameter: d.label,
          low: `${d.lowLabel}: ${formatValue(d.outputLow)}`,
          high: `${d.highLabel}: ${formatValue(d.outputHigh)}`,
          swing: formatValue(Math.abs(d.outputHigh - d.outputLow)),
        },
      }))}
      labels={frameLabels}
      legend={[
        { label: labels.atLow, color: PALETTE[5] },
        { label: labels.atHigh, color: PALETTE[1] },
      ]}
      testId={testId}
    >
      <div ref={box} style={{ width: '100%', minHeight: height }}>
        {measured > 0 ? chart : null}
      </div>
    </ChartFrame>
  );
}
