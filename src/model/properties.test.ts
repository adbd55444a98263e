import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelInput } from './cells';
import { evaluate, walkFigures } from './evaluate';
import type { ModelResult } from './result';
import type { Params } from './parameter-types';
import { base, gain, input, params, population, relevance } from './test-arbitraries';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const headline = (r: ModelResult) => [r.nationalPotential.value, r.socialGain.value, r.presentValue.value];

describe('model properties', () => {
  it('is linear in reported gains: scaling every gain by k scales N, S and PV by k', () => {
    fc.assert(
      fc.property(input, params, fc.double({ min: 0.1, max: 10, noNaN: true }), (inp, p, k) => {
        const scaled = { ...inp, gains: inp.gains.map((g) => ({ ...g, gainDkk: g.gainDkk * k })) };
        const [a, b] = [headline(evaluate(inp, p)), headline(evaluate(scaled, p))];
        a.forEach((x, i) => expect(close(x * k, b[i] ?? Number.NaN)).toBe(true));
      }),
    );
  });

  it.each(['adoption_ceiling', 'transferability', 'relevance_default'] as const)('is monotone non-decreasing in %s', (id) => {
    fc.assert(
      fc.property(
        input,
        params,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (inp, p, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const rLo = evaluate(inp, { ...p, [id]: lo });
          const rHi = evaluate(inp, { ...p, [id]: hi });
          const slack = 1e-9 * Math.max(1, Math.abs(rHi.nationalPotential.value));
          expect(rHi.nationalPotential.value).toBeGreaterThanOrEqual(rLo.nationalPotential.value - slack);
          // S and PV are N times a factor that is ≥ 0 unless implementation costs exceed the net gain.
          if (rLo.socialFactor.value >= 0) {
            expect(rHi.socialGain.value).toBeGreaterThanOrEqual(rLo.socialGain.value - slack);
            expect(rHi.presentValue.value).toBeGreaterThanOrEqual(rLo.presentValue.value - slack);
          }
        },
      ),
    );
  });

  it('gives zero everywhere for zero gains', () => {
    fc.assert(
      fc.property(input, params, (inp, p) => {
        const r = evaluate({ ...inp, gains: inp.gains.map((g) => ({ ...g, gainDkk: 0 })) }, p);
        const all = [
          ...headline(r),
          r.bcr.value,
          r.crossCheck.value,
          ...r.breakdown.terms.map((t) => t.nationalPotential),
          ...r.timePath.map((y) => y.socialGain),
        ];
        expect(all.every((v) => v === 0)).toBe(true);
        expect(r.payback).toBeNull();
      }),
    );
  });

  it('gives zero social gain at 100% deadweight (without implementation costs, which METHOD subtracts after)', () => {
    fc.assert(
      fc.property(input, params, (inp, p) => {
        const r = evaluate(inp, {
          ...p,
          deadweight: 1 as Params['deadweight'],
          implementation_cost_share: 0 as Params['implementation_cost_share'],
        }); // 1 and 0 are shares
        expect(r.socialGain.value).toBe(0);
        expect(r.presentValue.value).toBe(0);
      }),
    );
  });

  it('has breakdowns by theme, industry and size class that sum to N and S', () => {
    fc.assert(
      fc.property(input, params, (inp, p) => {
        const r = evaluate(inp, p);
        for (const rows of [r.breakdown.byTheme, r.breakdown.byIndustry, r.breakdown.bySizeClass]) {
          const n = rows.reduce((s, x) => s + x.nationalPotential, 0);
          const sg = rows.reduce((s, x) => s + x.socialGain, 0);
          expect(Math.abs(n - r.nationalPotential.value)).toBeLessThanOrEqual(
            1e-6 * Math.max(1, Math.abs(r.nationalPotential.value)),
          );
          expect(Math.abs(sg - r.socialGain.value)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(r.socialGain.value)));
        }
      }),
    );
  });

  it('never gives NaN or Infinity for parameters in range', () => {
    fc.assert(
      fc.property(input, params, (inp, p) => {
        const r = evaluate(inp, p);
        const roots = [
          r.reported,
          r.reportedExpected,
          r.reportedWeighted,
          r.nationalPotential,
          r.socialGain,
          r.presentValue,
          r.bcr,
          r.crossCheck,
          r.crossCheckRatio,
          r.programmeEffectSize,
          ...r.effectSizes,
          ...Object.values(r.eur),
          r.realised.net,
          r.realised.presentValue,
          r.realised.bcr,
        ];
        if (r.payback) roots.push(r.payback);
        if (r.realised.payback) roots.push(r.realised.payback);
        for (const root of roots) walkFigures(root, (f) => expect(Number.isFinite(f.value)).toBe(true));
        const numbers = [
          ...r.waterfall.flatMap((w) => [w.value, w.multiplier ?? 0]),
          ...r.timePath.flatMap((y) => [y.dissemination, y.socialGain, y.discountFactor, y.discounted, y.cumulativeAttributed]),
          ...r.breakdown.terms.flatMap((t) => [t.nationalPotential, t.socialGain, t.effectSize, t.relevantValueAdded]),
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('never gives NaN or Infinity even for malformed cells (they are skipped with a warning)', () => {
    const wild = fc.oneof(fc.double(), fc.constantFrom(0, -1, 1e-320, 1e300, Number.NaN, Number.POSITIVE_INFINITY));
    const wildInput = fc.record<ModelInput>({
      gains: fc.array(
        gain.chain((g) => wild.map((gainDkk) => ({ ...g, gainDkk }))),
        { maxLength: 6 },
      ),
      bases: fc.array(
        base.chain((b) => fc.tuple(wild, wild).map(([affectedEmployees, companies]) => ({ ...b, affectedEmployees, companies }))),
        { maxLength: 6 },
      ),
      population: fc.array(
        population.chain((p) =>
          fc.tuple(wild, wild, wild).map(([employees, valueAddedDkk, firms]) => ({ ...p, employees, valueAddedDkk, firms })),
        ),
        { maxLength: 8 },
      ),
      relevance: fc.array(
        relevance.chain((r) => wild.map((x) => ({ ...r, relevance: x }))),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(wildInput, params, (inp, p) => {
        const r = evaluate(inp, p);
        for (const root of [
          r.nationalPotential,
          r.socialGain,
          r.presentValue,
          r.bcr,
          r.crossCheck,
          r.crossCheckRatio,
          ...Object.values(r.eur),
        ]) {
          walkFigures(root, (f) => expect(Number.isFinite(f.value)).toBe(true));
        }
      }),
    );
  });
});
