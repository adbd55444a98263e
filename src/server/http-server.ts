// The local engine's HTTP face: 127.0.0.1 only, a bearer token compared in constant time, the app's own origins
// only (CORS), a Host header naming this machine (no DNS rebinding). Each client opens a session (a database of its
// own) and speaks the app's `Db` protocol to it: queries with bound values answered as Arrow IPC, console
// statements with cancel, files in and out.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBValue } from '@duckdb/node-api';
import { DataPathError, dataFileFacts, listDataFiles } from './data-folder';
import { RefusedError, Session, checkedSize, defaultMaxTempSize, openShared, type SessionOptions } from './session';

export interface EngineServerOptions {
  port: number;
  token?: string;
  /** Origins allowed to call (the app's own address), e.g. http://127.0.0.1:4173. */
  origins: string[];
  dataDir?: string | null;
  dbFile?: string | null;
  /** `--memory-limit`: each database's memory before it spills to disk (DuckDB's notation, e.g. 6GB). */
  memoryLimit?: string | null;
  /** `--max-temp-size`: each database's spill to disk at most (default: half the disk space free at start). */
  maxTempSize?: string | null;
  /** Request bodies above this are refused (uploads of a data file). */
  maxBodyBytes?: number;
}

export interface EngineServer {
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_ORIGINS = [
  'http://127.0.0.1:4173',
  'http://localhost:4173',
  'http://127.0.0.1:5173',
  'http://localhost:5173',
];

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares digests, so neither the token's length nor its content leaks through timing. */
function tokenMatches(given: string | undefined, expected: Buffer): boolean {
  return timingSafeEqual(digest(given ?? ''), expected) && given !== undefined;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `The request is larger than ${limit} bytes.`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const isSqlValue = (v: unknown): v is string | number | boolean | null =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

function parseQuery(body: Buffer): { sql: string; params: DuckDBValue[]; id: string } {
  const j = JSON.parse(body.toString('utf8')) as unknown; // checked field by field below
  if (typeof j !== 'object' || j === null) throw new HttpError(400, 'Expected a JSON object.');
  const { sql, params = [], id = '' } = j as Record<string, unknown>; // an object, checked above
  if (typeof sql !== 'string') throw new HttpError(400, 'Expected "sql" as a string.');
  if (!Array.isArray(params) || !params.every(isSqlValue)) throw new HttpError(400, 'Expected "params" as plain values.');
  if (typeof id !== 'string') throw new HttpError(400, 'Expected "id" as a string.');
  return { sql, params: params as DuckDBValue[], id }; // each checked by isSqlValue
}

export async function startEngineServer(options: EngineServerOptions): Promise<EngineServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = digest(token);
  const origins = new Set(options.origins);
  const limit = options.maxBodyBytes ?? 2 * 1024 ** 3 - 1;
  // Checked before the engine starts: a wrong size is the command line's error, not every session's.
  const memoryLimit = options.memoryLimit ? checkedSize(options.memoryLimit, '--memory-limit') : null;
  const maxTempSize = options.maxTempSize ? checkedSize(options.maxTempSize, '--max-temp-size') : null;
  const tempRoot = mkdtempSync(join(tmpdir(), 'spillover-engine-'));
  const limits = { memoryLimit, maxTempSize: maxTempSize ?? defaultMaxTempSize(tempRoot) };
  const shared = options.dbFile ? await openShared(options.dbFile, options.dataDir ?? null, tempRoot, limits) : null;
  const sessionOptions: SessionOptions = { dataDir: options.dataDir ?? null, shared, tempRoot, limits };
  const sessions = new Map<string, Session>();
  let port = options.port;

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
  };

  const send = (res: ServerResponse, status: number, body: Uint8Array | string | object) => {
    if (body instanceof Uint8Array) {
      res.writeHead(status, { 'Content-Type': 'application/vnd.apache.arrow.stream', 'Content-Length': body.byteLength });
      res.end(body);
    } else {
      const text = typeof body === 'string' ? JSON.stringify({ error: body }) : JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(text);
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(421, 'Unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) throw new HttpError(403, `Origin ${origin} is not allowed.`);
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
        'Access-Control-Allow-Headers': 'authorization, content-type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const auth = req.headers.authorization;
    if (!tokenMatches(auth?.startsWith('Bearer ') ? auth.slice(7) : undefined, expected))
      throw new HttpError(401, 'Wrong or missing token.');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'health' && req.method === 'GET')
      return send(res, 200, { engine: 'duckdb-native', version: await version() });
    if (parts[0] === 'data' && req.method === 'GET') {
      // The data folder's files, and one file's facts for an import read by the engine (never its bytes).
      const dir = options.dataDir ?? null;
      if (parts.length === 1) return send(res, 200, { folder: dir !== null, files: dir ? listDataFiles(dir) : [] });
      if (parts[1] === 'facts' && parts.length === 2) {
        if (!dir) throw new HttpError(404, 'The engine was started without --data.');
        return send(res, 200, await dataFileFacts(dir, url.searchParams.get('path') ?? ''));
      }
    }
    if (parts[0] === 'session' && req.method === 'POST' && parts.length === 1) {
      const id = randomUUID();
      sessions.set(id, await Session.open(sessionOptions));
      return send(res, 200, { session: id });
    }
    const session = parts[0] === 'session' && parts[1] ? sessions.get(parts[1]) : undefined;
    if (!session) throw new HttpError(404, 'No such session (the engine may have restarted).');
    const [, sid, what, name] = parts;
    const body = () => readBody(req, limit);
    if (what === undefined && req.method === 'DELETE') {
      sessions.delete(sid ?? '');
      session.close();
      return send(res, 200, {});
    }
    if (what === 'query' && req.method === 'POST') {
      const q = parseQuery(await body());
      return send(res, 200, await session.query(q.sql, q.params));
    }
    if (what === 'send' && req.method === 'POST') {
      const q = parseQuery(await body());
      return send(res, 200, await session.send(q.sql, q.id));
    }
    if (what === 'cancel' && req.method === 'POST') {
      const q = parseQuery(await body());
      return send(res, 200, { cancelled: session.cancel(q.id) });
    }
    if (what === 'file' && name !== undefined) {
      if (req.method === 'PUT') {
        session.load(name, await body());
        return send(res, 200, {});
      }
      if (req.method === 'GET') return send(res, 200, session.readFile(name));
      if (req.method === 'DELETE') {
        session.drop(name);
        return send(res, 200, {});
      }
    }
    throw new HttpError(404, 'Unknown request.');
  }

  let versionText: string | null = null;
  async function version(): Promise<string> {
    if (versionText) return versionText;
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const inst = await DuckDBInstance.create(':memory:');
    const conn = await inst.connect();
    const r = await conn.runAndReadAll('SELECT version() AS v');
    versionText = String(r.getRowObjects()[0]?.v ?? '');
    conn.closeSync();
    inst.closeSync();
    return versionText;
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status =
        error instanceof HttpError ? error.status : error instanceof RefusedError || error instanceof DataPathError ? 403 : 400;
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) send(res, status, message);
      else res.end();
    });
  });
  // Node closes an idle kept-alive connection after 5 s, and a client that reuses it at that moment loses its request
  // (ECONNRESET): seen here on a 110 MB upload sent on the connection of the request before. Clients drop idle
  // connections well before a minute, so the race moves out of the way.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const s of sessions.values()) s.close();
      sessions.clear();
      shared?.instance.closeSync();
      rmSync(tempRoot, { recursive: true, force: true });
    },
  };
}
