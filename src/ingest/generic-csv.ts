import Papa from 'papaparse';
import { sniffDialect, type Delimiter } from './sniff';

interface GenericCsvError {
  /** 0-based data row (after the header) the error was found in, when known. */
  row: number | null;
  message: string;
}

export interface GenericTable {
  headers: string[];
  rows: string[][];
  delimiter: Delimiter;
  /** What PapaParse could not read cleanly (unbalanced quotes, ragged rows); the rows are still returned as read. */
  errors: GenericCsvError[];
}

const SAMPLE = 1 << 16;

/**
 * Any delimited text as a table of strings, for the "load any CSV as an extra table" feature. Every value
 * stays text, exactly as written: no trimming, no type guessing. Line breaks inside quoted fields are kept
 * as written (LF or CRLF); empty lines are not rows. The delimiter is sniffed unless given.
 */
export function parseGenericCsv(text: string, delimiter?: Delimiter): GenericTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = delimiter ?? sniffDialect(body.slice(0, SAMPLE)).delimiter;
  const result = Papa.parse<string[]>(body, {
    delimiter: delim,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: true,
  });
  const [headers = [], ...rows] = result.data;
  const errors: GenericCsvError[] = result.errors.map((e) => ({
    row: typeof e.row === 'number' ? e.row - 1 : null,
    message: `${e.code}: ${e.message}`,
  }));
  // PapaParse checks field counts only in header mode; the table is read without it so duplicate headers survive.
  rows.forEach((r, i) => {
    if (r.length !== headers.length) {
      errors.push({ row: i, message: `data row ${i + 1} has ${r.length} fields, the header has ${headers.length}` });
    }
  });
  return { headers, rows, delimiter: delim, errors };
}
