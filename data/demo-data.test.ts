import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDkk, formatEur } from '../src/format';
import { SIZE_CLASSES } from '../src/model';
import { parseCsv } from './generator/csv';
import { DEMO_DIR, GAINS_HEADER, generateDemo, POPULATION_HEADER } from './generator/generate-demo';
import { outcome, TARGET_NATIONAL_POTENTIAL_DKK } from './generator/tune';
import { toModelInput } from './generator/model-input';
import { sizeClassOf } from './generator/programme';
import { buildRelevance } from './generator/relevance';
import { summarisePopulation, type PopulationRow } from './generator/population';

const read = (name: string) => readFileSync(join(DEMO_DIR, name), 'utf8');

// The flat file stays splittable on commas (no quoted fields): parse it the simplest way on purpose.
const gainsText = read('reported-gains.csv');
const [headerLine = '', ...lines] = gainsText.trimEnd().split('\n');
const gains = lines.map((line) => {
  const cells = line.split(',');
  const row = Object.fromEntries(GAINS_HEADER.map((h, i) => [h, cells[i] ?? ''])) as Record<
    (typeof GAINS_HEADER)[number],
    string
  >;
  return {
    ...row,
    cells: cells.length,
    nace: Number(row.nace),
    employees: Number(row.employees),
    year: Number(row.year),
    annual_gain_dkk: Number(row.annual_gain_dkk),
    affected: row.affected_employees === '' ? null : Number(row.affected_employees),
  };
});

const [popHeader, ...popCells] = parseCsv(read('population.csv'));
const population: PopulationRow[] = popCells.map((c) => ({
  nace: Number(c[0]),
  nameDa: c[1] ?? '',
  nameEn: c[2] ?? '',
  sizeClass: c[3] as PopulationRow['sizeClass'], // checked against SIZE_CLASSES below
  firms: Number(c[4]),
  employees: Number(c[5]),
  valueAddedDkk: Number(c[6]),
}));
const popYears = new Set(popCells.map((c) => c[7]));
const [relHeader, ...relCells] = parseCsv(read('relevance.csv'));
const relevance = relCells.map((c) => ({ theme: c[0] ?? '', nace: Number(c[1]), relevance: Number(c[2]), note: c[3] ?? '' }));

describe('reported-gains.csv', () => {
  it('has the canonical header and 13 unquoted fields on every line', () => {
    expect(headerLine).toBe(
      'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status',
    );
    expect(gainsText).not.toMatch(/["\r]/);
    expect(gains.every((g) => g.cells === 13)).toBe(true);
  });

  it('realised gains sum to exactly DKK 90,000,000, in whole kroner', () => {
    expect(gains.every((g) => Number.isInteger(g.annual_gain_dkk))).toBe(true);
    expect(gains.filter((g) => g.status === 'realised').reduce((s, g) => s + g.annual_gain_dkk, 0)).toBe(90_000_000);
  });

  it('is a MADE SPIR-like programme: ~40 projects, 6 themes, ~150 companies, several hundred reports 2015–2017', () => {
    const projects = new Map<string, Set<string>>();
    for (const g of gains) projects.set(g.project_id, (projects.get(g.project_id) ?? new Set()).add(g.theme));
    expect(projects.size).toBeGreaterThanOrEqual(35);
    expect(projects.size).toBeLessThanOrEqual(45);
    expect([...projects.values()].every((themes) => themes.size === 1)).toBe(true);
    expect(new Set(gains.map((g) => g.theme)).size).toBe(6);
    const companies = new Set(gains.map((g) => g.company_id)).size;
    expect(companies).toBeGreaterThanOrEqual(140);
    expect(companies).toBeLessThanOrEqual(160);
    expect(gains.length).toBeGreaterThanOrEqual(300);
    expect(new Set(gains.map((g) => g.year))).toEqual(new Set([2015, 2016, 2017]));
    expect(new Set(gains.map((g) => g.status))).toEqual(new Set(['realised', 'expected']));
    expect(new Set(gains.map((g) => g.gain_type))).toEqual(
      new Set(['productivity', 'cost_saving', 'quality', 'energy', 'revenue']),
    );
    expect(gains.every((g) => g.nace >= 10 && g.nace <= 33 && g.annual_gain_dkk > 0)).toBe(true);
  });

  it('gives each company one name, industry, size and affected count across its rows', () => {
    const byCompany = new Map<string, string>();
    for (const g of gains) {
      const key = [g.company_name, g.nace, g.employees, g.affected_employees, g.size_class].join('|');
      expect(byCompany.get(g.company_id) ?? key, g.company_id).toBe(key);
      byCompany.set(g.company_id, key);
    }
    expect(new Set([...byCompany.values()].map((k) => k.split('|')[0])).size).toBe(byCompany.size);
  });

  it('keeps affected_employees a whole number ≤ employees, left empty for about 10% of companies', () => {
    for (const g of gains) {
      expect(Number.isInteger(g.employees) && g.employees > 0, g.company_id).toBe(true);
      if (g.affected !== null)
        expect(Number.isInteger(g.affected) && g.affected >= 1 && g.affected <= g.employees, g.company_id).toBe(true);
    }
    const companies = new Map(gains.map((g) => [g.company_id, g.affected]));
    const empty = [...companies.values()].filter((a) => a === null).length / companies.size;
    expect(empty).toBeGreaterThanOrEqual(0.05);
    expect(empty).toBeLessThanOrEqual(0.15);
  });

  it('has size_class consistent with employees', () => {
    for (const g of gains) expect(g.size_class, g.company_id).toBe(sizeClassOf(g.employees));
  });

  it('uses no real company names', () => {
    const real =
      /grundfos|danfoss|lego|vestas|novo|carlsberg|arla|danish crown|rockwool|flsmidth|coloplast|velux|linak|terma|bang|lundbeck|siemens|maersk|demant|gn |ecco|jysk|martin|universal robots|kmd|leo pharma/i;
    expect(gains.filter((g) => real.test(g.company_name)).map((g) => g.company_name)).toEqual([]);
  });
});

describe('population.csv (an estimate matched to sourced totals)', () => {
  it('covers NACE 10–33 × the four size classes exactly once, with names and one reference year', () => {
    expect(popHeader).toEqual([...POPULATION_HEADER]);
    const keys = population.map((p) => `${p.nace}|${p.sizeClass}`);
    const want = Array.from({ length: 24 }, (_, i) => 10 + i).flatMap((n) => SIZE_CLASSES.map((s) => `${n}|${s}`));
    expect(keys.sort()).toEqual(want.sort());
    expect(population.every((p) => p.nameDa.length > 0 && p.nameEn.length > 0)).toBe(true);
    expect(population.find((p) => p.nace === 10)?.nameDa).toBe('Fremstilling af fødevarer');
    expect(population.find((p) => p.nace === 33)?.nameEn).toBe('Repair and installation of machinery and equipment');
    expect([...popYears]).toEqual(['2017']);
  });

  it('is internally coherent: firms, employees and value added are zero together', () => {
    for (const p of population) {
      expect([p.firms, p.employees, p.valueAddedDkk].every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      expect(p.firms === 0).toBe(p.employees === 0);
      expect(p.employees === 0).toBe(p.valueAddedDkk === 0);
    }
  });

  it("matches METHOD.md's sourced totals", () => {
    const s = summarisePopulation(population);
    expect(s.employees).toBe(309_000); // wage earners 2016, Statistics Denmark news 26775
    expect(s.valueAddedDkk).toBeGreaterThanOrEqual(260e9); // GVA DKK 260–290bn 2017
    expect(s.valueAddedDkk).toBeLessThanOrEqual(290e9);
    expect(s.firmsFrom10).toBeGreaterThanOrEqual(2_700); // ≈ 3,000 units with ≥ 10 employees
    expect(s.firmsFrom10).toBeLessThanOrEqual(3_300);
    expect(s.smallFirmShareOfValueAdded).toBeGreaterThanOrEqual(0.075); // < 20 persons: 8.5% of GVA (2017)
    expect(s.smallFirmShareOfValueAdded).toBeLessThanOrEqual(0.095);
    expect(s.pharmaShareOfValueAdded).toBeGreaterThanOrEqual(0.15); // pharma: a large share of GVA …
    expect(s.pharmaShareOfEmployees).toBeLessThanOrEqual(0.1); // … with few employees
  });
});

describe('relevance.csv', () => {
  it('rates pharmaceuticals low for every theme and keeps values in 0..1 for known themes and industries', () => {
    expect(relHeader).toEqual(['theme', 'nace', 'relevance', 'note']);
    const themes = new Set(gains.map((g) => g.theme));
    for (const t of themes) expect(relevance.find((r) => r.theme === t && r.nace === 21)?.relevance).toBeLessThanOrEqual(0.1);
    for (const r of relevance) {
      expect(themes.has(r.theme), r.theme).toBe(true);
      expect(r.nace >= 10 && r.nace <= 33 && r.relevance >= 0 && r.relevance <= 1 && r.note.length > 0).toBe(true);
    }
    expect(new Set(relevance.map((r) => `${r.theme}|${r.nace}`)).size).toBe(relevance.length);
  });
});

describe('calibration (METHOD.md): the damvad-2017 preset on the committed files', () => {
  const rows = gains.map((g) => ({
    ...g,
    affected_employees: g.affected,
    size_class: g.size_class as PopulationRow['sizeClass'],
    status: g.status as 'realised' | 'expected',
  })); // values checked above
  const out = outcome(toModelInput(rows, population, relevance));

  it('gives N = 8.39bn ± 0.05% and S = 0.72675 N, EUR at 7.50', () => {
    expect(Math.abs(out.nationalPotential / TARGET_NATIONAL_POTENTIAL_DKK - 1)).toBeLessThanOrEqual(0.0005);
    expect(out.socialGain / out.nationalPotential).toBeCloseTo(0.72675, 6);
    expect(out.socialGainEur).toBeCloseTo(out.socialGain / 7.5, 0);
  });

  it('displays exactly as published', () => {
    expect(formatDkk(90_000_000, 'da', { compact: true })).toBe('90,0 mio. kr.');
    expect(formatDkk(out.nationalPotential, 'da', { compact: true })).toBe('8,4 mia. kr.');
    expect(formatDkk(out.socialGain, 'da', { compact: true })).toBe('6,1 mia. kr.');
    expect(formatEur(out.socialGainEur, 'da', { compact: true })).toBe('813 mio. EUR');
    expect(formatDkk(out.nationalPotential, 'en', { compact: true })).toBe('DKK 8.4bn');
  });
});

describe('the generator', () => {
  const first = generateDemo();

  it('is deterministic: two runs give identical files', () => {
    expect(generateDemo().files).toEqual(first.files);
  });

  it('wrote the committed files (tuned affected_employees aside, which move with the model; the band test above covers them)', () => {
    const fixed = (csv: string) =>
      csv.split('\n').map((l) =>
        l
          .split(',')
          .filter((_, i) => i !== 7)
          .join(','),
      );
    const hint = 'regenerate with: npx tsx data/generator/generate-demo.ts';
    expect(fixed(gainsText), hint).toEqual(fixed(first.files['reported-gains.csv']));
    expect(read('population.csv'), hint).toBe(first.files['population.csv']);
    expect(read('relevance.csv'), hint).toBe(first.files['relevance.csv']);
    expect(buildRelevance().length).toBe(relevance.length);
  });

  it('lands on the target it was tuned for', () => {
    expect(Math.abs(first.outcome.nationalPotential / TARGET_NATIONAL_POTENTIAL_DKK - 1)).toBeLessThanOrEqual(0.0005);
  });
});
