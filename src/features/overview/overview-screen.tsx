import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue, useMemo, useState, type ComponentProps } from 'react';
import { formatDkk, formatInteger, formatPercent } from '../../format';
import {
  evaluate,
  hasSelection,
  plausibilityChecks,
  PRESETS,
  presetById,
  presetDescription,
  selectTerms,
  type Figure,
} from '../../model';
import {
  checkInputQuery,
  coverageQuery,
  errorText,
  modelInputQuery,
  useModelSelection,
  summaryQuery,
  useEngine,
  useFiltersFromUrl,
  useScenario,
} from '../../queries';
import { useOverviewIndex } from '../../queries/overview-index';
import { headlineFigure, headlineOf, type HeadlineFigure } from '../../queries/headline-snapshot';
import { presetSnapshot, useAfterFirstPaint } from './first-frame-headline';
import { saveFile, ErrorBanner, FigureCard, TraceDrawer, useLang, useT } from '../../ui';
import { csvDownload } from '../../ingest';
import { formatByUnit as formatFigure } from '../../format';
import { FilterChips, FilterScope, SelectionChips, type IndustryNames } from './filter-chips';
import { HeadlineTiers } from './headline-tiers';
import { PlausibilityBadge, PlausibilityPanel } from './plausibility-panel';
import './overview.css';
import { TraceRowsTable } from './trace-rows';
import { paramText } from './param-text';

// Recharts is loaded after the headline: the figures must not wait for the chart library.
// The chart module turns the model's chain into bars; it comes with Recharts, after the headline.
const WaterfallChart = lazy(() =>
  import('../../charts').then(({ WaterfallChart: Chart, chainSteps }) => ({
    default: ({ chain, ...props }: Omit<ComponentProps<typeof Chart>, 'steps'> & { chain: Parameters<typeof chainSteps>[0] }) => (
      <Chart {...props} steps={chainSteps(chain, props.lang ?? 'da')} />
    ),
  })),
);
const BreakdownsPanel = lazy(() => import('./breakdowns-panel').then((m) => ({ default: m.BreakdownsPanel })));
const TimePathPanel = lazy(() => import('./time-path-panel').then((m) => ({ default: m.TimePathPanel })));

export function OverviewScreen() {
  const t = useT();
  const { lang } = useLang();
  const engine = useEngine();
  const cross = useFiltersFromUrl();
  // The cross-filter's answers in JS, fetched once per data version in idle time (src/queries/overview-index.ts).
  const indexed = useOverviewIndex(engine);
  const summary = useQuery(summaryQuery(engine, cross.filters));
  const cells = useQuery(modelInputQuery(engine, cross.filters));
  const scenario = useScenario();
  const presetId = scenario.active.preset;
  const preset = presetById(presetId);
  const params = scenario.params;
  const changed = Object.keys(scenario.active.overrides).length;
  // On the demo's own cells under a preset's parameters, the first frame paints the snapshot's headline (computed by
  // the model at build time: data/snapshot.test.ts) and the model runs once that frame is on screen.
  const painted = useAfterFirstPaint();
  const early = painted ? null : presetSnapshot(engine.demo, cells.data, presetId, params);
  const result = useMemo(() => (cells.data && !early ? evaluate(cells.data, params) : null), [cells.data, params, early]);
  const headline = useMemo(() => (result ? headlineOf(result) : (early?.headline ?? null)), [result, early]);
  // The preset's description quotes the published figures only when this data set (unfiltered) reproduces them.
  const allCells = useQuery(modelInputQuery(engine));
  const description = useMemo(
    () =>
      presetSnapshot(engine.demo, allCells.data, presetId, preset.params)?.description ??
      presetDescription(preset, allCells.data ?? null),
    [engine.demo, presetId, preset, allCells.data],
  );
  const model = useModelSelection();
  const selected = useMemo(
    () =>
      result && hasSelection(model.selection) ? selectTerms(result.breakdown, model.selection, result.nationalPotential) : null,
    [result, model.selection],
  );
  // Report-filter scope: the selected reports against the whole data set (both summaries are cached queries).
  const allSummary = useQuery(summaryQuery(engine));
  const allCoverage = useQuery(coverageQuery(engine));
  const industries: IndustryNames = useMemo(
    () =>
      new Map(
        (allCoverage.data ?? []).map((c) => [c.nace, { da: c.nameDa ?? `NACE ${c.nace}`, en: c.nameEn ?? `NACE ${c.nace}` }]),
      ),
    [allCoverage.data],
  );
  const checkData = useQuery(checkInputQuery(engine, cross.filters));
  const checks = useMemo(
    () => (cells.data && result && checkData.data ? plausibilityChecks(cells.data, result, checkData.data) : null),
    [cells.data, result, checkData.data],
  );
  const [trace, setTrace] = useState<Figure | null>(null);
  // A click paints the headline and the filter chips in its own frame; the charts (Recharts: milliseconds each) follow
  // in a deferred render that yields to input, with the filters and the model's result they were drawn for.
  const chartResult = useDeferredValue(result);
  const chartFilters = useDeferredValue(cross.filters);
  const s = summary.data;
  const failed = summary.error ?? cells.error ?? checkData.error;
  // A headline figure's trace is the model's figure of that id (evaluated here if the click beats the first evaluation).
  const showTrace = (id: string) => {
    const full = result ?? (cells.data ? evaluate(cells.data, params) : null);
    const f = full ? headlineFigure(full, id) : null;
    if (f) setTrace(f);
  };
  const how = (f: HeadlineFigure | null | undefined) =>
    f ? (
      <button type="button" className="link how" onClick={() => showTrace(f.id)} data-testid={`how-${f.id}`}>
        {t({ da: 'Hvordan er det beregnet?', en: 'How is this calculated?' })}
      </button>
    ) : null;

  return (
    <section aria-labelledby="screen-title" data-overview-index={indexed ? 'ready' : 'none'}>
      <h2 id="screen-title">{t({ da: 'Overblik', en: 'Overview' })}</h2>
      <div className="scenario-bar">
        <label className="field-inline">
          {t({ da: 'Scenarie', en: 'Scenario' })}
          <select
            data-testid="preset-select"
            value={presetId}
            onChange={(e) => scenario.store.startFromPreset(e.target.value as typeof presetId)}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {t(p.label)}
              </option>
            ))}
          </select>
        </label>
        {scenario.active.name || changed > 0 ? (
          <span data-testid="scenario-modified" className="badge">
            {scenario.active.name ? `${scenario.active.name}${changed > 0 ? ': ' : ''}` : ''}
            {changed > 0 ? t({ da: `${changed} antagelse(r) ændret`, en: `${changed} assumption(s) changed` }) : ''}{' '}
            <a href={`#/scenarios${window.location.search}`}>{t({ da: 'Se antagelser', en: 'See assumptions' })}</a>
          </span>
        ) : null}
        <span className="muted preset-description" data-testid="preset-description">
          {t(description)}
        </span>
      </div>
      <FilterChips filters={cross.filters} onRemove={cross.remove} onClear={cross.clear} industries={industries} />
      <FilterScope
        filters={cross.filters}
        selected={s?.reports ?? null}
        total={allSummary.data?.reports ?? null}
        industries={industries}
      />
      <SelectionChips selection={model.selection} onRemove={model.remove} onClear={model.clear} industries={industries} />
      {failed ? (
        <ErrorBanner
          title={{ da: 'Tallene kunne ikke beregnes.', en: 'The figures could not be computed.' }}
          action={{ da: 'Fjern filtrene eller genindlæs siden.', en: 'Clear the filters or reload the page.' }}
          detail={errorText(failed)}
        />
      ) : null}
      <HeadlineTiers
        badge={<PlausibilityBadge warnings={checks} />}
        summary={s}
        result={headline}
        how={how}
        onAttribution={(a) => scenario.store.setParam('attribution', a)}
        selected={
          selected ? (
            <span
              className="figure-selected"
              data-testid="figure-national-selected"
              data-value={selected.nationalPotential.value}
            >
              {t({ da: 'Heraf valgt', en: 'Of which selected' })}: {formatFigure(selected.nationalPotential.value, 'DKK', lang)}
              {result && result.nationalPotential.value > 0
                ? ` (${formatPercent(selected.nationalPotential.value / result.nationalPotential.value, lang, { decimals: 1 })})`
                : ''}
              {' · '}
              {t({ da: 'samfundsgevinst', en: 'social gain' })} {formatDkk(selected.socialGain, lang, { compact: true })}
            </span>
          ) : null
        }
      />
      <PlausibilityPanel warnings={checks} onShowCells={setTrace} onShowCompany={(id) => cross.toggle('company', id)} />
      <div className="figure-grid counts">
        <FigureCard
          testId="count-projects"
          label={t({ da: 'Projekter', en: 'Projects' })}
          value={s?.projects ?? null}
          display={s ? formatInteger(s.projects, lang) : '…'}
        />
        <FigureCard
          testId="count-companies"
          label={t({ da: 'Virksomheder', en: 'Companies' })}
          value={s?.companies ?? null}
          display={s ? formatInteger(s.companies, lang) : '…'}
        />
        <FigureCard
          testId="count-reports"
          label={t({ da: 'Gevinstrapporter', en: 'Gain reports' })}
          value={s?.reports ?? null}
          display={s ? formatInteger(s.reports, lang) : '…'}
        />
      </div>
      {chartResult ? (
        <Suspense fallback={<div className="chart chart-loading" style={{ height: 400 }} />}>
          <WaterfallChart
            title={t({
              da: 'Fra rapporterede gevinster til samfundsgevinst',
              en: 'From reported gains to social gain',
            })}
            description={t({
              da: 'Hvert trin i kæden med den faktor, det ganger med. Logaritmisk akse: trinnene spænder fra millioner til milliarder.',
              en: 'Each step of the chain with the factor it multiplies by. Log axis: the steps span millions to billions.',
            })}
            chain={chartResult.waterfall}
            formatTick={(v) => formatDkk(v, lang, { compact: true })}
            lang={lang}
          />
        </Suspense>
      ) : null}
      {chartResult ? (
        <Suspense fallback={<div className="chart chart-loading" style={{ height: 360 }} />}>
          <TimePathPanel result={chartResult} />
        </Suspense>
      ) : null}
      {/* Mounted with the model's result when one is coming (the snapshot's first frame defers it), as without the
          snapshot: mounted before it, the charts below the model's three could keep an empty first drawing (their
          near-viewport hold) when pushed off screen as those three appeared, and stay blank until scrolled to. */}
      {chartResult === null && cells.data !== undefined ? (
        <div className="chart chart-loading" style={{ height: 360 }} />
      ) : (
        <Suspense fallback={<div className="chart chart-loading" style={{ height: 360 }} />}>
          <BreakdownsPanel
            result={chartResult}
            filters={chartFilters}
            onSelect={(sel) => cross.toggle(sel.dimension, sel.key)}
            onSelectTerm={(c) => model.toggle(c.dimension, c.key)}
            selection={model.selection}
          />
        </Suspense>
      )}
      {result && result.warnings.length > 0 ? (
        <details className="warnings" data-testid="model-warnings">
          <summary>
            {result.warnings.length}{' '}
            {t({
              da: 'bemærkninger til beregningen',
              en: 'notes on the calculation',
            })}
          </summary>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>{t(w.message)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {trace ? (
        <TraceDrawer
          node={trace}
          formatValue={(v, unit) => formatFigure(v, unit, lang)}
          formatParam={(id, v) => paramText(id, v, lang)}
          onClose={() => setTrace(null)}
          onExportRows={(rows) => saveFile(csvDownload(rows, `${trace.id}-rows.csv`, undefined, lang))}
        >
          <TraceRowsTable figure={trace} expectedWeight={Number(params.expected_weight)} filters={cross.filters} />
        </TraceDrawer>
      ) : null}
    </section>
  );
}
