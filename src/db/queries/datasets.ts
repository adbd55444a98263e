import type { Db } from '../types';
import { APP_DATABASE } from '../engine-config';
import { DERIVE_SQL, GAINS_SCAN_BY_THEME, GAINS_SCAN_SQL, SCHEMA_SQL } from '../schema';

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
  // The local engine's native DuckDB has no such database: a session's tables live in a database file
  // (src/server/session.ts) that DuckDB checkpoints by itself after a large write (measured: an explicit CHECKPOINT
  // after each step made activation ~3× slower on small data sets and is not needed on large ones).
  if (!(await inAppDatabase(db))) return;
  await db.exec(`CHECKPOINT ${APP_DATABASE}`).catch((e: unknown) => {
    if (!/Cannot CHECKPOINT/i.test(String(e))) throw e;
  });
}

/** True in the app's compressed in-memory database (the browser), false on the local engine's native DuckDB. */
async function inAppDatabase(db: Db): Promise<boolean> {
  const current = await db.query<{ d: string }>('SELECT current_database() AS d');
  return current.rows[0]?.d === APP_DATABASE;
}

/**
 * Makes a data set the one the app's tables (projects, companies, reported_gains) show. Each derived table is
 * compressed as soon as it is built, so at most one of them is held uncompressed at a time (at 10M rows the scan
 * table alone is ~1.1 GB uncompressed).
 */
export async function activateDataset(db: Db, datasetId: string): Promise<void> {
  await db.exec('SET VARIABLE active_dataset = ?', [datasetId]);
  await compactStorage(db);
  // On the local engine, data sets may hold 100M rows, and the scan table's one sort of them all spilled tens of GB;
  // the browser holds at most a few million and keeps its one statement.
  const byTheme = !(await inAppDatabase(db));
  for (const sql of DERIVE_SQL) {
    if (byTheme && sql === GAINS_SCAN_SQL) await buildGainsScanByTheme(db);
    else await db.exec(sql);
    await compactStorage(db);
  }
}

/** overview.gains_scan one theme at a time (schema.ts, GAINS_SCAN_BY_THEME): the same rows in the same order. */
async function buildGainsScanByTheme(db: Db): Promise<void> {
  await db.exec(GAINS_SCAN_BY_THEME.empty);
  const themes = await db.query<{ theme: string | null }>(GAINS_SCAN_BY_THEME.themes);
  for (const { theme } of themes.rows) await db.exec(GAINS_SCAN_BY_THEME.insert, [theme]);
}

export async function deleteDatasetRows(db: Db, datasetId: string): Promise<void> {
  await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
  await db.exec('DELETE FROM datasets WHERE dataset_id = ?', [datasetId]);
  await compactStorage(db);
}
