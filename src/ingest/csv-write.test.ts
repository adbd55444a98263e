import { describe, expect, it } from 'vitest';
import { csvField, plainDecimal, toCsv } from './csv-write';
import { parseGenericCsv } from './generic-csv';

describe('toCsv', () => {
  it.each([
    ['plain', 'abc', ',', 'abc'],
    ['comma', 'a,b', ',', '"a,b"'],
    ['quote', 'say "hi"', ',', '"say ""hi"""'],
    ['LF', 'a\nb', ',', '"a\nb"'],
    ['CR', 'a\rb', ',', '"a\rb"'],
    ['CRLF', 'a\r\nb', ',', '"a\r\nb"'],
    ['edge space', ' a', ',', '" a"'],
    ['semicolon needs no quotes with ,', 'a;b', ',', 'a;b'],
    ['semicolon with ;', 'a;b', ';', '"a;b"'],
    ['comma needs no quotes with ;', '1,5', ';', '1,5'],
    ['quote with ;', '"x"', ';', '"""x"""'],
    ['empty', '', ',', ''],
  ])('field: %s', (_n, value, delimiter, expected) => {
    expect(csvField(value, delimiter)).toBe(expected);
  });

  it('writes RFC 4180 with LF and a final newline; an all-empty row becomes a blank line', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          ['', ''],
          ['3', ''],
        ],
      ),
    ).toBe('a,b\n1,"x,y"\n\n3,\n');
  });

  it('keeps an all-empty row as a record with emptyRows: fields', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['', ''],
          ['1', ''],
        ],
        { delimiter: ';', newline: '\r\n', emptyRows: 'fields' },
      ),
    ).toBe('a;b\r\n;\r\n1;\r\n');
  });

  it('round-trips awkward values through the generic CSV reader', () => {
    const headers = ['id', 'text', 'n'];
    const rows = [
      ['1', 'he said "hi", then left', '1234.5'],
      ['2', 'line one\nline two', '-7'],
      ['3', 'crlf\r\ninside', ''],
      ['4', 'æøå ÆØÅ – €', '0'],
    ];
    const back = parseGenericCsv(toCsv(headers, rows));
    expect({ headers: back.headers, rows: back.rows }).toEqual({ headers, rows });
  });
});

describe('plainDecimal', () => {
  it.each([
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [-1e-7, '-0.0000001'],
    [1e21, '1000000000000000000000'],
    [-1.25e22, '-12500000000000000000000'],
    [123.456, '123.456'],
    [-1234.5, '-1234.5'],
    [0, '0'],
    [-0, '0'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
  ])('%s → %s', (v, s) => {
    expect(plainDecimal(v)).toBe(s);
  });

  it('writes the smallest subnormal and the largest double in full', () => {
    expect(plainDecimal(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
    expect(plainDecimal(1.7976931348623157e308)).toBe(`17976931348623157${'0'.repeat(292)}`);
  });

  it.each([
    1e-7,
    1e21,
    5e-324,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    2.2250738585072014e-308,
    0.1 + 0.2,
    1 / 3,
    -0,
    123456789.123,
    4.35e-15,
  ])('round-trips %s exactly, with . and with a decimal comma', (v) => {
    const s = plainDecimal(v);
    expect(s).not.toMatch(/[eE]/);
    expect(parseFloat(s)).toBe(v === 0 ? 0 : v);
    expect(parseFloat(s) === v).toBe(true);
    const da = plainDecimal(v, true);
    expect(da).not.toMatch(/[.eE]/);
    expect(parseFloat(da.replace(',', '.')) === v).toBe(true);
  });

  it('writes a decimal comma', () => {
    expect(plainDecimal(-1234.5, true)).toBe('-1234,5');
    expect(plainDecimal(1e-7, true)).toBe('0,0000001');
  });

  it.each([Infinity, -Infinity, NaN])('refuses %s', (v) => {
    expect(() => plainDecimal(v)).toThrow(RangeError);
  });
});
