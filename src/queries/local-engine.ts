import { dropAppTables, engineKeptStore, openRemoteDb, probeEngine, type Db, type RemoteAddress } from '../db';
import { Engine, openingDb, type DemoSources, type KeyValueStore } from './engine';

export type { RemoteAddress };

/** The active data set's id and the like, in memory only: the browser keeps nothing of the local engine's data. */
function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

/** Each local Engine's address, for what it asks the engine beside SQL (its data folder's files). */
const addresses = new WeakMap<Engine, RemoteAddress>();

/** The local engine's address behind `engine`, or null for the browser's own. */
export const localAddress = (engine: Engine): RemoteAddress | null => addresses.get(engine) ?? null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not read the bundled file ${url} (HTTP ${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * The app's Engine on native DuckDB at `address` (`npm run engine`): the address and token are checked first (the
 * engine's DuckDB version is returned for the status line), then a database of its own is opened there and the
 * demo and reference tables are loaded into it as in the browser.
 */
export async function connectLocalEngine(
  demo: DemoSources,
  address: RemoteAddress,
  readBundled: (url: string) => Promise<Uint8Array> = fetchBytes,
): Promise<{ engine: Engine; version: string }> {
  const version = await probeEngine(address);
  let opened: Promise<Db> | null = null;
  const engine = new Engine(demo, {
    open: (hooks) => {
      opened = openRemoteDb(address, hooks.onRestart).then(async (db) => {
        await dropAppTables(db);
        return db;
      });
      return openingDb(opened, hooks.onStatus);
    },
    storage: memoryStore(),
    // Imported data sets are kept in the engine's database (its --db file), never in the browser.
    datasets: engineKeptStore(() => opened ?? Promise.reject(new Error('The local engine is not open.'))),
    readBundled,
  });
  addresses.set(engine, address);
  return { engine, version };
}
