import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { listDatasets, rowsFromEach, type DatasetInfo, type Db } from '../db';
import { backgroundOf } from '../db/columns';
import { EngineContext, useEngine } from './engine-context';
import type { ImportDeps } from './import-dataset';
import { keys, type DataRef } from './keys';

/** One file a data set was built from: who sent what, when, and how each of its rows was accounted for. */
export interface SourceFile {
  file: string;
  /** SHA-256 of the file's bytes as imported. */
  hash: string | null;
  importedAt: string | null;
  /** Its rows' lines in the data set start here (0 for the first file): a row's line names its file. */
  firstLine: number;
  rowsIn: number;
  loaded: number;
  rejected: number;
  /** Rows skipped as duplicates of rows already in the set: rows in = loaded + rejected + duplicates. */
  duplicates: number;
}

const SOURCES_KEY = 'spillover.sources.';

/** The files a data set was built from; a data set imported before files were listed counts as its one source. */
export function readSources(memory: ImportDeps['memory'], info: DatasetInfo): SourceFile[] {
  const kept = memory.get(SOURCES_KEY + info.dataset_id);
  if (kept) {
    try {
      const list = JSON.parse(kept) as SourceFile[]; // written by writeSources below, never by a user
      // Empty: every file was removed from the set (the record itself then counts 0 rows).
      if (Array.isArray(list)) return list;
    } catch {
      // A damaged list falls back to the record's own account of its one file.
    }
  }
  return [
    {
      file: info.source ?? info.name,
      hash: null,
      importedAt: info.created_at,
      firstLine: 0,
      rowsIn: info.rows_in ?? 0,
      loaded: info.rows_loaded ?? 0,
      rejected: info.rows_rejected ?? 0,
      duplicates: 0,
    },
  ];
}

export function writeSources(memory: ImportDeps['memory'], datasetId: string, sources: readonly SourceFile[]): void {
  memory.set(SOURCES_KEY + datasetId, JSON.stringify(sources));
}

/** A source file with the rows of it the data set holds now (`rows`, counted in the data set itself). */
export interface SourceRow extends SourceFile {
  rows: number;
}

export async function datasetSources(db: Db, memory: ImportDeps['memory'], datasetId: string): Promise<SourceRow[]> {
  const info = (await listDatasets(db)).find((d) => d.dataset_id === datasetId);
  if (!info) return [];
  const sources = readSources(memory, info);
  // In the engine's background lane: at 1M rows this count over the set's rows took 1.5–8 s on a loaded machine, and
  // a cross-filter click right after an import waited behind it.
  const rows = await rowsFromEach(
    backgroundOf(db),
    datasetId,
    sources.map((s) => s.firstLine),
  );
  return sources.map((s, i) => ({ ...s, rows: rows[i] ?? 0 }));
}

/** The active data set's source files, for the list beside the import. */
export function useDatasetSources() {
  const engine = useContext(EngineContext);
  const { datasetId, version } = useEngine();
  const ref: DataRef = { datasetId, version };
  return useQuery({
    queryKey: [...keys.dataset(ref), 'sources'],
    queryFn: () => (engine ? datasetSources(engine.db, engine.importDeps().memory, ref.datasetId) : Promise.resolve([])),
    enabled: engine !== null,
  });
}
