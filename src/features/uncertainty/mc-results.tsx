import { memo, useDeferredValue, useMemo, useState } from 'react';
import { FanChart, HistogramChart } from '../../charts';
import { formatInteger, formatPercent } from '../../format';
import { MC_FIGURES, paramSpec, probabilityAbove, type McFigure, type MonteCarloResult } from '../../model';
import { fanChartTexts, useLang, useT } from '../../ui';
import { frameLabels } from './frame-labels';
import { formatOutput, OUTPUT_LABELS } from './number-text';

export interface McResultsProps {
  result: MonteCarloResult;
  /** Social gain threshold, DKK. */
  threshold: number;
  /** The scenario's own annual social gain per year of the fan (no uncertainty). */
  pointPath: number[];
  wallMs: number;
  computeMs: number;
  stale: boolean;
}

/** Test ids: social gain's P10/P50/P90 are `mc-p10`/`mc-p50`/`mc-p90`; the other figures `mc-<figure>-p50` etc. */
const cellId = (f: McFigure, q: 'p10' | 'p50' | 'p90') => (f === 'socialGain' ? `mc-${q}` : `mc-${f}-${q}`);

export const McResults = memo(function McResults({ result, threshold, pointPath, wallMs, computeMs, stale }: McResultsProps) {
  const t = useT();
  const { lang } = useLang();
  const [figure, setFigure] = useState<McFigure>('socialGain');
  const p = probabilityAbove(result.socialGainSorted, threshold);
  // The table and the probability show at once; the two charts render from a deferred copy, in a transition React
  // time-slices, so drawing them never holds the page in one long task (they were 80–100 ms in one piece). The fan
  // chart follows the histogram in a render (and a paint) of its own: one Recharts chart is one unsplittable piece.
  const drawn = useDeferredValue(result, null);
  const fanDrawn = useDeferredValue(drawn, null);
  const s = drawn?.figures[figure];
  const fmt = (v: number) => formatOutput(figure, v, lang);
  const dkk = (v: number) => formatOutput('socialGain', v, lang);
  // The same element while only the fan chart's deferred copy arrives, so React does not draw the histogram twice.
  const histogram = useMemo(
    () =>
      drawn && s ? (
        <HistogramChart
          testId="mc-histogram"
          title={`${t(OUTPUT_LABELS[figure])}: ${t({ da: 'fordeling over', en: 'distribution over' })} ${formatInteger(drawn.draws, lang)} ${t({ da: 'træk', en: 'draws' })}`}
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
            ...(figure === 'socialGain' ? [{ value: threshold, label: t({ da: 'Tærskel', en: 'Threshold' }) }] : []),
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
    [drawn, s, figure, threshold, lang, t],
  );
  const fan = useMemo(
    () =>
      fanDrawn ? (
        <FanChart
          testId="mc-fan"
          {...fanChartTexts(t)}
          points={fanDrawn.fan.map((y, k) => ({ ...y, point: pointPath[k] }))}
          formatValue={(v) => formatOutput('socialGain', v, lang)}
          frameLabels={frameLabels(lang)}
        />
      ) : null,
    [fanDrawn, pointPath, lang, t],
  );
  return (
    <div className="mc-results" data-testid="mc-results">
      {stale ? (
        <p className="banner banner-info" role="status" data-testid="mc-stale">
          {t({
            da: 'Resultaterne hører til et tidligere scenarie eller datavalg. Kør igen for at opdatere.',
            en: 'These results belong to an earlier scenario or data selection. Run again to update.',
          })}
        </p>
      ) : null}
      <p className="muted" data-testid="mc-elapsed" data-value={wallMs}>
        {t({
          da: `${formatInteger(result.draws, 'da')} træk med startværdi ${result.seed} på ${formatInteger(wallMs, 'da')} ms (beregning i baggrunden ${formatInteger(computeMs, 'da')} ms).`,
          en: `${formatInteger(result.draws, 'en')} draws with seed ${result.seed} in ${formatInteger(wallMs, 'en')} ms (background computation ${formatInteger(computeMs, 'en')} ms).`,
        })}
      </p>
      <details className="unc-note">
        <summary>
          {t({ da: `Varierede antagelser (${result.varied.length})`, en: `Varied assumptions (${result.varied.length})` })}
        </summary>
        <p className="muted">{result.varied.map((id) => t(paramSpec(id).label)).join(', ') || '–'}.</p>
      </details>
      <div className="table-scroll">
        <table className="table mc-table">
          <caption>{t({ da: 'Usikkerhed om hovedtallene', en: 'Uncertainty of the headline figures' })}</caption>
          <thead>
            <tr>
              <th scope="col">{t({ da: 'Hovedtal', en: 'Figure' })}</th>
              <th scope="col" className="num">
                P10
              </th>
              <th scope="col" className="num">
                P50
              </th>
              <th scope="col" className="num">
                P90
              </th>
              <th scope="col" className="num">
                {t({ da: 'Middel', en: 'Mean' })}
              </th>
            </tr>
          </thead>
          <tbody>
            {MC_FIGURES.map((f) => (
              <tr key={f}>
                <th scope="row">{t(OUTPUT_LABELS[f])}</th>
                {(['p10', 'p50', 'p90'] as const).map((q) => (
                  <td key={q} className="num" data-testid={cellId(f, q)} data-value={result.figures[f][q]}>
                    {formatOutput(f, result.figures[f][q], lang)}
                  </td>
                ))}
                <td className="num">{formatOutput(f, result.figures[f].mean, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mc-probability">
        {t({
          da: `Sandsynlighed for samfundsgevinst over ${dkk(threshold)}`,
          en: `Probability of a social gain above ${dkk(threshold)}`,
        })}
        :{' '}
        <strong data-testid="mc-probability" data-value={p}>
          {formatPercent(p, lang, { decimals: 1 })}
        </strong>
      </p>
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
      {histogram}
      {fan}
    </div>
  );
});
