import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { ensureSchema } from './datasets';
import {
  exportProgrammeTable,
  PROGRAMME_COLUMNS,
  replaceProgrammeTable,
  type ProgrammeMapping,
  type ProgrammeTable,
} from './programme-import';
import { membershipSeries, membershipStatus, programmeFunding, programmeYears, reachSeries, reachStatus } from './programme-kpis';
import { stageCsv } from './stage-csv';

let db: Db;
const enc = (s: string) => new TextEncoder().encode(s);
const demo = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}`));

/** A registered CSV in the table's own format (the demo's, an export), every column under its own name. */
async function loadOwnFormat(t: ProgrammeTable, file: string) {
  const staged = await stageCsv(db, file, { delimiter: ',', quote: '"' });
  expect(staged.parseRejects).toEqual([]);
  const mapping = Object.fromEntries(PROGRAMME_COLUMNS[t].map((c) => [c, staged.columns.includes(c) ? c : null]));
  return replaceProgrammeTable(db, t, staged.table, mapping as ProgrammeMapping<typeof t>); // a key for every column of t
}

beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  for (const t of ['funding', 'members', 'activities'] as const) {
    await db.load(`${t}.csv`, demo(`${t}.csv`));
    const out = await loadOwnFormat(t, `${t}.csv`);
    expect(out.rowsRejected, `${t}: ${JSON.stringify(out.rejected.slice(0, 3))}`).toBe(0);
  }
});
afterAll(() => db.close());

describe('programme KPIs on the demo tables', () => {
  it('the latest year is 2020 with 220 members', async () => {
    const years = await programmeYears(db);
    expect(years).toEqual({ first: 2014, last: 2020 });
    expect((await membershipStatus(db, 2020)).members).toBe(220);
  });

  it('2017: 109 members; 34 innovation activities with 2,213 participants and 70 projects (44 industrial) so far', async () => {
    expect((await membershipStatus(db, 2017)).members).toBe(109);
    const reach = await reachStatus(db, { year: 2017, theme: null });
    const kind = (k: string) => reach.byKind.find((r) => r.kind === k);
    expect(kind('innovation_activity')).toMatchObject({ activities: 34, participants: 2213 });
    expect((kind('research_project')?.activities ?? 0) + (kind('industrial_project')?.activities ?? 0)).toBe(70);
    expect(kind('industrial_project')?.activities).toBe(44);
    expect(reach.participants).toBe(reach.byKind.reduce((s, r) => s + r.participants, 0));
  });

  it('2019: 185 members, 162 companies, three quarters under 100 employees', async () => {
    const m = await membershipStatus(db, 2019);
    expect(m.members).toBe(185);
    expect(m.companies).toBe(162);
    expect(Math.round((m.under100 / m.companiesWithSize) * 4)).toBe(3);
    expect(m.byType.reduce((s, t) => s + t.members, 0)).toBe(185);
  });

  it('MADE SPIR leverage (183.5 − 64) / 64 and the May 2017 split (11.8 + 2.8) / (8.2 + 1.4)', async () => {
    const { programmes, lines } = await programmeFunding(db, { year: 2020, theme: null });
    const spir = programmes.find((p) => p.programme === 'MADE SPIR');
    expect(spir?.leverage).toBeCloseTo((183.5 - 64) / 64, 10);
    expect(spir?.publicCashDkk).toBe(64e6);
    expect(spir).toMatchObject({ periodStart: 2014, periodEnd: 2018 });
    const made = programmes.find((p) => p.programme === 'MADE (May 2017)');
    expect(made?.leverage).toBeCloseTo((11.8 + 2.8) / (8.2 + 1.4), 10);
    expect(lines).toHaveLength(6);
    // Programmes begun after the view's year are left out.
    expect((await programmeFunding(db, { year: 2016, theme: null })).programmes.map((p) => p.programme)).toEqual(['MADE SPIR']);
  });

  it("company participations within MADE SPIR's period, narrowed by theme", async () => {
    const all = (await programmeFunding(db, { year: 2020, theme: null })).programmes.find((p) => p.programme === 'MADE SPIR');
    const one = (await programmeFunding(db, { year: 2020, theme: 'robotics_automation' })).programmes.find(
      (p) => p.programme === 'MADE SPIR',
    );
    const expected = await db.query<{ n: number }>(
      'SELECT sum(participating_companies) AS n FROM activities WHERE year BETWEEN 2014 AND 2018',
    );
    expect(all?.companyParticipations).toBe(expected.rows[0]?.n);
    expect(one?.companyParticipations).toBeGreaterThan(0);
    expect(one?.companyParticipations).toBeLessThan(all?.companyParticipations ?? 0);
  });

  it('series: members per year and type add up to the status; reach per year adds up to the cumulative total', async () => {
    const series = await membershipSeries(db, 2020);
    expect(series.filter((r) => r.year === 2017).reduce((s, r) => s + r.members, 0)).toBe(109);
    expect(series.filter((r) => r.year === 2020).reduce((s, r) => s + r.members, 0)).toBe(220);
    const reach = await reachSeries(db, null);
    const to2017 = reach.filter((r) => r.year <= 2017).reduce((s, r) => s + r.participants, 0);
    expect(to2017).toBe((await reachStatus(db, { year: 2017, theme: null })).participants);
  });
});

describe('programme table import', () => {
  const fundingMapping = Object.fromEntries(PROGRAMME_COLUMNS.funding.map((c) => [c, c])) as ProgrammeMapping<'funding'>;

  it('rejects a bad funding row with its line and reason, loads the rest (Danish numbers), rows in = loaded + rejected', async () => {
    const text = [
      'programme;source;sector;cash_dkk;in_kind_dkk;period;provenance',
      'P;Innovationsfonden;offentlig;10.000.000;0;2020-2022;test',
      'P;Virksomheder;privat;2.500.000,50;7.500.000;2020–2022;test',
      'P;Fond;privat;-5;0;2020;test',
      'P;Uni;semi;1;0;2020;test',
      'P;X;privat;1;0;2022-2020;test',
    ].join('\n');
    await db.load('f.csv', enc(text));
    const staged = await stageCsv(db, 'f.csv', { delimiter: ';', quote: '"' });
    const out = await replaceProgrammeTable(db, 'funding', staged.table, fundingMapping);
    expect(out.rowsLoaded + out.rowsRejected).toBe(staged.rowsIn);
    expect(out.rowsLoaded).toBe(2);
    expect(out.rejected.map((r) => [r.line, r.column])).toEqual([
      [4, 'cash_dkk'],
      [5, 'sector'],
      [6, 'period'],
    ]);
    expect(out.rejected[0]?.reason).toBe('line 4, cash_dkk: "-5" is not an amount ≥ 0');
    const rows = await db.query(
      'SELECT source, sector, cash_dkk, in_kind_dkk, period_start, period_end FROM funding ORDER BY line',
    );
    expect(rows.rows).toEqual([
      { source: 'Innovationsfonden', sector: 'public', cash_dkk: 10e6, in_kind_dkk: 0, period_start: 2020, period_end: 2022 },
      {
        source: 'Virksomheder',
        sector: 'private',
        cash_dkk: 2500000.5,
        in_kind_dkk: 7.5e6,
        period_start: 2020,
        period_end: 2022,
      },
    ]);
    const lev = (await programmeFunding(db, { year: 2022, theme: null })).programmes[0]?.leverage;
    expect(lev).toBeCloseTo(10000000.5 / 10e6, 10);
  });

  it('keeps the current table when no row is valid, and round-trips an export', async () => {
    const before = await db.query('SELECT * FROM funding ORDER BY line');
    await db.load('bad.csv', enc('programme,source,sector,cash_dkk,period\nP,S,neither,1,2020\n'));
    const staged = await stageCsv(db, 'bad.csv', { delimiter: ',', quote: '"' });
    const out = await replaceProgrammeTable(db, 'funding', staged.table, {
      ...fundingMapping,
      in_kind_dkk: null,
      provenance: null,
    });
    expect(out).toMatchObject({ rowsLoaded: 0, rowsRejected: 1 });
    expect((await db.query('SELECT * FROM funding ORDER BY line')).rows).toEqual(before.rows);
    await db.load('again.csv', await exportProgrammeTable(db, 'funding'));
    expect((await loadOwnFormat('funding', 'again.csv')).rowsLoaded).toBe(2);
  });

  it('members: duplicate id, unknown type, size class on a university, leaving before joining', async () => {
    const text = [
      'member_id,type,size_class,region,year_joined,year_left',
      'A,virksomhed,10-49,Nordjylland,2015,',
      'A,company,250+,Nordjylland,2016,',
      'B,spaceship,,x,2015,',
      'C,universitet,250+,x,2015,',
      'D,company,50–99,x,2018,2016',
      'E,Uddannelse,,x,2019,',
    ].join('\n');
    await db.load('m.csv', enc(text));
    const staged = await stageCsv(db, 'm.csv', { delimiter: ',', quote: '"' });
    const mapping = Object.fromEntries(
      PROGRAMME_COLUMNS.members.map((c) => [c, c === 'provenance' ? null : c]),
    ) as ProgrammeMapping<'members'>;
    const out = await replaceProgrammeTable(db, 'members', staged.table, mapping);
    expect(out.rowsLoaded + out.rowsRejected).toBe(staged.rowsIn);
    expect(out.rejected.map((r) => `${r.line}:${r.column}`)).toEqual([
      '2:member_id',
      '3:member_id',
      '4:type',
      '5:size_class',
      '6:year_left',
    ]);
    expect((await db.query('SELECT member_id, type FROM members')).rows).toEqual([{ member_id: 'E', type: 'education' }]);
  });

  it('activities: more SMEs than companies, a fractional count, Danish kinds', async () => {
    const text = [
      'aktivitet_id,kind,theme,year,participants,participating_companies,sme_participants,cost_dkk',
      'X1,Innovationsaktivitet,t,2017,40,20,10,1000',
      'X2,event,,2017,40,20,30,1000',
      'X3,research_project,t,2017,4.5,1,1,1000',
    ].join('\n');
    await db.load('a.csv', enc(text));
    const staged = await stageCsv(db, 'a.csv', { delimiter: ',', quote: '"' });
    const mapping = {
      ...Object.fromEntries(PROGRAMME_COLUMNS.activities.map((c) => [c, c])),
      activity_id: 'aktivitet_id',
      provenance: null,
    } as ProgrammeMapping<'activities'>;
    const out = await replaceProgrammeTable(db, 'activities', staged.table, mapping);
    expect(out.rejected.map((r) => r.reason)).toEqual([
      'line 3, sme_participants: "30" is more than participating_companies',
      'line 4, participants: "4.5" is not a whole number ≥ 0',
    ]);
    expect((await db.query('SELECT activity_id, kind FROM activities')).rows).toEqual([
      { activity_id: 'X1', kind: 'innovation_activity' },
    ]);
  });
});
