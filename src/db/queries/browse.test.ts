import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { browseTable } from './browse';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await db.exec(
    `CREATE TABLE population AS SELECT i AS nace, 'name ' || i AS nace_name_en, i * 10.5 AS value_added_dkk FROM range(10, 34) t(i)`,
  );
});
afterAll(() => db.close());

it('pages, sorts and searches in DuckDB and reports the filtered total', async () => {
  const r = await browseTable(db, { table: 'population', sort: { column: 'nace', desc: true }, offset: 2, limit: 3 });
  expect(r.total).toBe(24);
  expect(r.page.rows.map((x) => x.nace)).toEqual([31, 30, 29]);
  const s = await browseTable(db, { table: 'population', search: 'name 2', offset: 0, limit: 100 });
  expect(s.total).toBe(10); // 20–29
});

it('treats search text as text, never as a pattern or SQL', async () => {
  const r = await browseTable(db, { table: 'population', search: "%' OR 1=1 --", offset: 0, limit: 10 });
  expect(r.total).toBe(0);
});

it('refuses tables that are not browsable', async () => {
  await expect(browseTable(db, { table: 'duckdb_settings' as 'population', offset: 0, limit: 1 })).rejects.toThrow(
    /Unknown table/,
  );
});

it('finds a literal % or _ in the data', async () => {
  await db.exec(`CREATE TABLE companies AS SELECT * FROM (VALUES ('50% owned'), ('a_b'), ('ab')) t(company_name)`);
  expect((await browseTable(db, { table: 'companies', search: '50%', offset: 0, limit: 5 })).total).toBe(1);
  expect((await browseTable(db, { table: 'companies', search: 'a_b', offset: 0, limit: 5 })).total).toBe(1);
});
