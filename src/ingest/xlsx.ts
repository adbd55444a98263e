import { cellText, exactArrayBuffer, plainDecimal, rectangle } from './cell-text';

export interface SheetTable {
  /** Every sheet's name, in workbook order. */
  sheets: string[];
  /** The sheet that was read. */
  sheet: string;
  headers: string[];
  /** One entry per sheet row below the header, empty rows in the middle included (all cells ''). */
  rows: string[][];
}

/** A numeric cell's stored text, kept apart from text cells that merely look numeric (`0123`). */
class XlsxNumber {
  constructor(readonly text: string) {}
}

/**
 * Excel computes and shows 15 significant digits but may store 17 (`1234.4999999999998` for 1234.5), so the
 * stored text is rounded to 15 digits, the value the partner saw, then written without exponent.
 */
export function excelNumberText(raw: string): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  return plainDecimal(n.toPrecision(15));
}

function xlsxCellText(v: unknown): string {
  return v instanceof XlsxNumber ? excelNumberText(v.text) : cellText(v);
}

/**
 * Reads one sheet of an XLSX workbook as text: the first sheet, or `sheet` by name or 0-based index into
 * `sheets`. The first non-empty row is the header row. read-excel-file is loaded on first use; its
 * `universal` entry reads an ArrayBuffer in the browser and in Node alike.
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string | number): Promise<SheetTable> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let all;
  try {
    all = await readXlsxFile<XlsxNumber>(exactArrayBuffer(bytes), { trim: false, parseNumber: (s) => new XlsxNumber(s) });
  } catch (e) {
    throw new Error(`Could not read the file as an XLSX workbook: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const sheets = all.map((s) => s.sheet);
  const picked = sheet === undefined ? all[0] : typeof sheet === 'number' ? all[sheet] : all.find((s) => s.sheet === sheet);
  if (!picked) {
    throw new Error(`The workbook has no sheet ${JSON.stringify(sheet)}; its sheets are: ${sheets.join(', ')}`);
  }
  const text = picked.data.map((row) => row.map(xlsxCellText));
  const first = text.findIndex((r) => r.some((c) => c !== ''));
  if (first < 0) return { sheets, sheet: picked.sheet, headers: [], rows: [] };
  const { headers, rows } = rectangle(text[first] ?? [], text.slice(first + 1));
  return { sheets, sheet: picked.sheet, headers, rows };
}
