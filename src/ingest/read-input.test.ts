import { describe, expect, it } from 'vitest';
import { GAINS_SPEC, POPULATION_SPEC } from './columns';
import { mapColumns, notThatTable, requiredColumns } from './map-columns';
import { fileKind, readInput } from './read-input';
import { InputRefused } from './input-guard';
import { fixture } from './test-fixtures';

const enc = (s: string) => new TextEncoder().encode(s);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof InputRefused ? e.problem : e),
  );

describe('readInput: guard → decode → sniff, the first steps of every import', () => {
  it.each([
    ['english.csv', 'csv', 'utf-8', ','],
    ['danish-excel.csv', 'csv', 'windows-1252', ';'],
    ['utf16.csv', 'csv', 'utf-16le', ','],
    ['tabs.tsv', 'csv', 'utf-8', '\t'],
    ['pipe.txt', 'csv', 'utf-8', '|'],
    ['english.xlsx', 'xlsx', 'xlsx', ','],
    ['english.parquet', 'parquet', 'parquet', ','],
  ])('%s → %s, %s, %j', async (name, kind, encoding, delimiter) => {
    const input = await readInput(name, fixture(name));
    expect({ kind: input.kind, encoding: input.encoding.replace('-bom', ''), delimiter: input.dialect.delimiter }).toEqual({
      kind,
      encoding,
      delimiter,
    });
    expect(new TextDecoder().decode(input.utf8)).toMatch(/project_id|projekt/i);
  });

  it.each([
    ['empty', new Uint8Array(), { code: 'empty' }],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { code: 'binary', format: 'PNG' }],
    ['a zip that is no workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { code: 'not-workbook' }],
    ['headers only', enc('a,b\n\n'), { code: 'headers-only', columns: 2 }],
  ])('refuses %s', async (_what, bytes, problem) => {
    expect(await refusal(readInput('f', bytes))).toEqual(problem);
  });

  it('refuses a file over the given limit before looking inside it', async () => {
    expect(await refusal(readInput('f', enc('a,b\n1,2\n'), 4))).toEqual({ code: 'too-large', bytes: 8, limit: 4 });
  });

  it('tells the kind from the first bytes, never the name', () => {
    expect([fileKind(enc('PK..')), fileKind(enc('PAR1')), fileKind(enc('a,b'))]).toEqual(['xlsx', 'parquet', 'csv']);
  });
});

describe("mapColumns: a file column for each of the spec's, required ones from the spec", () => {
  it('takes the required columns from the spec', () => {
    expect(requiredColumns(GAINS_SPEC)).toEqual(['project_id', 'theme', 'company_id', 'nace', 'year', 'annual_gain_dkk']);
    expect(requiredColumns(POPULATION_SPEC)).toEqual(['nace', 'size_class', 'firms', 'employees', 'value_added_dkk']);
  });

  it('maps Danish headers and names what is missing', () => {
    const r = mapColumns(['Branche', 'Størrelse', 'Ansatte', 'x'], POPULATION_SPEC);
    expect(r.mapping).toMatchObject({ nace: 'Branche', size_class: 'Størrelse', employees: 'Ansatte', firms: null });
    expect(r.missingRequired).toEqual(['firms', 'value_added_dkk']);
    expect(notThatTable('p.csv', POPULATION_SPEC, r.missingRequired).message).toBe(
      'p.csv is not a population table: it has no column for firms, value_added_dkk (expected headers: nace, nace_name_da, nace_name_en, size_class, firms, employees, value_added_dkk, year, source).',
    );
  });

  it('lets a remembered choice win where its column is still there, and ignores a damaged one', () => {
    const cols = ['proj', 'subject', 'firm', 'industry', 'yr', 'gain'];
    const saved = JSON.stringify({
      project_id: 'proj',
      theme: 'subject',
      company_id: 'firm',
      nace: 'industry',
      year: 'yr',
      annual_gain_dkk: 'gain',
      status: 'gone',
    });
    expect(mapColumns(cols, GAINS_SPEC, saved)).toMatchObject({
      missingRequired: [],
      mapping: { project_id: 'proj', status: null },
    });
    expect(mapColumns(cols, GAINS_SPEC, '{not json').missingRequired).toHaveLength(6);
  });
});
