import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDatasets, type Db } from '../db';
import { openDbWithPopulation, testImportDeps } from '../../tests/import-test-db';
import { NoRowsLoaded, completeImport, prepareImport } from './import-dataset';

// A file with no loadable row is refused as a whole with its reasons: no empty data set is created (add mode) or
// put in place of the active one (replace mode; use-import deletes the old one only after the new is stored).

let db: Db;
const deps = testImportDeps();

beforeAll(async () => {
  db = await openDbWithPopulation();
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

  it('refuses a file whose loadable rows are all expected gains (no-realised): nothing stored or active', async () => {
    const csv = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,expected\nP2,T,automation,C2,N,25,10,,,2024,productivity,x,realised\n`;
    const before = await listDatasets(db);
    const p = await prepareImport(db, 'expected-only.csv', new TextEncoder().encode(csv), deps);
    const e = await completeImport(db, p, p.mapping, 'expected-only', deps).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoRowsLoaded);
    const refused = e as NoRowsLoaded;
    expect([refused.why, refused.rowsIn, refused.rowsLoaded, refused.expectedTotal]).toEqual(['no-realised', 2, 1, 100]);
    expect(refused.rejected.map((r) => [r.line, r.column, r.code])).toEqual([[3, 'annual_gain_dkk', 'not-number']]);
    expect(await listDatasets(db)).toEqual(before);
    expect((await db.query('SELECT count(*)::INT AS n FROM gains_flat')).rows[0]).toEqual({ n: 0 });
  });

  it('gives every reject a stable code and its argument (limits, the conflicting value, company and first line)', async () => {
    const csv = `${HEAD}
P1,T,automation,C1,N,25,10,,,2024,productivity,100,realised
P2,T,automation,C1,N,17,10,,,2024,productivity,100,realised
P3,T,automation,C3,N,25,10,,,1890,productivity,100,Ja
P4,,automation,C4,N,25,10,,,2024,productivity,1e400,realised
`;
    const p = await prepareImport(db, 'codes.csv', new TextEncoder().encode(csv), deps);
    const r = await completeImport(db, p, p.mapping, 'codes', deps);
    const codes = r.rejected.map((x) => [x.line, x.column, x.code, x.arg ?? null, x.company ?? null, x.firstLine ?? null]);
    expect(codes).toEqual([
      [3, 'nace', 'conflict', '25', 'C1', 2],
      [4, 'status', 'status', null, null, null],
      [4, 'year', 'below', '1990', null, null],
      [5, 'annual_gain_dkk', 'not-number', null, null, null],
    ]);
    await db.exec('DELETE FROM gains_flat; DELETE FROM datasets');
  });
});
