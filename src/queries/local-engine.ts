import { openRemoteDb, probeEngine, type RemoteAddress } from '../db';
import { Engine, openingDb, type DatasetStore, type DemoSources, type KeyValueStore } from './engine';

export type { RemoteAddress };

/** Kept in memory only: data sets imported into the local engine leave nothing in the browser. */
function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

function memoryDatasets(): DatasetStore {
  const kept = new Map<string, Awaited<ReturnType<DatasetStore['load']>>['datasets'][number]>();
  return {
    load: () => Promise.resolve({ datasets: [...kept.values()], problems: [] }),
    put: (d) => Promise.resolve(void kept.set(d.info.dataset_id, d)),
    get: (id) => Promise.resolve(kept.get(id) ?? null),
    remove: (id) => Promise.resolve(void kept.delete(id)),
  };
}

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
  const engine = new Engine(demo, {
    open: (hooks) => openingDb(openRemoteDb(address, hooks.onRestart), hooks.onStatus),
    storage: memoryStore(),
    datasets: memoryDatasets(),
    readBundled,
  });
  return { engine, version };
}
