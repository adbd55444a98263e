import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openRemoteDb } from '../db/remote-db';
import { startEngineServer } from './http-server';
import { defaultMaxTempSize } from './session';

const root = mkdtempSync(join(tmpdir(), 'engine-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it("a session's tables live in a database file of its own, outside the client's folder, deleted when the session ends", async () => {
  const server = await startEngineServer({ port: 0, origins: [] });
  try {
    const db = await openRemoteDb({ url: server.url, token: server.token });
    await db.exec('CREATE TABLE t AS SELECT range AS i FROM range(1000)');
    const file = (
      await db.query<{ path: string }>('SELECT path FROM duckdb_databases() WHERE database_name = current_database()')
    ).rows[0]?.path;
    expect(file).toMatch(/session-[^/]+\.duckdb$/);
    expect(existsSync(file ?? '')).toBe(true);
    // COPY … TO writes only into the session's folder, under a plain name: never over the database file beside it.
    await expect(db.exec(`COPY t TO '${file}'`)).rejects.toThrow(/plain file name|Refused/);
    await db.close();
    expect(existsSync(file ?? '')).toBe(false);
    expect(existsSync(`${file}.wal`)).toBe(false);
  } finally {
    await server.close();
  }
});

it('--max-temp-size caps the spill: a job past it fails with a message naming the engine option', async () => {
  const server = await startEngineServer({ port: 0, origins: [], memoryLimit: '40MB', maxTempSize: '1MiB' });
  try {
    const db = await openRemoteDb({ url: server.url, token: server.token });
    const cap = await db.query<{ cap: string }>(`SELECT current_setting('max_temp_directory_size') AS cap`);
    expect(cap.rows[0]?.cap).toBe('1.0 MiB');
    await expect(
      db.exec(`CREATE TABLE s AS SELECT i, repeat(hash(i)::VARCHAR, 4) AS t FROM range(2000000) r(i) ORDER BY t`),
    ).rejects.toThrow(/caps each database's spill to disk at 1MiB: start it with a larger --max-temp-size/);
    await db.close();
  } finally {
    await server.close();
  }
  await expect(startEngineServer({ port: 0, origins: [], maxTempSize: 'lots' })).rejects.toThrow(
    /--max-temp-size lots is not a size/,
  );
});

it('the default cap is half the disk space free where the engine spills', () => {
  const cap = defaultMaxTempSize(root);
  expect(cap).toMatch(/^\d+MiB$/);
  expect(Number.parseInt(cap, 10)).toBeGreaterThan(0);
});
