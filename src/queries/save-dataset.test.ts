import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NODE_DEMO } from '../../tests/node-demo';
import { datasetRowCount, engineRowsHash, keptRowsSummary, KeptOnEngine, listDatasets, type Db } from '../db';
import { startEngineServer, type EngineServer } from '../server/http-server';
import type { DatasetStore, Engine } from './engine';
import { faults } from './fault-points';
import { finishGains, prepareGains } from './import-run';
import { connectLocalEngine, type RemoteAddress } from './local-engine';
import { SaveNotConfirmed, serialiseDataset, writeConfirmed } from './save-dataset';

// The confirmed save on the local engine keeps and checks the rows where they are: copied by SQL into the engine's
// kept table, hashed there, read back and counted there. Only the hash, the count and the total reach the page, so
// what can be kept is not bounded by what a page can hold; a kept copy that is not what was validated is refused.
const FILE = new Uint8Array(readFileSync('tests/fixtures/import/with-bad-rows.csv'));
const root = mkdtempSync(join(tmpdir(), 'save-on-engine-'));
const dbFile = join(root, 'kept.duckdb');
const read = (p: string) => readFile(p).then((b) => new Uint8Array(b));
let server: EngineServer;
let address: RemoteAddress;
let engine: Engine;

beforeAll(async () => {
  server = await startEngineServer({ port: 0, origins: [], dbFile });
  address = { url: server.url, token: server.token };
  ({ engine } = await connectLocalEngine(NODE_DEMO, address, read));
  await engine.started;
}, 120000);
afterAll(async () => {
  await engine.db.close().catch(() => undefined);
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => faults.inject(null));

async function importFile(name: string) {
  const run = await prepareGains(engine, `${name}.csv`, FILE, name);
  return finishGains(engine, run, run.prepared.mapping, name, 'add');
}

/** The engine's kept store, with `after` run on the engine's database once each put has written. */
const tampering = (after: (db: Db, id: string) => Promise<void>): DatasetStore => ({
  ...engine.datasets,
  put: async (d) => {
    await engine.datasets.put(d);
    await after(engine.db, d.info.dataset_id);
  },
});

describe('the confirmed save on the local engine', () => {
  it('keeps, hashes and confirms the rows on the engine: no rows cross to the page', async () => {
    const realFetch = globalThis.fetch;
    const fileCalls: string[] = [];
    const run = await prepareGains(engine, 'kept.csv', FILE, 'kept');
    globalThis.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/file/')) fileCalls.push(`${init?.method ?? 'GET'} ${url}`);
      return realFetch(input, init);
    };
    let done;
    try {
      done = await finishGains(engine, run, run.prepared.mapping, 'kept', 'add');
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(done.saved).toBe('saved');
    expect(fileCalls).toEqual([]);
    const id = done.result.datasetId;
    const kept = await engine.datasets.get(id);
    expect(kept?.rows).toBeInstanceOf(KeptOnEngine);
    expect(kept?.rows.byteLength).toBe(0);
    expect(kept?.info.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(kept?.info.content_hash).toBe(done.result.info.content_hash);
    expect(await engineRowsHash(engine.db, 'kept', id)).toBe(kept?.info.content_hash);
    expect(await engineRowsHash(engine.db, 'validated', id)).toBe(kept?.info.content_hash);
    expect(await keptRowsSummary(engine.db, id)).toEqual({
      rows: done.result.rowsLoaded,
      realisedTotal: done.result.realisedTotal,
    });
  }, 120000);

  it('refuses a kept copy that is not what was validated: a changed value, a lost row, other figures', async () => {
    const { result } = await importFile('base');
    const info = { ...result.info, dataset_id: 'tampered' };
    const validated = { rowsLoaded: result.rowsLoaded, realisedTotal: result.realisedTotal };
    const stored = await serialiseDataset(engine.db, { ...info, dataset_id: result.datasetId }, engine.datasets);
    const copy = { info: { ...stored.info, dataset_id: 'tampered' }, rows: new KeptOnEngine(result.datasetId) };
    const changed = tampering((db, id) =>
      db.exec(
        `UPDATE spillover_kept.rows SET annual_gain_dkk = annual_gain_dkk + 1
         WHERE dataset_id = ? AND line = (SELECT min(line) FROM spillover_kept.rows WHERE dataset_id = ?)`,
        [id, id],
      ),
    );
    const lost = tampering((db, id) =>
      db.exec(
        'DELETE FROM spillover_kept.rows WHERE dataset_id = ? AND line = (SELECT max(line) FROM spillover_kept.rows WHERE dataset_id = ?)',
        [id, id],
      ),
    );
    for (const store of [changed, lost]) {
      const e = await writeConfirmed(engine.db, store, copy, validated).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(SaveNotConfirmed);
      expect((e as SaveNotConfirmed).found).toEqual({ rows: null, realisedTotal: null });
    }
    // The same rows, where validation counted one more: the figures the engine read back are named.
    const e = await writeConfirmed(engine.db, engine.datasets, copy, {
      ...validated,
      rowsLoaded: validated.rowsLoaded + 1,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SaveNotConfirmed);
    expect((e as SaveNotConfirmed).found).toEqual({ rows: validated.rowsLoaded, realisedTotal: validated.realisedTotal });
    await engine.datasets.remove('tampered');
    expect(await engine.datasets.get('tampered')).toBeNull();
  }, 120000);

  it('a fault at writing keeps nothing; a copy changed after its save is refused at the next connection', async () => {
    faults.inject((p) => {
      if (p === 'writing') throw new Error('the save was cut off');
    });
    await expect(importFile('cut-off')).rejects.toThrow('the save was cut off');
    faults.inject(null);
    expect((await listDatasets(engine.db)).map((d) => d.name)).not.toContain('cut-off');

    const good = (await importFile('good')).result;
    const bad = (await importFile('changed later')).result;
    await engine.db.exec(`UPDATE spillover_kept.rows SET status = 'planned' WHERE dataset_id = ? AND status = 'realised'`, [
      bad.datasetId,
    ]);
    await engine.db.close();
    const again = await connectLocalEngine(NODE_DEMO, address, read);
    engine = again.engine;
    await engine.started;
    expect(engine.getSnapshot().restoreProblems).toContainEqual({ code: 'corrupt', name: 'changed later', reason: 'hash' });
    expect(await datasetRowCount(engine.db, good.datasetId)).toBe(good.rowsLoaded);
    expect(await datasetRowCount(engine.db, bad.datasetId)).toBe(0);
    expect(await engine.datasets.get(bad.datasetId)).toBeNull();
    expect(await engine.datasets.get('cut-off')).toBeNull();
  }, 180000);
});
