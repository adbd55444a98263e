import { csvField } from './csv-write';
import { neutraliseFormula } from './export-guard';
import { cellText, columnKind, type ExportTable } from './export-table';

/** `da`: `;`, decimal comma, for Danish Excel; `en`: `,` and a decimal point. Both UTF-8 with a BOM (Excel needs it). */
export type CsvStyle = 'da' | 'en';

function numberText(v: unknown, style: CsvStyle): string {
  if (typeof v !== 'number') return neutraliseFormula(cellText(v));
  if (!Number.isFinite(v)) return '';
  // Full precision and no grouping, so the file reads back to the same number.
  const s = String(v);
  return style === 'da' ? s.replace('.', ',') : s;
}

/** A table as CSV text (header row, CRLF): text cells guarded against formula injection, numbers as numbers. */
export function exportCsvText(table: ExportTable, style: CsvStyle): string {
  const delimiter = style === 'da' ? ';' : ',';
  const kinds = table.columns.map((_, i) => columnKind(table, i));
  const header = table.columns.map((c) => csvField(neutraliseFormula(c.name), delimiter)).join(delimiter);
  const lines = table.rows.map((r) =>
    table.columns
      .map((c, i) => {
        const v = r[c.name];
        const text = kinds[i] === 'number' ? numberText(v, style) : neutraliseFormula(cellText(v));
        return csvField(text, delimiter);
      })
      .join(delimiter),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}

export function exportCsv(table: ExportTable, style: CsvStyle): Uint8Array {
  return new TextEncoder().encode('\uFEFF' + exportCsvText(table, style));
}
