import {
  dropStaged,
  dropStagedRelation,
  headerNames,
  stageBytes,
  stageLazily,
  type Db,
  type RejectedRow,
  type Staged,
  type TableOutcome,
} from '../db';
import {
  CsvScan,
  csvChunks,
  detectHeaderRow,
  fromLine,
  importLimitBytes,
  leadingLines,
  mapColumns,
  notThatTable,
  readInput,
  type ColumnMapping,
  type TableSpec,
  type TextInput,
} from '../ingest';
import { EngineFile, stageEngineFile } from './engine-file';
import type { StageOptions, StagedFile } from './staged-file';

export type { ImportProgress, StageOptions, StagedFile } from './staged-file';

/**
 * The one import pipeline: read → guard → decode → sniff (`readInput`, in ingest) → stage (DuckDB's reader into
 * an all-text staging table, in chunks with progress and cancel) → map (the target's spec) → validate (the
 * target's SQL, in db). Every import goes through it: reported gains, the population table, the programme tables;
 * the generic extra table shares read → guard → decode → sniff.
 */

/** Files above this are read in chunks, so the user sees progress and can cancel between them. */
export const CHUNKED_ABOVE = 5 * 1024 * 1024;
/**
 * The size of those pieces: each costs a fixed ~40 ms of statements besides its rows (staging 1M rows in 8 MB
 * pieces spent ~0.5 s on them), and a piece is at most this much in the engine's memory at once.
 */
const CHUNK_BYTES = 16 << 20;
/**
 * The largest file staged lazily: its bytes stay in the engine until the import ends (the staged table they replace
 * is ~30 MB per 1M rows compressed); a larger one is staged in chunks, so a 1 GB file never sits whole in the heap.
 */
const LAZY_MAX_BYTES = 256 << 20;
/** Staging tables whose every reader copes with a view (stage-lazy.ts): the reported-gains import's. */
const LAZY_TABLES: readonly string[] = ['import_staged'];
/** Off: every file is staged as text (the parity test compares the two ways). */
export const lazyStaging = { enabled: true };

/** The largest file this browser may import, from its own JS heap limit where it says (Chromium). */
export function importLimit(): number {
  return importLimitBytes((performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit);
}

/** The pipeline's first steps (guard → decode → sniff) under this browser's size limit. */
export const readChecked = (fileName: string, raw: Uint8Array, signal?: AbortSignal): Promise<TextInput> =>
  readInput(fileName, raw, importLimit(), signal);

export function checkAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
}

/**
 * A CSV's bytes are scanned while DuckDB stages them (src/ingest/csv-scan.ts), so that the mapping step's distinct
 * values and the validation's number typing need no pass of their own over the staged rows. Off: SQL finds them.
 */
const SCAN_CSV = true;

/** A scan for a CSV whose header is one plain line (the scan gives up on any quote anyway). */
function newScan(input: TextInput): CsvScan | null {
  const { utf8, dialect } = input;
  if (!SCAN_CSV || input.kind !== 'csv') return null;
  const nl = utf8.indexOf(10);
  if (utf8.subarray(0, nl < 0 ? utf8.length : nl).includes(dialect.quote.charCodeAt(0))) return null;
  return new CsvScan(headerNames(utf8, dialect.delimiter, dialect.quote).length, dialect.delimiter.charCodeAt(0));
}

const SCAN_SLICE = 2 << 20;

/**
 * Scans `b[from, to)` in slices of ~2 MB cut after a newline, giving the event loop a turn between them: in the
 * browser the engine works in its own worker, and each turn lets the staging issue its next statement, so the two
 * run side by side.
 */
async function scanAlongside(scan: CsvScan | null, b: Uint8Array, from: number, to: number): Promise<void> {
  if (!scan) return;
  for (let pos = from; pos < to;) {
    let end = Math.min(to, pos + SCAN_SLICE);
    if (end < to) {
      const nl = b.indexOf(10, end);
      end = nl === -1 || nl >= to ? to : nl + 1;
    }
    scan.feed(b, pos, end);
    pos = end;
    if (pos < to) await new Promise((r) => setTimeout(r, 0));
  }
}

/** The staging with its scan's facts, kept only when the scan read exactly the records the reader staged. */
function withFacts(scan: CsvScan | null, staged: Staged): Staged {
  const result = scan?.result();
  const agrees =
    result && result.rows === staged.rowsIn && !staged.parseRejects.length && result.columns.length === staged.columns.length;
  return agrees ? { ...staged, scan: { columns: result.columns, first: result.first } } : staged;
}

/** Runs `staging` (already started) and the scan of `b[from, to)` side by side. */
async function alongside<T>(staging: Promise<T>, scan: CsvScan | null, b: Uint8Array, from: number, to: number): Promise<T> {
  staging.catch(() => undefined); // awaited below: a rejection while the scan runs is not unhandled
  await scanAlongside(scan, b, from, to);
  return staging;
}

/**
 * DuckDB's reader over the text into `table`, in pieces of ~16 MB cut at record boundaries for a large file:
 * progress after each, cancellation between them. Lines keep their numbers in the whole file.
 */
export async function stageText(
  db: Db,
  input: TextInput,
  table: string,
  { signal, onProgress }: StageOptions,
  /** Lines above the header row, left out of `input`: records keep their lines in the whole file. */
  above = 0,
  /**
   * Files above `chunkedAbove` bytes are read in pieces of about `chunkBytes` (smaller in tests). `lazy`: a simple
   * CSV up to LAZY_MAX_BYTES is staged as a view over its bytes (src/db/queries/stage-lazy.ts).
   */
  {
    chunkedAbove = CHUNKED_ABOVE,
    chunkBytes = CHUNK_BYTES,
    lazy = false,
  }: { chunkedAbove?: number; chunkBytes?: number; lazy?: boolean } = {},
): Promise<Staged> {
  const { utf8, dialect } = input;
  if (lazy) {
    await dropStagedRelation(db, table); // an earlier import's view would stop the table below being made
    if (lazyStaging.enabled && input.kind === 'csv' && utf8.byteLength <= LAZY_MAX_BYTES) {
      const scan = newScan(input);
      const nl = utf8.indexOf(10);
      const staging = stageLazily(db, utf8, dialect, table, above);
      const staged = await alongside(staging, scan, utf8, nl < 0 ? utf8.length : nl + 1, utf8.length);
      if (staged) {
        onProgress?.({ bytesDone: utf8.byteLength, bytesTotal: utf8.byteLength, rowsDone: staged.rowsIn });
        return withFacts(scan, staged);
      }
    }
  }
  const scan = newScan(input);
  if (utf8.byteLength <= chunkedAbove) {
    const nl = utf8.indexOf(10);
    const staging = stageBytes(db, utf8, dialect, table, { lineOffset: above, append: false });
    return withFacts(scan, await alongside(staging, scan, utf8, nl < 0 ? utf8.length : nl + 1, utf8.length));
  }
  const { headerEnd, chunks } = csvChunks(utf8, chunkBytes);
  const header = utf8.subarray(0, headerEnd);
  let rowsIn = 0;
  let columns: string[] = [];
  const parseRejects: RejectedRow[] = [];
  for (const [i, c] of chunks.entries()) {
    checkAborted(signal);
    const bytes = new Uint8Array(headerEnd + (c.end - c.start));
    bytes.set(header, 0);
    bytes.set(utf8.subarray(c.start, c.end), headerEnd);
    const staging = stageBytes(
      db,
      bytes,
      dialect,
      table,
      { lineOffset: c.lineOffset + above, append: i > 0 },
      i > 0 ? columns : undefined,
    );
    const part = await alongside(staging, scan, utf8, c.start, c.end);
    rowsIn += part.rowsIn;
    columns = part.columns;
    parseRejects.push(...part.parseRejects);
    onProgress?.({ bytesDone: c.end, bytesTotal: utf8.byteLength, rowsDone: rowsIn });
  }
  return withFacts(scan, { table, columns, rowsIn, parseRejects });
}

/** Read → guard → decode → sniff → stage. On refusal, failure or cancel, no staging table is left behind. */
export async function readAndStage(
  db: Db,
  fileName: string,
  raw: Uint8Array,
  table: string,
  opts: StageOptions = {},
): Promise<StagedFile> {
  // A file in the local engine's data folder: the engine reads it where it lies (src/queries/engine-file.ts).
  if (raw instanceof EngineFile) return stageEngineFile(db, raw, fileName, table, opts);
  const whole = await readChecked(fileName, raw, opts.signal);
  checkAborted(opts.signal);
  const lines = leadingLines(whole.utf8, whole.dialect.delimiter);
  const chosen = opts.headerRow === 'auto' ? detectHeaderRow(lines) : (opts.headerRow ?? 1);
  const headerRow = Math.max(1, Math.min(Math.floor(chosen), Math.max(1, lines.length)));
  const input = headerRow === 1 ? whole : { ...whole, utf8: fromLine(whole.utf8, headerRow) };
  try {
    const staged = await stageText(db, input, table, opts, headerRow - 1, {
      lazy: LAZY_TABLES.includes(table),
    });
    checkAborted(opts.signal);
    return { fileName, input, staged, headerRow, lines };
  } catch (e) {
    await dropStaged(db, table).catch(() => undefined);
    throw e;
  }
}

/** The records the reader itself rejected join the validation's: rows in = loaded + rejected. */
export function withParseRejects<O extends TableOutcome>(out: O, parseRejects: readonly RejectedRow[]): O {
  return {
    ...out,
    rowsRejected: out.rowsRejected + parseRejects.length,
    rejected: [...parseRejects, ...out.rejected].sort((a, b) => a.line - b.line),
  };
}

/** A table an import replaces: its spec (headers, required columns) and the SQL that validates staged rows into it. */
export interface TableTarget<K extends string, O extends TableOutcome> {
  spec: TableSpec<K>;
  /** `typed`: the file's cells were typed (XLSX, Parquet), so its numbers are plain `.` decimals. */
  validate: (db: Db, staged: string, mapping: ColumnMapping<K>, typed: boolean) => Promise<O>;
}

export type TableImportOutcome<O extends TableOutcome> = O & { fileName: string; rowsIn: number };

/**
 * Replaces a reference table from a file of its shape: the whole pipeline, with the columns mapped by the spec's
 * headers (a file without a required column is refused, naming what is missing).
 */
export async function importTable<K extends string, O extends TableOutcome>(
  db: Db,
  target: TableTarget<K, O>,
  fileName: string,
  raw: Uint8Array,
): Promise<TableImportOutcome<O>> {
  const table = `staged_${target.spec.name}`;
  const { input, staged } = await readAndStage(db, fileName, raw, table);
  try {
    const { mapping, missingRequired } = mapColumns(staged.columns, target.spec);
    if (missingRequired.length) throw notThatTable(fileName, target.spec, missingRequired);
    const out = await target.validate(db, staged.table, mapping, input.kind !== 'csv');
    return { ...withParseRejects(out, staged.parseRejects), fileName, rowsIn: staged.rowsIn };
  } finally {
    await dropStaged(db, table);
  }
}
