import { AsyncDuckDB, ConsoleLogger, LogLevel, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { Table, type RecordBatch } from 'apache-arrow';
import { tableColumns, type ColumnDb, type ColumnSpec, type ColumnsOf } from './columns';
import { decodeTable } from './decode';
import { OPEN_CONFIG, SESSION_SETUP_SQL } from './engine-config';
import { PriorityLane } from './priority-lane';
import { CancelledError, type Db, type QueryResult, type Row, type SqlValue } from './types';

/**
 * Messages that mean the wasm instance is corrupted and must not be queried again. A stack overflow inside wasm
 * (V8 reports it as "Maximum call stack size exceeded"; a deeply nested expression with max_expression_depth
 * raised causes it) is a trap like the others: C++ unwinding never ran, so the instance's state is undefined.
 */
const TRAP =
  /RuntimeError|unreachable|memory access out of bounds|Aborted\(|worker (died|terminated)|table index is out of bounds|Maximum call stack size exceeded/i;

function isEngineFault(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return TRAP.test(text);
}

const BUSY_LIMIT_MS = 60_000;

interface Engine {
  worker: Worker;
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
  /** Rejects when this instance is given up, so calls waiting on a dead worker fail (and replay) instead of hanging. */
  dead: Promise<never>;
  kill: (reason: string) => void;
  /** The SQL console's own connection, opened on first use, so cancelling it never touches the app's queries. */
  console?: Promise<AsyncDuckDBConnection>;
}

export interface BrowserDbOptions {
  /** Called after a fresh instance is open: recreate tables and reload the data sets. */
  onRestart: (db: Db) => Promise<void>;
  /** Told when the engine faulted and when it came back, so the UI can say so. */
  onStatus?: (status: EngineStatus) => void;
  /** Idle liveness probe: a worker that dies silently (killed, crashed) is noticed within ~interval+timeout. */
  heartbeatMs?: number;
}

export type EngineStatus =
  | { kind: 'starting' }
  | { kind: 'ready'; restarts: number }
  | { kind: 'restarting'; reason: string }
  | { kind: 'failed'; reason: string };

async function startEngine(): Promise<Engine> {
  // Only the EH bundle is shipped: every supported browser (current Chromium, Firefox, Safari) has
  // WebAssembly exception handling.
  const worker = new Worker(ehWorkerUrl);
  const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
  await db.instantiate(ehWasmUrl);
  await db.open(OPEN_CONFIG);
  const conn = await db.connect();
  await conn.query(SESSION_SETUP_SQL);
  let kill: (reason: string) => void = () => undefined;
  const dead = new Promise<never>((_, reject) => {
    kill = (reason) => reject(new Error(`worker died: ${reason}`));
  });
  dead.catch(() => undefined); // nobody may be waiting when it is given up
  return { worker, db, conn, dead, kill };
}

async function runArrow({ conn }: Engine, sql: string, params: readonly SqlValue[]): Promise<Table> {
  if (params.length === 0) return conn.query(sql);
  const stmt = await conn.prepare(sql);
  try {
    return await stmt.query(...params);
  } finally {
    await stmt.close();
  }
}

async function runQuery<T extends Row = Row>(e: Engine, sql: string, params: readonly SqlValue[]): Promise<QueryResult<T>> {
  return decodeTable<T>(await runArrow(e, sql, params));
}

/**
 * One console statement through `send` (a pending query the worker polls), the only kind duckdb-wasm can
 * interrupt: `cancelSent` on abort. Batches are read as they arrive so a cancel between them stops at once.
 */
async function sendQuery(e: Engine, sql: string, signal?: AbortSignal): Promise<QueryResult> {
  if (signal?.aborted) throw new CancelledError();
  e.console ??= e.db.connect().then(async (c) => {
    await c.query(SESSION_SETUP_SQL);
    return c;
  });
  const conn = await e.console;
  let cancelled = false;
  const onAbort = () => {
    cancelled = true;
    void conn.cancelSent().catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort);
  try {
    const reader = await conn.send(sql, true);
    const batches: RecordBatch[] = [];
    for await (const batch of reader) {
      if (cancelled) break;
      batches.push(batch);
    }
    if (cancelled) throw new CancelledError();
    return decodeTable(new Table(reader.schema, batches));
  } catch (error) {
    if (cancelled) throw new CancelledError();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`worker died: no answer to ${what} within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * DuckDB-wasm in its Web Worker behind the Db interface. On a wasm trap or a dead worker it terminates
 * the instance, opens a new one, lets `onRestart` reload the data, and replays the failed call once.
 */
export class BrowserDb implements Db, ColumnDb {
  private engine: Promise<Engine>;
  private readonly lane = new PriorityLane();
  private restarts = 0;
  private pending = 0;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private restarting: Promise<Engine> | null = null;

  constructor(private readonly options: BrowserDbOptions) {
    options.onStatus?.({ kind: 'starting' });
    this.engine = startEngine();
    this.engine.then(
      () => options.onStatus?.({ kind: 'ready', restarts: 0 }),
      (e: unknown) => options.onStatus?.({ kind: 'failed', reason: String(e) }),
    );
    const every = options.heartbeatMs ?? 2000;
    if (every > 0) this.heartbeat = setInterval(() => void this.probe(every), every);
  }

  /** Exposed so tests can kill the worker the way a crash would. */
  async rawWorker(): Promise<Worker> {
    return (await this.engine).worker;
  }

  /**
   * For fault tests (the e2e build's fault points): the worker dies now, as a crash would. The call in flight and the
   * next one fail as they would against a dead worker, so the restart and replay follow at once, not after a probe.
   */
  async killWorker(reason = 'killed by a test'): Promise<void> {
    const e = await this.engine;
    e.worker.terminate();
    e.kill(reason);
  }

  /** True while a call is in flight (the heartbeat then waits longer before it calls the worker dead). */
  get busy(): boolean {
    return this.pending > 0;
  }

  get restartCount(): number {
    return this.restarts;
  }

  private probing = false;

  /**
   * A dead worker answers nothing and raises no event, so it is noticed by a ping: idle, within `timeoutMs`;
   * busy, only after BUSY_LIMIT_MS, since a long query legitimately keeps the worker from answering.
   */
  private async probe(timeoutMs: number): Promise<void> {
    if (this.probing || this.restarting) return;
    this.probing = true;
    try {
      const e = await this.engine;
      await withTimeout(e.db.getVersion(), this.pending > 0 ? BUSY_LIMIT_MS : timeoutMs, 'the heartbeat');
    } catch (error) {
      if (!this.restarting) await this.restart(String(error)).catch(() => undefined);
    } finally {
      this.probing = false;
    }
  }

  async reset(reason: string): Promise<void> {
    await this.restart(reason);
  }

  private restart(reason: string): Promise<Engine> {
    if (this.restarting) return this.restarting;
    this.options.onStatus?.({ kind: 'restarting', reason });
    const old = this.engine;
    this.restarting = (async () => {
      try {
        const e = await old.catch(() => null);
        e?.kill(reason);
        e?.worker.terminate();
        const fresh = startEngine();
        this.engine = fresh;
        await fresh;
        // The rebuild talks to the new instance directly: going through `call` would wait for this very restart.
        await this.options.onRestart(this.direct);
        this.restarts += 1;
        this.options.onStatus?.({ kind: 'ready', restarts: this.restarts });
        return fresh;
      } catch (error) {
        this.options.onStatus?.({ kind: 'failed', reason: String(error) });
        throw error;
      } finally {
        this.restarting = null;
      }
    })();
    return this.restarting;
  }

  private async call<T>(what: (e: Engine) => Promise<T>, replay = true, wait = true): Promise<T> {
    if (wait && this.restarting) await this.restarting;
    this.pending += 1;
    try {
      const e = await this.engine;
      return await Promise.race([what(e), e.dead]);
    } catch (error) {
      if (!isEngineFault(error)) throw error;
      // A call that traps again on its replay (a poison query) must not leave the new instance trapped too.
      if (!replay) {
        if (wait) await this.restart(String(error)).catch(() => undefined);
        throw error;
      }
      await this.restart(String(error));
      return this.call(what, false, wait);
    } finally {
      this.pending -= 1;
    }
  }

  /** The same operations without waiting for (or triggering) a restart: for the restart's own rebuild. */
  private readonly direct: Db = {
    query: (sql, params = []) => this.call((e) => runQuery(e, sql, params), false, false),
    exec: async (sql, params = []) => {
      await this.call((e) => runQuery(e, sql, params), false, false);
    },
    load: (name, bytes) => this.call(({ db }) => db.registerFileBuffer(name, bytes.slice()), false, false),
    readFile: (name) => this.call(({ db }) => db.copyFileToBuffer(name), false, false),
    drop: (name) => this.call(async ({ db }) => void (await db.dropFile(name)), false, false),
    close: () => this.close(),
  };

  query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<QueryResult<T>> {
    return this.lane.now(() => this.call((e) => runQuery<T>(e, sql, params)));
  }

  async exec(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.query(sql, params);
  }

  columns<S extends ColumnSpec>(sql: string, spec: S, params: readonly SqlValue[] = []): Promise<ColumnsOf<S>> {
    return this.lane.now(() => this.call(async (e) => tableColumns(await runArrow(e, sql, params), spec)));
  }

  /**
   * The same door in the background lane (priority-lane.ts): each call waits until no interactive call is in flight.
   * Statements sent here must be short (a slice of rows), since an interactive call that arrives waits for the one running.
   */
  background(): Db & ColumnDb {
    const later = <T>(what: (e: Engine) => Promise<T>) => this.lane.later(() => this.call(what));
    return {
      query: <T extends Row = Row>(sql: string, params: readonly SqlValue[] = []) => later((e) => runQuery<T>(e, sql, params)),
      exec: async (sql, params = []) => {
        await later((e) => runQuery(e, sql, params));
      },
      columns: <S extends ColumnSpec>(sql: string, spec: S, params: readonly SqlValue[] = []) =>
        later(async (e) => tableColumns(await runArrow(e, sql, params), spec)),
      load: (name, bytes) => this.load(name, bytes),
      readFile: (name) => this.readFile(name),
      drop: (name) => this.drop(name),
      close: () => this.close(),
    };
  }

  send(sql: string, signal?: AbortSignal): Promise<QueryResult> {
    // No replay: a console statement that trapped the engine is not run a second time on the fresh one.
    return this.lane.now(() => this.call((e) => sendQuery(e, sql, signal), false));
  }

  load(name: string, bytes: Uint8Array): Promise<void> {
    // registerFileBuffer detaches the buffer it is given; the caller may still need theirs.
    return this.lane.now(() => this.call(({ db }) => db.registerFileBuffer(name, bytes.slice())));
  }

  readFile(name: string): Promise<Uint8Array> {
    return this.lane.now(() => this.call(({ db }) => db.copyFileToBuffer(name)));
  }

  drop(name: string): Promise<void> {
    return this.lane.now(() =>
      this.call(async ({ db }) => {
        await db.dropFile(name);
      }),
    );
  }

  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    const e = await this.engine.catch(() => null);
    e?.worker.terminate();
  }
}
