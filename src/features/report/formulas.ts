import type { ParamId, Text } from '../../model';

/**
 * The chain's formulas as typeset in the method appendix, by figure id: METHOD.md's notation with one letter per
 * assumption (named in the symbol table), so the Danish report carries no English identifiers. Each says what the
 * model's own `formula.symbols` says for that figure.
 */
export const FORMULAS: Readonly<Record<string, readonly string[]>> = {
  reported: ['\\sum_{r ∈ ℛ} g_r'],
  reported_weighted: ['R = \\sum_r g_r · w_r'],
  'effect_size:programme': ['e = \\frac{\\sum_θ R_θ}{\\sum_θ B^P_θ}'],
  national_potential: ['N = \\sum_θ \\sum_{i,s} τ_θ · α · V_{θ,i,s}', 'τ_θ = t · e_θ', 'V_{θ,i,s} = VA_{i,s} · ρ_{θ,i}'],
  social_factor: ['k = \\frac{(1 − d)(1 − f)(1 − l)(1 − u) · m · NAF^κ − c}{(1 + r_T)^{L_T}}'],
  social_gain: ['S = k · N'],
  present_value: [
    'PV = \\sum_{t=1}^{H} S · C(t) · DF(t)',
    'C(t) = \\sum_{u ≤ t} ΔD(u) · (1 − δ)^{t − u}',
    'DF(t) = \\prod_{y=1}^{t} \\frac{1}{1 + r(y)}',
  ],
  bcr: ['BCR = \\frac{a · PV}{F · (1 + λ)}'],
  cross_check: ['N′ = \\sum_θ \\frac{R_θ}{n_θ} · t · α · \\sum_{i, s ≥ s_0} ρ_{θ,i} · A_{i,s}'],
};

/** What each symbol stands for: an assumption (its label in the report's language) or a quantity of the chain. */
export const SYMBOLS: readonly { tex: string; means: Text | ParamId }[] = [
  { tex: 'g_r', means: { da: 'rapport r’s årlige gevinst (kr.)', en: 'report r’s annual gain (DKK)' } },
  { tex: 'ℛ', means: { da: 'rapporterne med realiserede gevinster', en: 'the reports of realised gains' } },
  {
    tex: 'w_r',
    means: {
      da: 'vægt: 1 for realiserede gevinster, vægten på forventede gevinster for forventede',
      en: 'weight: 1 for realised gains, the weight of expected gains for expected ones',
    },
  },
  { tex: 'R_θ', means: { da: 'rapporterede gevinster i tema θ', en: 'reported gains in theme θ' } },
  {
    tex: 'B^P_θ',
    means: {
      da: 'deltagergrundlaget: værditilvæksten i de berørte dele af deltagerne i tema θ',
      en: 'the participant base: value added of the affected parts of the participants in theme θ',
    },
  },
  { tex: 'e_θ', means: { da: 'effektstørrelse (gevinst ÷ deltagergrundlag)', en: 'effect size (gain ÷ participant base)' } },
  { tex: 't', means: 'transferability' },
  { tex: 'α', means: 'adoption_ceiling' },
  { tex: 'VA_{i,s}', means: { da: 'værditilvækst i branche i, størrelse s', en: 'value added of industry i, size class s' } },
  {
    tex: 'ρ_{θ,i}',
    means: { da: 'relevans af tema θ for branche i (0–100 %)', en: 'relevance of theme θ to industry i (0–100%)' },
  },
  { tex: 's_0', means: 'min_size_class' },
  { tex: 'd', means: 'deadweight' },
  { tex: 'f', means: 'displacement' },
  { tex: 'l', means: 'leakage' },
  { tex: 'u', means: 'substitution' },
  { tex: 'm', means: 'multiplier' },
  { tex: 'NAF', means: 'net_tax_factor' },
  {
    tex: 'κ',
    means: { da: '1 ved omregning til forbrugerpriser, ellers 0', en: '1 when converting to consumer prices, else 0' },
  },
  { tex: 'c', means: 'implementation_cost_share' },
  { tex: 'r_T', means: 'timing_rate' },
  { tex: 'L_T', means: 'timing_lag_years' },
  { tex: 'H', means: 'horizon_years' },
  {
    tex: 'ΔD(u)',
    means: {
      da: 'årets tilvækst i udbredelsen (udbredelseskurven)',
      en: 'the year’s increase in dissemination (diffusion curve)',
    },
  },
  { tex: 'δ', means: 'persistence_decay' },
  {
    tex: 'r(y)',
    means: { da: 'diskonteringsraten i år y (diskonteringsprofilen)', en: 'the discount rate in year y (discount profile)' },
  },
  { tex: 'a', means: 'attribution' },
  { tex: 'F', means: 'public_funding_dkk' },
  { tex: 'λ', means: 'tax_distortion' },
  { tex: 'n_θ', means: { da: 'rapporterende virksomheder i tema θ', en: 'reporting companies in theme θ' } },
  { tex: 'A_{i,s}', means: { da: 'antal virksomheder i branche i, størrelse s', en: 'firms in industry i, size class s' } },
];
