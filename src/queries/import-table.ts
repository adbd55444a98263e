import { freeTableName, loadGenericTable, tableNameFor, type Db } from '../db';
import { parseGenericCsv } from '../ingest';
import { readChecked } from './import-pipeline';

export interface TableImportResult {
  table: string;
  /** Records in the file; every one is loaded as read (ragged ones too), so rows in = rows loaded. */
  rowsIn: number;
  rows: number;
  rowsRejected: number;
  columns: number;
  /** What the CSV reader could not read cleanly; the rows are still loaded as read. */
  warnings: string[];
}

/**
 * Any CSV (or XLSX/Parquet) as an extra all-text table for the SQL console: the pipeline's read → guard → decode →
 * sniff, then every record as written (no trimming, no typing, quoted line breaks kept) into a table whose
 * columns are all VARCHAR. There is nothing to validate, so nothing is rejected.
 */
export async function importGenericTable(db: Db, fileName: string, raw: Uint8Array): Promise<TableImportResult> {
  const { utf8, dialect } = await readChecked(fileName, raw);
  const table = await freeTableName(db, tableNameFor(fileName));
  // Workbooks arrive here as the CSV text of their first sheet, so one parser serves every kind.
  const parsed = parseGenericCsv(new TextDecoder().decode(utf8), dialect.delimiter);
  const rows = await loadGenericTable(db, table, parsed.headers, parsed.rows);
  return {
    table,
    rowsIn: parsed.rows.length,
    rows,
    rowsRejected: 0,
    columns: parsed.headers.length,
    warnings: parsed.errors.map((e) => (e.row === null ? e.message : `row ${e.row + 1}: ${e.message}`)),
  };
}
