// The Node implementation of Db, on duckdb-wasm's blocking bundle: the same engine build the browser runs,
// so database tests exercise real DuckDB, never a mock. Never imported by browser code.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  ConsoleLogger,
  LogLevel,
  NODE_RUNTIME,
  createDuckDB,
  type DuckDBBindings,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import { decodeTable } from '../decode';
import { OPEN_CONFIG, SESSION_SETUP_SQL } from '../engine-config';
import { CancelledError, type Db, type QueryResult, type Row, type SqlValue } from '../types';

const require = createRequire(import.meta.url);

function bundlePaths() {
  const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
  return {
    mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
  };
}

class NodeDb implements Db {
  constructor(
    private readonly bindings: DuckDBBindings,
    private readonly conn: DuckDBConnection,
    private readonly release: (bindings: DuckDBBindings) => void,
  ) {}

  private run(sql: string, params: readonly SqlValue[]) {
    if (params.length === 0) return this.conn.query(sql);
    const stmt = this.conn.prepare(sql);
    try {
      return stmt.query(...params);
    } finally {
      stmt.close();
    }
  }

  query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<QueryResult<T>> {
    return Promise.resolve().then(() => decodeTable<T>(this.run(sql, params)));
  }

  /** The blocking bundle cannot be interrupted mid-statement: an abort is honoured before the statement starts. */
  send(sql: string, signal?: AbortSignal): Promise<QueryResult> {
    return Promise.resolve().then(() => {
      if (signal?.aborted) throw new CancelledError();
      return decodeTable(this.conn.query(sql));
    });
  }

  exec(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    return Promise.resolve().then(() => {
      this.run(sql, params);
    });
  }

  load(name: string, bytes: Uint8Array): Promise<void> {
    return Promise.resolve().then(() => this.bindings.registerFileBuffer(name, bytes.slice()));
  }

  readFile(name: string): Promise<Uint8Array> {
    return Promise.resolve().then(() => {
      const bytes = this.bindings.copyFileToBuffer(name);
      // In Node, `COPY … TO 'name'` writes a real file in the working directory; what was read back goes.
      if (!name.includes('/') && existsSync(name)) rmSync(name);
      return bytes;
    });
  }

  drop(name: string): Promise<void> {
    return Promise.resolve().then(() => {
      this.bindings.dropFile(name);
    });
  }

  close(): Promise<void> {
    return Promise.resolve().then(() => {
      this.conn.close();
      this.bindings.dropFiles();
      this.bindings.reset();
      // Only an engine that closed cleanly is opened again.
      this.release(this.bindings);
    });
  }
}

/**
 * Instantiated engines not in use, kept for the life of the process (on globalThis, so test files that share a
 * worker with `isolate: false` share them): compiling the wasm module costs seconds, a fresh database on an
 * instantiated engine a fraction of one. Each `openNodeDb()` still gets a database of its own: `close()` drops the
 * registered files and resets the engine (a new, empty in-memory database, default settings) before it goes back.
 */
const IDLE = Symbol.for('spillover.node-db.idle-engines');
function idleEngines(): DuckDBBindings[] {
  const g = globalThis as unknown as Record<symbol, DuckDBBindings[] | undefined>;
  return (g[IDLE] ??= []);
}

async function instantiate(): Promise<DuckDBBindings> {
  const bindings = await createDuckDB(bundlePaths(), new ConsoleLogger(LogLevel.WARNING), NODE_RUNTIME);
  await bindings.instantiate();
  return bindings;
}

export async function openNodeDb(): Promise<Db> {
  const idle = idleEngines();
  let bindings = idle.pop();
  let conn: DuckDBConnection;
  try {
    if (!bindings) throw new Error('no idle engine');
    bindings.open(OPEN_CONFIG);
    conn = bindings.connect();
  } catch {
    bindings = await instantiate();
    bindings.open(OPEN_CONFIG);
    conn = bindings.connect();
  }
  conn.query(SESSION_SETUP_SQL);
  return new NodeDb(bindings, conn, (b) => idle.push(b));
}
