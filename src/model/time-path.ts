import type { Params } from './parameter-types';

/** Λ(k): the logistic curve at k years after t₀. */
export function logistic(k: number, midpointYears: number, speedYears: number): number {
  return 1 / (1 + Math.exp(-(k - midpointYears) / speedYears));
}

/**
 * Bass cumulative adoption F(u) = (1 − e^{−(p+q)u}) / (1 + (q/p) e^{−(p+q)u}), written as
 * p(1 − E) / (p + qE) so p = 0 gives 0 (no innovators, nobody starts) instead of a division by zero.
 */
export function bass(u: number, p: number, q: number): number {
  if (u <= 0) return 0;
  const e = Math.exp(-(p + q) * u);
  const den = p + q * e;
  return den > 0 ? (p * (1 - e)) / den : 0;
}

/** D(k) for k = 0..H years after t₀, with D(0) = 0 (METHOD step 8). */
export function dissemination(params: Params): Float64Array {
  const h = params.horizon_years;
  const d = new Float64Array(h + 1);
  if (params.curve === 'bass') {
    for (let k = 1; k <= h; k++) d[k] = bass(k - params.lag_years, params.bass_p, params.bass_q);
    return d;
  }
  const m = params.diffusion_midpoint_years;
  const s = params.diffusion_speed_years;
  const at0 = logistic(0, m, s);
  // Rescaled so nobody outside the programme has adopted at t₀ and D → 1; 1 − Λ(0) > 0 for every m ≥ 1, s > 0.
  for (let k = 1; k <= h; k++) d[k] = (logistic(k, m, s) - at0) / (1 - at0);
  return d;
}

/**
 * Share of the full social gain realised in year k: each year's new adopters ΔD(u) keep a gain that decays by
 * δ a year, C(k) = Σ_{u ≤ k} ΔD(u) (1 − δ)^{k−u}, computed as C(k) = C(k−1)(1 − δ) + ΔD(k). C = D when δ = 0.
 */
export function cohortPath(d: Float64Array, decay: number): Float64Array {
  const c = new Float64Array(d.length);
  for (let k = 1; k < d.length; k++) c[k] = (c[k - 1] ?? 0) * (1 - decay) + ((d[k] ?? 0) - (d[k - 1] ?? 0));
  return c;
}
