import {
  StoreError,
  activateDataset,
  appendInto,
  copyWithout,
  listDatasets,
  keepRejectedStaged,
  mapStagedValues,
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
import {
  VALUES_KEY,
  completeImport,
  deleteDataset,
  prepareImport,
  type ImportResult,
  type PreparedImport,
} from './import-dataset';
import type { ImportProgress } from './import-pipeline';
import { sourceHash } from './engine-file';
import { EngineRestarted } from './pinned-db';
import { readSources, writeSources, type SourceFile } from './dataset-sources';
import type { ValueMapping } from './value-mapping';
import { SaveNotConfirmed, serialiseDataset, writeConfirmed, type Validated } from './save-dataset';

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
  /** Append: keep the file's rows that duplicate rows already in the set (skipped and counted apart by default). */
  keepDuplicates?: boolean;
  /** How the file's categorical values read (file value → canonical), applied to the staged rows before validation. */
  values?: ValueMapping;
  onProgress?: (p: ImportProgress) => void;
  /** The line the headers are on (default: found, `auto`). */
  headerRow?: number | 'auto';
  /** Append in place of the active set's source file at this index (its rows and counts leave the set first). */
  replaceSource?: number;
}

/** `saved`, or why the data set lives in this tab only (the browser's storage cannot be used). */
type SaveState = 'saved' | string;

/** What an append added: the file's rows skipped as duplicates, and the whole data set's counts after it. */
export interface AppendOutcome {
  duplicates: number;
  dataset: { rowsIn: number; rowsLoaded: number; rowsRejected: number; realisedTotal: number; expectedTotal: number };
}

export interface FinishedImport {
  /** The file's own account (rows in = loaded + rejected + duplicates); `appended` when it joined the active set. */
  result: ImportResult & { appended?: AppendOutcome };
  saved: SaveState;
}

export type GainsMode = 'add' | 'replace' | 'append';

async function stage(engine: Engine, fileName: string, raw: Uint8Array, opts: RunOptions): Promise<StagedRun> {
  const db = engine.pinned();
  await faults.at('staging');
  const prepared = await prepareImport(
    db,
    fileName,
    raw,
    engine.importDeps(),
    opts.signal,
    opts.onProgress,
    opts.headerRow ?? 'auto',
  );
  return { fileName, raw, prepared, epoch: db.epoch };
}

/** The staged file read again with its headers on another line (the mapping step's header row). */
export async function rereadGains(engine: Engine, run: StagedRun, headerRow: number): Promise<StagedRun> {
  try {
    return await stage(engine, run.fileName, run.raw, { headerRow });
  } catch (e) {
    if (!(e instanceof EngineRestarted)) throw e;
    return await stage(engine, run.fileName, run.raw, { headerRow });
  }
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
  mode: GainsMode,
  opts: RunOptions = {},
): Promise<FinishedImport> {
  const previous = engine.getSnapshot().datasetId;
  const base = mode === 'append' ? previous : null;
  const version = engine.getSnapshot().version;
  let deleted = false;
  try {
    let done: FinishedImport;
    try {
      done = await finishOnce(engine, run, mapping, name, opts, base);
    } catch (e) {
      if (!(e instanceof EngineRestarted)) throw e;
      const again = await stage(engine, run.fileName, run.raw, { ...opts, headerRow: run.prepared.headerRow ?? 1 });
      done = await finishOnce(engine, again, mapping, name, opts, base);
    }
    // Only now is the replaced (or appended to) data set given up: a failed save must not cost the user both.
    if (done.saved === 'saved' && mode !== 'add' && previous !== 'demo') {
      // Failing to delete the old one costs nothing: both are kept, and the user can delete it by hand.
      deleted = await deleteDataset(engine.db, previous, engine.importDeps()).then(
        () => true,
        () => false,
      );
    }
    return done;
  } finally {
    // Done or refused, the user is told which: nothing is left for a reload to undo.
    engine.endImport();
    // Views learn of the change once: an activation already announced a new version, and a second one at once would
    // run every Overview query again behind the first (at 1M rows, seconds of the one worker before the first click).
    if (deleted || engine.getSnapshot().version === version) engine.touch();
  }
}

async function finishOnce(
  engine: Engine,
  run: StagedRun,
  mapping: GainMapping,
  name: string,
  opts: RunOptions,
  base: string | null,
): Promise<FinishedImport> {
  const db = engine.pinned();
  // The engine restarted while the user mapped columns: the staged rows are gone.
  if (db.epoch !== run.epoch) throw new EngineRestarted();
  await faults.at('validation');
  const deps = engine.importDeps();
  const baseInfo = base === null ? null : ((await listDatasets(db)).find((d) => d.dataset_id === base) ?? null);
  if (base !== null && !baseInfo)
    throw new Error(`The active data set ${base} is not loaded: import the file as a new data set.`);
  // Applied on the instance that validates, so a file staged again after a restart is mapped again.
  const facts = { ...run.prepared.facts };
  for (const [column, map] of Object.entries(opts.values ?? {})) {
    const source = mapping[column as keyof GainMapping]; // keys are ValueColumns, all of them GainMapping keys
    if (source && map) await mapStagedValues(db, run.prepared.stagedTable ?? 'import_staged', source, map);
    // What the scan proved of the column's values no longer holds for the mapped ones.
    if (source && map) delete facts[source];
  }
  if (opts.values) deps.memory.set(VALUES_KEY + run.prepared.signature, JSON.stringify(opts.values));
  // Appended to a set that has realised gains, a file of expected gains alone is fine.
  const prepared = { ...run.prepared, facts };
  const result: FinishedImport['result'] = await completeImport(db, prepared, mapping, name, deps, opts.signal, {
    requireRealised: baseInfo === null,
  });
  // Validated: the staged text goes but for the rejected lines' records (their view reads them), before the save
  // and activation need the engine's memory (a refusal, NoRowsLoaded, was thrown above and keeps it for a new mapping).
  await keepRejectedStaged(db, run.prepared.stagedTable ?? 'import_staged');
  const id = result.datasetId;
  const file: SourceFile = {
    file: run.fileName,
    hash: await sourceHash(run.raw),
    importedAt: result.info.created_at,
    firstLine: 0,
    rowsIn: result.rowsIn,
    loaded: result.rowsLoaded,
    rejected: result.rowsRejected,
    duplicates: 0,
  };
  let sources: SourceFile[] = [file];
  let validated: Validated = result;
  let written = false;
  try {
    if (baseInfo) {
      const before = readSources(deps.memory, baseInfo);
      // Replacing one of the set's files: the set without it is what the new file joins.
      const gone = opts.replaceSource === undefined ? undefined : before[opts.replaceSource];
      const reduced = `${id}-without`;
      if (gone) {
        const next = before[(opts.replaceSource ?? 0) + 1];
        await copyWithout(db, reduced, baseInfo.dataset_id, gone.firstLine, next?.firstLine ?? null);
      }
      const a = await appendInto(db, id, gone ? reduced : baseInfo.dataset_id, opts.keepDuplicates ?? false);
      if (gone) await deleteDatasetRows(db, reduced);
      const skipped = opts.keepDuplicates ? 0 : a.duplicates.length;
      const dataset = {
        rowsIn: (baseInfo.rows_in ?? 0) - (gone?.rowsIn ?? 0) + result.rowsIn,
        rowsLoaded: a.rowsLoaded,
        rowsRejected: (baseInfo.rows_rejected ?? 0) - (gone?.rejected ?? 0) + result.rowsRejected,
        realisedTotal: a.realisedTotal,
        expectedTotal: a.expectedTotal,
      };
      result.appended = { duplicates: skipped, dataset };
      result.duplicates = skipped;
      result.rowsLoaded = a.fileRows;
      result.realisedTotal = a.fileRealised;
      result.expectedTotal = a.fileExpected;
      result.name = baseInfo.name;
      result.info = {
        ...result.info,
        name: baseInfo.name,
        source: baseInfo.source,
        rows_in: dataset.rowsIn,
        rows_loaded: dataset.rowsLoaded,
        rows_rejected: dataset.rowsRejected,
      };
      await registerDataset(db, result.info);
      sources = [
        ...before.filter((s) => s !== gone),
        { ...file, firstLine: a.lineOffset, loaded: a.fileRows, duplicates: skipped },
      ];
      validated = dataset;
    }
    engine.saving(result.name, id);
    const { info, rows } = await serialiseDataset(db, result.info, engine.datasets);
    let saved: SaveState = 'saved';
    try {
      written = true;
      await writeConfirmed(db, engine.datasets, { info, rows }, validated);
      await registerDataset(db, info);
    } catch (e) {
      if (!(e instanceof StoreError) || e.code === 'quota') throw e;
      // No storage (a private window): the data set works for this tab, and the replaced one is kept.
      written = false;
      saved = e.message;
    }
    engine.confirmed(id);
    writeSources(deps.memory, id, sources);
    await activate(engine, db, { info, rows }, validated);
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
 * loaded again from the serialised bytes when the rebuild did not bring them back. A set saved in parts (over 1M
 * rows) keeps no bytes in the page (each part is exported, hashed and stored in turn): its parts are read back from
 * the store; without storage (a private window) a restart during activation ends the import with an error.
 */
export async function activate(
  engine: Engine,
  db: Db,
  { info, rows }: { info: DatasetInfo; rows: Uint8Array },
  result: Validated & { rowsLoaded: number },
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
