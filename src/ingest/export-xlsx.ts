import { neutraliseFormula } from './export-guard';
import { stampEntries, type ExportStamp } from './export-stamp';
import { assertFinite, cellText, columnKind, type ExportTable } from './export-table';
import { writeXlsx, type XlsxValue } from './xlsx-write';

/**
 * XLSX with the rows on the first sheet (numbers as numbers, text guarded against formula injection) and the
 * stamp on a second sheet, so the data sheet stays a plain table. Written by our own writer and zipped
 * synchronously (no worker: the CSP allows none from `blob:`). Refuses ±Infinity and NaN (NonFiniteNumber): a sheet
 * has no number for them.
 */
export async function exportXlsx(table: ExportTable, stamp: ExportStamp, lang: 'da' | 'en'): Promise<Uint8Array> {
  assertFinite(table);
  await Promise.resolve();
  const stampRows = [
    [lang === 'da' ? 'Nøgle' : 'Key', lang === 'da' ? 'Værdi' : 'Value'].map((value) => ({ value, bold: true })),
    ...stampEntries(stamp).map(([k, v]) => [k, neutraliseFormula(v)]),
  ];
  return writeXlsx([
    dataSheet(table, 'Data'),
    { name: lang === 'da' ? 'Proveniens' : 'Provenance', widths: [30, 80], rows: stampRows },
  ]);
}

/** The table as a sheet: a bold header, numbers as numbers, text through the formula guard. */
function dataSheet(table: ExportTable, name: string) {
  const kinds = table.columns.map((_, i) => columnKind(table, i));
  const header = table.columns.map((c) => ({ value: neutraliseFormula(c.name), bold: true }));
  const rows = table.rows.map((r) =>
    table.columns.map((c, i): XlsxValue => {
      const v = r[c.name];
      if (v === null || v === undefined) return null;
      if (typeof v === 'number') return v;
      if (kinds[i] === 'boolean' && typeof v === 'boolean') return v;
      return neutraliseFormula(cellText(v));
    }),
  );
  return { name, widths: table.columns.map(() => 18), rows: [header, ...rows] };
}

/** One sheet and no stamp: a file to send back as it is (a partner's rejected rows). */
export function plainXlsx(table: ExportTable, sheetName: string): Uint8Array {
  assertFinite(table);
  return writeXlsx([dataSheet(table, sheetName)]);
}
