import type { ChainTables, MonteCarloResult, MonteCarloSpec, Params } from '../model';
import type { McRequest, McResponse } from './monte-carlo-protocol';
import { chunkedRun } from './monte-carlo-run';

type McOutcome =
  | {
      kind: 'done';
      result: MonteCarloResult;
      /** From the request to the result on the page. */ wallMs: number;
      computeMs: number;
    }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface McJob {
  /** Settles once: done, cancelled or failed (never rejects). */
  outcome: Promise<McOutcome>;
  cancel(): void;
}

export interface MonteCarloRunner {
  run(tables: ChainTables, params: Params, spec: MonteCarloSpec, onProgress: (done: number, total: number) => void): McJob;
  /** Starts the worker ahead of the first run, so that run does not pay for loading it. */
  warm(): void;
  dispose(): void;
}

interface Port {
  post(req: McRequest): void;
  onMessage(handler: (m: McResponse) => void): void;
  onError(handler: (message: string) => void): void;
  close(): void;
}

function workerPort(): Port {
  const worker = new Worker(new URL('./monte-carlo-worker.ts', import.meta.url), { type: 'module', name: 'monte-carlo' });
  return {
    post: (req) => worker.postMessage(req),
    onMessage: (h) => worker.addEventListener('message', (e: MessageEvent<McResponse>) => h(e.data)),
    onError: (h) => worker.addEventListener('error', (e) => h(e.message || 'the Monte Carlo worker stopped')),
    close: () => worker.terminate(),
  };
}

/** Same loop on the page, yielding between chunks: for tests and browsers without module workers. */
function inPagePort(): Port {
  let handler: (m: McResponse) => void = () => undefined;
  const cancelled = new Set<number>();
  return {
    post(req) {
      if (req.type === 'cancel') {
        cancelled.add(req.id);
        return;
      }
      chunkedRun(
        req,
        (m) => handler(m),
        () => cancelled.has(req.id),
        () => performance.now(),
        (next) => setTimeout(next, 0),
      );
    },
    onMessage: (h) => {
      handler = h;
    },
    onError: () => undefined,
    close: () => undefined,
  };
}

/** One worker, reused across runs; a new run cancels the previous one. */
export function createMonteCarloRunner(
  mode: 'worker' | 'in-page' = typeof Worker === 'undefined' ? 'in-page' : 'worker',
): MonteCarloRunner {
  let port: Port | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (o: McOutcome) => void; onProgress: (d: number, t: number) => void; started: number }
  >();

  const settle = (id: number, o: McOutcome) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(o);
  };

  const ensure = (): Port => {
    if (port) return port;
    const p = mode === 'worker' ? workerPort() : inPagePort();
    p.onMessage((m) => {
      const job = pending.get(m.id);
      if (!job) return;
      if (m.type === 'progress') job.onProgress(m.done, m.total);
      else if (m.type === 'done')
        settle(m.id, { kind: 'done', result: m.result, wallMs: performance.now() - job.started, computeMs: m.computeMs });
      else if (m.type === 'cancelled') settle(m.id, { kind: 'cancelled' });
      else settle(m.id, { kind: 'failed', message: m.message });
    });
    p.onError((message) => {
      for (const id of [...pending.keys()]) settle(id, { kind: 'failed', message });
      p.close();
      port = null; // the next run starts a fresh worker
    });
    port = p;
    return p;
  };

  return {
    run(tables, params, spec, onProgress) {
      const id = nextId++;
      for (const old of [...pending.keys()]) {
        ensure().post({ type: 'cancel', id: old });
        settle(old, { kind: 'cancelled' });
      }
      const outcome = new Promise<McOutcome>((resolve) => pending.set(id, { resolve, onProgress, started: performance.now() }));
      ensure().post({ type: 'run', id, tables, params, spec });
      return {
        outcome,
        cancel() {
          if (!pending.has(id)) return;
          port?.post({ type: 'cancel', id });
          settle(id, { kind: 'cancelled' });
        },
      };
    },
    warm() {
      ensure();
    },
    dispose() {
      for (const id of [...pending.keys()]) settle(id, { kind: 'cancelled' });
      port?.close();
      port = null;
    },
  };
}
