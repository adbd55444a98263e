import { memo } from 'react';
import { formatInteger, formatPercent } from '../../format';
import { MC_FIGURES, paramSpec, probabilityAbove, type McFigure, type MonteCarloResult } from '../../model';
import { useLang, useT } from '../../ui';
import { formatOutput, OUTPUT_LABELS } from './number-text';

export interface McResultsProps {
  result: MonteCarloResult;
  /** Social gain threshold, DKK. */
  threshold: number;
  wallMs: number;
  computeMs: number;
  stale: boolean;
}

/** Test ids: social gain's P10/P50/P90 are `mc-p10`/`mc-p50`/`mc-p90`; the other figures `mc-<figure>-p50` etc. */
const cellId = (f: McFigure, q: 'p10' | 'p50' | 'p90') => (f === 'socialGain' ? `mc-${q}` : `mc-${f}-${q}`);

export const McResults = memo(function McResults({ result, threshold, wallMs, computeMs, stale }: McResultsProps) {
  const t = useT();
  const { lang } = useLang();
  const p = probabilityAbove(result.socialGainSorted, threshold);
  const dkk = (v: number) => formatOutput('socialGain', v, lang);
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
    </div>
  );
});
