import {
  StoreError,
  activateDataset,
  datasetRowCount,
  deleteDatasetRows,
  type DatasetInfo,
  registerDataset,
  restoreDatasetRows,
  type Db,
  type GainMapping,
} from '../db';
import type { Engine } from './engine';
import { faults } from './fault-points';
import { completeImport, deleteDataset, prepareImport, type ImportResult, type PreparedImport } from './import-dataset';
import type { ImportProgress } from './import-pipeline';
import { EngineRestarted } from './pinned-db';
import { SaveNotConfirmed, serialiseDataset, writeConfirmed } from './save-dataset';

/**
 * A reported-gains import from the file's bytes to the active data set, and what it does when the engine dies or
 * the page goes away at any step. The bytes stay in the page until the import ends, so work an engine restart
 * wiped out is done again from them, once; a second restart fails the import. Nothing is shown as saved before it
 * was read back from the store and matched, and the active id is remembered only for a stored data set.
 */

/** A file staged on one engine instance (`epoch`), with its bytes kept to stage it again after a restart. */
export interface StagedRun {
  fileName: string;
  raw: Uint8Array;
  prepared: PreparedImport;
  epoch: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/** `saved`, or why the data set lives in this tab only (the browser's storage cannot be used). */
type SaveState = 'saved' | string;

export interface FinishedImport {
  result: ImportResult;
  saved: SaveState;
}

async function stage(engine: Engine, fileName: string, raw: Uint8Array, opts: RunOptions): Promise<StagedRun> {
  const db = engine.pinned();
  await faults.at('staging');
  const prepared = await prepareImport(db, fileName, raw, engine.importDeps(), opts.signal, opts.onProgress);
  return { fileName, raw, prepared, epoch: db.epoch };
}

/** Read → stage → propose a mapping; noted as under way (until `finishGains` or `endImport`). */
export async function prepareGains(
  engine: Engine,
  fileName: string,
  raw: Uint8Array,
  name: string,
  opts: RunOptions = {},
): Promise<StagedRun> {
  engine.beginImport(name);
  try {
    try {
      return await stage(engine, fileName, raw, opts);
    } catch (e) {
      if (!(e instanceof EngineRestarted)) throw e;
      return await stage(engine, fileName, raw, opts);
    }
  } catch (e) {
    engine.endImport();
    throw e;
  }
}

/**
 * Validate → serialise → write and read back → activate. A restart before the save was confirmed stages the file
 * again from its bytes and starts over (once); after it, the confirmed rows are activated on the fresh engine.
 */
export async function finishGains(
  engine: Engine,
  run: StagedRun,
  mapping: GainMapping,
  name: string,
  mode: 'add' | 'replace',
  opts: RunOptions = {},
): Promise<FinishedImport> {
  const previous = engine.getSnapshot().datasetId;
  try {
    let done: FinishedImport;
    try {
      done = await finishOnce(engine, run, mapping, name, opts);
    } catch (e) {
      if (!(e instanceof EngineRestarted)) throw e;
      done = await finishOnce(engine, await stage(engine, run.fileName, run.raw, opts), mapping, name, opts);
    }
    // Only now is the replaced data set given up: a failed save must not cost the user both.
    if (done.saved === 'saved' && mode === 'replace' && previous !== 'demo') {
      // Failing to delete the old one costs nothing: both are kept, and the user can delete it by hand.
      await deleteDataset(engine.db, previous, engine.importDeps()).catch(() => undefined);
    }
    return done;
  } finally {
    // Done or refused, the user is told which: nothing is left for a reload to undo.
    engine.endImport();
    engine.touch();
  }
}

async function finishOnce(
  engine: Engine,
  run: StagedRun,
  mapping: GainMapping,
  name: string,
  opts: RunOptions,
): Promise<FinishedImport> {
  const db = engine.pinned();
  // The engine restarted while the user mapped columns: the staged rows are gone.
  if (db.epoch !== run.epoch) throw new EngineRestarted();
  await faults.at('validation');
  const result = await completeImport(db, run.prepared, mapping, name, engine.importDeps(), opts.signal);
  const id = result.datasetId;
  let written = false;
  try {
    engine.saving(name, id);
    const { info, rows } = await serialiseDataset(db, result.info);
    let saved: SaveState = 'saved';
    try {
      written = true;
      await writeConfirmed(db, engine.datasets, { info, rows }, result);
      await registerDataset(db, info);
    } catch (e) {
      if (!(e instanceof StoreError) || e.code === 'quota') throw e;
      // No storage (a private window): the data set works for this tab, and the replaced one is kept.
      written = false;
      saved = e.message;
    }
    engine.confirmed(id);
    await activate(engine, db, { info, rows }, result);
    engine.activated(id, saved === 'saved');
    return { result: { ...result, info: { ...result.info, content_hash: info.content_hash } }, saved };
  } catch (e) {
    engine.confirmed(id);
    // Nothing of it stays: not in the store, not in whichever engine instance runs now.
    if (written) await engine.datasets.remove(id).catch(() => undefined);
    await deleteDatasetRows(engine.db, id).catch(() => undefined);
    throw e;
  }
}

/**
 * Activation on the instance that validated the rows; after a restart, on the fresh one, where the rows are
 * loaded again from the serialised bytes still in the page when the rebuild did not bring them back.
 */
async function activate(
  engine: Engine,
  db: Db,
  { info, rows }: { info: DatasetInfo; rows: Uint8Array },
  result: ImportResult,
): Promise<void> {
  const id = info.dataset_id;
  try {
    await faults.at('activation');
    await activateDataset(db, id);
  } catch (e) {
    if (!(e instanceof EngineRestarted)) throw e;
    const fresh = engine.pinned();
    if ((await datasetRowCount(fresh, id)) !== result.rowsLoaded) {
      const n = await restoreDatasetRows(fresh, id, rows);
      if (n !== result.rowsLoaded) throw new SaveNotConfirmed(info.name, result, { rows: n, realisedTotal: null });
      await registerDataset(fresh, info);
    }
    await activateDataset(fresh, id);
  }
}
