import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { datasetStore, exportDatasetRows, partsHash, restoreDatasetRows, RowParts, sha256Hex, type Db } from '../db';
import { openDbWithPopulation } from '../../tests/import-test-db';
import { SaveNotConfirmed, serialiseDataset, writeConfirmed } from './save-dataset';

// The browser store's own save of rows in parts (src/db/dataset-store.ts) on an in-memory IndexedDB: each part is
// exported, hashed and written before the next is exported, so the page never holds two (at 10M rows all ten parts
// held together took the save's JS heap to 3.5 GB of 4 GiB). The stored form is the one a reload reads.

let db: Db;
const globals = globalThis as { indexedDB?: unknown; IDBKeyRange?: unknown };
const saved = { indexedDB: globals.indexedDB, IDBKeyRange: globals.IDBKeyRange };

/** The store's raw records, for looking under the store's own API (parts of a save are keyed `id\0tag:i`). */
function raw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = (globals.indexedDB as IDBFactory).open('spillover', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('datasets'); // as the store creates it
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}
async function storedPartKeys(id: string): Promise<string[]> {
  const d = await raw();
  const keys = await new Promise<IDBValidKey[]>((resolve) => {
    const r = d.transaction('datasets').objectStore('datasets').getAllKeys();
    r.onsuccess = () => resolve(r.result);
  });
  d.close();
  return keys.map(String).filter((k) => k.startsWith(`${id}\u0000`));
}
async function rewrite(key: string, change: (bytes: Uint8Array) => Uint8Array): Promise<void> {
  const d = await raw();
  await new Promise<void>((resolve) => {
    const t = d.transaction('datasets', 'readwrite');
    const s = t.objectStore('datasets');
    const r = s.get(key);
    r.onsuccess = () => s.put(change(r.result as Uint8Array), key);
    t.oncomplete = () => resolve();
  });
  d.close();
}

beforeAll(async () => {
  db = await openDbWithPopulation(); // the demo's population: every NACE code these rows use
  // 23 rows in a scrambled insertion order, realised and expected: 5 parts of at most 5 rows.
  await db.exec(
    `INSERT INTO gains_flat SELECT 'big', 2 + (i * 7) % 23, 'P' || i, 'T, "' || i || '"', 'robots', 'C' || i, NULL, 25, 10, NULL, NULL,
            2016, 'quality', i * 1.25 - 3, CASE WHEN i % 3 = 0 THEN 'expected' ELSE 'realised' END, NULL
     FROM range(23) t(i)`,
  );
});
beforeEach(() => {
  globals.indexedDB = new IDBFactory();
  globals.IDBKeyRange = FakeKeyRange;
});
afterAll(async () => {
  Object.assign(globals, saved);
  await db.close();
});

const info = (id: string) => ({
  dataset_id: id,
  name: id,
  source: null,
  created_at: null,
  rows_in: 23,
  rows_loaded: 23,
  rows_rejected: 0,
  content_hash: null,
});
const realised = async () =>
  (
    await db.query<{ t: number }>(
      `SELECT sum(annual_gain_dkk) AS t FROM gains_flat WHERE dataset_id = 'big' AND status = 'realised'`,
    )
  ).rows[0]?.t ?? 0;
const rowsOf = async (id: string) =>
  (await db.query('SELECT * EXCLUDE (dataset_id) FROM gains_flat WHERE dataset_id = ? ORDER BY line', [id])).rows;

it('exports, hashes and stores one part before exporting the next; the reload reads what was validated', async () => {
  const exported = (await exportDatasetRows(db, 'big', 5)) as RowParts;
  expect(exported).toBeInstanceOf(RowParts);
  expect(exported.parts).toBeUndefined(); // exported when read, not held
  // Each export logged with the parts already in the store and the exports under way when it starts.
  const log: { i: number; stored: number; out: number }[] = [];
  let out = 0;
  const rows = new RowParts({
    count: exported.count,
    read: async (i) => {
      log.push({ i, stored: (await storedPartKeys('s')).length, out: ++out });
      try {
        return await exported.part(i);
      } finally {
        out--;
      }
    },
  });
  const d = { info: info('s'), rows };
  await writeConfirmed(db, datasetStore, d, { rowsLoaded: 23, realisedTotal: await realised() });
  // The save's exports, then the read-back's reads (from the store, not exported again).
  expect(log).toEqual([0, 1, 2, 3, 4].map((i) => ({ i, stored: i, out: 1 })));
  // The hash is the stored form's as before (the hash of the parts' hashes in order), on the caller's info.
  const each: string[] = [];
  for (let i = 0; i < exported.count; i++) each.push(await sha256Hex(await exported.part(i)));
  expect(d.info.content_hash).toBe(await partsHash(each));
  // After the save the rows are read from the store: a restart's fallback needs no engine that exported them.
  await rows.part(0);
  expect(log).toHaveLength(5);

  const { datasets, problems } = await datasetStore.load();
  expect(problems).toEqual([]);
  expect(datasets.map((x) => x.info.content_hash)).toEqual([d.info.content_hash]);
  const back = datasets[0]?.rows ?? new Uint8Array(0);
  expect(await restoreDatasetRows(db, 'back', back)).toBe(23);
  expect(await rowsOf('back')).toEqual(await rowsOf('big'));
  await db.exec(`DELETE FROM gains_flat WHERE dataset_id = 'back'`);
});

it('serialises rows in parts unhashed and refuses a save whose stored part changed after it was written', async () => {
  const d = await serialiseDataset(db, info('big'));
  expect(d.rows).not.toBeInstanceOf(RowParts); // 23 rows: one CSV, hashed up front as before
  const parts = await exportDatasetRows(db, 'big', 5);
  const store = {
    ...datasetStore,
    put: async (x: Parameters<typeof datasetStore.put>[0]) => {
      await datasetStore.put(x);
      const [, second] = (await storedPartKeys('c')).sort();
      if (second) await rewrite(second, (b) => b.map((v, j) => (j === b.length - 2 ? v ^ 1 : v)));
    },
  };
  const changed = { info: info('c'), rows: parts };
  const e = await writeConfirmed(db, store, changed, { rowsLoaded: 23, realisedTotal: await realised() }).catch(
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SaveNotConfirmed);
  expect(changed.info.content_hash).toBeNull();
  // The same damage found at the next start: the set is reported and removed with its parts.
  expect((await datasetStore.load()).problems).toEqual([{ code: 'corrupt', name: 'c', reason: 'hash' }]);
  expect(await storedPartKeys('c')).toEqual([]);
});
