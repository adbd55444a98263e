import { useEffect, useRef } from 'react';
import type { Text } from './i18n';
import { useT } from './i18n';

/** The shape of a model Figure as the drawer needs it (ui does not import the model). */
export interface TraceNode {
  id: string;
  value: number;
  unit: string;
  label: Text;
  formula: { words: Text; symbols: string };
  inputs: TraceNode[];
  parameters: { id: string; value: number | string | boolean; label: Text; source: Text }[];
  rows: Record<string, unknown>[];
  notes?: Text[];
}

export interface TraceDrawerProps {
  node: TraceNode;
  formatValue: (value: number, unit: string) => string;
  /** An assumption's value as the reader reads it (percent, kroner, a choice's name), in the UI language. */
  formatParam?: (id: string, value: number | string | boolean) => string;
  onClose: () => void;
  /** Exports the rows behind the figure (CSV). */
  onExportRows?: (rows: Record<string, unknown>[]) => void;
  /** More about the figure's data, e.g. the raw reported rows (the owner fetches them). */
  children?: React.ReactNode;
}

const ROW_LIMIT = 200;

function RowsTable({ rows }: { rows: Record<string, unknown>[] }) {
  const t = useT();
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return (
    <table className="table" data-testid="trace-rows">
      <caption>{t({ da: 'Datagrundlag (aggregerede celler)', en: 'Data behind it (aggregated cells)' })}</caption>
      <thead>
        <tr>
          {cols.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, ROW_LIMIT).map((r, i) => (
          <tr key={i}>
            {cols.map((c) => (
              <td key={c}>{String(r[c] ?? '')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "How is this calculated?": the figure's formula, inputs, assumptions with sources, and its rows. */
export function TraceDrawer({ node, formatValue, formatParam, onClose, onExportRows, children }: TraceDrawerProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="trace-drawer"
      data-testid="trace-drawer"
      aria-labelledby="trace-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <header className="trace-head">
        <h3 id="trace-title">{t(node.label)}</h3>
        <button type="button" onClick={onClose} aria-label={t({ da: 'Luk', en: 'Close' })}>
          ✕
        </button>
      </header>
      <p className="trace-value" data-testid="trace-value" data-value={node.value}>
        {formatValue(node.value, node.unit)}
      </p>
      <section>
        <h4>{t({ da: 'Formel', en: 'Formula' })}</h4>
        <p>{t(node.formula.words)}</p>
        <pre className="formula">{node.formula.symbols}</pre>
      </section>
      {node.notes?.length ? (
        <ul className="notes">
          {node.notes.map((n, i) => (
            <li key={i}>{t(n)}</li>
          ))}
        </ul>
      ) : null}
      {node.inputs.length ? (
        <section>
          <h4>{t({ da: 'Input', en: 'Inputs' })}</h4>
          <ul className="trace-inputs">
            {node.inputs.map((i) => (
              <li key={i.id}>
                <details>
                  <summary>
                    {t(i.label)}: <strong>{formatValue(i.value, i.unit)}</strong>
                  </summary>
                  <p>{t(i.formula.words)}</p>
                  <pre className="formula">{i.formula.symbols}</pre>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {node.parameters.length ? (
        <section>
          <h4>{t({ da: 'Antagelser', en: 'Assumptions' })}</h4>
          <table className="table" data-testid="trace-parameters">
            <thead>
              <tr>
                <th scope="col">{t({ da: 'Parameter', en: 'Parameter' })}</th>
                <th scope="col">{t({ da: 'Værdi', en: 'Value' })}</th>
                <th scope="col">{t({ da: 'Kilde', en: 'Source' })}</th>
              </tr>
            </thead>
            <tbody>
              {node.parameters.map((p) => (
                <tr key={p.id}>
                  <td>{t(p.label)}</td>
                  <td>{formatParam ? formatParam(p.id, p.value) : String(p.value)}</td>
                  <td>{t(p.source)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {children}
      {node.rows.length ? (
        <section>
          <RowsTable rows={node.rows} />
          {onExportRows ? (
            <button type="button" onClick={() => onExportRows(node.rows)}>
              {t({ da: 'Hent som CSV', en: 'Download as CSV' })}
            </button>
          ) : null}
        </section>
      ) : null}
    </dialog>
  );
}
