import { describe, expect, it } from 'vitest';
import {
  GAIN_COLUMNS,
  GAINS_SPEC,
  POPULATION_COLUMNS,
  POPULATION_SPEC,
  autoMap,
  headerSignature,
  matchHeader,
  normalizeHeader,
  type TableSpec,
} from './columns';

describe('normalizeHeader', () => {
  it.each([
    ['berørte_ansatte', 'berorte_ansatte'],
    ['Berorte_ansatte', 'berorte_ansatte'],
    [' BERØRTE_ANSATTE ', 'berorte_ansatte'],
    ['Berørte ansatte', 'berorte_ansatte'],
    ['berørte-ansatte', 'berorte_ansatte'],
    ['årlig_gevinst_dkk', 'arlig_gevinst_dkk'],
    ['ÅRLIG GEVINST (DKK)', 'arlig_gevinst_dkk'],
    ['År', 'ar'],
    ['Størrelse', 'storrelse'],
    ['Værditilvækst_dkk', 'vaerditilvaekst_dkk'],
    ['Annual gain (DKK)', 'annual_gain_dkk'],
    ['\tProject  ID\t', 'project_id'],
    ['Catégorie', 'categorie'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe('matchHeader (reported gains)', () => {
  it.each([
    ['project_id', 'project_id'],
    ['projekt_id', 'project_id'],
    ['Projekt-ID', 'project_id'],
    ['projekt', 'project_title'],
    ['Tema', 'theme'],
    ['virksomhed_id', 'company_id'],
    ['Virksomhed', 'company_name'],
    ['BRANCHE', 'nace'],
    ['NACE', 'nace'],
    [' ansatte ', 'employees'],
    ['berørte_ansatte', 'affected_employees'],
    ['Berorte_ansatte', 'affected_employees'],
    [' BERØRTE_ANSATTE ', 'affected_employees'],
    ['Affected employees', 'affected_employees'],
    ['størrelse', 'size_class'],
    ['Size class', 'size_class'],
    ['år', 'year'],
    ['AAR', null],
    ['gevinsttype', 'gain_type'],
    ['årlig_gevinst_dkk', 'annual_gain_dkk'],
    ['Arlig_Gevinst_DKK', 'annual_gain_dkk'],
    ['status', 'status'],
    ['comment', null],
  ] as const)('%j → %s', (header, expected) => {
    expect(matchHeader(header, GAINS_SPEC)).toBe(expected);
  });
});

describe('specs', () => {
  it.each([
    ['gains', GAINS_SPEC as TableSpec, GAIN_COLUMNS as readonly string[]],
    ['population', POPULATION_SPEC as TableSpec, POPULATION_COLUMNS as readonly string[]],
  ])('%s: columns in order, and no accepted name stands for two columns', (_n, spec, keys) => {
    expect(spec.columns.map((c) => c.key)).toEqual(keys);
    const owner = new Map<string, string>();
    for (const c of spec.columns) {
      for (const name of [c.key, ...c.aliases, c.label.en, c.label.da]) {
        const n = normalizeHeader(name);
        expect(owner.get(n) ?? c.key, `${name} of ${c.key}`).toBe(c.key);
        owner.set(n, c.key);
      }
    }
  });
  it("marks the issue's required reported-gains columns", () => {
    expect(GAINS_SPEC.columns.filter((c) => c.required).map((c) => c.key)).toEqual([
      'project_id',
      'theme',
      'company_id',
      'nace',
      'year',
      'annual_gain_dkk',
    ]);
    expect(POPULATION_SPEC.columns.filter((c) => c.required).map((c) => c.key)).toEqual([
      'nace',
      'size_class',
      'firms',
      'employees',
      'value_added_dkk',
    ]);
  });
});

describe('autoMap', () => {
  const DANISH = [
    'projekt_id',
    'projekt',
    'tema',
    'virksomhed_id',
    'virksomhed',
    'branche',
    'ansatte',
    'berørte_ansatte',
    'størrelse',
    'år',
    'gevinsttype',
    'årlig_gevinst_dkk',
    'status',
  ];

  it('maps English headers to their own positions', () => {
    const r = autoMap([...GAIN_COLUMNS]);
    expect(r.mapping).toEqual(Object.fromEntries(GAIN_COLUMNS.map((c, i) => [c, i])));
    expect(r).toMatchObject({ unmatchedRequired: [], duplicates: [], unmatched: [] });
  });

  it('maps Danish headers, whatever their case, accents and spacing', () => {
    for (const headers of [
      DANISH,
      DANISH.map((h) => ` ${h.toUpperCase()} `),
      DANISH.map((h) => h.replace(/ø/g, 'o').replace(/å/g, 'a')),
    ]) {
      const r = autoMap(headers);
      expect(r.mapping).toEqual(Object.fromEntries(GAIN_COLUMNS.map((c, i) => [c, i])));
      expect(r.unmatchedRequired).toEqual([]);
    }
  });

  it('reports missing required columns, unknown columns and duplicates (the first one is mapped)', () => {
    const r = autoMap(['Projekt ID', 'Comment', 'Tema', 'theme', 'År', 'Status']);
    expect(r.mapping).toMatchObject({ project_id: 0, theme: 2, year: 4, status: 5, nace: null, annual_gain_dkk: null });
    expect(r.unmatchedRequired).toEqual(['company_id', 'nace', 'annual_gain_dkk']);
    expect(r.duplicates).toEqual([{ column: 'theme', indexes: [2, 3] }]);
    expect(r.unmatched).toEqual([1]);
  });

  it('maps a population file with Danish headers through the same mechanism', () => {
    const r = autoMap(
      ['Branche', 'Branchenavn_da', 'Størrelse', 'Virksomheder', 'Ansatte', 'Værditilvækst_dkk', 'År', 'Kilde'],
      POPULATION_SPEC,
    );
    expect(r.mapping).toEqual({
      nace: 0,
      nace_name_da: 1,
      nace_name_en: null,
      size_class: 2,
      firms: 3,
      employees: 4,
      value_added_dkk: 5,
      year: 6,
      source: 7,
    });
    expect(r.unmatchedRequired).toEqual([]);
  });

  it('handles no headers', () => {
    expect(autoMap([]).unmatchedRequired).toHaveLength(6);
  });
});

describe('headerSignature', () => {
  it('is stable, ignores surrounding spaces and a BOM, and tells different headers apart', () => {
    const a = headerSignature(['projekt_id', 'tema', 'år']);
    expect(headerSignature(['projekt_id', 'tema', 'år'])).toBe(a);
    expect(headerSignature(['\uFEFFprojekt_id ', ' tema', 'år'])).toBe(a);
    expect(a).toMatch(/^h3-[0-9a-z]+$/);
    for (const other of [
      ['projekt_id', 'tema'],
      ['tema', 'projekt_id', 'år'],
      ['Projekt_id', 'tema', 'år'],
      ['projekt_id', 'tema', 'ar'],
      ['projekt_id,tema', 'år'],
    ]) {
      expect(headerSignature(other)).not.toBe(a);
    }
  });
});
