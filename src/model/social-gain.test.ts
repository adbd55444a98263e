import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, mustParams } from './parameters';
import { presetById } from './presets';
import { socialFactor } from './social-gain';

const k = (o: Record<string, unknown>) => socialFactor(mustParams({ ...DEFAULT_PARAMS, ...o })).factor;

describe('step 7: social gain per krone of N', () => {
  it.each([
    ['damvad-2017: 0.85 × 0.90 × 0.95', {}, 0.72675],
    ['no haircuts', { deadweight: 0, displacement: 0, leakage: 0 }, 1],
    ['deadweight 1', { deadweight: 1 }, 0],
    ['substitution 0.2: 0.72675 × 0.8', { substitution: 0.2 }, 0.5814],
    ['multiplier 1.5', { multiplier: 1.5 }, 1.090125],
    ['consumer prices: × 1.28', { consumer_prices: true }, 0.93024],
    ['net tax factor without consumer prices has no effect', { net_tax_factor: 1.5 }, 0.72675],
    ['implementation cost 0.1: 0.72675 − 0.1', { implementation_cost_share: 0.1 }, 0.62675],
    [
      'timing reading: 1 / 1.04^8',
      { deadweight: 0, displacement: 0, leakage: 0, timing_lag_years: 8, timing_rate: 0.04 },
      0.7306902050019839,
    ],
  ])('%s', (_name, o, out) => expect(k(o)).toBeCloseTo(out, 12));

  it('damvad-2017-timing gives S / N = 0.7307 (inside the published 0.716–0.737 band)', () => {
    expect(socialFactor(presetById('damvad-2017-timing').params).factor).toBeCloseTo(0.7307, 4);
  });
});
