import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openRemoteDb } from '../db/remote-db';
import { startEngineServer } from './http-server';

const root = mkdtempSync(join(tmpdir(), 'engine-db-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('--db FILE: sessions share one DuckDB file, which keeps its tables after the engine stops, locked like a session', async () => {
  const file = join(root, 'spillover.duckdb');
  const first = await startEngineServer({ port: 0, origins: [], dbFile: file });
  const a = await openRemoteDb({ url: first.url, token: first.token });
  const b = await openRemoteDb({ url: first.url, token: first.token });
  await a.exec('CREATE TABLE kept AS SELECT 42 AS answer');
  expect((await b.query('SELECT answer FROM kept')).rows).toEqual([{ answer: 42 }]);
  // Beside the database file, nothing of its folder is readable.
  writeFileSync(join(root, 'beside.csv'), 'secret\n1\n');
  await expect(b.query(`SELECT * FROM read_csv(?)`, [join(root, 'beside.csv')])).rejects.toThrow(/Permission Error/);
  await a.close();
  await b.close();
  await first.close();

  const second = await startEngineServer({ port: 0, origins: [], dbFile: file });
  const c = await openRemoteDb({ url: second.url, token: second.token });
  expect((await c.query('SELECT answer FROM kept')).rows).toEqual([{ answer: 42 }]);
  expect((await c.query(`SELECT current_setting('lock_configuration') AS locked`)).rows).toEqual([{ locked: true }]);
  await c.close();
  await second.close();
});
