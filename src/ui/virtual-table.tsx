import { useState, type ReactNode } from 'react';

export interface VirtualColumn {
  name: string;
  label?: string;
  numeric?: boolean;
}

export interface VirtualTableProps {
  caption: string;
  columns: VirtualColumn[];
  /** Rows after filtering: the scroll height is sized for all of them. */
  total: number;
  /** A row if its page is loaded, else undefined (shown as a placeholder while it loads). */
  rowAt: (index: number) => Record<string, unknown> | undefined;
  /** Told which rows are visible so the owner can fetch their pages. */
  onRange: (first: number, last: number) => void;
  sort: { column: string; desc: boolean } | null;
  onSort: (column: string) => void;
  formatCell: (value: unknown, column: VirtualColumn) => ReactNode;
  testId?: string;
  height?: number;
}

const ROW = 28;
const OVERSCAN = 10;

/**
 * A table that renders only the rows in view, so a million rows scroll as smoothly as a hundred; the data
 * itself stays in DuckDB and arrives page by page.
 */
export function VirtualTable(p: VirtualTableProps) {
  const height = p.height ?? 520;
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(p.total, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  // Narrow screens scroll sideways rather than squeezing every column to a few pixels.
  const width = `max(100%, ${p.columns.length * 120}px)`;
  const rows = [];
  for (let i = first; i < last; i++) {
    const r = p.rowAt(i);
    rows.push(
      <tr
        key={i}
        style={{ position: 'absolute', top: i * ROW, height: ROW, display: 'table', tableLayout: 'fixed', width }}
        aria-rowindex={i + 2}
      >
        {p.columns.map((c) => (
          <td key={c.name} className={c.numeric ? 'num' : undefined}>
            {r ? p.formatCell(r[c.name], c) : '…'}
          </td>
        ))}
      </tr>,
    );
  }
  return (
    <div
      className="vtable"
      data-testid={p.testId}
      data-total={p.total}
      style={{ height, overflow: 'auto', position: 'relative' }}
      tabIndex={0}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        setScrollTop(top);
        p.onRange(Math.floor(top / ROW), Math.ceil((top + height) / ROW));
      }}
    >
      <table className="table" role="grid" aria-rowcount={p.total + 1} style={{ tableLayout: 'fixed', width }}>
        <caption className="visually-hidden">{p.caption}</caption>
        <thead
          style={{
            position: 'sticky',
            top: 0,
            background: 'var(--card)',
            zIndex: 1,
            display: 'table',
            tableLayout: 'fixed',
            width: '100%',
          }}
        >
          <tr>
            {p.columns.map((c) => {
              const active = p.sort?.column === c.name;
              return (
                <th
                  key={c.name}
                  scope="col"
                  aria-sort={active ? (p.sort?.desc ? 'descending' : 'ascending') : 'none'}
                  className={c.numeric ? 'num' : undefined}
                >
                  <button type="button" className="th-button" onClick={() => p.onSort(c.name)}>
                    {c.label ?? c.name} {active ? (p.sort?.desc ? '▼' : '▲') : ''}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody style={{ position: 'relative', display: 'block', height: p.total * ROW }}>{rows}</tbody>
      </table>
    </div>
  );
}
