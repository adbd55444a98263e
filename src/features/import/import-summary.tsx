import { formatDkk, formatInteger } from '../../format';
import type { ImportResult } from '../../queries';
import { ImportCounts, RejectedRows, saveFile, useLang, useT } from '../../ui';
import { csvDownload } from '../../ingest';
import { localisedRejects } from './reject-text';

export function ImportSummary({ result, saved, onClose }: { result: ImportResult; saved: string; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const download = () =>
    saveFile(
      csvDownload(
        localisedRejects(result.rejected, lang),
        `${result.name}-rejected.csv`,
        ['line', 'column', 'value', 'reason'],
        lang,
      ),
    );
  return (
    <section
      className="import-summary"
      data-testid="import-summary"
      data-rows-in={result.rowsIn}
      data-rows-loaded={result.rowsLoaded}
      data-rows-rejected={result.rowsRejected}
      data-rows-duplicate={result.duplicates ?? 0}
      data-realised-total={result.realisedTotal}
      data-expected-total={result.expectedTotal}
      aria-label={t({ da: 'Importresultat', en: 'Import result' })}
    >
      <h3>
        {result.fileName} → «{result.name}»
      </h3>
      <ImportCounts rowsIn={result.rowsIn} rowsLoaded={result.rowsLoaded} rowsRejected={result.rowsRejected}>
        <div>
          <dt>{t({ da: 'Realiseret i alt', en: 'Realised total' })}</dt>
          <dd>{formatDkk(result.realisedTotal, lang)}</dd>
        </div>
        <div>
          <dt>{t({ da: 'Forventet i alt', en: 'Expected total' })}</dt>
          <dd>{formatDkk(result.expectedTotal, lang)}</dd>
        </div>
      </ImportCounts>
      <p className="muted">
        {/* A workbook or Parquet file has cells, not text: no encoding or delimiter of its own to report. */}
        {result.kind === 'csv' ? (
          <>
            {t({ da: 'Tegnsæt', en: 'Encoding' })}: {result.encoding} · {t({ da: 'Skilletegn', en: 'Delimiter' })}:{' '}
            <code>{result.dialect.delimiter === '\t' ? 'TAB' : result.dialect.delimiter}</code> ·{' '}
          </>
        ) : (
          `${result.kind === 'xlsx' ? t({ da: 'Excel-projektmappe', en: 'Excel workbook' }) : 'Parquet'} · `
        )}
        {t({ da: 'Talformat', en: 'Number style' })}:{' '}
        {result.numberStyle === 'comma'
          ? '1.234,5'
          : result.numberStyle === 'point'
            ? '1,234.5'
            : t({ da: 'ukendt (kun heltal)', en: 'unknown (whole numbers only)' })}
        {result.flagged > 0
          ? ` · ${formatInteger(result.flagged, lang)} ${t({ da: 'negative gevinster (tab) markeret', en: 'negative gains (losses) flagged' })}`
          : ''}
      </p>
      <p className="muted" data-testid="import-saved" data-state={saved === 'saving' || saved === 'saved' ? saved : 'failed'}>
        {saved === 'saving'
          ? t({ da: 'Gemmer i browseren …', en: 'Saving in this browser …' })
          : saved === 'saved'
            ? t({
                da: `Gemt i browseren og læst tilbage (${formatInteger(result.rowsLoaded, 'da')} rækker, som indlæst): kommer igen efter genindlæsning.`,
                en: `Saved in this browser and read back (${formatInteger(result.rowsLoaded, 'en')} rows, as loaded): it comes back after a reload.`,
              })
            : `${t({ da: 'Kunne ikke gemmes i browseren (data er kun i denne fane)', en: 'Could not be saved in this browser (the data lives in this tab only)' })}: ${saved}`}
      </p>
      <RejectedRows rows={localisedRejects(result.rejected, lang)} testId="import-rejects" onDownload={download} />
      <button type="button" onClick={onClose}>
        {t({ da: 'Luk', en: 'Close' })}
      </button>
    </section>
  );
}
