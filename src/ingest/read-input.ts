import { toUtf8Bytes } from './decode';
import { sniffDialect, type Delimiter } from './sniff';
import { MAX_GRID_CELLS, WorkbookRefused } from './xlsx';
import { workbookCsvOffThread } from './workbook-csv';
import { InputRefused, binaryFormat, checkCsvShape, checkFileSize, crToLf } from './input-guard';

export type FileKind = 'csv' | 'xlsx' | 'parquet';

/** A file every import can stage: UTF-8 CSV bytes with the dialect they are read with. */
export interface TextInput {
  kind: FileKind;
  utf8: Uint8Array;
  /** The text's encoding as detected (`utf-8`, `windows-1252`, …), or the workbook kind it was read from. */
  encoding: string;
  dialect: { delimiter: Delimiter; quote: '"' };
}

/** What the first bytes say the file is: an XLSX (a zip, "PK"), Parquet ("PAR1"), or else text to be checked. */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31) return 'parquet';
  return 'csv';
}

const SNIFF_BYTES = 65536;

async function readWorkbook(
  fileName: string,
  kind: 'xlsx' | 'parquet',
  raw: Uint8Array,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  try {
    return await workbookCsvOffThread(kind, raw, signal);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    // A zip that is not a workbook (or a damaged one) would otherwise surface as a reader's internal message.
    if (e instanceof WorkbookRefused && e.reason.code === 'far-cell') {
      throw new InputRefused(fileName, { code: 'far-cell', cell: e.reason.cell, limit: MAX_GRID_CELLS });
    }
    if (kind === 'xlsx') throw new InputRefused(fileName, { code: 'not-workbook' });
    throw e;
  }
}

/**
 * The first steps of every import — guard, decode, sniff — from a file's raw bytes to UTF-8 CSV and its dialect.
 * Bad input is refused here, before anything is parsed or reaches DuckDB, with one specific reason
 * (`InputRefused`): empty, larger than `limit` bytes, binary (images, archives, PDFs, programs), too wide, a first
 * line that is no header, headers without rows. XLSX (first sheet) and Parquet arrive as the CSV text of their table.
 */
export async function readInput(fileName: string, raw: Uint8Array, limit = Infinity, signal?: AbortSignal): Promise<TextInput> {
  const size = checkFileSize(raw.byteLength, limit);
  if (size) throw new InputRefused(fileName, size);
  const kind = fileKind(raw);
  let out: TextInput;
  if (kind === 'csv') {
    const format = binaryFormat(raw);
    // Named as a workbook but not a zip (random bytes, a truncated download): say so, not "headers only".
    if (/\.xls[xm]$/i.test(fileName) && format !== 'Word/Excel 97–2003 (OLE)')
      throw new InputRefused(fileName, { code: 'not-workbook' });
    if (format) throw new InputRefused(fileName, { code: 'binary', format });
    const decoded = toUtf8Bytes(raw);
    const utf8 = crToLf(decoded.bytes);
    const sample = new TextDecoder().decode(utf8.subarray(0, SNIFF_BYTES));
    out = { kind, utf8, encoding: decoded.encoding, dialect: { delimiter: sniffDialect(sample).delimiter, quote: '"' } };
  } else {
    // In a worker in the browser: the page stays responsive and Cancel (`signal`) stops the read at once.
    out = {
      kind,
      utf8: await readWorkbook(fileName, kind, raw, signal),
      encoding: kind,
      dialect: { delimiter: ',', quote: '"' },
    };
  }
  const problem = checkCsvShape(out.utf8, out.dialect.delimiter);
  if (problem) throw new InputRefused(fileName, problem);
  return out;
}
