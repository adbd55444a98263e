import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { goalSeek } from './goal-seek';
import { DEFAULT_PARAMS } from './parameters';
import { SMALL } from './test-fixtures';

const N = 85.92857142857143e6; // the small example's national potential at transferability 0.5

describe('goal seek', () => {
  it.each([
    // N is linear in transferability: N(t) = N × t / 0.5.
    ['transferability for N / 2', 'national_potential', 'transferability', N / 2, 0.25],
    ['transferability for 2N (range end)', 'national_potential', 'transferability', 2 * N, 1],
    ['adoption ceiling for 0.3 N', 'national_potential', 'adoption_ceiling', 0.3 * N, 0.3],
    // S = N × (1 − d) × 0.9 × 0.95: a decreasing output is solved too.
    ['deadweight for S at d = 0.5', 'social_gain', 'deadweight', N * 0.5 * 0.9 * 0.95, 0.5],
  ] as const)('%s', (_n, output, parameter, target, value) => {
    const r = goalSeek(SMALL, DEFAULT_PARAMS, { output, parameter, target });
    expect(r).toEqual({ ok: true, value: expect.closeTo(value, 6), achieved: expect.closeTo(target, 0) });
  });

  it('solves BCR = 1 for the public funding', () => {
    const r = goalSeek(SMALL, DEFAULT_PARAMS, { output: 'bcr', parameter: 'public_funding_dkk', target: 1 });
    const pv = evaluate(SMALL, DEFAULT_PARAMS).presentValue.value;
    expect(r.ok && r.value).toBeCloseTo(pv / 1.1, -1);
  });

  it('gives the nearest whole value for an integer parameter', () => {
    const pv = (h: number) => evaluate(SMALL, { ...DEFAULT_PARAMS, horizon_years: h }).presentValue.value;
    const target = (pv(12) + pv(13) * 3) / 4; // nearer 13
    expect(goalSeek(SMALL, DEFAULT_PARAMS, { output: 'present_value', parameter: 'horizon_years', target })).toEqual({
      ok: true,
      value: 13,
      achieved: pv(13),
    });
  });

  it('says when no value in the range reaches the target, with the range', () => {
    const r = goalSeek(SMALL, DEFAULT_PARAMS, { output: 'national_potential', parameter: 'transferability', target: 10 * N });
    expect(r).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: expect.stringMatching(/no value of transferability between 0 and 1/) }),
      range: [0, expect.closeTo(2 * N, 0)],
    });
  });

  it('refuses a parameter that is not a number', () => {
    expect(goalSeek(SMALL, DEFAULT_PARAMS, { output: 'bcr', parameter: 'pooling', target: 1 })).toMatchObject({
      ok: false,
      range: null,
    });
  });

  it('handles a parameter the output does not depend on', () => {
    expect(goalSeek(SMALL, DEFAULT_PARAMS, { output: 'national_potential', parameter: 'dkk_per_eur', target: N })).toEqual({
      ok: true,
      value: 7.5,
      achieved: expect.closeTo(N, 0),
    });
    expect(goalSeek(SMALL, DEFAULT_PARAMS, { output: 'national_potential', parameter: 'dkk_per_eur', target: 2 * N }).ok).toBe(
      false,
    );
  });
});
