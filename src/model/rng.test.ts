import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, MAX_SEED } from './rng';

const take = (seed: number, n: number) => {
  const r = createRng(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('seeded generator (sfc32 seeded by splitmix32)', () => {
  it('gives the same stream for the same seed and different streams for different seeds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), fc.integer({ min: 0, max: MAX_SEED }), (a, b) => {
        expect(take(a, 20)).toEqual(take(a, 20));
        if (a !== b) expect(take(a, 20)).not.toEqual(take(b, 20));
      }),
    );
  });

  it('stays in [0, 1) and is close to uniform (chi-square over 20 bins, 200,000 values)', () => {
    const r = createRng(12345);
    const bins = new Array<number>(20).fill(0);
    const n = 200_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 20)]!++;
    }
    expect(outside).toBe(0);
    const expected = n / 20;
    const chi2 = bins.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 99.9th percentile is 43.8.
    expect(chi2).toBeLessThan(43.8);
  });

  it('has successive values uncorrelated (lag-1 correlation near 0), even for neighbouring seeds', () => {
    const xs = take(1, 50_000);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    let num = 0;
    let den = 0;
    for (let i = 0; i < xs.length - 1; i++) {
      num += (xs[i]! - mean) * (xs[i + 1]! - mean);
      den += (xs[i]! - mean) ** 2;
    }
    expect(Math.abs(num / den)).toBeLessThan(0.02);
    const firsts = Array.from({ length: 1000 }, (_, s) => createRng(s).next());
    expect(Math.abs(firsts.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });

  it('refuses seeds that are not whole numbers from 0 to 2³²−1', () => {
    for (const bad of [-1, 1.5, MAX_SEED + 1, Number.NaN]) expect(() => createRng(bad)).toThrow(RangeError);
  });
});
