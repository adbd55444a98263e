import { useState } from 'react';
import { formatInteger } from '../../format';
import { useLang, useT } from '../../ui';
import { columnValues, type Edits, type GridRow } from './replace-all';

/**
 * Bulk fix: one value of one column, replaced in every rejected row that has it; the rows are then validated again
 * (`onReplace` does both).
 */
export function RejectReplace({
  columns,
  rows,
  edits,
  preferred,
  onReplace,
}: {
  columns: readonly string[];
  rows: readonly GridRow[];
  edits: Edits;
  /** The column to offer first: one holding a rejected value. */
  preferred?: string;
  onReplace: (column: string, from: string, to: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [column, setColumn] = useState(preferred && columns.includes(preferred) ? preferred : (columns[0] ?? ''));
  const values = columnValues(rows, edits, column);
  const [picked, setPicked] = useState<string | null>(null);
  const from = picked !== null && values.some((v) => v.value === picked) ? picked : (values[0]?.value ?? '');
  const [to, setTo] = useState('');
  return (
    <fieldset className="reject-replace">
      <legend>{t({ da: 'Erstat en værdi i alle afviste rækker', en: 'Replace a value in every rejected row' })}</legend>
      <label className="field-inline">
        {t({ da: 'Kolonne', en: 'Column' })}{' '}
        <select
          data-testid="reject-replace-column"
          value={column}
          onChange={(e) => {
            setColumn(e.target.value);
            setPicked(null);
          }}
        >
          {columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>{' '}
      <label className="field-inline">
        {t({ da: 'Værdi', en: 'Value' })}{' '}
        <select data-testid="reject-replace-value" value={from} onChange={(e) => setPicked(e.target.value)}>
          {values.map((v) => (
            <option key={v.value} value={v.value}>
              {v.value === '' ? t({ da: '(tom)', en: '(empty)' }) : v.value} ({formatInteger(v.n, lang)})
            </option>
          ))}
        </select>
      </label>{' '}
      <label className="field-inline">
        {t({ da: 'Erstat med', en: 'Replace with' })}{' '}
        <input data-testid="reject-replace-with" type="text" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>{' '}
      <button
        type="button"
        data-testid="reject-replace-all"
        disabled={!values.length || to === from}
        onClick={() => onReplace(column, from, to)}
      >
        {t({ da: 'Erstat overalt og validér', en: 'Replace everywhere and validate' })}
      </button>
    </fieldset>
  );
}
