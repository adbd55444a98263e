import { formatDkk, formatInteger, formatPercent, formatRatio, type Locale } from '../../format';
import { paramSpec, type Text } from '../../model';
import { modelDataKey, useEngine, useFiltersFromUrl, useLatestAnalyses, useScenario } from '../../queries';
import { useLang, useT } from '../../ui';

type Output = 'nationalPotential' | 'socialGain' | 'presentValue' | 'bcr';

const OUTPUT_LABELS: Record<Output, Text> = {
  nationalPotential: { da: 'Nationalt potentiale pr. år', en: 'National potential per year' },
  socialGain: { da: 'Samfundsgevinst pr. år', en: 'Social gain per year' },
  presentValue: { da: 'Nutidsværdi', en: 'Present value' },
  bcr: { da: 'Gevinst pr. offentlig krone', en: 'Benefit–cost ratio' },
};

const fmt = (output: Output, v: number, lang: Locale) =>
  output === 'bcr' ? formatRatio(v, lang, { decimals: 1 }) : formatDkk(v, lang, { compact: true });

/**
 * The sensitivity and Monte Carlo results computed on the Uncertainty screen, when they belong to the scenario and
 * data selection the report shows (results of an earlier scenario are named as such, never printed as current).
 */
export function AnalysisSections() {
  const t = useT();
  const { lang } = useLang();
  const engine = useEngine();
  const { filters } = useFiltersFromUrl();
  const scenario = useScenario();
  const { sensitivity, monteCarlo } = useLatestAnalyses();
  const dataKey = modelDataKey(engine, filters);
  const current = (a: { scenarioKey: string; dataKey: string } | null) =>
    !!a && a.scenarioKey === scenario.key && a.dataKey === dataKey;
  const sens = current(sensitivity) ? sensitivity : null;
  const mc = current(monteCarlo) ? monteCarlo : null;
  const stale = (!!sensitivity && !sens) || (!!monteCarlo && !mc);

  return (
    <section className="report-section" aria-labelledby="report-analysis" data-testid="report-analysis">
      <h2 id="report-analysis">{t({ da: 'Følsomhed og usikkerhed', en: 'Sensitivity and uncertainty' })}</h2>
      {!sens && !mc ? (
        <p className="muted">
          {stale
            ? t({
                da: 'De seneste beregninger hører til et andet scenarie eller datavalg; kør dem igen på skærmen Usikkerhed for at tage dem med.',
                en: 'The latest analyses belong to another scenario or data selection; run them again on the Uncertainty screen to include them.',
              })
            : t({
                da: 'Ikke beregnet: kør følsomhed og Monte Carlo på skærmen Usikkerhed for at tage dem med i rapporten.',
                en: 'Not computed: run the sensitivity and Monte Carlo analyses on the Uncertainty screen to include them in the report.',
              })}
        </p>
      ) : null}
      {sens ? (
        <div className="report-keep" data-testid="report-tornado">
          <h3>
            {t({ da: 'Følsomhed: ', en: 'Sensitivity: ' })}
            {t(OUTPUT_LABELS[sens.tornado.output])}
          </h3>
          <p className="muted">
            {t({
              da: `Hver antagelse flyttes alene mellem sin lave og høje grænse (${sens.tornado.mode === 'band' ? '±50 % omkring scenariets værdi' : 'hele det tilladte interval'}); scenariets værdi: ${fmt(sens.tornado.output, sens.tornado.base, 'da')}.`,
              en: `Each assumption moved alone between its low and high bound (${sens.tornado.mode === 'band' ? '±50 % around the scenario value' : 'the whole allowed range'}); the scenario's value: ${fmt(sens.tornado.output, sens.tornado.base, 'en')}.`,
            })}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t({ da: 'Antagelse', en: 'Assumption' })}</th>
                <th scope="col" className="num">
                  {t({ da: 'Lav → høj', en: 'Low → high' })}
                </th>
                <th scope="col" className="num">
                  {t({ da: 'Resultat ved lav', en: 'Output at low' })}
                </th>
                <th scope="col" className="num">
                  {t({ da: 'Resultat ved høj', en: 'Output at high' })}
                </th>
                <th scope="col" className="num">
                  {t({ da: 'Udsving', en: 'Swing' })}
                </th>
              </tr>
            </thead>
            <tbody>
              {sens.tornado.bars.slice(0, 12).map((b) => {
                const spec = paramSpec(b.id);
                const v = (x: number) =>
                  spec.kind === 'share' ? formatPercent(x, lang, { decimals: 1 }) : String(+x.toPrecision(4));
                return (
                  <tr key={b.id}>
                    <th scope="row">{t(spec.label)}</th>
                    <td className="num">{`${v(b.low)} → ${v(b.high)}`}</td>
                    <td className="num">{fmt(sens.tornado.output, b.outputLow, lang)}</td>
                    <td className="num">{fmt(sens.tornado.output, b.outputHigh, lang)}</td>
                    <td className="num" data-value={b.swing}>
                      {fmt(sens.tornado.output, b.swing, lang)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {mc ? (
        <div className="report-keep" data-testid="report-monte-carlo">
          <h3>{t({ da: 'Monte Carlo-usikkerhed', en: 'Monte Carlo uncertainty' })}</h3>
          <p className="muted">
            {t({
              da: `${formatInteger(mc.result.draws, 'da')} træk, startværdi ${mc.result.seed}; ${mc.result.varied.length} antagelser varieret. Sandsynligheden for en samfundsgevinst over ${formatDkk(mc.threshold, 'da', { compact: true })}: ${formatPercent(mc.probabilityAbove, 'da', { decimals: 1 })}.`,
              en: `${formatInteger(mc.result.draws, 'en')} draws, seed ${mc.result.seed}; ${mc.result.varied.length} assumptions varied. Probability of a social gain above ${formatDkk(mc.threshold, 'en', { compact: true })}: ${formatPercent(mc.probabilityAbove, 'en', { decimals: 1 })}.`,
            })}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t({ da: 'Tal', en: 'Figure' })}</th>
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
              {(Object.keys(OUTPUT_LABELS) as Output[]).map((o) => {
                const f = mc.result.figures[o];
                return (
                  <tr key={o}>
                    <th scope="row">{t(OUTPUT_LABELS[o])}</th>
                    <td className="num" data-value={f.p10}>
                      {fmt(o, f.p10, lang)}
                    </td>
                    <td className="num" data-value={f.p50}>
                      {fmt(o, f.p50, lang)}
                    </td>
                    <td className="num" data-value={f.p90}>
                      {fmt(o, f.p90, lang)}
                    </td>
                    <td className="num">{fmt(o, f.mean, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
