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

/** Loads rows written by `exportDatasetRows` back under `datasetId`; they were validated when first imported. */
export async function restoreDatasetRows(db: Db, datasetId: string, bytes: Uint8Array): Promise<number> {
  const file = `restore-${datasetId}.csv`;
  await db.load(file, bytes);
  try {
    const cols = `{${COLUMNS.map((c) => `'${c}': '${TYPES[c]}'`).join(', ')}}`;
    await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
    await db.exec(
      `INSERT INTO gains_flat SELECT ?, ${COLUMNS.join(', ')}
       FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"', columns = ${cols})`,
      [datasetId, file],
    );
    return (
      (await db.query<{ n: number }>('SELECT count(*) AS n FROM gains_flat WHERE dataset_id = ?', [datasetId])).rows[0]?.n ?? 0
    );
  } finally {
    await db.drop(file);
  }
}
