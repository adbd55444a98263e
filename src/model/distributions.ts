import type { Text } from './figure';
import { text } from './figure';
import { normalMass, truncatedStandardNormal } from './normal';
import type { NumberSpec, NumericParamId } from './parameter-types';
import { paramSpec } from './parameters';
import type { Rng } from './rng';

export const DISTRIBUTION_KINDS = ['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal'] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];

/**
 * A parameter's uncertainty. Every kind is confined to the parameter's schema range: uniform, triangular and PERT by
 * their own bounds (which must lie in it), normal and lognormal by truncation to it.
 */
export type Distribution =
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  /** Beta-PERT with the usual weight 4 on the mode: mean = (min + 4 mode + max) / 6. */
  | { kind: 'pert'; min: number; mode: number; max: number }
  | { kind: 'normal'; mean: number; sd: number }
  /** ln X ~ N(ln median, sigma²). */
  | { kind: 'lognormal'; median: number; sigma: number };

export type Distributions = Partial<Record<NumericParamId, Distribution>>;

function numberSpec(id: NumericParamId): NumberSpec {
  const spec = paramSpec(id);
  return spec as NumberSpec; // every NumericParamId has a number or share spec (NumericParamId is defined so)
}

/** The mass of a truncated distribution below this is treated as none: it could not be sampled meaningfully. */
const MIN_MASS = 1e-9;

/** Why a distribution cannot be used for parameter `id`, or null when it can. */
export function distributionIssue(id: NumericParamId, d: Distribution): Text | null {
  const spec = numberSpec(id);
  const values = Object.entries(d).filter(([k]) => k !== 'kind');
  for (const [k, v] of values) {
    if (typeof v !== 'number' || !Number.isFinite(v))
      return text(`${id}: ${k} must be a number (got ${String(v)})`, `${id}: ${k} skal være et tal (fik ${String(v)})`);
  }
  const inRange = (k: string, v: number): Text | null =>
    v < spec.min || v > spec.max
      ? text(
          `${id}: ${k} must be between ${spec.min} and ${spec.max} (got ${v})`,
          `${id}: ${k} skal være mellem ${spec.min} og ${spec.max} (fik ${v})`,
        )
      : null;
  switch (d.kind) {
    case 'fixed':
      return inRange('value', d.value);
    case 'uniform':
      return (
        inRange('min', d.min) ??
        inRange('max', d.max) ??
        (d.min > d.max ? text(`${id}: min must not exceed max`, `${id}: min må ikke være større end max`) : null)
      );
    case 'triangular':
    case 'pert':
      return (
        inRange('min', d.min) ??
        inRange('mode', d.mode) ??
        inRange('max', d.max) ??
        (d.min <= d.mode && d.mode <= d.max
          ? null
          : text(
              `${id}: needs min ≤ mode ≤ max (got ${d.min}, ${d.mode}, ${d.max})`,
              `${id}: kræver min ≤ typisk værdi ≤ max (fik ${d.min}, ${d.mode}, ${d.max})`,
            ))
      );
    case 'normal': {
      if (!(d.sd > 0))
        return text(
          `${id}: the standard deviation must be above 0 (got ${d.sd})`,
          `${id}: standardafvigelsen skal være over 0 (fik ${d.sd})`,
        );
      return normalMass((spec.min - d.mean) / d.sd, (spec.max - d.mean) / d.sd) < MIN_MASS ? outside(id, spec) : null;
    }
    case 'lognormal': {
      if (!(d.median > 0))
        return text(`${id}: the median must be above 0 (got ${d.median})`, `${id}: medianen skal være over 0 (fik ${d.median})`);
      if (!(d.sigma > 0))
        return text(`${id}: sigma must be above 0 (got ${d.sigma})`, `${id}: sigma skal være over 0 (fik ${d.sigma})`);
      if (spec.max <= 0)
        return text(`${id}: a lognormal needs a range above 0`, `${id}: en lognormalfordeling kræver et interval over 0`);
      const [a, b] = logBounds(spec, d.median, d.sigma);
      return normalMass(a, b) < MIN_MASS ? outside(id, spec) : null;
    }
  }
}

function outside(id: string, spec: NumberSpec): Text {
  return text(
    `${id}: almost all of the distribution lies outside the range ${spec.min} – ${spec.max}`,
    `${id}: næsten hele fordelingen ligger uden for intervallet ${spec.min} – ${spec.max}`,
  );
}

function logBounds(spec: NumberSpec, median: number, sigma: number): [number, number] {
  const mu = Math.log(median);
  return [spec.min > 0 ? (Math.log(spec.min) - mu) / sigma : -Infinity, (Math.log(spec.max) - mu) / sigma];
}

/** Uniform on (0, 1): never exactly 0, so logarithms and Φ⁻¹ stay finite. */
function open(rng: Rng): number {
  return rng.next() + 1 / 8589934592;
}

/** Marsaglia & Tsang (2000) for shape ≥ 1 (PERT's beta shapes are always ≥ 1). */
function gamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = truncatedStandardNormal(open(rng), -Infinity, Infinity);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = open(rng);
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export type Sampler = (rng: Rng) => number;

/**
 * A sampler for a distribution that passed `distributionIssue`, with its constants computed once. Whole-number
 * parameters get the nearest whole number in range.
 */
export function sampler(id: NumericParamId, d: Distribution): Sampler {
  const spec = numberSpec(id);
  const s = rawSampler(spec, d);
  if (!spec.integer) return s;
  return (rng) => Math.min(spec.max, Math.max(spec.min, Math.round(s(rng))));
}

function rawSampler(spec: NumberSpec, d: Distribution): Sampler {
  switch (d.kind) {
    case 'fixed': {
      const v = d.value;
      return () => v;
    }
    case 'uniform': {
      const { min, max } = d;
      return (rng) => min + (max - min) * rng.next();
    }
    case 'triangular': {
      const { min, mode, max } = d;
      if (max === min) return () => min;
      const cut = (mode - min) / (max - min);
      return (rng) => {
        const u = rng.next();
        return u < cut ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      };
    }
    case 'pert': {
      const { min, mode, max } = d;
      if (max === min) return () => min;
      const alpha = 1 + (4 * (mode - min)) / (max - min);
      const beta = 1 + (4 * (max - mode)) / (max - min);
      return (rng) => {
        const x = gamma(rng, alpha);
        const y = gamma(rng, beta);
        return min + ((max - min) * x) / (x + y);
      };
    }
    case 'normal': {
      const { mean, sd } = d;
      const a = (spec.min - mean) / sd;
      const b = (spec.max - mean) / sd;
      return (rng) => Math.min(spec.max, Math.max(spec.min, mean + sd * truncatedStandardNormal(open(rng), a, b)));
    }
    case 'lognormal': {
      const mu = Math.log(d.median);
      const sigma = d.sigma;
      const [a, b] = logBounds(spec, d.median, sigma);
      return (rng) => Math.min(spec.max, Math.max(spec.min, Math.exp(mu + sigma * truncatedStandardNormal(open(rng), a, b))));
    }
  }
}

/** The mean of the distribution before truncation (the editor shows it as a hint). */
export function nominalMean(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'pert':
      return (d.min + 4 * d.mode + d.max) / 6;
    case 'normal':
      return d.mean;
    case 'lognormal':
      return d.median * Math.exp((d.sigma * d.sigma) / 2);
  }
}

/**
 * The behavioural assumptions of the chain: how far results carry, how many adopt, how much is additional and how
 * fast it spreads. They vary by default. Accounting conventions and facts (reference year, horizon, discounting,
 * funding, exchange rate, tax factors, attribution, the counting rule for expected gains) stay fixed unless the
 * user gives them a distribution.
 */
export const UNCERTAIN_BY_DEFAULT: readonly NumericParamId[] = [
  'affected_share',
  'transferability',
  'relevance_default',
  'adoption_ceiling',
  'deadweight',
  'displacement',
  'leakage',
  'substitution',
  'diffusion_midpoint_years',
  'diffusion_speed_years',
  'lag_years',
  'bass_p',
  'bass_q',
  'persistence_decay',
];

/** Half-width of the plausible band, as a share of the value (or of a tenth of the range, for values near 0). */
const BAND = 0.5;

/**
 * The plausible band around a value: value ± 50 % of max(|value|, 10 % of the range), clipped to the range (whole
 * numbers rounded outwards). The 10 % floor keeps assumptions set to 0 (substitution, decay) uncertain too.
 */
export function plausibleBand(id: NumericParamId, value: number): [number, number] {
  const spec = numberSpec(id);
  const h = BAND * Math.max(Math.abs(value), 0.1 * (spec.max - spec.min));
  let lo = Math.max(spec.min, value - h);
  let hi = Math.min(spec.max, value + h);
  if (spec.integer) {
    lo = Math.max(spec.min, Math.floor(lo));
    hi = Math.min(spec.max, Math.ceil(hi));
  }
  return [lo, hi];
}

/** The default: PERT(band low, value, band high) for the uncertain assumptions, otherwise fixed at the value. */
export function defaultDistribution(id: NumericParamId, value: number): Distribution {
  if (!UNCERTAIN_BY_DEFAULT.includes(id)) return { kind: 'fixed', value };
  const [min, max] = plausibleBand(id, value);
  return min === max ? { kind: 'fixed', value } : { kind: 'pert', min, mode: value, max };
}

/**
 * A distribution of another kind with the same centre and spread, for the editor's kind switch: bounds from the
 * current distribution's band, the centre from its mode/median/mean/value.
 */
export function convertDistribution(id: NumericParamId, d: Distribution, kind: DistributionKind): Distribution {
  const spec = numberSpec(id);
  const centre =
    d.kind === 'fixed'
      ? d.value
      : d.kind === 'normal'
        ? d.mean
        : d.kind === 'lognormal'
          ? d.median
          : d.kind === 'uniform'
            ? (d.min + d.max) / 2
            : d.mode;
  let [min, max] =
    d.kind === 'uniform' || d.kind === 'triangular' || d.kind === 'pert'
      ? [d.min, d.max]
      : d.kind === 'normal'
        ? [d.mean - 2 * d.sd, d.mean + 2 * d.sd]
        : d.kind === 'lognormal'
          ? [d.median * Math.exp(-2 * d.sigma), d.median * Math.exp(2 * d.sigma)]
          : plausibleBand(id, d.value);
  min = Math.max(spec.min, Math.min(min, centre));
  max = Math.min(spec.max, Math.max(max, centre));
  switch (kind) {
    case 'fixed':
      return { kind, value: centre };
    case 'uniform':
      return { kind, min, max };
    case 'triangular':
    case 'pert':
      return { kind, min, mode: centre, max };
    case 'normal':
      return { kind, mean: centre, sd: Math.max((max - min) / 4, 1e-9 * Math.max(1, Math.abs(centre), spec.max - spec.min)) };
    case 'lognormal': {
      const median = centre > 0 ? centre : Math.max(max, spec.max * 1e-3) / 2;
      const sigma = min > 0 && max > min ? Math.log(max / min) / 4 : 0.25;
      return { kind, median, sigma };
    }
  }
}
