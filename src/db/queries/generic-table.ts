import type { Db } from '../types';
import { placeholders, quoteIdent } from '../sql';

/**
 * Tables and views the app owns, its staging and scratch tables included; a user's extra table may not take their
 * names. Any other table or view in the engine that is not a user table is avoided too (`freeTableName`).
 */
export const APP_TABLES = [
  'datasets',
  'gains_flat',
  'projects',
  'companies',
  'reported_gains',
  'population',
  'relevance',
  'import_rejects',
  'members',
  'funding',
  'activities',
  'overview',
  'staged',
  'staged_raw',
  'import_staged',
  'csv_rejects',
  'csv_scans',
  'checked',
  'bad_lines',
  'problems',
  'company_first',
  'conflicts',
  'line_shifts',
];

const reserved = (name: string) =>
  APP_TABLES.includes(name) ||
  name.startsWith('staged_') ||
  name.startsWith('duckdb_') ||
  name.startsWith('sqlite_') ||
  name.startsWith('pg_');

/** How a user's extra table is marked in the engine (a table comment), so that importing it again replaces it. */
const USER_TABLE = 'spillover: extra table for SQL';

/** A safe table name from a file name: letters, digits and _ only, never an app table's name. */
export function tableNameFor(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  let name = base.replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'table';
  if (/^[0-9]/.test(name)) name = `t_${name}`;
  if (reserved(name)) name = `user_${name}`;
  return name;
}

/**
 * `wanted`, or `user_wanted` (…) when a table or view of that name exists in the engine and is not an extra table
 * the user imported before: an extra table never replaces anything of the app's, present or future.
 */
export async function freeTableName(db: Db, wanted: string): Promise<string> {
  const taken = await db.query<{ name: string; comment: string | null }>(
    `SELECT table_name AS name, comment FROM duckdb_tables() UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE NOT internal`,
  );
  const others = new Set(taken.rows.filter((r) => r.comment !== USER_TABLE).map((r) => r.name.toLowerCase()));
  let name = wanted;
  while (reserved(name) || others.has(name)) name = `user_${name}`;
  return name;
}

/** Unique column names: empty headers get a position name, repeats a suffix. */
function columnNames(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h === '' ? `column${i + 1}` : h;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}_${n + 1}`;
  });
}

const BATCH = 500;

/**
 * Creates (or replaces) a user table from parsed text rows, every column VARCHAR so nothing is reinterpreted:
 * what the file said is what the table holds. Values are bound, never spliced.
 */
export async function loadGenericTable(
  db: Db,
  name: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<number> {
  if (reserved(name)) throw new Error(`"${name}" is one of the app's own tables; pick another name.`);
  const cols = columnNames(headers);
  if (cols.length === 0) throw new Error('The file has no columns.');
  const t = quoteIdent(name);
  await db.exec(`CREATE OR REPLACE TABLE ${t} (${cols.map((c) => `${quoteIdent(c)} VARCHAR`).join(', ')})`);
  await db.exec(`COMMENT ON TABLE ${t} IS '${USER_TABLE}'`);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const values = batch.map(() => `(${placeholders(cols.length)})`).join(', ');
    const params = batch.flatMap((r) => cols.map((_, c) => r[c] ?? null));
    await db.exec(`INSERT INTO ${t} VALUES ${values}`, params);
  }
  return rows.length;
}
