import type { ExportTable } from '../../ingest';
import type { Comparison } from './compare-model';

/** The comparison as a table: one row per headline figure, each scenario's value and its difference from the first. */
export function comparisonTable(cmp: Comparison, names: readonly string[], figureLabel: (i: number) => string): ExportTable {
  const columns = [
    { name: 'figure', type: 'VARCHAR' },
    { name: 'label', type: 'VARCHAR' },
    { name: 'unit', type: 'VARCHAR' },
  ];
  names.forEach((n, i) => {
    columns.push({ name: n, type: 'DOUBLE' });
    if (i > 0) columns.push({ name: `${n} − ${names[0]}`, type: 'DOUBLE' }, { name: `${n} − ${names[0]} (%)`, type: 'DOUBLE' });
  });
  const rows = cmp.figures.map((f, fi) => {
    const row: Record<string, unknown> = { figure: f.id, label: figureLabel(fi), unit: f.unit };
    f.values.forEach((v, i) => {
      row[names[i]!] = v;
      if (i > 0) {
        row[`${names[i]} − ${names[0]}`] = f.diffs[i]!.abs;
        row[`${names[i]} − ${names[0]} (%)`] = f.diffs[i]!.pct === null ? null : f.diffs[i]!.pct! * 100;
      }
    });
    return row;
  });
  return { columns, rows };
}
