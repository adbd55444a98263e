import type { ModelInput, SizeClass } from './cells';
import { SIZE_CLASSES } from './cells';
import { discountRate } from './discounting';
import { MIN_BASE_DKK } from './effect-size';
import type { Params, Pooling } from './parameter-types';
import { relevance } from './population';
import { prepare } from './prepare';
import { socialFactor } from './social-gain';
import { bass, logistic } from './time-path';

/**
 * The chain of METHOD.md reduced to the numbers a Monte Carlo draw needs. Everything that depends only on the data
 * and on the scenario's choices (pooling, smallest size class) is summed once here; a draw then costs a few dozen
 * multiplications per theme and one pass over the horizon, with no allocation beyond the output.
 *
 * N is linear in the relevant value added, and ρ is either fixed by the data (relevance table, participants) or
 * `relevance_default`, so V_θ = vFixed + relevance_default × vDefault. Under theme × industry pooling an industry
 * with its own rate replaces the theme's rate on its own V_{θ,i}; only industries with participants can have one,
 * and their ρ never is the default.
 */
export interface ChainTables {
  pooling: Pooling;
  minSizeClass: SizeClass;
  themes: LeanTheme[];
}

interface Sums {
  realised: number;
  expected: number;
  affectedValueAdded: number;
  unreportedValueAdded: number;
}

interface LeanTheme extends Sums {
  vFixed: number;
  vDefault: number;
  /** Theme × industry pooling only: industries with participants, each with the V its own rate would apply to. */
  industries: (Sums & { companies: number; v: number })[];
}

/** Plain numbers and arrays: the tables are sent to the Monte Carlo worker by structured clone. */
export function compileChain(input: ModelInput, params: Pick<Params, 'pooling' | 'min_size_class'>): ChainTables {
  const prep = prepare(input);
  const minRank = SIZE_CLASSES.indexOf(params.min_size_class);
  const eligible = prep.population.filter((p) => p.sizeRank >= minRank);
  const themes = prep.themes.map((t): LeanTheme => {
    let vFixed = 0;
    let vDefault = 0;
    const vByNace = new Map<number, number>();
    for (const p of eligible) {
      const rho = relevance(prep, t, p.nace, 1);
      if (rho.source === 'default') vDefault += p.valueAdded;
      else {
        vFixed += p.valueAdded * rho.value;
        vByNace.set(p.nace, (vByNace.get(p.nace) ?? 0) + p.valueAdded * rho.value);
      }
    }
    const industries =
      params.pooling !== 'theme_industry'
        ? []
        : [...t.industries.values()]
            .filter((ti) => ti.companies > 0)
            .map((ti) => ({
              realised: ti.realised,
              expected: ti.expected,
              affectedValueAdded: ti.affectedValueAdded,
              unreportedValueAdded: ti.unreportedValueAdded,
              companies: ti.companies,
              v: vByNace.get(ti.nace) ?? 0,
            }));
    return {
      realised: t.realised,
      expected: t.expected,
      affectedValueAdded: t.affectedValueAdded,
      unreportedValueAdded: t.unreportedValueAdded,
      vFixed,
      vDefault,
      industries,
    };
  });
  return { pooling: params.pooling, minSizeClass: params.min_size_class, themes };
}

export interface ChainOutputs {
  nationalPotential: number;
  socialGain: number;
  presentValue: number;
  bcr: number;
}

/** Σ_θ e_θ V_θ (with own industry rates where they apply): N before transferability and the adoption ceiling. */
function ratedValueAdded(tables: ChainTables, p: Params): number {
  const w = p.expected_weight;
  const a = p.affected_share;
  const rd = p.relevance_default;
  const themes = tables.themes;
  if (tables.pooling === 'programme') {
    let r = 0;
    let b = 0;
    let v = 0;
    for (const t of themes) {
      r += t.realised + w * t.expected;
      b += t.affectedValueAdded + a * t.unreportedValueAdded;
      v += t.vFixed + rd * t.vDefault;
    }
    return b >= MIN_BASE_DKK ? (r / b) * v : 0;
  }
  let sum = 0;
  for (const t of themes) {
    const b = t.affectedValueAdded + a * t.unreportedValueAdded;
    if (b < MIN_BASE_DKK) continue;
    const e = (t.realised + w * t.expected) / b;
    sum += e * (t.vFixed + rd * t.vDefault);
    for (const ti of t.industries) {
      if (ti.companies < p.min_companies) continue;
      const bi = ti.affectedValueAdded + a * ti.unreportedValueAdded;
      if (bi >= MIN_BASE_DKK) sum += ((ti.realised + w * ti.expected) / bi - e) * ti.v;
    }
  }
  return sum;
}

/**
 * N, S, PV and BCR of one parameter set; the choices (pooling, smallest size class) are the compiled ones.
 * When `path` is given, path[k − 1] = C(k), the share of S realised in year t₀ + k, for k = 1 … path.length
 * (the path is written even past the horizon, which only bounds the present value).
 */
export function chainOutputs(tables: ChainTables, p: Params, path?: Float64Array): ChainOutputs {
  const nationalPotential = p.transferability * p.adoption_ceiling * ratedValueAdded(tables, p);
  const socialGain = nationalPotential * socialFactor(p).factor;
  const h = p.horizon_years;
  const years = Math.max(h, path?.length ?? 0);
  const bassCurve = p.curve === 'bass';
  const m = p.diffusion_midpoint_years;
  const sp = p.diffusion_speed_years;
  const at0 = logistic(0, m, sp);
  const decay = p.persistence_decay;
  let dPrev = 0;
  let c = 0;
  let df = 1;
  let pvFactor = 0;
  for (let k = 1; k <= years; k++) {
    const d = bassCurve ? bass(k - p.lag_years, p.bass_p, p.bass_q) : (logistic(k, m, sp) - at0) / (1 - at0);
    c = c * (1 - decay) + (d - dPrev);
    dPrev = d;
    if (k <= h) {
      df /= 1 + discountRate(p.discount_profile, p.discount_rate, k);
      pvFactor += c * df;
    }
    if (path && k <= path.length) path[k - 1] = c;
  }
  const presentValue = socialGain * pvFactor;
  const cost = p.public_funding_dkk * (1 + p.tax_distortion);
  return { nationalPotential, socialGain, presentValue, bcr: (p.attribution * presentValue) / cost };
}
