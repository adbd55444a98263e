import { exportCsv, type CsvStyle } from './export-csv';
import { exportJson } from './export-json';
import { stampFileName, type ExportStamp } from './export-stamp';
import { tableFromRows, type ExportTable } from './export-table';
import { exportXlsx, plainXlsx } from './export-xlsx';

export type ExportFormat = 'csv-da' | 'csv' | 'xlsx' | 'parquet' | 'json';

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
}

/** One table in one format, stamped: rows + columns + stamp → bytes and a stamped file name. */
export async function exportFile(
  format: ExportFormat,
  table: ExportTable,
  stamp: ExportStamp,
  base: string,
  lang: 'da' | 'en',
): Promise<ExportedFile> {
  switch (format) {
    case 'csv-da':
      // Both CSVs are .csv: the name says which one opens as columns in a Danish Excel.
      return {
        bytes: exportCsv(table, 'da'),
        fileName: stampFileName(`${base} excel-da`, stamp, 'csv'),
        mime: 'text/csv;charset=utf-8',
      };
    case 'csv':
      return { bytes: exportCsv(table, 'en'), fileName: stampFileName(base, stamp, 'csv'), mime: 'text/csv;charset=utf-8' };
    case 'xlsx':
      return {
        bytes: await exportXlsx(table, stamp, lang),
        fileName: stampFileName(base, stamp, 'xlsx'),
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
    case 'parquet':
      return {
        // Its writer (hyparquet-writer, which brings hyparquet) loads on first use: ~25 KB gzip off the first page.
        bytes: (await import('./export-parquet')).exportParquet(table, stamp),
        fileName: stampFileName(base, stamp, 'parquet'),
        mime: 'application/vnd.apache.parquet',
      };
    case 'json':
      return { bytes: exportJson(table, stamp), fileName: stampFileName(base, stamp, 'json'), mime: 'application/json' };
  }
}

/**
 * Rows of plain objects (rejected rows, trace rows and cells) as a CSV file, through the same writer and guard as
 * the stamped exports: `en` (`,`, the default) or `da` (`;`, decimal comma), UTF-8 with a BOM. Save it with
 * `downloadFile`/`saveFile` from src/ui.
 */
export function csvDownload(
  rows: readonly object[],
  fileName: string,
  columns?: readonly string[],
  style: CsvStyle = 'en',
): ExportedFile {
  return { bytes: exportCsv(tableFromRows(rows, columns), style), fileName, mime: 'text/csv;charset=utf-8' };
}

/** Rows of plain objects as a one-sheet XLSX (no stamp sheet), through the app's XLSX writer and formula guard. */
export function xlsxDownload(
  rows: readonly object[],
  fileName: string,
  sheetName: string,
  columns?: readonly string[],
): ExportedFile {
  return {
    bytes: plainXlsx(tableFromRows(rows, columns), sheetName),
    fileName,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
