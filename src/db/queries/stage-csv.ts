import type { Db } from '../types';
import { quoteIdent } from '../sql';
import type { RejectedRow } from './import-gains';

export interface CsvDialect {
  delimiter: ',' | ';' | '\t' | '|';
  quote: '"';
}

export interface Staged {
  table: string;
  /** Source columns as DuckDB named them (duplicates get a suffix). */
  columns: string[];
  rowsIn: number;
  /** Records the CSV reader itself could not read (wrong field count, broken quoting). */
  parseRejects: RejectedRow[];
}

/**
 * Physical line numbers of blank lines: DuckDB's reader skips them, so they must be left out when records
 * are numbered. Quoted newlines are not considered (a blank line inside a quoted field is vanishingly rare).
 */
export function blankLines(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let line = 1;
  let empty = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10) {
      if (empty) out.push(line);
      line += 1;
      empty = true;
    } else if (b !== 13) empty = false;
  }
  return out;
}

/**
 * Reads a registered UTF-8 CSV with DuckDB's own reader (all columns as text) into `table`, numbering each
 * record with its line in the file (header = line 1, one line per record). Records the reader rejects are
 * kept with their line so that rows in = staged + rejected.
 */
export async function stageCsv(
  db: Db,
  fileName: string,
  dialect: CsvDialect,
  table = 'staged',
  blank: readonly number[] = [],
): Promise<Staged> {
  const t = quoteIdent(table);
  // Bound as a list literal string: the Db interface binds scalars only.
  const blankList = `[${blank.filter((n) => Number.isInteger(n)).join(',')}]`;
  await db.exec('DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans;');
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE staged_raw AS
     SELECT row_number() OVER () AS ord, * FROM read_csv(?, delim = ?, quote = ?, escape = ?, header = true,
       all_varchar = true, auto_detect = true, ignore_errors = true, store_rejects = true,
       rejects_table = 'csv_rejects', rejects_scan = 'csv_scans', max_line_size = 10000000)`,
    [fileName, dialect.delimiter, dialect.quote, dialect.quote],
  );
  const rejects = await db.query<{ line: number; column_name: string | null; csv_line: string | null; error_type: string; error_message: string }>(
    `SELECT line, any_value(column_name) AS column_name, any_value(csv_line) AS csv_line,
            any_value(error_type) AS error_type, any_value(error_message) AS error_message
     FROM csv_rejects GROUP BY line ORDER BY line`,
  );
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE ${t} AS
     WITH n AS (SELECT count(*) AS k FROM staged_raw),
     lines AS (
       SELECT l AS line, row_number() OVER (ORDER BY l) AS ord
       FROM (SELECT unnest(range(2, 2 + (SELECT k FROM n) + ?::BIGINT + len(?::BIGINT[]))) AS l)
       WHERE l NOT IN (SELECT line FROM csv_rejects) AND NOT list_contains(?::BIGINT[], l)
     )
     SELECT lines.line::INTEGER AS line, staged_raw.* EXCLUDE (ord) FROM staged_raw JOIN lines USING (ord) ORDER BY line`,
    [rejects.rows.length, blankList, blankList],
  );
  const info = await db.query<{ name: string }>(
    `SELECT column_name AS name FROM duckdb_columns() WHERE table_name = ? AND column_name <> 'line' ORDER BY column_index`,
    [table],
  );
  const count = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`);
  await db.exec('DROP TABLE IF EXISTS staged_raw;');
  const staged = count.rows[0]?.n ?? 0;
  return {
    table,
    columns: info.rows.map((r) => r.name),
    rowsIn: staged + rejects.rows.length,
    parseRejects: rejects.rows.map((r) => ({
      line: r.line,
      column: r.column_name ?? '(record)',
      value: r.csv_line,
      reason: `line ${r.line}: ${r.error_type.toLowerCase()}: ${r.error_message}`,
    })),
  };
}
