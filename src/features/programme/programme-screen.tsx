import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { evaluate } from '../../model';
import {
  activityThemesQuery,
  fundingQuery,
  membershipQuery,
  modelInputQuery,
  programmeYearsQuery,
  reachQuery,
  summaryQuery,
  useEngine,
  useFiltersFromUrl,
  useScenario,
} from '../../queries';
import { useT } from '../../ui';
import { FundingTable } from './funding-table';
import { label, programmeName, THEME_LABEL } from './labels';
import { ProgrammeKpis } from './programme-kpis';
import { ProgrammeImportPanel } from './programme-import-panel';
import { PublicFigures } from './public-figures';
import { ReachByKind } from './reach-by-kind';

// Recharts comes after the figures, as on the Overview.
const ProgrammeCharts = lazy(() => import('./programme-charts').then((m) => ({ default: m.ProgrammeCharts })));

export function ProgrammeScreen() {
  const t = useT();
  const engine = useEngine();
  const cross = useFiltersFromUrl();
  const years = useQuery(programmeYearsQuery(engine));
  const first = years.data?.first ?? null;
  const last = years.data?.last ?? null;
  // The year is the Overview's year filter when the programme data has that year, else the latest year.
  const asked = cross.filters.year === undefined ? null : Number(cross.filters.year);
  const year = asked !== null && first !== null && last !== null && asked >= first && asked <= last ? asked : last;
  const theme = cross.filters.theme ?? null;
  const view = year === null ? null : { year, theme };
  const members = useQuery(membershipQuery(engine, year));
  const reach = useQuery(reachQuery(engine, view));
  const funding = useQuery(fundingQuery(engine, view));
  const themes = useQuery(activityThemesQuery(engine));
  // Reported gains and the model's BCR over the whole data set: the programme's funding is not split by theme or year.
  const summary = useQuery(summaryQuery(engine, {}));
  const cells = useQuery(modelInputQuery(engine, {}));
  const scenario = useScenario();
  const bcr = useMemo(() => (cells.data ? evaluate(cells.data, scenario.params).bcr.value : null), [cells.data, scenario.params]);
  const programmes = funding.data?.programmes ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const programme =
    programmes.find((p) => p.programme === chosen) ??
    programmes.find((p) => p.programme === 'MADE SPIR') ??
    programmes[0] ??
    null;
  const yearOptions = first !== null && last !== null ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];

  const setYear = (y: number) => (y === last ? cross.remove('year') : cross.toggle('year', String(y)));
  const setTheme = (v: string) => (v === '' ? cross.remove('theme') : cross.toggle('theme', v));

  return (
    <section aria-labelledby="screen-title">
      <h2 id="screen-title">{t({ da: 'Programprofil', en: 'Programme profile' })}</h2>
      <p className="muted" data-testid="programme-provenance">
        {t({
          da: 'Finansieringstotaler, medlemstal og aktivitetstal markeret som offentlige er rigtige, offentliggjorte tal (kilder nederst). Alle medlems- og aktivitetsrækker i demoen er syntetiske: de er genereret, så deres summer giver de offentlige tal.',
          en: 'Funding totals, member counts and activity counts marked public are real, published figures (sources below). Every member and activity row in the demo is synthetic: generated so that its sums give the public figures.',
        })}
      </p>
      <div className="scenario-bar">
        <label className="field-inline">
          {t({ da: 'Status ved udgangen af', en: 'Status at the end of' })}
          <select
            data-testid="programme-year"
            value={year ?? ''}
            onChange={(e) => setYear(Number(e.target.value))}
            disabled={yearOptions.length === 0}
          >
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y === last ? `${y} (${t({ da: 'seneste', en: 'latest' })})` : y}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          {t({ da: 'Tema', en: 'Theme' })}
          <select data-testid="programme-theme" value={theme ?? ''} onChange={(e) => setTheme(e.target.value)}>
            <option value="">{t({ da: 'Alle temaer', en: 'All themes' })}</option>
            {[...new Set([...(themes.data ?? []), ...(theme ? [theme] : [])])].map((th) => (
              <option key={th} value={th}>
                {label(THEME_LABEL, th, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          {t({ da: 'Program', en: 'Programme' })}
          <select
            data-testid="programme-select"
            value={programme?.programme ?? ''}
            onChange={(e) => setChosen(e.target.value)}
            disabled={programmes.length === 0}
          >
            {programmes.map((p) => (
              <option key={p.programme} value={p.programme}>
                {programmeName(p.programme, t)}
              </option>
            ))}
          </select>
        </label>
        {theme ? (
          <span className="muted">
            {t({
              da: 'Temaet gælder aktiviteterne; medlemmer og finansiering har intet tema.',
              en: 'The theme applies to the activities; members and funding have no theme.',
            })}
          </span>
        ) : null}
      </div>
      {asked !== null && asked !== year && year !== null ? (
        <p className="muted" role="status">
          {t({
            da: `Året ${asked} fra Overblikkets filter ligger uden for programdataene (${first}–${last}); viser ${year}.`,
            en: `The Overview's year ${asked} is outside the programme data (${first}–${last}); showing ${year}.`,
          })}
        </p>
      ) : null}
      {years.data && last === null ? (
        <p role="status">
          {t({
            da: 'Programtabellerne er tomme. Importér dem nedenfor.',
            en: 'The programme tables are empty. Import them below.',
          })}
        </p>
      ) : null}
      <ProgrammeKpis
        year={year}
        members={members.data ?? null}
        reach={reach.data ?? null}
        programme={programme}
        reportedDkk={summary.data?.realisedDkk ?? null}
        bcr={bcr}
      />
      {reach.data && year !== null ? <ReachByKind reach={reach.data} year={year} /> : null}
      {funding.data ? <FundingTable data={funding.data} /> : null}
      {last !== null ? (
        <Suspense fallback={<div className="chart chart-loading" style={{ height: 360 }} />}>
          <ProgrammeCharts last={last} theme={theme} lines={funding.data?.lines ?? []} />
        </Suspense>
      ) : null}
      <ProgrammeImportPanel />
      <PublicFigures />
    </section>
  );
}
