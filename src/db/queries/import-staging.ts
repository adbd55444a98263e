import type { Db } from '../types';
import { quoteIdent } from '../sql';
import { compactStorage } from './datasets';
import { dropStagedRelation, materializeStaged } from './stage-lazy';
import type { RejectedRow, TableOutcome } from './import-types';

type RejectRow = RejectedRow & Record<string, string | number | null>;

/** One row check of a validation: when `bad` (SQL over the typed fields and `raw_<column>`) holds, `column` is wrong. */
export interface RowCheck {
  bad: string;
  column: string;
  why: string;
}

// Check columns and reasons are constants of the db's own code (never a file's value), so quoting them as literals is safe.
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The validate step of a reference table: writes `checked` with each staged row's `line`, its typed `fields` and the
 * problems its `checks` find (column, the raw text, reason), then counts and lists them (see `checkedOutcome`).
 * `raw` gives each column's raw text expression, kept as `raw_<column>` for the checks and the reasons.
 */
export async function checkStagedRows(
  db: Db,
  checked: string,
  staged: string,
  fields: readonly string[],
  raw: readonly (readonly [column: string, text: string])[],
  checks: readonly RowCheck[],
): Promise<{ outcome: TableOutcome; ok: boolean }> {
  const problems = checks.map(
    (k) => `CASE WHEN ${k.bad} THEN {'column': ${lit(k.column)}, 'value': raw_${k.column}, 'reason': ${lit(k.why)}} END`,
  );
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(checked)} AS
    WITH t AS (SELECT line, ${fields.join(', ')}, ${raw.map(([c, text]) => `${text} AS raw_${c}`).join(', ')} FROM ${quoteIdent(staged)})
    SELECT * EXCLUDE (${raw.map(([c]) => `raw_${c}`).join(', ')}), list_filter([${problems.join(',\n')}], x -> x IS NOT NULL) AS problems FROM t`);
  return checkedOutcome(db, checked);
}

/**
 * The outcome of a validation step that wrote its rows to `checked` with a `problems` list each (`{column, value,
 * reason}` structs, empty for a row that passes): counts, and every problem as a rejected row naming its line.
 */
async function checkedOutcome(db: Db, checked: string): Promise<{ outcome: TableOutcome; ok: boolean }> {
  const t = quoteIdent(checked);
  const counts = (
    await db.query<{ ok: number; bad: number }>(
      `SELECT count(*) FILTER (WHERE len(problems) = 0) AS ok, count(*) FILTER (WHERE len(problems) > 0) AS bad FROM ${t}`,
    )
  ).rows[0] ?? { ok: 0, bad: 0 };
  const rejected = await db.query<RejectRow>(
    `SELECT line, p.column AS "column", p.value AS value,
       'line ' || line || ', ' || p.column || ': ' || CASE WHEN p.value IS NULL THEN '' ELSE '"' || p.value || '" ' END || p.reason AS reason
     FROM (SELECT line, unnest(problems) AS p FROM ${t} WHERE len(problems) > 0) ORDER BY line, "column"`,
  );
  return { outcome: { rowsLoaded: counts.ok, rowsRejected: counts.bad, rejected: rejected.rows }, ok: counts.ok > 0 };
}

/** The rows the reported-gains validation did not load (`import_rejects`), by line and column. */
export async function importRejects(db: Db): Promise<RejectedRow[]> {
  return (
    await db.query<RejectRow>(
      'SELECT line, "column", value, reason, code, arg, company, "firstLine" FROM import_rejects ORDER BY line, "column"',
    )
  ).rows;
}

/** The first `limit` staged records' raw values per column, for the mapping step ('' for an empty value). */
export async function stagedSamples(
  db: Db,
  table: string,
  columns: readonly string[],
  limit = 5,
): Promise<Record<string, string[]>> {
  const rows = await db.query(`SELECT * EXCLUDE (line) FROM ${quoteIdent(table)} ORDER BY line LIMIT ?`, [limit]);
  return Object.fromEntries(
    columns.map((c) => [c, rows.rows.map((r) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))]),
  );
}

/**
 * Gives up a staging table (after its import, or when the import failed or was cancelled); the checkpoint returns
 * its blocks in the compressed database at once.
 */
export async function dropStaged(db: Db, table: string): Promise<void> {
  await dropStagedRelation(db, table);
  await compactStorage(db);
}

/**
 * Once an import is done (saved and shown): of the staged records, only those at the lines it rejected stay, for the
 * rejected rows' view (`stagedRowsAt`); the rest go, so a 10M-row file's text does not stay in the engine.
 */
export async function keepRejectedStaged(db: Db, table: string): Promise<void> {
  const t = quoteIdent(table);
  const keep = 'WHERE line IN (SELECT line FROM import_rejects)';
  // A lazily staged file (stage-lazy.ts) becomes a table of those records, and its bytes go.
  await materializeStaged(db, table, keep);
  await db.exec(`DELETE FROM ${t} WHERE line NOT IN (SELECT line FROM import_rejects)`);
  await compactStorage(db);
}

/** A table kept as CSV in its own import format (a replaced reference table survives a reload this way). */
export async function tableAsCsv(
  db: Db,
  table: string,
  columns: readonly string[] | '*',
  orderBy: readonly string[],
): Promise<Uint8Array> {
  const file = `${table}-${crypto.randomUUID()}.csv`;
  const cols = columns === '*' ? '*' : columns.map((c) => quoteIdent(c)).join(', ');
  await db.exec(
    `COPY (SELECT ${cols} FROM ${quoteIdent(table)} ORDER BY ${orderBy.map((c) => quoteIdent(c)).join(', ')}) TO '${file}' (FORMAT csv, HEADER true)`,
  );
  try {
    return await db.readFile(file);
  } finally {
    await db.drop(file);
  }
}

/** The staged records at `lines` as the file has them (every column as text), for fixing rejected rows in place. */
export async function stagedRowsAt(
  db: Db,
  table: string,
  lines: readonly number[],
): Promise<{ columns: string[]; rows: Record<string, string | null>[] }> {
  if (!lines.length) return { columns: [], rows: [] };
  const r = await db.query(
    `SELECT * FROM ${quoteIdent(table)} WHERE line IN (${lines.map(() => '?').join(', ')}) ORDER BY line`,
    [...lines],
  );
  const columns = r.columns.map((c) => c.name).filter((c) => c !== 'line');
  return {
    columns,
    rows: r.rows.map((row) => ({
      line: String(row.line),
      ...Object.fromEntries(columns.map((c) => [c, row[c] === null || row[c] === undefined ? null : String(row[c])])),
    })),
  };
}
