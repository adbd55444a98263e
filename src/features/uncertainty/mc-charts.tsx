import { memo, startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { FanChart, HistogramChart } from '../../charts';
import { formatInteger, formatPercent } from '../../format';
import { MC_FIGURES, type McFigure, type MonteCarloResult } from '../../model';
import { fanChartTexts, useLang, useT } from '../../ui';
import { frameLabels } from './frame-labels';
import { formatOutput, OUTPUT_LABELS } from './number-text';
import { STAND_IN } from './stand-in';

export interface McChartsProps {
  /** The finished run, or null before the first (the charts are then mounted early with stand-in data, hidden). */
  result: MonteCarloResult | null;
  /** Social gain threshold, DKK. */
  threshold: number;
  /** The scenario's own annual social gain per year of the fan (no uncertainty). */
  pointPath: number[];
}

/** Calls `then` in a task after the next frame has been drawn (a macrotask after an animation frame). */
function afterNextFrame(then: () => void): () => void {
  let timer = 0;
  const id = requestAnimationFrame(() => {
    timer = window.setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(id);
    clearTimeout(timer);
  };
}

/**
 * The Monte Carlo's histogram and fan chart. A Recharts chart's first mount is one piece React cannot split (its
 * commit sets the chart's store, which renders it again synchronously): both charts mounted by the first run were its
 * one long task (214 ms in the quiet bench; updating them on later runs stayed under 50 ms). So:
 * - Before the first run, once the screen is idle, both are mounted off the page's flow with stand-in data of a real
 *   run's shape, invisible and inert; the first run then updates charts that exist, as every later run does.
 * - The fan chart follows the histogram a frame later, so their work falls in two tasks, not one.
 * - Both draw from a deferred copy of the result (a transition), after the table and the probability have painted.
 */
export const McCharts = memo(function McCharts({ result, threshold, pointPath }: McChartsProps) {
  const t = useT();
  const { lang } = useLang();
  const [figure, setFigure] = useState<McFigure>('socialGain');
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (armed || result || typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => setArmed(true), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [armed, result]);
  const real = useDeferredValue(result);
  const histOf = real ?? (armed ? STAND_IN : null);
  // The fan's source follows the histogram's once the histogram's drawing has been committed and painted.
  const [fanOf, setFanOf] = useState<MonteCarloResult | null>(null);
  useEffect(() => {
    if (fanOf === histOf) return;
    return afterNextFrame(() => startTransition(() => setFanOf(histOf)));
  }, [histOf, fanOf]);
  const shown = real !== null;
  const s = histOf?.figures[figure];
  const fmt = (v: number) => formatOutput(figure, v, lang);
  const histogram = useMemo(
    () =>
      histOf && s ? (
        <HistogramChart
          testId={shown ? 'mc-histogram' : undefined}
          title={`${t(OUTPUT_LABELS[figure])}: ${t({ da: 'fordeling over', en: 'distribution over' })} ${formatInteger(histOf.draws, lang)} ${t({ da: 'træk', en: 'draws' })}`}
          description={t({
            da: 'Antal træk pr. interval; stiplede linjer ved P10 og P90, fuld linje ved P50.',
            en: 'Draws per interval; dashed lines at P10 and P90, a solid line at P50.',
          })}
          edges={s.histogram.edges}
          counts={s.histogram.counts}
          markers={[
            { value: s.p10, label: 'P10' },
            { value: s.p50, label: 'P50' },
            { value: s.p90, label: 'P90' },
            ...(figure === 'socialGain'
              ? [{ value: shown ? threshold : s.p50, label: t({ da: 'Tærskel', en: 'Threshold' }) }]
              : []),
          ]}
          labels={{
            bin: t({ da: 'Interval', en: 'Interval' }),
            count: t({ da: 'Træk', en: 'Draws' }),
            share: t({ da: 'Andel', en: 'Share' }),
          }}
          formatValue={fmt}
          formatShare={(v) => formatPercent(v, lang, { decimals: 1 })}
          formatCount={(v) => formatInteger(v, lang)}
          frameLabels={frameLabels(lang)}
        />
      ) : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fmt follows figure and lang, both listed
    [histOf, s, shown, figure, threshold, lang, t],
  );
  const fanShown = fanOf !== null && fanOf !== STAND_IN;
  const fan = useMemo(
    () =>
      fanOf ? (
        <FanChart
          testId={fanShown ? 'mc-fan' : undefined}
          {...fanChartTexts(t)}
          points={fanOf.fan.map((y, k) => ({ ...y, point: fanShown ? pointPath[k] : y.p50 }))}
          formatValue={(v) => formatOutput('socialGain', v, lang)}
          frameLabels={frameLabels(lang)}
        />
      ) : null,
    [fanOf, fanShown, pointPath, lang, t],
  );
  return (
    <>
      {shown ? (
        <label className="field-inline">
          {t({ da: 'Fordeling af', en: 'Distribution of' })}
          <select data-testid="mc-hist-figure" value={figure} onChange={(e) => setFigure(e.target.value as McFigure)}>
            {MC_FIGURES.map((f) => (
              <option key={f} value={f}>
                {t(OUTPUT_LABELS[f])}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {/* Always the same element, so the charts inside keep their mount when the first result arrives. */}
      <div className={shown ? 'mc-charts' : 'mc-charts mc-charts-stand-in'} aria-hidden={shown ? undefined : true} inert={!shown}>
        {histogram}
        {/* The fan still on stand-in data while the histogram already shows the run: kept mounted, not yet seen. */}
        <div className={fanShown || !shown ? undefined : 'mc-fan-pending'} aria-hidden={fanShown ? undefined : true}>
          {fan}
        </div>
      </div>
    </>
  );
});
