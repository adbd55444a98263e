import type { Params } from './parameter-types';

export interface SocialFactor {
  /** (1 − deadweight)(1 − displacement)(1 − leakage)(1 − substitution). */
  additionality: number;
  /** multiplier × net_tax_factor^κ, κ = 1 when consumer_prices is on. */
  valuation: number;
  /** 1 / (1 + timing_rate)^timing_lag_years: 1 unless the timing reading is chosen. */
  timing: number;
  /** S / N = (additionality × valuation − implementation_cost_share) × timing. */
  factor: number;
}

/**
 * METHOD step 7 as one factor on N, so each term's social gain is its national potential × the factor and
 * the breakdowns of S add up. The timing reading (damvad-2017-timing) multiplies the whole net gain, costs
 * included, because the adoption costs fall at the same later time as the gains.
 */
export function socialFactor(p: Params): SocialFactor {
  const additionality = (1 - p.deadweight) * (1 - p.displacement) * (1 - p.leakage) * (1 - p.substitution);
  const valuation = p.multiplier * (p.consumer_prices ? p.net_tax_factor : 1);
  const timing = 1 / Math.pow(1 + p.timing_rate, p.timing_lag_years);
  return { additionality, valuation, timing, factor: (additionality * valuation - p.implementation_cost_share) * timing };
}
