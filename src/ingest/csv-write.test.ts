import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv-write';
import { parseGenericCsv } from './generic-csv';

describe('toCsv', () => {
  it.each([
    ['plain', 'abc', 'abc'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['LF', 'a\nb', '"a\nb"'],
    ['CR', 'a\rb', '"a\rb"'],
    ['edge space', ' a', '" a"'],
    ['semicolon needs no quotes with ,', 'a;b', 'a;b'],
    ['empty', '', ''],
  ])('field: %s', (_n, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes RFC 4180 with LF and a final newline; an all-empty row becomes a blank line', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y'], ['', ''], ['3', '']])).toBe('a,b\n1,"x,y"\n\n3,\n');
  });

  it('round-trips awkward values through the generic CSV reader', () => {
    const headers = ['id', 'text', 'n'];
    const rows = [['1', 'he said "hi", then left', '1234.5'], ['2', 'line one\nline two', '-7'], ['3', 'crlf\r\ninside', ''], ['4', 'æøå ÆØÅ – €', '0']];
    const back = parseGenericCsv(toCsv(headers, rows));
    expect({ headers: back.headers, rows: back.rows }).toEqual({ headers, rows });
  });
});
