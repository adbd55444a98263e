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
  loadGenericTable,
  tableNameFor,
  type CsvDialect,
  type Db,
  type GainMapping,
  type ImportOutcome,
  type RejectedRow,
  type DatasetInfo,
  type PopulationMapping,
  type PopulationOutcome,
  POPULATION_REQUIRED,
  POPULATION_TABLE_COLUMNS,
  exportPopulation,
  replacePopulation,
  sha256Hex,
  type StoredDataset,
  type Staged,
} from '../db';
import { POPULATION_KEY } from './engine';
import {
  InputRefused,
  POPULATION_SPEC,
  autoMap,
  binaryFormat,
  checkCsvShape,
  csvChunks,
  headerSignature,
  parseGenericCsv,
  readParquet,
  readXlsx,
  sniffDialect,
  toCsv,
  toUtf8Bytes,
  type SheetTable,
} from '../ingest';

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
  info: DatasetInfo;
  datasetId: string;
  name: string;
  fileName: string;
  encoding: string;
  dialect: CsvDialect;
  kind: FileKind;
}

export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  rowsDone: number;
}

/** Files above this are read in chunks, so the user sees progress and can cancel between them. */
export const CHUNKED_ABOVE = 5 * 1024 * 1024;

/**
 * DuckDB's reader over the file, in pieces of ~8 MB cut at record boundaries for a large file: progress after
 * each, cancellation between them. Lines keep their numbers in the whole file.
 */
async function stageInChunks(
  db: Db,
  file: string,
  utf8: Uint8Array,
  dialect: CsvDialect,
  signal?: AbortSignal,
  onProgress?: (p: ImportProgress) => void,
): Promise<Staged> {
  if (utf8.byteLength <= CHUNKED_ABOVE) {
    await db.load(file, utf8);
    try {
      return await stageCsv(db, file, dialect, 'import_staged', blankLines(utf8));
    } finally {
      await db.drop(file);
    }
  }
  const { headerEnd, chunks } = csvChunks(utf8);
  const header = utf8.subarray(0, headerEnd);
  let rowsIn = 0;
  let columns: string[] = [];
  const parseRejects: RejectedRow[] = [];
  for (const [i, c] of chunks.entries()) {
    checkAborted(signal);
    const bytes = new Uint8Array(headerEnd + (c.end - c.start));
    bytes.set(header, 0);
    bytes.set(utf8.subarray(c.start, c.end), headerEnd);
    await db.load(file, bytes);
    try {
      const part = await stageCsv(db, file, dialect, 'import_staged', blankLines(bytes), { lineOffset: c.lineOffset, append: i > 0 });
      rowsIn += part.rowsIn;
      columns = part.columns;
      parseRejects.push(...part.parseRejects);
    } finally {
      await db.drop(file);
    }
    onProgress?.({ bytesDone: c.end, bytesTotal: utf8.byteLength, rowsDone: rowsIn });
  }
  return { table: 'import_staged', columns, rowsIn, parseRejects };
}

export const REQUIRED: readonly string[] = ['project_id', 'theme', 'company_id', 'nace', 'year', 'annual_gain_dkk'];
const MAPPING_KEY = 'spillover.mapping.';

/** Where an import remembers column mappings and keeps data sets; browser storage by default. */
export interface ImportDeps {
  memory: { get: (key: string) => string | null; set: (key: string, value: string) => void };
  store: { put: (d: StoredDataset) => Promise<void> };
}

export const browserDeps = (): ImportDeps => ({
  memory: { get: (k) => localStorage.getItem(k), set: (k, v) => localStorage.setItem(k, v) },
  store: datasetStore,
});

function detectKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'; // "PK": a zip container
  if (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31) return 'parquet'; // "PAR1"
  return 'csv';
}

function checkAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
}

interface CheckedText {
  kind: FileKind;
  utf8: Uint8Array;
  encoding: string;
  dialect: CsvDialect;
}

async function readWorkbook(fileName: string, kind: 'xlsx' | 'parquet', raw: Uint8Array): Promise<Pick<SheetTable, 'headers' | 'rows'>> {
  try {
    return kind === 'xlsx' ? await readXlsx(raw) : await readParquet(raw);
  } catch (e) {
    // A zip that is not a workbook (or a damaged one) would otherwise surface as a reader's internal message.
    if (kind === 'xlsx') throw new InputRefused(fileName, { code: 'binary', format: 'ZIP' });
    throw e;
  }
}

/**
 * Any accepted file as UTF-8 CSV with its dialect, after the checks that refuse bad input with a specific
 * reason (empty, binary, too wide, a first line that is no header, headers without rows).
 */
async function checkedText(fileName: string, raw: Uint8Array): Promise<CheckedText> {
  if (raw.byteLength === 0) throw new InputRefused(fileName, { code: 'empty' });
  const kind = detectKind(raw);
  let out: CheckedText;
  if (kind === 'csv') {
    const format = binaryFormat(raw);
    if (format) throw new InputRefused(fileName, { code: 'binary', format });
    const decoded = toUtf8Bytes(raw);
    const sample = new TextDecoder().decode(decoded.bytes.subarray(0, 65536));
    out = { kind, utf8: decoded.bytes, encoding: decoded.encoding, dialect: { delimiter: sniffDialect(sample).delimiter, quote: '"' } };
  } else {
    const table = await readWorkbook(fileName, kind, raw);
    out = { kind, utf8: new TextEncoder().encode(toCsv(table.headers, table.rows)), encoding: kind, dialect: { delimiter: ',', quote: '"' } };
  }
  const problem = checkCsvShape(out.utf8, out.dialect.delimiter);
  if (problem) throw new InputRefused(fileName, problem);
  return out;
}

/** Reads the file into a staging table and proposes a column mapping (remembered ones first). */
export async function prepareImport(
  db: Db,
  fileName: string,
  raw: Uint8Array,
  deps: ImportDeps,
  signal?: AbortSignal,
  onProgress?: (p: ImportProgress) => void,
): Promise<PreparedImport> {
  const { kind, utf8, encoding, dialect } = await checkedText(fileName, raw);
  checkAborted(signal);
  const file = `import-${crypto.randomUUID()}.csv`;
  try {
    const staged = await stageInChunks(db, file, utf8, dialect, signal, onProgress);
    checkAborted(signal);
    const sampleRows = await db.query(`SELECT * EXCLUDE (line) FROM ${quoteIdent(staged.table)} ORDER BY line LIMIT 5`);
    const samples: Record<string, string[]> = {};
    for (const c of staged.columns) samples[c] = sampleRows.rows.map((r) => (r[c] === null ? '' : String(r[c])));
    const signature = headerSignature(staged.columns);
    const remembered = deps.memory.get(MAPPING_KEY + signature);
    const auto = autoMap(staged.columns);
    const mapping = {} as GainMapping; // every canonical column is set in the loop below
    for (const c of GAIN_COLUMNS) {
      const idx = auto.mapping[c];
      mapping[c] = idx === null || idx === undefined ? null : (staged.columns[idx] ?? null);
    }
    if (remembered) {
      // A remembered choice only counts where its column is still in this file (a damaged entry is ignored).
      try {
        const saved = JSON.parse(remembered) as Partial<Record<string, unknown>>;
        for (const c of GAIN_COLUMNS) {
          const v = saved[c];
          if (v === null || (typeof v === 'string' && staged.columns.includes(v))) mapping[c] = v;
        }
      } catch {
        /* not JSON: fall back to the automatic mapping */
      }
    }
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
  } catch (e) {
    await db.exec('DROP TABLE IF EXISTS import_staged').catch(() => undefined);
    throw e;
  }
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
  deps: ImportDeps,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const missing = REQUIRED.filter((c) => mapping[c as keyof GainMapping] === null);
  if (missing.length) throw new Error(`Map these required columns before importing: ${missing.join(', ')}`);
  deps.memory.set(MAPPING_KEY + prepared.signature, JSON.stringify(mapping));
  const datasetId = `ds-${crypto.randomUUID()}`;
  try {
    const out = await validateStagedGains(db, 'import_staged', mapping, datasetId);
    checkAborted(signal);
    const rejectedRows = await db.query<RejectedRow & Record<string, string | number | null>>(
      'SELECT line, "column", value, reason FROM import_rejects ORDER BY line, "column"',
    );
    const rejected = [...prepared.parseRejects, ...rejectedRows.rows].sort((a, b) => a.line - b.line);
    const rowsRejected = out.rowsRejected + prepared.parseRejects.length;
    const info: DatasetInfo = {
      dataset_id: datasetId,
      name,
      source: prepared.fileName,
      created_at: new Date().toISOString(),
      rows_in: prepared.rowsIn,
      rows_loaded: out.rowsLoaded,
      rows_rejected: rowsRejected,
      content_hash: null,
    };
    checkAborted(signal);
    await registerDataset(db, info);
    return {
      info,
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

/**
 * Keeps an imported data set in the browser (its validated rows, with a content hash for provenance). Run
 * after the import: the data is queryable before it is saved, and the UI says when saving is done or failed.
 */
export async function persistDataset(db: Db, info: DatasetInfo, deps: ImportDeps): Promise<DatasetInfo> {
  const rows = await exportDatasetRows(db, info.dataset_id);
  const stored = { ...info, content_hash: await sha256Hex(rows) };
  await deps.store.put({ info: stored, rows });
  await registerDataset(db, stored);
  return stored;
}

/** Deletes a stored data set (never the bundled demo). */
export async function deleteDataset(db: Db, datasetId: string): Promise<void> {
  await deleteDatasetRows(db, datasetId);
  await datasetStore.remove(datasetId);
}

export interface TableImportResult {
  table: string;
  rows: number;
  columns: number;
  /** What the CSV reader could not read cleanly; the rows are still loaded as read. */
  warnings: string[];
}

/** Any CSV (or XLSX/Parquet) as an extra all-text table for the SQL console. */
export async function importGenericTable(db: Db, fileName: string, raw: Uint8Array): Promise<TableImportResult> {
  const { utf8 } = await checkedText(fileName, raw);
  const table = tableNameFor(fileName);
  // Workbooks arrive here as the CSV text of their first sheet, so one parser serves every kind.
  const parsed = parseGenericCsv(new TextDecoder().decode(utf8));
  const rows = await loadGenericTable(db, table, parsed.headers, parsed.rows);
  return { table, rows, columns: parsed.headers.length, warnings: parsed.errors.map((e) => (e.row === null ? e.message : `row ${e.row + 1}: ${e.message}`)) };
}

export interface PopulationImportResult extends PopulationOutcome {
  fileName: string;
  rowsIn: number;
}

/**
 * Replaces the national population table from a file of its own shape (headers in English or Danish). The new
 * table is kept in `deps.memory` so it survives a reload; the bundled estimate comes back when it is removed.
 */
export async function importPopulationFile(db: Db, fileName: string, raw: Uint8Array, deps: ImportDeps): Promise<PopulationImportResult> {
  const { utf8, dialect } = await checkedText(fileName, raw);
  const staged = await stageInChunks(db, `population-${crypto.randomUUID()}.csv`, utf8, dialect);
  try {
    const auto = autoMap(staged.columns, POPULATION_SPEC);
    const mapping = {} as PopulationMapping; // every column is set in the loop below
    for (const c of POPULATION_TABLE_COLUMNS) {
      const idx = auto.mapping[c];
      mapping[c] = idx === null || idx === undefined ? null : (staged.columns[idx] ?? null);
    }
    const missing = POPULATION_REQUIRED.filter((c) => mapping[c] === null);
    if (missing.length)
      throw new Error(`${fileName} is not a population table: it has no column for ${missing.join(', ')} (expected headers: ${POPULATION_TABLE_COLUMNS.join(', ')}).`);
    const out = await replacePopulation(db, staged.table, mapping);
    const rowsIn = staged.rowsIn;
    const result = { ...out, rowsRejected: out.rowsRejected + staged.parseRejects.length, rejected: [...staged.parseRejects, ...out.rejected], fileName, rowsIn };
    if (out.rowsLoaded > 0) deps.memory.set(POPULATION_KEY, new TextDecoder().decode(await exportPopulation(db)));
    return result;
  } finally {
    await db.exec('DROP TABLE IF EXISTS import_staged');
  }
}

