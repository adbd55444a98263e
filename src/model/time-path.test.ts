import { describe, expect, it } from 'vitest';
import { discountFactors, discountRate } from './discounting';
import { DEFAULT_PARAMS, mustParams } from './parameters';
import { presentValue } from './present-value';
import { bass, cohortPath, dissemination } from './time-path';

const params = (o: Record<string, unknown>) => mustParams({ ...DEFAULT_PARAMS, ...o });

describe('step 8: dissemination D(k)', () => {
  it.each([
    // Logistic m = 8, s = 2.5: Λ(0) = 1 / (1 + e^3.2) = 0.0391657; D(k) = (Λ(k) − Λ(0)) / (1 − Λ(0)).
    [1, 0.018898631671383975],
    [4, 0.13406671173749563],
    [8, 0.4796188980108169],
    [12, 0.8251710842841381],
    [20, 0.9915047044565071],
  ])('logistic, defaults: D(%s) = %s', (k, d) => expect(dissemination(DEFAULT_PARAMS)[k]).toBeCloseTo(d, 12));

  it('starts at 0 in t₀', () => expect(dissemination(DEFAULT_PARAMS)[0]).toBe(0));

  it.each([
    // F(u) = (1 − e^{−0.41u}) / (1 + (0.38/0.03) e^{−0.41u})
    [1, 0.03575816425644162],
    [2, 0.08505628140218216],
    [5, 0.3311986424913736],
    [10, 0.8128032212213462],
  ])('Bass p = 0.03, q = 0.38: F(%s) = %s', (u, f) => expect(bass(u, 0.03, 0.38)).toBeCloseTo(f, 12));

  it('Bass with a lag: nothing before the lag, F(k − lag) after', () => {
    const d = dissemination(params({ curve: 'bass', lag_years: 3 }));
    expect([d[1], d[3], d[4], d[8]]).toEqual([
      0,
      0,
      expect.closeTo(0.03575816425644162, 12),
      expect.closeTo(0.3311986424913736, 12),
    ]);
  });

  it.each([
    [0, 0.38, 0],
    [0, 0, 0],
    [0.2, 0, 1 - Math.exp(-0.2 * 5)],
  ])('Bass p = %s, q = %s at u = 5 is %s (no division by zero)', (p, q, f) => expect(bass(5, p, q)).toBeCloseTo(f, 12));
});

describe('cohort persistence', () => {
  it.each([
    // D = 0, 0.5, 1: δ = 0 → C = D; δ = 0.1 → C(1) = 0.5, C(2) = 0.5 × 0.9 + 0.5 = 0.95.
    [0, [0, 0.5, 1]],
    [0.1, [0, 0.5, 0.95]],
    [0.5, [0, 0.5, 0.75]],
  ])('δ = %s', (decay, c) =>
    expect([...cohortPath(Float64Array.from([0, 0.5, 1]), decay)]).toEqual(c.map((x) => expect.closeTo(x, 12))),
  );
});

describe('discounting', () => {
  it.each([
    ['2013', 1, 0.04],
    ['2013', 35, 0.04],
    ['2013', 36, 0.03],
    ['2013', 70, 0.03],
    ['2013', 71, 0.02],
    ['2021', 1, 0.035],
    ['2021', 36, 0.025],
    ['2021', 71, 0.015],
    ['flat', 50, 0.07],
  ] as const)('%s profile, year %s: %s', (profile, y, r) => expect(discountRate(profile, 0.07, y)).toBe(r));

  it('DF is the product of the yearly factors', () => {
    const df = discountFactors({ discount_profile: '2013', discount_rate: 0, horizon_years: 36 });
    expect(df[1]).toBeCloseTo(1 / 1.04, 15);
    expect(df[36]).toBeCloseTo(0.24603443759931126, 14); // 1 / (1.04^35 × 1.03)
  });
});

describe('present value, BCR and payback', () => {
  // S = 1m; logistic m = 1, s = 1, so D = 0, 0.31606, 0.63212, 0.83694; flat 10 %; H = 3.
  const base = {
    diffusion_midpoint_years: 1,
    diffusion_speed_years: 1,
    discount_profile: 'flat',
    discount_rate: 0.1,
    horizon_years: 3,
  };
  it.each([
    ['no decay: Σ D(k) / 1.1^k', {}, 1438550.2076942697],
    ['decay 0.2: C = 0.31606, 0.56891, 0.65995', { persistence_decay: 0.2 }, 1253330.8102914616],
  ])('%s', (_n, o, pv) => expect(presentValue(1e6, params({ ...base, ...o })).presentValue).toBeCloseTo(pv, 6));

  it('BCR = attribution × PV / (funding × (1 + tax distortion))', () => {
    // 0.5 × 1,438,550.21 / (100,000 × 1.1) = 6.5389
    const r = presentValue(1e6, params({ ...base, attribution: 0.5, public_funding_dkk: 100_000, tax_distortion: 0.1 }));
    expect(r.cost).toBeCloseTo(110_000, 9);
    expect(r.bcr).toBeCloseTo((0.5 * 1438550.2076942697) / 110_000, 9);
  });

  it.each([
    // Discounted S(k): 287,327 / 522,414 / 628,809 (cumulative 287,327 / 809,741 / 1,438,550).
    [200_000, 2018],
    [500_000, 2019],
    [1_400_000, 2020],
    [1_500_000, null],
  ])('funding %s (no tax distortion) is paid back in %s', (funding, year) => {
    const r = presentValue(1e6, params({ ...base, public_funding_dkk: funding, tax_distortion: 0 }));
    expect(r.paybackYear).toBe(year);
  });

  it('reports each year of the path from t₀ + 1', () => {
    const r = presentValue(1e6, params(base));
    expect(r.years.map((y) => y.year)).toEqual([2018, 2019, 2020]);
    expect(r.years[0]?.socialGain).toBeCloseTo(316060.2794142788, 6);
    expect(r.years[2]?.cumulativeAttributed).toBeCloseTo(r.presentValue, 6);
  });
});
