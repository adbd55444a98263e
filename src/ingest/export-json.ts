import type { ExportStamp } from './export-stamp';
import { assertFinite, type ExportTable } from './export-table';

/**
 * `{ meta, columns, rows }`: the stamp travels in `meta`, the rows as plain objects. Refuses ±Infinity and NaN
 * (NonFiniteNumber), which JSON.stringify would write as null.
 */
export function exportJson(table: ExportTable, stamp: ExportStamp): Uint8Array {
  assertFinite(table);
  const body = { meta: stamp, columns: table.columns, rows: table.rows };
  return new TextEncoder().encode(JSON.stringify(body, null, 1));
}
