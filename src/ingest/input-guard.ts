import { guessUtf16 } from './decode';

/**
 * Checks a file before anything is parsed or handed to DuckDB, so that bad input gets one clear, specific
 * answer instead of a reader error (or an engine out of memory: 100k columns exhausted DuckDB-wasm's 3.1 GiB).
 */

export type InputProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'binary'; format: string }
  | { code: 'too-many-columns'; columns: number; limit: number }
  | { code: 'line-too-long'; bytes: number; limit: number }
  | { code: 'headers-only'; columns: number }
  | { code: 'not-workbook' }
  | { code: 'far-cell'; cell: string; limit: number }
  | { code: 'blank-lines'; lines: number; limit: number };

/** Why a file was refused, in plain English (the UI words `problem` itself in either language where it can). */
export function inputProblemText(p: InputProblem): string {
  switch (p.code) {
    case 'empty':
      return 'the file is empty.';
    case 'too-large':
      return `the file is ${p.bytes} bytes; this browser can import at most ${p.limit}.`;
    case 'binary':
      return `it is not a text file (${p.format === 'binary' ? 'binary data' : p.format}). Save the data as CSV (UTF-8), an Excel workbook (.xlsx) or Parquet.`;
    case 'too-many-columns':
      return `the file has ${p.columns} columns; at most ${p.limit} can be read.`;
    case 'line-too-long':
      return `the first line is ${p.bytes} bytes without a line break; a header line may be at most ${p.limit}.`;
    case 'headers-only':
      return `the file has only headers (${p.columns} columns) and no rows.`;
    case 'not-workbook':
      return 'it is named or packed as an Excel workbook but is not one (not a readable .xlsx).';
    case 'far-cell':
      return `the sheet has a cell as far out as ${p.cell}; the grid up to it is more than ${p.limit} cells.`;
    case 'blank-lines':
      return `the file has ${p.lines} blank lines; at most ${p.limit} are allowed.`;
  }
}

/** A file refused before import; `problem` says why in terms the UI can word in either language. */
export class InputRefused extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: InputProblem,
  ) {
    super(`${fileName} was refused: ${inputProblemText(problem)}`);
    this.name = 'InputRefused';
  }
}

/** Generous for a table of reported gains (13 columns) or a wide extra table; far below what breaks the engine. */
export const MAX_COLUMNS = 2000;
/** A header line of MAX_COLUMNS names of ~30 characters; a longer first line is not a table header. */
export const MAX_HEADER_BYTES = 64 * 1024;

const GIB = 1024 ** 3;
/** Assumed JS heap when the browser does not say (`performance.memory` is Chromium-only). */
const DEFAULT_HEAP = 2 * GIB;
/** DuckDB-wasm is wasm32: its buffer manager stops at ~3.1 GiB here (measured: "3.1 GiB/3.1 GiB used"). */
const ENGINE_MEMORY = 3 * GIB;
/**
 * Memory per byte of file, from the largest import measured to fit reliably (the bench's whole path in Chromium,
 * tests/bench/ten-million.mjs: import, confirmed save, activation, then a reload and the restore, in a browser of its
 * own). 5M rows (492 MB) imported in 233 s, saved in 5 parts (561 MB, each exported, hashed and stored before the
 * next) in 248 s, activated in 48 s, restored after a reload in 108 s with the same rows; DuckDB held 133 MB loaded
 * and 312 MB active; JS heap peak 1.0 GB in the import, 1.1 GB in the save; the renderer (page, DuckDB worker and its
 * wasm memory) 3.4 GB resident at its peak. 3M rows passed the same path (JS heap peak 0.8 GB). 10M rows (993 MB)
 * failed in 3 of 4 runs at the save's first statement after a finished import: duckdb-wasm could not malloc the
 * handle of the COPY's in-memory export file ("truncateFile not implemented", reported as "unique_lock::unlock: not
 * locked"). Since the save writes through queries (persist-datasets.ts, `encodeRows`), the 10M whole path passed both
 * of its runs (first: import 616 s, save in 10 parts 628 s, activation 101 s, restore after a reload 121 s with the
 * same rows; JS heap peak 2.2 GB, renderer 5.3 GB resident; second, at a lower load: import 136 s, save 115 s,
 * activation 41 s, restore 54 s with the same rows; JS heap peak 2.0 GB, renderer 5.3 GB), so 3.2 puts the limit
 * (960 MiB) ~1.4% above the 10M file.
 */
const PEAK_FACTOR = 3.2;

/**
 * The largest file this browser is trusted to import: the smaller of its JS heap limit and the engine's memory,
 * divided by the measured peak factor. Chromium (4 GiB heap) → 960 MiB (the 10M-row file of reported gains); a
 * browser that does not say → 640 MiB.
 */
export function importLimitBytes(jsHeapLimit: number | undefined): number {
  const heap = jsHeapLimit && Number.isFinite(jsHeapLimit) && jsHeapLimit > 0 ? jsHeapLimit : DEFAULT_HEAP;
  return Math.floor(Math.min(heap, ENGINE_MEMORY) / PEAK_FACTOR);
}

/** Before the file is read at all: only its size is known. */
export function checkFileSize(bytes: number, limit: number): InputProblem | null {
  if (bytes === 0) return { code: 'empty' };
  if (bytes > limit) return { code: 'too-large', bytes, limit };
  return null;
}

const MAGIC: readonly { format: string; bytes: readonly number[] }[] = [
  { format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { format: 'gzip', bytes: [0x1f, 0x8b] },
  { format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { format: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { format: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { format: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'Windows program', bytes: [0x4d, 0x5a] },
  { format: 'Word/Excel 97–2003 (OLE)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

const SAMPLE = 8192;

/**
 * Names the binary format of raw file bytes that are not text: a known signature, or bytes no CSV holds (NUL,
 * C0 controls other than tab, LF, CR, form feed, escape). UTF-16 text, with a NUL in every other byte, is text.
 */
export function binaryFormat(b: Uint8Array): string | null {
  for (const m of MAGIC) if (m.bytes.every((x, i) => b[i] === x)) return m.format;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || guessUtf16(b)) return null;
  const n = Math.min(b.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return 'binary';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return control > n / 100 ? 'binary' : null;
}

/** Fields in one CSV record, quotes respected (a delimiter inside a quoted field does not count). */
function countFields(b: Uint8Array, end: number, delimiter: number): number {
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = b[i];
    if (c === 0x22) quoted = !quoted;
    else if (c === delimiter && !quoted) fields++;
  }
  return fields;
}

/** More blank lines than this in a file are refused: DuckDB's reader trapped (out of bounds) on 100,000. */
const MAX_BLANK_LINES = 10_000;

/** The number of blank lines (nothing, or only a CR, between two LFs) in UTF-8 CSV bytes. */
function countBlankLines(utf8: Uint8Array): number {
  let n = 0;
  let start = 0;
  for (let i = utf8.indexOf(0x0a); i !== -1; i = utf8.indexOf(0x0a, i + 1)) {
    if (i === start || (i === start + 1 && utf8[start] === 0x0d)) n++;
    start = i + 1;
  }
  return n;
}

/**
 * Old Mac text ends lines with CR alone; DuckDB and the guard read LF. A file with CRs and no LF at all gets LFs
 * (a CR inside a quoted field becomes an LF there, which reads the same). Returns the same bytes otherwise.
 */
export function crToLf(utf8: Uint8Array): Uint8Array {
  if (utf8.includes(0x0a) || !utf8.includes(0x0d)) return utf8;
  return utf8.map((b) => (b === 0x0d ? 0x0a : b));
}

/**
 * The shape of UTF-8 CSV bytes: the header's width and length, and whether any record follows it. Reads only
 * the first line and then up to the first non-blank byte after it, so it is cheap on a large file.
 */
export function checkCsvShape(utf8: Uint8Array, delimiter: string): InputProblem | null {
  if (utf8.byteLength === 0) return { code: 'empty' };
  const nl = utf8.indexOf(0x0a);
  const headerEnd = nl === -1 ? utf8.byteLength : nl;
  const columns = countFields(utf8, headerEnd, delimiter.charCodeAt(0));
  if (columns > MAX_COLUMNS) return { code: 'too-many-columns', columns, limit: MAX_COLUMNS };
  if (headerEnd > MAX_HEADER_BYTES) return { code: 'line-too-long', bytes: headerEnd, limit: MAX_HEADER_BYTES };
  for (let i = headerEnd + 1; i < utf8.byteLength; i++) {
    const c = utf8[i];
    if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x09) {
      const blank = countBlankLines(utf8);
      return blank > MAX_BLANK_LINES ? { code: 'blank-lines', lines: blank, limit: MAX_BLANK_LINES } : null;
    }
  }
  if (headerEnd === 0 || (headerEnd === 1 && utf8[0] === 0x0d)) return { code: 'empty' };
  return { code: 'headers-only', columns };
}
