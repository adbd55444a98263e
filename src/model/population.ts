import type { SizeClass } from './cells';
import { SIZE_CLASSES } from './cells';
import type { RowRef } from './figure';
import type { Params } from './parameter-types';
import type { PreparedInput, PreparedTheme } from './prepare';

export type RelevanceSource = 'table' | 'participants' | 'default';

/**
 * ρ_{θ,i}: the data set's relevance table where it has an entry; else 1 where the theme has participants in the
 * industry (its results were tested there); else `relevance_default`.
 */
export function relevance(
  prep: PreparedInput,
  theme: PreparedTheme,
  nace: number,
  relevanceDefault: number,
): { value: number; source: RelevanceSource; row: RowRef | null } {
  const explicit = prep.relevance.get(theme.theme)?.get(nace);
  if (explicit) return { value: explicit.value, source: 'table', row: explicit.row };
  const participants = (theme.industries.get(nace)?.companies ?? 0) > 0;
  return participants
    ? { value: 1, source: 'participants', row: null }
    : { value: relevanceDefault, source: 'default', row: null };
}

/** 1[s ≥ min_size_class] in the size order of the population table. */
export function sizeIncluded(sizeClass: SizeClass, minSizeClass: Params['min_size_class']): boolean {
  return SIZE_CLASSES.indexOf(sizeClass) >= SIZE_CLASSES.indexOf(minSizeClass);
}
