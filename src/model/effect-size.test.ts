import { describe, expect, it } from 'vitest';
import { effectSizes, participantBase, rate, weightedGain } from './effect-size';
import { DEFAULT_PARAMS, mustParams } from './parameters';
import { prepareUncached } from './prepare';
import { SMALL } from './test-fixtures';

const params = (o: Record<string, unknown>) => mustParams({ ...DEFAULT_PARAMS, ...o });

describe('step 1: weighted reported gain', () => {
  it.each([
    // realised, expected, expected_weight → R
    [90e6, 10e6, 0, 90e6],
    [90e6, 10e6, 1, 100e6],
    [90e6, 10e6, 0.5, 95e6],
    [0, 0, 1, 0],
  ])('R(%s, %s, w = %s) = %s', (r, e, w, out) => expect(weightedGain(r, e, w)).toBe(out));
});

describe('step 2: participant base', () => {
  it.each([
    // Σ affected × VA/emp, Σ employees-without-affected × VA/emp, affected_share → B
    [100e6, 160e6, 0.25, 140e6],
    [100e6, 160e6, 0, 100e6],
    [0, 160e6, 1, 160e6],
  ])('B(%s, %s, %s) = %s', (a, u, s, out) => expect(participantBase(a, u, s)).toBe(out));
  it('values affected employees at their industry × size class value added per employee', () => {
    // A: 100 affected in nace 10 250+ (1.0m/emp) = 100m; 200 employees without affected in nace 10 50-249 (0.8m/emp) = 160m.
    const [a, b] = prepareUncached(SMALL).themes;
    expect(a?.affectedValueAdded).toBeCloseTo(100e6, 6);
    expect(a?.unreportedValueAdded).toBeCloseTo(160e6, 6);
    // B: 50 affected in nace 25 10-49 (0.5m/emp) = 25m.
    expect(b?.affectedValueAdded).toBeCloseTo(25e6, 6);
  });
});

describe('step 3: effect size and pooling', () => {
  const prep = prepareUncached(SMALL);
  it('is R / B, or null without a base', () => {
    expect(rate(4e6, 140e6)).toBeCloseTo(1 / 35, 15);
    expect(rate(4e6, 0)).toBeNull();
  });
  it.each([
    // pooling, e_A, e_B. Theme: A = 4m / 140m = 1/35, B = 0.5m / 25m = 0.02. Programme: 4.5m / 165m = 3/110.
    ['theme', 1 / 35, 0.02],
    ['programme', 3 / 110, 3 / 110],
    ['theme_industry', 1 / 35, 0.02],
  ])('pooling = %s gives e_A = %s, e_B = %s', (pooling, eA, eB) => {
    const e = effectSizes(prep.themes, params({ pooling }));
    expect(e.themes.map((t) => t.rate)).toEqual([expect.closeTo(eA, 12), expect.closeTo(eB, 12)]);
    expect(e.programme.rate).toBeCloseTo(3 / 110, 12);
  });
  it('theme × industry: an industry with at least min_companies companies gets its own rate', () => {
    // A in nace 10 has 2 companies: own rate 4m / 140m only when min_companies ≤ 2.
    const own = effectSizes(prep.themes, params({ pooling: 'theme_industry', min_companies: 2 }));
    expect(own.themes[0]?.ownRates.get(10)?.rate).toBeCloseTo(1 / 35, 12);
    const none = effectSizes(prep.themes, params({ pooling: 'theme_industry', min_companies: 3 }));
    expect(none.themes[0]?.ownRates.size).toBe(0);
  });
  it('expected gains enter at expected_weight', () => {
    // A with w = 1: (4m + 2m) / 140m.
    expect(effectSizes(prep.themes, params({ expected_weight: 1 })).themes[0]?.rate).toBeCloseTo(6 / 140, 12);
  });
  it('a theme without base is excluded, not NaN', () => {
    const p = prepareUncached({ ...SMALL, bases: SMALL.bases.filter((b) => b.theme !== 'B') });
    const b = effectSizes(p.themes, DEFAULT_PARAMS).themes[1];
    expect(b).toMatchObject({ excluded: true, rate: 0, reported: 0.5e6, base: 0 });
  });

  it('keeps industries apart per theme when consecutive cells share an industry (regression: cached lookups)', () => {
    const g = (theme: string, nace: number, gainDkk: number) => ({
      theme,
      nace,
      sizeClass: '250+' as const,
      year: 2017,
      status: 'realised' as const,
      gainType: 'x',
      gainDkk,
      reports: 1,
    });
    const p = prepareUncached({ ...SMALL, gains: [g('A', 10, 1), g('B', 10, 2), g('A', 10, 4), g('A', 25, 8), g('B', 25, 16)] });
    expect(p.themes.map((t) => [t.theme, t.industries.get(10)?.realised, t.industries.get(25)?.realised])).toEqual([
      ['A', 5, 8],
      ['B', 2, 16],
    ]);
  });
});
