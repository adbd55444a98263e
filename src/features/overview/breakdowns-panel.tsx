import { useQuery } from '@tanstack/react-query';
import { CategoryBarChart, DEFAULT_FRAME_LABELS, DrawNearViewportOnly, ENGLISH_FRAME_LABELS, type BarDatum } from '../../charts';
import type { Filters, IndustryCoverage, ReportedGroup, TopCompany, TopProject } from '../../db';
import { formatDkk, formatInteger, formatPercent, type Locale } from '../../format';
import { gainTypeName, themeName, type ModelResult, type TermSelection } from '../../model';
import { coverageQuery, reportedByQuery, topCompaniesQuery, topProjectsQuery, useEngine } from '../../queries';
import { useLang, useT, type Text } from '../../ui';

/** What a click on a bar (or its table row) selects; for the cross-filter. */
export interface BreakdownSelection {
  dimension: 'theme' | 'industry' | 'size_class' | 'year' | 'gain_type' | 'status' | 'project' | 'company';
  key: string;
}

/** A click on a bar of the model's own breakdowns: selects terms, re-runs nothing. */
export interface TermClick {
  dimension: 'theme' | 'industry' | 'sizeClass';
  key: string;
}

export interface BreakdownsData {
  byYear?: ReportedGroup[];
  byGainType?: ReportedGroup[];
  byStatus?: ReportedGroup[];
  projects?: TopProject[];
  companies?: TopCompany[];
  coverage?: IndustryCoverage[];
}

/** The Overview's breakdowns: the model's N and S (never recomputed here) and the reported rows from SQL. */
export function BreakdownsPanel({
  result,
  onSelect,
  onSelectTerm,
  selection = {},
  filters = {},
}: {
  result: ModelResult | null;
  onSelect?: (s: BreakdownSelection) => void;
  onSelectTerm?: (c: TermClick) => void;
  selection?: TermSelection;
  /** Active cross-filters: each SQL breakdown is filtered by all but its own dimension. */
  filters?: Filters;
}) {
  const engine = useEngine();
  const byYear = useQuery(reportedByQuery(engine, 'year', filters));
  const byGainType = useQuery(reportedByQuery(engine, 'gain_type', filters));
  const byStatus = useQuery(reportedByQuery(engine, 'status', filters));
  const projects = useQuery(topProjectsQuery(engine, filters));
  const companies = useQuery(topCompaniesQuery(engine, filters));
  const coverage = useQuery(coverageQuery(engine, filters));
  // Which filters the charts show, once every breakdown has its own answer (not the previous one as placeholder):
  // what the interaction bench waits for.
  const all = [byYear, byGainType, byStatus, projects, companies, coverage];
  const shown = all.some((q) => q.isPlaceholderData || q.data === undefined) ? 'pending' : filtersKey(filters);
  const data: BreakdownsData = {
    byYear: byYear.data,
    byGainType: byGainType.data,
    byStatus: byStatus.data,
    projects: projects.data,
    companies: companies.data,
    coverage: coverage.data,
  };
  return (
    <BreakdownsView
      result={result}
      data={data}
      onSelect={onSelect}
      onSelectTerm={onSelectTerm}
      selection={selection}
      width={undefined}
      shownFilters={shown}
    />
  );
}

/** The filters as `dimension=value` pairs, sorted and joined by '&' (the bench builds the same from the URL). */
const filtersKey = (f: Filters) =>
  Object.entries(f)
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort()
    .join('&');

const L = {
  national: { da: 'Nationalt potentiale pr. år', en: 'National potential per year' },
  social: { da: 'Samfundsgevinst pr. år', en: 'Social gain per year' },
  realised: { da: 'Realiseret', en: 'Realised' },
  expected: { da: 'Forventet', en: 'Expected' },
  total: { da: 'Rapporteret i alt', en: 'Reported, total' },
  fromModel: {
    da: 'Fra modellen med det valgte scenarie. Klik på en søjle for at se dens del af potentialet; intet beregnes om.',
    en: 'From the model with the chosen scenario. Click a bar to see its part of the potential; nothing is recomputed.',
  },
  fromRows: { da: 'Summen af de rapporterede rækker (kr. pr. år).', en: 'Sum of the reported rows (DKK per year).' },
} satisfies Record<string, Text>;

const SIZE: Record<string, Text> = {
  '0-9': { da: '0–9 ansatte', en: '0–9 employees' },
  '10-49': { da: '10–49 ansatte', en: '10–49 employees' },
  '50-249': { da: '50–249 ansatte', en: '50–249 employees' },
  '250+': { da: '250+ ansatte', en: '250+ employees' },
};

const STATUS: Record<string, Text> = { realised: L.realised, expected: L.expected };

function industryName(nace: number, coverage: IndustryCoverage[] | undefined, lang: Locale): string {
  const c = coverage?.find((x) => x.nace === nace);
  const name = lang === 'da' ? c?.nameDa : c?.nameEn;
  return name ? `${nace} ${name}` : `NACE ${nace}`;
}

/** The charts from already fetched data: split from the queries so it can be tested and reused. */
export function BreakdownsView({
  result,
  data,
  onSelect,
  onSelectTerm,
  selection = {},
  width,
  shownFilters,
}: {
  result: ModelResult | null;
  data: BreakdownsData;
  /** The filters whose answers `data` holds (see BreakdownsPanel), as data-filters. */
  shownFilters?: string;
  onSelect?: (s: BreakdownSelection) => void;
  onSelectTerm?: (c: TermClick) => void;
  selection?: TermSelection;
  width: number | undefined;
}) {
  const t = useT();
  const { lang } = useLang();
  const money = (v: number) => formatDkk(v, lang, { compact: true });
  const pct = (v: number) => formatPercent(v, lang, { decimals: 1 });
  const frameLabels = lang === 'da' ? DEFAULT_FRAME_LABELS : ENGLISH_FRAME_LABELS;
  const common = { formatValue: money, frameLabels, width };
  const select = (dimension: BreakdownSelection['dimension']) =>
    onSelect ? (key: string) => onSelect({ dimension, key }) : undefined;
  const term = (dimension: TermClick['dimension']) =>
    onSelectTerm ? (key: string) => onSelectTerm({ dimension, key }) : undefined;
  const picked = (v: string | number | undefined) => (v === undefined ? [] : [String(v)]);
  const ns = [
    { id: 'n', name: t(L.national) },
    { id: 's', name: t(L.social) },
  ];
  const rs = [
    { id: 'r', name: t(L.realised) },
    { id: 'e', name: t(L.expected) },
  ];
  const reportedBars = (groups: ReportedGroup[] | undefined, label: (k: string) => string): BarDatum[] =>
    (groups ?? []).map((g) => ({
      key: g.key ?? '',
      label: g.key === null ? '–' : label(g.key),
      values: [g.realisedDkk, g.expectedDkk],
    }));
  const named = (m: Record<string, Text>, k: string) => {
    const x = m[k];
    return x ? t(x) : k;
  };
  const int = (v: number) => formatInteger(v, lang);
  const pending = <p className="muted">…</p>;
  const b = result?.breakdown;

  // Nine charts whose data a click changes: the ones far from the screen are drawn when scrolled to.
  return (
    <DrawNearViewportOnly.Provider value={true}>
      <section aria-labelledby="breakdowns-title" className="breakdowns" data-filters={shownFilters}>
        <h3 id="breakdowns-title">{t({ da: 'Fordelinger', en: 'Breakdowns' })}</h3>
        {b ? (
          <>
            <CategoryBarChart
              {...common}
              testId="breakdown-theme"
              title={t({ da: 'Efter tema', en: 'By theme' })}
              description={t(L.fromModel)}
              categoryLabel={t({ da: 'Tema', en: 'Theme' })}
              series={ns}
              data={b.byTheme.map((r) => ({
                key: r.key,
                label: t(themeName(r.key)),
                values: [r.nationalPotential, r.socialGain],
              }))}
              onSelect={term('theme')}
              selectedKeys={picked(selection.theme)}
            />
            <CategoryBarChart
              {...common}
              testId="breakdown-industry"
              title={t({
                da: 'Efter målbranche (hvor potentialet lander)',
                en: 'By target industry (where the potential lands)',
              })}
              description={t(L.fromModel)}
              categoryLabel={t({ da: 'Branche (NACE)', en: 'Industry (NACE)' })}
              series={ns}
              data={b.byIndustry.map((r) => ({
                key: String(r.key),
                label: industryName(r.key, data.coverage, lang),
                values: [r.nationalPotential, r.socialGain],
              }))}
              onSelect={term('industry')}
              selectedKeys={picked(selection.industry)}
              categoryWidth={170}
            />
            <CategoryBarChart
              {...common}
              testId="breakdown-size"
              title={t({ da: 'Efter virksomhedsstørrelse', en: 'By company size' })}
              description={t(L.fromModel)}
              categoryLabel={t({ da: 'Størrelse', en: 'Size' })}
              series={ns}
              data={b.bySizeClass.map((r) => ({
                key: r.key,
                label: named(SIZE, r.key),
                values: [r.nationalPotential, r.socialGain],
              }))}
              onSelect={term('sizeClass')}
              selectedKeys={picked(selection.sizeClass)}
            />
          </>
        ) : (
          pending
        )}
        {data.byYear ? (
          <CategoryBarChart
            {...common}
            testId="breakdown-year"
            title={t({ da: 'Rapporteret efter år', en: 'Reported by year' })}
            description={t(L.fromRows)}
            categoryLabel={t({ da: 'År', en: 'Year' })}
            series={rs}
            data={reportedBars(data.byYear, (k) => k)}
            onSelect={select('year')}
          />
        ) : (
          pending
        )}
        {data.byGainType ? (
          <CategoryBarChart
            {...common}
            testId="breakdown-gain-type"
            title={t({ da: 'Rapporteret efter gevinsttype', en: 'Reported by gain type' })}
            description={t(L.fromRows)}
            categoryLabel={t({ da: 'Gevinsttype', en: 'Gain type' })}
            series={rs}
            data={reportedBars(data.byGainType, (k) => t(gainTypeName(k)))}
            onSelect={select('gain_type')}
          />
        ) : (
          pending
        )}
        {data.byStatus ? (
          <CategoryBarChart
            {...common}
            testId="breakdown-status"
            title={t({ da: 'Rapporteret efter status', en: 'Reported by status' })}
            description={t(L.fromRows)}
            categoryLabel={t({ da: 'Status', en: 'Status' })}
            series={[{ id: 't', name: t(L.total) }]}
            data={(data.byStatus ?? []).map((g) => ({
              key: g.key ?? '',
              label: g.key === null ? '–' : named(STATUS, g.key),
              values: [g.totalDkk],
            }))}
            onSelect={select('status')}
          />
        ) : (
          pending
        )}
        {data.projects ? (
          <CategoryBarChart
            {...common}
            testId="top-projects"
            title={t({ da: 'Top 10 projekter', en: 'Top 10 projects' })}
            description={t({ da: 'Efter realiserede gevinster pr. år.', en: 'By realised gains per year.' })}
            categoryLabel={t({ da: 'Projekt', en: 'Project' })}
            series={[{ id: 'r', name: t(L.realised) }]}
            data={data.projects.map((p) => ({ key: p.projectId, label: p.title ?? p.projectId, values: [p.realisedDkk] }))}
            onSelect={select('project')}
            categoryWidth={180}
          />
        ) : (
          pending
        )}
        {data.companies ? (
          <CategoryBarChart
            {...common}
            testId="top-companies"
            title={t({ da: 'Top 10 virksomheder', en: 'Top 10 companies' })}
            description={t({ da: 'Efter realiserede gevinster pr. år.', en: 'By realised gains per year.' })}
            categoryLabel={t({ da: 'Virksomhed', en: 'Company' })}
            series={[{ id: 'r', name: t(L.realised) }]}
            data={data.companies.map((c) => ({ key: c.companyId, label: c.name ?? c.companyId, values: [c.realisedDkk] }))}
            onSelect={select('company')}
            categoryWidth={180}
          />
        ) : (
          pending
        )}
        {data.coverage ? (
          <CategoryBarChart
            {...common}
            formatValue={pct}
            testId="coverage"
            title={t({ da: 'Dækning pr. branche', en: 'Coverage by industry' })}
            description={t({
              da: 'Deltagende virksomheder og deres ansatte som andel af branchens virksomheder og ansatte.',
              en: "Participating companies and their employees as a share of the industry's firms and employees.",
            })}
            categoryLabel={t({ da: 'Branche (NACE)', en: 'Industry (NACE)' })}
            series={[
              { id: 'f', name: t({ da: 'Andel af virksomheder', en: 'Share of firms' }) },
              { id: 'e', name: t({ da: 'Andel af ansatte', en: 'Share of employees' }) },
            ]}
            data={data.coverage
              .filter((c) => c.participants > 0)
              .map((c) => ({
                key: String(c.nace),
                label: industryName(c.nace, data.coverage, lang),
                values: [
                  c.populationFirms > 0 ? c.participants / c.populationFirms : 0,
                  c.populationEmployees > 0 ? c.participantEmployees / c.populationEmployees : 0,
                ],
                extra: {
                  pf: int(c.participants),
                  pop: int(c.populationFirms),
                  pe: int(c.participantEmployees),
                  popE: int(c.populationEmployees),
                },
              }))}
            extraColumns={[
              { key: 'pf', label: t({ da: 'Deltagende virksomheder', en: 'Participating companies' }), numeric: true },
              { key: 'pop', label: t({ da: 'Virksomheder i branchen', en: 'Firms in the industry' }), numeric: true },
              { key: 'pe', label: t({ da: 'Ansatte hos deltagere', en: "Participants' employees" }), numeric: true },
              { key: 'popE', label: t({ da: 'Ansatte i branchen', en: 'Employees in the industry' }), numeric: true },
            ]}
            onSelect={select('industry')}
            categoryWidth={170}
          />
        ) : (
          pending
        )}
      </section>
    </DrawNearViewportOnly.Provider>
  );
}
