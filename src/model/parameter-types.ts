import type { SizeClass } from './cells';
import type { Text } from './figure';
import type { Dkk, Share, Year } from './units';

export type Pooling = 'theme' | 'programme' | 'theme_industry';

type Curve = 'logistic' | 'bass';

export type DiscountProfile = '2013' | '2021' | 'flat';

/**
 * Every assumption of the chain, keyed by the snake_case ids of METHOD.md (they appear in URLs and the UI).
 * Only `validateParams` builds one from untrusted values, so the brands hold.
 */
export interface Params {
  reference_year: Year;
  expected_weight: Share;
  pooling: Pooling;
  min_companies: number;
  affected_share: Share;
  transferability: Share;
  relevance_default: Share;
  min_size_class: SizeClass;
  adoption_ceiling: Share;
  deadweight: Share;
  displacement: Share;
  leakage: Share;
  substitution: Share;
  multiplier: number;
  consumer_prices: boolean;
  net_tax_factor: number;
  implementation_cost_share: Share;
  timing_lag_years: number;
  timing_rate: number;
  curve: Curve;
  diffusion_midpoint_years: number;
  diffusion_speed_years: number;
  lag_years: number;
  bass_p: number;
  bass_q: number;
  persistence_decay: Share;
  horizon_years: number;
  discount_profile: DiscountProfile;
  discount_rate: number;
  tax_distortion: Share;
  attribution: Share;
  public_funding_dkk: Dkk;
  dkk_per_eur: number;
}

export type ParamId = keyof Params;

/** Parameter values before validation puts the unit brands on (presets, URL state, forms). */
export type RawParams = { [K in ParamId]: Params[K] extends number ? number : Params[K] };

interface SpecBase<K extends string> {
  kind: K;
  label: Text;
  /** Display unit, e.g. "share", "years", "DKK". */
  unit: Text;
  /** Where the default comes from and why; the in-app method appendix is generated from these notes. */
  source: Text;
}

export interface NumberSpec extends SpecBase<'number' | 'share'> {
  min: number;
  max: number;
  integer?: boolean;
  default: number;
}

interface ChoiceSpec<C extends string = string> extends SpecBase<'choice'> {
  choices: readonly { value: C; label: Text }[];
  default: C;
}

interface BooleanSpec extends SpecBase<'boolean'> {
  default: boolean;
}

export type ParamSpec = (NumberSpec | ChoiceSpec | BooleanSpec) & { id: ParamId };

/** The spec shape each parameter's value type calls for (brackets stop unions from distributing). */
type SpecFor<T> = [T] extends [boolean] ? BooleanSpec : [T] extends [string] ? ChoiceSpec<T> : NumberSpec;

export type ParamSchema = { [K in ParamId]: SpecFor<Params[K]> };

/** The numeric parameters: the ones goal seek and the sensitivity screens can vary continuously. */
export type NumericParamId = { [K in ParamId]: Params[K] extends number ? K : never }[ParamId];
