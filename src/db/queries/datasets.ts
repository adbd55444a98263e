import type { Db } from '../types';
import { APP_DATABASE } from '../engine-config';
import { DERIVE_SQL, SCHEMA_SQL } from '../schema';

export interface DatasetInfo {
  dataset_id: string;
  name: string;
  source: string | null;
  created_at: string | null;
  rows_in: number | null;
  rows_loaded: number | null;
  rows_rejected: number | null;
  content_hash: string | null;
}

export async function ensureSchema(db: Db): Promise<void> {
  await db.exec(SCHEMA_SQL);
}

/** Replaces the national population table from a registered CSV in the population format. */
export async function loadPopulationCsv(db: Db, fileName: string): Promise<number> {
  await db.exec('DELETE FROM population');
  await db.exec(
    `INSERT INTO population SELECT nace, nace_name_da, nace_name_en, size_class, firms, employees, value_added_dkk, year, source
     FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"', auto_detect = true)`,
    [fileName],
  );
  return (await db.query<{ n: number }>('SELECT count(*) AS n FROM population')).rows[0]?.n ?? 0;
}

export async function loadRelevanceCsv(db: Db, fileName: string): Promise<number> {
  await db.exec('DELETE FROM relevance');
  await db.exec(
    `INSERT INTO relevance SELECT theme, nace, relevance, note
     FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"', auto_detect = true)`,
    [fileName],
  );
  return (await db.query<{ n: number }>('SELECT count(*) AS n FROM relevance')).rows[0]?.n ?? 0;
}

export async function registerDataset(db: Db, info: DatasetInfo): Promise<void> {
  await db.exec('DELETE FROM datasets WHERE dataset_id = ?', [info.dataset_id]);
  await db.exec('INSERT INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    info.dataset_id,
    info.name,
    info.source,
    info.created_at,
    info.rows_in,
    info.rows_loaded,
    info.rows_rejected,
    info.content_hash,
  ]);
}

export async function listDatasets(db: Db): Promise<DatasetInfo[]> {
  return (
    await db.query<DatasetInfo & Record<string, string | number | null>>('SELECT * FROM datasets ORDER BY created_at, name')
  ).rows;
}

/**
 * Compresses what was written to the app's database since the last time and frees what was deleted or replaced:
 * rows written to a compressed in-memory database stay uncompressed until a checkpoint (engine-config.ts). Measured
 * at 1M rows: see the README's import limit. A checkpoint that cannot run now (another connection's transaction
 * open, e.g. a console query) leaves the rows as they are, correct but larger, until the next one.
 */
export async function compactStorage(db: Db): Promise<void> {
  // The local engine's native DuckDB has no such database (and stores its own way): nothing to do there.
  const current = await db.query<{ d: string }>('SELECT current_database() AS d');
  if (current.rows[0]?.d !== APP_DATABASE) return;
  await db.exec(`CHECKPOINT ${APP_DATABASE}`).catch((e: unknown) => {
    if (!/Cannot CHECKPOINT/i.test(String(e))) throw e;
  });
}

/**
 * Makes a data set the one the app's tables (projects, companies, reported_gains) show. Each derived table is
 * compressed as soon as it is built, so at most one of them is held uncompressed at a time (at 10M rows the scan
 * table alone is ~1.1 GB uncompressed).
 */
export async function activateDataset(db: Db, datasetId: string): Promise<void> {
  await db.exec('SET VARIABLE active_dataset = ?', [datasetId]);
  await compactStorage(db);
  for (const sql of DERIVE_SQL) {
    await db.exec(sql);
    await compactStorage(db);
  }
}

export async function deleteDatasetRows(db: Db, datasetId: string): Promise<void> {
  await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
  await db.exec('DELETE FROM datasets WHERE dataset_id = ?', [datasetId]);
  await compactStorage(db);
}
