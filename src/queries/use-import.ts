import { useCallback, useContext, useRef, useState } from 'react';
import { StoreError, type GainMapping, type RejectedRow } from '../db';
import { InputRefused, checkFileSize, csvDownload, type InputProblem } from '../ingest';
import { EngineContext } from './engine-context';
import type { Engine } from './engine';
import { checkAborted, importLimit } from './import-pipeline';
import {
  deleteDataset,
  importGenericTable,
  NoRowsLoaded,
  importPopulationFile,
  type PopulationImportResult,
  type ImportProgress,
  type PreparedImport,
  type TableImportResult,
} from './import-dataset';
import { finishGains, prepareGains, rereadGains, type FinishedImport, type StagedRun } from './import-run';
import { applyMappingFile, type MappingFile } from './import-mapping-file';
import { EngineFile } from './engine-file';
import { EngineRestarted } from './pinned-db';
import { SaveNotConfirmed } from './save-dataset';
import type { ValueMapping } from './value-mapping';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'working'; step: 'reading' | 'validating'; fileName: string; bytes: number; progress?: ImportProgress }
  | { kind: 'mapping'; prepared: PreparedImport }
  | { kind: 'done'; result: FinishedImport['result']; saved: 'saving' | 'saved' | string }
  | { kind: 'table'; result: TableImportResult }
  | { kind: 'population'; result: PopulationImportResult }
  | { kind: 'error'; fileName: string; message: string; problem?: ImportProblem }
  | EmptyImport
  | { kind: 'cancelled'; fileName: string };

/**
 * The file would have made an empty data set (no loadable row, or no realised gain) and was not imported; it stays
 * staged, so the user can go back to map its columns and values (`remap`).
 */
export interface EmptyImport {
  kind: 'empty';
  why: 'no-rows' | 'no-realised';
  fileName: string;
  rowsIn: number;
  rowsLoaded: number;
  expectedTotal: number;
  rejected: readonly RejectedRow[];
  prepared: PreparedImport;
}

/** A refusal the UI words itself (in either language), rather than showing a reader's message. */
export type ImportProblem =
  InputProblem | { code: 'quota'; bytes: number } | { code: 'no-rows'; rows: number; reasons: string[] } | NotSaved;

/**
 * The import did not complete and nothing of it was kept: the engine restarted twice under it, or what the store
 * held afterwards was not the data set as validated (`rows`: the validated count; `found`: the stored one).
 */
type NotSaved =
  { code: 'not-saved'; reason: 'engine' } | { code: 'not-saved'; reason: 'mismatch'; rows: number; found: number | null };

function errorState(fileName: string, e: unknown, bytes = 0): ImportState {
  if (e instanceof DOMException && e.name === 'AbortError') return { kind: 'cancelled', fileName };
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof StoreError && e.code === 'quota')
    return { kind: 'error', fileName, message, problem: { code: 'quota', bytes } };
  if (e instanceof EngineRestarted) return { kind: 'error', fileName, message, problem: { code: 'not-saved', reason: 'engine' } };
  if (e instanceof SaveNotConfirmed) {
    const problem: NotSaved = { code: 'not-saved', reason: 'mismatch', rows: e.expected.rowsLoaded, found: e.found.rows };
    return { kind: 'error', fileName, message, problem };
  }
  if (e instanceof NoRowsLoaded) {
    return {
      kind: 'error',
      fileName,
      message,
      problem: { code: 'no-rows', rows: e.rowsIn, reasons: e.rejected.slice(0, 10).map((r) => r.reason) },
    };
  }
  return { kind: 'error', fileName, message, problem: e instanceof InputRefused ? e.problem : undefined };
}

export interface ImportOptions {
  mode: 'add' | 'replace' | 'append' | 'table' | 'population';
  name?: string;
  /** Append: keep rows that duplicate rows already in the data set (skipped and counted apart otherwise). */
  keepDuplicates?: boolean;
  /** Append in place of the active set's source file at this index. */
  replaceSource?: number;
}

function engineOrThrow(e: Engine | null): Engine {
  if (!e) throw new Error('useImport must be used inside <EngineProvider>');
  return e;
}

/** The import flow: read → (map columns if needed) → validate → store → activate. */
export function useImport() {
  const engine = engineOrThrow(useContext(EngineContext));
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const options = useRef<ImportOptions>({ mode: 'add' });

  /** The last import that loaded: its file and mapping, for rows fixed in place to be appended the same way. */
  const last = useRef<{ fileName: string; mapping: GainMapping } | null>(null);

  /** The file staged on the engine, and its bytes, until the import ends (an engine restart stages it again). */
  const run = useRef<StagedRun | null>(null);

  const finish = useCallback(
    async (prepared: PreparedImport, mapping: GainMapping, values: ValueMapping = prepared.values ?? {}) => {
      const ctrl = abort.current ?? new AbortController();
      const staged = run.current;
      setState({ kind: 'working', step: 'validating', fileName: prepared.fileName, bytes: prepared.bytes });
      const name = options.current.name?.trim() || prepared.fileName.replace(/\.[^.]+$/, '');
      const chosen = options.current.mode;
      const mode = chosen === 'replace' || chosen === 'append' ? chosen : 'add';
      try {
        if (!staged || staged.prepared !== prepared) throw new Error('This import is no longer staged: choose the file again.');
        // Validated (a file with no loadable row is refused here, NoRowsLoaded), stored and read back, and only then
        // shown: the data set the user had stays active and stored until the new one is both.
        const { result, saved } = await finishGains(engine, staged, mapping, name, mode, {
          signal: ctrl.signal,
          keepDuplicates: options.current.keepDuplicates,
          replaceSource: options.current.replaceSource,
          values,
        });
        setState({ kind: 'done', result, saved });
        last.current = { fileName: prepared.fileName, mapping };
        run.current = null;
      } catch (e) {
        if (e instanceof NoRowsLoaded && staged) {
          const { why, rowsIn, rowsLoaded, expectedTotal, rejected } = e;
          setState({ kind: 'empty', why, fileName: prepared.fileName, rowsIn, rowsLoaded, expectedTotal, rejected, prepared });
          return;
        }
        run.current = null;
        setState(errorState(prepared.fileName, e, prepared.bytes));
      }
    },
    [engine],
  );

  const start = useCallback(
    async (file: File | EngineFile, opts: ImportOptions) => {
      options.current = opts;
      abort.current?.abort();
      const ctrl = new AbortController();
      abort.current = ctrl;
      setState({ kind: 'working', step: 'reading', fileName: file.name, bytes: file.size });
      try {
        // Refused on its size alone, before the browser is asked to hold it.
        // A file the local engine reads from its data folder never comes into the page: no browser limit applies.
        const tooBig = file instanceof EngineFile ? null : checkFileSize(file.size, importLimit());
        if (tooBig) throw new InputRefused(file.name, tooBig);
        const bytes = file instanceof EngineFile ? file : new Uint8Array(await file.arrayBuffer());
        // The engine's start-up stages and validates the bundled tables through the same scratch tables: an import
        // started meanwhile failed with "csv_rejects does not exist". It waits for start-up to finish.
        await engine.started;
        checkAborted(ctrl.signal);
        if (opts.mode === 'population') {
          const result = await importPopulationFile(engine.db, file.name, bytes, engine.importDeps());
          engine.touch();
          setState({ kind: 'population', result });
          return;
        }
        if (opts.mode === 'table') {
          const result = await importGenericTable(engine.db, file.name, bytes);
          engine.touch();
          setState({ kind: 'table', result });
          return;
        }
        const name = opts.name?.trim() || file.name.replace(/\.[^.]+$/, '');
        const staged = await prepareGains(engine, file.name, bytes, name, {
          signal: ctrl.signal,
          onProgress: (progress) =>
            setState({ kind: 'working', step: 'reading', fileName: file.name, bytes: file.size, progress }),
        });
        run.current = staged;
        const { prepared } = staged;
        // Columns it cannot name, or values it would not read as they stand ("Ja"/"Nej" for a status): the user decides.
        if (prepared.missingRequired.length > 0 || prepared.needsValues || prepared.needsReview)
          setState({ kind: 'mapping', prepared });
        else await finish(prepared, prepared.mapping);
      } catch (e) {
        setState(errorState(file.name, e, file.size));
      }
    },
    [engine, finish],
  );

  /** Back to the mapping step with the file still staged (after an import that would have been empty). */
  const remap = useCallback(() => {
    const staged = run.current;
    if (!staged) return;
    engine.beginImport(options.current.name?.trim() || staged.fileName.replace(/\.[^.]+$/, ''));
    setState({ kind: 'mapping', prepared: staged.prepared });
  }, [engine]);

  /**
   * Rows the user fixed in place (the partner's columns, edited): validated again and appended to the active data set
   * through the same confirmed save, as a file of their own; rows still wrong are rejected again with their reasons.
   */
  const fixRows = useCallback(
    async (columns: readonly string[], rows: readonly Record<string, string | null>[]) => {
      const prev = last.current;
      if (!prev || !rows.length) return;
      const fileName = `${prev.fileName.replace(/\.[^.]+$/, '')}.fixed.csv`;
      const bytes = csvDownload(rows, fileName, columns, 'en').bytes;
      options.current = { mode: 'append', keepDuplicates: true };
      setState({ kind: 'working', step: 'validating', fileName, bytes: bytes.byteLength });
      try {
        const staged = await prepareGains(engine, fileName, bytes, fileName, { headerRow: 1 });
        run.current = staged;
        await finish(staged.prepared, prev.mapping, {});
        last.current = prev;
      } catch (e) {
        setState(errorState(fileName, e, bytes.byteLength));
      }
    },
    [engine, finish],
  );

  /** The staged file read again with its headers on `headerRow` (a mapping file's choices applied, when given). */
  const reread = useCallback(
    async (headerRow: number, preset?: MappingFile) => {
      const staged = run.current;
      if (!staged) return;
      setState({ kind: 'working', step: 'reading', fileName: staged.fileName, bytes: staged.raw.byteLength });
      try {
        const again = await rereadGains(engine, staged, headerRow);
        const prepared = preset ? applyMappingFile(again.prepared, preset) : again.prepared;
        run.current = { ...again, prepared };
        setState({ kind: 'mapping', prepared });
      } catch (e) {
        run.current = null;
        engine.endImport();
        setState(errorState(staged.fileName, e, staged.raw.byteLength));
      }
    },
    [engine],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => {
    // Leaving the mapping step ends the import there: nothing of it was written.
    run.current = null;
    engine.endImport();
    setState({ kind: 'idle' });
  }, [engine]);
  return { state, start, finish, remap, fixRows, reread, cancel, reset };
}

/** Switching and deleting data sets. */
export function useDatasets() {
  const engine = engineOrThrow(useContext(EngineContext));
  const activate = useCallback((id: string) => engine.activate(id), [engine]);
  const remove = useCallback(
    async (id: string) => {
      if (engine.getSnapshot().datasetId === id) await engine.activate('demo');
      await deleteDataset(engine.db, id, engine.importDeps());
      engine.touch();
    },
    [engine],
  );
  const resetPopulation = useCallback(() => engine.resetPopulation(), [engine]);
  const dismissStoreProblems = useCallback(() => engine.dismissRestoreProblems(), [engine]);
  return { activate, remove, resetPopulation, dismissStoreProblems };
}
