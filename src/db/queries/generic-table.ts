import type { Db } from '../types';
import { placeholders, quoteIdent } from '../sql';

/** Tables the app owns; a user's extra table may not take their names. */
export const APP_TABLES = ['datasets', 'gains_flat', 'projects', 'companies', 'reported_gains', 'population', 'relevance', 'import_rejects'];

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
  if (APP_TABLES.includes(name)) name = `user_${name}`;
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
export async function loadGenericTable(db: Db, name: string, headers: readonly string[], rows: readonly (readonly string[])[]): Promise<number> {
  if (APP_TABLES.includes(name)) throw new Error(`"${name}" is one of the app's own tables; pick another name.`);
  const cols = columnNames(headers);
  if (cols.length === 0) throw new Error('The file has no columns.');
  const t = quoteIdent(name);
  await db.exec(`CREATE OR REPLACE TABLE ${t} (${cols.map((c) => `${quoteIdent(c)} VARCHAR`).join(', ')})`);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const values = batch.map(() => `(${placeholders(cols.length)})`).join(', ');
    const params = batch.flatMap((r) => cols.map((_, c) => r[c] ?? null));
    await db.exec(`INSERT INTO ${t} VALUES ${values}`, params);
  }
  return rows.length;
}
