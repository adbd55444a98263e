import { SIZE_CLASSES } from './cells';
import { weightedGain } from './effect-size';
import type { Params } from './parameter-types';
import { relevance } from './population';
import type { PreparedInput } from './prepare';

export interface CrossCheckTheme {
  theme: string;
  reported: number;
  /** n_θ: companies reporting in the theme. */
  companies: number;
  /** Σ_{i, s ≥ s_min} ρ_{θ,i} F_{i,s}: relevance-weighted count of firms that could adopt. */
  relevantFirms: number;
  /** (R_θ / n_θ) · transferability · α · relevantFirms; 0 when no company reports in the theme. */
  nationalPotential: number;
  excluded: boolean;
}

/**
 * METHOD step 11: the same chain with firm counts as the base. A firm-average gain is dominated by the large
 * reporters, so this is biased upward; shown beside N to tell how much the choice of base matters.
 */
export function crossCheck(prep: PreparedInput, params: Params): { themes: CrossCheckTheme[]; nationalPotential: number } {
  const minRank = SIZE_CLASSES.indexOf(params.min_size_class);
  const eligible = prep.population.filter((p) => p.sizeRank >= minRank);
  let total = 0;
  const themes = prep.themes.map((t): CrossCheckTheme => {
    const reported = weightedGain(t.realised, t.expected, params.expected_weight);
    let relevantFirms = 0;
    for (const p of eligible) relevantFirms += relevance(prep, t, p.nace, params.relevance_default).value * p.firms;
    const excluded = t.companies < 1; // a count: below one company there is no firm average
    const n = excluded ? 0 : (reported / t.companies) * params.transferability * params.adoption_ceiling * relevantFirms;
    total += n;
    return { theme: t.theme, reported, companies: t.companies, relevantFirms, nationalPotential: n, excluded };
  });
  return { themes, nationalPotential: total };
}
