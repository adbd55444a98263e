import type { Db, QueryResult, Row } from '../types';
import { quoteIdent } from '../sql';
import { REPORTED_GAIN_COLUMNS } from '../../model';

/** The tables the Data screen shows. Only these names reach SQL from the UI. */
export const BROWSABLE = ['reported_gains', 'projects', 'companies', 'population'] as const;
export type BrowsableTable = (typeof BROWSABLE)[number];

export interface BrowseRequest {
  table: BrowsableTable;
  sort?: { column: string; desc: boolean } | null;
  /** Case-insensitive substring over all columns. */
  search?: string;
  offset: number;
  limit: number;
  /**
   * Reported gains in the import format (an export): every canonical column, the company's name, industry and size
   * included, with each row's line in its source as `source_line`, so the file imports again as the same rows.
   */
  canonical?: boolean;
}

/** The active data set's rows in the canonical import format, for an export that must import again unchanged. */
const CANONICAL_GAINS = `(SELECT ${REPORTED_GAIN_COLUMNS.map((c) => quoteIdent(c)).join(', ')}, line AS source_line
  FROM gains_flat WHERE dataset_id = getvariable('active_dataset'))`;

export interface ColumnInfo {
  name: string;
  type: string;
}

async function tableColumns(db: Db, table: BrowsableTable, canonical: boolean): Promise<ColumnInfo[]> {
  if (canonical)
    return (
      await db.query<{ name: string; type: string }>(
        `SELECT column_name AS name, column_type AS type FROM (DESCRIBE ${CANONICAL_GAINS})`,
      )
    ).rows;
  const r = await db.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM duckdb_columns() WHERE table_name = ? AND NOT internal ORDER BY column_index`,
    [table],
  );
  return r.rows;
}

function where(columns: ColumnInfo[], search: string | undefined): { sql: string; params: string[] } {
  const q = search?.trim();
  if (!q) return { sql: '', params: [] };
  const concat = columns.map((c) => `coalesce(CAST(${quoteIdent(c.name)} AS VARCHAR), '')`).join(" || ' ' || ");
  return { sql: `WHERE (${concat}) ILIKE ? ESCAPE '\\'`, params: [`%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`] };
}

/** One page of a table, sorted and filtered in DuckDB, with the filtered total. */
export async function browseTable(
  db: Db,
  req: BrowseRequest,
): Promise<{ page: QueryResult<Row>; total: number; columns: ColumnInfo[] }> {
  if (!BROWSABLE.includes(req.table)) throw new Error(`Unknown table ${req.table}`);
  const canonical = req.canonical === true && req.table === 'reported_gains';
  const columns = await tableColumns(db, req.table, canonical);
  const sortCol = req.sort && columns.some((c) => c.name === req.sort?.column) ? req.sort : null;
  const w = where(columns, req.search);
  const order = sortCol ? `ORDER BY ${quoteIdent(sortCol.column)} ${sortCol.desc ? 'DESC' : 'ASC'} NULLS LAST` : '';
  const t = canonical ? `${CANONICAL_GAINS} AS reported_gains` : quoteIdent(req.table);
  const limit = Math.max(0, Math.min(10_000, Math.floor(req.limit)));
  const offset = Math.max(0, Math.floor(req.offset));
  const [page, total] = await Promise.all([
    db.query(`SELECT * FROM ${t} ${w.sql} ${order} LIMIT ?::BIGINT OFFSET ?::BIGINT`, [...w.params, limit, offset]),
    db.query<{ n: number }>(`SELECT count(*) AS n FROM ${t} ${w.sql}`, w.params),
  ]);
  return { page, total: total.rows[0]?.n ?? 0, columns };
}
