import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { activateDataset, ensureSchema, loadPopulationCsv } from './datasets';
import { GAIN_COLUMNS, stageCsv, validateStagedGains, type GainMapping } from './import-gains';

let db: Db;
const enc = (s: string) => new TextEncoder().encode(s);
const identity = Object.fromEntries(GAIN_COLUMNS.map((c) => [c, c])) as GainMapping;

beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  const pop = ['nace,nace_name_da,nace_name_en,size_class,firms,employees,value_added_dkk,year,source'];
  for (const nace of [25, 28])
    for (const s of ['0-9', '10-49', '50-249', '250+']) pop.push(`${nace},x,x,${s},10,100,1000000,2017,test`);
  await db.load('pop.csv', enc(pop.join('\n')));
  await loadPopulationCsv(db, 'pop.csv');
});
afterAll(() => db.close());

const HEADER = GAIN_COLUMNS.join(';');
async function importText(text: string, id: string, delimiter: ',' | ';' = ';') {
  await db.load(`${id}.csv`, enc(text));
  const staged = await stageCsv(db, `${id}.csv`, { delimiter, quote: '"' });
  const out = await validateStagedGains(db, staged.table, identity, id);
  const rejects = await db.query<{ line: number; reason: string }>('SELECT line, reason FROM import_rejects ORDER BY line');
  return { staged, out, rejects: rejects.rows };
}

describe('validateStagedGains', () => {
  it('reads Danish numbers and keeps rows in = loaded + rejected', async () => {
    const text = [
      HEADER,
      'P1;Proj;robots;C1;Firm;25;120;30;;2016;productivity;1.234.567,50;realiseret',
      'P1;Proj;robots;C2;Firm2;28;40;;;2017;;2.000,25;forventet',
      'P2;Proj2;digital;C1;Firm;25;120;30;;2017;energi;12.5oo;realised',
      ';Proj2;digital;C3;Firm3;45;10;1;;1890;;100;realised',
    ].join('\r\n');
    const { staged, out, rejects } = await importText(text, 'dk');
    expect(staged.rowsIn).toBe(4);
    expect(out.numberStyle).toBe('comma');
    expect(out.rowsLoaded + out.rowsRejected).toBe(staged.rowsIn);
    expect(out.rowsLoaded).toBe(2);
    expect(out.realisedTotal).toBe(1234567.5);
    expect(out.expectedTotal).toBe(2000.25);
    expect(rejects).toContainEqual({ line: 4, reason: 'line 4, annual_gain_dkk: "12.5oo" is not a number' });
    expect(rejects.filter((r) => r.line === 5).map((r) => r.reason)).toEqual(
      expect.arrayContaining([
        'line 5, project_id: is empty (required)',
        'line 5, nace: "45" is not a manufacturing division (10–33) in the population table',
        'line 5, year: "1890" is below 1990',
      ]),
    );
  });

  it('rejects numbers whose decimal style the file does not reveal, never guesses', async () => {
    const text = [HEADER, 'P1;T;robots;C1;F;25;120;30;;2016;;1,234;', 'P1;T;robots;C1;F;25;120;30;;2016;;2500;'].join('\n');
    const { out, rejects } = await importText(text, 'amb');
    expect(out.numberStyle).toBe('unknown');
    expect(out.rowsLoaded).toBe(1);
    expect(rejects[0]?.reason).toMatch(/line 2, annual_gain_dkk: "1,234" is ambiguous/);
  });

  it('reports a company whose industry differs between rows', async () => {
    const text = [HEADER, 'P1;T;robots;C9;F;25;120;30;;2016;;100;', 'P2;T;robots;C9;F;28;120;30;;2016;;200;'].join('\n');
    const { out, rejects } = await importText(text, 'conflict');
    expect(out.rowsLoaded).toBe(1);
    expect(rejects[0]?.reason).toBe('line 3, nace: "28" conflicts with 25 for company C9 on line 2');
  });

  it("reports employees that differ between a company's rows, an empty value against a given one too", async () => {
    const text = [
      HEADER,
      'P1;T;robots;C1;F;25;;30;;2016;;100;', // C1: empty first, then 120
      'P2;T;robots;C1;F;25;120;30;;2016;;200;',
      'P3;T;robots;C2;F;25;60;30;;2016;;300;', // C2: 60, then 70
      'P4;T;robots;C2;F;25;70;30;;2016;;400;',
      'P5;T;robots;C3;F;25;;30;;2016;;500;', // C3: agrees with itself (all empty)
      'P6;T;robots;C3;F;25;;30;;2016;;600;',
    ].join('\n');
    const { out, rejects } = await importText(text, 'emp-conflict');
    expect(out.rowsLoaded).toBe(4);
    // C1's one reject is its empty row: the first row's employees are taken as the first given value (arg_min skips
    // NULLs), so the reason reads "conflicts with 120 … on line 2".
    expect(rejects.map((r) => r.line)).toEqual([2, 5]);
    expect(rejects[1]?.reason).toBe('line 5, employees: "70" conflicts with 60 for company C2 on line 4');
  });

  it('counts records the CSV reader cannot read as rejected, with their line', async () => {
    const text = [
      HEADER,
      'P1;T;robots;C1;F;25;120;30;;2016;;100;',
      'P1;T;robots',
      'P1;T;robots;C1;F;25;120;30;;2016;;100;;extra',
    ].join('\n');
    const { staged, out } = await importText(text, 'ragged');
    expect(staged.rowsIn).toBe(3);
    expect(staged.parseRejects.map((r) => r.line)).toEqual([3, 4]);
    expect(out.rowsLoaded).toBe(1);
  });

  it('derives projects and companies for the active data set', async () => {
    await activateDataset(db, 'dk');
    const companies = await db.query('SELECT company_id, nace, size_class FROM companies ORDER BY company_id');
    expect(companies.rows).toEqual([
      { company_id: 'C1', nace: 25, size_class: '50-249' },
      { company_id: 'C2', nace: 28, size_class: '10-49' },
    ]);
  });
});

describe('line numbers', () => {
  it('number records by their physical line, skipping blank lines', async () => {
    const { blankLines } = await import('./stage-csv');
    const text = [
      HEADER,
      'P1;T;robots;C1;F;25;120;30;;2016;;100;',
      '',
      'P1;T;robots;C1;F;25;120;30;;2016;;oops;',
      '',
      'P1;T;robots;C1;F;25;120;30;;2016;;x;',
      '',
    ].join('\n');
    const bytes = enc(text);
    await db.load('blank.csv', bytes);
    const staged = await stageCsv(db, 'blank.csv', { delimiter: ';', quote: '"' }, 'staged', blankLines(bytes));
    expect(staged.rowsIn).toBe(3);
    await validateStagedGains(db, staged.table, identity, 'blank');
    const rejects = await db.query<{ line: number }>('SELECT DISTINCT line FROM import_rejects ORDER BY line');
    expect(rejects.rows.map((r) => r.line)).toEqual([4, 6]);
  });
});
