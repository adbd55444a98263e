// The import's staging tables live in the app's compressed database (not TEMP): the SQL console's fingerprint and
// table list leave them out, and no import leaves one behind (done, refused or failed), but for the last import's
// rejected lines, which its rejected rows' view reads.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dropStaged, ensureSchema, keepRejectedStaged, loadPopulationCsv, stagedRowsAt, type Db } from '../db';
import { openNodeDb } from '../db/node/node-db';
import { consoleSchema, verifiedWrite } from '../db/queries/console';
import { appFingerprint } from '../db/queries/console-integrity';
import { stageCsv } from '../db/queries/stage-csv';
import { GAIN_COLUMNS } from '../db/queries/import-gains';
import { completeImport, prepareImport, type ImportDeps } from './import-dataset';
import { importTable } from './import-pipeline';
import { POPULATION_TARGET } from './import-targets';

let db: Db;
const enc = (s: string) => new TextEncoder().encode(s);
const fingerprint = () => appFingerprint((sql) => db.query(sql));
/** The tables whose names an import stages into, wherever they are (TEMP included). */
const stagingTables = async () =>
  (
    await db.query<{ name: string; temporary: boolean; database_name: string }>(
      `SELECT table_name AS name, temporary, database_name FROM duckdb_tables()
       WHERE table_name IN ('staged', 'import_staged') OR starts_with(table_name, 'staged_') ORDER BY ALL`,
    )
  ).rows;
const deps = (): ImportDeps => {
  const memory = new Map<string, string>();
  return {
    memory: { get: (k) => memory.get(k) ?? null, set: (k, v) => void memory.set(k, v) },
    store: { put: () => Promise.resolve() },
  };
};

beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  await db.load('population.csv', new Uint8Array(readFileSync('data/demo/population.csv')));
  await loadPopulationCsv(db, 'population.csv');
});
afterAll(() => db.close());

it('stages into the compressed database, unseen by the console fingerprint and table list, and drops it', async () => {
  await db.load('s.csv', enc('a,b\n1,x\n2,y\n'));
  // The reader's own rejects tables are TEMP, this connection's (the console's connection never sees them): made
  // by a first read, so that only the staging table differs between the two fingerprints.
  await stageCsv(db, 's.csv', { delimiter: ',', quote: '"' }, 'staged');
  await dropStaged(db, 'staged');
  await db.exec('CREATE SCHEMA IF NOT EXISTS scratch');
  const before = await fingerprint();
  await stageCsv(db, 's.csv', { delimiter: ',', quote: '"' }, 'import_staged');
  const current = (await db.query<{ d: string }>('SELECT current_database() AS d')).rows[0]?.d;
  expect(await stagingTables()).toEqual([{ name: 'import_staged', temporary: false, database_name: current }]);
  // A console write while a file is staged: nothing outside scratch changed, so it commits.
  expect(await fingerprint()).toEqual(before);
  expect(await verifiedWrite(db, 'CREATE TABLE scratch.t AS SELECT 1 AS x')).toHaveProperty('result');
  expect((await consoleSchema(db)).map((t) => t.name)).not.toContain('import_staged');
  await db.exec('DROP TABLE scratch.t');
  await dropStaged(db, 'import_staged');
  expect(await stagingTables()).toEqual([]);
  // A simple file is staged as a view over its bytes (stage-lazy.ts): unseen the same way.
  await db.exec(`CREATE VIEW import_staged AS SELECT * FROM read_csv('s.csv', all_varchar = true)`);
  expect(await fingerprint()).toEqual(before);
  expect((await consoleSchema(db)).map((t) => t.name)).not.toContain('import_staged');
  await dropStaged(db, 'import_staged');
  expect((await db.query(`SELECT 1 FROM duckdb_views() WHERE view_name = 'import_staged'`)).rows).toEqual([]);
});

it('leaves no staging table after a reference import, done or refused for a missing column', async () => {
  const population = readFileSync('data/demo/population.csv');
  await importTable(db, POPULATION_TARGET, 'population.csv', new Uint8Array(population));
  expect(await stagingTables()).toEqual([]);
  const wrong = await importTable(db, POPULATION_TARGET, 'wrong.csv', enc('x,y\n1,2\n')).catch((e: unknown) => e);
  expect(wrong).toBeInstanceOf(Error);
  expect(await stagingTables()).toEqual([]);
});

it('a failed import keeps the staged file for mapping again; a finished one keeps only its rejected lines', async () => {
  const row = (id: number, gain: string) => `P${id},Title,robots,C${id},Firm,25,20,5,10-49,2017,quality,${gain},realised`;
  const file = enc([GAIN_COLUMNS.join(','), row(1, '100'), row(2, 'abc'), row(3, '300')].join('\n'));
  const prepared = await prepareImport(db, 'g.csv', file, deps());
  // Nothing maps to the gain: refused before validation, the staged rows stay for the next mapping.
  const refused = await completeImport(db, prepared, { ...prepared.mapping, annual_gain_dkk: null }, 'g', deps()).catch(
    (e: unknown) => e,
  );
  expect(refused).toBeInstanceOf(Error);
  expect((await db.query('SELECT count(*)::INTEGER AS n FROM import_staged')).rows[0]?.n).toBe(3);
  const done = await completeImport(db, prepared, prepared.mapping, 'g', deps());
  expect([done.rowsLoaded, done.rowsRejected]).toEqual([2, 1]);
  await keepRejectedStaged(db, 'import_staged');
  expect((await db.query('SELECT line FROM import_staged')).rows).toEqual([{ line: 3 }]);
  expect((await stagedRowsAt(db, 'import_staged', [3])).rows[0]).toMatchObject({ annual_gain_dkk: 'abc' });
  await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [done.datasetId]);
});
