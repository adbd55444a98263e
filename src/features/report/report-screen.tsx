import { useMemo, useState } from 'react';
import { formatDate } from '../../format';
import { makeStamp } from '../../ingest';
import { presetById } from '../../model';
import { errorText } from '../../queries';
import { ErrorBanner, useLang, useT } from '../../ui';
import { AnalysisSections } from './analysis-sections';
import { AssumptionsTable } from './assumptions-table';
import { BreakdownSection } from './breakdown-section';
import { HeadlineSection } from './headline-section';
import { MethodAppendix } from './method-appendix';
import { ProvenanceSection, StampBlock } from './provenance-section';
import { useReportData } from './use-report-data';
import './report.css';

/** Text for a CSS string: no quotes, backslashes or line breaks can end it early. */
const cssString = (s: string) => `"${s.replace(/["\\\n\r<>]/g, ' ')}"`;

/** The evaluation report: a print-ready page (A4, Save as PDF from the print dialog) for the active data and scenario. */
export function ReportScreen() {
  const t = useT();
  const { lang } = useLang();
  const d = useReportData();
  const [now] = useState(() => new Date());
  const { active, params } = d.scenario;
  const stamp = useMemo(
    () =>
      d.provenance ? makeStamp({ name: d.provenance.name, contentHash: d.provenance.contentHash }, active, params, now) : null,
    [d.provenance, active, params, now],
  );
  const changed = useMemo(() => new Set(Object.keys(active.overrides)), [active.overrides]);
  const preset = presetById(active.preset);

  if (d.error)
    return (
      <ErrorBanner
        title={{ da: 'Rapporten kunne ikke samles.', en: 'The report could not be assembled.' }}
        action={{
          da: 'Genindlæs siden; fejler det igen, så send teksten herunder med.',
          en: 'Reload the page; if it fails again, include the text below.',
        }}
        detail={errorText(d.error)}
      />
    );
  if (
    !d.ready ||
    !d.summary ||
    !d.result ||
    !d.checks ||
    !d.input ||
    !d.provenance ||
    !d.reference ||
    !d.byYear ||
    !d.coverage ||
    !stamp
  )
    return (
      <p className="muted" data-testid="report-loading">
        {t({ da: 'Rapporten samles …', en: 'Assembling the report …' })}
      </p>
    );
  const footer = `Spillover ${stamp.appVersion} · ${stamp.dataset} · SHA-256 ${(stamp.datasetHash ?? '').slice(0, 12)} · ${stamp.scenario.name ?? stamp.scenario.preset}${changed.size > 0 ? ` (+${changed.size})` : ''} · ${formatDate(now, lang)}`;
  return (
    <>
      <div className="report-toolbar">
        <h2 id="screen-title">{t({ da: 'Evalueringsrapport', en: 'Evaluation report' })}</h2>
        <p className="muted">
          {t({
            da: 'Klar til udskrift på A4. Vælg "Gem som PDF" i udskriftsdialogen. Sproget følger appens sprogvalg øverst.',
            en: 'Ready to print on A4. Choose "Save as PDF" in the print dialog. The language follows the app’s switch at the top.',
          })}
        </p>
        <button type="button" className="button button-primary" data-testid="report-print" onClick={() => window.print()}>
          {t({ da: 'Udskriv / gem som PDF', en: 'Print / save as PDF' })}
        </button>
      </div>
      {/* Running footer and page numbers on every printed page (CSS page-margin boxes). */}
      <style>{`@page { @bottom-left { content: ${cssString(footer)}; font-size: 7.5pt; color: #5b6470; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 7.5pt; color: #5b6470; } }`}</style>
      <article className="report" data-testid="report" lang={lang} aria-labelledby="report-title">
        <header className="report-title-page">
          <p className="report-kicker">Spillover</p>
          <h1 id="report-title">
            {t({ da: 'Evaluering af samfundsøkonomiske spillover-effekter', en: 'Evaluation of economic spillover effects' })}
          </h1>
          <p className="report-subtitle">
            {d.provenance.name} · {active.name ?? t(preset.label)}
            {changed.size > 0
              ? ` (${t({ da: `${changed.size} antagelse(r) ændret`, en: `${changed.size} assumption(s) changed` })})`
              : ''}
          </p>
          <p className="report-date">{formatDate(now, lang)}</p>
          <p className="report-lead">
            {t({
              da: 'Rapporten viser de rapporterede gevinster, kæden til nationalt potentiale og samfundsgevinst, fordelingerne, de anvendte antagelser med kilder og datagrundlaget. Alle tal er beregnet i browseren af de samme forespørgsler og den samme model som appens skærme.',
              en: 'The report shows the reported gains, the chain to national potential and social gain, the breakdowns, the assumptions used with their sources, and the data. Every figure is computed in the browser by the same queries and model as the app’s screens.',
            })}
          </p>
          <StampBlock stamp={stamp} />
        </header>
        <HeadlineSection summary={d.summary} result={d.result} checks={d.checks} />
        <BreakdownSection result={d.result} byYear={d.byYear} coverage={d.coverage} />
        <AssumptionsTable params={params} preset={active.preset} changed={changed} />
        <AnalysisSections />
        <ProvenanceSection dataset={d.provenance} reference={d.reference} stamp={stamp} />
        <MethodAppendix result={d.result} input={d.input} />
      </article>
    </>
  );
}
