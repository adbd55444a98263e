import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../../format';
import { CONSOLE_EXAMPLES, consoleSchemaQuery, useConsole, useEngine, type ConsoleState } from '../../queries';
import { useLang, useT } from '../../ui';
import { addToHistory, loadHistory, type HistoryEntry } from './history';
import { ResultView } from './result-view';
import { SchemaBrowser } from './schema-browser';
import { SqlEditor } from './sql-editor';
import './sql.css';

const DRAFT_KEY = 'spillover.sqlDraft';
const FIRST = CONSOLE_EXAMPLES[0]?.sql ?? 'SELECT 1';

function Elapsed({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const id = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(id);
  }, []);
  return <>{((now - startedAt) / 1000).toFixed(1)} s</>;
}

/** The analyst's console: DuckDB SQL over the loaded tables, results in the Data screen's table. */
export function SqlScreen() {
  const t = useT();
  const { lang } = useLang();
  const engine = useEngine();
  const [text, setText] = useState(() => localStorage.getItem(DRAFT_KEY) ?? FIRST);
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory());
  const [replace, setReplace] = useState<{ text: string; seq: number } | null>(null);
  const [insert, setInsert] = useState<{ text: string; seq: number } | null>(null);
  const schema = useQuery(consoleSchemaQuery(engine));
  const refetchSchema = schema.refetch;
  const onFinished = (s: ConsoleState) => {
    if (s.kind === 'done' || s.kind === 'failed') {
      setHistory((h) =>
        addToHistory(h, {
          sql: s.sql,
          at: new Date().toISOString(),
          ok: s.kind === 'done',
          rows: s.kind === 'done' ? s.result.rows.length : null,
          ms: Math.round(s.ms),
        }),
      );
      // A statement may have created or dropped a table: the browser and completion follow.
      void refetchSchema();
    }
  };
  const { state, run, cancel } = useConsole(onFinished);
  const completion = useMemo(
    () => Object.fromEntries((schema.data ?? []).map((tb) => [tb.name, tb.columns.map((c) => c.name)])),
    [schema.data],
  );
  useEffect(() => {
    localStorage.setItem(DRAFT_KEY, text);
  }, [text]);
  const running = state.kind === 'running';
  const errorAt = state.kind === 'failed' ? state.error.position : null;
  const start = (sql: string) => void run(sql);

  return (
    <section aria-labelledby="screen-title" className="sql-screen">
      <h2 id="screen-title">{t({ da: 'SQL-konsol', en: 'SQL console' })}</h2>
      <p className="muted sql-intro">
        {t({
          da: 'DuckDB-SQL over de indlæste tabeller. Appens egne tabeller kan læses, men ikke ændres; opret dine egne arbejdstabeller med CREATE TABLE (de må ikke hedde som appens).',
          en: 'DuckDB SQL over the loaded tables. The app’s own tables can be read but not changed; create scratch tables of your own with CREATE TABLE (not named like the app’s).',
        })}
      </p>
      <div className="sql-layout">
        <SchemaBrowser
          tables={schema.data ?? []}
          onInsert={(name) =>
            setInsert({ text: /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`, seq: Date.now() })
          }
        />
        <div className="sql-main">
          <div className="toolbar">
            <label className="field-inline">
              {t({ da: 'Eksempler', en: 'Examples' })}
              <select
                data-testid="sql-examples"
                value=""
                onChange={(e) => {
                  const ex = CONSOLE_EXAMPLES.find((x) => x.id === e.target.value);
                  if (ex) setReplace({ text: ex.sql, seq: Date.now() });
                }}
              >
                <option value="">{t({ da: 'Vælg en forespørgsel …', en: 'Pick a query …' })}</option>
                {CONSOLE_EXAMPLES.map((ex) => (
                  <option key={ex.id} value={ex.id}>
                    {t(ex.label)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field-inline">
              {t({ da: 'Historik', en: 'History' })}
              <select
                data-testid="sql-history"
                value=""
                onChange={(e) => {
                  const h = history[Number(e.target.value)];
                  if (h) setReplace({ text: h.sql, seq: Date.now() });
                }}
              >
                <option value="">
                  {history.length === 0
                    ? t({ da: 'Ingen endnu', en: 'None yet' })
                    : t({ da: `${history.length} tidligere`, en: `${history.length} earlier` })}
                </option>
                {history.map((h, i) => (
                  <option key={`${h.at}-${i}`} value={i}>
                    {h.ok ? '✓' : '✗'} {h.sql.replace(/\s+/g, ' ').slice(0, 70)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <SqlEditor
            initial={text}
            schema={completion}
            onRun={start}
            onChange={setText}
            errorAt={errorAt}
            label={t({ da: 'SQL-forespørgsel', en: 'SQL query' })}
            placeholderText={t({ da: 'Skriv SQL, kør med Ctrl+Enter', en: 'Write SQL, run with Ctrl+Enter' })}
            replaceWith={replace}
            insert={insert}
          />
          <div className="toolbar sql-actions">
            <button
              type="button"
              className="button button-primary"
              data-testid="sql-run"
              disabled={running || !engine.ready}
              onClick={() => start(text)}
            >
              {t({ da: 'Kør', en: 'Run' })} <kbd>Ctrl/⌘+Enter</kbd>
            </button>
            <button type="button" className="button" data-testid="sql-cancel" disabled={!running} onClick={cancel}>
              {t({ da: 'Afbryd', en: 'Cancel' })}
            </button>
            <span role="status" aria-live="polite" className="muted">
              {!engine.ready ? t({ da: 'Databasen starter …', en: 'The database is starting …' }) : null}
              {state.kind === 'running' ? (
                <span data-testid="sql-running">
                  {t({ da: 'Kører …', en: 'Running …' })} <Elapsed startedAt={state.startedAt} />
                </span>
              ) : null}
              {state.kind === 'done' ? (
                <span data-testid="sql-rowcount" data-value={state.result.rows.length} data-ms={Math.round(state.ms)}>
                  {formatNumber(state.result.rows.length, lang)} {t({ da: 'rækker', en: 'rows' })} ·{' '}
                  {formatNumber(state.ms / 1000, lang, { decimals: 2 })} s
                  {state.statements > 1
                    ? ` · ${t({ da: `${state.statements} sætninger`, en: `${state.statements} statements` })}`
                    : ''}
                </span>
              ) : null}
            </span>
          </div>
          {state.kind === 'failed' ? (
            <div
              role="alert"
              className={`sql-error sql-error-${state.error.kind}`}
              data-testid="sql-error"
              data-kind={state.error.kind}
              data-position={state.error.position ?? ''}
            >
              <strong>
                {state.error.kind === 'duckdb'
                  ? t({ da: 'DuckDB melder en fejl', en: 'DuckDB reports an error' })
                  : state.error.kind === 'refused'
                    ? t({ da: 'Ikke tilladt i konsollen', en: 'Not allowed in the console' })
                    : state.error.kind === 'cancelled'
                      ? t({ da: 'Afbrudt', en: 'Cancelled' })
                      : t({ da: 'Intet at køre', en: 'Nothing to run' })}
                {state.error.statement > 0 ? ` (${t({ da: 'sætning', en: 'statement' })} ${state.error.statement})` : ''}
              </strong>
              <pre>{typeof state.error.message === 'string' ? state.error.message : t(state.error.message)}</pre>
              {state.error.position !== null ? (
                <p className="muted">
                  {t({ da: 'Stedet er markeret i editoren (tegn', en: 'The spot is marked in the editor (character' })}{' '}
                  {state.error.position + 1}).
                </p>
              ) : null}
            </div>
          ) : null}
          {state.kind === 'done' ? (
            state.result.columns.length > 0 ? (
              <ResultView result={state.result} datasetId={state.datasetId} />
            ) : (
              <p className="muted">{t({ da: 'Sætningen gav ingen rækker.', en: 'The statement returned no rows.' })}</p>
            )
          ) : null}
        </div>
      </div>
    </section>
  );
}
