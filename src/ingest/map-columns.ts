import { autoMap, type TableSpec } from './columns';

/** Each of a table's columns → the file column that holds it, by name (null: not in the file). */
export type ColumnMapping<K extends string> = Record<K, string | null>;

/** The spec's required columns, in its order: the one source of what a file of that table must have. */
export function requiredColumns<K extends string>(spec: TableSpec<K>): K[] {
  return spec.columns.filter((c) => c.required).map((c) => c.key);
}

/** Required columns that `mapping` leaves without a file column. */
export function missingRequired<K extends string>(spec: TableSpec<K>, mapping: ColumnMapping<K>): K[] {
  return requiredColumns(spec).filter((k) => mapping[k] === null);
}

/**
 * Maps a file's columns to the spec's by header (English or Danish, see `autoMap`). A remembered mapping (JSON of
 * an earlier manual choice for files with the same headers) wins where its column is still in this file; a
 * damaged one is ignored.
 */
export function mapColumns<K extends string>(
  columns: readonly string[],
  spec: TableSpec<K>,
  remembered: string | null = null,
): { mapping: ColumnMapping<K>; missingRequired: K[] } {
  const auto = autoMap(columns, spec);
  const mapping = {} as ColumnMapping<K>; // every spec column is set just below
  for (const c of spec.columns) {
    const idx = auto.mapping[c.key];
    mapping[c.key] = idx === null ? null : (columns[idx] ?? null);
  }
  if (remembered) {
    try {
      const saved = JSON.parse(remembered) as Partial<Record<string, unknown>>;
      for (const c of spec.columns) {
        const v = saved[c.key];
        if (v === null || (typeof v === 'string' && columns.includes(v))) mapping[c.key] = v;
      }
    } catch {
      /* not JSON: the automatic mapping stands */
    }
  }
  return { mapping, missingRequired: missingRequired(spec, mapping) };
}

/** Why a file cannot be the table it was offered as: its missing columns and the headers that table has. */
export function notThatTable<K extends string>(fileName: string, spec: TableSpec<K>, missing: readonly K[]): Error {
  return new Error(
    `${fileName} is not a ${spec.name} table: it has no column for ${missing.join(', ')} (expected headers: ${spec.columns.map((c) => c.key).join(', ')}).`,
  );
}
