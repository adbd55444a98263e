import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryDatasetStore, openNodeEngine } from '../../tests/render-with-engine';
import { datasetSources } from './dataset-sources';
import type { Engine, KeyValueStore } from './engine';
import { finishGains, prepareGains, type RunOptions } from './import-run';
import { removeSource } from './import-sources';

// One of a data set's files removed or replaced: its rows leave the set, the totals follow, the new set goes
// through the confirmed save, and rows in = loaded + rejected + duplicates holds per file and for the set.

const store = memoryDatasetStore();
const kept = store.kept;
const data = new Map<string, string>();
const storage: KeyValueStore = {
  getItem: (k) => data.get(k) ?? null,
  setItem: (k, v) => void data.set(k, v),
  removeItem: (k) => void data.delete(k),
};
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine({ datasets: store, storage });
});
afterAll(() => engine.db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';
const row = (p: string, amount: string, status = 'realised') =>
  `${p},T,automation,C${p},N,25,10,,,2024,productivity,${amount},${status}`;
const fileA = `${HEAD}\n${row('A1', '100')}\n${row('A2', '50', 'expected')}\n`;
// Its first row repeats A's (a duplicate), its last is rejected.
const fileB = `${HEAD}\n${row('A1', '100')}\n${row('B1', '1000')}\n${row('B2', 'lots')}\n`;
const fileC = `${HEAD}\n${row('C1', '7')}\n${row('C2', '8')}\n${row('C3', '9', 'expected')}\n`;

async function importText(file: string, text: string, mode: 'add' | 'append', opts: RunOptions = {}) {
  const run = await prepareGains(engine, file, new TextEncoder().encode(text), file);
  return finishGains(engine, run, run.prepared.mapping, file, mode, opts);
}

async function listed() {
  const { datasetId } = engine.getSnapshot();
  return datasetSources(engine.db, engine.importDeps().memory, datasetId);
}

function conserved(sources: Awaited<ReturnType<typeof listed>>) {
  for (const s of sources) expect(s.rowsIn).toBe(s.loaded + s.rejected + s.duplicates);
}

describe('remove or replace one of a data set’s files', () => {
  it('removes a file: its rows and counts leave the set, the rest stays as it was', async () => {
    await importText('a.csv', fileA, 'add');
    await importText('b.csv', fileB, 'append');
    expect((await listed()).map((s) => [s.file, s.rows])).toEqual([
      ['a.csv', 2],
      ['b.csv', 1],
    ]);
    const out = await removeSource(engine, 0);
    expect(out).toMatchObject({ file: 'a.csv', rowsIn: 3, rowsLoaded: 1, rowsRejected: 1, realisedTotal: 1000, saved: 'saved' });
    expect(engine.getSnapshot().datasetId).toBe(out.datasetId);
    const sources = await listed();
    expect(sources.map((s) => [s.file, s.rows, s.rowsIn, s.loaded, s.rejected, s.duplicates])).toEqual([
      ['b.csv', 1, 3, 1, 1, 1],
    ]);
    conserved(sources);
    // One stored data set: the new one, holding what was validated.
    expect([...kept.keys()]).toEqual([out.datasetId]);
    expect(kept.get(out.datasetId)?.info).toMatchObject({ rows_in: 3, rows_loaded: 1, rows_rejected: 1 });
  });

  it('replaces a file: the new one takes its place and the totals follow', async () => {
    await importText('a.csv', fileA, 'append');
    // Sources now: b.csv, a.csv. Replace b.csv with c.csv.
    const { result } = await importText('c.csv', fileC, 'append', { replaceSource: 0 });
    expect(result.appended?.dataset).toEqual({
      rowsIn: 2 + 3,
      rowsLoaded: 2 + 3,
      rowsRejected: 0,
      realisedTotal: 100 + 15,
      expectedTotal: 50 + 9,
    });
    const sources = await listed();
    expect(sources.map((s) => [s.file, s.rows])).toEqual([
      ['a.csv', 2],
      ['c.csv', 3],
    ]);
    conserved(sources);
    expect(kept.size).toBe(1);
  });

  it('removing every file leaves an empty data set that is stored and comes back after a reload', async () => {
    await removeSource(engine, 1);
    const last = await removeSource(engine, 0);
    expect(last).toMatchObject({ rowsIn: 0, rowsLoaded: 0, rowsRejected: 0, realisedTotal: 0, saved: 'saved' });
    expect(await listed()).toEqual([]);
    const again = await openNodeEngine({ datasets: store, storage });
    try {
      expect(again.getSnapshot().datasetId).toBe(last.datasetId);
      expect(again.getSnapshot().restoreProblems).toEqual([]);
      expect(kept.get(last.datasetId)?.info.rows_loaded).toBe(0);
    } finally {
      await again.db.close();
    }
  });
});
