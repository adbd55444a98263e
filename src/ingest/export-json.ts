import type { ExportStamp } from './export-stamp';
import type { ExportTable } from './export-table';

/** `{ meta, columns, rows }`: the stamp travels in `meta`, the rows as plain objects. */
export function exportJson(table: ExportTable, stamp: ExportStamp): Uint8Array {
  const body = { meta: stamp, columns: table.columns, rows: table.rows };
  return new TextEncoder().encode(JSON.stringify(body, null, 1));
}
