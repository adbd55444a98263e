import type { Db } from '../types';
import { quoteIdent } from '../sql';
import { compactStorage } from './datasets';
import type { CsvDialect, Staged } from './stage-csv';

/**
 * Lazy staging: for a simple CSV the staging "table" is a view over DuckDB's reader of the file's bytes, not a
 * copy of every record as text. Writing 1M records into a table and reading them back to type them cost about as
 * much as the typing read itself (Node, the app's wasm engine: text staging 0.9-1.3x a bare read_csv, typing from it
 * 0.7-1.3x; typing straight from the reader 1.1-1.4x, a count over the reader 0.1x). The view gives the same records
 * with the same line numbers, and is kept only when that is proven: no quote character anywhere (so no record spans
 * lines), no blank line, the sniffer skipping nothing, and a strict read (any reader error throws) counting exactly
 * one record per line. Anything else is staged as before. Consumers that write to the staged rows or outlive the
 * bytes make it a table first (`materializeStaged`).
 */

/** The registered file behind a lazily staged table. */
const lazyFile = (table: string) => `${table}.lazy.csv`;

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The number of records if every line after the header is one (no blank line, no quote anywhere); else null. */
function simpleRecords(bytes: Uint8Array, quote: string): number | null {
  if (bytes.includes(quote.charCodeAt(0))) return null;
  let lines = 0;
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
    // A blank line (nothing or only '\r' before its newline) is skipped by the reader: not one record per line.
    if (i === start || (i === start + 1 && bytes[start] === 13)) return null;
    lines++;
    start = i + 1;
  }
  if (start < bytes.length) {
    if (bytes.length - start === 1 && bytes[start] === 13) return null;
    lines++;
  }
  return lines - 1;
}

/** Drops a staged table or view (either may be there from an earlier import) and gives its file up. */
export async function dropStagedRelation(db: Db, table: string): Promise<void> {
  const t = quoteIdent(table);
  if (await isView(db, table)) {
    await db.exec(`DROP VIEW IF EXISTS ${t}`);
    await db.drop(lazyFile(table)).catch(() => undefined);
  } else await db.exec(`DROP TABLE IF EXISTS ${t}`);
}

const viewComment = async (db: Db, table: string): Promise<string | null | undefined> =>
  (
    await db.query<{ comment: string | null }>(
      `SELECT comment FROM duckdb_views() WHERE NOT internal AND database_name = current_database() AND schema_name = 'main' AND view_name = ?`,
      [table],
    )
  ).rows[0]?.comment;

const isView = async (db: Db, table: string) => (await viewComment(db, table)) !== undefined;

/** What a lazily staged view notes in its comment: its records' count and how it reads its file. */
interface LazyNote {
  n: number;
  /** The first record's line number. */
  line: number;
  /** The reader's options and the columns as staged (all text). */
  opts: string;
  columns: string[];
}

async function lazyNote(db: Db, table: string): Promise<LazyNote | null> {
  const comment = await viewComment(db, table);
  if (!comment) return null;
  try {
    const note = JSON.parse(comment) as LazyNote;
    return Number.isInteger(note.n) && Array.isArray(note.columns) ? note : null;
  } catch {
    return null;
  }
}

/**
 * The staged records' count (a lazily staged file's as counted when it was staged, a table's counted now) and, for
 * a lazily staged file, `typedRead`: SQL for its records read with the `double` columns typed DOUBLE by the reader
 * itself (the rest as text), with the same lines. Only for columns whose every value was proven a plain number
 * (`[-+]?\d+(\.\d+)?` or empty): the reader's DOUBLE is then exactly TRY_CAST(text AS DOUBLE) (the same parser:
 * '+5', '007', '-0', 400 digits → inf alike), and an empty field is NULL either way. The reader is strict: a value
 * it cannot read throws, and the caller types the text instead. One catalog query for both.
 */
export async function stagedRelation(
  db: Db,
  table: string,
): Promise<{ rows: number; typedRead: ((double: readonly string[]) => string) | null }> {
  const note = await lazyNote(db, table);
  if (!note) {
    const n = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
    return { rows: Number(n.rows[0]?.n ?? 0), typedRead: null };
  }
  const typedRead = (double: readonly string[]) => {
    const spec = `{${note.columns.map((h) => `${sqlString(h)}: '${double.includes(h) ? 'DOUBLE' : 'VARCHAR'}'`).join(', ')}}`;
    return `(SELECT (row_number() OVER () + ${note.line})::INTEGER AS line, *
      FROM read_csv(${sqlString(lazyFile(table))}, ${note.opts}, auto_detect = false, columns = ${spec}))`;
  };
  return { rows: note.n, typedRead };
}

/**
 * A view over the bytes as `table` (which the caller has dropped) when the file is simple (see above), with its
 * records' count; null (nothing left behind) otherwise. `above`: lines above the header row, left out of `bytes`.
 */
export async function stageLazily(
  db: Db,
  bytes: Uint8Array,
  dialect: CsvDialect,
  table: string,
  above: number,
): Promise<Omit<Staged, 'scan'> | null> {
  const records = simpleRecords(bytes, dialect.quote);
  if (records === null || records < 1) return null;
  const file = lazyFile(table);
  const t = quoteIdent(table);
  // `table` is not there: the caller dropped it (dropStagedRelation) before the read that led here.
  await db.load(file, bytes);
  const opts = `delim = ${sqlString(dialect.delimiter)}, quote = ${sqlString(dialect.quote)}, escape = ${sqlString(dialect.quote)}, header = true, max_line_size = 10000000`;
  try {
    // What the all-text staging's sniffer would do with the file: it must skip nothing and read a header.
    const sniff = (
      await db.query<{ skip: number; comment: string; header: boolean }>(
        `SELECT "SkipRows" AS skip, "Comment" AS comment, "HasHeader" AS header FROM sniff_csv(${sqlString(file)}, ${opts}, all_varchar = true)`,
      )
    ).rows[0];
    if (!sniff || Number(sniff.skip) !== 0 || sniff.comment !== '(empty)' || !sniff.header) throw new NotSimple();
    // The columns as that staging names them.
    const columns = (
      await db.query(`SELECT * FROM read_csv(${sqlString(file)}, ${opts}, all_varchar = true, auto_detect = true) LIMIT 0`)
    ).columns.map((c) => c.name);
    const spec = `{${columns.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ')}}`;
    await db.exec(
      `CREATE VIEW ${t} AS SELECT (row_number() OVER () + ${1 + above})::INTEGER AS line, *
       FROM read_csv(${sqlString(file)}, ${opts}, auto_detect = false, columns = ${spec})`,
    );
    // Strict (no ignore_errors): a record the reader cannot read throws here, and the file is staged as before.
    const n = Number((await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`)).rows[0]?.n ?? -1);
    if (n !== records) throw new NotSimple();
    // Its count, for the validation (`stagedRelation`): counting a view parses the file again; and how it reads its
    // file, for a typed read of it.
    const note: LazyNote = { n, line: 1 + above, opts, columns };
    await db.exec(`COMMENT ON VIEW ${t} IS ${sqlString(JSON.stringify(note))}`);
    return { table, columns, rowsIn: n, parseRejects: [] };
  } catch {
    await db.exec(`DROP VIEW IF EXISTS ${t}`).catch(() => undefined);
    await db.drop(file).catch(() => undefined);
    return null;
  }
}

class NotSimple extends Error {}

/**
 * Makes a lazily staged table a table of its own (of the rows `where` keeps, all when absent) and gives its file
 * up; a staged table stays as it is.
 */
export async function materializeStaged(db: Db, table: string, where = ''): Promise<void> {
  if (!(await isView(db, table))) return;
  const t = quoteIdent(table);
  await db.exec(`CREATE OR REPLACE TEMP TABLE lazy_staged AS SELECT * FROM ${t} ${where}`);
  await db.exec(`DROP VIEW ${t}`);
  await db.drop(lazyFile(table)).catch(() => undefined);
  await db.exec(`CREATE TABLE ${t} AS SELECT * FROM temp.lazy_staged ORDER BY line; DROP TABLE temp.lazy_staged`);
  await compactStorage(db);
}
