import { describe, expect, it } from 'vitest';
import { suggestColumns } from './column-guess';

describe('suggestColumns', () => {
  it('tells exact ids, synonyms and guesses apart, each file column serving one field', () => {
    const s = suggestColumns(['projekt_id', 'Emne', 'CVR-nr', 'Branche', 'Årstal', 'Beløb', 'Opnået', 'navn', 'Medarb']);
    expect(s.mapping).toMatchObject({
      project_id: 'projekt_id',
      theme: 'Emne',
      company_id: 'CVR-nr',
      nace: 'Branche',
      year: 'Årstal',
      annual_gain_dkk: 'Beløb',
      status: 'Opnået',
      company_name: 'navn',
      employees: 'Medarb',
    });
    expect(s.confidence).toMatchObject({
      project_id: 'exact',
      theme: 'synonym',
      company_id: 'synonym',
      nace: 'exact',
      year: 'synonym',
      annual_gain_dkk: 'synonym',
      status: 'synonym',
      employees: 'guess',
    });
    expect(s.missingRequired).toEqual([]);
  });

  it('guesses a shortening or a near spelling, and leaves what fits nothing unmapped', () => {
    const s = suggestColumns(['proj', 'temaa', 'xyz']);
    expect([s.mapping.project_id, s.confidence.project_id]).toEqual(['proj', 'guess']);
    expect([s.mapping.theme, s.confidence.theme]).toEqual(['temaa', 'guess']);
    expect(Object.values(s.mapping).filter((v) => v === 'xyz')).toEqual([]);
    expect(s.missingRequired).toContain('company_id');
  });

  it('takes a remembered choice over the suggestion, and ignores a damaged one', () => {
    const headers = ['id', 'emne'];
    const r = suggestColumns(headers, JSON.stringify({ project_id: 'id', theme: null }));
    expect([r.mapping.project_id, r.confidence.project_id, r.mapping.theme, r.confidence.theme]).toEqual([
      'id',
      'remembered',
      null,
      undefined,
    ]);
    expect(suggestColumns(headers, '{not json').mapping.theme).toBe('emne');
  });
});
