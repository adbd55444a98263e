import { useId, useMemo } from 'react';
import { useWidth } from './use-width';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { ChartFrame, type ChartColumn, type ChartFrameLabels } from './chart-frame';
import { PALETTE } from './palette';
import { barEndLabel } from './bar-end-label';
import { PLAIN_TICK } from './ticks';

export interface BarSeries {
  id: string;
  name: string;
}

export interface BarDatum {
  /** What `onSelect` receives (theme, NACE code, size class …). */
  key: string;
  label: string;
  /** One value per series, in series order. */
  values: number[];
  /** Extra table cells, already formatted, keyed by `extraColumns` keys (e.g. the counts behind a share). */
  extra?: Record<string, string>;
}

export interface CategoryBarChartProps {
  title: string;
  description: string;
  /** Header of the table's first column ("Tema", "Branche" …). */
  categoryLabel: string;
  /** One or two series; the second is hatched so the two differ without colour. */
  series: BarSeries[];
  data: BarDatum[];
  /** Ticks, labels, tooltips and table cells, in the active locale ('1,5 mia. kr.'). */
  formatValue: (value: number) => string;
  onSelect?: (key: string) => void;
  /** Keys of selected bars: the others are drawn faded (nothing is highlighted when empty). */
  selectedKeys?: readonly string[];
  /** Table-only columns after the series, filled from each datum's `extra`. */
  extraColumns?: ChartColumn[];
  /** Fixed pixel width (tests, export); fills the container when omitted. */
  width?: number;
  /** Width of the category axis; long names wrap onto more lines within it. */
  categoryWidth?: number;
  frameLabels?: ChartFrameLabels;
  testId?: string;
}

const ROW_PER_SERIES = 20;
// Props Recharts compares by identity: one object each, not one per draw.
const MARGIN = { top: 4, right: 96, bottom: 4, left: 2 };
const MARGIN_NARROW = { top: 4, right: 78, bottom: 4, left: 2 };
const CURSOR = { fill: 'rgba(0,0,0,0.04)' };
const LEGEND_STYLE = { fontSize: 12 };

/** Splits a label into lines of at most `max` characters at spaces (a word longer than `max` is cut with …). */
export function wrapLabel(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), `${(lines[maxLines - 1] ?? '').slice(0, max - 1)}…`];
  return lines;
}

function categoryTick(maxChars: number) {
  return function CategoryTick(props: YAxisTickContentProps) {
    const x = Number(props.x);
    const y = Number(props.y);
    const payload = props.payload as { value?: unknown } | undefined; // a tick item; its value is the category label
    const lines = wrapLabel(String(payload?.value ?? ''), maxChars);
    const first = -((lines.length - 1) * 13) / 2;
    return (
      <text x={x} y={y} textAnchor="end" fontSize={12} fill="#1b1f24" dominantBaseline="middle">
        {lines.map((l, i) => (
          <tspan key={i} x={x - 4} dy={i === 0 ? first : 13}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };
}

/** Horizontal bars for a categorical breakdown: direct value labels, wrapped category names, a table twin. */
export function CategoryBarChart({
  title,
  description,
  categoryLabel,
  series,
  data,
  formatValue,
  onSelect,
  selectedKeys = [],
  extraColumns = [],
  width,
  categoryWidth = 150,
  frameLabels,
  testId,
}: CategoryBarChartProps) {
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const rows = data.map((d) => {
    const row: Record<string, string | number> = { key: d.key, label: d.label };
    series.forEach((s, i) => {
      row[s.id] = d.values[i] ?? 0;
    });
    return row;
  });
  const [box, measured] = useWidth(width);
  // On a phone the names get at most 40 % of the width and wrap; the value labels keep their room on the right.
  const narrow = measured > 0 && measured < 560;
  const axisWidth = narrow ? Math.min(categoryWidth, Math.round(measured * 0.4)) : categoryWidth;
  // ~7.2 px per character of the 12 px tick font, less the tick mark and its gap: at 6.8 px a 19-character name
  // ("Product development") was given one line in a 132 px axis and its first letters were cut off on a phone.
  const maxChars = Math.max(8, Math.floor((axisWidth - 10) / 7.2));
  const maxLines = Math.max(1, ...data.map((d) => wrapLabel(d.label, maxChars).length));
  const band = Math.max(series.length * ROW_PER_SERIES + 16, maxLines * 13 + 12);
  const height = Math.max(140, data.length * band + (series.length > 1 ? 64 : 40));
  // Components made once per setting: a new function each render would remount every tick and label.
  const Tick = useMemo(() => categoryTick(maxChars), [maxChars]);
  const ValueLabel = useMemo(() => barEndLabel((value) => formatValue(Number(value)), 11), [formatValue]);
  // The same functions from one draw to the next (formatValue and onSelect are stable: see stable.tsx), so Recharts'
  // settings for the tooltip and the bars do not change with the data.
  const tooltipValue = useMemo(() => (v: unknown) => formatValue(Number(v)), [formatValue]);
  const barClick = useMemo(
    () => (entry: { payload?: { key?: unknown } }) => {
      const k = entry.payload?.key;
      if (typeof k === 'string') onSelect?.(k);
    },
    [onSelect],
  );
  const summary = `${title}. ${data.map((d) => `${d.label}: ${series.map((s, i) => `${s.name} ${formatValue(d.values[i] ?? 0)}`).join(', ')}`).join('; ')}`;
  // accessibilityLayer off: the frame's role="img" area is the one focus stop, and the table is the keyboard way in;
  // Recharts' role="application" surface inside an image would be a second, conflicting one.
  const chart = (
    <BarChart
      accessibilityLayer={false}
      data={rows}
      layout="vertical"
      margin={narrow ? MARGIN_NARROW : MARGIN}
      barGap={2}
      width={measured}
      height={height}
    >
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
          <rect width={6} height={6} fill={PALETTE[1]} />
          <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeWidth={2} />
        </pattern>
      </defs>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={formatValue} tick={PLAIN_TICK} tickCount={narrow ? 2 : 4} interval={0} />
      <YAxis type="category" dataKey="label" width={axisWidth} tick={Tick} interval={0} />
      <Tooltip separator=": " formatter={tooltipValue} cursor={CURSOR} />
      {series.length > 1 ? <Legend verticalAlign="top" itemSorter={null} wrapperStyle={LEGEND_STYLE} /> : null}
      {series.map((s, i) => (
        <Bar
          key={s.id}
          dataKey={s.id}
          name={s.name}
          fill={i === 0 ? PALETTE[0] : `url(#${hatchId})`}
          stroke={i === 0 ? undefined : PALETTE[1]}
          barSize={ROW_PER_SERIES - 4}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={onSelect ? barClick : undefined}
        >
          {selectedKeys.length > 0
            ? data.map((d) => <Cell key={d.key} fillOpacity={selectedKeys.includes(d.key) ? 1 : 0.3} />)
            : null}
          <LabelList dataKey={s.id} position="right" content={ValueLabel} />
        </Bar>
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
        ...extraColumns,
      ]}
      rows={data.map((d) => ({
        key: d.key,
        cells: { label: d.label, ...Object.fromEntries(series.map((s, i) => [s.id, formatValue(d.values[i] ?? 0)])), ...d.extra },
      }))}
      labels={frameLabels}
      onRowSelect={onSelect}
      legend={
        series.length > 1
          ? series.map((s, i) => ({
              label: s.name,
              color: i === 0 ? PALETTE[0] : PALETTE[1],
              style: i === 0 ? 'solid' : 'hatched',
            }))
          : undefined
      }
      testId={testId}
    >
      <div ref={box} style={{ width: '100%', minHeight: height }}>
        {measured > 0 ? chart : null}
      </div>
    </ChartFrame>
  );
}
