import type { Db, Row } from '../types';
import { quoteIdent } from '../sql';
import { filterSql, type Filters } from './filters-sql';

/** One aggregated gain cell a figure was computed from (the model's `RowRef` of kind 'gain'). */
export interface GainCellRef {
  theme: string;
  nace: number;
  sizeClass: string;
  year: number;
  status: string;
  gainType: string;
}

export const TRACE_ROW_COLUMNS = [
  'line',
  'project_id',
  'theme',
  'company_id',
  'company_name',
  'nace',
  'size_class',
  'year',
  'gain_type',
  'status',
  'annual_gain_dkk',
] as const;
export type TraceRowColumn = (typeof TRACE_ROW_COLUMNS)[number];

export interface TraceRows {
  rows: Row[];
  /** All matching rows, and their sum, even when only the first `limit` are returned. */
  total: number;
  sumDkk: number;
}

/**
 * The reported rows behind a figure: the rows of the active data set (under the active filters) that fall in
 * the gain cells it was computed from. Cells are bound as values, never spliced.
 */
export async function traceRows(
  db: Db,
  cells: readonly GainCellRef[],
  filters: Filters,
  sort: { column: TraceRowColumn; desc: boolean } = { column: 'line', desc: false },
  limit = 1000,
): Promise<TraceRows> {
  if (cells.length === 0) return { rows: [], total: 0, sumDkk: 0 };
  const f = filterSql(filters);
  const values = cells.map(() => '(?, ?::INTEGER, ?, ?::INTEGER, ?, ?)').join(', ');
  const params = cells.flatMap((c) => [c.theme, c.nace, c.sizeClass, c.year, c.status, c.gainType]);
  const from = `FROM overview.gains_scan g JOIN companies c USING (company_id)
    JOIN (VALUES ${values}) cell(theme, nace, size_class, year, status, gain_type)
      ON g.theme = cell.theme AND g.nace = cell.nace AND g.size_class = cell.size_class AND g.year = cell.year
     AND g.status = cell.status AND g.gain_type = cell.gain_type
    WHERE true${f.sql}`;
  const col = TRACE_ROW_COLUMNS.includes(sort.column) ? sort.column : 'line';
  const [rows, agg] = await Promise.all([
    db.query(
      `SELECT g.line, g.project_id, g.theme, g.company_id, c.company_name, g.nace, g.size_class, g.year, g.gain_type, g.status, g.annual_gain_dkk
       ${from} ORDER BY ${quoteIdent(col)} ${sort.desc ? 'DESC' : 'ASC'}, g.line LIMIT ?`,
      [...params, ...f.params, limit],
    ),
    db.query<{ n: number; s: number }>(`SELECT count(*) AS n, coalesce(sum(g.annual_gain_dkk), 0) AS s ${from}`, [
      ...params,
      ...f.params,
    ]),
  ]);
  return { rows: rows.rows, total: agg.rows[0]?.n ?? 0, sumDkk: agg.rows[0]?.s ?? 0 };
}
