import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { reportedBy, topCompanies } from './breakdowns';
import { activateDataset, ensureSchema, loadPopulationCsv } from './datasets';
import { filterSql } from './filters-sql';
import { GAIN_COLUMNS, stageCsv, validateStagedGains, type GainMapping } from './import-gains';
import { modelInput } from './model-cells';
import { datasetSummary } from './overview';

let db: Db;
const enc = (s: string) => new TextEncoder().encode(s);
beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  const pop = ['nace,nace_name_da,nace_name_en,size_class,firms,employees,value_added_dkk,year,source'];
  for (const nace of [25, 28])
    for (const s of ['0-9', '10-49', '50-249', '250+']) pop.push(`${nace},x,x,${s},10,100,1000000,2017,t`);
  await db.load('pop.csv', enc(pop.join('\n')));
  await loadPopulationCsv(db, 'pop.csv');
  const rows = [
    GAIN_COLUMNS.join(','),
    'P1,,robots,C1,,25,120,30,,2016,productivity,100,realised',
    'P1,,robots,C2,,28,40,10,,2017,quality,200,realised',
    'P2,,digital,C1,,25,120,30,,2017,productivity,400,expected',
    'P2,,digital,C3,,28,300,50,,2017,energy,800,realised',
  ];
  await db.load('g.csv', enc(rows.join('\n')));
  const staged = await stageCsv(db, 'g.csv', { delimiter: ',', quote: '"' });
  await validateStagedGains(db, staged.table, Object.fromEntries(GAIN_COLUMNS.map((c) => [c, c])) as GainMapping, 'f');
  await activateDataset(db, 'f');
});
afterAll(() => db.close());

it('binds filter values and never splices them', () => {
  expect(filterSql({ theme: "x' OR 1=1 --", year: '2017' })).toEqual({
    sql: ' AND g.theme = ? AND g.year = CAST(? AS INTEGER)',
    params: ["x' OR 1=1 --", '2017'],
    rows: false,
    companyOnly: false,
  });
  expect(filterSql({ industry: '25', theme: 'robots' }).companyOnly).toBe(true);
  expect(filterSql({ project: 'P1' }).rows).toBe(true);
  // Text no INTEGER casts back to matches nothing, as comparing the column as text did.
  expect(filterSql({ year: '02017' }).sql).toBe(' AND false');
  expect(filterSql({ year: '2017 OR 1=1' }).sql).toBe(' AND false');
  expect(filterSql({ theme: 'robots', year: '2017' }, 'year').params).toEqual(['robots']);
});

it('filters the summary and the model cells to the selected reports', async () => {
  expect((await datasetSummary(db, { industry: '28' })).realisedDkk).toBe(1000);
  expect((await datasetSummary(db, { industry: '28', theme: 'robots' })).realisedDkk).toBe(200);
  const cells = await modelInput(db, { theme: 'digital' });
  expect(cells.gains.reduce((a, c) => a + c.gainDkk, 0)).toBe(1200);
  expect(cells.bases.map((b) => b.theme)).toEqual(['digital', 'digital']);
  expect(cells.population).toHaveLength(8); // the national reference is never filtered
});

it('keeps every bar of a breakdown’s own dimension while filtering it by the others', async () => {
  const byTheme = await reportedBy(db, 'theme', { theme: 'robots', year: '2017' });
  expect(byTheme.map((g) => [g.key, g.totalDkk])).toEqual([
    ['digital', 1200],
    ['robots', 200],
  ]);
  expect((await topCompanies(db, 10, { theme: 'digital' })).map((c) => c.companyId)).toEqual(['C3']);
});

it('lists the reported rows behind a set of gain cells, sorted, with their count and sum', async () => {
  const { traceRows } = await import('./trace-rows');
  const cells = (await modelInput(db)).gains.filter((g) => g.status === 'realised');
  const r = await traceRows(db, cells, {}, { column: 'annual_gain_dkk', desc: true });
  expect(r.total).toBe(3);
  expect(r.sumDkk).toBe(1100);
  expect(r.rows.map((x) => x.annual_gain_dkk)).toEqual([800, 200, 100]);
  const robots = await traceRows(db, cells, { theme: 'robots' });
  expect(robots.sumDkk).toBe(300);
});

it('answers from the pre-aggregates exactly what the rows give', async () => {
  // P2 is every 'digital' row: a project filter reads overview.gains_scan, a theme filter the cubes.
  const { coverageByIndustry, reportedByIndustry } = await import('./breakdowns');
  expect(await modelInput(db, { project: 'P2' })).toEqual(await modelInput(db, { theme: 'digital' }));
  expect(await datasetSummary(db, { project: 'P2' })).toEqual(await datasetSummary(db, { theme: 'digital' }));
  for (const d of ['year', 'gain_type', 'status', 'size_class'] as const)
    expect(await reportedBy(db, d, { project: 'P2' })).toEqual(await reportedBy(db, d, { theme: 'digital' }));
  expect(await reportedByIndustry(db, { project: 'P2' })).toEqual(await reportedByIndustry(db, { theme: 'digital' }));
  expect(await coverageByIndustry(db, { project: 'P2' })).toEqual(await coverageByIndustry(db, { theme: 'digital' }));
  expect(await coverageByIndustry(db, { project: 'P2', size_class: '50-249' })).toEqual(
    await coverageByIndustry(db, { size_class: '50-249', theme: 'digital' }),
  );
  expect(await topCompanies(db, 10, { project: 'P2' })).toEqual(await topCompanies(db, 10, { theme: 'digital' }));
  // C1 reported in two themes yet is listed once (a status = realised filter reads the rows and changes nothing).
  expect(await topCompanies(db, 10)).toEqual(await topCompanies(db, 10, { status: 'realised' }));
  // A year is matched as the text the column casts to: '2017.0' is not '2017'.
  expect(await reportedBy(db, 'theme', { year: '2017.0' })).toEqual([]);
  expect((await reportedBy(db, 'theme', { year: '2017' })).map((g) => g.reports)).toEqual([2, 1]);
});
