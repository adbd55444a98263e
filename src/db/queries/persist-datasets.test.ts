import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { ensureSchema, loadPopulationCsv } from './datasets';
import { GAIN_COLUMNS, stageCsv, validateStagedGains, type GainMapping } from './import-gains';
import {
  engineRowsHash,
  exportDatasetRows,
  KEPT_ROWS_SETUP,
  keepRowsOnEngine,
  keptRowsSummary,
  KeptOnEngine,
  restoreDatasetRows,
} from './persist-datasets';

let db: Db;
const enc = (s: string) => new TextEncoder().encode(s);
beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  await db.load(
    'pop.csv',
    enc('nace,nace_name_da,nace_name_en,size_class,firms,employees,value_added_dkk,year,source\n25,a,b,10-49,1,1,1,2017,x\n'),
  );
  await loadPopulationCsv(db, 'pop.csv');
});
afterAll(() => db.close());

it('round-trips a data set through its stored form unchanged, quotes and negatives included', async () => {
  const csv = [
    GAIN_COLUMNS.join(','),
    'P1,"Title, with ""quotes""",robots,C1,Firm æøå,25,20,5,,2016,quality,-1500.25,expected',
    'P2,,digital,C2,,25,30,,,2017,,99,realised',
  ].join('\n');
  await db.load('in.csv', enc(csv));
  const staged = await stageCsv(db, 'in.csv', { delimiter: ',', quote: '"' });
  await validateStagedGains(db, staged.table, Object.fromEntries(GAIN_COLUMNS.map((c) => [c, c])) as GainMapping, 'a');
  const bytes = await exportDatasetRows(db, 'a');
  expect(await restoreDatasetRows(db, 'b', bytes)).toBe(2);
  const rows = async (id: string) =>
    (await db.query('SELECT * EXCLUDE (dataset_id) FROM gains_flat WHERE dataset_id = ? ORDER BY line', [id])).rows;
  expect(await rows('b')).toEqual(await rows('a'));
  expect((await rows('b'))[0]).toMatchObject({
    project_title: 'Title, with "quotes"',
    annual_gain_dkk: -1500.25,
    flags: 'negative gain (a reported loss)',
  });
});

it('keeps a data set on the engine: the kept copy hashes as the validated rows, a change shows, a restore gives them back', async () => {
  await db.exec(`CREATE SCHEMA IF NOT EXISTS spillover_kept; ${KEPT_ROWS_SETUP}`);
  await keepRowsOnEngine(db, 'a', 'kept-a');
  const validated = await engineRowsHash(db, 'validated', 'a');
  expect(validated).toMatch(/^[0-9a-f]{64}$/);
  expect(await engineRowsHash(db, 'kept', 'kept-a')).toBe(validated);
  expect(await keptRowsSummary(db, 'kept-a')).toEqual({ rows: 2, realisedTotal: 99 });
  expect(await restoreDatasetRows(db, 'c', new KeptOnEngine('kept-a'))).toBe(2);
  expect(await engineRowsHash(db, 'validated', 'c')).toBe(validated);
  // Two rows' lines swapped: the same values, another order of the file's lines.
  await db.exec(`UPDATE spillover_kept.rows SET line = 3 - line WHERE dataset_id = 'kept-a'`);
  expect(await engineRowsHash(db, 'kept', 'kept-a')).not.toBe(validated);
  expect(await engineRowsHash(db, 'kept', 'none')).toBe(await engineRowsHash(db, 'validated', 'none'));
});
