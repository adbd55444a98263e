import { describe, expect, it } from 'vitest';
import { crossCheck } from './cross-check';
import { DEFAULT_PARAMS } from './parameters';
import { prepareUncached } from './prepare';
import { SMALL } from './test-fixtures';

describe('step 11: count-based cross-check', () => {
  it('computes N′ by hand on the small example', () => {
    // A: R = 4m, n = 2, relevant firms = 1 × (50 + 10 + 2) + 0.25 × (40 + 8 + 1) = 74.25 → 2m × 0.5 × 1 × 74.25 = 74.25m.
    // B: R = 0.5m, n = 2, relevant firms = 0.5 × 62 + 1 × 49 = 80 → 0.25m × 0.5 × 80 = 10m.
    const c = crossCheck(prepareUncached(SMALL), DEFAULT_PARAMS);
    expect(c.themes.map((t) => [t.theme, t.relevantFirms, t.nationalPotential])).toEqual([
      ['A', 74.25, 74.25e6],
      ['B', 80, 10e6],
    ]);
    expect(c.nationalPotential).toBeCloseTo(84.25e6, 6);
  });
  it('leaves out a theme with no reporting companies instead of dividing by zero', () => {
    const c = crossCheck(prepareUncached({ ...SMALL, bases: SMALL.bases.filter((b) => b.theme !== 'B') }), DEFAULT_PARAMS);
    expect(c.themes[1]).toMatchObject({ excluded: true, nationalPotential: 0 });
    expect(c.nationalPotential).toBeCloseTo(74.25e6, 6);
  });
});
