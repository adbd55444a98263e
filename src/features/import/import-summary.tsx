import { formatDkk, formatInteger } from '../../format';
import type { ImportResult } from '../../queries';
import { saveFile, useLang, useT } from '../../ui';
import { csvDownload } from '../../ingest';

const SHOWN = 200;

export function ImportSummary({ result, saved, onClose }: { result: ImportResult; saved: string; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const download = () =>
    saveFile(csvDownload(result.rejected, `${result.name}-rejected.csv`, ['line', 'column', 'value', 'reason'], lang));
  return (
    <section
      className="import-summary"
      data-testid="import-summary"
      data-rows-in={result.rowsIn}
      data-rows-loaded={result.rowsLoaded}
      data-rows-rejected={result.rowsRejected}
      data-realised-total={result.realisedTotal}
      data-expected-total={result.expectedTotal}
      aria-label={t({ da: 'Importresultat', en: 'Import result' })}
    >
      <h3>
        {result.fileName} → «{result.name}»
      </h3>
      <dl className="summary-counts">
        <div>
          <dt>{t({ da: 'Rækker i filen', en: 'Rows in the file' })}</dt>
          <dd>{formatInteger(result.rowsIn, lang)}</dd>
        </div>
        <div>
          <dt>{t({ da: 'Indlæst', en: 'Loaded' })}</dt>
          <dd>{formatInteger(result.rowsLoaded, lang)}</dd>
        </div>
        <div>
          <dt>{t({ da: 'Afvist', en: 'Rejected' })}</dt>
          <dd>{formatInteger(result.rowsRejected, lang)}</dd>
        </div>
        <div>
          <dt>{t({ da: 'Realiseret i alt', en: 'Realised total' })}</dt>
          <dd>{formatDkk(result.realisedTotal, lang)}</dd>
        </div>
        <div>
          <dt>{t({ da: 'Forventet i alt', en: 'Expected total' })}</dt>
          <dd>{formatDkk(result.expectedTotal, lang)}</dd>
        </div>
      </dl>
      <p className="muted">
        {t({ da: 'Tegnsæt', en: 'Encoding' })}: {result.encoding} · {t({ da: 'Skilletegn', en: 'Delimiter' })}:{' '}
        <code>{result.dialect.delimiter === '\t' ? 'TAB' : result.dialect.delimiter}</code> ·{' '}
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
      {result.rejected.length > 0 ? (
        <>
          <table className="table" data-testid="import-rejects">
            <caption>{t({ da: 'Afviste rækker', en: 'Rejected rows' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ da: 'Linje', en: 'Line' })}</th>
                <th scope="col">{t({ da: 'Kolonne', en: 'Column' })}</th>
                <th scope="col">{t({ da: 'Værdi', en: 'Value' })}</th>
                <th scope="col">{t({ da: 'Årsag', en: 'Reason' })}</th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.slice(0, SHOWN).map((r, i) => (
                <tr key={i} data-line={r.line}>
                  <td>{r.line}</td>
                  <td>{r.column}</td>
                  <td>{r.value}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.rejected.length > SHOWN ? (
            <p className="muted">
              {t({ da: `Viser de første ${SHOWN}; hent alle som CSV.`, en: `Showing the first ${SHOWN}; download all as CSV.` })}
            </p>
          ) : null}
          <button type="button" onClick={download}>
            {t({ da: 'Hent afviste rækker (CSV)', en: 'Download rejected rows (CSV)' })}
          </button>
        </>
      ) : null}
      <button type="button" onClick={onClose}>
        {t({ da: 'Luk', en: 'Close' })}
      </button>
    </section>
  );
}
