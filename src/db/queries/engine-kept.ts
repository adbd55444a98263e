import type { StoredDataset, StoreProblem } from '../dataset-store';
import { quoteIdent } from '../sql';
import type { Db } from '../types';
import type { DatasetInfo } from './datasets';

/**
 * Imported data sets kept in the local engine's own database (schema `spillover_kept`) instead of the browser's IndexedDB:
 * with `--db FILE` they are in that file and come back at the next connection; the browser keeps nothing of them.
 * The rows are the same canonical CSV the browser store keeps (UTF-8 text from `COPY … TO`).
 */
const SETUP = `CREATE SCHEMA IF NOT EXISTS spillover_kept;
CREATE TABLE IF NOT EXISTS spillover_kept.datasets (dataset_id VARCHAR PRIMARY KEY, info VARCHAR NOT NULL, rows VARCHAR NOT NULL)`;

function isInfo(v: unknown): v is DatasetInfo {
  const o = v as Record<string, unknown> | null; // checked field by field
  return typeof o === 'object' && o !== null && typeof o.dataset_id === 'string' && typeof o.name === 'string';
}

export function engineKeptStore(db: () => Promise<Db>) {
  // Set up on every call (IF NOT EXISTS, cheap): a reset engine is a fresh database.
  const open = () =>
    db().then(async (d) => {
      await d.exec(SETUP);
      return d;
    });
  type KeptRow = { info: string; rows: string };
  const toStored = (row: KeptRow): StoredDataset | null => {
    const info: unknown = JSON.parse(row.info);
    return isInfo(info) ? { info, rows: new TextEncoder().encode(row.rows) } : null;
  };
  return {
    load: async (): Promise<{ datasets: StoredDataset[]; problems: StoreProblem[] }> => {
      const r = await (await open()).query<KeptRow>('SELECT info, rows FROM spillover_kept.datasets ORDER BY dataset_id');
      const datasets: StoredDataset[] = [];
      const problems: StoreProblem[] = [];
      for (const row of r.rows) {
        const d = toStored(row);
        if (d) datasets.push(d);
        else problems.push({ code: 'corrupt', name: row.info.slice(0, 40), reason: 'shape' });
      }
      return { datasets, problems };
    },
    put: async (d: StoredDataset): Promise<void> => {
      const x = await open();
      // The rows go up as a file and the engine reads them in: a bound string of a million rows' CSV (~100 MB, its
      // quotes escaped again as JSON) is what the engine once dropped the connection on.
      const file = `kept-${crypto.randomUUID()}.csv`;
      await x.load(file, d.rows);
      try {
        await x.exec('DELETE FROM spillover_kept.datasets WHERE dataset_id = ?', [d.info.dataset_id]);
        await x.exec('INSERT INTO spillover_kept.datasets SELECT ?, ?, content FROM read_text(?)', [
          d.info.dataset_id,
          JSON.stringify(d.info),
          file,
        ]);
      } finally {
        await x.drop(file);
      }
    },
    get: async (id: string): Promise<StoredDataset | null> => {
      const r = await (await open()).query<KeptRow>('SELECT info, rows FROM spillover_kept.datasets WHERE dataset_id = ?', [id]);
      const row = r.rows[0];
      return row ? toStored(row) : null;
    },
    remove: async (id: string): Promise<void> => {
      await (await open()).exec('DELETE FROM spillover_kept.datasets WHERE dataset_id = ?', [id]);
    },
  };
}

/**
 * The app's own tables dropped before the Engine builds them again from the demo and the kept data sets: a `--db`
 * file still holds them from the last connection, and the build expects a fresh database. What is kept
 * (`spillover_kept`) and the console's `scratch` stay.
 */
export async function dropAppTables(db: Db): Promise<void> {
  const r = await db.query<{ s: string; t: string; kind: string }>(
    `SELECT schema_name AS s, table_name AS t, 'TABLE' AS kind FROM duckdb_tables()
       WHERE database_name = current_database() AND schema_name IN ('main', 'overview')
     UNION ALL SELECT schema_name, view_name, 'VIEW' FROM duckdb_views()
       WHERE NOT internal AND database_name = current_database() AND schema_name IN ('main', 'overview')`,
  );
  for (const { s, t, kind } of r.rows)
    await db.exec(`DROP ${kind === 'VIEW' ? 'VIEW' : 'TABLE'} IF EXISTS ${quoteIdent(s)}.${quoteIdent(t)} CASCADE`);
}
