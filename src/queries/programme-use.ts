import { useCallback, useContext, useState } from 'react';
import type { ProgrammeTable } from '../db';
import { InputRefused, type InputProblem } from '../ingest';
import { EngineContext } from './engine-context';
import { importProgrammeFile, type ProgrammeImportResult } from './programme-import';

export type ProgrammeImportState =
  | { kind: 'idle' }
  | { kind: 'working'; table: ProgrammeTable; fileName: string }
  | { kind: 'done'; table: ProgrammeTable; result: ProgrammeImportResult }
  | { kind: 'error'; table: ProgrammeTable; fileName: string; message: string; problem?: InputProblem };

/** Importing a replacement programme table, and going back to the bundled one. */
export function useProgrammeImport() {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useProgrammeImport must be used inside <EngineProvider>');
  const [state, setState] = useState<ProgrammeImportState>({ kind: 'idle' });
  const start = useCallback(
    async (table: ProgrammeTable, file: File) => {
      setState({ kind: 'working', table, fileName: file.name });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (bytes.byteLength === 0) throw new InputRefused(file.name, { code: 'empty' });
        const result = await importProgrammeFile(engine.db, table, file.name, bytes, {
          set: (k, v) => engine.storage.setItem(k, v),
        });
        engine.touch();
        setState({ kind: 'done', table, result });
      } catch (e) {
        // A refusal by the input guard carries its code, so the screen can word it in its own language.
        const problem = e instanceof InputRefused ? e.problem : undefined;
        setState({ kind: 'error', table, fileName: file.name, message: e instanceof Error ? e.message : String(e), problem });
      }
    },
    [engine],
  );
  const resetTable = useCallback(
    async (table: ProgrammeTable) => {
      await engine.resetProgrammeTable(table);
      setState({ kind: 'idle' });
    },
    [engine],
  );
  const clear = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, start, resetTable, clear };
}
