import { describe, expect, it } from 'vitest';
import { dkk, isShare, share, year } from './units';

describe('checked unit constructors', () => {
  it.each([0, 0.5, 1])('share(%s) is accepted', (n) => expect(share(n)).toBe(n));
  it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('share(%s) is refused', (n) => {
    expect(() => share(n)).toThrow(/share must be between 0 and 1/);
    expect(isShare(n)).toBe(false);
  });
  it('dkk refuses NaN and Infinity but takes negatives (a loss is a DKK amount)', () => {
    expect(dkk(-5)).toBe(-5);
    expect(() => dkk(Number.NaN)).toThrow(RangeError);
    expect(() => dkk(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
  });
  it('year takes whole four-digit years only', () => {
    expect(year(2017)).toBe(2017);
    expect(() => year(2017.5)).toThrow(/integer/);
    expect(() => year(17)).toThrow(RangeError);
  });
});
