import { WaterfallChart } from '../../charts';
import { formatDkk, formatInteger, formatRatio } from '../../format';
import type { DatasetSummary } from '../../db';
import type { ModelResult } from '../../model';
import { FigureCard, useLang, useT } from '../../ui';
import { formatByUnit as formatFigure } from '../../format';

/** The headline figures and the chain from reported gains to social gain, as on the Overview. */
export function HeadlineSection({ summary, result }: { summary: DatasetSummary; result: ModelResult }) {
  const t = useT();
  const { lang } = useLang();
  const fig = (f: { value: number; unit: string }) => formatFigure(f.value, f.unit, lang);
  return (
    <section className="report-section" aria-labelledby="report-summary">
      <h2 id="report-summary">{t({ da: '1. Sammenfatning', en: '1. Summary' })}</h2>
      <div className="report-figures">
        <FigureCard
          testId="report-figure-reported"
          label={t({ da: 'Rapporterede realiserede gevinster pr. år', en: 'Reported realised gains per year' })}
          value={summary.realisedDkk}
          display={formatDkk(summary.realisedDkk, lang, { compact: true })}
          sub={`${t({ da: 'Forventede', en: 'Expected' })}: ${formatDkk(summary.expectedDkk, lang, { compact: true })}`}
        />
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
          label={t({ da: `Nutidsværdi over ${result.params.horizon_years} år`, en: `Present value over ${result.params.horizon_years} years` })}
          value={result.presentValue.value}
          display={fig(result.presentValue)}
          sub={fig(result.eur.presentValue)}
        />
        <FigureCard
          testId="report-figure-bcr"
          label={t({ da: 'Gevinst pr. offentlig krone (BCR)', en: 'Benefit-cost ratio (BCR)' })}
          value={result.bcr.value}
          display={formatRatio(result.bcr.value, lang, { decimals: 1 })}
          sub={
            result.payback
              ? `${t({ da: 'Tilbagebetalt', en: 'Paid back' })} ${Math.round(result.payback.value)}`
              : t({ da: 'Ikke tilbagebetalt i horisonten', en: 'Not paid back within the horizon' })
          }
        />
      </div>
      <p className="report-counts">
        {t({ da: 'Grundlag', en: 'Basis' })}: {formatInteger(summary.reports, lang)} {t({ da: 'gevinstrapporter fra', en: 'gain reports from' })}{' '}
        {formatInteger(summary.companies, lang)} {t({ da: 'virksomheder i', en: 'companies in' })} {formatInteger(summary.projects, lang)}{' '}
        {t({ da: 'projekter', en: 'projects' })}
        {summary.firstYear !== null ? `, ${summary.firstYear}–${summary.lastYear ?? ''}` : ''}.
      </p>
      <WaterfallChart
        title={t({ da: 'Fra rapporterede gevinster til samfundsgevinst', en: 'From reported gains to social gain' })}
        description={t({
          da: 'Hvert trin i kæden med den faktor, det ganger med. Logaritmisk akse: trinnene spænder fra millioner til milliarder.',
          en: 'Each step of the chain with the factor it multiplies by. Log axis: the steps span millions to billions.',
        })}
        steps={result.waterfall.map((w, i) => ({
          id: w.id,
          label: t(w.label),
          value: w.value,
          display: formatDkk(w.value, lang, { compact: true }),
          factor: w.multiplier === null ? '' : `× ${formatRatio(w.multiplier, lang, { decimals: w.multiplier >= 10 ? 1 : 3 })}`,
          kind: i === 0 ? 'reported' : w.id === 'national_potential' || w.id === 'social_gain' ? 'total' : 'step',
        }))}
        formatTick={(v) => formatDkk(v, lang, { compact: true })}
        height={330}
        lang={lang}
      />
    </section>
  );
}
