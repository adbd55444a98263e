import { plainDecimal, toCsv } from './csv-write';
import { neutraliseFormula } from './export-guard';
import { assertFinite, cellText, type ExportTable } from './export-table';

/** `da`: `;`, decimal comma, for Danish Excel; `en`: `,` and a decimal point. Both UTF-8 with a BOM (Excel needs it). */
export type CsvStyle = 'da' | 'en';

/**
 * One cell's text. A typed number is a number whatever its column: a plain decimal, never guarded (a negative
 * number is data, not a formula). Everything else is text and goes through the formula guard.
 */
function cell(v: unknown, style: CsvStyle): string {
  return typeof v === 'number' ? plainDecimal(v, style === 'da') : neutraliseFormula(cellText(v));
}

/**
 * The one CSV writer for downloads (stamped exports, rejected rows, trace rows): header row, CRLF, a record per row
 * (an all-empty row too), RFC 4180 quoting, text guarded against formula injection, numbers as plain decimals.
 * Refuses a table holding ±Infinity or NaN (NonFiniteNumber).
 */
export function exportCsvText(table: ExportTable, style: CsvStyle): string {
  assertFinite(table);
  const header = table.columns.map((c) => neutraliseFormula(c.name));
  const rows = table.rows.map((r) => table.columns.map((c) => cell(r[c.name], style)));
  return toCsv(header, rows, { delimiter: style === 'da' ? ';' : ',', newline: '\r\n', emptyRows: 'fields' });
}

/** exportCsvText as UTF-8 bytes with a BOM. */
export function exportCsv(table: ExportTable, style: CsvStyle): Uint8Array {
  return new TextEncoder().encode('\uFEFF' + exportCsvText(table, style));
}
