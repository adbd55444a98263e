import { useCallback, useEffect, useRef, useState } from 'react';
import { runConsole, type ConsoleError, type Db, type QueryResult } from '../../db';

export type ConsoleState =
  | { kind: 'idle' }
  | { kind: 'running'; startedAt: number }
  | { kind: 'done'; result: QueryResult; statements: number; ms: number; sql: string; datasetId: string }
  | { kind: 'failed'; error: ConsoleError; ms: number; sql: string };

/** Runs console input one run at a time; `cancel` aborts the run in flight (duckdb-wasm's cancelSent). */
export function useConsole(db: Db, datasetId: string, onFinished: (s: ConsoleState) => void) {
  const [state, setState] = useState<ConsoleState>({ kind: 'idle' });
  const ctl = useRef<AbortController | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });
  const run = useCallback(
    async (sql: string) => {
      if (ctl.current) return;
      const abort = new AbortController();
      ctl.current = abort;
      setState({ kind: 'running', startedAt: performance.now() });
      const out = await runConsole(db, sql, abort.signal);
      ctl.current = null;
      const next: ConsoleState = out.ok
        ? { kind: 'done', result: out.result, statements: out.statements, ms: out.elapsedMs, sql, datasetId }
        : { kind: 'failed', error: out.error, ms: out.elapsedMs, sql };
      setState(next);
      finished.current(next);
    },
    [db, datasetId],
  );
  const cancel = useCallback(() => ctl.current?.abort(), []);
  return { state, run, cancel };
}
