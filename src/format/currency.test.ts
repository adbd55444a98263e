import { describe, expect, it } from 'vitest';
import { compactParts, formatDkk, formatEur, formatMoney, MINUS } from './index';

const M = MINUS;

describe('formatDkk compact (headline figures)', () => {
  it.each([
    [90_000_000, '90,0 mio. kr.', 'DKK 90.0m'],
    [8_390_000_000, '8,4 mia. kr.', 'DKK 8.4bn'],
    [6_097_500_000, '6,1 mia. kr.', 'DKK 6.1bn'],
    [8_400_000_000, '8,4 mia. kr.', 'DKK 8.4bn'],
    [1_000_000_000, '1,0 mia. kr.', 'DKK 1.0bn'],
    [999_499_999, '999 mio. kr.', 'DKK 999m'],
    [999_500_000, '1,0 mia. kr.', 'DKK 1.0bn'],
    [183_500_000, '184 mio. kr.', 'DKK 184m'],
    [100_000_000, '100 mio. kr.', 'DKK 100m'],
    [99_949_999, '99,9 mio. kr.', 'DKK 99.9m'],
    [99_950_000, '100 mio. kr.', 'DKK 100m'],
    [64_000_000, '64,0 mio. kr.', 'DKK 64.0m'],
    [1_000_000, '1,0 mio. kr.', 'DKK 1.0m'],
    [999_999.5, '1,0 mio. kr.', 'DKK 1.0m'],
    [999_999, '999.999 kr.', 'DKK 999,999'],
    [12_345.6, '12.346 kr.', 'DKK 12,346'],
    [0, '0 kr.', 'DKK 0'],
    [1_234_000_000_000, '1.234,0 mia. kr.', 'DKK 1,234.0bn'],
    [-8_390_000_000, `${M}8,4 mia. kr.`, `${M}DKK 8.4bn`],
    [-90_000_000, `${M}90,0 mio. kr.`, `${M}DKK 90.0m`],
    [-0.4, '0 kr.', 'DKK 0'],
    [Number.NaN, '–', '–'],
  ])('%s → %s | %s', (v, da, en) => {
    expect(formatDkk(v, 'da', { compact: true })).toBe(da);
    expect(formatDkk(v, 'en', { compact: true })).toBe(en);
  });
});

describe('formatDkk full', () => {
  it.each([
    [1_234_567, {}, '1.234.567 kr.', 'DKK 1,234,567'],
    [90_000_000, {}, '90.000.000 kr.', 'DKK 90,000,000'],
    [1_234_567.891, { decimals: 2 }, '1.234.567,89 kr.', 'DKK 1,234,567.89'],
    [-1_234_567, {}, `${M}1.234.567 kr.`, `${M}DKK 1,234,567`],
    [0.5, {}, '1 kr.', 'DKK 1'],
  ] as const)('%s %o → %s | %s', (v, opts, da, en) => {
    expect(formatDkk(v, 'da', opts)).toBe(da);
    expect(formatDkk(v, 'en', opts)).toBe(en);
  });
});

describe('formatEur', () => {
  it.each([
    [813_000_000, { compact: true }, '813 mio. EUR', 'EUR 813m'],
    [6_097_500_000 / 7.5, { compact: true }, '813 mio. EUR', 'EUR 813m'],
    [24_200_000, { compact: true }, '24,2 mio. EUR', 'EUR 24.2m'],
    [1_118_666_667, { compact: true }, '1,1 mia. EUR', 'EUR 1.1bn'],
    [1_234_567, {}, '1.234.567 EUR', 'EUR 1,234,567'],
    [-813_000_000, { compact: true }, `${M}813 mio. EUR`, `${M}EUR 813m`],
  ] as const)('%s %o → %s | %s', (v, opts, da, en) => {
    expect(formatEur(v, 'da', opts)).toBe(da);
    expect(formatEur(v, 'en', opts)).toBe(en);
  });

  it('formatMoney is the shared path', () => {
    expect(formatMoney(813_000_000, 'EUR', 'da', { compact: true })).toBe(formatEur(813_000_000, 'da', { compact: true }));
  });
});

describe('compactParts', () => {
  it.each([
    [8_390_000_000, { scaled: 8.4, decimals: 1, unit: 'billion' }],
    [8_350_000_000, { scaled: 8.4, decimals: 1, unit: 'billion' }],
    [8_349_999_999, { scaled: 8.3, decimals: 1, unit: 'billion' }],
    [813_000_000, { scaled: 813, decimals: 0, unit: 'million' }],
    [90_050_000, { scaled: 90.1, decimals: 1, unit: 'million' }],
    [950_000, { scaled: 950_000, decimals: 0, unit: 'none' }],
  ] as const)('%s → %o', (v, want) => {
    expect(compactParts(v)).toEqual(want);
  });
});
