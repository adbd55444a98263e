import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelInput } from './cells';
import { evaluate } from './evaluate';
import type { Params } from './parameter-types';
import { DEFAULT_PARAMS } from './parameters';
import { realisedTier } from './realised';
import { SMALL } from './test-fixtures';
import { cohortPath, dissemination } from './time-path';
import { input, params } from './test-arbitraries';

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe('realised tier (METHOD step 9a)', () => {
  it('gives ≈ 12.6 on the reference: R = 90m, H = 20, δ = 0, 2013 profile', () => {
    const t = realisedTier(90e6, DEFAULT_PARAMS);
    expect(t.netFactor).toBeCloseTo(0.72675, 12);
    expect(t.net).toBeCloseTo(90e6 * 0.72675, 4);
    // Annuity factor at 4 % over 20 years: (1 − 1.04^−20) / 0.04 = 13.5903263…
    const annuity = (1 - Math.pow(1.04, -20)) / 0.04;
    expect(t.presentValue).toBeCloseTo(90e6 * 0.72675 * annuity, 2);
    expect(t.bcr).toBeCloseTo((90e6 * 0.72675 * annuity) / 70.4e6, 9);
    expect(t.bcr.toFixed(1)).toBe('12.6');
    // 65.4m a year: 62.9m discounted in 2018 (< 70.4m), 123.4m by 2019.
    expect(t.paybackYear).toBe(2019);
  });

  it('lets the stream decay by persistence_decay from year 2 on', () => {
    const p = {
      ...DEFAULT_PARAMS,
      persistence_decay: 0.1,
      horizon_years: 3,
      discount_profile: 'flat',
      discount_rate: 0,
    } as Params;
    const t = realisedTier(100, p);
    expect(t.years.map((y) => y.gain)).toEqual([72.675, expect.closeTo(72.675 * 0.9, 12), expect.closeTo(72.675 * 0.81, 12)]);
    expect(t.presentValue).toBeCloseTo(72.675 * 2.71, 9);
  });

  it('ignores expected gains, expected_weight and attribution', () => {
    const a = evaluate(SMALL, DEFAULT_PARAMS);
    const b = evaluate(SMALL, { ...DEFAULT_PARAMS, expected_weight: 1, attribution: 0.1 } as Params);
    expect(a.realised.bcr.value).toBe(b.realised.bcr.value);
    expect(a.realised.net.value).toBeCloseTo(4.5e6 * 0.72675, 4);
    expect(b.bcr.value).not.toBe(a.bcr.value);
  });

  it('is traced down to the realised rows and the parameters it uses', () => {
    const r = evaluate(SMALL, DEFAULT_PARAMS);
    expect(r.realised.bcr.inputs.map((f) => f.id)).toEqual(['realised_present_value']);
    expect(r.realised.presentValue.inputs.map((f) => f.id)).toEqual(['realised_net']);
    expect(r.realised.net.inputs.map((f) => f.id)).toEqual(['reported']);
    expect(r.realised.net.rows.every((row) => row.kind === 'gain' && row.status === 'realised')).toBe(true);
    expect(r.realised.bcr.parameters.map((p) => p.id)).toEqual(['public_funding_dkk', 'tax_distortion']);
    expect(r.realised.bcr.notes?.[0]?.en).toMatch(/no attribution factor/);
    expect(r.eur.realisedPresentValue.value).toBeCloseTo(r.realised.presentValue.value / 7.5, 6);
    expect(r.realised.payback?.value).toBe(r.realisedPath.find((y) => y.cumulative >= 70.4e6)?.year);
  });

  it('is linear in the realised gains R', () => {
    fc.assert(
      fc.property(input, params, fc.double({ min: 0.1, max: 10, noNaN: true }), (inp, p, k) => {
        const scaled: ModelInput = { ...inp, gains: inp.gains.map((g) => ({ ...g, gainDkk: g.gainDkk * k })) };
        const [a, b] = [evaluate(inp, p), evaluate(scaled, p)];
        expect(close(a.realised.presentValue.value * k, b.realised.presentValue.value)).toBe(true);
        expect(close(a.realised.bcr.value * k, b.realised.bcr.value)).toBe(true);
        expect(close(a.realised.bcr.value, a.realised.presentValue.value / (p.public_funding_dkk * (1 + p.tax_distortion)))).toBe(
          true,
        );
      }),
    );
  });

  it('is finite and never above BCR when attribution = 1, N ≥ R / min_k(C(k) / (1 − δ)^{k−1}), no implementation cost, no timing lag', () => {
    // The potential stream S·C(k) ramps up with diffusion while the realised stream is whole from year 1, so
    // "N ≥ R" alone does not order the two (see the counterexample below). With N large enough that the potential
    // stream is at least the realised stream in every year, PV_R ≤ PV and so BCR_realised ≤ BCR.
    fc.assert(
      fc.property(input, params, (inp, raw) => {
        const p = { ...raw, attribution: 1, implementation_cost_share: 0, timing_lag_years: 0 } as Params;
        const r = evaluate(inp, p);
        expect(Number.isFinite(r.realised.bcr.value)).toBe(true);
        const c = cohortPath(dissemination(p), p.persistence_decay);
        let minRatio = Number.POSITIVE_INFINITY;
        for (let k = 1; k <= p.horizon_years; k++)
          minRatio = Math.min(minRatio, (c[k] ?? 0) / Math.pow(1 - p.persistence_decay, k - 1));
        if (r.reported.value >= 0 && r.nationalPotential.value * minRatio >= r.reported.value) {
          expect(r.realised.bcr.value).toBeLessThanOrEqual(r.bcr.value * (1 + 1e-9) + 1e-12);
        }
      }),
    );
  });

  it('counterexample to the unqualified "N ≥ R ⇒ BCR_realised ≤ BCR": N = R with a slow S-curve', () => {
    const p = DEFAULT_PARAMS;
    const t = realisedTier(100e6, p);
    // Potential stream with N = R = 100m: S = 72.675m × C(k), C(k) reaches ½ only at year 8.
    const c = cohortPath(dissemination(p), 0);
    const df = t.years.map((y) => y.discounted / y.gain);
    const pvPotential = t.years.reduce((s, y, i) => s + 100e6 * 0.72675 * (c[y.offset] ?? 0) * (df[i] ?? 0), 0);
    expect(pvPotential).toBeLessThan(t.presentValue);
  });

  it("is the demo's order of magnitude below the potential tier on the realistic input", () => {
    const r = evaluate(SMALL, DEFAULT_PARAMS);
    expect(r.realised.bcr.value).toBeLessThan(r.bcr.value);
  });
});
