import { useState } from 'react';
import type { RejectedRow } from '../../db';
import { useRejectedRows } from '../../queries';
import { csvDownload, xlsxDownload } from '../../ingest';
import { saveFile, useLang, useT } from '../../ui';
import { partnerRejects } from './partner-rejects';
import { rejectText } from './reject-text';
import { RejectReplace } from './reject-replace';
import { cellOf, replaceAll, type Edits } from './replace-all';

const EDITABLE_ROWS = 100;

/**
 * The rejected rows with the partner's whole row, editable: the cells with a problem are marked with the reason;
 * *apply* validates the edited rows again and appends those that now pass to the active data set.
 */
export function RejectsGrid({
  fileName,
  rejected,
  onApply,
}: {
  fileName: string;
  rejected: readonly RejectedRow[];
  onApply: (columns: readonly string[], rows: Record<string, string | null>[]) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const lines = [...new Set(rejected.filter((r) => r.code !== 'unreadable').map((r) => r.line))].slice(0, EDITABLE_ROWS);
  const staged = useRejectedRows(fileName, lines);
  const [edits, setEdits] = useState<Edits>({});
  if (!staged.data?.rows.length) return null;
  const { columns, rows } = staged.data;
  // The validation names canonical columns, the grid the file's: a cell is marked when it holds a rejected value.
  const problemOf = (line: string, value: string | null) => {
    const r = rejected.find((x) => String(x.line) === line && value !== null && x.value === value);
    return r ? rejectText(r, lang) : undefined;
  };
  const apply = (after: Edits = edits) =>
    onApply(
      columns,
      rows.map((row) => {
        const line = row.line ?? '';
        return Object.fromEntries(columns.map((c) => [c, after[line]?.[c] ?? row[c] ?? null]));
      }),
    );
  // The first file column holding a rejected value: where a bulk replace most likely starts.
  const flagged = columns.find((c) => rows.some((r) => problemOf(r.line ?? '', cellOf(edits, r, c)) !== undefined));
  const forPartner = () => partnerRejects(columns, rows, rejected, lang);
  const base = fileName.replace(/\.[^.]+$/, '') + (lang === 'da' ? '-afviste' : '-rejected');
  return (
    <section className="rejects-grid" aria-label={t({ da: 'Ret afviste rækker', en: 'Fix rejected rows' })}>
      <h4>{t({ da: 'Ret afviste rækker her', en: 'Fix rejected rows here' })}</h4>
      <div className="table-scroll">
        <table className="table" data-testid="rejects-grid" data-rows={rows.length}>
          <thead>
            <tr>
              <th scope="col">{t({ da: 'Linje', en: 'Line' })}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const line = row.line ?? '';
              return (
                <tr key={line} data-line={line}>
                  <td>{line}</td>
                  {columns.map((c) => {
                    const problem = problemOf(line, row[c] ?? null);
                    return (
                      <td key={c} title={problem} style={problem ? { background: 'var(--err-bg)' } : undefined}>
                        <input
                          type="text"
                          aria-label={`${c}, ${t({ da: 'linje', en: 'line' })} ${line}`}
                          aria-invalid={problem ? true : undefined}
                          value={edits[line]?.[c] ?? row[c] ?? ''}
                          onChange={(e) => setEdits({ ...edits, [line]: { ...edits[line], [c]: e.target.value } })}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <RejectReplace
        columns={columns}
        rows={rows}
        edits={edits}
        preferred={flagged}
        onReplace={(column, from, to) => {
          const next = replaceAll(rows, edits, column, from, to).edits;
          setEdits(next);
          apply(next);
        }}
      />
      <button type="button" data-testid="reject-fix-apply" onClick={() => apply()}>
        {t({ da: 'Validér rettelserne og indlæs', en: 'Validate the fixes and load' })}
      </button>{' '}
      <button
        type="button"
        data-testid="rejects-partner-csv"
        onClick={() => {
          const out = forPartner();
          saveFile(csvDownload(out.rows, `${base}.csv`, out.columns, lang));
        }}
      >
        {t({ da: 'Hent afviste rækker til partneren (CSV)', en: 'Download rejected rows for the partner (CSV)' })}
      </button>{' '}
      <button
        type="button"
        data-testid="rejects-partner-xlsx"
        onClick={() => {
          const out = forPartner();
          const sheet = lang === 'da' ? 'Afviste rækker' : 'Rejected rows';
          saveFile(xlsxDownload(out.rows, `${base}.xlsx`, sheet, out.columns));
        }}
      >
        {t({ da: 'Hent afviste rækker til partneren (XLSX)', en: 'Download rejected rows for the partner (XLSX)' })}
      </button>
    </section>
  );
}
