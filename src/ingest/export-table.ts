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

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
