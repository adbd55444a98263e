import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { parseGenericCsv } from '../../ingest/generic-csv';
import { openNodeDb } from '../node/node-db';
import { coverageByIndustry, reportedBy, topCompanies, topProjects } from './breakdowns';
import { activateDataset, ensureSchema } from './datasets';
import type { Filters } from './filters-sql';
import { modelInput } from './model-cells';
import { datasetSummary } from './overview';
import { OverviewIndex } from './overview-index';
import { byteOrder, loadOverviewData } from './overview-index-load';
import { checkInput } from './plausibility';
import { loadOverviewIndex, overviewAnswers, overviewAnswersSoon } from '../../queries/overview-index';

// The JS answers to a cross-filter click must be the SQL answers, value for value and in the same order.
let db: Db;

async function sqlAnswers(f: Filters) {
  return {
    summary: await datasetSummary(db, f),
    modelInput: await modelInput(db, f),
    checkInput: await checkInput(db, f),
    byYear: await reportedBy(db, 'year', f),
    byGainType: await reportedBy(db, 'gain_type', f),
    byStatus: await reportedBy(db, 'status', f),
    topProjects: await topProjects(db, 10, f),
    topCompanies: await topCompanies(db, 10, f),
    coverage: await coverageByIndustry(db, f),
  };
}

async function expectSame(index: OverviewIndex, f: Filters) {
  const js = index.answer(f);
  expect(js, JSON.stringify(f)).not.toBeNull();
  expect(js, JSON.stringify(f)).toEqual(await sqlAnswers(f));
}

/** A demo CSV's rows, first `columns` fields each, typed by `cast` (bound, never read by SQL from a file: the native door has none). */
function demoRows(file: string, columns: number, cast: (v: string, i: number) => string | number | null) {
  return parseGenericCsv(readFileSync(file, 'utf8'), ',').rows.map((r) => r.slice(0, columns).map((v, i) => cast(v, i)));
}
const insertAll = async (table: string, rows: (string | number | null)[][], prefix = '') => {
  if (rows.length === 0) return;
  const width = rows[0]?.length ?? 0;
  const one = `(${prefix}${Array.from({ length: width }, () => '?').join(', ')}${table === 'gains_flat' ? ', NULL' : ''})`;
  await db.exec(`INSERT INTO ${table} VALUES ${rows.map(() => one).join(', ')}`, rows.flat());
};
const num = (v: string) => (v === '' ? null : Number(v));

beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  await insertAll(
    'population',
    demoRows('data/demo/population.csv', 9, (v, i) => (i === 0 || (i >= 4 && i <= 7) ? num(v) : v)),
  );
  await insertAll(
    'relevance',
    demoRows('data/demo/relevance.csv', 4, (v, i) => (i === 1 || i === 2 ? num(v) : v)),
  );
  const gains = demoRows('data/demo/reported-gains.csv', 13, (v, i) =>
    [5, 6, 7, 9, 11].includes(i) ? num(v) : v === '' ? null : v,
  );
  await insertAll(
    'gains_flat',
    gains.map((r, k) => ['demo', k + 2, ...r]),
  );
});
afterAll(() => db.close());

describe('the demo data', () => {
  let index: OverviewIndex;
  let values: Record<string, string[]>;
  beforeAll(async () => {
    await activateDataset(db, 'demo');
    const data = await loadOverviewData(db);
    if (!data) throw new Error('no index');
    index = new OverviewIndex(data);
    values = {
      theme: data.themes,
      industry: data.naces.map(String),
      size_class: data.sizes,
      year: [...new Set(data.cube.map((c) => String(c.year)))],
      gain_type: data.gainTypes,
      status: data.statuses,
    };
  });

  it('answers no filter and every single filter, including values no row has, as SQL does', async () => {
    await expectSame(index, {});
    for (const [d, vs] of Object.entries(values))
      for (const v of [...vs.slice(0, 1), d === 'year' || d === 'industry' ? '007' : 'nope']) await expectSame(index, { [d]: v });
  });

  it('answers combinations of filters as SQL does (property), its row groupings built ahead (idle time)', async () => {
    while (index.prepare());
    const pick = (d: string) => fc.option(fc.constantFrom(...(values[d] ?? []), 'nope'), { nil: undefined });
    const filters = fc.record({
      theme: pick('theme'),
      industry: pick('industry'),
      size_class: pick('size_class'),
      year: pick('year'),
      gain_type: pick('gain_type'),
      status: pick('status'),
    });
    await fc.assert(
      fc.asyncProperty(filters, async (f) => {
        const clean = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Filters;
        await expectSame(index, clean);
      }),
      { numRuns: 5 },
    );
  });

  it('leaves project and company filters to SQL', () => {
    expect(index.answer({ project: 'DIG-01' })).toBeNull();
    expect(index.answer({ theme: 'x', company: 'C052' })).toBeNull();
  });

  // While the Overview's index loads, the Overview's queries wait for it and answer from it (no SQL beside the load).
  it('lets a query wait for the index that is loading and answers from it, as SQL does', async () => {
    expect(await overviewAnswersSoon({ db, datasetId: 'nothing-loading', version: 1 }, {})).toBeUndefined();
    const s = { db, datasetId: 'imported', version: 3, ready: true };
    const loading = loadOverviewIndex(s);
    expect(overviewAnswers(s, { theme: 'digital' })).toBeUndefined(); // not loaded yet
    expect(await overviewAnswersSoon(s, {})).toEqual(await sqlAnswers({}));
    await loading;
  });

  it('leaves project and company filters, the demo and other data versions of a loading index to SQL', async () => {
    const s = { db, datasetId: 'imported', version: 4, ready: true };
    const loading = loadOverviewIndex(s);
    expect(await overviewAnswersSoon(s, { project: 'DIG-01' })).toBeUndefined();
    expect(await overviewAnswersSoon({ ...s, version: 5 }, {})).toBeUndefined();
    expect(await overviewAnswersSoon({ ...s, datasetId: 'demo' }, {})).toBeUndefined();
    await loading;
    expect(await overviewAnswersSoon(s, {})).toBeDefined();
  });
});

// Ids whose byte order (DuckDB's) differs from JS's UTF-16 order: an astral emoji sorts after U+FF01 in UTF-8 only.
const companyId = (c: number) => `${['C', 'c', 'Ø', '\u{1F600}', '\uFF01'][c % 5] ?? 'C'}${c}`;

describe('byteOrder', () => {
  it('orders strings as UTF-8 bytes do', () => {
    const ids = Array.from({ length: 10 }, (_, c) => companyId(c));
    const bytes = (s: string) => [...new TextEncoder().encode(s)];
    const byBytes = [...ids].sort((a, b) => {
      const x = bytes(a);
      const y = bytes(b);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
      return x.length - y.length;
    });
    expect([...ids].sort(byteOrder)).toEqual(byBytes);
    expect([...ids].sort()).not.toEqual(byBytes); // JS's own order differs on these: the test means something
  });
});

describe('seeded random data sets', () => {
  const row = fc.record({
    project: fc.constantFrom('P1', 'P2', 'P3', 'P10'),
    company: fc.integer({ min: 0, max: 9 }),
    theme: fc.constantFrom('digital', 'robots', 'Æbler'),
    year: fc.constantFrom(2015, 2016, 2019),
    gainType: fc.constantFrom('energy', 'productivity'),
    status: fc.constantFrom('realised', 'expected'),
    // Quarters and cents: the sums of both are compared to SQL's exactly.
    gain: fc.oneof(
      // Equal sums: the top lists' ties are ordered by id, as SQL's ORDER BY orders them.
      fc.constant(100),
      fc.integer({ min: 0, max: 4_000_000 }).map((q) => q / 4),
      fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
    ),
  });
  const filter = fc.record({
    theme: fc.option(fc.constantFrom('digital', 'robots', 'Æbler', 'none'), { nil: undefined }),
    industry: fc.option(fc.constantFrom('10', '25', '28', 'x'), { nil: undefined }),
    size_class: fc.option(fc.constantFrom('0-9', '10-49', '250+'), { nil: undefined }),
    year: fc.option(fc.constantFrom('2015', '2016', '2019', '2020'), { nil: undefined }),
    gain_type: fc.option(fc.constantFrom('energy', 'productivity'), { nil: undefined }),
    status: fc.option(fc.constantFrom('realised', 'expected'), { nil: undefined }),
  });
  let run = 0;

  it('orders equal sums by company id when the companies table holds them in another order', async () => {
    const ids = ['\uFF01x', '\u{1F600}y', 'B', 'A', 'C'];
    await insertAll(
      'gains_flat',
      ids.map((c, k) => [
        'ties',
        k + 2,
        'P1',
        'Project',
        'digital',
        c,
        `Company ${c}`,
        10,
        5,
        2,
        null,
        2019,
        'energy',
        100,
        'realised',
      ]),
    );
    await activateDataset(db, 'ties');
    const order = (await db.query<{ id: string }>('SELECT company_id AS id FROM companies ORDER BY rowid')).rows.map((r) => r.id);
    const sorted = (await db.query<{ id: string }>('SELECT company_id AS id FROM companies ORDER BY company_id')).rows.map(
      (r) => r.id,
    );
    expect(order).not.toEqual(sorted); // else this test would not tell the codes' order from the ids'
    const data = await loadOverviewData(db);
    if (!data) throw new Error('no index');
    await expectSame(new OverviewIndex(data), {});
  });

  it('gives the SQL answers for every filter tried (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 0, maxLength: 40 }),
        fc.array(filter, { minLength: 3, maxLength: 3 }),
        async (rows, filters) => {
          const id = `r${++run}`;
          // A company's attributes follow from its number: some without employees (no size class), some without affected.
          const person = (c: number) => (c % 4 === 3 ? null : ([5, 30, 120, 400][c % 4] ?? 5));
          await insertAll(
            'gains_flat',
            rows.map((r, k) => [
              id,
              k + 2,
              r.project,
              `Project ${r.project}`,
              r.theme,
              companyId(r.company),
              `Company ${r.company}`,
              [10, 25, 28, 31][r.company % 4] ?? 10,
              person(r.company),
              r.company % 3 === 0 ? null : Math.max(1, Math.floor((person(r.company) ?? 2) / 2)),
              null,
              r.year,
              r.gainType,
              r.gain,
              r.status,
            ]),
          );
          await activateDataset(db, id);
          const data = await loadOverviewData(db);
          if (!data) throw new Error('no index');
          const index = new OverviewIndex(data);
          await expectSame(index, {});
          for (const f of filters)
            await expectSame(index, Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Filters);
        },
      ),
      { numRuns: 3 },
    );
  });
});
