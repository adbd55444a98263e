import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertDistribution,
  defaultDistribution,
  DISTRIBUTION_KINDS,
  distributionIssue,
  nominalMean,
  plausibleBand,
  sampler,
  UNCERTAIN_BY_DEFAULT,
  type Distribution,
} from './distributions';
import { normalCdf, normalQuantile, truncatedStandardNormal } from './normal';
import type { NumberSpec, NumericParamId } from './parameter-types';
import { DEFAULT_PARAMS, paramSpec } from './parameters';
import { createRng } from './rng';

const sample = (id: NumericParamId, d: Distribution, n = 20_000, seed = 1) => {
  const s = sampler(id, d);
  const r = createRng(seed);
  return Array.from({ length: n }, () => s(r));
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

describe('normal CDF and quantile', () => {
  it('agrees with tabulated values and inverts (property)', () => {
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalQuantile(0.841344746)).toBeCloseTo(1, 5);
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(Math.abs(normalQuantile(normalCdf(x)) - x)).toBeLessThan(1e-4 * Math.max(1, Math.abs(x)));
      }),
    );
  });
  it('truncates to the interval, also far in either tail (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.double({ min: -8, max: 8, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (u, a, w) => {
          const x = truncatedStandardNormal(Math.max(u, 1e-12), a, a + w);
          expect(x).toBeGreaterThanOrEqual(a);
          expect(x).toBeLessThanOrEqual(a + w);
          expect(Number.isFinite(x)).toBe(true);
        },
      ),
    );
  });
});

describe('distributions', () => {
  it('keep every draw inside the parameter’s range, for every kind (property)', () => {
    const ids: NumericParamId[] = ['transferability', 'diffusion_midpoint_years', 'multiplier', 'horizon_years'];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom(...DISTRIBUTION_KINDS),
        fc.integer({ min: 0, max: 1000 }),
        (id, kind, seed) => {
          const spec = paramSpec(id) as NumberSpec;
          const d = convertDistribution(id, defaultDistribution(id, DEFAULT_PARAMS[id]), kind);
          expect(distributionIssue(id, d)).toBeNull();
          for (const x of sample(id, d, 200, seed)) {
            expect(x).toBeGreaterThanOrEqual(spec.min);
            expect(x).toBeLessThanOrEqual(spec.max);
            if (spec.integer) expect(Number.isInteger(x)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('have the theoretical means: uniform, triangular, PERT (20,000 draws)', () => {
    for (const d of [
      { kind: 'uniform', min: 0.2, max: 0.6 },
      { kind: 'triangular', min: 0.1, mode: 0.2, max: 0.9 },
      { kind: 'pert', min: 0.1, mode: 0.2, max: 0.9 },
      { kind: 'pert', min: 0.5, mode: 1, max: 1 },
    ] as Distribution[]) {
      expect(Math.abs(mean(sample('transferability', d)) - nominalMean(d))).toBeLessThan(0.006);
    }
  });

  it('PERT is narrower than the triangular on the same bounds (its weight 4 on the mode)', () => {
    const b = { min: 0, mode: 0.3, max: 1 };
    expect(sd(sample('deadweight', { kind: 'pert', ...b }))).toBeLessThan(sd(sample('deadweight', { kind: 'triangular', ...b })));
  });

  it('normal and lognormal: untruncated moments where the range is wide, truncated where it is not', () => {
    const n = sample('multiplier', { kind: 'normal', mean: 1.2, sd: 0.05 });
    expect(Math.abs(mean(n) - 1.2)).toBeLessThan(0.003);
    expect(Math.abs(sd(n) - 0.05)).toBeLessThan(0.003);
    const ln = sample('diffusion_midpoint_years', { kind: 'lognormal', median: 8, sigma: 0.2 }).sort((a, b) => a - b);
    expect(Math.abs(ln[ln.length / 2]! - 8)).toBeLessThan(0.1);
    // Truncated at 1 (the range's top): about half the normal mass is cut, so the mean falls below the centre.
    const t = sample('adoption_ceiling', { kind: 'normal', mean: 1, sd: 0.2 });
    expect(Math.max(...t)).toBeLessThanOrEqual(1);
    expect(Math.abs(mean(t) - (1 - 0.2 * Math.sqrt(2 / Math.PI)))).toBeLessThan(0.005);
  });

  it('explain what is wrong with an unusable distribution', () => {
    const en = (id: NumericParamId, d: Distribution) => distributionIssue(id, d)?.en ?? null;
    expect(en('deadweight', { kind: 'pert', min: 0.3, mode: 0.2, max: 0.5 })).toMatch(/min ≤ mode ≤ max/);
    expect(en('deadweight', { kind: 'uniform', min: 0, max: 1.5 })).toMatch(/max must be between 0 and 1/);
    expect(en('deadweight', { kind: 'normal', mean: 0.2, sd: 0 })).toMatch(/standard deviation/);
    expect(en('deadweight', { kind: 'normal', mean: 50, sd: 0.1 })).toMatch(/outside the range/);
    expect(en('multiplier', { kind: 'lognormal', median: -1, sigma: 0.2 })).toMatch(/median must be above 0/);
    expect(en('multiplier', { kind: 'fixed', value: Number.NaN })).toMatch(/must be a number/);
    expect(distributionIssue('deadweight', { kind: 'triangular', min: 0.1, mode: 0.1, max: 0.1 })).toBeNull();
  });

  it('default to PERT over the plausible band for the behavioural assumptions, fixed otherwise', () => {
    expect(defaultDistribution('transferability', 0.5)).toEqual({ kind: 'pert', min: 0.25, mode: 0.5, max: 0.75 });
    expect(defaultDistribution('adoption_ceiling', 1)).toEqual({ kind: 'pert', min: 0.5, mode: 1, max: 1 });
    // A zero keeps a band of half a tenth of the range.
    expect(defaultDistribution('substitution', 0)).toEqual({ kind: 'pert', min: 0, mode: 0, max: 0.05 });
    expect(defaultDistribution('public_funding_dkk', 64e6)).toEqual({ kind: 'fixed', value: 64e6 });
    expect(plausibleBand('horizon_years', 20)).toEqual([10, 30]);
    for (const id of UNCERTAIN_BY_DEFAULT) expect(distributionIssue(id, defaultDistribution(id, DEFAULT_PARAMS[id]))).toBeNull();
  });
});
