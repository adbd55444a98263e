import { chainSteps, WaterfallChart } from '../../charts';
import { formatDkk, formatInteger, formatPercent, formatRatio } from '../../format';
import type { DatasetSummary } from '../../db';
import type { ModelResult, PlausibilityWarning } from '../../model';
import { FigureCard, useLang, useT } from '../../ui';
import { formatByUnit as formatFigure } from '../../format';
import { withLabels } from './param-text';
import { SectionHeading } from './section-heading';

/** The headline figures and the chain from reported gains to social gain, as on the Overview. */
export function HeadlineSection({
  summary,
  result,
  checks,
}: {
  summary: DatasetSummary;
  result: ModelResult;
  checks: readonly PlausibilityWarning[];
}) {
  const t = useT();
  const { lang } = useLang();
  const fig = (f: { value: number; unit: string }) => formatFigure(f.value, f.unit, lang);
  return (
    <section className="report-section" aria-labelledby="report-summary">
      <SectionHeading id="summary" />
      <h3 className="report-tier">{t({ da: 'Realiseret af deltagerne', en: 'Realised by the participants' })}</h3>
      <p className="report-basis">
        {t({
          da: 'Det, bevillingen allerede har købt: kun de gevinster, deltagerne rapporterer som realiserede, fratrukket dødvægt, fortrængning og lækage, som en strøm over horisonten. Ingen opskalering til andre virksomheder og ingen tilskrivningsfaktor.',
          en: 'What the funding has already bought: only the gains the participants report as realised, net of deadweight, displacement and leakage, as a stream over the horizon. No extrapolation to other firms and no attribution factor.',
        })}
      </p>
      <div className="report-figures">
        <FigureCard
          testId="report-figure-reported"
          label={t({ da: 'Rapporterede realiserede gevinster pr. år', en: 'Reported realised gains per year' })}
          value={summary.realisedDkk}
          display={formatDkk(summary.realisedDkk, lang, { compact: true })}
          sub={`${t({ da: 'Forventede', en: 'Expected' })}: ${formatDkk(summary.expectedDkk, lang, { compact: true })}`}
        />
        <FigureCard
          testId="report-figure-realised-pv"
          label={t({
            da: `Nutidsværdi af realiserede gevinster over ${result.params.horizon_years} år`,
            en: `Present value of realised gains over ${result.params.horizon_years} years`,
          })}
          value={result.realised.presentValue.value}
          display={fig(result.realised.presentValue)}
          sub={`${t({ da: 'Netto pr. år', en: 'Net per year' })}: ${fig(result.realised.net)}`}
        />
        <FigureCard
          testId="report-figure-bcr-realised"
          label={t({ da: 'Realiseret gevinst pr. offentlig krone (BCR)', en: 'Realised benefit-cost ratio (BCR)' })}
          value={result.realised.bcr.value}
          display={formatRatio(result.realised.bcr.value, lang, { decimals: 1 })}
          sub={
            result.realised.payback
              ? t({
                  da: `Tilbagebetalt ${result.realised.payback.value} af de realiserede gevinster alene`,
                  en: `Paid back in ${result.realised.payback.value} by the realised gains alone`,
                })
              : t({
                  da: 'Ikke tilbagebetalt i horisonten af de realiserede gevinster alene',
                  en: 'Not paid back within the horizon by the realised gains alone',
                })
          }
        />
      </div>
      <h3 className="report-tier">{t({ da: 'Nationalt potentiale', en: 'National potential' })}</h3>
      <p className="report-basis">
        {t({ da: 'Hvis alle relevante virksomheder tog resultaterne i brug', en: 'If every relevant firm adopted the results' })}{' '}
        {result.params.attribution === 1
          ? t({ da: 'og det hele blev tilskrevet programmet', en: 'and all of it were credited to the programme' })
          : t({
              da: `og ${formatPercent(result.params.attribution, 'da', { decimals: 0 })} af det blev tilskrevet programmet`,
              en: `and ${formatPercent(result.params.attribution, 'en', { decimals: 0 })} of it were credited to the programme`,
            })}
        . {t({ da: 'Et potentiale, ikke programmets egen effekt.', en: "A potential, not the programme's own effect." })}
      </p>
      <div className="report-figures">
        <FigureCard
          testId="report-figure-national"
          label={t({ da: 'Nationalt potentiale pr. år', en: 'National potential per year' })}
          value={result.nationalPotential.value}
          display={fig(result.nationalPotential)}
          sub={fig(result.eur.nationalPotential)}
        />
        <FigureCard
          testId="report-figure-social"
          label={t({ da: 'Samfundsgevinst pr. år', en: 'Social gain per year' })}
          value={result.socialGain.value}
          display={fig(result.socialGain)}
          sub={fig(result.eur.socialGain)}
        />
        <FigureCard
          testId="report-figure-npv"
          label={t({
            da: `Nutidsværdi over ${result.params.horizon_years} år`,
            en: `Present value over ${result.params.horizon_years} years`,
          })}
          value={result.presentValue.value}
          display={fig(result.presentValue)}
          sub={fig(result.eur.presentValue)}
        />
        <FigureCard
          testId="report-figure-bcr"
          label={t({ da: 'Potentiel gevinst pr. offentlig krone (BCR)', en: 'Potential benefit-cost ratio (BCR)' })}
          value={result.bcr.value}
          display={formatRatio(result.bcr.value, lang, { decimals: 1 })}
          sub={
            result.payback
              ? `${t({ da: 'Tilbagebetalt', en: 'Paid back' })} ${Math.round(result.payback.value)} (${t({ da: 'tilskrevet akkumuleret diskonteret samfundsgevinst mod finansiering × (1 + forvridning)', en: 'attributed cumulative discounted social gain against funding × (1 + distortion)' })})`
              : t({ da: 'Ikke tilbagebetalt i horisonten', en: 'Not paid back within the horizon' })
          }
        />
      </div>
      <div className="report-plausibility" data-testid="report-plausibility" data-count={checks.length}>
        <h3 className="report-tier">{t({ da: 'Rimelighedstjek', en: 'Plausibility checks' })}</h3>
        {checks.length === 0 ? (
          <p>
            {t({
              da: 'Ingen af metodens rimelighedstjek giver advarsler på disse data og dette scenarie.',
              en: "None of the method's plausibility checks warns on this data and scenario.",
            })}
          </p>
        ) : (
          <ul>
            {checks.map((w) => (
              <li key={w.id} data-testid={`report-plausibility-${w.id}`}>
                <strong>
                  {w.level === 'implausible'
                    ? t({ da: 'Urimeligt', en: 'Implausible' })
                    : t({ da: 'Læs med forsigtighed', en: 'Read with care' })}
                  :
                </strong>{' '}
                {withLabels(t(w.message), lang)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="report-counts">
        {t({ da: 'Grundlag', en: 'Basis' })}: {formatInteger(summary.reports, lang)}{' '}
        {t({ da: 'gevinstrapporter fra', en: 'gain reports from' })} {formatInteger(summary.companies, lang)}{' '}
        {t({ da: 'virksomheder i', en: 'companies in' })} {formatInteger(summary.projects, lang)}{' '}
        {t({ da: 'projekter', en: 'projects' })}
        {summary.firstYear !== null ? `, ${summary.firstYear}–${summary.lastYear ?? ''}` : ''}.
      </p>
      <WaterfallChart
        title={t({ da: 'Fra rapporterede gevinster til samfundsgevinst', en: 'From reported gains to social gain' })}
        description={t({
          da: 'Hvert trin i kæden med den faktor, det ganger med. Logaritmisk akse: trinnene spænder fra millioner til milliarder.',
          en: 'Each step of the chain with the factor it multiplies by. Log axis: the steps span millions to billions.',
        })}
        steps={chainSteps(result.waterfall, lang)}
        formatTick={(v) => formatDkk(v, lang, { compact: true })}
        height={330}
        lang={lang}
      />
    </section>
  );
}
