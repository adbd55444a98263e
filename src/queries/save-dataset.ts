import { exportDatasetRows, sha256Hex, storedRowsSummary, type DatasetInfo, type Db, type StoredDataset } from '../db';
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

/** The data set's validated rows as stored bytes, with their hash in its info. */
export async function serialiseDataset(db: Db, info: DatasetInfo): Promise<StoredDataset> {
  await faults.at('serialising');
  const rows = await exportDatasetRows(db, info.dataset_id);
  return { info: { ...info, content_hash: await sha256Hex(rows) }, rows };
}

// Sums of the same doubles taken in another order may differ in the last bits; a lost or changed row moves a
// total by far more than this.
const SAME_TOTAL = 1e-9;

/**
 * Writes the data set and confirms it by what the store holds afterwards: read back, its bytes must hash to what
 * was written, and read as a reload reads them they must give the validated row count and realised total.
 * Throws `SaveNotConfirmed` (the record removed by the caller) or the store's own `StoreError`.
 */
export async function writeConfirmed(db: Db, store: DatasetStore, d: StoredDataset, validated: Validated): Promise<void> {
  await faults.at('writing');
  await store.put(d);
  const back = await store.get(d.info.dataset_id);
  if (!back || (await sha256Hex(back.rows)) !== d.info.content_hash)
    throw new SaveNotConfirmed(d.info.name, validated, { rows: null, realisedTotal: null });
  // Bytes the reader cannot read at all are a mismatch too; a restart meanwhile is the caller's to handle.
  const found = await storedRowsSummary(db, back.rows).catch((e: unknown) => {
    if (e instanceof EngineRestarted) throw e;
    return null;
  });
  const sameTotal =
    found !== null &&
    Math.abs(found.realisedTotal - validated.realisedTotal) <= SAME_TOTAL * Math.max(1, Math.abs(validated.realisedTotal));
  if (!found || found.rows !== validated.rowsLoaded || !sameTotal || back.info.rows_loaded !== validated.rowsLoaded)
    throw new SaveNotConfirmed(d.info.name, validated, {
      rows: found?.rows ?? null,
      realisedTotal: found?.realisedTotal ?? null,
    });
}
