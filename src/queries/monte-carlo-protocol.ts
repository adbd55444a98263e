import type { ChainTables, MonteCarloResult, MonteCarloSpec, Params } from '../model';

/** Main thread → worker. A new `run` replaces any run in progress. */
export type McRequest =
  { type: 'run'; id: number; tables: ChainTables; params: Params; spec: MonteCarloSpec } | { type: 'cancel'; id: number };

/** Worker → main thread. */
export type McResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; result: MonteCarloResult; computeMs: number }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string };

/**
 * Draws per chunk: about 10–20 ms of work, so progress moves smoothly and a cancel is heard within a chunk, while
 * the per-chunk message cost stays negligible. Chunk sizes never change the result.
 */
export const CHUNK_DRAWS = 2000;
