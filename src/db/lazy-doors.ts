import type { BrowserDb as EagerBrowserDb, BrowserDbOptions } from './browser-db';
import { deferredBackground, type ColumnDb, type ColumnSpec, type ColumnsOf } from './columns';
import type { DataFileEntry, EngineFileFacts, RemoteAddress } from './remote-db';
import type { Db, QueryResult, Row, SqlValue } from './types';

/*
 * DuckDB-wasm's bindings and Apache Arrow (~190 KB minified, ~50 KB gzip) load behind the first paint: the app first
 * draws from the demo's snapshot, and both doors (the wasm worker, the local engine) are reached only through these
 * wrappers, which import their modules on first use. The worker itself was never in the page's first JavaScript.
 */

let browserDbModule: Promise<typeof import('./browser-db')> | null = null;
const loadBrowserDb = () => (browserDbModule ??= afterFirstPaint().then(() => import('./browser-db')));

/**
 * Resolves once the page has painted a frame (a macrotask after the next animation frame), at most 300 ms on. Started
 * at once, the module's arrival and evaluation could run between the app's module and React's first render, and the
 * snapshot's headline then waited for it: measured quiet, cold load to the headline 1.45–1.51 s before the lazy door,
 * 1.28–2.98 s with it. A hidden page paints no frames, so it does not wait.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState === 'hidden')
      return resolve();
    const timer = setTimeout(resolve, 300);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * `BrowserDb` with the same constructor and surface, whose module (and DuckDB-wasm's bindings with it) is imported
 * when the engine is constructed, without holding up the render that constructs it. Calls made meanwhile wait for it.
 */
export class LazyBrowserDb implements Db {
  private readonly real: Promise<EagerBrowserDb>;
  private loaded: EagerBrowserDb | null = null;

  constructor(options: BrowserDbOptions) {
    options.onStatus?.({ kind: 'starting' });
    this.real = loadBrowserDb().then(
      (m) => (this.loaded = new m.BrowserDb(options)),
      (e: unknown) => {
        // A chunk that cannot be fetched (offline before it was ever cached, a broken deploy) is an engine that failed.
        options.onStatus?.({ kind: 'failed', reason: String(e) });
        throw e;
      },
    );
    this.real.catch(() => undefined); // reported through onStatus; each call rejects with it too
  }

  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<QueryResult<T>> {
    return this.real.then((db) => db.query<T>(sql, params));
  }
  exec(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.real.then((db) => db.exec(sql, params));
  }
  send(sql: string, signal?: AbortSignal): Promise<QueryResult> {
    return this.real.then((db) => db.send(sql, signal));
  }
  load(name: string, bytes: Uint8Array): Promise<void> {
    return this.real.then((db) => db.load(name, bytes));
  }
  readFile(name: string): Promise<Uint8Array> {
    return this.real.then((db) => db.readFile(name));
  }
  drop(name: string): Promise<void> {
    return this.real.then((db) => db.drop(name));
  }
  reset(reason: string): Promise<void> {
    return this.real.then((db) => db.reset(reason));
  }
  columns<S extends ColumnSpec>(sql: string, spec: S, params?: readonly SqlValue[]): Promise<ColumnsOf<S>> {
    return this.real.then((db) => db.columns(sql, spec, params));
  }
  background(): Db & ColumnDb {
    return deferredBackground(this.real);
  }
  close(): Promise<void> {
    return this.real.then(
      (db) => db.close(),
      () => undefined,
    );
  }
  /** For fault tests, as BrowserDb's. */
  rawWorker(): Promise<Worker> {
    return this.real.then((db) => db.rawWorker());
  }
  killWorker(reason?: string): Promise<void> {
    return this.real.then((db) => db.killWorker(reason));
  }
  get busy(): boolean {
    return this.loaded?.busy ?? false;
  }
  get restartCount(): number {
    return this.loaded?.restartCount ?? 0;
  }
}

const remote = () => import('./remote-db');

/** The local engine's door (remote-db.ts decodes Arrow IPC), imported when the user first points at an engine. */
export const probeEngine = async (address: RemoteAddress): Promise<string> => (await remote()).probeEngine(address);
export const openRemoteDb = async (address: RemoteAddress, onRestart?: (db: Db) => Promise<void>): Promise<Db> =>
  (await remote()).openRemoteDb(address, onRestart);
export const listEngineDataFiles = async (address: RemoteAddress): Promise<{ folder: boolean; files: DataFileEntry[] }> =>
  (await remote()).listEngineDataFiles(address);
export const engineFileFacts = async (address: RemoteAddress, path: string): Promise<EngineFileFacts> =>
  (await remote()).engineFileFacts(address, path);
