import { mkdtempSync, rmSync } from 'node:fs';
import { NODE_DEMO } from '../../tests/node-demo';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { datasetRowCount, exportDatasetRows, listDatasets } from '../db';
import { startEngineServer } from '../server/http-server';
import { connectLocalEngine } from './local-engine';

const read = (path: string) => readFile(path).then((b) => new Uint8Array(b));
const root = mkdtempSync(join(tmpdir(), 'local-engine-kept-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('keeps an imported data set in the engine’s --db file: a new connection after an engine restart restores it', async () => {
  const dbFile = join(root, 'kept.duckdb');
  const first = await startEngineServer({ port: 0, origins: [], dbFile });
  const a = await connectLocalEngine(NODE_DEMO, { url: first.url, token: first.token }, read);
  await a.engine.started;
  expect(a.version).toBe('v1.4.3');
  const demoRows = await datasetRowCount(a.engine.db, 'demo');
  expect(demoRows).toBeGreaterThan(0);
  // What an import saves: the data set's canonical rows and its record, through the Engine's store.
  const rows = await exportDatasetRows(a.engine.db, 'demo');
  const info = { ...(await listDatasets(a.engine.db))[0]!, dataset_id: 'kept-copy', name: 'Kept copy', source: 'test' }; // the demo is listed
  await a.engine.datasets.put({ info, rows });
  await a.engine.db.close();
  await first.close();

  const second = await startEngineServer({ port: 0, origins: [], dbFile });
  const b = await connectLocalEngine(NODE_DEMO, { url: second.url, token: second.token }, read);
  await b.engine.started;
  expect(b.engine.getSnapshot().error).toBeNull();
  expect(b.engine.getSnapshot().restoreProblems).toEqual([]);
  expect((await listDatasets(b.engine.db)).map((d) => d.name)).toContain('Kept copy');
  expect(await datasetRowCount(b.engine.db, 'kept-copy')).toBe(demoRows);
  expect(await datasetRowCount(b.engine.db, 'demo')).toBe(demoRows);
  await b.engine.db.close();
  await second.close();
}, 120000);
