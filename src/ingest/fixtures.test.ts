import { describe, expect, it } from 'vitest';
import { GAIN_COLUMNS, autoMap } from './columns';
import { decodeText, toUtf8Bytes } from './decode';
import { parseGenericCsv } from './generic-csv';
import { readParquet } from './parquet';
import { sniffDialect } from './sniff';
import { expectations, fixture } from './test-fixtures';
import { readXlsx } from './xlsx';

const expected = expectations();
const TEXT_FIXTURES = Object.keys(expected).filter((f) => expected[f]?.encoding !== undefined);
const TWINS = ['english.csv', 'danish-excel.csv', 'utf16.csv', 'pipe.txt', 'tabs.tsv', 'english.xlsx', 'english.parquet'];

const DA: Record<string, string> = {
  produktivitet: 'productivity',
  omkostningsbesparelse: 'cost_saving',
  kvalitet: 'quality',
  energi: 'energy',
  omsætning: 'revenue',
  realiseret: 'realised',
  forventet: 'expected',
};

/** A fixture's rows in one comparable form: canonical column order, numbers as JS numbers, Danish words in English. */
async function canonicalRows(name: string): Promise<Record<string, string | number>[]> {
  let headers: string[];
  let rows: string[][];
  if (name.endsWith('.xlsx')) ({ headers, rows } = await readXlsx(fixture(name)));
  else if (name.endsWith('.parquet')) ({ headers, rows } = await readParquet(fixture(name)));
  else ({ headers, rows } = parseGenericCsv(decodeText(fixture(name)).text));
  const comma = name === 'danish-excel.csv';
  const num = (v: string) => (v === '' ? '' : Number(comma ? v.replaceAll('.', '').replace(',', '.') : v));
  const { mapping } = autoMap(headers);
  return rows.map((r) =>
    Object.fromEntries(
      GAIN_COLUMNS.map((c) => {
        const v = r[mapping[c] ?? -1] ?? '';
        const isNum = ['nace', 'employees', 'affected_employees', 'year', 'annual_gain_dkk'].includes(c);
        return [c, isNum ? num(v) : (DA[v] ?? v)];
      }),
    ),
  );
}

describe('import fixtures', () => {
  it.each(TEXT_FIXTURES)('%s: encoding and dialect are detected as expected.json says', (name) => {
    const bytes = fixture(name);
    const e = expected[name];
    const { encoding, bytes: utf8 } = toUtf8Bytes(bytes);
    expect(encoding).toBe(e?.encoding);
    const d = sniffDialect(new TextDecoder().decode(utf8.subarray(0, 65536)));
    expect({ delimiter: d.delimiter, newline: d.newline }).toEqual({ delimiter: e?.delimiter, newline: e?.newline });
  });

  it.each(Object.keys(expected))('%s: every canonical column maps by name, the rows in are as expected', async (name) => {
    const rows = await canonicalRows(name);
    expect(rows).toHaveLength(expected[name]?.rowsIn ?? -1);
  });

  it('the twins hold the same rows, so they import to identical totals', async () => {
    const reference = await canonicalRows('english.csv');
    for (const name of TWINS) expect(await canonicalRows(name), name).toEqual(reference);
    const sum = (status: string) =>
      Math.round(reference.filter((r) => r.status === status).reduce((s, r) => s + Number(r.annual_gain_dkk), 0) * 100) / 100;
    expect({ realised: sum('realised'), expected: sum('expected') }).toEqual({
      realised: expected['english.csv']?.realisedTotal,
      expected: expected['english.csv']?.expectedTotal,
    });
  });

  it('danish-excel.csv is Windows-1252 with CRLF and Danish headers, decoded to the same text values as its twin', () => {
    const bytes = fixture('danish-excel.csv');
    expect(bytes.includes(0xf8)).toBe(true); // ø as one byte
    expect(bytes.includes(0x96)).toBe(true); // – as one byte (0x80–0x9F range)
    const { text } = decodeText(bytes);
    expect(text.split('\r\n')[0]).toContain('berørte_ansatte;størrelse;år;gevinsttype;årlig_gevinst_dkk');
    expect(text).toContain('1.234.567,50');
    expect(text).toContain('Lean i værkstedet – fase 2');
  });

  it('with-bad-rows.expected.json names the four bad lines, and those lines hold the bad values', () => {
    const bad = JSON.parse(new TextDecoder().decode(fixture('with-bad-rows.expected.json'))) as {
      rejectedLines: number[];
      rowsIn: number;
      rowsLoaded: number;
      rowsRejected: number;
    };
    expect(bad).toMatchObject({ rowsIn: 14, rowsLoaded: 10, rowsRejected: 4, rejectedLines: [4, 7, 9, 12] });
    const lines = decodeText(fixture('with-bad-rows.csv')).text.split('\n');
    expect(lines[3]).toContain(',12.5oo,');
    expect(lines[6]?.startsWith(',')).toBe(true);
    expect(lines[8]).toContain(',45,');
    expect(lines[11]).toContain(',1890,');
  });
});
