import type { DiscountProfile, Params } from './parameter-types';

/** Finance Ministry stepped rates for years 1–35, 36–70 and after 70. */
const STEPPED_RATES: Record<Exclude<DiscountProfile, 'flat'>, readonly [number, number, number]> = {
  '2013': [0.04, 0.03, 0.02],
  '2021': [0.035, 0.025, 0.015],
};

/** r(y) for year y = 1, 2, … after t₀. */
export function discountRate(profile: DiscountProfile, flatRate: number, y: number): number {
  if (profile === 'flat') return flatRate;
  const [r1, r2, r3] = STEPPED_RATES[profile];
  return y <= 35 ? r1 : y <= 70 ? r2 : r3;
}

/** DF(k) = Π_{y=1..k} 1 / (1 + r(y)) for k = 0..H (DF(0) = 1). */
export function discountFactors(params: Pick<Params, 'discount_profile' | 'discount_rate' | 'horizon_years'>): Float64Array {
  const h = params.horizon_years;
  const df = new Float64Array(h + 1);
  df[0] = 1;
  for (let k = 1; k <= h; k++) df[k] = (df[k - 1] ?? 1) / (1 + discountRate(params.discount_profile, params.discount_rate, k));
  return df;
}
