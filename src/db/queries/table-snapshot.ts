import type { Db } from '../types';
import { quoteIdent } from '../sql';

/**
 * The tables the bundled demo fills at every start: the reference tables, the programme profile's tables and the
 * demo data set (its rows and its `datasets` entry).
 */
export const BUNDLED_TABLES = ['population', 'relevance', 'funding', 'members', 'activities', 'gains_flat', 'datasets'] as const;
export type BundledTable = (typeof BUNDLED_TABLES)[number];

/** `table`'s rows as DuckDB's CSV writer writes them (header, ',' and '"'), in the order they were inserted. */
export async function tableCsv(db: Db, table: BundledTable): Promise<Uint8Array> {
  const file = `snapshot-${crypto.randomUUID()}.csv`;
  await db.exec(`COPY (SELECT * FROM ${quoteIdent(table)}) TO '${file}' (FORMAT csv, HEADER true, DELIMITER ',')`);
  try {
    return await db.readFile(file);
  } finally {
    await db.drop(file);
  }
}

/**
 * Adds the rows `tableCsv` wrote to `table` of a fresh instance, typed by the table's own columns. Nothing is sniffed
 * or checked: these rows passed the import pipeline when they were written (data/prevalidated.test.ts proves that the
 * bundled copies are exactly what the pipeline loads), so a start need not validate them again.
 */
export async function restoreTableCsv(db: Db, table: BundledTable, bytes: Uint8Array): Promise<number> {
  const columns = await db.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ? ORDER BY column_index`,
    [table],
  );
  if (columns.rows.length === 0) throw new Error(`No table ${table} to restore the bundled rows into.`);
  const spec = columns.rows.map((c) => `'${c.name.replaceAll("'", "''")}': '${c.type}'`).join(', ');
  const file = `restore-${table}.csv`;
  await db.load(file, bytes);
  try {
    // Quoted empty text stays empty text: the writer quotes it exactly so that it is not read back as NULL.
    await db.exec(
      `INSERT INTO ${quoteIdent(table)} SELECT * FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"',
         auto_detect = false, allow_quoted_nulls = false, columns = {${spec}})`,
      [file],
    );
    const n = await db.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${quoteIdent(table)}`);
    return n.rows[0]?.n ?? 0;
  } finally {
    await db.drop(file);
  }
}
