import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDistribution, UNCERTAIN_BY_DEFAULT, type Distributions } from './distributions';
import { evaluate } from './evaluate';
import { chainOutputs, compileChain } from './lean-chain';
import {
  createMonteCarlo,
  histogram,
  MC_FIGURES,
  monteCarloIssues,
  probabilityAbove,
  quantileSorted,
  runMonteCarlo,
  type MonteCarloSpec,
} from './monte-carlo';
import { DEFAULT_PARAMS } from './parameters';
import { presetById } from './presets';
import { realisticInput } from './test-fixtures';

const input = realisticInput(4);
const params = presetById('damvad-2017').params;
const tables = compileChain(input, params);
const defaults: Distributions = Object.fromEntries(UNCERTAIN_BY_DEFAULT.map((id) => [id, defaultDistribution(id, params[id])]));
const spec = (over: Partial<MonteCarloSpec> = {}): MonteCarloSpec => ({
  draws: 2000,
  seed: 42,
  distributions: defaults,
  ...over,
});

describe('Monte Carlo', () => {
  it('gives identical results for the same seed, whatever the chunk sizes (property)', () => {
    const whole = runMonteCarlo(tables, params, spec());
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }), (chunks) => {
        const run = createMonteCarlo(tables, params, spec());
        let i = 0;
        while (run.done < run.total) run.step(chunks[i++ % chunks.length]!);
        expect(run.result()).toEqual(whole);
      }),
      { numRuns: 15 },
    );
  });

  it('gives different results for a different seed', () => {
    const a = runMonteCarlo(tables, params, spec({ seed: 1 }));
    const b = runMonteCarlo(tables, params, spec({ seed: 2 }));
    expect(a.figures.socialGain.p50).not.toBe(b.figures.socialGain.p50);
    // … but the same distribution: medians within a few percent.
    expect(Math.abs(a.figures.socialGain.p50 / b.figures.socialGain.p50 - 1)).toBeLessThan(0.05);
  });

  it('collapses to the point estimate when nothing varies', () => {
    const r = runMonteCarlo(tables, params, spec({ distributions: {}, draws: 100 }));
    const point = evaluate(input, params);
    for (const q of ['p10', 'p50', 'p90', 'mean', 'min', 'max'] as const) {
      expect(r.figures.socialGain[q]).toBeCloseTo(point.socialGain.value, -1);
      expect(r.figures.nationalPotential[q]).toBeCloseTo(point.nationalPotential.value, -1);
    }
    expect(r.varied).toEqual([]);
    expect(r.fan.map((y) => y.p50)).toEqual(r.fan.map((y) => y.p10));
    point.timePath.forEach((y, k) => expect(r.fan[k]!.p50).toBeCloseTo(y.socialGain, -1));
  });

  it('propagates one uniform parameter exactly: N is linear in the adoption ceiling', () => {
    const r = runMonteCarlo(
      tables,
      params,
      spec({ draws: 20_000, distributions: { adoption_ceiling: { kind: 'uniform', min: 0, max: 1 } } }),
    );
    const full = chainOutputs(tables, { ...params, adoption_ceiling: 1 } as typeof params).nationalPotential;
    expect(r.figures.nationalPotential.p10 / full).toBeCloseTo(0.1, 1);
    expect(r.figures.nationalPotential.p50 / full).toBeCloseTo(0.5, 1);
    expect(r.figures.nationalPotential.p90 / full).toBeCloseTo(0.9, 1);
    // P(N·k > half the full S) = P(α > 0.5)
    const s = full * (r.figures.socialGain.max / r.figures.nationalPotential.max);
    expect(probabilityAbove(r.socialGainSorted, s / 2)).toBeCloseTo(0.5, 1);
  });

  it('orders its summaries: min ≤ P10 ≤ P50 ≤ P90 ≤ max, fan quantiles nested each year, histogram counts every draw', () => {
    const r = runMonteCarlo(tables, params, spec());
    for (const f of MC_FIGURES) {
      const s = r.figures[f];
      expect(s.min <= s.p10 && s.p10 <= s.p50 && s.p50 <= s.p90 && s.p90 <= s.max).toBe(true);
      expect(s.histogram.counts.reduce((a, b) => a + b, 0)).toBe(2000);
    }
    for (const y of r.fan) expect(y.p10 <= y.p25 && y.p25 <= y.p50 && y.p50 <= y.p75 && y.p75 <= y.p90).toBe(true);
    expect(r.fan).toHaveLength(params.horizon_years);
    expect(r.fan[0]!.year).toBe(params.reference_year + 1);
    expect(r.varied).toContain('transferability');
  });

  it('lists every problem with the settings', () => {
    const issues = monteCarloIssues({
      draws: 5,
      seed: -3,
      distributions: { deadweight: { kind: 'uniform', min: 0.5, max: 0.2 } },
    });
    expect(issues.map((i) => i.id)).toEqual(['draws', 'seed', 'deadweight']);
    expect(() => createMonteCarlo(tables, DEFAULT_PARAMS, { draws: 5, seed: 1, distributions: {} })).toThrow(/draws/);
  });
});

describe('summaries', () => {
  it('quantile type 7 and P(x > t) agree with their definitions (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (xs, t) => {
          const sorted = Float64Array.from(xs).sort();
          expect(probabilityAbove(sorted, t)).toBe(xs.filter((x) => x > t).length / xs.length);
          const q = quantileSorted(sorted, 0.5);
          expect(xs.filter((x) => x < q).length).toBeLessThanOrEqual(Math.ceil(xs.length / 2));
          expect(xs.filter((x) => x > q).length).toBeLessThanOrEqual(Math.ceil(xs.length / 2));
          expect(quantileSorted(sorted, 0)).toBe(sorted[0]);
          expect(quantileSorted(sorted, 1)).toBe(sorted[sorted.length - 1]);
          expect(histogram(sorted).counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
        },
      ),
    );
    expect(quantileSorted([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3);
  });

  // Regression: fast-check drew xs = [5e-324, 0], t = 0 for the property above. The bin width (5e-324 / 30)
  // underflowed to 0, the 0 fell into bin NaN and the counts summed to 1 instead of 2.
  it('histogram of a range one subnormal wide ([5e-324, 0]) counts both values', () => {
    const h = histogram(Float64Array.from([5e-324, 0]).sort());
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(h.edges).toEqual([0, 5e-324]);
    expect(h.counts).toEqual([2]); // one bin: there is no double between the two
  });

  it('histogram of equal values, a few ulps, and a range wider than the largest double', () => {
    expect(histogram([7, 7, 7])).toEqual({ edges: [7, 7], counts: [3] });
    expect(histogram([-0, 0])).toEqual({ edges: [-0, 0], counts: [2] });
    expect(histogram([])).toEqual({ edges: [0, 0], counts: [0] });
    const ulps = histogram([1, 1 + 2 ** -52, 1 + 2 ** -51, 1 + 2 ** -51]);
    expect(ulps.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(ulps.counts.length).toBeLessThanOrEqual(2);
    const wide = histogram([-Number.MAX_VALUE, 0, Number.MAX_VALUE]);
    expect(wide.edges.every(Number.isFinite)).toBe(true);
    expect(wide.counts).toHaveLength(30);
    expect(wide.counts.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('histogram: counts sum to n, edges strictly increase from min to max, each value inside its bin (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (xs, bins) => {
          const sorted = Float64Array.from(xs).sort();
          const h = histogram(sorted, bins);
          expect(h.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
          expect(h.edges).toHaveLength(h.counts.length + 1);
          expect(h.counts.length).toBeLessThanOrEqual(bins);
          expect(h.edges[0]).toBe(sorted[0]);
          expect(h.edges[h.edges.length - 1]).toBe(sorted[sorted.length - 1]);
          for (let i = 1; i < h.edges.length; i++) expect(h.edges[i]! > h.edges[i - 1]! || h.edges.length === 2).toBe(true);
          let k = 0;
          h.counts.forEach((c, bin) => {
            for (let j = 0; j < c; j++, k++) {
              const x = sorted[k]!;
              expect(x >= h.edges[bin]!).toBe(true);
              expect(bin === h.counts.length - 1 ? x <= h.edges[bin + 1]! : x < h.edges[bin + 1]!).toBe(true);
            }
          });
        },
      ),
    );
  });
});
