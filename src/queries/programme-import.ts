import { exportProgrammeTable, type Db, type ProgrammeOutcome, type ProgrammeTable } from '../db';
import { importTable, type TableImportOutcome } from './import-pipeline';
import { programmeTarget } from './import-targets';
import { programmeKey } from './programme-load';

export type ProgrammeImportResult = TableImportOutcome<ProgrammeOutcome>;

/** Replaces one programme table from a CSV, XLSX or Parquet file of its shape; keeps it (`memory`) across reloads. */
export async function importProgrammeFile(
  db: Db,
  table: ProgrammeTable,
  fileName: string,
  raw: Uint8Array,
  memory: { set: (key: string, value: string) => void },
): Promise<ProgrammeImportResult> {
  const out = await importTable(db, programmeTarget(table), fileName, raw);
  if (out.rowsLoaded > 0) memory.set(programmeKey(table), new TextDecoder().decode(await exportProgrammeTable(db, table)));
  return out;
}
