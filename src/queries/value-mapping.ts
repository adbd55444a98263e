import { VALUE_COLUMNS, isReadAsIs, suggestValue, type ValueColumn } from '../model';
import type { GainMapping } from '../db';

/** Per categorical column: a file value → the canonical value it stands for. */
export type ValueMapping = Partial<Record<ValueColumn, Record<string, string>>>;

export type Distinct = Record<string, { value: string; n: number }[]>;

/** A file value of a mapped categorical column the import would not read as it stands. */
export interface ValueToMap {
  column: ValueColumn;
  value: string;
  n: number;
  suggestion: { value: string; confidence: number } | null;
}

/** The values that need a decision: those of each mapped categorical column the import does not read as they are. */
export function valuesToMap(mapping: GainMapping, distinct: Distinct): ValueToMap[] {
  return VALUE_COLUMNS.flatMap((column) => {
    const source = mapping[column];
    if (source === null) return [];
    return (distinct[source] ?? [])
      .filter((v) => !isReadAsIs(column, v.value))
      .map((v) => ({ column, value: v.value, n: v.n, suggestion: suggestValue(column, v.value) }));
  });
}

/** The suggested value mapping (a remembered choice for the same headers first), for every value that needs one. */
export function suggestedValues(mapping: GainMapping, distinct: Distinct, remembered: ValueMapping | null): ValueMapping {
  const out: ValueMapping = {};
  for (const v of valuesToMap(mapping, distinct)) {
    const chosen = remembered?.[v.column]?.[v.value] ?? v.suggestion?.value;
    if (chosen !== undefined) out[v.column] = { ...out[v.column], [v.value]: chosen };
  }
  return out;
}

/** The user's choices, and for every value they have not decided, the suggestion (a value mapped to itself: as is). */
export function withSuggestions(mapping: GainMapping, distinct: Distinct, chosen: ValueMapping): ValueMapping {
  return suggestedValues(mapping, distinct, chosen);
}

export function parseValueMapping(text: string | null): ValueMapping | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as ValueMapping) : null; // written by the app itself, per header signature
  } catch {
    return null;
  }
}
