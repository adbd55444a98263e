import type { DatasetInfo } from './queries/datasets';
import { MissingPart, RowParts } from './queries/persist-datasets';

/**
 * A data set as kept in the browser: its description and its validated rows (CSV bytes, or `RowParts` for a large
 * set: each part is then a record of its own, written before the data set's record that names them).
 */
export interface StoredDataset {
  info: DatasetInfo;
  rows: Uint8Array;
}

/** What IndexedDB holds under a data set's id when its rows are in parts: the parts' keys are `partKey(id, tag, i)`. */
interface PartsHead {
  info: DatasetInfo;
  rows: Uint8Array;
  parts: { tag: string; count: number };
}

/** Part keys sort right after their data set's id and never equal one (ids hold no NUL). */
const partKey = (id: string, tag: string, i: number) => `${id}\u0000${tag}:${i}`;
const partsOf = (id: string) => IDBKeyRange.bound(`${id}\u0000`, `${id}\u0000\uffff`);
const isPartKey = (key: IDBValidKey) => typeof key === 'string' && key.includes('\u0000');

/** What went wrong with the browser's store at start-up; the app then starts without the affected data. */
export type StoreProblem =
  | { code: 'unavailable'; detail: string }
  /** A record that is not a data set, or whose rows no longer match their hash; it was removed. */
  | { code: 'corrupt'; name: string; reason: 'shape' | 'hash' }
  /** A record whose rows, read back, are not as many as it says it holds (never shown as an empty data set). */
  | { code: 'short'; name: string; expected: number; found: number }
  /** An import (with its save) that a reload or a closed page cut off: nothing of it was kept. */
  | { code: 'interrupted'; name: string }
  /** The data set that was active is not stored (any more): `fallback` is shown instead. */
  | { code: 'active-missing'; name: string | null; fallback: string }
  /** Data sets saved earlier that are no longer in the store (the database was deleted or evicted). */
  | { code: 'missing'; names: string[] }
  /** A data set that passed its checks but could not be loaded into the engine. */
  | { code: 'unreadable'; name: string; detail: string };

export type StoreErrorCode = 'quota' | 'unavailable' | 'failed';

/** A failed store operation; `quota` means the browser refused the write for lack of space. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

const DB_NAME = 'spillover';
const STORE = 'datasets';
/** Which data sets were saved (id → name), kept apart from IndexedDB so that losing the database is noticed. */
const MANIFEST_KEY = 'spillover.storedDatasets';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('IndexedDB is not available in this browser');
      req = indexedDB.open(DB_NAME, 1);
    } catch (e) {
      reject(new StoreError('unavailable', `Browser storage is not available: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new StoreError('unavailable', `Browser storage could not be opened: ${String(req.error)}`));
    req.onblocked = () => reject(new StoreError('unavailable', 'Browser storage is blocked by another tab'));
  });
}

function failure(error: DOMException | null): StoreError {
  if (error?.name === 'QuotaExceededError')
    return new StoreError('quota', `The browser's storage quota is used up (${error.message || error.name})`);
  return new StoreError('failed', `Browser storage refused the operation: ${String(error)}`);
}

function tx<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  // 'strict': the write is on disk when it completes (Chromium's default, 'relaxed', may report it earlier).
  const options: IDBTransactionOptions = mode === 'readwrite' ? { durability: 'strict' } : {};
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        let req: IDBRequest<T>;
        let t: IDBTransaction;
        try {
          t = db.transaction(STORE, mode, options);
          req = run(t.objectStore(STORE));
        } catch (e) {
          db.close();
          reject(failure(e instanceof DOMException ? e : null));
          return;
        }
        t.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        t.onerror = () => reject(failure(t.error ?? req.error));
        t.onabort = () => {
          db.close();
          reject(failure(t.error ?? req.error));
        };
      }),
  );
}

type Manifest = Record<string, string>;

function readManifest(): Manifest {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(MANIFEST_KEY) ?? '{}');
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

function writeManifest(m: Manifest): void {
  try {
    localStorage.setItem(MANIFEST_KEY, JSON.stringify(m));
  } catch {
    /* the manifest only improves the message about a lost store; never fail a save over it */
  }
}

function isInfo(v: unknown): v is DatasetInfo {
  if (typeof v !== 'object' || v === null) return false;
  const i = v as Record<string, unknown>;
  return (
    typeof i.dataset_id === 'string' &&
    typeof i.name === 'string' &&
    typeof i.rows_in === 'number' &&
    typeof i.rows_loaded === 'number' &&
    typeof i.rows_rejected === 'number' &&
    (i.content_hash === null || typeof i.content_hash === 'string')
  );
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Rows in parts: the hash of the parts' hashes, in order, each part read (and let go) in turn: no copy of the whole
  // rows is ever made, and parts read on demand are never held together.
  if (bytes instanceof RowParts) {
    const each: string[] = [];
    for (let i = 0; i < bytes.count; i++) each.push(await sha256Hex(await bytes.part(i)));
    return partsHash(each);
  }
  // A copy as a view (not its .buffer): digest accepts it in every realm (a jsdom test's ArrayBuffer is not Node's).
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash of rows in parts from the parts' own hashes, in order (what `sha256Hex` gives for their `RowParts`). */
export function partsHash(each: readonly string[]): Promise<string> {
  return sha256Hex(new TextEncoder().encode(`parts:${each.length}:${each.join(':')}`));
}

const isHead = (v: unknown): v is PartsHead => {
  const p = (v as { parts?: { tag?: unknown; count?: unknown } } | null)?.parts;
  return typeof p === 'object' && p !== null && typeof p.tag === 'string' && Number.isInteger(p.count);
};

/**
 * A head record with its parts as `RowParts` read on demand through `part(key)`, one at a time: a part missing or not
 * bytes when it is read is a `MissingPart`.
 */
function assemble(v: unknown, id: string, part: (key: string) => Promise<unknown>): unknown {
  if (!isHead(v)) return v;
  const { tag, count } = v.parts;
  const read = async (i: number) => {
    const p = await part(partKey(id, tag, i));
    if (!(p instanceof Uint8Array)) throw new MissingPart(i);
    return p;
  };
  return { info: v.info, rows: new RowParts({ count, read }) };
}

/** The part keys a head record names (none for a data set stored whole). */
const namedParts = (v: unknown, id: string): string[] =>
  isHead(v) ? Array.from({ length: v.parts.count }, (_, i) => partKey(id, v.parts.tag, i)) : [];

/** A stored value checked before it is trusted: well-formed, and its rows still hash to what was saved. */
async function verify(key: IDBValidKey, v: unknown, hash = true): Promise<StoredDataset | StoreProblem> {
  const name = isInfo((v as { info?: unknown } | null)?.info) ? (v as StoredDataset).info.name : String(key);
  if (
    typeof v !== 'object' ||
    v === null ||
    !isInfo((v as StoredDataset).info) ||
    !((v as StoredDataset).rows instanceof Uint8Array)
  )
    return { code: 'corrupt', name, reason: 'shape' };
  const d = v as StoredDataset;
  if (d.info.dataset_id !== key) return { code: 'corrupt', name, reason: 'shape' };
  if (hash && d.info.content_hash !== null) {
    const found = await sha256Hex(d.rows).catch((e: unknown) => {
      if (e instanceof MissingPart) return null;
      throw e;
    });
    if (found === null) return { code: 'corrupt', name, reason: 'shape' };
    if (found !== d.info.content_hash) return { code: 'corrupt', name, reason: 'hash' };
  }
  return d;
}

/** Every key, and the values of the records that are not parts (a part is read only when its rows are). */
function getRecords(): Promise<{ keys: IDBValidKey[]; values: Map<string, unknown> }> {
  return open().then(
    (db) =>
      new Promise((resolve, reject) => {
        const t = db.transaction(STORE, 'readonly');
        const store = t.objectStore(STORE);
        const values = new Map<string, unknown>();
        const keys = store.getAllKeys();
        keys.onsuccess = () => {
          for (const k of keys.result.filter((k) => !isPartKey(k))) {
            const r = store.get(k);
            r.onsuccess = () => values.set(String(k), r.result);
          }
        };
        t.oncomplete = () => {
          db.close();
          resolve({ keys: keys.result, values });
        };
        t.onerror = () => reject(failure(t.error));
        t.onabort = () => reject(failure(t.error));
      }),
  );
}

/** Deletes a data set's parts, except those of the save tagged `keep`. */
async function dropParts(id: string, keep: string | null): Promise<void> {
  const keys = await tx('readonly', (s) => s.getAllKeys(partsOf(id)));
  const stale = keys.filter((k) => keep === null || !String(k).startsWith(`${id}\u0000${keep}:`));
  const last = stale.pop();
  if (last === undefined) return;
  await tx('readwrite', (s) => {
    for (const k of stale) s.delete(k);
    return s.delete(last);
  });
}

/**
 * Durable storage of imported data sets in IndexedDB (chosen over an OPFS DuckDB file, whose durability has
 * regressed in duckdb-wasm, issues 2192 and 2111). DuckDB is rebuilt from these on load and after a restart.
 */
export const datasetStore = {
  put: async (d: StoredDataset): Promise<void> => {
    const id = d.info.dataset_id;
    if (d.rows instanceof RowParts) {
      // Each part read (exported, for a save), hashed and written in its own transaction before the next is read,
      // so the page holds one part at a time; under a tag of this save. The head last, so the data set is only there
      // once all its parts are, with the hash of the parts as written (`partsHash`): a caller that hashed the rows
      // before (content_hash not null) finds a difference by reading the head back. Parts of an earlier save go after.
      const tag = crypto.randomUUID();
      const rows = d.rows;
      const hashes: string[] = [];
      for (let i = 0; i < rows.count; i++) {
        const p = await rows.part(i);
        hashes.push(await sha256Hex(p));
        await tx('readwrite', (s) => s.put(p, partKey(id, tag, i)));
      }
      const info = { ...d.info, content_hash: await partsHash(hashes) };
      const head: PartsHead = { info, rows: new Uint8Array(0), parts: { tag, count: rows.count } };
      await tx('readwrite', (s) => s.put(head, id));
      await dropParts(id, tag);
    } else {
      await tx('readwrite', (s) => s.put(d, id));
      await dropParts(id, null);
    }
    writeManifest({ ...readManifest(), [d.info.dataset_id]: d.info.name });
    // Ask once that the browser not evict the store under storage pressure; a refusal changes nothing.
    if (typeof navigator !== 'undefined') void navigator.storage?.persist?.().catch(() => false);
  },
  /** The record as stored now, read back (a save is confirmed by it); null when there is none or it is no data set. */
  get: async (id: string): Promise<StoredDataset | null> => {
    const head: unknown = await tx('readonly', (s) => s.get(id));
    // Its parts are read when the read-back check reads them, one at a time (save-dataset.ts).
    const v = assemble(head, id, (key) => tx('readonly', (s) => s.get(key)));
    const checked = v === undefined ? null : await verify(id, v, false);
    return checked && !('code' in checked) ? checked : null;
  },
  remove: async (id: string): Promise<void> => {
    await tx('readwrite', (s) => s.delete(id));
    await dropParts(id, null);
    const m = readManifest();
    delete m[id];
    writeManifest(m);
  },
  /**
   * Every stored data set that passes its checks, and what was wrong with the rest. Bad records are deleted so
   * the next start is clean; a store that cannot be opened is reported, never thrown.
   */
  load: async (): Promise<{ datasets: StoredDataset[]; problems: StoreProblem[] }> => {
    const manifest = readManifest();
    let all: { keys: IDBValidKey[]; values: Map<string, unknown> };
    try {
      all = await getRecords();
    } catch (e) {
      return { datasets: [], problems: [{ code: 'unavailable', detail: e instanceof Error ? e.message : String(e) }] };
    }
    const datasets: StoredDataset[] = [];
    const problems: StoreProblem[] = [];
    const bad: IDBValidKey[] = [];
    const used = new Set<string>();
    for (const key of all.keys) {
      if (isPartKey(key)) continue;
      const stored = all.values.get(String(key));
      for (const k of namedParts(stored, String(key))) used.add(k);
      // Parts are read one at a time: by the hash check here, and again by the restore that loads them.
      const value = assemble(stored, String(key), (k) => tx('readonly', (s) => s.get(k)));
      const checked = await verify(key, value);
      if ('code' in checked) {
        problems.push(checked);
        bad.push(key, ...namedParts(stored, String(key)));
      } else datasets.push(checked);
    }
    // Parts no data set names (a save cut off before its head was written) go too.
    for (const key of all.keys) if (isPartKey(key) && !used.has(String(key))) bad.push(key);
    for (const key of bad) await tx('readwrite', (s) => s.delete(key)).catch(() => undefined);
    const present = new Set(all.keys.filter((k) => !isPartKey(k)).map(String));
    const missing = Object.entries(manifest).filter(([id]) => !present.has(id));
    if (missing.length > 0) problems.push({ code: 'missing', names: missing.map(([, name]) => name) });
    writeManifest(Object.fromEntries(datasets.map((d) => [d.info.dataset_id, d.info.name])));
    return { datasets, problems };
  },
  all: async (): Promise<StoredDataset[]> => (await datasetStore.load()).datasets,
};
