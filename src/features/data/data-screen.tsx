import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BrowsableTable } from '../../db';
import { formatNumber } from '../../format';
import { exportFile } from '../../ingest';
import { BROWSABLE, browsePageQuery, errorText, exportRows, useEngine, useStampMaker } from '../../queries';
import { ErrorBanner, ExportMenu, useLang, useT, VirtualTable, type VirtualColumn } from '../../ui';

const PAGE = 200;
/** Numbers that are codes, not quantities: never grouped (a year is 2017, not 2.017). */
const CODES = new Set(['line', 'year', 'nace', 'reference_year']);
const LABELS: Record<BrowsableTable, { da: string; en: string }> = {
  reported_gains: { da: 'Gevinstrapporter', en: 'Reported gains' },
  projects: { da: 'Projekter', en: 'Projects' },
  companies: { da: 'Virksomheder', en: 'Companies' },
  population: { da: 'Population (nationalt grundlag)', en: 'Population (national reference)' },
};

/** The loaded tables, sorted, filtered and paged by DuckDB. */
export function DataScreen() {
  const t = useT();
  const { lang } = useLang();
  const engine = useEngine();
  const stamp = useStampMaker();
  const [table, setTable] = useState<BrowsableTable>('reported_gains');
  const [sort, setSort] = useState<{ column: string; desc: boolean } | null>(null);
  const [search, setSearch] = useState('');
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const req = { table, sort, search };
  const firstPage = useQuery(browsePageQuery(engine, { ...req, offset: 0, limit: PAGE }));
  const pages: number[] = [];
  for (let p = Math.floor(range[0] / PAGE); p <= Math.floor(range[1] / PAGE); p++) if (p > 0) pages.push(p);
  const more = useQueries({
    queries: pages.map((p) => browsePageQuery(engine, { ...req, offset: p * PAGE, limit: PAGE })),
  });
  const byPage = new Map<number, Record<string, unknown>[]>();
  if (firstPage.data) byPage.set(0, firstPage.data.page.rows);
  more.forEach((q, i) => q.data && byPage.set(pages[i] ?? -1, q.data.page.rows));
  const columns: VirtualColumn[] = (firstPage.data?.columns ?? []).map((c) => ({
    name: c.name,
    numeric: /INT|DOUBLE|DECIMAL|FLOAT|REAL/.test(c.type),
  }));
  return (
    <section aria-labelledby="screen-title">
      <h2 id="screen-title">{t({ da: 'Data', en: 'Data' })}</h2>
      <div className="toolbar">
        <div role="tablist" aria-label={t({ da: 'Tabeller', en: 'Tables' })}>
          {BROWSABLE.map((name) => (
            <button
              key={name}
              role="tab"
              type="button"
              aria-selected={name === table}
              onClick={() => {
                setTable(name);
                setSort(null);
                setRange([0, 40]);
              }}
            >
              {t(LABELS[name])}
            </button>
          ))}
        </div>
        <label className="field-inline">
          {t({ da: 'Søg', en: 'Search' })}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <span className="muted" data-testid="data-total" data-value={firstPage.data?.total ?? ''}>
          {firstPage.data ? `${formatNumber(firstPage.data.total, lang)} ${t({ da: 'rækker', en: 'rows' })}` : '…'}
        </span>
        <ExportMenu
          testId="data-export"
          disabled={!engine.ready}
          onExport={async (format) =>
            exportFile(format, await exportRows(engine, { table, sort, search }), await stamp(), table, lang)
          }
        />
      </div>
      {firstPage.error ? (
        <ErrorBanner
          title={{ da: 'Tabellen kunne ikke hentes.', en: 'The table could not be read.' }}
          action={{ da: 'Vælg en anden tabel eller genindlæs siden.', en: 'Pick another table or reload the page.' }}
          detail={errorText(firstPage.error)}
        />
      ) : null}
      <VirtualTable
        testId="data-table"
        caption={t(LABELS[table])}
        columns={columns}
        total={firstPage.data?.total ?? 0}
        rowAt={(i) => byPage.get(Math.floor(i / PAGE))?.[i % PAGE]}
        onRange={(a, b) => setRange([a, b])}
        sort={sort}
        onSort={(c) => setSort((s) => (s?.column === c ? { column: c, desc: !s.desc } : { column: c, desc: false }))}
        formatCell={(v, c) =>
          v === null || v === undefined
            ? ''
            : c.numeric && typeof v === 'number' && !CODES.has(c.name)
              ? formatNumber(v, lang)
              : String(v)
        }
      />
    </section>
  );
}
