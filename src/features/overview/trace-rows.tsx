import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Filters, GainCellRef, TraceRowColumn } from '../../db';
import { formatDkk, formatInteger, formatNumber } from '../../format';
import { gainTypeName, themeName, walkFigures, type Figure } from '../../model';
import { TRACE_ROW_COLUMNS, traceRowsQuery, useEngine } from '../../queries';
import { saveFile, useLang, useT, type Text } from '../../ui';
import { csvDownload } from '../../ingest';

const NUMERIC = new Set<TraceRowColumn>(['annual_gain_dkk']);

/** Column headings for people; the CSV keeps the file format's own column names. */
const HEADINGS: Partial<Record<TraceRowColumn, Text>> = {
  line: { da: 'Linje', en: 'Line' },
  project_id: { da: 'Projekt', en: 'Project' },
  theme: { da: 'Tema', en: 'Theme' },
  company_id: { da: 'Virksomheds-id', en: 'Company id' },
  company_name: { da: 'Virksomhed', en: 'Company' },
  nace: { da: 'Branche (NACE)', en: 'Industry (NACE)' },
  size_class: { da: 'Ansatte', en: 'Employees' },
  year: { da: 'År', en: 'Year' },
  gain_type: { da: 'Gevinsttype', en: 'Gain type' },
  status: { da: 'Status', en: 'Status' },
  annual_gain_dkk: { da: 'Årlig gevinst (kr.)', en: 'Annual gain (DKK)' },
};
const STATUS: Record<string, Text> = {
  realised: { da: 'realiseret', en: 'realised' },
  expected: { da: 'forventet', en: 'expected' },
};

/** A cell as a reader reads it: themes, gain types and statuses by name, amounts in the UI's number style. */
function cellText(c: TraceRowColumn, v: unknown, t: (x: Text) => string, lang: 'da' | 'en'): string {
  if (v === null || v === undefined) return '';
  if (NUMERIC.has(c) && typeof v === 'number') return formatNumber(v, lang);
  if (c === 'theme') return t(themeName(String(v)));
  if (c === 'gain_type') return t(gainTypeName(String(v)));
  const status = c === 'status' ? STATUS[String(v)] : undefined;
  return status ? t(status) : String(v);
}

/** The gain cells a figure was computed from that carry weight (expected gains only when expected_weight > 0). */
function weightedGainCells(figure: Figure, expectedWeight: number): GainCellRef[] {
  const seen = new Map<string, GainCellRef>();
  walkFigures(figure, (f) => {
    for (const r of f.rows) {
      if (r.kind !== 'gain' || (r.status === 'expected' && expectedWeight <= 0)) continue;
      const key = [r.theme, r.nace, r.sizeClass, r.year, r.status, r.gainType].join('\u0000');
      seen.set(key, {
        theme: r.theme,
        nace: r.nace,
        sizeClass: r.sizeClass,
        year: r.year,
        status: r.status,
        gainType: r.gainType,
      });
    }
  });
  return [...seen.values()];
}

/** "The reported rows behind it": raw rows from DuckDB, sortable, with their count and sum, exportable. */
export function TraceRowsTable({
  figure,
  expectedWeight,
  filters,
}: {
  figure: Figure;
  expectedWeight: number;
  filters: Filters;
}) {
  const t = useT();
  const { lang } = useLang();
  const engine = useEngine();
  const cells = useMemo(() => weightedGainCells(figure, expectedWeight), [figure, expectedWeight]);
  const [sort, setSort] = useState<{ column: TraceRowColumn; desc: boolean }>({ column: 'line', desc: false });
  const q = useQuery(traceRowsQuery(engine, figure.id, expectedWeight, cells, filters, sort));
  if (cells.length === 0) return null;
  const d = q.data;
  return (
    <section>
      <h4>{t({ da: 'De rapporterede rækker bag tallet', en: 'The reported rows behind it' })}</h4>
      {d ? (
        <p data-testid="trace-rows-sum" data-value={d.sumDkk} data-count={d.total}>
          {formatInteger(d.total, lang)} {t({ da: 'rækker, i alt', en: 'rows, in total' })} {formatDkk(d.sumDkk, lang)}
          {d.total > d.rows.length ? ` (${t({ da: 'viser', en: 'showing' })} ${formatInteger(d.rows.length, lang)})` : ''}{' '}
          <button
            type="button"
            onClick={() => saveFile(csvDownload(d.rows, `${figure.id}-reported-rows.csv`, TRACE_ROW_COLUMNS, lang))}
          >
            {t({ da: 'Hent som CSV', en: 'Download as CSV' })}
          </button>
        </p>
      ) : (
        <p className="muted">…</p>
      )}
      {d ? (
        <div className="table-scroll">
          <table className="table" data-testid="trace-reported-rows">
            <thead>
              <tr>
                {TRACE_ROW_COLUMNS.map((c) => (
                  <th
                    key={c}
                    scope="col"
                    aria-sort={sort.column === c ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                    className={NUMERIC.has(c) ? 'num' : undefined}
                  >
                    <button
                      type="button"
                      className="th-button"
                      onClick={() => setSort((s) => ({ column: c, desc: s.column === c ? !s.desc : false }))}
                    >
                      {HEADINGS[c] ? t(HEADINGS[c]) : c} {sort.column === c ? (sort.desc ? '▼' : '▲') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={String(r.line)} data-line={r.line}>
                  {TRACE_ROW_COLUMNS.map((c) => (
                    <td
                      key={c}
                      className={NUMERIC.has(c) ? 'num' : undefined}
                      data-value={NUMERIC.has(c) ? (r[c] as number) : undefined}
                    >
                      {cellText(c, r[c], t, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
