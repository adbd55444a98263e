/** RFC 4180 CSV output, so rows read from XLSX or Parquet go through the same DuckDB staging path as CSV files. */

export interface CsvWriteOptions {
  delimiter?: string;
  newline?: '\n' | '\r\n';
}

const NEEDS_QUOTES = /["\r\n]|^\s|\s$/;

/** One field: quoted (with `""` for `"`) when it holds a quote, a line break, a delimiter or edge spaces. */
export function csvField(value: string, delimiter = ','): string {
  return NEEDS_QUOTES.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Headers and rows as CSV text (`,` and `\n` by default, a final newline). A row with no non-empty cell is
 * written as an empty line: readers skip it as a blank line rather than a record of empty fields, and every
 * other row keeps its line number (for XLSX: its row number in the sheet).
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\n';
  const line = (cells: readonly string[]) => cells.map((c) => csvField(c, delimiter)).join(delimiter);
  const out: string[] = [line(headers)];
  for (const row of rows) out.push(row.some((c) => c !== '') ? line(row) : '');
  return out.join(newline) + newline;
}
