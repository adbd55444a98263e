import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema, listDatasets, loadPopulationCsv, type Db } from '../db';
import { openNodeDb } from '../db/node/node-db';
import { NoRowsLoaded, completeImport, prepareImport, type ImportDeps } from './import-dataset';

// A file with no loadable row is refused as a whole with its reasons: no empty data set is created (add mode) or
// put in place of the active one (replace mode; use-import deletes the old one only after the new is stored).

let db: Db;
const memory = new Map<string, string>();
const deps: ImportDeps = {
  memory: { get: (k) => memory.get(k) ?? null, set: (k, v) => void memory.set(k, v) },
  store: { put: async () => undefined },
};

beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  await db.load('population.csv', new Uint8Array(readFileSync('data/demo/population.csv')));
  await loadPopulationCsv(db, 'population.csv');
});
afterAll(() => db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';

describe('a file with no loadable rows', () => {
  it('is refused with each row’s reason, and leaves no data set or rows behind', async () => {
    const csv = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,not-money,realised\nP2,T,automation,C2,N,25,10,,,2024,productivity,,realised\n`;
    const before = await listDatasets(db);
    const p = await prepareImport(db, 'zero-valid.csv', new TextEncoder().encode(csv), deps);
    const e = await completeImport(db, p, p.mapping, 'zero-valid', deps).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoRowsLoaded);
    expect((e as NoRowsLoaded).rowsIn).toBe(2);
    expect((e as NoRowsLoaded).rejected.map((r) => r.line)).toEqual([2, 3]);
    expect((e as NoRowsLoaded).message).toMatch(/none of its 2 rows could be loaded: line 2, annual_gain_dkk/);
    expect(await listDatasets(db)).toEqual(before);
    expect((await db.query('SELECT count(*)::INT AS n FROM gains_flat')).rows[0]).toEqual({ n: 0 });
  });
});
