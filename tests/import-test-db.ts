// The import tests' engine: a Node DuckDB with the app's schema and the demo's population (validation checks NACE
// codes against it), and import dependencies whose memory and store live in the test.
import { readFileSync } from 'node:fs';
import { ensureSchema, loadPopulationCsv, type Db, type StoredDataset } from '../src/db';
import { openNodeDb } from '../src/db/node/node-db';
import type { ImportDeps } from '../src/queries/import-dataset';

export async function openDbWithPopulation(): Promise<Db> {
  const db = await openNodeDb();
  await ensureSchema(db);
  await db.load('population.csv', new Uint8Array(readFileSync('data/demo/population.csv')));
  await loadPopulationCsv(db, 'population.csv');
  return db;
}

/** Import dependencies over an in-test memory (`memory`) and store (`stored` receives every data set put). */
export function testImportDeps(): ImportDeps & { memoryMap: Map<string, string>; stored: StoredDataset[] } {
  const memoryMap = new Map<string, string>();
  const stored: StoredDataset[] = [];
  return {
    memoryMap,
    stored,
    memory: { get: (k) => memoryMap.get(k) ?? null, set: (k, v) => void memoryMap.set(k, v) },
    store: { put: async (d) => void stored.push(d) },
  };
}
