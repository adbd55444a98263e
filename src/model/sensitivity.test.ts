import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { compileChain } from './lean-chain';
import type { Params } from './parameter-types';
import { presetById } from './presets';
import { heatMap, NUMERIC_PARAMS, tornado } from './sensitivity';
import { realisticInput } from './test-fixtures';

const input = realisticInput(4);
const params = presetById('damvad-2017').params;
const tables = compileChain(input, params);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('tornado', () => {
  it('moves each parameter alone between its bounds and sorts by swing', () => {
    const t = tornado(tables, params, 'socialGain');
    expect(close(t.base, evaluate(input, params).socialGain.value)).toBe(true);
    for (let i = 1; i < t.bars.length; i++) expect(t.bars[i - 1]!.swing).toBeGreaterThanOrEqual(t.bars[i]!.swing);
    for (const bar of t.bars) {
      const lo = evaluate(input, { ...params, [bar.id]: bar.low } as Params).socialGain.value;
      const hi = evaluate(input, { ...params, [bar.id]: bar.high } as Params).socialGain.value;
      expect(close(bar.outputLow, lo) && close(bar.outputHigh, hi)).toBe(true);
    }
    expect(t.bars.length + t.noEffect.length).toBe(NUMERIC_PARAMS.length);
  });

  it('uses the plausible band by default and the whole range on request', () => {
    const band = tornado(tables, params, 'nationalPotential');
    const a = band.bars.find((b) => b.id === 'transferability')!;
    expect([a.low, a.high]).toEqual([0.25, 0.75]);
    // N is proportional to transferability: the swing is N × (0.75 − 0.25) / 0.5.
    expect(close(a.swing, band.base)).toBe(true);
    const range = tornado(tables, params, 'nationalPotential', 'range');
    const r = range.bars.find((b) => b.id === 'transferability')!;
    expect([r.low, r.high, r.outputLow]).toEqual([0, 1, 0]);
  });

  it('lists parameters that do not move the output apart', () => {
    const t = tornado(tables, params, 'socialGain');
    // Exchange rate, funding and discounting cannot change the social gain in DKK; the Bass curve is off.
    for (const id of ['dkk_per_eur', 'public_funding_dkk', 'discount_rate', 'bass_p', 'horizon_years'] as const)
      expect(t.noEffect).toContain(id);
    expect(tornado(tables, params, 'bcr').bars.map((b) => b.id)).toContain('public_funding_dkk');
  });
});

describe('heat map', () => {
  it('evaluates the chosen pair on a grid (corners checked against the full chain)', () => {
    const h = heatMap(tables, params, 'socialGain', 'transferability', 'deadweight', 5);
    expect(h.xs).toEqual([0.25, 0.375, 0.5, 0.625, 0.75]);
    expect(h.ys).toHaveLength(5);
    expect(h.values).toHaveLength(5);
    for (const [j, i] of [
      [0, 0],
      [0, 4],
      [4, 0],
      [4, 4],
      [2, 2],
    ] as const) {
      const full = evaluate(input, { ...params, transferability: h.xs[i]!, deadweight: h.ys[j]! } as Params).socialGain.value;
      expect(close(h.values[j]![i]!, full)).toBe(true);
    }
    // More deadweight, less social gain; more transferability, more.
    expect(h.values[4]![2]!).toBeLessThan(h.values[0]![2]!);
    expect(h.values[2]![4]!).toBeGreaterThan(h.values[2]![0]!);
  });

  it('refuses a pair of the same parameter and keeps whole-number grids whole', () => {
    expect(() => heatMap(tables, params, 'socialGain', 'deadweight', 'deadweight')).toThrow(RangeError);
    const h = heatMap(tables, params, 'presentValue', 'horizon_years', 'deadweight', 41);
    expect(h.xs.every(Number.isInteger)).toBe(true);
    expect(new Set(h.xs).size).toBe(h.xs.length);
  });
});
