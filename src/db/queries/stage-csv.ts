import type { Db } from '../types';
import { quoteIdent } from '../sql';
import type { CsvDialect, RejectedRow } from './import-types';

export type { CsvDialect };

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
  /** For a file read in chunks: lines before this chunk's first record, and append to `table`. */
  chunk: { lineOffset: number; append: boolean } = { lineOffset: 0, append: false },
): Promise<Staged> {
  const t = quoteIdent(table);
  // Bound as a list literal string: the Db interface binds scalars only.
  const blankList = `[${blank.filter((n) => Number.isInteger(n)).join(',')}]`;
  await db.exec('DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans;');
  // Read straight into the target (appending for a later chunk), numbering records as if every line after the
  // header were one; only when the reader rejected lines or there are blank lines is that fixed. A later chunk's
  // provisional numbers all lie past the earlier chunks' lines, so the fix-up touches only this chunk's rows.
  const read = `SELECT (row_number() OVER () + 1 + ?::BIGINT)::INTEGER AS line, * FROM read_csv(?, delim = ?, quote = ?, escape = ?,
       header = true, all_varchar = true, auto_detect = true, ignore_errors = true, store_rejects = true,
       rejects_table = 'csv_rejects', rejects_scan = 'csv_scans', max_line_size = 10000000)`;
  const params = [chunk.lineOffset, fileName, dialect.delimiter, dialect.quote, dialect.quote];
  // The statement's own result is the number of rows it wrote: no second scan to count them.
  const written = chunk.append
    ? await db.query<{ Count: number }>(`INSERT INTO ${t} ${read}`, params)
    : await db.query<{ Count: number }>(`CREATE OR REPLACE TEMP TABLE ${t} AS ${read}`, params);
  const n = Number(written.rows[0]?.Count ?? 0);
  const rejects = await db.query<{
    line: number;
    column_name: string | null;
    csv_line: string | null;
    error_type: string;
    error_message: string;
  }>(
    `SELECT line, any_value(column_name) AS column_name, any_value(csv_line) AS csv_line,
            any_value(error_type) AS error_type, any_value(error_message) AS error_message
     FROM csv_rejects GROUP BY line ORDER BY line`,
  );
  if (rejects.rows.length > 0 || blank.length > 0) {
    // Renumber: the k-th record read takes the k-th line that is neither rejected nor blank.
    await db.exec(
      `UPDATE ${t} SET line = lines.actual FROM (
         SELECT (l + ?::BIGINT)::INTEGER AS actual, (row_number() OVER (ORDER BY l) + 1 + ?::BIGINT)::INTEGER AS provisional
         FROM (SELECT unnest(range(2, 2 + ?::BIGINT + ?::BIGINT + len(?::BIGINT[]))) AS l)
         WHERE l NOT IN (SELECT line FROM csv_rejects) AND NOT list_contains(?::BIGINT[], l)
       ) lines WHERE ${t}.line = lines.provisional`,
      [chunk.lineOffset, chunk.lineOffset, n, rejects.rows.length, blankList, blankList],
    );
  }
  const info = await db.query<{ name: string }>(
    `SELECT column_name AS name FROM duckdb_columns() WHERE table_name = ? AND column_name <> 'line' ORDER BY column_index`,
    [table],
  );
  const staged = n;
  return {
    table,
    columns: info.rows.map((r) => r.name),
    rowsIn: staged + rejects.rows.length,
    parseRejects: rejects.rows.map((r) => ({
      line: r.line + chunk.lineOffset,
      column: r.column_name ?? '(record)',
      value: r.csv_line,
      reason: `line ${r.line + chunk.lineOffset}: ${r.error_type.toLowerCase()}: ${r.error_message}`,
    })),
  };
}

/**
 * Stages UTF-8 CSV bytes: registers them as a file of their own, reads them with `stageCsv` (blank lines left out
 * of the numbering) and gives the file up again. For a chunk of a larger file, `chunk` carries its place.
 */
export async function stageBytes(
  db: Db,
  bytes: Uint8Array,
  dialect: CsvDialect,
  table: string,
  chunk: { lineOffset: number; append: boolean } = { lineOffset: 0, append: false },
): Promise<Staged> {
  const file = `staging-${crypto.randomUUID()}.csv`;
  await db.load(file, bytes);
  try {
    return await stageCsv(db, file, dialect, table, blankLines(bytes), chunk);
  } finally {
    await db.drop(file);
  }
}
