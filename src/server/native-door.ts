// `openNodeDb()` on native DuckDB: the `db-native` test project (vite.config.ts) resolves the db tests' import of
// src/db/node/node-db to this file, so the same suite runs on the local engine through the browser's remote door
// (HTTP, Arrow IPC, the engine's guard) — duckdb-wasm's own pattern of one suite on two engines.
import { openRemoteDb } from '../db/remote-db';
import type { Db } from '../db/types';
import { startEngineServer, type EngineServer } from './http-server';

/** One engine per test worker (files share a worker with `isolate: false`); each open is a fresh session. */
const SERVER = Symbol.for('spillover.native-door.server');

function engine(): Promise<EngineServer> {
  const g = globalThis as unknown as Record<symbol, Promise<EngineServer> | undefined>;
  return (g[SERVER] ??= startEngineServer({ port: 0, origins: [] }));
}

export async function openNodeDb(): Promise<Db> {
  const server = await engine();
  return openRemoteDb({ url: server.url, token: server.token });
}
