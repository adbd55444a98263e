import { describe, expect, it } from 'vitest';
import { formatInteger, formatNumber, formatPercent, formatRatio, formatYear, isLocale, MINUS } from './index';

const M = MINUS;

describe('formatNumber', () => {
  it.each([
    [1234567.25, 'da', {}, '1.234.567,25'],
    [1234567.25, 'en', {}, '1,234,567.25'],
    [0.125, 'da', {}, '0,13'],
    [12, 'da', { decimals: 1 }, '12,0'],
    [-1234.5, 'da', {}, `${M}1.234,5`],
    [-1234.5, 'en', {}, `${M}1,234.5`],
    [-0, 'da', {}, '0'],
    [-0.001, 'da', { decimals: 1 }, '0,0'],
    [8_390_000_000, 'da', { compact: true }, '8,4 mia.'],
    [8_390_000_000, 'en', { compact: true }, '8.4bn'],
    [-90_000_000, 'en', { compact: true }, `${M}90.0m`],
    [Number.NaN, 'da', {}, '–'],
    [Number.POSITIVE_INFINITY, 'en', {}, '–'],
  ] as const)('%s %s %o → %s', (v, loc, opts, want) => {
    expect(formatNumber(v, loc, opts)).toBe(want);
  });
});

describe('formatInteger', () => {
  it.each([
    [1234567, 'da', '1.234.567'],
    [1234567, 'en', '1,234,567'],
    [309000, 'da', '309.000'],
    [2.5, 'da', '3'],
    [-2.5, 'en', `${M}3`],
    [-0.4, 'da', '0'],
    [0, 'en', '0'],
  ] as const)('%s %s → %s', (v, loc, want) => {
    expect(formatInteger(v, loc)).toBe(want);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.727, 'da', {}, '72,7 %'],
    [0.727, 'en', {}, '72.7%'],
    [0.72675, 'da', {}, '72,7 %'],
    [0.145, 'da', {}, '14,5 %'],
    [0.085, 'en', { decimals: 0 }, '9%'],
    [1, 'da', { decimals: 0 }, '100 %'],
    [-0.05, 'da', {}, `${M}5,0 %`],
    [-0.00001, 'en', {}, '0.0%'],
    [12.5, 'en', {}, '1,250.0%'],
    [Number.NaN, 'da', {}, '–'],
  ] as const)('%s %s %o → %s', (v, loc, opts, want) => {
    expect(formatPercent(v, loc, opts)).toBe(want);
  });
});

describe('formatRatio', () => {
  it.each([
    [1.8, 'da', { label: 'BCR' }, 'BCR 1,8'],
    [1.8, 'en', { label: 'BCR' }, 'BCR 1.8'],
    [93.333, 'da', {}, '93,3'],
    [0.72675, 'en', { decimals: 4 }, '0.7268'],
    [-1.25, 'da', { label: 'BCR' }, `BCR ${M}1,3`],
  ] as const)('%s %s %o → %s', (v, loc, opts, want) => {
    expect(formatRatio(v, loc, opts)).toBe(want);
  });
});

describe('formatYear', () => {
  it.each([
    [2017, '2017'],
    [1995, '1995'],
    [2016.6, '2017'],
  ])('%s → %s', (y, want) => {
    expect(formatYear(y, 'da')).toBe(want);
    expect(formatYear(y, 'en')).toBe(want);
  });
});

describe('output', () => {
  it('contains no no-break or thin spaces and no hyphen-minus', () => {
    const all = [formatPercent(-0.5, 'da'), formatNumber(-1e6, 'da'), formatNumber(-8.4e9, 'da', { compact: true })];
    for (const s of all) expect(s).not.toMatch(/[\u00a0\u202f\u2009-]/);
  });
  it('isLocale accepts exactly da and en', () => {
    expect(['da', 'en', 'de', 'DA', null].map(isLocale)).toEqual([true, true, false, false, false]);
  });
});
