import { StoreError, exportPopulation, type Db, type PopulationOutcome, type StoreProblem } from '../db';
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
  const before = await exportPopulation(db);
  const result = await importTable(db, POPULATION_TARGET, fileName, raw);
  if (result.rowsLoaded > 0) {
    try {
      deps.memory.set(POPULATION_KEY, new TextDecoder().decode(await exportPopulation(db)));
    } catch (e) {
      // Not kept, so not imported: the engine goes back to the table it had, and the refusal says why.
      await loadPopulation(db, before);
      const quota = e instanceof DOMException && e.name === 'QuotaExceededError';
      throw new StoreError(
        quota ? 'quota' : 'unavailable',
        `The population table could not be kept in the browser: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  return result;
}

/** Where a kept population table that no longer loads is set aside (not deleted), for the user or support to see. */
export const POPULATION_DAMAGED_KEY = 'spillover.population.damaged';

/**
 * At start-up: the population table the user imported and kept, else the bundled estimate. A kept table that no
 * longer loads (edited by hand, truncated, another version's format) is set aside under POPULATION_DAMAGED_KEY,
 * the bundled estimate takes its place, and the problem is returned to be reported like a damaged data set; the
 * app starts either way.
 */
export async function loadKeptPopulation(
  db: Db,
  kept: { get: (key: string) => string | null; set: (key: string, value: string) => void; remove: (key: string) => void },
  bundled: () => Promise<Uint8Array>,
): Promise<StoreProblem[]> {
  const own = kept.get(POPULATION_KEY);
  if (own) {
    let detail: string;
    try {
      const r = await loadPopulation(db, new TextEncoder().encode(own));
      if (r.rowsLoaded > 0) return [];
      detail = `none of its ${r.rowsIn} rows could be loaded`;
    } catch (e) {
      detail = e instanceof Error ? e.message : String(e);
    }
    try {
      kept.set(POPULATION_DAMAGED_KEY, own);
    } catch {
      // No room to keep a copy: it is dropped rather than block every start.
    }
    kept.remove(POPULATION_KEY);
    await loadPopulation(db, await bundled());
    return [
      {
        code: 'unreadable',
        name: `population (${POPULATION_KEY})`,
        detail: `${detail}; set aside under ${POPULATION_DAMAGED_KEY}, the bundled estimate is used`,
      },
    ];
  }
  await loadPopulation(db, await bundled());
  return [];
}

/** Loads a population table in its own format (the bundled estimate, a kept import) through the same pipeline. */
export async function loadPopulation(db: Db, raw: Uint8Array): Promise<PopulationImportResult> {
  return importTable(db, POPULATION_TARGET, 'population.csv', raw);
}
