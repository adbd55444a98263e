import { neutraliseFormula } from './export-guard';
import { stampEntries, type ExportStamp } from './export-stamp';
import { assertFinite, cellText, columnKind, type ExportTable } from './export-table';

/**
 * XLSX with the rows on the first sheet (numbers as numbers, text guarded against formula injection) and the
 * stamp on a second sheet, so the data sheet stays a plain table. write-excel-file is loaded on first use.
 * Refuses ±Infinity and NaN (NonFiniteNumber): a sheet has no number for them.
 */
export async function exportXlsx(table: ExportTable, stamp: ExportStamp, lang: 'da' | 'en'): Promise<Uint8Array> {
  assertFinite(table);
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const kinds = table.columns.map((_, i) => columnKind(table, i));
  const header = table.columns.map((c) => ({ value: neutraliseFormula(c.name), fontWeight: 'bold' as const }));
  const rows = table.rows.map((r) =>
    table.columns.map((c, i) => {
      const v = r[c.name];
      if (v === null || v === undefined) return null;
      if (typeof v === 'number') return { value: v, type: Number };
      if (kinds[i] === 'boolean' && typeof v === 'boolean') return { value: v, type: Boolean };
      return { value: neutraliseFormula(cellText(v)), type: String };
    }),
  );
  const stampRows = [
    [lang === 'da' ? 'Nøgle' : 'Key', lang === 'da' ? 'Værdi' : 'Value'].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...stampEntries(stamp).map(([k, v]) => [{ value: k, type: String }, { value: neutraliseFormula(v), type: String }]),
  ];
  const blob = await writeXlsxFile([
    { data: [header, ...rows], sheet: lang === 'da' ? 'Data' : 'Data', columns: table.columns.map(() => ({ width: 18 })) },
    { data: stampRows, sheet: lang === 'da' ? 'Proveniens' : 'Provenance', columns: [{ width: 30 }, { width: 80 }] },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
