import { describe, expect, it } from 'vitest';
import { parseGenericCsv } from './generic-csv';

function asObjects(text: string): Record<string, string>[] {
  const t = parseGenericCsv(text);
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i] ?? ''])));
}

// csv-spectrum itself runs through the whole extra-table import in src/queries/import-table.test.ts.
describe('parseGenericCsv', () => {
  it.each([
    // The cases csv-spectrum covers, inline, so they run in a fresh clone too.
    ['quoted comma', 'a,b\n"x, y",2\n', [{ a: 'x, y', b: '2' }]],
    ['escaped quotes', 'a,b\n1,"ha ""ha"" ha"\n', [{ a: '1', b: 'ha "ha" ha' }]],
    ['LF inside quotes', 'a,b\n"Once upon \na time",5\n', [{ a: 'Once upon \na time', b: '5' }]],
    [
      'CRLF inside quotes is kept',
      'a,b\r\n"Once upon \r\na time",5\r\n7,8\r\n',
      [
        { a: 'Once upon \r\na time', b: '5' },
        { a: '7', b: '8' },
      ],
    ],
    [
      'empty quoted fields',
      'a,b,c\n1,"",""\n2,3,4',
      [
        { a: '1', b: '', c: '' },
        { a: '2', b: '3', c: '4' },
      ],
    ],
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
