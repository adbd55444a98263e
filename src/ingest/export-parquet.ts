import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { stampEntries, type ExportStamp } from './export-stamp';
import { cellText, columnKind, type ExportTable } from './export-table';

/** Parquet with typed columns (DOUBLE, BOOLEAN, STRING) and the stamp as key–value file metadata. */
export function exportParquet(table: ExportTable, stamp: ExportStamp): Uint8Array {
  const columnData: ColumnSource[] = table.columns.map((c, i) => {
    const kind = columnKind(table, i);
    const values = table.rows.map((r) => r[c.name]);
    if (kind === 'number') return { name: c.name, type: 'DOUBLE', data: values.map((v) => (typeof v === 'number' ? v : null)) };
    if (kind === 'boolean')
      return { name: c.name, type: 'BOOLEAN', data: values.map((v) => (typeof v === 'boolean' ? v : null)) };
    return { name: c.name, type: 'STRING', data: values.map((v) => (v === null || v === undefined ? null : cellText(v))) };
  });
  const kvMetadata = stampEntries(stamp).map(([key, value]) => ({ key, value }));
  return new Uint8Array(parquetWriteBuffer({ columnData, kvMetadata, createdBy: `spillover ${stamp.appVersion}` }));
}
