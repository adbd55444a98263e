import { useId, useState } from 'react';
import type { ProgrammeTable } from '../../db';
import { useProgrammeImport } from '../../queries';
import { refusalText, ImportCounts, RejectedRows, saveFile, useLang, useT, type Text } from '../../ui';
import { csvDownload } from '../../ingest';

const TABLES: readonly { id: ProgrammeTable; label: Text }[] = [
  { id: 'funding', label: { da: 'Finansiering (funding)', en: 'Funding' } },
  { id: 'members', label: { da: 'Medlemmer (members)', en: 'Members' } },
  { id: 'activities', label: { da: 'Aktiviteter (activities)', en: 'Activities' } },
];

/** Replace one of the three tables from a file (English or Danish headers), see every rejected line, or go back to the demo. */
export function ProgrammeImportPanel() {
  const t = useT();
  const { lang } = useLang();
  const { state, start, resetTable, clear } = useProgrammeImport();
  const [table, setTable] = useState<ProgrammeTable>('funding');
  const fileId = useId();
  const result = state.kind === 'done' ? state.result : null;
  return (
    <section className="import-summary" aria-labelledby={`${fileId}-h`} data-testid="programme-import">
      <h3 id={`${fileId}-h`}>{t({ da: 'Importér en programtabel', en: 'Import a programme table' })}</h3>
      <p className="muted">
        {t({
          da: 'CSV (komma eller semikolon, dansk eller engelsk talformat), XLSX eller Parquet med overskrifter på dansk eller engelsk. Filen erstatter tabellen, til du går tilbage til demoens tabel.',
          en: 'CSV (comma or semicolon, Danish or English numbers), XLSX or Parquet with Danish or English headers. The file replaces the table until you go back to the demo table.',
        })}
      </p>
      <div className="scenario-bar">
        <label className="field-inline">
          {t({ da: 'Tabel', en: 'Table' })}
          <select data-testid="programme-import-table" value={table} onChange={(e) => setTable(e.target.value as ProgrammeTable)}>
            {TABLES.map((x) => (
              <option key={x.id} value={x.id}>
                {t(x.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline" htmlFor={fileId}>
          {t({ da: 'Fil', en: 'File' })}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,.parquet"
          data-testid="programme-import-file"
          disabled={state.kind === 'working'}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void start(table, f);
          }}
        />
        <button type="button" data-testid="programme-import-reset" onClick={() => void resetTable(table)}>
          {t({ da: 'Tilbage til demoens tabel', en: 'Back to the bundled demo table' })}
        </button>
      </div>
      {state.kind === 'working' ? (
        <p role="status">{t({ da: `Læser ${state.fileName} …`, en: `Reading ${state.fileName} …` })}</p>
      ) : null}
      {state.kind === 'error' ? (
        <p role="alert" data-testid="programme-import-error">
          {state.problem
            ? t({
                da: `${state.fileName} kunne ikke importeres: ${refusalText(state.problem, lang).why.da} ${refusalText(state.problem, lang).action.da}`,
                en: `${state.fileName} could not be imported: ${refusalText(state.problem, lang).why.en} ${refusalText(state.problem, lang).action.en}`,
              })
            : `${state.fileName}: ${state.message}`}
        </p>
      ) : null}
      {result ? (
        <div
          data-testid="programme-import-summary"
          data-table={result.table}
          data-rows-in={result.rowsIn}
          data-rows-loaded={result.rowsLoaded}
          data-rows-rejected={result.rowsRejected}
        >
          <h4 style={{ margin: '0.5rem 0 0.3rem' }}>
            {result.fileName} → {result.table}
          </h4>
          <ImportCounts rowsIn={result.rowsIn} rowsLoaded={result.rowsLoaded} rowsRejected={result.rowsRejected} />
          {result.rowsLoaded === 0 ? (
            <p>
              {t({
                da: 'Ingen gyldige rækker: den hidtidige tabel er beholdt.',
                en: 'No valid rows: the previous table is kept.',
              })}
            </p>
          ) : null}
          <RejectedRows
            rows={result.rejected}
            testId="programme-import-rejects"
            onDownload={() =>
              saveFile(csvDownload(result.rejected, `${result.table}-rejected.csv`, ['line', 'column', 'value', 'reason'], lang))
            }
          />
          <button type="button" onClick={clear}>
            {t({ da: 'Luk', en: 'Close' })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
