/** Shapes every import shares: the dialect a staged file is read with, and a row that did not load. */

export interface CsvDialect {
  delimiter: ',' | ';' | '\t' | '|';
  quote: '"';
}

/**
 * Why a value was rejected, as a stable code the UI words in its own language (`reason` stays the English
 * sentence for logs and the message of an error). `arg` is the code's one value (a limit, the conflicting value).
 */
export type RejectCode =
  | 'required'
  | 'not-number'
  | 'ambiguous'
  | 'not-whole'
  | 'not-finite'
  | 'below'
  | 'above'
  | 'not-division'
  | 'over-employees'
  | 'size-class'
  | 'size-mismatch'
  | 'status'
  | 'conflict'
  | 'unreadable';

export interface RejectedRow {
  line: number;
  column: string;
  value: string | null;
  reason: string;
  code?: RejectCode;
  arg?: string | null;
  /** For a `conflict`: the company and the line of its row the value disagrees with. */
  company?: string | null;
  firstLine?: number | null;
}

/** What validating a staged file into its table gave; with the reader's own rejects, rows in = loaded + rejected. */
export interface TableOutcome {
  rowsLoaded: number;
  rowsRejected: number;
  rejected: RejectedRow[];
}

/**
 * What a pass over a CSV's bytes proved about one staged column (src/ingest/csv-scan.ts), so that validation can
 * skip work that cannot change a value: no regex for plain numbers, no trim where there is no space.
 */
export interface ColumnFacts {
  /** Every non-empty value is `[-+]?\d+` ('int') or `[-+]?\d+(\.\d+)?` ('point'); null: not proven. */
  kind: 'int' | 'point' | null;
  /** No value holds a space (U+0020). */
  noSpace: boolean;
  /** The number-style evidence `styleEvidenceSql` would count in this column (meaningful when `kind` is set). */
  commaEvidence: number;
  pointEvidence: number;
}
