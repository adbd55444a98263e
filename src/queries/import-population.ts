import { exportPopulation, type Db, type PopulationOutcome } from '../db';
import { importTable, type TableImportOutcome } from './import-pipeline';
import { POPULATION_TARGET } from './import-targets';

export type PopulationImportResult = TableImportOutcome<PopulationOutcome>;

/** Where an imported population table is kept (as CSV in its own format) until it is reset. */
export const POPULATION_KEY = 'spillover.population';

/**
 * Replaces the national population table from a file of its own shape (headers in English or Danish). The new
 * table is kept in `deps.memory` so it survives a reload; the bundled estimate comes back when it is removed.
 */
export async function importPopulationFile(
  db: Db,
  fileName: string,
  raw: Uint8Array,
  deps: { memory: { set: (key: string, value: string) => void } },
): Promise<PopulationImportResult> {
  const result = await importTable(db, POPULATION_TARGET, fileName, raw);
  if (result.rowsLoaded > 0) deps.memory.set(POPULATION_KEY, new TextDecoder().decode(await exportPopulation(db)));
  return result;
}

/** Loads a population table in its own format (the bundled estimate, a kept import) through the same pipeline. */
export async function loadPopulation(db: Db, raw: Uint8Array): Promise<PopulationImportResult> {
  return importTable(db, POPULATION_TARGET, 'population.csv', raw);
}
