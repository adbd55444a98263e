import { useEffect, useId, useState } from 'react';
import { useEngine, useImport, type ImportProblem } from '../../queries';
import { formatInteger, formatNumber } from '../../format';
import { ErrorBanner, Notice, useLang, useT } from '../../ui';
import { AppendNote } from './append-note';
import { DatasetSources } from './dataset-sources';
import { EmptyImportNotice } from './empty-import';
import { EngineDataFiles } from './engine-data-files';
import { ImportSummary } from './import-summary';
import { MappingStep } from './mapping-step';
import { PopulationSummary } from './population-summary';
import { RejectsGrid } from './rejects-grid';
import { problemText } from './problem-text';
import { TemplateLinks } from './template-links';

/** A refused file says exactly why (its code in `data-code` for tests); anything else keeps the reader's message. */
function ImportError({ fileName, message, problem }: { fileName: string; message: string; problem?: ImportProblem }) {
  const { lang } = useLang();
  const text = problem ? problemText(problem, lang) : null;
  return (
    <div data-testid="import-error" data-code={problem?.code ?? 'failed'}>
      <ErrorBanner
        title={
          text
            ? { da: `${fileName} kunne ikke importeres: ${text.why.da}`, en: `${fileName} could not be imported: ${text.why.en}` }
            : { da: `${fileName} kunne ikke importeres.`, en: `${fileName} could not be imported.` }
        }
        action={
          text
            ? text.action
            : {
                da: 'Ret filen og prøv igen; det aktive datasæt er uændret.',
                en: 'Fix the file and try again; the active data set is unchanged.',
              }
        }
        detail={text ? undefined : message}
      />
    </div>
  );
}

/**
 * "Importér data": pick a file, map columns when needed, and see exactly what was loaded and rejected.
 * `onActivity` is told whenever an import is under way or has something to show, so a closed drawer can open.
 */
export function ImportPanel({ onActivity }: { onActivity?: () => void } = {}) {
  const t = useT();
  const { lang } = useLang();
  const { state, start, finish, remap, fixRows, reread, cancel, reset } = useImport();
  // The grid fixes rows into the set the import made; once another set is active (a file removed), it is gone.
  const { datasetId } = useEngine();
  const [mode, setMode] = useState<'add' | 'replace' | 'append' | 'table' | 'population'>('add');
  const [keepDuplicates, setKeepDuplicates] = useState(false);
  const [name, setName] = useState('');
  const inputId = useId();
  const [inputFocused, setInputFocused] = useState(false);
  const busy = state.kind === 'working';
  useEffect(() => {
    if (state.kind !== 'idle') onActivity?.();
  }, [state.kind, onActivity]);
  return (
    <section className="import-panel" aria-label={t({ da: 'Import', en: 'Import' })}>
      <div className="import-row">
        {/* The input is visually hidden, so its keyboard focus ring is drawn on the label that stands for it. */}
        <label
          htmlFor={inputId}
          className="button button-primary"
          style={inputFocused ? { outline: '2px solid var(--accent)', outlineOffset: 2 } : undefined}
        >
          {t({ da: 'Vælg fil …', en: 'Choose a file …' })}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          data-testid="import-file"
          aria-label={t({ da: 'Vælg fil at importere', en: 'Choose a file to import' })}
          accept=".csv,.tsv,.txt,.xlsx,.parquet,text/csv"
          disabled={busy}
          onFocus={(e) => setInputFocused(e.currentTarget.matches(':focus-visible'))}
          onBlur={() => setInputFocused(false)}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void start(file, { mode, name, keepDuplicates });
          }}
        />
        <label className="field-inline">
          {t({ da: 'Navn', en: 'Name' })}
          <input
            type="text"
            value={name}
            placeholder={t({ da: 'filens navn', en: 'the file name' })}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <fieldset className="field-inline">
          <legend className="visually-hidden">{t({ da: 'Hvordan', en: 'How' })}</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'add'} onChange={() => setMode('add')} />
            {t({ da: 'Tilføj som nyt datasæt', en: 'Add as a new data set' })}
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            {t({ da: 'Erstat det aktive', en: 'Replace the active one' })}
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              data-testid="import-mode-append"
              checked={mode === 'append'}
              onChange={() => setMode('append')}
            />
            {t({ da: 'Føj til det aktive', en: 'Append to the active one' })}
          </label>
          {mode === 'append' ? (
            <label>
              <input type="checkbox" checked={keepDuplicates} onChange={(e) => setKeepDuplicates(e.target.checked)} />
              {t({ da: 'Behold dubletter', en: 'Keep duplicates' })}
            </label>
          ) : null}
          <label>
            <input type="radio" name="import-mode" checked={mode === 'table'} onChange={() => setMode('table')} />
            {t({ da: 'Ekstra tabel til SQL', en: 'Extra table for SQL' })}
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'population'} onChange={() => setMode('population')} />
            {t({ da: 'Ny populationstabel', en: 'New population table' })}
          </label>
        </fieldset>
        <TemplateLinks />
      </div>
      <EngineDataFiles
        disabled={busy || mode === 'table' || mode === 'population'}
        onImport={(file) => void start(file, { mode, name, keepDuplicates })}
      />
      {state.kind === 'working' ? (
        <Notice testId="import-progress">
          {state.step === 'reading' ? t({ da: 'Læser', en: 'Reading' }) : t({ da: 'Validerer', en: 'Validating' })}{' '}
          {state.fileName} …{' '}
          {state.progress ? (
            <>
              <progress
                max={state.progress.bytesTotal}
                value={state.progress.bytesDone}
                aria-label={t({ da: 'Fremskridt', en: 'Progress' })}
              />{' '}
              {formatInteger(state.progress.rowsDone, lang)} {t({ da: 'rækker', en: 'rows' })},{' '}
              {formatNumber(state.progress.bytesDone / 1e6, lang, { decimals: 1 })} /{' '}
              {formatNumber(state.progress.bytesTotal / 1e6, lang, { decimals: 1 })} MB{' '}
            </>
          ) : null}
          <button type="button" onClick={cancel}>
            {t({ da: 'Annullér', en: 'Cancel' })}
          </button>
        </Notice>
      ) : null}
      {state.kind === 'mapping' ? (
        <MappingStep
          key={`${state.prepared.signature}@${state.prepared.headerRow ?? 1}`}
          prepared={state.prepared}
          onImport={(m, v) => void finish(state.prepared, m, v)}
          onCancel={reset}
          onHeaderRow={(row, preset) => void reread(row, preset)}
        />
      ) : null}
      {state.kind === 'error' ? <ImportError fileName={state.fileName} message={state.message} problem={state.problem} /> : null}
      {state.kind === 'empty' ? <EmptyImportNotice state={state} onRemap={remap} onClose={reset} /> : null}
      {state.kind === 'cancelled' ? (
        <Notice>
          {t({ da: 'Importen blev annulleret; intet er ændret.', en: 'The import was cancelled; nothing changed.' })}
        </Notice>
      ) : null}
      {state.kind === 'done' ? <ImportSummary result={state.result} saved={state.saved} onClose={reset} /> : null}
      {state.kind === 'done' && state.result.appended ? <AppendNote appended={state.result.appended} /> : null}
      {state.kind === 'done' && state.result.rejected.length > 0 && state.result.datasetId === datasetId ? (
        <RejectsGrid
          key={state.result.datasetId}
          fileName={state.result.fileName}
          rejected={state.result.rejected}
          onApply={(columns, rows) => void fixRows(columns, rows)}
        />
      ) : null}
      <DatasetSources
        onReplace={(index, file) => void start(file, { mode: 'append', name, keepDuplicates, replaceSource: index })}
      />
      {state.kind === 'population' ? <PopulationSummary result={state.result} onClose={reset} /> : null}
      {state.kind === 'table' ? (
        <Notice testId="table-import-summary">
          {t({ da: 'Tabellen', en: 'Table' })} <code>{state.result.table}</code>: {state.result.rows}{' '}
          {t({ da: 'rækker', en: 'rows' })}, {state.result.columns}{' '}
          {t({ da: 'kolonner (alle som tekst)', en: 'columns (all as text)' })}.
          {state.result.warnings.length ? ` ${state.result.warnings.slice(0, 5).join('; ')}` : ''}{' '}
          <button type="button" onClick={reset}>
            {t({ da: 'Luk', en: 'Close' })}
          </button>
        </Notice>
      ) : null}
    </section>
  );
}
