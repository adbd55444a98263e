import { discountFactors } from './discounting';
import type { Params } from './parameter-types';
import { cohortPath, dissemination } from './time-path';

export interface TimePathYear {
  /** Calendar year t₀ + k. */
  year: number;
  /** k = 1..H. */
  offset: number;
  /** D(k): share of eventual adopters that have adopted. */
  dissemination: number;
  /** S(k) = S × C(k), DKK that year. */
  socialGain: number;
  discountFactor: number;
  /** S(k) × DF(k). */
  discounted: number;
  /** attribution × Σ_{j ≤ k} S(j) DF(j): what is compared with the cost of public funds for the payback year. */
  cumulativeAttributed: number;
}

export interface PresentValue {
  years: TimePathYear[];
  presentValue: number;
  /** public_funding_dkk × (1 + tax_distortion). */
  cost: number;
  bcr: number;
  /** First calendar year the attributed cumulative discounted gain reaches the cost, or null within the horizon. */
  paybackYear: number | null;
}

/** METHOD steps 8–9. PV and BCR are linear in S: the path is computed for the whole S at once. */
export function presentValue(socialGain: number, params: Params): PresentValue {
  const d = dissemination(params);
  const c = cohortPath(d, params.persistence_decay);
  const df = discountFactors(params);
  const cost = params.public_funding_dkk * (1 + params.tax_distortion);
  const years: TimePathYear[] = [];
  let pv = 0;
  let paybackYear: number | null = null;
  for (let k = 1; k <= params.horizon_years; k++) {
    const s = socialGain * (c[k] ?? 0);
    const f = df[k] ?? 0;
    pv += s * f;
    const cumulativeAttributed = params.attribution * pv;
    if (paybackYear === null && cumulativeAttributed >= cost) paybackYear = params.reference_year + k;
    years.push({
      year: params.reference_year + k,
      offset: k,
      dissemination: d[k] ?? 0,
      socialGain: s,
      discountFactor: f,
      discounted: s * f,
      cumulativeAttributed,
    });
  }
  return { years, presentValue: pv, cost, bcr: (params.attribution * pv) / cost, paybackYear };
}
