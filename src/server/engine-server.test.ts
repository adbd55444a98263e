import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../db/queries/console';
import { openRemoteDb } from '../db/remote-db';
import { CancelledError, type Db } from '../db/types';
import { startEngineServer, type EngineServer } from './http-server';

const APP = 'http://127.0.0.1:4173';
let server: EngineServer;
let db: Db;
let root: string;
let dataDir: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'engine-test-'));
  dataDir = join(root, 'data');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'inside.csv'), 'a,b\n1,x\n2,y\n');
  writeFileSync(join(root, 'outside.csv'), 'secret\n42\n');
  server = await startEngineServer({ port: 0, origins: [APP], dataDir });
  db = await openRemoteDb({ url: server.url, token: server.token });
});

afterAll(async () => {
  await db.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const raw = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
const bearer = () => ({ Authorization: `Bearer ${server.token}` });

describe('the local engine speaks the Db protocol', () => {
  it('binds values and decodes types as the wasm door does (BIGINT, DECIMAL → number, DATE → ISO)', async () => {
    const r = await db.query(
      `SELECT ?::INTEGER + 1 AS i, ?::VARCHAR AS s, 12345678901::BIGINT AS b, 12.34::DECIMAL(10,2) AS d,
              DATE '2017-05-01' AS day, NULL::DOUBLE AS n, true AS t`,
      [41, "it's"],
    );
    expect(r.rows).toEqual([{ i: 42, s: "it's", b: 12345678901, d: 12.34, day: '2017-05-01', n: null, t: true }]);
    expect(r.columns.map((c) => c.name)).toEqual(['i', 's', 'b', 'd', 'day', 'n', 't']);
  });

  it('runs a multi-statement exec and binds values into the last statement', async () => {
    await db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)');
    const r = await db.query('SELECT sum(x) AS s, count(*) AS s2 FROM t WHERE x > ?', [1]);
    expect(r.rows).toEqual([{ s: 5, s2: 2 }]);
  });

  it('reads a registered file by its name and writes COPY … TO a name read back with readFile', async () => {
    await db.load('up.csv', new TextEncoder().encode('a;b\n1;2,5\n'));
    const r = await db.query(`SELECT * FROM read_csv(?, delim = ';', decimal_separator = ',')`, ['up.csv']);
    expect(r.rows).toEqual([{ a: 1, b: 2.5 }]);
    await db.exec(`COPY (SELECT 7 AS seven) TO 'out.csv' (FORMAT csv, HEADER true)`);
    expect(new TextDecoder().decode(await db.readFile('out.csv'))).toBe('seven\n7\n');
    await db.drop('up.csv');
    await expect(db.query('SELECT * FROM read_csv(?)', ['up.csv'])).rejects.toThrow();
  });

  it('reads files under --data by path', async () => {
    const r = await db.query('SELECT count(*) AS n FROM read_csv(?)', [join(dataDir, 'inside.csv')]);
    expect(r.rows[0]?.n).toBe(2);
  });

  it("returns DuckDB's own message with its position excerpt", async () => {
    await expect(db.query('SELECT nope FROM t')).rejects.toThrow(/Binder Error: Referenced column "nope" not found[\s\S]*LINE 1/);
  });

  it('runs console statements on their own connection and cancels one', async () => {
    expect((await db.send!('SELECT 40 + 2 AS x')).rows).toEqual([{ x: 42 }]);
    const abort = new AbortController();
    const running = db.send!('SELECT count(*) FROM range(20000000000) a', abort.signal);
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('gives each session a database of its own', async () => {
    const other = await openRemoteDb({ url: server.url, token: server.token });
    await expect(other.query('SELECT * FROM t')).rejects.toThrow(/Table with name t does not exist/);
    await other.close();
  });
});

describe('the local engine refuses', () => {
  it.each([
    ['ATTACH', `ATTACH 'x.db' AS x`],
    ['DETACH', 'DETACH x'],
    ['COPY … TO a path', `COPY (SELECT 1) TO '/tmp/spillover-escape.csv'`],
    ['COPY … TO a parent folder', `COPY (SELECT 1) TO '../escape.csv'`],
    ['COPY a table', `COPY t TO 'x.csv'`],
    ['COPY … FROM', `COPY t FROM 'x.csv'`],
    ['INSTALL', 'INSTALL httpfs'],
    ['LOAD', 'LOAD parquet'],
    ['FORCE INSTALL', 'FORCE INSTALL httpfs'],
    ['SET', 'SET enable_external_access = true'],
    ['SET GLOBAL', 'SET GLOBAL threads = 1'],
    ['RESET', 'RESET memory_limit'],
    ['PRAGMA that sets', 'PRAGMA enable_profiling'],
    ['EXPORT DATABASE', `EXPORT DATABASE 'dump'`],
    ['CALL', 'CALL pragma_version()'],
    ['CREATE SECRET', `CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 'v')`],
    ['a refused statement hidden behind EXPLAIN', "EXPLAIN ANALYZE COPY (SELECT 1) TO '/tmp/x.csv'"],
    ['a refused statement after an allowed one', "SELECT 1; ATTACH 'y.db'"],
  ])('%s from the app route', async (_, sql) => {
    await expect(db.exec(sql)).rejects.toThrow(/Refused by the local engine/);
  });

  it.each([
    ['a file reader', "SELECT * FROM read_csv('inside.csv')"],
    ['COPY even to a bare name', "COPY (SELECT 1) TO 'x.csv'"],
    ['a write outside scratch', 'DROP TABLE main.t'],
    ['SET VARIABLE', 'SET VARIABLE x = 1'],
  ])('%s from the console route', async (_, sql) => {
    await expect(db.send!(sql)).rejects.toThrow(/Refused by the local engine/);
  });

  it.each([
    `ATTACH 'x.db' AS x`,
    "SELECT * FROM read_csv('inside.csv')",
    "COPY t TO 't.csv'",
    'SET enable_external_access = true',
    'INSTALL httpfs',
    'UPDATE main.t SET x = 0',
    'DROP TABLE t',
    "SELECT * FROM query('SELECT 1')",
  ])('%s through the SQL console, and the table is untouched', async (sql) => {
    const out = await runConsole(db, sql);
    expect(out.ok).toBe(false);
    expect((await db.query('SELECT sum(x) AS s FROM t')).rows).toEqual([{ s: 6 }]);
  });

  it('a path outside --data (DuckDB: external access off, allowed_directories)', async () => {
    await expect(db.query('SELECT * FROM read_csv(?)', [join(root, 'outside.csv')])).rejects.toThrow(/Permission Error/);
    await expect(db.query('SELECT * FROM read_csv(?)', [join(dataDir, '..', 'outside.csv')])).rejects.toThrow(/Permission Error/);
  });

  it('a file name that is a path', async () => {
    const res = await raw(`/session/x/file/${encodeURIComponent('../evil.csv')}`, {
      method: 'PUT',
      headers: bearer(),
      body: 'a',
    });
    expect(res.status).toBe(404);
    await expect(db.load('../evil.csv', new Uint8Array([97]))).rejects.toThrow(/not a plain file name/);
    await expect(db.load('.hidden/x', new Uint8Array([97]))).rejects.toThrow();
  });

  it('a missing or wrong token (401), same length or not', async () => {
    expect((await raw('/health')).status).toBe(401);
    const wrong = server.token.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await raw('/health', { headers: { Authorization: `Bearer ${wrong}` } })).status).toBe(401);
    expect((await raw('/session', { method: 'POST', headers: { Authorization: 'Bearer x' } })).status).toBe(401);
    expect((await raw('/health', { headers: bearer() })).status).toBe(200);
  });

  it('another origin (403), while the app origin gets CORS', async () => {
    const evil = await raw('/health', { headers: { ...bearer(), Origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await raw('/session', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    expect(pre.status).toBe(403);
    const ok = await raw('/health', { headers: { ...bearer(), Origin: APP } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('a Host header that does not name this machine (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/health', headers: { Host: 'evil.example', ...bearer() } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
