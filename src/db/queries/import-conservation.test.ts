import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { ensureSchema, loadPopulationCsv } from './datasets';
import { GAIN_COLUMNS, stageCsv, validateStagedGains, type GainMapping } from './import-gains';
import { blankLines } from './stage-csv';

let db: Db;
const enc = (s: string) => new TextEncoder().encode(s);
beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  const pop = ['nace,nace_name_da,nace_name_en,size_class,firms,employees,value_added_dkk,year,source'];
  for (let nace = 10; nace <= 33; nace++) pop.push(`${nace},x,x,10-49,1,1,1,2017,x`);
  await db.load('pop.csv', enc(pop.join('\n')));
  await loadPopulationCsv(db, 'pop.csv');
});
afterAll(() => db.close());

const identity = Object.fromEntries(GAIN_COLUMNS.map((c) => [c, c])) as GainMapping;

// Values that are valid, nearly valid, and hostile, for every column.
const cellValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'P1',
    'robots',
    'C1',
    '25',
    '33',
    '45',
    '2016',
    '1890',
    '12',
    '-5',
    '1.234,5',
    '1,234.5',
    '1,234',
    '1 234,5',
  ),
  fc.constantFrom('12.5oo', 'realised', 'forventet', 'maybe', '250+', '0-9', '=cmd()', 'æøå', '"', '""', ';', ',', '\t'),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: true }).map(String),
);
const row = fc.array(cellValue, { minLength: 0, maxLength: GAIN_COLUMNS.length + 2 });

function toCsv(rows: string[][], delimiter: string): string {
  const q = (v: string) => (/[",;\t\n\r|]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [GAIN_COLUMNS.join(delimiter), ...rows.map((r) => r.map(q).join(delimiter))].join('\n');
}

it('rows in = rows loaded + rows rejected for random and mutated files', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(row, { maxLength: 12 }), fc.constantFrom(',', ';', '\t', '|'), async (rows, delim) => {
      const name = `f${n++}.csv`;
      const bytes = enc(toCsv(rows, delim));
      await db.load(name, bytes);
      const staged = await stageCsv(
        db,
        name,
        { delimiter: delim as ',' | ';' | '\t' | '|', quote: '"' },
        'staged',
        blankLines(bytes),
      );
      const out = await validateStagedGains(db, staged.table, identity, `ds${n}`);
      await db.drop(name);
      // A blank line is not a row (Excel exports end with them); every other line is one.
      expect(staged.rowsIn).toBe(rows.filter((r) => r.join('') !== '' || r.length > 1).length);
      expect(out.rowsLoaded + out.rowsRejected + staged.parseRejects.length).toBe(staged.rowsIn);
      const loaded = await db.query<{ n: number }>('SELECT count(*) AS n FROM gains_flat WHERE dataset_id = ?', [`ds${n}`]);
      expect(loaded.rows[0]?.n).toBe(out.rowsLoaded);
    }),
    { numRuns: 100, seed: 20171 },
  );
  // 100 imports: ~14 s on a quiet 2-core machine, past two minutes when other work shares it.
}, 300_000);
