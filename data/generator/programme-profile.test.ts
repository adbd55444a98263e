import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { DEMO_DIR } from './generate-demo';
import { ACTIVITIES_HEADER, DKK_PER_EUR, FUNDING_HEADER, generateProfile, MEMBERS_HEADER, PUBLIC } from './programme-profile';

// The aggregates are computed from the committed files, independently of the generator's own bookkeeping.
function table(name: string, header: readonly string[]) {
  const [head, ...rows] = parseCsv(readFileSync(join(DEMO_DIR, name), 'utf8'));
  expect(head).toEqual([...header]);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
const funding = table('funding.csv', FUNDING_HEADER);
const members = table('members.csv', MEMBERS_HEADER);
const activities = table('activities.csv', ACTIVITIES_HEADER);

const membersAt = (year: number) =>
  members.filter((m) => Number(m.year_joined) <= year && (m.year_left === '' || Number(m.year_left) > year));
const through = (year: number, kind: string) => activities.filter((a) => a.kind === kind && Number(a.year) <= year);
const sum = (rows: Record<string, string>[], col: string) => rows.reduce((s, r) => s + Number(r[col]), 0);

describe('programme profile demo tables', () => {
  it('are what the generator writes (deterministic, committed up to date)', () => {
    const { files } = generateProfile();
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(DEMO_DIR, name), 'utf8'), name).toBe(text);
    expect(generateProfile().files).toEqual(files);
  });

  it('reproduce MADE SPIR: DKK 64m from Innovation Fund Denmark of DKK 183.5m, leverage 1.87', () => {
    const spir = funding.filter((f) => f.programme === 'MADE SPIR');
    const total = (rows: Record<string, string>[]) => sum(rows, 'cash_dkk') + sum(rows, 'in_kind_dkk');
    const pub = total(spir.filter((f) => f.sector === 'public'));
    expect(pub).toBe(64_000_000);
    expect(total(spir)).toBe(183_500_000);
    expect(total(spir.filter((f) => f.sector === 'private')) / pub).toBeCloseTo(1.8672, 4);
    expect(new Set(spir.map((f) => f.period))).toEqual(new Set(['2014-2018']));
  });

  it('reproduce the May 2017 budget split in EUR (24.2 = 11.8 + 8.2 + 2.8 + 1.4)', () => {
    const made = funding.filter((f) => f.programme === 'MADE (May 2017)');
    const eur = (source: string) =>
      sum(
        made.filter((f) => f.source === source),
        'cash_dkk',
      ) /
        DKK_PER_EUR +
      sum(
        made.filter((f) => f.source === source),
        'in_kind_dkk',
      ) /
        DKK_PER_EUR;
    expect(eur('Companies')).toBe(11_800_000);
    expect(eur('Innovation Fund Denmark')).toBe(8_200_000);
    expect(eur('Foundations and associations')).toBe(2_800_000);
    expect(eur('Universities')).toBe(1_400_000);
    expect((sum(made, 'cash_dkk') + sum(made, 'in_kind_dkk')) / DKK_PER_EUR).toBe(PUBLIC.made2017.totalEur);
  });

  it('reproduce the member counts: 34 (2014), 109 (2017), 185 with 162 companies, ¾ under 100 employees (2019), 220 (2020)', () => {
    expect(membersAt(2014)).toHaveLength(34);
    expect(membersAt(2017)).toHaveLength(109);
    const m2019 = membersAt(2019);
    expect(m2019).toHaveLength(185);
    const companies = m2019.filter((m) => m.type === 'company');
    expect(companies).toHaveLength(162);
    const under100 = companies.filter((m) => ['0-9', '10-49', '50-99'].includes(m.size_class ?? '')).length;
    expect(Math.round((under100 / companies.length) * 4)).toBe(3);
    expect(membersAt(2020)).toHaveLength(220);
    expect(new Set(membersAt(2020).map((m) => m.type))).toEqual(new Set(['company', 'university', 'gts', 'education', 'other']));
    expect(Math.max(...members.map((m) => Number(m.year_joined)))).toBe(2020);
  });

  it('reproduce the activities through 2017: 70 projects (44 industrial), 34 innovation activities with 2,213 participants', () => {
    expect(through(2017, 'research_project').length + through(2017, 'industrial_project').length).toBe(70);
    expect(through(2017, 'industrial_project')).toHaveLength(44);
    expect(through(2017, 'innovation_activity')).toHaveLength(34);
    expect(sum(through(2017, 'innovation_activity'), 'participants')).toBe(2213);
  });

  it('reproduce the 35 demonstration projects of 2019, each at most DKK 92,000', () => {
    const demo = activities.filter((a) => a.kind === 'demonstration_project');
    expect(demo).toHaveLength(35);
    expect(demo.every((a) => a.year === '2019' && Number(a.cost_dkk) <= 92_000 && Number(a.cost_dkk) > 0)).toBe(true);
    expect(Math.max(...demo.map((a) => Number(a.cost_dkk)))).toBe(92_000);
  });

  it('label every member and activity row synthetic, and keep counts consistent (SMEs ≤ companies ≤ participants)', () => {
    expect(members.every((m) => m.provenance === 'synthetic')).toBe(true);
    expect(activities.every((a) => a.provenance === 'synthetic')).toBe(true);
    expect(
      activities.every(
        (a) =>
          Number(a.sme_participants) <= Number(a.participating_companies) &&
          Number(a.participating_companies) <= Number(a.participants),
      ),
    ).toBe(true);
    expect(new Set(members.map((m) => m.member_id)).size).toBe(members.length);
    expect(new Set(activities.map((a) => a.activity_id)).size).toBe(activities.length);
  });
});
