import { describe, expect, it } from 'vitest';
import { cellText, exactArrayBuffer, numberText, plainDecimal, rectangle } from './cell-text';
import { excelNumberText } from './xlsx';

describe('plainDecimal', () => {
  it.each([
    ['1234.5', '1234.5'],
    ['1234.50', '1234.5'],
    ['+7', '7'],
    ['007', '7'],
    ['-0', '0'],
    ['-0.000', '0'],
    ['1E-3', '0.001'],
    ['1.5e3', '1500'],
    ['-2.5E+21', '-2500000000000000000000'],
    ['123456789012345678901234567890', '123456789012345678901234567890'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['abc', 'abc'],
    ['1,5', '1,5'],
    ['', ''],
    ['1e99999', '1e99999'],
  ])('%j → %j', (input, expected) => {
    expect(plainDecimal(input)).toBe(expected);
  });
});

describe('cell text', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['text', 'text'],
    [1234.5, '1234.5'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [NaN, 'NaN'],
    [9007199254740993n, '9007199254740993'],
    [true, 'true'],
    [new Date(Date.UTC(2024, 2, 1)), '2024-03-01'],
    [new Date(Date.UTC(2024, 2, 1, 13, 5)), '2024-03-01T13:05:00.000Z'],
    [new Date(NaN), ''],
    [[1, 2n], '[1,"2"]'],
    [{ a: 'x' }, '{"a":"x"}'],
    [new Uint8Array([0, 255]), '00ff'],
  ])('%o → %j', (input, expected) => {
    expect(cellText(input)).toBe(expected);
  });
  it.each([
    ['1234.4999999999998', '1234.5'],
    ['0.30000000000000004', '0.3'],
    ['1.2345678901234567E+19', '12345678901234600000'],
    ['42', '42'],
    ['not a number', 'not a number'],
  ])('Excel number %j → %j (15 significant digits, as Excel shows it)', (raw, expected) => {
    expect(excelNumberText(raw)).toBe(expected);
  });
  it('numberText never writes an exponent', () => {
    expect(numberText(123456789e20)).not.toMatch(/e/i);
  });
});

describe('rectangle / exactArrayBuffer', () => {
  it('pads short rows and drops trailing columns that are empty everywhere', () => {
    expect(rectangle(['a', 'b', ''], [['1'], ['1', '2', '', ''], ['', '', '', 'x']])).toEqual({
      headers: ['a', 'b', '', ''],
      rows: [
        ['1', '', '', ''],
        ['1', '2', '', ''],
        ['', '', '', 'x'],
      ],
    });
  });
  it('copies a view into a larger buffer, but not a view of a whole buffer', () => {
    const whole = new Uint8Array([1, 2, 3]);
    expect(exactArrayBuffer(whole)).toBe(whole.buffer);
    const part = whole.subarray(1);
    expect(new Uint8Array(exactArrayBuffer(part))).toEqual(new Uint8Array([2, 3]));
  });
});
