import {
  engineRowsHash,
  exportDatasetRows,
  keptRowsSummary,
  KeptOnEngine,
  MissingPart,
  partsHash,
  RowParts,
  sha256Hex,
  storedRowsSummary,
  type DatasetInfo,
  type Db,
  type StoredDataset,
  type StoredRowsSummary,
} from '../db';
import type { DatasetStore } from './engine';
import { faults } from './fault-points';
import { EngineRestarted } from './pinned-db';

/** What validation counted: the figures a save must find again in what it wrote. */
export interface Validated {
  rowsLoaded: number;
  realisedTotal: number;
}

/**
 * What was written is not the data set as validated (fewer rows, another total, other bytes): the save is not
 * confirmed, the record is removed, and the user is told to import the file again.
 */
export class SaveNotConfirmed extends Error {
  constructor(
    readonly datasetName: string,
    readonly expected: Validated,
    readonly found: { rows: number | null; realisedTotal: number | null },
  ) {
    super(
      `“${datasetName}” was not saved: the stored copy held ${found.rows ?? 'no readable'} rows (realised ${found.realisedTotal ?? '?'}) where the import validated ${expected.rowsLoaded} (realised ${expected.realisedTotal}); import the file again.`,
    );
    this.name = 'SaveNotConfirmed';
  }
}

/** A store that keeps a data set's rows on the engine that validated them (the local engine's, engine-kept.ts). */
const keepsRowsOnEngine = (store?: DatasetStore): boolean =>
  store !== undefined && 'keepsRowsOnEngine' in store && store.keepsRowsOnEngine === true;

/**
 * The data set's validated rows as stored bytes, with their hash in its info. For a store that keeps the rows on
 * the engine, nothing crosses to the page: the engine hashes the rows where they are (`engineRowsHash`) and a
 * `KeptOnEngine` stands for them. Rows in parts (`RowParts`, exported one at a time as the store writes them) are
 * hashed as they are written: their content_hash is null here, and `writeConfirmed` sets it, on this same info
 * object, to the stored head's hash once the read-back confirmed it (exporting every part first only to hash it would
 * export each twice; holding them all to hash them first held 1.1 GB of parts in the page at 10M rows).
 */
export async function serialiseDataset(db: Db, info: DatasetInfo, store?: DatasetStore): Promise<StoredDataset> {
  await faults.at('serialising');
  if (keepsRowsOnEngine(store))
    return {
      info: { ...info, content_hash: await engineRowsHash(db, 'validated', info.dataset_id) },
      rows: new KeptOnEngine(info.dataset_id),
    };
  const rows = await exportDatasetRows(db, info.dataset_id);
  return { info: { ...info, content_hash: rows instanceof RowParts ? null : await sha256Hex(rows) }, rows };
}

/**
 * The stored rows' hash and what they hold (null: the reader could not read them), in one pass: read in the page from
 * bytes, part by part for rows in parts (each part read, hashed and counted before the next is read, so the page
 * holds one part at a time), or by the engine where it keeps them. Null hash: a part was missing.
 */
async function readBack(db: Db, rows: Uint8Array): Promise<{ hash: string | null; found: StoredRowsSummary | null }> {
  // Bytes the reader cannot read at all are a mismatch too; a restart meanwhile is the caller's to handle.
  const unreadable = (e: unknown) => {
    if (e instanceof EngineRestarted) throw e;
    return null;
  };
  if (rows instanceof KeptOnEngine)
    return {
      hash: await engineRowsHash(db, 'kept', rows.datasetId),
      found: await keptRowsSummary(db, rows.datasetId).catch(unreadable),
    };
  if (!(rows instanceof RowParts))
    return { hash: await sha256Hex(rows), found: await storedRowsSummary(db, rows).catch(unreadable) };
  const hashes: string[] = [];
  let found: StoredRowsSummary | null = { rows: 0, realisedTotal: 0 };
  for (let i = 0; i < rows.count; i++) {
    let part: Uint8Array;
    try {
      part = await rows.part(i);
    } catch (e) {
      if (e instanceof MissingPart) return { hash: null, found: null };
      throw e;
    }
    hashes.push(await sha256Hex(part));
    const s: StoredRowsSummary | null = found && (await storedRowsSummary(db, part).catch(unreadable));
    found = s && found && { rows: found.rows + s.rows, realisedTotal: found.realisedTotal + s.realisedTotal };
  }
  return { hash: await partsHash(hashes), found };
}

// Sums of the same doubles taken in another order may differ in the last bits; a lost or changed row moves a
// total by far more than this.
const SAME_TOTAL = 1e-9;

/**
 * Writes the data set and confirms it by what the store holds afterwards: read back (rows in parts one part at a
 * time), its rows must hash to what was written, and read as a reload reads them they must give the validated row
 * count and realised total. Rows kept on the engine are read back and checked there; only the hash, the count and
 * the total cross to the page. Rows in parts, hashed by the store as it wrote them (`serialiseDataset`), must hash to
 * the hash the store's head gives; once confirmed, `d.info` takes that hash and `d.rows` reads its parts from the
 * store (an engine restart loses the instance they were exported from).
 * Throws `SaveNotConfirmed` (the record removed by the caller) or the store's own `StoreError`.
 */
export async function writeConfirmed(db: Db, store: DatasetStore, d: StoredDataset, validated: Validated): Promise<void> {
  await faults.at('writing');
  await store.put(d);
  const back = await store.get(d.info.dataset_id);
  const checked = back && (await readBack(db, back.rows));
  const inParts = d.rows instanceof RowParts;
  const written = d.info.content_hash ?? (inParts ? back?.info.content_hash : null);
  if (!back || !checked || !written || checked.hash !== written || (inParts && back.info.content_hash !== written))
    throw new SaveNotConfirmed(d.info.name, validated, { rows: null, realisedTotal: null });
  const { found } = checked;
  const sameTotal =
    found !== null &&
    Math.abs(found.realisedTotal - validated.realisedTotal) <= SAME_TOTAL * Math.max(1, Math.abs(validated.realisedTotal));
  if (!found || found.rows !== validated.rowsLoaded || !sameTotal || back.info.rows_loaded !== validated.rowsLoaded)
    throw new SaveNotConfirmed(d.info.name, validated, {
      rows: found?.rows ?? null,
      realisedTotal: found?.realisedTotal ?? null,
    });
  if (d.rows instanceof RowParts && back.rows instanceof RowParts) {
    d.info.content_hash = written;
    d.rows.readFrom(back.rows);
  }
}
