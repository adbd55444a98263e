import { describe, expect, it } from 'vitest';
import { csvCell, rowsToCsv } from './download';

describe('CSV export cells', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['@cmd', "'@cmd"],
    ['-2+3', "'-2+3"],
    ['\tx', "'\tx"],
    ['-1500.25', '-1500.25'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('%j → %j', (input, out) => expect(csvCell(input)).toBe(out));

  it('writes a header and CRLF rows', () => {
    expect(rowsToCsv([{ a: 1, b: null }, { a: '=x', b: 'y' }])).toBe("a,b\r\n1,\r\n'=x,y");
  });
});
