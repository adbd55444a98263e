import type { DatasetInfo } from './queries/datasets';

/** A data set as kept in the browser: its description and its validated rows (CSV bytes). */
export interface StoredDataset {
  info: DatasetInfo;
  rows: Uint8Array;
}

const DB_NAME = 'spillover';
const STORE = 'datasets';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(`Browser storage could not be opened: ${String(req.error)}`));
  });
}

function tx<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const t = db.transaction(STORE, mode);
        const req = run(t.objectStore(STORE));
        t.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        t.onerror = () => reject(new Error(`Browser storage failed: ${String(t.error)}`));
        t.onabort = () => reject(new Error(`Browser storage refused the write: ${String(t.error)} (is the disk or quota full?)`));
      }),
  );
}

/**
 * Durable storage of imported data sets in IndexedDB (chosen over an OPFS DuckDB file, whose durability has
 * regressed in duckdb-wasm, issues 2192 and 2111). DuckDB is rebuilt from these on load and after a restart.
 */
export const datasetStore = {
  put: (d: StoredDataset) => tx('readwrite', (s) => s.put(d, d.info.dataset_id)).then(() => undefined),
  remove: (id: string) => tx('readwrite', (s) => s.delete(id)).then(() => undefined),
  all: async (): Promise<StoredDataset[]> => {
    const values = await tx('readonly', (s) => s.getAll());
    // Anything that is not a well-formed entry (an older version, a corrupted write) is skipped, not trusted.
    return (values as unknown[]).filter(
      (v): v is StoredDataset =>
        typeof v === 'object' && v !== null && 'info' in v && 'rows' in v && (v as StoredDataset).rows instanceof Uint8Array,
    );
  },
};
