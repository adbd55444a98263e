import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { runConsole, type ConsoleError, type QueryResult } from '../db';
import { EngineContext, useEngine } from './engine-context';

export type ConsoleState =
  | { kind: 'idle' }
  | { kind: 'running'; startedAt: number }
  | { kind: 'done'; result: QueryResult; statements: number; ms: number; sql: string; datasetId: string }
  | { kind: 'failed'; error: ConsoleError; ms: number; sql: string };

/**
 * The SQL console's command: runs the user's input on the engine, one run at a time; `cancel` aborts the run in
 * flight (duckdb-wasm's cancelSent). Waits for the engine: a run asked for before it is ready does nothing.
 */
export function useConsole(onFinished: (s: ConsoleState) => void) {
  const engine = useContext(EngineContext);
  const { db, datasetId, ready } = useEngine();
  const [state, setState] = useState<ConsoleState>({ kind: 'idle' });
  const ctl = useRef<AbortController | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });
  const run = useCallback(
    async (sql: string) => {
      if (ctl.current || !ready) return;
      const abort = new AbortController();
      ctl.current = abort;
      setState({ kind: 'running', startedAt: performance.now() });
      const out = await runConsole(db, sql, abort.signal);
      ctl.current = null;
      // Rolled back as far as it could be, but the app's tables still differ: rebuild them from the stored rows.
      if (!out.ok && out.tamper && !out.tamper.restored) await engine?.recover(out.tamper.changed.join(', '));
      const next: ConsoleState = out.ok
        ? { kind: 'done', result: out.result, statements: out.statements, ms: out.elapsedMs, sql, datasetId }
        : { kind: 'failed', error: out.error, ms: out.elapsedMs, sql };
      setState(next);
      finished.current(next);
    },
    [engine, db, datasetId, ready],
  );
  const cancel = useCallback(() => ctl.current?.abort(), []);
  return { state, run, cancel, ready };
}
