import {
  datasetStore,
  deleteDatasetRows,
  dropStaged,
  exportDatasetRows,
  importRejects,
  registerDataset,
  sha256Hex,
  stagedDistinct,
  stagedSamples,
  validateStagedGains,
  type ColumnFacts,
  type CsvDialect,
  type DatasetInfo,
  type Db,
  type GainMapping,
  type ImportOutcome,
  type RejectedRow,
  type Staged,
  type StoredDataset,
} from '../db';
import {
  GAINS_SPEC,
  headerSignature,
  mapColumns,
  suggestColumns,
  type ColumnConfidence,
  missingRequired,
  notThatTable,
  requiredColumns,
  type FileKind,
} from '../ingest';
import { checkAborted, readAndStage, withParseRejects, type ImportProgress } from './import-pipeline';
import { parseValueMapping, suggestedValues, valuesToMap, type Distinct, type ValueMapping } from './value-mapping';

export { CHUNKED_ABOVE, type ImportProgress } from './import-pipeline';
export { importGenericTable, type TableImportResult } from './import-table';
export { importPopulationFile, type PopulationImportResult } from './import-population';

/** The reported-gains columns a file must have, from the table's spec. */
export const REQUIRED: readonly string[] = requiredColumns(GAINS_SPEC);
const STAGED = 'import_staged';
const MAPPING_KEY = 'spillover.mapping.';
export const VALUES_KEY = 'spillover.values.';

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
  /** The staging table the file's records are in. */
  stagedTable?: string;
  rowsIn: number;
  parseRejects: RejectedRow[];
  /**
   * What the scan of the file's bytes proved per file column (a CSV simple enough for it): validation skips the
   * work these facts make needless. A column whose values the user maps is left out (its values change).
   */
  facts?: Record<string, ColumnFacts>;
  /** Each column's distinct values (columns with few of them), for value mapping. */
  distinct?: Distinct;
  /** The suggested (or remembered) reading of categorical values the import would not read as they stand. */
  values?: ValueMapping;
  /** Some categorical value needs the user's decision (it is not read as it stands). */
  needsValues?: boolean;
  /** The line the headers were read from (1: the first), and whether it was found rather than chosen. */
  headerRow?: number;
  headerDetected?: boolean;
  /** The file's first lines as fields, to choose the header row among. */
  lines?: string[][];
  /** How sure each suggested column is (no entry: not suggested). */
  confidence?: Partial<Record<string, ColumnConfidence>>;
  /** The user should look before it loads: a header row below the first was found, or a column was guessed. */
  needsReview?: boolean;
}

export interface ImportResult extends ImportOutcome {
  /** Appended: the file's rows skipped as duplicates of rows already in the set (rows in = loaded + rejected + these). */
  duplicates?: number;
  info: DatasetInfo;
  datasetId: string;
  name: string;
  fileName: string;
  encoding: string;
  dialect: CsvDialect;
  kind: FileKind;
}

/** Where an import remembers column mappings and keeps data sets; browser storage by default. */
export interface ImportDeps {
  memory: { get: (key: string) => string | null; set: (key: string, value: string) => void };
  store: { put: (d: StoredDataset) => Promise<void>; remove?: (datasetId: string) => Promise<void> };
}

export const browserDeps = (): ImportDeps => ({
  memory: { get: (k) => localStorage.getItem(k), set: (k, v) => localStorage.setItem(k, v) },
  store: datasetStore,
});

/** Reads the file into a staging table and proposes a column mapping (remembered ones first). */
export async function prepareImport(
  db: Db,
  fileName: string,
  raw: Uint8Array,
  deps: ImportDeps,
  signal?: AbortSignal,
  onProgress?: (p: ImportProgress) => void,
  /** The line the headers are on; `auto`: found (the first, unless it reads as a title). */
  headerRow: number | 'auto' = 'auto',
): Promise<PreparedImport> {
  const read = await readAndStage(db, fileName, raw, STAGED, { signal, onProgress, headerRow });
  const { input, staged } = read;
  try {
    const first = staged.scan?.first;
    const samples = first
      ? Object.fromEntries(staged.columns.map((c, i) => [c, first.map((r) => r[i] ?? '')]))
      : await stagedSamples(db, staged.table, staged.columns);
    const signature = headerSignature(staged.columns);
    const { mapping, missingRequired, confidence } = suggestColumns(staged.columns, deps.memory.get(MAPPING_KEY + signature));
    const headerDetected = headerRow === 'auto' && read.headerRow > 1;
    const distinct = await distinctValues(db, staged);
    const facts = factsOf(staged);
    const values = suggestedValues(mapping, distinct, parseValueMapping(deps.memory.get(VALUES_KEY + signature)));
    return {
      stagedTable: staged.table,
      distinct,
      facts,
      values,
      // A gain type it does not know is kept as written; a status or size class it cannot read would be rejected.
      needsValues: valuesToMap(mapping, distinct).some((v) => v.column !== 'gain_type'),
      headerRow: read.headerRow,
      headerDetected,
      lines: read.lines,
      confidence,
      needsReview: headerDetected || Object.values(confidence).includes('guess'),
      fileName,
      kind: input.kind,
      encoding: input.encoding,
      dialect: input.dialect,
      bytes: raw.byteLength,
      columns: staged.columns,
      samples,
      mapping,
      missingRequired,
      signature,
      rowsIn: staged.rowsIn,
      parseRejects: staged.parseRejects,
    };
  } catch (e) {
    await dropStaged(db, STAGED).catch(() => undefined);
    throw e;
  }
}

/** The scan's facts by file column (none when the file was not scanned). */
function factsOf(staged: Staged): Record<string, ColumnFacts> | undefined {
  const scanned = staged.scan?.columns;
  if (!scanned) return undefined;
  return Object.fromEntries(
    staged.columns.map((c, i) => {
      const { kind, noSpace, commaEvidence, pointEvidence } = scanned[i]!;
      return [c, { kind, noSpace, commaEvidence, pointEvidence }];
    }),
  );
}

/**
 * Each column's distinct values for the mapping step: counted by the scan where it could (`stagedDistinct`'s
 * exact answer), by SQL over the staged rows for the rest.
 */
async function distinctValues(db: Db, staged: Staged): Promise<Distinct> {
  const scanned = staged.scan?.columns;
  if (!scanned) return stagedDistinct(db, staged.table, staged.columns);
  const unsure = staged.columns.filter((_, i) => scanned[i]!.distinct === 'unsure');
  const fromSql = unsure.length ? await stagedDistinct(db, staged.table, unsure) : {};
  const out: Distinct = {};
  for (const [i, c] of staged.columns.entries()) {
    const d = scanned[i]!.distinct;
    const values = d === 'unsure' ? fromSql[c] : d === 'many' ? undefined : d;
    if (values) out[c] = values;
  }
  return out;
}

/**
 * A file that would make an empty data set: none of its rows could be loaded (`no-rows`), or the ones that could
 * are all expected gains, leaving the model no realised gain to start from (`no-realised`). Refused as a whole (in
 * add and replace mode alike), so that no empty data set is created, activated or put in place of the one the user
 * had. `rejected` says why, row by row; the staged file stays, so the user can map it again.
 */
export class NoRowsLoaded extends Error {
  constructor(
    readonly fileName: string,
    readonly rowsIn: number,
    readonly rejected: readonly RejectedRow[],
    readonly why: 'no-rows' | 'no-realised' = 'no-rows',
    readonly rowsLoaded = 0,
    readonly expectedTotal = 0,
  ) {
    const first = rejected.slice(0, 5).map((r) => r.reason);
    super(
      why === 'no-realised'
        ? `${fileName}: its ${rowsLoaded} loadable rows are all expected gains, with no realised gain to start from`
        : `${fileName}: none of its ${rowsIn} rows could be loaded${first.length ? `: ${first.join('; ')}${rejected.length > 5 ? '; …' : ''}` : ''}`,
    );
    this.name = 'NoRowsLoaded';
  }
}

/** Validates the staged rows into `info`'s data set and registers it; on failure nothing of it remains. */
async function validateDataset(
  db: Db,
  staged: { rowsIn: number; parseRejects: RejectedRow[]; kind: FileKind; facts?: Record<string, ColumnFacts> },
  mapping: GainMapping,
  info: Omit<DatasetInfo, 'rows_in' | 'rows_loaded' | 'rows_rejected' | 'content_hash'>,
  signal?: AbortSignal,
  requireRealised = true,
): Promise<{ info: DatasetInfo } & ImportOutcome> {
  try {
    const validated = await validateStagedGains(db, STAGED, mapping, info.dataset_id, staged.kind !== 'csv', staged.facts);
    checkAborted(signal);
    const out = withParseRejects({ ...validated, rejected: await importRejects(db) }, staged.parseRejects);
    const file = info.source ?? info.name;
    if (out.rowsLoaded === 0) throw new NoRowsLoaded(file, staged.rowsIn, out.rejected);
    if (requireRealised && validated.realisedRows === 0)
      throw new NoRowsLoaded(file, staged.rowsIn, out.rejected, 'no-realised', out.rowsLoaded, out.expectedTotal);
    const full: DatasetInfo = {
      ...info,
      rows_in: staged.rowsIn,
      rows_loaded: out.rowsLoaded,
      rows_rejected: out.rowsRejected,
      content_hash: null,
    };
    checkAborted(signal);
    await registerDataset(db, full);
    return { ...out, info: full, rowsIn: staged.rowsIn };
  } catch (e) {
    await deleteDatasetRows(db, info.dataset_id).catch(() => undefined);
    throw e;
  }
}

/**
 * Validates the staged rows under `mapping` into a new data set and returns the full account of what was loaded
 * and rejected. On cancel or failure nothing of the new data set remains.
 */
export async function completeImport(
  db: Db,
  prepared: PreparedImport,
  mapping: GainMapping,
  name: string,
  deps: ImportDeps,
  signal?: AbortSignal,
  /** false when the rows join a data set that has realised gains already (an append). */
  { requireRealised = true }: { requireRealised?: boolean } = {},
): Promise<ImportResult> {
  const missing = missingRequired(GAINS_SPEC, mapping);
  if (missing.length) throw new Error(`Map these required columns before importing: ${missing.join(', ')}`);
  deps.memory.set(MAPPING_KEY + prepared.signature, JSON.stringify(mapping));
  const datasetId = `ds-${crypto.randomUUID()}`;
  const info = { dataset_id: datasetId, name, source: prepared.fileName, created_at: new Date().toISOString() };
  const out = await validateDataset(db, prepared, mapping, info, signal, requireRealised);
  return {
    ...out,
    datasetId,
    name,
    fileName: prepared.fileName,
    encoding: prepared.encoding,
    dialect: prepared.dialect,
    kind: prepared.kind,
  };
}

/**
 * Loads a data set in the canonical format (the bundled demo) through the same pipeline, under a fixed id; its
 * columns are mapped by their headers and any required one missing is an error, as the file is the app's own.
 */
export async function loadBundledDataset(
  db: Db,
  fileName: string,
  raw: Uint8Array,
  info: Omit<DatasetInfo, 'rows_in' | 'rows_loaded' | 'rows_rejected' | 'content_hash'>,
): Promise<DatasetInfo> {
  const { input, staged } = await readAndStage(db, fileName, raw, STAGED);
  try {
    const { mapping, missingRequired } = mapColumns(staged.columns, GAINS_SPEC);
    if (missingRequired.length) throw notThatTable(fileName, GAINS_SPEC, missingRequired);
    return (await validateDataset(db, { ...staged, kind: input.kind, facts: factsOf(staged) }, mapping, info)).info;
  } finally {
    await dropStaged(db, STAGED);
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

/** Deletes a stored data set (never the bundled demo), from `deps`' store when given, else the browser's. */
export async function deleteDataset(db: Db, datasetId: string, deps?: ImportDeps): Promise<void> {
  await deleteDatasetRows(db, datasetId);
  await (deps?.store.remove ?? datasetStore.remove)(datasetId);
}
