import { formatDkk, formatInteger } from '../../format';
import { useDatasets, type PopulationImportResult } from '../../queries';
import { saveFile, useLang, useT } from '../../ui';
import { csvDownload } from '../../ingest';

/** What a population import replaced: counts, the new national value added, and every rejected line. */
export function PopulationSummary({ result, onClose }: { result: PopulationImportResult; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { resetPopulation } = useDatasets();
  return (
    <section
      className="import-summary"
      data-testid="population-summary"
      data-rows-in={result.rowsIn}
      data-rows-loaded={result.rowsLoaded}
      data-rows-rejected={result.rowsRejected}
      aria-label={t({ da: 'Populationstabel', en: 'Population table' })}
    >
      <h3>{result.fileName} → population</h3>
      <p>
        {result.rowsLoaded > 0
          ? t({
              da: `${formatInteger(result.rowsLoaded, lang)} af ${formatInteger(result.rowsIn, lang)} rækker indlæst; værditilvækst i alt ${formatDkk(result.valueAddedDkk, lang, { compact: true })}. Alle figurer er nu beregnet på denne tabel.`,
              en: `${formatInteger(result.rowsLoaded, lang)} of ${formatInteger(result.rowsIn, lang)} rows loaded; value added in total ${formatDkk(result.valueAddedDkk, lang, { compact: true })}. Every figure now uses this table.`,
            })
          : t({
              da: 'Ingen gyldige rækker: den hidtidige tabel er beholdt.',
              en: 'No valid rows: the previous table is kept.',
            })}{' '}
        {formatInteger(result.rowsRejected, lang)} {t({ da: 'afvist', en: 'rejected' })}.
      </p>
      {result.rejected.length ? (
        <>
          <ul>
            {result.rejected.slice(0, 50).map((r, i) => (
              <li key={i}>{r.reason}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              saveFile(csvDownload(result.rejected, 'population-rejected.csv', ['line', 'column', 'value', 'reason'], lang))
            }
          >
            {t({ da: 'Hent afviste rækker (CSV)', en: 'Download rejected rows (CSV)' })}
          </button>{' '}
        </>
      ) : null}
      <button type="button" onClick={() => void resetPopulation().then(onClose)}>
        {t({ da: 'Tilbage til den medfølgende estimattabel', en: 'Back to the bundled estimate' })}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {t({ da: 'Luk', en: 'Close' })}
      </button>
    </section>
  );
}
