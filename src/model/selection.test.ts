import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIZE_CLASSES } from './cells';
import { evaluate } from './evaluate';
import { DEFAULT_PARAMS } from './parameters';
import { selectTerms } from './selection';
import { input, params } from './test-arbitraries';
import { SMALL } from './test-fixtures';

describe('selectTerms (model-term selection)', () => {
  const r = evaluate(SMALL, DEFAULT_PARAMS);
  it('selects one industry bar: its own N and S, the total unchanged', () => {
    const bar = r.breakdown.byIndustry.find((b) => b.key === 10)!;
    const sel = selectTerms(r.breakdown, { industry: 10 }, r.nationalPotential);
    expect(sel.nationalPotential.value).toBeCloseTo(bar.nationalPotential, 6);
    expect(sel.socialGain).toBeCloseTo(bar.socialGain, 6);
    expect(sel.nationalPotential.inputs[0]).toBe(r.nationalPotential);
  });
  it('combines dimensions with "and"; an empty selection is the whole', () => {
    const both = selectTerms(r.breakdown, { theme: 'B', industry: 10 }, r.nationalPotential);
    const expected = r.breakdown.terms
      .filter((t) => t.theme === 'B' && t.nace === 10)
      .reduce((s, t) => s + t.nationalPotential, 0);
    expect(both.nationalPotential.value).toBeCloseTo(expected, 6);
    expect(selectTerms(r.breakdown, {}, r.nationalPotential).nationalPotential.value).toBeCloseTo(r.nationalPotential.value, 4);
  });
  it('the size-class bars partition N (property)', () => {
    fc.assert(
      fc.property(input, params, (inp, p) => {
        const res = evaluate(inp, p);
        const sum = SIZE_CLASSES.reduce(
          (s, sizeClass) => s + selectTerms(res.breakdown, { sizeClass }, res.nationalPotential).nationalPotential.value,
          0,
        );
        expect(Math.abs(sum - res.nationalPotential.value)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, Math.abs(res.nationalPotential.value)),
        );
      }),
    );
  });
});
