import type { SizeClass } from './cells';
import { SIZE_CLASSES } from './cells';
import type { EffectSizes } from './effect-size';
import type { RowRef } from './figure';
import type { Params } from './parameter-types';
import { relevance, type RelevanceSource } from './population';
import type { PreparedInput } from './prepare';

/** One theme × industry × size class of METHOD step 6: the unit every breakdown is summed from. */
export interface Term {
  theme: string;
  nace: number;
  sizeClass: SizeClass;
  /** Value added of the industry × size class (population table). */
  valueAdded: number;
  relevance: number;
  relevanceSource: RelevanceSource;
  /** V_{θ,i,s} = value added × ρ_{θ,i}. */
  relevantValueAdded: number;
  /** The effect size applied: the theme's (or programme's), or the industry's own under theme × industry pooling. */
  effectSize: number;
  ownRate: boolean;
  /** τ · e · α · V. */
  nationalPotential: number;
  /** The term's national potential × the social-gain factor. */
  socialGain: number;
}

export interface ThemePotential {
  theme: string;
  relevantValueAdded: number;
  /** Σ transferability × e × V: the potential before the adoption ceiling (the waterfall's scale-up step). */
  beforeAdoption: number;
  nationalPotential: number;
  socialGain: number;
  relevanceRows: RowRef[];
  populationRows: RowRef[];
}

export interface NationalPotential {
  terms: Term[];
  themes: ThemePotential[];
  beforeAdoption: number;
  nationalPotential: number;
  socialGain: number;
}

/** METHOD steps 4–7 per term; `socialFactor` is S / N from social-gain.ts, applied per term so breakdowns add up. */
export function nationalPotential(
  prep: PreparedInput,
  effects: EffectSizes,
  params: Params,
  socialFactor: number,
): NationalPotential {
  const minRank = SIZE_CLASSES.indexOf(params.min_size_class);
  const eligible = prep.population.filter((p) => p.sizeRank >= minRank);
  const t = params.transferability;
  const alpha = params.adoption_ceiling;
  const terms: Term[] = [];
  const themes: ThemePotential[] = [];
  let beforeAll = 0;
  let nAll = 0;
  let sAll = 0;
  for (const eff of effects.themes) {
    if (eff.excluded) continue;
    const theme = eff.theme;
    const tp: ThemePotential = {
      theme: theme.theme,
      relevantValueAdded: 0,
      beforeAdoption: 0,
      nationalPotential: 0,
      socialGain: 0,
      relevanceRows: [],
      populationRows: [],
    };
    let lastNace = Number.NaN;
    let rho: ReturnType<typeof relevance> = { value: 0, source: 'default', row: null }; // replaced at the first row
    for (const p of eligible) {
      if (p.nace !== lastNace) {
        // Population rows are sorted by industry, so ρ is looked up once per industry.
        lastNace = p.nace;
        rho = relevance(prep, theme, p.nace, params.relevance_default);
        if (rho.row) tp.relevanceRows.push(rho.row);
      }
      const own = eff.ownRates.get(p.nace);
      const e = own ? own.rate : eff.rate;
      const v = p.valueAdded * rho.value;
      const before = t * e * v;
      const n = before * alpha;
      const s = n * socialFactor;
      terms.push({
        theme: theme.theme,
        nace: p.nace,
        sizeClass: p.sizeClass,
        valueAdded: p.valueAdded,
        relevance: rho.value,
        relevanceSource: rho.source,
        relevantValueAdded: v,
        effectSize: e,
        ownRate: own !== undefined,
        nationalPotential: n,
        socialGain: s,
      });
      tp.populationRows.push(p.row);
      tp.relevantValueAdded += v;
      tp.beforeAdoption += before;
      tp.nationalPotential += n;
      tp.socialGain += s;
    }
    beforeAll += tp.beforeAdoption;
    nAll += tp.nationalPotential;
    sAll += tp.socialGain;
    themes.push(tp);
  }
  return { terms, themes, beforeAdoption: beforeAll, nationalPotential: nAll, socialGain: sAll };
}

interface BreakdownRow<K> {
  key: K;
  nationalPotential: number;
  socialGain: number;
}

export interface Breakdown {
  byTheme: BreakdownRow<string>[];
  byIndustry: BreakdownRow<number>[];
  bySizeClass: BreakdownRow<SizeClass>[];
  /** Every term, for cross-tabulations the three lists do not cover. */
  terms: Term[];
}

function group<K>(terms: readonly Term[], keyOf: (t: Term) => K, order: (a: K, b: K) => number): BreakdownRow<K>[] {
  const m = new Map<K, BreakdownRow<K>>();
  for (const t of terms) {
    const k = keyOf(t);
    const row = m.get(k);
    if (row) {
      row.nationalPotential += t.nationalPotential;
      row.socialGain += t.socialGain;
    } else m.set(k, { key: k, nationalPotential: t.nationalPotential, socialGain: t.socialGain });
  }
  return [...m.values()].sort((a, b) => order(a.key, b.key));
}

/** N and S by theme, industry and size class, summed from the same terms as the totals. */
export function breakdown(terms: Term[]): Breakdown {
  return {
    byTheme: group(
      terms,
      (t) => t.theme,
      (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    ),
    byIndustry: group(
      terms,
      (t) => t.nace,
      (a, b) => a - b,
    ),
    bySizeClass: group(
      terms,
      (t) => t.sizeClass,
      (a, b) => SIZE_CLASSES.indexOf(a) - SIZE_CLASSES.indexOf(b),
    ),
    terms,
  };
}
