import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { parseGenericCsv } from './generic-csv';

// The csv-spectrum set lives outside the repo (../shared/conformance/, see its README); never copied in.
const SPECTRUM = fileURLToPath(new URL('../../../shared/conformance/csv-spectrum/', import.meta.url));
const present = existsSync(`${SPECTRUM}csvs`) && existsSync(`${SPECTRUM}json`);
const names = present ? readdirSync(`${SPECTRUM}csvs`).filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4)).sort() : [];

function asObjects(text: string): Record<string, string>[] {
  const t = parseGenericCsv(text);
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * Why an expected file cannot be what a correct parser produces from its CSV, or null. csv-spectrum's JSON is
 * a list of rows, and every expected value occurs in the CSV (with `""` read as `"`).
 */
function inconsistency(csv: string, expected: unknown): string | null {
  if (!Array.isArray(expected)) return 'the expected JSON is not a list of rows (upstream csv-spectrum has one)';
  const text = csv.replaceAll('""', '"');
  for (const row of expected as Record<string, string>[]) {
    for (const [k, v] of Object.entries(row)) {
      if (!text.includes(k) || !text.includes(v)) return `expected ${JSON.stringify(k)}: ${JSON.stringify(v)} does not occur in the CSV`;
    }
  }
  return null;
}

describe.skipIf(!present)(`csv-spectrum${present ? '' : ' (skipped: ../shared/conformance/csv-spectrum/ not found; see its README)'}`, () => {
  it('has the 12 files of csv-spectrum 2.0.0', () => {
    expect(names).toHaveLength(12);
  });

  it.for(names)('%s.csv reproduces its json/*.json exactly', (name, ctx) => {
    const bytes = new Uint8Array(readFileSync(`${SPECTRUM}csvs/${name}.csv`));
    const expected: unknown = JSON.parse(readFileSync(`${SPECTRUM}json/${name}.json`, 'utf8'));
    const csv = decodeText(bytes).text;
    const why = inconsistency(csv, expected);
    // A damaged copy of the conformance data is reported, not papered over: the case says why it cannot pass.
    if (why) ctx.skip(`conformance data defect in ${name}: ${why}`);
    expect(asObjects(csv)).toEqual(expected);
  });
});

describe('parseGenericCsv', () => {
  it.each([
    // The cases csv-spectrum covers, inline, so they run in a fresh clone too.
    ['quoted comma', 'a,b\n"x, y",2\n', [{ a: 'x, y', b: '2' }]],
    ['escaped quotes', 'a,b\n1,"ha ""ha"" ha"\n', [{ a: '1', b: 'ha "ha" ha' }]],
    ['LF inside quotes', 'a,b\n"Once upon \na time",5\n', [{ a: 'Once upon \na time', b: '5' }]],
    ['CRLF inside quotes is kept', 'a,b\r\n"Once upon \r\na time",5\r\n7,8\r\n', [{ a: 'Once upon \r\na time', b: '5' }, { a: '7', b: '8' }]],
    ['empty quoted fields', 'a,b,c\n1,"",""\n2,3,4', [{ a: '1', b: '', c: '' }, { a: '2', b: '3', c: '4' }]],
    ['no trailing newline, UTF-8', 'a,b\n4,ʤ', [{ a: '4', b: 'ʤ' }]],
    ['leading zeros stay text', 'zip\n08123\n', [{ zip: '08123' }]],
    ['semicolons sniffed', 'a;b\n1,5;2\n', [{ a: '1,5', b: '2' }]],
    ['tabs sniffed', 'a\tb\n1\t2\n', [{ a: '1', b: '2' }]],
    ['BOM dropped', '\uFEFFa,b\n1,2\n', [{ a: '1', b: '2' }]],
    ['spaces kept', 'a,b\n 1 , 2 \n', [{ a: ' 1 ', b: ' 2 ' }]],
  ])('%s', (_n, text, expected) => {
    expect(asObjects(text)).toEqual(expected);
  });

  it('returns ragged rows as read, with the problem reported', () => {
    const t = parseGenericCsv('a,b\n1,2\n1,2,3\n4\n5,6\n');
    expect(t.rows).toEqual([['1', '2'], ['1', '2', '3'], ['4'], ['5', '6']]);
    expect(t.errors.length).toBeGreaterThan(0);
  });

  it('reports an unterminated quote', () => {
    const t = parseGenericCsv('a,b\n1,"open\n2,3\n');
    expect(t.errors.map((e) => e.message).join()).toMatch(/Quotes/);
  });

  it('takes an explicit delimiter', () => {
    expect(parseGenericCsv('a;b|c\n1;2|3\n', '|').headers).toEqual(['a;b', 'c']);
  });

  it('reads an empty text as no headers and no rows', () => {
    expect(parseGenericCsv('')).toMatchObject({ headers: [], rows: [] });
  });
});
