import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS } from './chart-frame';
import { PALETTE } from './palette';

interface WaterfallStep {
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
  /** The frame's buttons and table headings follow the active language. */
  lang?: 'da' | 'en';
}

const COLORS = { reported: PALETTE[0], step: PALETTE[5], total: PALETTE[1] };

/**
 * From reported gains to social gain, one bar per step of the chain on a log axis: the steps span two orders
 * of magnitude (90 million to 8.4 billion), which a linear axis would flatten to nothing.
 */
export function WaterfallChart({ title, description, steps, formatTick, height = 360, lang = 'da' }: WaterfallChartProps) {
  const labels = lang === 'en' ? ENGLISH_FRAME_LABELS : DEFAULT_FRAME_LABELS;
  const tableHeadings =
    lang === 'en' ? { step: 'Step', value: 'Value', factor: 'Factor' } : { step: 'Trin', value: 'Værdi', factor: 'Faktor' };
  const positive = steps.filter((s) => s.value > 0);
  const min = positive.length ? Math.min(...positive.map((s) => s.value)) : 1;
  const max = positive.length ? Math.max(...positive.map((s) => s.value)) : 10;
  const domain: [number, number] = [Math.pow(10, Math.floor(Math.log10(min))), Math.pow(10, Math.ceil(Math.log10(max)))];
  const data = steps.map((s) => ({
    ...s,
    plotted: s.value > 0 ? s.value : domain[0],
    label2: `${s.display}${s.factor ? `  (${s.factor})` : ''}`,
  }));
  return (
    <ChartFrame
      title={title}
      description={description}
      summary={`${title}. ${steps.map((s) => `${s.label}: ${s.display}`).join('; ')}`}
      labels={labels}
      testId="waterfall"
      columns={[
        { key: 'step', label: tableHeadings.step },
        { key: 'value', label: tableHeadings.value, numeric: true },
        { key: 'factor', label: tableHeadings.factor, numeric: true },
      ]}
      rows={steps.map((s) => ({ key: s.id, cells: { step: s.label, value: s.display, factor: s.factor } }))}
    >
      <div>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 190, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" scale="log" domain={domain} allowDataOverflow tickFormatter={formatTick} />
            <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(_v, _n, item) => [(item.payload as { label2: string }).label2, '']}
              cursor={{ fill: 'rgba(0,0,0,0.04)' }}
            />
            <Bar dataKey="plotted" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.id} fill={COLORS[d.kind]} />
              ))}
              <LabelList dataKey="label2" position="right" style={{ fontSize: 12, fill: '#1b1f24' }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
