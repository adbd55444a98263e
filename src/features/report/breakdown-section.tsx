import { CategoryBarChart, DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS } from '../../charts';
import type { IndustryCoverage, ReportedGroup } from '../../db';
import { formatDkk, formatInteger, formatPercent } from '../../format';
import { themeName, type ModelResult } from '../../model';
import { useLang, useT, type Text } from '../../ui';
import { SectionHeading } from './section-heading';

const SIZE: Record<string, Text> = {
  '0-9': { da: '0–9 ansatte', en: '0–9 employees' },
  '10-49': { da: '10–49 ansatte', en: '10–49 employees' },
  '50-249': { da: '50–249 ansatte', en: '50–249 employees' },
  '250+': { da: '250+ ansatte', en: '250+ employees' },
};

/** Breakdowns for the report: the model's N and S by theme and size, reported gains by year, coverage by industry. */
export function BreakdownSection({
  result,
  byYear,
  coverage,
}: {
  result: ModelResult;
  byYear: ReportedGroup[];
  coverage: IndustryCoverage[];
}) {
  const t = useT();
  const { lang } = useLang();
  const money = (v: number) => formatDkk(v, lang, { compact: true });
  const common = { formatValue: money, frameLabels: lang === 'da' ? DEFAULT_FRAME_LABELS : ENGLISH_FRAME_LABELS };
  const ns = [
    { id: 'n', name: t({ da: 'Nationalt potentiale pr. år', en: 'National potential per year' }) },
    { id: 's', name: t({ da: 'Samfundsgevinst pr. år', en: 'Social gain per year' }) },
  ];
  const fromModel = t({ da: 'Fra modellen med det valgte scenarie.', en: 'From the model with the chosen scenario.' });
  const covered = coverage.filter((c) => c.participants > 0);
  const sizeLabel = (k: string) => {
    const s = SIZE[k];
    return s ? t(s) : k;
  };
  return (
    <section className="report-section" aria-labelledby="report-breakdowns">
      <SectionHeading id="breakdowns" />
      <CategoryBarChart
        {...common}
        testId="report-breakdown-theme"
        title={t({ da: 'Efter tema', en: 'By theme' })}
        description={fromModel}
        categoryLabel={t({ da: 'Tema', en: 'Theme' })}
        series={ns}
        data={result.breakdown.byTheme.map((r) => ({
          key: r.key,
          label: t(themeName(r.key)),
          values: [r.nationalPotential, r.socialGain],
        }))}
      />
      <CategoryBarChart
        {...common}
        testId="report-breakdown-size"
        title={t({ da: 'Efter virksomhedsstørrelse', en: 'By company size' })}
        description={fromModel}
        categoryLabel={t({ da: 'Størrelse', en: 'Size' })}
        series={ns}
        data={result.breakdown.bySizeClass.map((r) => ({
          key: r.key,
          label: sizeLabel(r.key),
          values: [r.nationalPotential, r.socialGain],
        }))}
      />
      <CategoryBarChart
        {...common}
        testId="report-breakdown-year"
        title={t({ da: 'Rapporteret efter år', en: 'Reported by year' })}
        description={t({ da: 'Summen af de rapporterede rækker (kr. pr. år).', en: 'Sum of the reported rows (DKK per year).' })}
        categoryLabel={t({ da: 'År', en: 'Year' })}
        series={[
          { id: 'r', name: t({ da: 'Realiseret', en: 'Realised' }) },
          { id: 'e', name: t({ da: 'Forventet', en: 'Expected' }) },
        ]}
        data={byYear.map((g) => ({ key: g.key ?? '', label: g.key ?? '–', values: [g.realisedDkk, g.expectedDkk] }))}
      />
      <table className="table report-table" data-testid="report-coverage">
        <caption>
          {t({
            da: 'Dækning pr. branche: deltagende virksomheder mod populationen',
            en: 'Coverage per industry: participating companies against the population',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t({ da: 'Branche (NACE)', en: 'Industry (NACE)' })}</th>
            <th scope="col" className="num">
              {t({ da: 'Deltagere', en: 'Participants' })}
            </th>
            <th scope="col" className="num">
              {t({ da: 'Virksomheder i alt', en: 'Firms in total' })}
            </th>
            <th scope="col" className="num">
              {t({ da: 'Andel af ansatte', en: 'Share of employees' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {covered.map((c) => (
            <tr key={c.nace}>
              <td>
                {c.nace} {(lang === 'da' ? c.nameDa : c.nameEn) ?? ''}
              </td>
              <td className="num">{formatInteger(c.participants, lang)}</td>
              <td className="num">{formatInteger(c.populationFirms, lang)}</td>
              <td className="num">
                {c.populationEmployees > 0
                  ? formatPercent(c.participantEmployees / c.populationEmployees, lang, { decimals: 1 })
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
