import { useMemo, useState } from 'react';
import type { QueryResult } from '../../db';
import { exportFile } from '../../ingest';
import { formatNumber } from '../../format';
import { ExportMenu, useLang, useT, VirtualTable, type VirtualColumn } from '../../ui';
import { useStampMaker } from '../../queries';

/** Numbers that are codes, not quantities: never grouped (a year is 2017, not 2.017). */
const CODES = new Set(['line', 'year', 'nace', 'reference_year', 'period_start', 'period_end', 'year_joined', 'year_left']);
const NUMERIC = /INT|DOUBLE|DECIMAL|FLOAT|REAL|NUMERIC/i;

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'da');
}

/** The most characters a result cell shows: a 100-million-character value laid out in the DOM crashed the tab. */
export const MAX_CELL_CHARS = 2000;

/** A cell's text as shown: cut at MAX_CELL_CHARS, saying how long the whole value is (copy and export keep it whole). */
export function shownText(v: unknown, lang: 'da' | 'en'): string {
  const s = String(v);
  if (s.length <= MAX_CELL_CHARS) return s;
  const n = formatNumber(s.length, lang, { decimals: 0 });
  return `${s.slice(0, MAX_CELL_CHARS)}… (${lang === 'da' ? `${n} tegn i alt` : `${n} characters in all`})`;
}

function tsv(result: QueryResult): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  return [
    result.columns.map((c) => c.name).join('\t'),
    ...result.rows.map((r) => result.columns.map((c) => cell(r[c.name])).join('\t')),
  ].join('\n');
}

/** A console result in the Data screen's virtual table: sorted here (it is already in memory), copied, exported. */
export function ResultView({
  result,
  datasetId,
}: {
  result: QueryResult;
  /** The data set the query ran on: its stamp. */ datasetId: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const stamp = useStampMaker(datasetId);
  const [sort, setSort] = useState<{ column: string; desc: boolean } | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const rows = useMemo(() => {
    if (!sort) return result.rows;
    const s = [...result.rows].sort((x, y) => compare(x[sort.column], y[sort.column]));
    if (sort.desc) s.reverse();
    return s;
  }, [result.rows, sort]);
  const columns: VirtualColumn[] = result.columns.map((c) => ({ name: c.name, numeric: NUMERIC.test(c.type) }));
  const sorted = { ...result, rows };
  return (
    <div className="sql-result">
      <div className="toolbar">
        <button
          type="button"
          className="button"
          data-testid="sql-copy"
          onClick={() => {
            navigator.clipboard.writeText(tsv(sorted)).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t({ da: 'Kopiér som tabel', en: 'Copy as table' })}
        </button>
        {copied !== null ? (
          <span className="muted" role="status">
            {copied
              ? t({ da: 'Kopieret (tabulatorsepareret).', en: 'Copied (tab-separated).' })
              : t({ da: 'Browseren tillod ikke kopiering.', en: 'The browser did not allow copying.' })}
          </span>
        ) : null}
        <ExportMenu testId="sql-export" onExport={async (format) => exportFile(format, sorted, await stamp(), 'query', lang)} />
      </div>
      <VirtualTable
        testId="sql-result"
        caption={t({ da: 'Resultat', en: 'Result' })}
        columns={columns}
        total={rows.length}
        rowAt={(i) => rows[i]}
        onRange={() => undefined}
        sort={sort}
        onSort={(c) => setSort((s) => (s?.column === c ? { column: c, desc: !s.desc } : { column: c, desc: false }))}
        height={Math.min(420, 40 + rows.length * 28)}
        formatCell={(v, c) =>
          v === null || v === undefined ? (
            ''
          ) : typeof v === 'number' ? (
            // The raw number beside the Danish display, for tests and for copying exact values.
            <span data-value={v}>{c.numeric && !CODES.has(c.name) ? formatNumber(v, lang) : String(v)}</span>
          ) : (
            shownText(v, lang)
          )
        }
      />
    </div>
  );
}
