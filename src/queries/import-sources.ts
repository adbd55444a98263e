import { useCallback, useContext, useState } from 'react';
import { copyWithout, deleteDatasetRows, listDatasets, registerDataset, StoreError, type DatasetInfo } from '../db';
import type { Engine } from './engine';
import { EngineContext } from './engine-context';
import { deleteDataset } from './import-dataset';
import { activate } from './import-run';
import { readSources, writeSources } from './dataset-sources';
import { serialiseDataset, writeConfirmed } from './save-dataset';

/** The active set after one of its files left: its counts (rows in = loaded + rejected + duplicates, per file). */
export interface SourceRemoved {
  file: string;
  datasetId: string;
  rowsIn: number;
  rowsLoaded: number;
  rowsRejected: number;
  realisedTotal: number;
  expectedTotal: number;
  saved: 'saved' | string;
}

/**
 * Takes one source file out of the active data set: a new set of the other files' rows (the last file removed:
 * an empty one), saved through the same confirmed save as an import, activated, and only then the old set given up.
 */
export async function removeSource(engine: Engine, index: number): Promise<SourceRemoved> {
  const baseId = engine.getSnapshot().datasetId;
  const db = engine.pinned();
  const deps = engine.importDeps();
  const base = (await listDatasets(db)).find((d) => d.dataset_id === baseId);
  if (!base || baseId === 'demo') throw new Error(`The active data set ${baseId} has no files to remove.`);
  const before = readSources(deps.memory, base);
  const gone = before[index];
  if (!gone) throw new Error(`The data set has no file number ${index + 1}.`);
  engine.beginImport(base.name);
  const id = `ds-${crypto.randomUUID()}`;
  let written = false;
  try {
    const totals = await copyWithout(db, id, baseId, gone.firstLine, before[index + 1]?.firstLine ?? null);
    const info: DatasetInfo = {
      ...base,
      dataset_id: id,
      rows_in: (base.rows_in ?? 0) - gone.rowsIn,
      rows_loaded: totals.rowsLoaded,
      rows_rejected: (base.rows_rejected ?? 0) - gone.rejected,
      content_hash: null,
    };
    await registerDataset(db, info);
    engine.saving(info.name, id);
    const stored = await serialiseDataset(db, info, engine.datasets);
    let saved: SourceRemoved['saved'] = 'saved';
    try {
      written = true;
      await writeConfirmed(db, engine.datasets, stored, totals);
      await registerDataset(db, stored.info);
    } catch (e) {
      if (!(e instanceof StoreError) || e.code === 'quota') throw e;
      written = false;
      saved = e.message;
    }
    engine.confirmed(id);
    writeSources(
      deps.memory,
      id,
      before.filter((s) => s !== gone),
    );
    await activate(engine, db, stored, totals);
    engine.activated(id, saved === 'saved');
    if (saved === 'saved') await deleteDataset(engine.db, baseId, deps).catch(() => undefined);
    return {
      file: gone.file,
      datasetId: id,
      rowsIn: info.rows_in ?? 0,
      rowsLoaded: totals.rowsLoaded,
      rowsRejected: info.rows_rejected ?? 0,
      realisedTotal: totals.realisedTotal,
      expectedTotal: totals.expectedTotal,
      saved,
    };
  } catch (e) {
    engine.confirmed(id);
    if (written) await engine.datasets.remove(id).catch(() => undefined);
    await deleteDatasetRows(engine.db, id).catch(() => undefined);
    throw e;
  } finally {
    engine.endImport();
    engine.touch();
  }
}

/** Removing a file from the active data set, for the list of its files: the last outcome or error, and busy. */
export function useRemoveSource() {
  const engine = useContext(EngineContext);
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; out: SourceRemoved } | { kind: 'error'; message: string }
  >({ kind: 'idle' });
  const remove = useCallback(
    async (index: number) => {
      if (!engine) return;
      setState({ kind: 'busy' });
      try {
        setState({ kind: 'done', out: await removeSource(engine, index) });
      } catch (e) {
        setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [engine],
  );
  return { state, remove };
}
