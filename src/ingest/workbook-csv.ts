import { toCsv } from './csv-write';
import { readParquet } from './parquet';
import { WorkbookRefused, readXlsx } from './xlsx';

export type WorkbookRequest = { kind: 'xlsx' | 'parquet'; bytes: Uint8Array };
export type WorkbookReply = { ok: true; utf8: Uint8Array } | { ok: false; message: string; reason?: WorkbookRefused['reason'] };

/** An XLSX workbook's first sheet or a Parquet file's table as UTF-8 CSV bytes. */
export async function workbookCsv(kind: 'xlsx' | 'parquet', bytes: Uint8Array): Promise<Uint8Array> {
  const table = kind === 'xlsx' ? await readXlsx(bytes) : await readParquet(bytes);
  return new TextEncoder().encode(toCsv(table.headers, table.rows));
}

const PREFIX = 'Could not read the file as an XLSX workbook: ';

/**
 * `workbookCsv` in a module worker where the page has workers (the browser), so a 100k-row workbook does not block
 * the page and `signal` can stop it at once (the worker is terminated); in place where it has none (Node, jsdom).
 */
export function workbookCsvOffThread(kind: 'xlsx' | 'parquet', bytes: Uint8Array, signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return workbookCsv(kind, bytes);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./workbook-worker.ts', import.meta.url), { type: 'module', name: 'workbook' });
  } catch {
    return workbookCsv(kind, bytes);
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(new DOMException('The import was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<WorkbookReply>) => {
      done();
      const r = e.data;
      if (r.ok) resolve(r.utf8);
      else if (r.reason)
        reject(new WorkbookRefused(r.reason, r.message.startsWith(PREFIX) ? r.message.slice(PREFIX.length) : r.message));
      else reject(new Error(r.message));
    };
    worker.onerror = (e) => {
      done();
      e.preventDefault();
      // The worker could not start or died (out of memory): read in place instead, as Node does.
      workbookCsv(kind, bytes).then(resolve, reject);
    };
    // A copy is sent: the caller keeps its bytes (they are hashed and kept).
    worker.postMessage({ kind, bytes } satisfies WorkbookRequest);
  });
}
