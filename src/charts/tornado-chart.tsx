import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartFrameLabels } from './chart-frame';
import { PALETTE } from './palette';

export interface TornadoDatum {
  key: string;
  /** Parameter name. */
  label: string;
  /** The bounds, formatted ("25 %", "4 år"). */
  lowLabel: string;
  highLabel: string;
  outputLow: number;
  outputHigh: number;
}

export interface TornadoLabels {
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

/** One bar per parameter from the output at its low bound to the output at its high bound, around the scenario's value. */
export function TornadoChart({ title, description, data, base, labels, formatValue, width, frameLabels, testId }: TornadoChartProps) {
  const rows = data.map((d) => ({ ...d, low: [base, d.outputLow], high: [base, d.outputHigh] }));
  const height = 60 + data.length * (BAR + 12);
  const summary = `${title}. ${labels.base}: ${formatValue(base)}. ${data
    .map((d) => `${d.label}: ${d.lowLabel} → ${formatValue(d.outputLow)}, ${d.highLabel} → ${formatValue(d.outputHigh)}`)
    .join('; ')}`;
  const chart = (
    <BarChart accessibilityLayer={false} layout="vertical" data={rows} barGap={-BAR} barSize={BAR} margin={{ top: 8, right: 20, bottom: 4, left: 4 }} width={width} height={width ? height : undefined}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={['auto', 'auto']} tickFormatter={formatValue} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 11 }} interval={0} />
      <Tooltip formatter={(v) => (Array.isArray(v) ? formatValue(Number(v[1])) : formatValue(Number(v)))} />
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
      {width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>}
    </ChartFrame>
  );
}
