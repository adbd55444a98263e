import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import {
  coverageByIndustry,
  reportedBy,
  reportedByIndustry,
  topCompanies,
  topProjects,
  type ReportedDimension,
} from './breakdowns';
import { activateDataset, ensureSchema } from './datasets';

let db: Db;
// dataset, line, project, title, theme, company, name, nace, employees, affected, size, year, gain type, DKK, status
const ROWS: [
  string,
  number,
  string,
  string,
  string,
  string,
  string,
  number,
  number | null,
  null,
  string | null,
  number,
  string,
  number,
  string,
][] = [
  ['d1', 2, 'P1', 'Robotcelle', 'robots', 'C1', 'Stål A/S', 25, 120, null, null, 2016, 'productivity', 1_000_000, 'realised'],
  ['d1', 3, 'P1', 'Robotcelle', 'robots', 'C2', 'Maskin ApS', 28, 40, null, null, 2017, 'productivity', 2_500_000, 'realised'],
  ['d1', 4, 'P1', 'Robotcelle', 'robots', 'C2', 'Maskin ApS', 28, 40, null, null, 2018, 'energy', 400_000, 'expected'],
  ['d1', 5, 'P2', 'Digital tvilling', 'digital', 'C1', 'Stål A/S', 25, 120, null, null, 2017, 'energy', 300_000, 'realised'],
  [
    'd1',
    6,
    'P2',
    'Digital tvilling',
    'digital',
    'C3',
    'Lille IVS',
    25,
    null,
    null,
    null,
    2017,
    'productivity',
    50_000,
    'realised',
  ],
  ['d2', 2, 'P9', 'Anden', 'robots', 'C9', 'Andet', 25, 10, null, null, 2017, 'productivity', 9e9, 'realised'],
];
const REALISED = 1_000_000 + 2_500_000 + 300_000 + 50_000;
const TOTAL = REALISED + 400_000;

beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  for (const r of ROWS) await db.exec(`INSERT INTO gains_flat VALUES (${r.map(() => '?').join(', ')}, NULL)`, r);
  for (const [nace, da, en] of [
    [25, 'Metalvarer', 'Fabricated metal products'],
    [28, 'Maskiner', 'Machinery'],
    [10, 'Fødevarer', 'Food products'],
  ] as const)
    for (const [size, firms, emp] of [
      ['0-9', 100, 300],
      ['10-49', 20, 400],
      ['50-249', 5, 500],
      ['250+', 1, 600],
    ] as const)
      await db.exec('INSERT INTO population VALUES (?, ?, ?, ?, ?, ?, 1e9, 2017, ?)', [nace, da, en, size, firms, emp, 'test']);
  await activateDataset(db, 'd1');
});
afterAll(() => db.close());

describe('reportedBy', () => {
  it.each<ReportedDimension>(['theme', 'year', 'gain_type', 'status', 'size_class'])(
    '%s sums to the reported_gains totals',
    async (dim) => {
      const groups = await reportedBy(db, dim);
      expect(groups.reduce((s, g) => s + g.realisedDkk, 0)).toBe(REALISED);
      expect(groups.reduce((s, g) => s + g.totalDkk, 0)).toBe(TOTAL);
      expect(groups.reduce((s, g) => s + g.reports, 0)).toBe(5);
    },
  );

  it('groups by theme, largest first, and years in order', async () => {
    expect(await reportedBy(db, 'theme')).toEqual([
      { key: 'robots', realisedDkk: 3_500_000, expectedDkk: 400_000, totalDkk: 3_900_000, reports: 3 },
      { key: 'digital', realisedDkk: 350_000, expectedDkk: 0, totalDkk: 350_000, reports: 2 },
    ]);
    expect((await reportedBy(db, 'year')).map((g) => g.key)).toEqual(['2016', '2017', '2018']);
    // C3 has no employees, so no size class: kept as its own group, last.
    expect((await reportedBy(db, 'size_class')).map((g) => g.key)).toEqual(['10-49', '50-249', null]);
  });

  it('refuses a dimension that is not a column it knows', async () => {
    await expect(reportedBy(db, 'annual_gain_dkk; DROP TABLE projects' as ReportedDimension)).rejects.toThrow(
      /Unknown breakdown/,
    );
  });
});

it('names each industry from the population table in both languages', async () => {
  const rows = await reportedByIndustry(db);
  expect(rows.map((r) => [r.nace, r.nameDa, r.nameEn, r.totalDkk])).toEqual([
    [25, 'Metalvarer', 'Fabricated metal products', 1_350_000],
    [28, 'Maskiner', 'Machinery', 2_900_000],
  ]);
  expect(rows.reduce((s, r) => s + r.realisedDkk, 0)).toBe(REALISED);
});

it('ranks projects and companies by realised gains only, within the active data set', async () => {
  expect(await topProjects(db)).toEqual([
    { projectId: 'P1', title: 'Robotcelle', theme: 'robots', companies: 2, realisedDkk: 3_500_000 },
    { projectId: 'P2', title: 'Digital tvilling', theme: 'digital', companies: 2, realisedDkk: 350_000 },
  ]);
  const companies = await topCompanies(db, 2);
  expect(companies.map((c) => [c.companyId, c.realisedDkk])).toEqual([
    ['C2', 2_500_000],
    ['C1', 1_300_000],
  ]);
  expect((await topCompanies(db)).reduce((s, c) => s + c.realisedDkk, 0)).toBe(REALISED);
});

it('sets participants against the population per industry', async () => {
  const cov = await coverageByIndustry(db);
  expect(
    cov.map((c) => [c.nace, c.nameDa, c.participants, c.participantEmployees, c.populationFirms, c.populationEmployees]),
  ).toEqual([
    [10, 'Fødevarer', 0, 0, 126, 1800],
    [25, 'Metalvarer', 2, 120, 126, 1800],
    [28, 'Maskiner', 1, 40, 126, 1800],
  ]);
});
