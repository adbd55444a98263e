import { browseTable, type BrowseRequest, type Db, type QueryResult } from '../../db';

const PAGE = 10_000;

/** Every row of the table as the screen shows it (sort and search applied), page by page through DuckDB. */
export async function allRows(db: Db, req: Omit<BrowseRequest, 'offset' | 'limit'>): Promise<QueryResult> {
  const first = await browseTable(db, { ...req, offset: 0, limit: PAGE });
  const rows = [...first.page.rows];
  for (let offset = PAGE; offset < first.total; offset += PAGE) rows.push(...(await browseTable(db, { ...req, offset, limit: PAGE })).page.rows);
  return { columns: first.columns, rows };
}
