/** A file some writer produced (src/ingest's `exportFile`, `csvDownload`): bytes, a name, a MIME type. */
export interface DownloadableFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
}

/** Saves bytes or text as a file through the browser's download (nothing leaves the machine). */
export function downloadFile(content: BlobPart[], fileName: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob(content, { type }));
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

/**
 * Saves a written file. CSV is written only in src/ingest (one writer, one formula guard: `exportFile`,
 * `csvDownload`); src/ui may not import src/ingest (ARCHITECTURE.md), so a feature writes and this saves.
 */
export function saveFile(file: DownloadableFile): void {
  // A copy typed as ArrayBuffer-backed: Blob parts may not be views of a SharedArrayBuffer.
  downloadFile([new Uint8Array(file.bytes)], file.fileName, file.mime);
}

// ---- Legacy CSV writing, kept only until its callers in src/features switch to `saveFile(csvDownload(…))`. ----

/**
 * @deprecated A second CSV writer with a weaker guard (no full-width forms, no leading white space, `+1` guarded,
 * `1e-7` written): use `csvDownload` from src/ingest and `saveFile`. Remove with its last caller.
 */
export function csvCell(v: unknown, delimiter = ','): string {
  const s = v === null || v === undefined ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s) ? `'${s}` : s;
  return safe.includes(delimiter) || /["\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** @deprecated See csvCell. */
// Rows are plain records read by key; `object` lets typed interfaces (RejectedRow) pass without an index signature.
export function rowsToCsv(rows: readonly object[], columns?: readonly string[], delimiter = ','): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [cols.map((c) => csvCell(c, delimiter)).join(delimiter), ...rows.map((r) => cols.map((c) => csvCell((r as Record<string, unknown>)[c], delimiter)).join(delimiter))].join('\r\n');
}

/** @deprecated See csvCell: `saveFile(csvDownload(rows, fileName, columns, lang))`. */
export function downloadCsv(rows: readonly object[], fileName: string, columns?: readonly string[]): void {
  downloadFile(['\uFEFF', rowsToCsv(rows, columns)], fileName, 'text/csv;charset=utf-8');
}
