import type { StoredDataset, StoreProblem } from '../dataset-store';
import { quoteIdent } from '../sql';
import type { Db } from '../types';
import type { DatasetInfo } from './datasets';
import { engineRowsHash, KEPT_ROWS_SETUP, keepRowsOnEngine, KeptOnEngine } from './persist-datasets';

/**
 * Imported data sets kept in the local engine's own database (schema `spillover_kept`) instead of the browser's IndexedDB:
 * with `--db FILE` they are in that file and come back at the next connection; the browser keeps nothing of them.
 * A data set's rows are copied by SQL from gains_flat into `spillover_kept.rows` and its record into
 * `spillover_kept.sets`; the page holds only a `KeptOnEngine` in place of the rows, so no size the page can hold
 * bounds what is kept. `spillover_kept.datasets` holds what earlier versions kept (the rows as one CSV text); it is
 * still read, and a data set given as bytes is still kept there.
 */
const SETUP = `CREATE SCHEMA IF NOT EXISTS spillover_kept;
CREATE TABLE IF NOT EXISTS spillover_kept.datasets (dataset_id VARCHAR PRIMARY KEY, info VARCHAR NOT NULL, rows VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS spillover_kept.sets (dataset_id VARCHAR PRIMARY KEY, info VARCHAR NOT NULL);
${KEPT_ROWS_SETUP}`;

function isInfo(v: unknown): v is DatasetInfo {
  const o = v as Record<string, unknown> | null; // checked field by field
  return typeof o === 'object' && o !== null && typeof o.dataset_id === 'string' && typeof o.name === 'string';
}

const parsed = (text: string): DatasetInfo | null => {
  try {
    const info: unknown = JSON.parse(text);
    return isInfo(info) ? info : null;
  } catch {
    return null;
  }
};

export function engineKeptStore(db: () => Promise<Db>) {
  // Set up on every call (IF NOT EXISTS, cheap): a reset engine is a fresh database.
  const open = () =>
    db().then(async (d) => {
      await d.exec(SETUP);
      return d;
    });
  const removeFrom = async (x: Db, id: string) => {
    for (const t of ['datasets', 'sets', 'rows']) await x.exec(`DELETE FROM spillover_kept.${t} WHERE dataset_id = ?`, [id]);
  };
  type KeptRow = { info: string; rows: string };
  const toStored = (row: KeptRow): StoredDataset | null => {
    const info = parsed(row.info);
    return info ? { info, rows: new TextEncoder().encode(row.rows) } : null;
  };
  return {
    /** The save hashes and keeps the rows on the engine (save-dataset.ts), not through the page. */
    keepsRowsOnEngine: true as const,
    load: async (): Promise<{ datasets: StoredDataset[]; problems: StoreProblem[] }> => {
      const x = await open();
      const datasets: StoredDataset[] = [];
      const problems: StoreProblem[] = [];
      const sets = await x.query<{ id: string; info: string }>(
        'SELECT dataset_id AS id, info FROM spillover_kept.sets ORDER BY dataset_id',
      );
      for (const { id, info: text } of sets.rows) {
        const info = parsed(text);
        // Checked as the browser's store checks its records: rows that no longer hash as saved are not trusted.
        const reason =
          !info || info.dataset_id !== id
            ? 'shape'
            : info.content_hash !== null && (await engineRowsHash(x, 'kept', id)) !== info.content_hash
              ? 'hash'
              : null;
        if (reason || !info) {
          problems.push({ code: 'corrupt', name: info?.name ?? id, reason: reason ?? 'shape' });
          await removeFrom(x, id);
        } else datasets.push({ info, rows: new KeptOnEngine(id) });
      }
      const r = await x.query<KeptRow>('SELECT info, rows FROM spillover_kept.datasets ORDER BY dataset_id');
      for (const row of r.rows) {
        const d = toStored(row);
        if (d) datasets.push(d);
        else problems.push({ code: 'corrupt', name: row.info.slice(0, 40), reason: 'shape' });
      }
      return { datasets, problems };
    },
    put: async (d: StoredDataset): Promise<void> => {
      const x = await open();
      await removeFrom(x, d.info.dataset_id);
      if (d.rows instanceof KeptOnEngine) {
        await keepRowsOnEngine(x, d.rows.datasetId, d.info.dataset_id);
        await x.exec('INSERT INTO spillover_kept.sets VALUES (?, ?)', [d.info.dataset_id, JSON.stringify(d.info)]);
        return;
      }
      // Bytes go up as a file and the engine reads them in: a bound string of a million rows' CSV (~100 MB, its
      // quotes escaped again as JSON) is what the engine once dropped the connection on.
      const file = `kept-${crypto.randomUUID()}.csv`;
      await x.load(file, d.rows);
      try {
        await x.exec('INSERT INTO spillover_kept.datasets SELECT ?, ?, content FROM read_text(?)', [
          d.info.dataset_id,
          JSON.stringify(d.info),
          file,
        ]);
      } finally {
        await x.drop(file);
      }
    },
    /** The record as kept now; rows kept on the engine stay there (a `KeptOnEngine` stands for them). */
    get: async (id: string): Promise<StoredDataset | null> => {
      const x = await open();
      const set = (await x.query<{ info: string }>('SELECT info FROM spillover_kept.sets WHERE dataset_id = ?', [id])).rows[0];
      if (set) {
        const info = parsed(set.info);
        return info ? { info, rows: new KeptOnEngine(id) } : null;
      }
      const r = await x.query<KeptRow>('SELECT info, rows FROM spillover_kept.datasets WHERE dataset_id = ?', [id]);
      const row = r.rows[0];
      return row ? toStored(row) : null;
    },
    remove: async (id: string): Promise<void> => {
      await removeFrom(await open(), id);
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
