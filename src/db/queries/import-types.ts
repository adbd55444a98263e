/** Shapes every import shares: the dialect a staged file is read with, and a row that did not load. */

export interface CsvDialect {
  delimiter: ',' | ';' | '\t' | '|';
  quote: '"';
}

export interface RejectedRow {
  line: number;
  column: string;
  value: string | null;
  reason: string;
}

/** What validating a staged file into its table gave; with the reader's own rejects, rows in = loaded + rejected. */
export interface TableOutcome {
  rowsLoaded: number;
  rowsRejected: number;
  rejected: RejectedRow[];
}
