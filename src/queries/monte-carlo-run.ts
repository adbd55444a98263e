import { createMonteCarlo, type MonteCarloRun } from '../model';
import { CHUNK_DRAWS, type McRequest, type McResponse } from './monte-carlo-protocol';

type RunRequest = Extract<McRequest, { type: 'run' }>;

/**
 * The chunked loop shared by the worker and the in-page fallback: a chunk, a progress message, then a macrotask
 * break so a cancel (or a click, on the page) is handled before the next chunk.
 */
export function chunkedRun(
  req: RunRequest,
  post: (m: McResponse) => void,
  isCancelled: () => boolean,
  now: () => number,
  yieldToEvents: (next: () => void) => void,
): void {
  const started = now();
  let run: MonteCarloRun;
  try {
    run = createMonteCarlo(req.tables, req.params, req.spec);
  } catch (e) {
    post({ type: 'failed', id: req.id, message: e instanceof Error ? e.message : String(e) });
    return;
  }
  const chunk = () => {
    if (isCancelled()) {
      post({ type: 'cancelled', id: req.id });
      return;
    }
    try {
      run.step(CHUNK_DRAWS);
      post({ type: 'progress', id: req.id, done: run.done, total: run.total });
      if (run.done < run.total) {
        yieldToEvents(chunk);
        return;
      }
      const result = run.result();
      post({ type: 'done', id: req.id, result, computeMs: now() - started });
    } catch (e) {
      post({ type: 'failed', id: req.id, message: e instanceof Error ? e.message : String(e) });
    }
  };
  chunk();
}
