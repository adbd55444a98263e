import type { Params } from './parameter-types';
import type { PreparedTheme } from './prepare';

/** METHOD step 1: a report counts in full when realised and at `expected_weight` when expected. */
export function weightedGain(realised: number, expected: number, expectedWeight: number): number {
  return realised + expectedWeight * expected;
}

/** METHOD step 2: affected employees where reported, else employees × `affected_share`, valued per employee. */
export function participantBase(affectedValueAdded: number, unreportedValueAdded: number, affectedShare: number): number {
  return affectedValueAdded + affectedShare * unreportedValueAdded;
}

/** Below one krone of value added there is nothing to measure a gain against (and R / B could overflow). */
export const MIN_BASE_DKK = 1;

/** e = R / B, or null when there is no base to measure the gain against (never a NaN or an Infinity). */
export function rate(reported: number, base: number): number | null {
  return base >= MIN_BASE_DKK ? reported / base : null;
}

export interface ThemeEffect {
  theme: PreparedTheme;
  /** R_θ, weighted by status. */
  reported: number;
  /** B^P_θ. */
  base: number;
  /** The rate the theme's terms use (the programme's under programme pooling); 0 when excluded. */
  rate: number;
  /** The theme's gains cannot be extrapolated: there is no base to divide them by. */
  excluded: boolean;
  /** theme_industry pooling: industries with at least `min_companies` companies and a base get their own rate. */
  ownRates: Map<number, { rate: number; reported: number; base: number; companies: number }>;
}

export interface EffectSizes {
  themes: ThemeEffect[];
  programme: { reported: number; base: number; rate: number | null };
}

/** METHOD step 3, with the pooling the parameters choose. */
export function effectSizes(themes: readonly PreparedTheme[], params: Params): EffectSizes {
  const w = params.expected_weight;
  const share = params.affected_share;
  let totalReported = 0;
  let totalBase = 0;
  const rows = themes.map((t) => {
    const reported = weightedGain(t.realised, t.expected, w);
    const base = participantBase(t.affectedValueAdded, t.unreportedValueAdded, share);
    totalReported += reported;
    totalBase += base;
    return { t, reported, base };
  });
  const programmeRate = rate(totalReported, totalBase);
  const out = rows.map(({ t, reported, base }): ThemeEffect => {
    const own = params.pooling === 'programme' ? programmeRate : rate(reported, base);
    const ownRates: ThemeEffect['ownRates'] = new Map();
    if (params.pooling === 'theme_industry') {
      for (const ti of t.industries.values()) {
        if (ti.companies < params.min_companies) continue;
        const r = weightedGain(ti.realised, ti.expected, w);
        const b = participantBase(ti.affectedValueAdded, ti.unreportedValueAdded, share);
        const e = rate(r, b);
        if (e !== null) ownRates.set(ti.nace, { rate: e, reported: r, base: b, companies: ti.companies });
      }
    }
    return { theme: t, reported, base, rate: own ?? 0, excluded: own === null, ownRates };
  });
  return { themes: out, programme: { reported: totalReported, base: totalBase, rate: programmeRate } };
}
