/** One CSV cell: quoted when needed, and a cell a spreadsheet would run as a formula is prefixed with ' (OWASP). */
export function csvCell(v: unknown, delimiter = ','): string {
  const s = v === null || v === undefined ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s) ? `'${s}` : s;
  return safe.includes(delimiter) || /["\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of objects as CSV text (CRLF, for spreadsheets); columns in first-seen order unless given. */
// Rows are plain records read by key; `object` lets typed interfaces (RejectedRow) pass without an index signature.
export function rowsToCsv(rows: readonly object[], columns?: readonly string[], delimiter = ','): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [cols.map((c) => csvCell(c, delimiter)).join(delimiter), ...rows.map((r) => cols.map((c) => csvCell((r as Record<string, unknown>)[c], delimiter)).join(delimiter))].join('\r\n');
}

/** Saves bytes or text as a file through the browser's download (nothing leaves the machine). */
export function downloadFile(content: BlobPart[], fileName: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob(content, { type }));
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

export function downloadCsv(rows: readonly object[], fileName: string, columns?: readonly string[]): void {
  downloadFile(['\uFEFF', rowsToCsv(rows, columns)], fileName, 'text/csv;charset=utf-8');
}
