/**
 * RFC 4180 CSV output: the one field quoting and the one number spelling for every CSV the app writes. `toCsv` is
 * the import side (rows read from XLSX or Parquet go through the same DuckDB staging path as CSV files; no formula
 * guard, the text must reach DuckDB as it was); downloads go through `exportCsvText` (export-csv.ts), which adds
 * the guard.
 */

export interface CsvWriteOptions {
  delimiter?: string;
  newline?: '\n' | '\r\n';
  /** `blank` (default): a row with no non-empty cell is an empty line; `fields`: its empty fields, joined. */
  emptyRows?: 'blank' | 'fields';
}

const NEEDS_QUOTES = /["\r\n]|^\s|\s$/;

/** One field: quoted (with `""` for `"`) when it holds a quote, a line break, a delimiter or edge spaces. */
export function csvField(value: string, delimiter = ','): string {
  return NEEDS_QUOTES.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Headers and rows as CSV text (`,` and `\n` by default, a final newline). By default a row with no non-empty cell
 * is written as an empty line: readers skip it as a blank line rather than a record of empty fields, and every
 * other row keeps its line number (for XLSX: its row number in the sheet). Exports keep such rows as records
 * (`emptyRows: 'fields'`), so the file has as many records as the table.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\n';
  const line = (cells: readonly string[]) => cells.map((c) => csvField(c, delimiter)).join(delimiter);
  const out: string[] = [line(headers)];
  const blank = (options.emptyRows ?? 'blank') === 'blank';
  for (const row of rows) out.push(!blank || row.some((c) => c !== '') ? line(row) : '');
  return out.join(newline) + newline;
}

/**
 * A finite number as a plain decimal with every significant digit: no exponent, no grouping, so it reads back to
 * the same double (`parseFloat(plainDecimal(v)) === v`) in DuckDB's `read_csv`, in the app's import and in a
 * spreadsheet; `String(v)` writes `1e-7` and `1e+21`, which the import rejects. The digits are JavaScript's shortest
 * round-trip ones (`String(v)`), only the decimal point moves. `decimalComma` writes `,` (Danish Excel). -0 is
 * written `0`: a sign on zero is an artefact of the arithmetic, and "-0" would look like a formula-guarded cell.
 * Throws a RangeError for ±Infinity and NaN, which have no decimal spelling; writers check for them first.
 */
export function plainDecimal(value: number, decimalComma = false): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no plain decimal form`);
  const s = value === 0 ? '0' : expand(String(value));
  return decimalComma ? s.replace('.', ',') : s;
}

/** `1.5e-7` → `0.00000015`, `1e+21` → `1000000000000000000000`; anything without an exponent unchanged. */
function expand(s: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', lead = '', frac = '', exp = '0'] = m;
  const digits = lead + frac;
  const point = Number(exp) + 1; // digits before the decimal point
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
