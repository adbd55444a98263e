import { useMemo, useState } from 'react';
import { formatDate } from '../../format';
import { makeStamp, type ExportStamp } from '../../ingest';
import { presetById } from '../../model';
import { errorText } from '../../queries';
import { ErrorBanner, useLang, useT } from '../../ui';
import { AnalysisSections } from './analysis-sections';
import { AssumptionsTable } from './assumptions-table';
import { BreakdownSection } from './breakdown-section';
import { DocxButton } from './docx-button';
import { EditableText } from './editable-text';
import { HeadlineSection } from './headline-section';
import { MethodAppendix } from './method-appendix';
import { ProvenanceSection, StampBlock } from './provenance-section';
import { reportTextKey, ReportTextProvider, useReportText } from './report-text';
import { useReportData } from './use-report-data';
import './report.css';

/** Text for a CSS string: no quotes, backslashes or line breaks can end it early. */
const cssString = (s: string) => `"${s.replace(/["\\\n\r<>]/g, ' ')}"`;

const DEFAULT_TITLE = {
  da: 'Evaluering af samfundsøkonomiske spillover-effekter',
  en: 'Evaluation of economic spillover effects',
};

/** The evaluation report: a print-ready page (A4, Save as PDF from the print dialog) for the active data and scenario. */
export function ReportScreen() {
  const t = useT();
  const d = useReportData();
  const [now] = useState(() => new Date());
  const { active, params } = d.scenario;
  const stamp = useMemo(
    () =>
      d.provenance ? makeStamp({ name: d.provenance.name, contentHash: d.provenance.contentHash }, active, params, now) : null,
    [d.provenance, active, params, now],
  );

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
  if (!d.ready || !stamp)
    return (
      <p className="muted" data-testid="report-loading">
        {t({ da: 'Rapporten samles …', en: 'Assembling the report …' })}
      </p>
    );
  const storageKey = reportTextKey(stamp.datasetHash ?? stamp.dataset, active.savedId ?? active.preset);
  return (
    <ReportTextProvider key={storageKey} storageKey={storageKey}>
      <ReportDocument d={d} stamp={stamp} now={now} />
    </ReportTextProvider>
  );
}

type Ready = ReturnType<typeof useReportData>;

function ReportDocument({ d, stamp, now }: { d: Ready; stamp: ExportStamp; now: Date }) {
  const t = useT();
  const { lang } = useLang();
  const { text, set } = useReportText();
  const { active, params } = d.scenario;
  const changed = useMemo(() => new Set(Object.keys(active.overrides)), [active.overrides]);
  if (!d.summary || !d.result || !d.checks || !d.input || !d.provenance || !d.reference || !d.byYear || !d.coverage) return null;
  const preset = presetById(active.preset);
  const title = text.title || t(DEFAULT_TITLE);
  const subtitle =
    text.subtitle ||
    `${d.provenance.name} · ${active.name ?? t(preset.label)}${
      changed.size > 0
        ? ` (${t({ da: `${changed.size} ${changed.size === 1 ? 'antagelse' : 'antagelser'} ændret`, en: `${changed.size} ${changed.size === 1 ? 'assumption' : 'assumptions'} changed` })})`
        : ''
    }`;
  const authors = text.authors ?? '';
  const footer = [
    `Spillover ${stamp.appVersion}`,
    stamp.dataset,
    `SHA-256 ${(stamp.datasetHash ?? '').slice(0, 12)}`,
    `${active.name ?? t(preset.label)}${changed.size > 0 ? ` (+${changed.size})` : ''}`,
    formatDate(now, lang),
  ].join(' · ');
  const fileName = `${lang === 'da' ? 'evalueringsrapport' : 'evaluation-report'}_${(stamp.datasetHash ?? 'data').slice(0, 8)}_${stamp.createdAt.slice(0, 10)}.docx`;
  return (
    <>
      <div className="report-toolbar">
        <h2 id="screen-title">{t({ da: 'Evalueringsrapport', en: 'Evaluation report' })}</h2>
        <p className="muted">
          {t({
            da: 'Klar til udskrift på A4 og til Word. Titel, undertitel, forfattere og en kommentar til hvert afsnit kan skrives direkte i rapporten; de gemmes i browseren sammen med datasættet og scenariet. Sproget følger appens sprogvalg øverst.',
            en: 'Ready to print on A4 and for Word. Title, subtitle, authors and a commentary on each section can be written in the report itself; they are kept in the browser with the data set and scenario. The language follows the app’s switch at the top.',
          })}
        </p>
        <button type="button" className="button button-primary" data-testid="report-print" onClick={() => window.print()}>
          {t({ da: 'Udskriv / gem som PDF', en: 'Print / save as PDF' })}
        </button>
        <DocxButton footer={footer} fileName={fileName} />
      </div>
      {/* Running footer and page numbers on every printed page (CSS page-margin boxes). */}
      <style>{`@page { @bottom-left { content: ${cssString(footer)}; font-size: 7.5pt; color: #5b6470; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 7.5pt; color: #5b6470; } }`}</style>
      <article className="report" data-testid="report" lang={lang} aria-labelledby="report-title">
        <header className="report-title-page">
          <p className="report-kicker">Spillover</p>
          <EditableText
            as="h1"
            id="report-title"
            testId="report-title"
            value={title}
            label={t({ da: 'Rapportens titel', en: 'The report’s title' })}
            placeholder={t(DEFAULT_TITLE)}
            onChange={(v) => set('title', v)}
          />
          <EditableText
            className="report-subtitle"
            testId="report-subtitle"
            value={subtitle}
            label={t({ da: 'Undertitel', en: 'Subtitle' })}
            placeholder={t({ da: 'Undertitel', en: 'Subtitle' })}
            onChange={(v) => set('subtitle', v)}
          />
          <EditableText
            className="report-authors"
            testId="report-authors"
            value={authors}
            label={t({ da: 'Forfattere', en: 'Authors' })}
            placeholder={t({ da: 'Forfattere (skriv navne her)', en: 'Authors (write names here)' })}
            onChange={(v) => set('authors', v)}
          />
          <p className="report-date">{formatDate(now, lang)}</p>
          <p className="report-lead">
            {t({
              da: 'Rapporten viser de rapporterede gevinster, kæden til nationalt potentiale og samfundsgevinst, fordelingerne, de anvendte antagelser med kilder og datagrundlaget. Alle tal er beregnet i browseren af de samme forespørgsler og den samme model som appens skærme.',
              en: 'The report shows the reported gains, the chain to national potential and social gain, the breakdowns, the assumptions used with their sources, and the data. Every figure is computed in the browser by the same queries and model as the app’s screens.',
            })}
          </p>
          <StampBlock stamp={stamp} title={title} authors={authors} />
        </header>
        <HeadlineSection summary={d.summary} result={d.result} checks={d.checks} />
        <BreakdownSection result={d.result} byYear={d.byYear} coverage={d.coverage} />
        <AssumptionsTable params={params} preset={active.preset} changed={changed} />
        <AnalysisSections result={d.result} />
        <ProvenanceSection dataset={d.provenance} reference={d.reference} stamp={stamp} title={title} authors={authors} />
        <MethodAppendix result={d.result} input={d.input} />
      </article>
    </>
  );
}
