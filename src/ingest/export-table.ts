import { plainDecimal } from './csv-write';

/** What an export writes: named columns and plain rows (the shape of a DuckDB result after decode). */
export interface ExportTable {
  columns: readonly { name: string; type?: string }[];
  rows: readonly Record<string, unknown>[];
}

export type CellKind = 'number' | 'boolean' | 'text';

/** A column's kind from its DuckDB type when known, else from its values (all numbers → number). */
export function columnKind(table: ExportTable, index: number): CellKind {
  const col = table.columns[index];
  if (!col) return 'text';
  const t = col.type?.toUpperCase() ?? '';
  if (/INT|DOUBLE|DECIMAL|FLOAT|REAL|NUMERIC/.test(t) && !/\[\]|STRUCT|MAP/.test(t)) return 'number';
  if (/BOOL/.test(t)) return 'boolean';
  if (t !== '') return 'text';
  const values = table.rows.map((r) => r[col.name]).filter((v) => v !== null && v !== undefined);
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'number';
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'text';
}

/** A value as cell text; a number as a plain decimal (never `1e-7`), so text columns read back exactly too. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? plainDecimal(v) : String(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Rows of plain objects (rejected rows, trace rows) as a table: the given columns, else keys in first-seen order. */
// `object` lets typed interfaces (RejectedRow) pass without an index signature; rows are read by key.
export function tableFromRows(rows: readonly object[], columns?: readonly string[]): ExportTable {
  const names = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { columns: names.map((name) => ({ name })), rows: rows as readonly Record<string, unknown>[] }; // read by key only
}

/**
 * ±Infinity or NaN in a table an export is asked to write. CSV, XLSX and JSON have no spelling for them as a
 * number (JSON.stringify writes null, a CSV reader or spreadsheet would take "Infinity" as text), and an empty
 * cell would pass silently for a missing value; so the export is refused, naming the first such cell, and the
 * user filters it out, turns it into text in the query, or exports Parquet, which holds IEEE doubles exactly.
 */
export class NonFiniteNumber extends Error {
  constructor(
    readonly column: string,
    /** 1-based data row (the header is not counted). */
    readonly row: number,
    readonly value: number,
  ) {
    super(
      `column "${column}", row ${row} holds ${value}, which CSV, XLSX and JSON cannot hold as a number: filter it out or turn it into text in the query, or export as Parquet`,
    );
    this.name = 'NonFiniteNumber';
  }
}

/** Throws NonFiniteNumber for the first ±Infinity or NaN cell, row by row. */
export function assertFinite(table: ExportTable): void {
  table.rows.forEach((r, i) => {
    for (const c of table.columns) {
      const v = r[c.name];
      if (typeof v === 'number' && !Number.isFinite(v)) throw new NonFiniteNumber(c.name, i + 1, v);
    }
  });
}
