import { DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS, FanChart, HistogramChart, TornadoChart } from '../../charts';
import { formatDkk, formatInteger, formatPercent, formatRatio, type Locale } from '../../format';
import { paramSpec, type ModelResult, type Text } from '../../model';
import { modelDataKey, useEngine, useFiltersFromUrl, useLatestAnalyses, useScenario } from '../../queries';
import { fanChartTexts, useLang, useT } from '../../ui';
import { paramValueText, sentence } from './param-text';
import { SectionHeading } from './section-heading';

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
 * data selection the report shows (results of an earlier scenario are named as such, never printed as current):
 * tornado, histogram and fan chart, each with its table.
 */
export function AnalysisSections({ result }: { result: ModelResult }) {
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
  const frameLabels = lang === 'da' ? DEFAULT_FRAME_LABELS : ENGLISH_FRAME_LABELS;
  const dkk = (v: number) => formatDkk(v, lang, { compact: true });
  const scenarioPath = new Map(result.timePath.map((y) => [y.year, y.socialGain]));

  return (
    <section className="report-section" aria-labelledby="report-analysis" data-testid="report-analysis">
      <SectionHeading id="analysis" />
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
        <div data-testid="report-tornado">
          <h3>
            {t({ da: 'Følsomhed: ', en: 'Sensitivity: ' })}
            {t(OUTPUT_LABELS[sens.tornado.output]).toLowerCase()}
          </h3>
          <p>
            {t({
              da: `Hver antagelse flyttes alene mellem sin lave og høje grænse (${sens.tornado.mode === 'band' ? '±50 % omkring scenariets værdi' : 'hele det tilladte interval'}); de andre holdes på scenariets værdi, ${sentence(fmt(sens.tornado.output, sens.tornado.base, 'da'))}`,
              en: `Each assumption moved alone between its low and high bound (${sens.tornado.mode === 'band' ? '±50% around the scenario value' : 'the whole allowed range'}); the others stay at the scenario's value, ${sentence(fmt(sens.tornado.output, sens.tornado.base, 'en'))}`,
            })}
          </p>
          <TornadoChart
            testId="report-tornado-chart"
            title={t({ da: 'Hvad betyder mest', en: 'What matters most' })}
            description={t({ da: 'Sorteret efter udsving, de tolv største.', en: 'Sorted by swing, the twelve largest.' })}
            data={sens.tornado.bars.slice(0, 12).map((b) => {
              const spec = paramSpec(b.id);
              return {
                key: b.id,
                label: t(spec.label),
                lowLabel: paramValueText(spec, b.low, lang),
                highLabel: paramValueText(spec, b.high, lang),
                outputLow: b.outputLow,
                outputHigh: b.outputHigh,
              };
            })}
            base={sens.tornado.base}
            labels={{
              parameter: t({ da: 'Antagelse', en: 'Assumption' }),
              atLow: t({ da: 'Ved lav værdi', en: 'At low value' }),
              atHigh: t({ da: 'Ved høj værdi', en: 'At high value' }),
              swing: t({ da: 'Udsving', en: 'Swing' }),
              base: t({ da: 'Scenariets værdi', en: 'Scenario value' }),
            }}
            formatValue={(v) => fmt(sens.tornado.output, v, lang)}
            frameLabels={frameLabels}
          />
          <table className="table report-table">
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
                return (
                  <tr key={b.id}>
                    <th scope="row">{t(spec.label)}</th>
                    <td className="num">{`${paramValueText(spec, b.low, lang)} → ${paramValueText(spec, b.high, lang)}`}</td>
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
        <div data-testid="report-monte-carlo">
          <h3>{t({ da: 'Monte Carlo-usikkerhed', en: 'Monte Carlo uncertainty' })}</h3>
          <p>
            {t({
              da: `${formatInteger(mc.result.draws, 'da')} træk, startværdi ${mc.result.seed}; ${mc.result.varied.length} antagelser varieret. Sandsynligheden for en samfundsgevinst over ${formatDkk(mc.threshold, 'da', { compact: true })} er ${formatPercent(mc.probabilityAbove, 'da', { decimals: 1 })}.`,
              en: `${formatInteger(mc.result.draws, 'en')} draws, seed ${mc.result.seed}; ${mc.result.varied.length} assumptions varied. The probability of a social gain above ${formatDkk(mc.threshold, 'en', { compact: true })} is ${formatPercent(mc.probabilityAbove, 'en', { decimals: 1 })}.`,
            })}
          </p>
          <table className="table report-table">
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
                  {t({ da: 'Middelværdi', en: 'Mean' })}
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
          <HistogramChart
            testId="report-histogram"
            title={t({
              da: `Samfundsgevinst pr. år: fordeling over ${formatInteger(mc.result.draws, 'da')} træk`,
              en: `Social gain per year: distribution over ${formatInteger(mc.result.draws, 'en')} draws`,
            })}
            description={t({
              da: 'Antal træk pr. interval; stiplede linjer ved P10 og P90, fuld linje ved P50 og ved tærsklen.',
              en: 'Draws per interval; dashed lines at P10 and P90, solid lines at P50 and at the threshold.',
            })}
            edges={mc.result.figures.socialGain.histogram.edges}
            counts={mc.result.figures.socialGain.histogram.counts}
            markers={[
              { value: mc.result.figures.socialGain.p10, label: 'P10' },
              { value: mc.result.figures.socialGain.p50, label: 'P50' },
              { value: mc.result.figures.socialGain.p90, label: 'P90' },
              { value: mc.threshold, label: t({ da: 'Tærskel', en: 'Threshold' }) },
            ]}
            labels={{
              bin: t({ da: 'Interval', en: 'Interval' }),
              count: t({ da: 'Træk', en: 'Draws' }),
              share: t({ da: 'Andel', en: 'Share' }),
            }}
            formatValue={dkk}
            formatShare={(v) => formatPercent(v, lang, { decimals: 1 })}
            formatCount={(v) => formatInteger(v, lang)}
            frameLabels={frameLabels}
          />
          <FanChart
            testId="report-fan"
            {...fanChartTexts(t)}
            points={mc.result.fan.map((y) => ({ ...y, point: scenarioPath.get(y.year) }))}
            formatValue={dkk}
            frameLabels={frameLabels}
          />
        </div>
      ) : null}
    </section>
  );
}
