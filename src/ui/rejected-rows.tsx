import { useT } from './i18n';

/** A row an import refused, as every import reports it (src/db's RejectedRow, structurally). */
export interface RejectedRowView {
  line: number;
  column: string;
  value: string | null;
  reason: string;
}

const SHOWN = 200;

/** The rejected rows of an import: line, column, value and reason; the first 200 here, all of them in the CSV. */
export function RejectedRows({
  rows,
  testId,
  onDownload,
}: {
  rows: readonly RejectedRowView[];
  testId: string;
  onDownload: () => void;
}) {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <>
      <div className="table-scroll">
        <table className="table" data-testid={testId}>
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
            {rows.slice(0, SHOWN).map((r, i) => (
              <tr key={i} data-line={r.line}>
                <td>{r.line}</td>
                <td>{r.column}</td>
                <td>{r.value}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN ? (
        <p className="muted">
          {t({ da: `Viser de første ${SHOWN}; hent alle som CSV.`, en: `Showing the first ${SHOWN}; download all as CSV.` })}
        </p>
      ) : null}
      <button type="button" onClick={onDownload}>
        {t({ da: 'Hent afviste rækker (CSV)', en: 'Download rejected rows (CSV)' })}
      </button>{' '}
    </>
  );
}
