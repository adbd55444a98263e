// Component tests on the real engine: the Node door (duckdb-wasm's blocking bundle) with the bundled demo data,
// behind the same Engine, providers and query options as the app. For jsdom test files (`@vitest-environment jsdom`).
import { readFile } from 'node:fs/promises';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { openNodeDb } from '../src/db/node/node-db';
import {
  Engine,
  EngineProvider,
  makeQueryClient,
  openingDb,
  type DatasetStore,
  type DemoSources,
  type KeyValueStore,
} from '../src/queries';
import { LangProvider } from '../src/ui';
import { NODE_DEMO } from './node-demo';

export { NODE_DEMO };

/** A localStorage stand-in of the test's own. */
function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** An IndexedDB stand-in: the data sets kept in memory (`kept`, for a test to look into). */
export function memoryDatasetStore(): DatasetStore & { kept: Map<string, Parameters<DatasetStore['put']>[0]> } {
  const kept = new Map<string, Parameters<DatasetStore['put']>[0]>();
  return {
    kept,
    load: async () => ({ datasets: [...kept.values()], problems: [] }),
    put: async (d) => void kept.set(d.info.dataset_id, d),
    get: async (id) => kept.get(id) ?? null,
    remove: async (id) => void kept.delete(id),
  };
}

/** An Engine on the Node door with the demo loaded; resolves once it is ready (or rejects with why not). */
export async function openNodeEngine(
  options: { storage?: KeyValueStore; datasets?: DatasetStore; demo?: DemoSources } = {},
): Promise<Engine> {
  const engine = new Engine(options.demo ?? NODE_DEMO, {
    open: (hooks) => openingDb(openNodeDb(), hooks.onStatus),
    storage: options.storage ?? memoryStorage(),
    datasets: options.datasets ?? memoryDatasetStore(),
    readBundled: async (path) => new Uint8Array(await readFile(path)),
  });
  await engine.started;
  const { ready, error } = engine.getSnapshot();
  if (!ready) throw new Error(`The Node engine did not start: ${error ?? 'unknown reason'}`);
  return engine;
}

/** Every provider the app puts around a screen, on `engine`; a fresh query cache unless one is given. */
export function renderWithEngine(
  ui: ReactElement,
  { engine, client = makeQueryClient() }: { engine: Engine; client?: QueryClient },
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <LangProvider>
        <EngineProvider engine={engine}>{children}</EngineProvider>
      </LangProvider>
    </QueryClientProvider>
  );
  return { ...render(ui, { wrapper }), client };
}
