import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDatasetRows, listDatasets, sha256Hex } from '../db';
import { openRestartingEngine, tabStorage, type TabStorage } from '../../tests/restarting-engine';
import type { Engine } from './engine';
import { FAULT_POINTS, faults, type FaultPoint } from './fault-points';
import { finishGains, prepareGains, type FinishedImport } from './import-run';
import { EngineRestarted } from './pinned-db';
import { SaveNotConfirmed, writeConfirmed } from './save-dataset';

// Issue 20: the engine dies, or the page is reloaded, at each step of an import and its save (staging, validation,
// serialising, writing, activation), injected through the fault points, never by timing. Whatever happens, what
// the summary claimed is what a reload restores, or the data set is absent and a notice or an error says why; rows
// in = loaded + rejected; no data set has 0 rows; the active id names a data set that exists.

const BEFORE = new Uint8Array(readFileSync('tests/fixtures/import/english.csv'));
const FILE = new Uint8Array(readFileSync('tests/fixtures/import/with-bad-rows.csv'));
const { rowsIn, rowsLoaded, rowsRejected } = JSON.parse(
  readFileSync('tests/fixtures/import/with-bad-rows.expected.json', 'utf8'),
) as { rowsIn: number; rowsLoaded: number; rowsRejected: number };
const EXPECTED = { rowsIn, rowsLoaded, rowsRejected };

// Engines still open. One is closed as soon as its page is gone, so the next reuses its instantiated DuckDB.
const opened = new Set<Engine>();
async function open(tab: TabStorage) {
  const e = await openRestartingEngine(tab);
  opened.add(e.engine);
  return e;
}
async function close(engine: Engine) {
  opened.delete(engine);
  await engine.db.close();
}
/** The page reloads: its engine goes, a new one starts on the same storage. */
async function reload(engine: Engine, tab: TabStorage) {
  await close(engine);
  return (await open(tab)).engine;
}
afterEach(() => faults.inject(null));
// Each restart and each reload rebuilds an engine (about a second here, more on a busy machine).
const SLOW = 180_000;
afterEach(async () => {
  for (const e of opened) await close(e).catch(() => undefined);
});

async function importGains(engine: Engine, name: string, raw = FILE, mode: 'add' | 'replace' = 'add') {
  const run = await prepareGains(engine, `${name}.csv`, raw, name);
  return finishGains(engine, run, run.prepared.mapping, name, mode);
}

/** What the engine holds of a data set now: rows and realised total, by SQL on its rows. */
async function held(engine: Engine, id: string) {
  const r = await engine.db.query<{ n: number; realised: number }>(
    `SELECT count(*)::BIGINT AS n, coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS realised
     FROM gains_flat WHERE dataset_id = ?`,
    [id],
  );
  return { rows: r.rows[0]?.n ?? 0, realised: r.rows[0]?.realised ?? 0 };
}

/** Every data set the engine lists has rows; the active one is listed; every stored record is listed. */
async function expectSound(engine: Engine, tab: TabStorage) {
  const listed = await listDatasets(engine.db);
  for (const d of listed) expect((await held(engine, d.dataset_id)).rows, d.name).toBeGreaterThan(0);
  const ids = listed.map((d) => d.dataset_id);
  expect(ids).toContain(engine.getSnapshot().datasetId);
  for (const id of tab.datasets.records.keys()) expect(ids).toContain(id);
  return ids;
}

/** The summary's account adds up and matches the fixture's known outcome. */
function expectSummary(done: FinishedImport) {
  const r = done.result;
  expect(r.rowsIn).toBe(r.rowsLoaded + r.rowsRejected);
  expect({ rowsIn: r.rowsIn, rowsLoaded: r.rowsLoaded, rowsRejected: r.rowsRejected }).toEqual(EXPECTED);
}

/** Kills the engine at `point`, each time it is reached (`times` at most). */
function killAt(point: FaultPoint, kill: () => void, times = 1) {
  let left = times;
  faults.inject((p) => {
    if (p === point && left > 0) {
      left -= 1;
      kill();
    }
  });
}

describe('the engine dies at a step of an import: the work is done again from the page, or fails and keeps nothing', () => {
  it(
    'one death at each step: the import completes, and a reload restores exactly what each summary showed',
    async () => {
      const tab = tabStorage();
      const { engine, kill } = await open(tab);
      const before = await importGains(engine, 'before', BEFORE);
      const summaries: FinishedImport[] = [];
      for (const point of FAULT_POINTS) {
        const restartsBefore = engine.pinned().epoch;
        killAt(point, kill);
        const done = await importGains(engine, `died-at-${point}`);
        expect(engine.pinned().epoch, point).toBe(restartsBefore + 1); // the engine did die and restart
        expect(done.saved, point).toBe('saved');
        expectSummary(done);
        expect(await held(engine, done.result.datasetId), point).toEqual({
          rows: done.result.rowsLoaded,
          realised: done.result.realisedTotal,
        });
        expect(engine.getSnapshot().datasetId, point).toBe(done.result.datasetId);
        await expectSound(engine, tab);
        summaries.push(done);
      }
      // The one before and one per step: an import done again after a death was not saved twice.
      expect(tab.datasets.records.size).toBe(1 + FAULT_POINTS.length);

      // A reload: every summary comes back as it was shown, the last import active, no notice.
      const reloaded = await reload(engine, tab);
      for (const done of [before, ...summaries])
        expect(await held(reloaded, done.result.datasetId), done.result.name).toEqual({
          rows: done.result.rowsLoaded,
          realised: done.result.realisedTotal,
        });
      expect(reloaded.getSnapshot().datasetId).toBe(summaries.at(-1)?.result.datasetId);
      expect(reloaded.getSnapshot().restoreProblems).toEqual([]);
      await expectSound(reloaded, tab);
    },
    SLOW,
  );

  it(
    'a death at each step that recurs when the work is done again: the import fails clearly and keeps nothing',
    async () => {
      const tab = tabStorage();
      const { engine, kill } = await open(tab);
      const before = await importGains(engine, 'before', BEFORE);
      for (const point of FAULT_POINTS) {
        killAt(point, kill, 2);
        const outcome = await importGains(engine, `died-twice-at-${point}`).catch((e: unknown) => e);
        if (point === 'activation') {
          // Past the confirmed save the rows are in the page and the store: activated on the fresh engine.
          expect((outcome as FinishedImport).saved).toBe('saved');
          expect(engine.getSnapshot().datasetId).toBe((outcome as FinishedImport).result.datasetId);
          await engine.activate(before.result.datasetId);
          continue;
        }
        expect(outcome, point).toBeInstanceOf(EngineRestarted);
        expect(engine.getSnapshot().datasetId, point).toBe(before.result.datasetId);
        const names = (await listDatasets(engine.db)).map((d) => d.name);
        expect(names, point).not.toContain(`died-twice-at-${point}`);
        expect(
          [...tab.datasets.records.values()].map((d) => d.info.name),
          point,
        ).not.toContain(`died-twice-at-${point}`);
        await expectSound(engine, tab);
      }
      const reloaded = await reload(engine, tab);
      expect(reloaded.getSnapshot().datasetId).toBe(before.result.datasetId);
      expect(reloaded.getSnapshot().restoreProblems).toEqual([]);
      expect(await held(reloaded, before.result.datasetId)).toEqual({
        rows: before.result.rowsLoaded,
        realised: before.result.realisedTotal,
      });
      await expectSound(reloaded, tab);
    },
    SLOW,
  );
});

describe('the page is reloaded at a step of an import: after the reload the data set is absent and a notice says so', () => {
  it(
    'at each step, one reload after the other on the same storage',
    async () => {
      const tab = tabStorage();
      let { engine } = await open(tab);
      const before = await importGains(engine, 'before', BEFORE);
      for (const point of FAULT_POINTS) {
        // The page goes away at `point`: nothing of the import runs after it (no catch, no clean-up).
        let reached: () => void = () => undefined;
        const atPoint = new Promise<void>((resolve) => (reached = resolve));
        faults.inject((p) => {
          if (p !== point) return;
          reached();
          return new Promise<never>(() => undefined);
        });
        void importGains(engine, `reloaded-at-${point}`);
        await atPoint;
        faults.inject(null);
        engine = await reload(engine, tab);

        const problems = engine.getSnapshot().restoreProblems;
        expect(problems, point).toEqual([{ code: 'interrupted', name: `reloaded-at-${point}` }]);
        expect(engine.getSnapshot().datasetId, point).toBe(before.result.datasetId);
        expect(
          (await listDatasets(engine.db)).map((d) => d.name),
          point,
        ).not.toContain(`reloaded-at-${point}`);
        expect(tab.datasets.records.size, point).toBe(1);
        expect(await held(engine, before.result.datasetId)).toEqual({
          rows: before.result.rowsLoaded,
          realised: before.result.realisedTotal,
        });
        await expectSound(engine, tab);
      }
    },
    SLOW,
  );

  it(
    'after the record was written but before it was read back: the unconfirmed record is removed at the next start',
    async () => {
      const tab = tabStorage();
      const { engine } = await open(tab);
      const before = await importGains(engine, 'before', BEFORE);
      // The page goes away while the written record is being read back.
      const get = tab.datasets.get;
      let reached: () => void = () => undefined;
      const atRead = new Promise<void>((resolve) => (reached = resolve));
      tab.datasets.get = () => {
        reached();
        return new Promise<never>(() => undefined);
      };
      void importGains(engine, 'written-not-confirmed');
      await atRead;
      expect(tab.datasets.records.size).toBe(2); // the new record is in the store, not yet confirmed
      tab.datasets.get = get;
      const reloaded = await reload(engine, tab);
      expect(reloaded.getSnapshot().restoreProblems).toEqual([{ code: 'interrupted', name: 'written-not-confirmed' }]);
      expect([...tab.datasets.records.keys()]).toEqual([before.result.datasetId]);
      expect(reloaded.getSnapshot().datasetId).toBe(before.result.datasetId);
      await expectSound(reloaded, tab);
    },
    SLOW,
  );
});

describe('a save is confirmed only by what was written', () => {
  it(
    'a store that keeps other bytes than it was given: an error, the record gone, nothing active changes',
    async () => {
      const tab = tabStorage();
      const { engine } = await open(tab);
      const before = await importGains(engine, 'before', BEFORE);
      tab.datasets.corruptWrites = true;
      const e = await importGains(engine, 'header-only').catch((x: unknown) => x);
      expect(e).toBeInstanceOf(SaveNotConfirmed);
      expect((e as SaveNotConfirmed).expected.rowsLoaded).toBe(EXPECTED.rowsLoaded);
      expect((e as SaveNotConfirmed).found.rows).toBeNull();
      expect((e as SaveNotConfirmed).message).toMatch(/import the file again/);
      expect([...tab.datasets.records.keys()]).toEqual([before.result.datasetId]);
      expect(engine.getSnapshot().datasetId).toBe(before.result.datasetId);
      expect((await listDatasets(engine.db)).map((d) => d.name)).not.toContain('header-only');
      await expectSound(engine, tab);

      // The record: an export that found no rows (a header line, 149 bytes) under its own correct hash.
      // Stored as given, it is refused by what reading it back finds: 0 rows where validation loaded 10.
      tab.datasets.corruptWrites = false;
      const header = await exportDatasetRows(engine.db, 'no-such-data-set');
      expect(header.byteLength).toBe(149);
      const info = { ...before.result.info, dataset_id: 'ds-header', name: 'header', content_hash: await sha256Hex(header) };
      const refused = await writeConfirmed(engine.pinned(), tab.datasets, { info, rows: header }, before.result).catch(
        (x: unknown) => x,
      );
      expect(refused).toBeInstanceOf(SaveNotConfirmed);
      expect((refused as SaveNotConfirmed).found).toEqual({ rows: 0, realisedTotal: 0 });
    },
    SLOW,
  );
});

describe('start-up never points at nothing', () => {
  it(
    'an active id with no data set falls back to the newest stored one; stored rows short of their record are reported, never shown',
    async () => {
      const tab = tabStorage();
      const { engine } = await open(tab);
      const older = await importGains(engine, 'older', BEFORE);
      const newer = await importGains(engine, 'newer');
      const short = await importGains(engine, 'short');
      await close(engine);
      // The active id names a data set that is not stored, and one record's rows lost all but their header line
      // (its hash made to match them, so only the row count can tell).
      tab.storage.setItem('spillover.activeDataset', 'ds-gone');
      const record = tab.datasets.records.get(short.result.datasetId);
      if (!record) throw new Error('the short record was not stored');
      const header = record.rows.slice(0, record.rows.indexOf(10) + 1);
      tab.datasets.records.set(short.result.datasetId, {
        info: { ...record.info, content_hash: await sha256Hex(header) },
        rows: header,
      });

      const reloaded = (await open(tab)).engine;
      const { datasetId, restoreProblems } = reloaded.getSnapshot();
      expect(restoreProblems).toEqual([
        { code: 'short', name: 'short', expected: EXPECTED.rowsLoaded, found: 0 },
        { code: 'active-missing', name: null, fallback: 'newer' },
      ]);
      expect(datasetId).toBe(newer.result.datasetId);
      expect(tab.storage.getItem('spillover.activeDataset')).toBe(newer.result.datasetId);
      expect([...tab.datasets.records.keys()].sort()).toEqual([older.result.datasetId, newer.result.datasetId].sort());
      expect((await listDatasets(reloaded.db)).map((d) => d.name)).not.toContain('short');
      await expectSound(reloaded, tab);
    },
    SLOW,
  );
});
