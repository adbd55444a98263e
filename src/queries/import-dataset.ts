import {
  GAIN_COLUMNS,
  blankLines,
  datasetStore,
  deleteDatasetRows,
  exportDatasetRows,
  quoteIdent,
  registerDataset,
  stageCsv,
  validateStagedGains,
  type CsvDialect,
  type Db,
  type GainMapping,
  type ImportOutcome,
  type RejectedRow,
} from '../db';
import { autoMap, headerSignature, readParquet, readXlsx, sniffDialect, toCsv, toUtf8Bytes } from '../ingest';

export type FileKind = 'csv' | 'xlsx' | 'parquet';

export interface PreparedImport {
  fileName: string;
  kind: FileKind;
  encoding: string;
  dialect: CsvDialect;
  bytes: number;
  /** The staged file's columns, in order. */
  columns: string[];
  /** A few rows of raw values per column, for the mapping step. */
  samples: Record<string, string[]>;
  mapping: GainMapping;
  /** Required canonical columns that no file column maps to: the user must map them. */
  missingRequired: string[];
  signature: string;
  rowsIn: number;
  parseRejects: RejectedRow[];
}

export interface ImportResult extends ImportOutcome {
  datasetId: string;
  name: string;
  fileName: string;
  encoding: string;
  dialect: CsvDialect;
  kind: FileKind;
}

export const REQUIRED: readonly string[] = ['project_id', 'theme', 'company_id', 'nace', 'year', 'annual_gain_dkk'];
const MAPPING_KEY = 'spillover.mapping.';

function detectKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'; // "PK": a zip container
  if (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31) return 'parquet'; // "PAR1"
  return 'csv';
}

function checkAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
}

/** Reads the file into a staging table and proposes a column mapping (remembered ones first). */
export async function prepareImport(db: Db, fileName: string, raw: Uint8Array, signal?: AbortSignal): Promise<PreparedImport> {
  const kind = detectKind(raw);
  let utf8: Uint8Array;
  let encoding: string;
  let dialect: CsvDialect;
  if (kind === 'csv') {
    const decoded = toUtf8Bytes(raw);
    utf8 = decoded.bytes;
    encoding = decoded.encoding;
    const sample = new TextDecoder().decode(utf8.subarray(0, 65536));
    dialect = { delimiter: sniffDialect(sample).delimiter, quote: '"' };
  } else {
    const table = kind === 'xlsx' ? await readXlsx(raw) : await readParquet(raw);
    utf8 = new TextEncoder().encode(toCsv(table.headers, table.rows));
    encoding = kind;
    dialect = { delimiter: ',', quote: '"' };
  }
  checkAborted(signal);
  const file = `import-${crypto.randomUUID()}.csv`;
  await db.load(file, utf8);
  try {
    const staged = await stageCsv(db, file, dialect, 'import_staged', blankLines(utf8));
    checkAborted(signal);
    const sampleRows = await db.query(`SELECT * EXCLUDE (line) FROM ${quoteIdent(staged.table)} ORDER BY line LIMIT 5`);
    const samples: Record<string, string[]> = {};
    for (const c of staged.columns) samples[c] = sampleRows.rows.map((r) => (r[c] === null ? '' : String(r[c])));
    const signature = headerSignature(staged.columns);
    const remembered = localStorage.getItem(MAPPING_KEY + signature);
    const auto = autoMap(staged.columns);
    const mapping = {} as GainMapping; // every canonical column is set in the loop below
    for (const c of GAIN_COLUMNS) {
      const idx = auto.mapping[c];
      mapping[c] = idx === null || idx === undefined ? null : (staged.columns[idx] ?? null);
    }
    if (remembered) Object.assign(mapping, JSON.parse(remembered) as Partial<GainMapping>);
    return {
      fileName,
      kind,
      encoding,
      dialect,
      bytes: raw.byteLength,
      columns: staged.columns,
      samples,
      mapping,
      missingRequired: REQUIRED.filter((c) => mapping[c as keyof GainMapping] === null),
      signature,
      rowsIn: staged.rowsIn,
      parseRejects: staged.parseRejects,
    };
  } finally {
    await db.drop(file);
  }
}

async function hashRows(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Validates the staged rows under `mapping` into a new data set, stores it durably, and returns the full
 * account of what was loaded and rejected. On cancel or failure nothing of the new data set remains.
 */
export async function completeImport(
  db: Db,
  prepared: PreparedImport,
  mapping: GainMapping,
  name: string,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const missing = REQUIRED.filter((c) => mapping[c as keyof GainMapping] === null);
  if (missing.length) throw new Error(`Map these required columns before importing: ${missing.join(', ')}`);
  localStorage.setItem(MAPPING_KEY + prepared.signature, JSON.stringify(mapping));
  const datasetId = `ds-${crypto.randomUUID()}`;
  try {
    const out = await validateStagedGains(db, 'import_staged', mapping, datasetId);
    checkAborted(signal);
    const rejectedRows = await db.query<RejectedRow & Record<string, string | number | null>>(
      'SELECT line, "column", value, reason FROM import_rejects ORDER BY line, "column"',
    );
    const rejected = [...prepared.parseRejects, ...rejectedRows.rows].sort((a, b) => a.line - b.line);
    const rowsRejected = out.rowsRejected + prepared.parseRejects.length;
    const rows = await exportDatasetRows(db, datasetId);
    const info = {
      dataset_id: datasetId,
      name,
      source: prepared.fileName,
      created_at: new Date().toISOString(),
      rows_in: prepared.rowsIn,
      rows_loaded: out.rowsLoaded,
      rows_rejected: rowsRejected,
      content_hash: await hashRows(rows),
    };
    checkAborted(signal);
    await registerDataset(db, info);
    await datasetStore.put({ info, rows });
    return {
      ...out,
      rowsIn: prepared.rowsIn,
      rowsRejected,
      rejected,
      datasetId,
      name,
      fileName: prepared.fileName,
      encoding: prepared.encoding,
      dialect: prepared.dialect,
      kind: prepared.kind,
    };
  } catch (e) {
    await deleteDatasetRows(db, datasetId).catch(() => undefined);
    throw e;
  }
}

/** Deletes a stored data set (never the bundled demo). */
export async function deleteDataset(db: Db, datasetId: string): Promise<void> {
  await deleteDatasetRows(db, datasetId);
  await datasetStore.remove(datasetId);
}
