import { describe, expect, it } from 'vitest';
import { effectSizes } from './effect-size';
import { breakdown, nationalPotential } from './national-potential';
import { DEFAULT_PARAMS, mustParams } from './parameters';
import { prepareUncached } from './prepare';
import { SMALL } from './test-fixtures';

const prep = prepareUncached(SMALL);
const run = (o: Record<string, unknown>, k = 1) => {
  const p = mustParams({ ...DEFAULT_PARAMS, ...o });
  return nationalPotential(prep, effectSizes(prep.themes, p), p, k);
};

// Eligible value added (10-49 and up): nace 10 = 600 + 800 + 2000 = 3400m; nace 25 = 400 + 700 + 400 = 1500m.
// V_A = 3400m × 1 + 1500m × 0.25 = 3775m; V_B = 3400m × 0.5 + 1500m × 1 = 3200m.
// N_A = 0.5 × (1/35) × 1 × 3775m = 53.928571m; N_B = 0.5 × 0.02 × 3200m = 32m; N = 85.928571m.
describe('steps 4–6: national potential', () => {
  it.each([
    ['damvad-2017', {}, 53.92857142857143e6, 32e6],
    ['adoption ceiling 0.3', { adoption_ceiling: 0.3 }, 0.3 * 53.92857142857143e6, 0.3 * 32e6],
    // Programme rate 3/110: N_A = 0.5 × 3/110 × 3775m = 51.477273m, N_B = 0.5 × 3/110 × 3200m = 43.636364m.
    ['programme pooling', { pooling: 'programme' }, 51.47727272727273e6, 43.63636363636364e6],
    // Size from 0-9: + nace 10 100m, nace 25 160m → V_A = 3775m + 100m × 1 + 160m × 0.25 = 3915m,
    // V_B = 3200m + 100m × 0.5 + 160m × 1 = 3410m.
    ['micro firms included', { min_size_class: '0-9' }, 3915e6 / 70, 0.01 * 3410e6],
    // relevance_default 0 drops A in nace 25: V_A = 3400m.
    ['relevance_default 0', { relevance_default: 0 }, 3400e6 / 70, 32e6],
  ])('%s', (_name, o, nA, nB) => {
    const r = run(o);
    expect(r.themes.map((t) => t.nationalPotential)).toEqual([expect.closeTo(nA, 4), expect.closeTo(nB, 4)]);
    expect(r.nationalPotential).toBeCloseTo(nA + nB, 4);
  });

  it('keeps V_θ and the pre-adoption value for the trace and the waterfall', () => {
    const r = run({ adoption_ceiling: 0.5 });
    expect(r.themes.map((t) => t.relevantValueAdded)).toEqual([3775e6, 3200e6]);
    expect(r.beforeAdoption).toBeCloseTo(85.92857142857143e6, 4);
  });

  it('applies the social factor per term', () => {
    const r = run({}, 0.72675);
    expect(r.socialGain).toBeCloseTo(85.92857142857143e6 * 0.72675, 4);
  });
});

describe('breakdowns', () => {
  const b = breakdown(run({}, 0.5).terms);
  it.each([
    // by industry: nace 10 = 3400m / 70 + 0.01 × 1700m = 65.571429m; nace 25 = 375m / 70 + 0.01 × 1500m = 20.357143m.
    [
      'byIndustry',
      [
        [10, 65.57142857142857e6],
        [25, 20.357142857142858e6],
      ],
    ],
    // by size: 10-49 = 700m / 70 + 0.01 × 700m = 17m; 50-249 = 975m / 70 + 11m = 24.928571m; 250+ = 2100m / 70 + 14m = 44m.
    [
      'bySizeClass',
      [
        ['10-49', 17e6],
        ['50-249', 24.92857142857143e6],
        ['250+', 44e6],
      ],
    ],
    [
      'byTheme',
      [
        ['A', 53.92857142857143e6],
        ['B', 32e6],
      ],
    ],
  ] as const)('%s', (key, rows) => {
    expect(b[key].map((r) => [r.key, r.nationalPotential])).toEqual(rows.map(([k, v]) => [k, expect.closeTo(v, 4)]));
    for (const r of b[key]) expect(r.socialGain).toBeCloseTo(r.nationalPotential * 0.5, 4);
  });
});
