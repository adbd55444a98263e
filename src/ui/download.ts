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
