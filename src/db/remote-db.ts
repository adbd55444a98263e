import { tableFromIPC } from 'apache-arrow';
import { decodeTable } from './decode';
import { CancelledError, type Db, type QueryResult, type Row, type SqlValue } from './types';

/** Where the local engine listens and the token it printed. */
export interface RemoteAddress {
  url: string;
  token: string;
}

/** The engine answered with an error: DuckDB's own message (with its LINE/caret excerpt) or the engine's refusal. */
class RemoteError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = status === 403 ? 'RefusedError' : status === 401 ? 'TokenError' : 'Error';
  }
}

async function failure(res: Response): Promise<RemoteError> {
  const text = await res.text();
  try {
    const j = JSON.parse(text) as { error?: unknown }; // the engine's error body; checked below
    return new RemoteError(typeof j.error === 'string' ? j.error : text, res.status);
  } catch {
    return new RemoteError(text || `HTTP ${res.status}`, res.status);
  }
}

/**
 * The third door: native DuckDB on this machine (`npm run engine`, src/server) over HTTP on 127.0.0.1. Each open
 * is a session, a database of its own on the engine; results come as Arrow IPC through the same decode step.
 */
class RemoteDb implements Db {
  constructor(
    private readonly address: RemoteAddress,
    private session: string,
    private readonly onRestart?: (db: Db) => Promise<void>,
  ) {}

  private async call(path: string, init: RequestInit): Promise<Response> {
    const res = await fetch(`${this.address.url}/session/${this.session}${path}`, {
      ...init,
      headers: { ...(init.headers ?? {}), Authorization: `Bearer ${this.address.token}` },
    });
    if (!res.ok) throw await failure(res);
    return res;
  }

  private async arrow<T extends Row>(path: string, body: object, signal?: AbortSignal): Promise<QueryResult<T>> {
    const res = await this.call(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    return decodeTable<T>(tableFromIPC(new Uint8Array(await res.arrayBuffer())));
  }

  query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<QueryResult<T>> {
    return this.arrow<T>('/query', { sql, params });
  }

  async exec(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.arrow('/query', { sql, params });
  }

  /** Runs on the console's connection; an abort asks the engine to interrupt it. */
  async send(sql: string, signal?: AbortSignal): Promise<QueryResult> {
    if (signal?.aborted) throw new CancelledError();
    const id = crypto.randomUUID();
    const onAbort = () =>
      void this.call('/cancel', { method: 'POST', body: JSON.stringify({ sql: '', id }) }).catch(() => undefined);
    signal?.addEventListener('abort', onAbort);
    try {
      return await this.arrow('/send', { sql, id });
    } catch (error) {
      if (signal?.aborted) throw new CancelledError();
      throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async load(name: string, bytes: Uint8Array): Promise<void> {
    // A copy: fetch may hold the view while it sends, and the caller keeps theirs.
    await this.call(`/file/${encodeURIComponent(name)}`, { method: 'PUT', body: bytes.slice() });
  }

  async readFile(name: string): Promise<Uint8Array> {
    const res = await this.call(`/file/${encodeURIComponent(name)}`, { method: 'GET' });
    return new Uint8Array(await res.arrayBuffer());
  }

  async drop(name: string): Promise<void> {
    await this.call(`/file/${encodeURIComponent(name)}`, { method: 'DELETE' });
  }

  /** A fresh database on the engine, rebuilt like after a restart. */
  async reset(): Promise<void> {
    await this.close().catch(() => undefined);
    this.session = await openSession(this.address);
    await this.onRestart?.(this);
  }

  async close(): Promise<void> {
    await this.call('', { method: 'DELETE' });
  }
}

async function openSession(address: RemoteAddress): Promise<string> {
  const res = await fetch(`${address.url}/session`, { method: 'POST', headers: { Authorization: `Bearer ${address.token}` } });
  if (!res.ok) throw await failure(res);
  const j = (await res.json()) as { session?: unknown }; // the engine's answer; checked below
  if (typeof j.session !== 'string') throw new Error('The local engine did not open a session.');
  return j.session;
}

/** Checks the address and token and names the engine's DuckDB version (for the status line). */
export async function probeEngine(address: RemoteAddress): Promise<string> {
  const res = await fetch(`${address.url}/health`, { headers: { Authorization: `Bearer ${address.token}` } });
  if (!res.ok) throw await failure(res);
  const j = (await res.json()) as { version?: unknown }; // the engine's answer; checked below
  return typeof j.version === 'string' ? j.version : '';
}

/** Opens a database of its own on the local engine at `address`. */
export async function openRemoteDb(address: RemoteAddress, onRestart?: (db: Db) => Promise<void>): Promise<Db> {
  return new RemoteDb(address, await openSession(address), onRestart);
}

/** A file in the local engine's `--data` folder, as the engine lists it. */
export interface DataFileEntry {
  /** Relative to the folder, `/`-separated. */
  path: string;
  size: number;
  modified: string;
}

/** The data folder's files (`folder`: false when the engine was started without `--data`). */
export async function listEngineDataFiles(address: RemoteAddress): Promise<{ folder: boolean; files: DataFileEntry[] }> {
  const res = await fetch(`${address.url}/data`, { headers: { Authorization: `Bearer ${address.token}` } });
  if (!res.ok) throw await failure(res);
  const j = (await res.json()) as { folder?: unknown; files?: unknown }; // the engine's answer; checked below
  const files = Array.isArray(j.files)
    ? (j.files as Partial<DataFileEntry>[]).filter(
        (f): f is DataFileEntry => typeof f.path === 'string' && typeof f.size === 'number' && typeof f.modified === 'string',
      )
    : [];
  return { folder: j.folder === true, files };
}

/** What an import needs to know about a data-folder file, read by the engine (src/server/data-folder.ts). */
export interface EngineFileFacts {
  /** The path the engine's DuckDB reads it by (inside --data). */
  file: string;
  size: number;
  /** The file's first bytes (64 KB), to sniff its encoding, delimiter and header. */
  head: Uint8Array;
  /** Physical line numbers of blank lines (at most 10,001 listed). */
  blank: number[];
  /** Records spanning several lines: [record's one-line number, extra lines]. */
  multiline: [number, number][];
  sha256: string;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function engineFileFacts(address: RemoteAddress, path: string): Promise<EngineFileFacts> {
  const res = await fetch(`${address.url}/data/facts?path=${encodeURIComponent(path)}`, {
    headers: { Authorization: `Bearer ${address.token}` },
  });
  if (!res.ok) throw await failure(res);
  const j = (await res.json()) as Omit<EngineFileFacts, 'head'> & { head: string }; // the engine's answer
  if (typeof j.file !== 'string' || typeof j.head !== 'string' || !Array.isArray(j.blank) || !Array.isArray(j.multiline))
    throw new Error('The local engine did not describe the file.');
  return { ...j, head: fromBase64(j.head) };
}
