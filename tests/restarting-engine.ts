// An Engine on the Node door that dies and restarts as the browser's does (src/db/browser-db.ts): after `kill()`
// the next call finds the instance dead, a fresh database is opened, the engine rebuilds it (`onRestart`), and the
// call is replayed once on it. So fault tests reach the same restart-and-replay path without a worker or a sleep.
import { readFile } from 'node:fs/promises';
import { openNodeDb } from '../src/db/node/node-db';
import type { Db, EngineStatus, QueryResult, Row, SqlValue } from '../src/db';
import { Engine, type DatasetStore, type KeyValueStore } from '../src/queries';
import { NODE_DEMO } from './node-demo';

interface Hooks {
  onStatus: (status: EngineStatus) => void;
  onRestart: (db: Db) => Promise<void>;
}

class RestartingNodeDb implements Db {
  private current: Promise<Db>;
  private dead = false;
  private restarting: Promise<void> | null = null;
  restarts = 0;

  constructor(private readonly hooks: Hooks) {
    this.current = openNodeDb();
    this.current.then(
      () => hooks.onStatus({ kind: 'ready', restarts: 0 }),
      (e: unknown) => hooks.onStatus({ kind: 'failed', reason: String(e) }),
    );
  }

  /** The instance dies now; nothing notices until the next call. */
  kill(): void {
    this.dead = true;
  }

  private restart(): Promise<void> {
    this.restarting ??= (async () => {
      this.hooks.onStatus({ kind: 'restarting', reason: 'worker died: killed by a test' });
      await (await this.current).close();
      const fresh = await openNodeDb();
      this.current = Promise.resolve(fresh);
      this.dead = false;
      await this.hooks.onRestart(fresh);
      this.restarts += 1;
      this.hooks.onStatus({ kind: 'ready', restarts: this.restarts });
    })().finally(() => {
      this.restarting = null;
    });
    return this.restarting;
  }

  private async call<T>(what: (db: Db) => Promise<T>): Promise<T> {
    if (this.restarting) await this.restarting;
    // A dead instance: restart, then the call runs (is replayed) on the fresh one, as BrowserDb.call does.
    if (this.dead) await this.restart();
    return what(await this.current);
  }

  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<QueryResult<T>> {
    return this.call((db) => db.query<T>(sql, params));
  }
  exec(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.call((db) => db.exec(sql, params));
  }
  load(name: string, bytes: Uint8Array): Promise<void> {
    return this.call((db) => db.load(name, bytes));
  }
  readFile(name: string): Promise<Uint8Array> {
    return this.call((db) => db.readFile(name));
  }
  drop(name: string): Promise<void> {
    return this.call((db) => db.drop(name));
  }
  async close(): Promise<void> {
    if (this.restarting) await this.restarting.catch(() => undefined);
    await (await this.current).close();
  }
}

/** A localStorage stand-in that outlives the engines opened on it (a "reload" opens another on the same one). */
export function memoryKeyValue(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

type Stored = Parameters<DatasetStore['put']>[0];

/**
 * IndexedDB's part as the engine sees it: records kept by id, read back as stored. `corruptWrites` makes every
 * later put store what the issue saw (the header line of the rows, nothing else) under the record's own hash.
 */
export function memoryDatasetStore(): DatasetStore & { records: Map<string, Stored>; corruptWrites: boolean } {
  const records = new Map<string, Stored>();
  const store = {
    records,
    corruptWrites: false,
    load: async () => ({ datasets: [...records.values()], problems: [] }),
    put: async (d: Stored) => {
      const rows = store.corruptWrites ? d.rows.slice(0, d.rows.indexOf(10) + 1) : d.rows.slice();
      records.set(d.info.dataset_id, { info: { ...d.info }, rows });
    },
    get: async (id: string) => records.get(id) ?? null,
    remove: async (id: string) => void records.delete(id),
  };
  return store;
}

/** The browser's storage for a tab, shared by the engines a test opens one after another (reloads). */
export interface TabStorage {
  storage: ReturnType<typeof memoryKeyValue>;
  session: ReturnType<typeof memoryKeyValue>;
  datasets: ReturnType<typeof memoryDatasetStore>;
}

export function tabStorage(): TabStorage {
  return { storage: memoryKeyValue(), session: memoryKeyValue(), datasets: memoryDatasetStore() };
}

/** An Engine on `tab`'s storage whose database can be killed (`kill`), started and ready. */
export async function openRestartingEngine(tab: TabStorage): Promise<{ engine: Engine; kill: () => void }> {
  let db: RestartingNodeDb | null = null;
  const engine = new Engine(NODE_DEMO, {
    open: (hooks) => (db = new RestartingNodeDb(hooks)),
    storage: tab.storage,
    session: tab.session,
    datasets: tab.datasets,
    readBundled: async (path) => new Uint8Array(await readFile(path)),
  });
  await engine.started;
  const { ready, error } = engine.getSnapshot();
  if (!ready || !db) throw new Error(`The Node engine did not start: ${error ?? 'unknown reason'}`);
  const opened: RestartingNodeDb = db;
  return { engine, kill: () => opened.kill() };
}
