import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { wrapLabel } from './bar-chart';
import { ChartFrame, DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS } from './chart-frame';
import { PALETTE } from './palette';
import { barEndLabel } from './bar-end-label';
import { PLAIN_TICK } from './ticks';
import { useWidth } from './use-width';

export interface WaterfallStep {
  id: string;
  label: string;
  value: number;
  /** What the step multiplies the previous value by, already formatted ("× 0,50"), or '' for the start. */
  factor: string;
  /** The value formatted in the active locale. */
  display: string;
  kind: 'reported' | 'step' | 'total';
}

export interface WaterfallChartProps {
  title: string;
  description: string;
  steps: WaterfallStep[];
  formatTick: (value: number) => string;
  height?: number;
  /** A fixed width (print, tests); otherwise the chart follows its box. */
  width?: number;
  /** The frame's buttons and table headings follow the active language. */
  lang?: 'da' | 'en';
}

const COLORS = { reported: PALETTE[0], step: PALETTE[5], total: PALETTE[1] };
/** Below this width the step names and values move into one column beside the bars (a phone's 350 px). */
const NARROW = 620;
const LINE = 13;

/** Narrow layout: the step's name wrapped, then its value and factor in bold, all left of its bar. */
function stepTick(byLabel: Map<string, string>, chars: number) {
  return function StepTick(props: YAxisTickContentProps) {
    const payload = props.payload as { value?: unknown } | undefined; // a tick item; its value is the category label
    const label = String(payload?.value ?? '');
    const lines = wrapLabel(label, chars, 3);
    const all = [...lines, byLabel.get(label) ?? ''];
    const x = Number(props.x) - 4;
    return (
      <text x={x} y={Number(props.y)} textAnchor="end" fontSize={11} fill="#1b1f24" dominantBaseline="middle">
        {all.map((l, i) => (
          <tspan key={i} x={x} dy={i === 0 ? -((all.length - 1) * LINE) / 2 : LINE} fontWeight={i === lines.length ? 600 : 400}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };
}

/** A step's value and factor right of its bar. */
const StepLabel = barEndLabel((value) => String(value ?? ''), 12);

/**
 * From reported gains to social gain, one bar per step of the chain on a log axis: the steps span two orders
 * of magnitude (90 million to 8.4 billion), which a linear axis would flatten to nothing.
 */
export function WaterfallChart({ title, description, steps, formatTick, height = 360, width, lang = 'da' }: WaterfallChartProps) {
  const [box, measured] = useWidth(width);
  const labels = lang === 'en' ? ENGLISH_FRAME_LABELS : DEFAULT_FRAME_LABELS;
  const tableHeadings =
    lang === 'en' ? { step: 'Step', value: 'Value', factor: 'Factor' } : { step: 'Trin', value: 'Værdi', factor: 'Faktor' };
  const positive = steps.filter((s) => s.value > 0);
  const min = positive.length ? Math.min(...positive.map((s) => s.value)) : 1;
  const max = positive.length ? Math.max(...positive.map((s) => s.value)) : 10;
  const domain: [number, number] = [Math.pow(10, Math.floor(Math.log10(min))), Math.pow(10, Math.ceil(Math.log10(max)))];
  // A tick at each power of ten: labelled all (interval 0, no DOM measuring), Recharts' own log ticks would overlap.
  const ticks: number[] = [];
  for (let v = domain[0]; v <= domain[1] * 1.0001; v *= 10) ticks.push(v);
  // Recharts copies a datum's fields onto its bar's <path>: no `id` among them (it would repeat DOM ids).
  const data = steps.map((s) => ({
    key: s.id,
    label: s.label,
    kind: s.kind,
    plotted: s.value > 0 ? s.value : domain[0],
    label2: `${s.display}${s.factor ? `  (${s.factor})` : ''}`,
  }));
  const narrow = measured > 0 && measured < NARROW;
  // Wide: names left of the bars, values right of them. Narrow: both left (the values under the names), half the
  // width for the bars, no value axis (every bar carries its value); before the first measurement nothing is drawn.
  const axisWidth = narrow ? Math.round(measured * 0.5) : 220;
  const chars = Math.max(12, Math.floor(axisWidth / 6.2));
  const narrowHeight = 16 + steps.length * (LINE * 4 + 14);
  const chartHeight = narrow ? narrowHeight : height;
  const byLabel = new Map(data.map((d) => [d.label, d.label2]));
  return (
    <ChartFrame
      title={title}
      description={description}
      summary={`${title}. ${steps.map((s) => `${s.label}: ${s.display}`).join('; ')}`}
      labels={labels}
      testId="chart-waterfall"
      countBars
      columns={[
        { key: 'step', label: tableHeadings.step },
        { key: 'value', label: tableHeadings.value, numeric: true },
        { key: 'factor', label: tableHeadings.factor, numeric: true },
      ]}
      rows={steps.map((s) => ({ key: s.id, cells: { step: s.label, value: s.display, factor: s.factor } }))}
    >
      <div ref={box} style={{ width: '100%', minHeight: chartHeight }}>
        {measured > 0 ? (
          <BarChart
            width={measured}
            height={chartHeight}
            data={data}
            layout="vertical"
            margin={narrow ? { top: 4, right: 8, bottom: 4, left: 0 } : { top: 8, right: 190, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              scale="log"
              domain={domain}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={formatTick}
              tick={PLAIN_TICK}
              interval={0}
              hide={narrow}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={axisWidth}
              interval={0}
              tick={narrow ? stepTick(byLabel, chars) : { fontSize: 12 }}
            />
            <Tooltip
              separator=": "
              formatter={(_v, _n, item) => [(item.payload as { label2: string }).label2, '']}
              cursor={{ fill: 'rgba(0,0,0,0.04)' }}
            />
            <Bar dataKey="plotted" isAnimationActive={false} maxBarSize={narrow ? 28 : undefined}>
              {data.map((d) => (
                <Cell key={d.key} fill={COLORS[d.kind]} />
              ))}
              {narrow ? null : <LabelList dataKey="label2" position="right" content={StepLabel} />}
            </Bar>
          </BarChart>
        ) : null}
      </div>
    </ChartFrame>
  );
}
