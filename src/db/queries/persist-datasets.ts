import type { Db } from '../types';
import { GAIN_COLUMNS } from './import-gains';

const COLUMNS = ['line', ...GAIN_COLUMNS, 'flags'] as const;
const TYPES: Record<(typeof COLUMNS)[number], string> = {
  line: 'INTEGER',
  project_id: 'VARCHAR',
  project_title: 'VARCHAR',
  theme: 'VARCHAR',
  company_id: 'VARCHAR',
  company_name: 'VARCHAR',
  nace: 'INTEGER',
  employees: 'INTEGER',
  affected_employees: 'INTEGER',
  size_class: 'VARCHAR',
  year: 'INTEGER',
  gain_type: 'VARCHAR',
  annual_gain_dkk: 'DOUBLE',
  status: 'VARCHAR',
  flags: 'VARCHAR',
};

/** A data set's validated rows as CSV bytes (DuckDB's writer), for durable browser storage. */
export async function exportDatasetRows(db: Db, datasetId: string): Promise<Uint8Array> {
  const file = `export-${crypto.randomUUID()}.csv`;
  await db.exec('SET VARIABLE export_dataset = ?', [datasetId]);
  await db.exec(
    `COPY (SELECT ${COLUMNS.join(', ')} FROM gains_flat WHERE dataset_id = getvariable('export_dataset') ORDER BY line)
     TO '${file}' (FORMAT csv, HEADER true, DELIMITER ',')`,
  );
  try {
    return await db.readFile(file);
  } finally {
    await db.drop(file);
  }
}

/** The stored rows' reader, the file name bound as its one parameter. */
const READ = `read_csv(?, header = true, delim = ',', quote = '"', escape = '"', columns = {${COLUMNS.map((c) => `'${c}': '${TYPES[c]}'`).join(', ')}})`;

/** What stored rows hold, read as a reload reads them: their count and realised total (as validation sums it). */
export interface StoredRowsSummary {
  rows: number;
  realisedTotal: number;
}

/** Counts and sums rows written by `exportDatasetRows` without loading them anywhere: a save's read-back check. */
export async function storedRowsSummary(db: Db, bytes: Uint8Array): Promise<StoredRowsSummary> {
  const file = `verify-${crypto.randomUUID()}.csv`;
  await db.load(file, bytes);
  try {
    const r = await db.query<{ n: number; realised: number }>(
      `SELECT count(*)::BIGINT AS n,
              coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS realised
       FROM ${READ}`,
      [file],
    );
    return { rows: r.rows[0]?.n ?? 0, realisedTotal: r.rows[0]?.realised ?? 0 };
  } finally {
    await db.drop(file);
  }
}

/** Loads rows written by `exportDatasetRows` back under `datasetId`; they were validated when first imported. */
export async function restoreDatasetRows(db: Db, datasetId: string, bytes: Uint8Array): Promise<number> {
  const file = `restore-${datasetId}.csv`;
  await db.load(file, bytes);
  try {
    await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
    await db.exec(`INSERT INTO gains_flat SELECT ?, ${COLUMNS.join(', ')} FROM ${READ}`, [datasetId, file]);
    return (
      (await db.query<{ n: number }>('SELECT count(*) AS n FROM gains_flat WHERE dataset_id = ?', [datasetId])).rows[0]?.n ?? 0
    );
  } finally {
    await db.drop(file);
  }
}

/** How many rows of `datasetId` the engine holds now. */
export async function datasetRowCount(db: Db, datasetId: string): Promise<number> {
  const r = await db.query<{ n: number }>('SELECT count(*)::BIGINT AS n FROM gains_flat WHERE dataset_id = ?', [datasetId]);
  return r.rows[0]?.n ?? 0;
}
