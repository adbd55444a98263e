// `npm run engine -- --port <P> [--token <T>] [--data <DIR>] [--db <FILE>] [--origin <URL>]… [--memory-limit <SIZE>]
// [--max-temp-size <SIZE>]`: native DuckDB for
// the app on this machine, listening on 127.0.0.1 only.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ORIGINS, startEngineServer } from './http-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4213' },
    token: { type: 'string' },
    data: { type: 'string' },
    db: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'memory-limit': { type: 'string' },
    'max-temp-size': { type: 'string' },
  },
});

const dataDir = values.data ? resolve(values.data) : null;
if (dataDir && !(existsSync(dataDir) && statSync(dataDir).isDirectory())) {
  console.error(`--data ${dataDir} is not a folder.`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port} is not a port number.`);
  process.exit(2);
}
const server = await startEngineServer({
  port,
  ...(values.token ? { token: values.token } : {}),
  origins: values.origin ?? DEFAULT_ORIGINS,
  dataDir,
  dbFile: values.db ? resolve(values.db) : null,
  memoryLimit: values['memory-limit'] ?? null,
  maxTempSize: values['max-temp-size'] ?? null,
});
console.log(`Spillover local engine (native DuckDB) on ${server.url}`);
console.log(`token: ${server.token}`);
console.log(`origins allowed: ${(values.origin ?? DEFAULT_ORIGINS).join(' ')}`);
if (dataDir) console.log(`reads files from: ${dataDir}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
