/** A grid row: the partner's cells by column, and its line. */
export type GridRow = Record<string, string | null> & { line?: string | null };

/** Edits by line, then column: what the user typed over the partner's cells. */
export type Edits = Record<string, Record<string, string>>;

/** A cell as the grid shows it: the user's edit, or the partner's value. */
export const cellOf = (edits: Edits, row: GridRow, column: string): string =>
  edits[row.line ?? '']?.[column] ?? row[column] ?? '';

/** The values a column holds among the rows (as shown, edits included), most frequent first. */
export function columnValues(rows: readonly GridRow[], edits: Edits, column: string): { value: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = cellOf(edits, r, column);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, n]) => ({ value, n })).sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
}

/** `from` replaced by `to` in `column` of every row that shows it: the edits after, and how many rows changed. */
export function replaceAll(
  rows: readonly GridRow[],
  edits: Edits,
  column: string,
  from: string,
  to: string,
): { edits: Edits; changed: number } {
  const next: Edits = { ...edits };
  let changed = 0;
  for (const r of rows) {
    if (cellOf(edits, r, column) !== from) continue;
    const line = r.line ?? '';
    next[line] = { ...next[line], [column]: to };
    changed++;
  }
  return { edits: next, changed };
}
