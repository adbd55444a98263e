import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { ensureSchema, loadPopulationCsv } from './datasets';
import { exportPopulation, POPULATION_TABLE_COLUMNS, replacePopulation, type PopulationMapping } from './import-population';
import { stageCsv } from './stage-csv';

let db: Db;
const enc = (s: string) => new TextEncoder().encode(s);
const identity = Object.fromEntries(POPULATION_TABLE_COLUMNS.map((c) => [c, c])) as PopulationMapping;
beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
});
afterAll(() => db.close());

it('replaces the population table with the valid rows of a Danish-format file and names each bad line', async () => {
  const text = [
    'nace;nace_name_da;nace_name_en;size_class;firms;employees;value_added_dkk;year;source',
    '25;Metal;Metal;10-49;1.200;25.000;12.500.000.000,5;2017;test',
    '25;Metal;Metal;50-249;300;30.000;15.000.000.000;2017;test',
    '45;Handel;Trade;10-49;10;10;10;2017;test',
    '28;Maskiner;Machinery;huge;1;1;1;2017;test',
    '25;Metal;Metal;10-49;1;1;1;2017;dup',
  ].join('\n');
  await db.load('p.csv', enc(text));
  const staged = await stageCsv(db, 'p.csv', { delimiter: ';', quote: '"' });
  const out = await replacePopulation(db, staged.table, identity);
  expect(out.rowsLoaded + out.rowsRejected).toBe(staged.rowsIn);
  expect(out.rowsLoaded).toBe(1);
  expect(out.rejected.map((r) => r.line)).toEqual([2, 4, 5, 6]);
  expect(out.rejected.find((r) => r.line === 4)?.reason).toBe('line 4, nace: "45" is not a manufacturing division (10–33)');
  const rows = await db.query('SELECT nace, size_class, firms, value_added_dkk FROM population');
  expect(rows.rows).toEqual([{ nace: 25, size_class: '50-249', firms: 300, value_added_dkk: 15e9 }]);
  const again = await exportPopulation(db);
  await db.load('again.csv', again);
  expect(await loadPopulationCsv(db, 'again.csv')).toBe(1);
});

it('keeps the current table when no row is valid', async () => {
  const before = await db.query('SELECT count(*) AS n FROM population');
  await db.load('bad.csv', enc('nace,size_class,firms,employees,value_added_dkk\n99,x,1,1,1\n'));
  const staged = await stageCsv(db, 'bad.csv', { delimiter: ',', quote: '"' });
  const mapping = { ...identity, nace_name_da: null, nace_name_en: null, year: null, source: null };
  const out = await replacePopulation(db, staged.table, mapping);
  expect(out.rowsLoaded).toBe(0);
  expect((await db.query('SELECT count(*) AS n FROM population')).rows).toEqual(before.rows);
});
