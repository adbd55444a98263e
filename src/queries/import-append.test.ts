import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryDatasetStore, openNodeEngine } from '../../tests/render-with-engine';
import type { Engine } from './engine';
import { datasetSources } from './dataset-sources';
import { finishGains, prepareGains, type GainsMode } from './import-run';

// A second partner's file appended to the active data set: loaded rows and realised total are the sum of both, rows
// that duplicate one already in the set are skipped and counted apart, each file is listed with its rows and hash,
// and the result goes through the same confirmed save as any import (the set appended to is given up only after).

const store = memoryDatasetStore();
const kept = store.kept;
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine({ datasets: store });
});
afterAll(() => engine.db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';
const partnerA = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,realised\nP2,T,automation,C2,N,25,10,,,2024,productivity,50,expected\n`;
// Line 2 repeats partner A's first row; line 4 is rejected.
const partnerB = `${HEAD}\nP1,T,automation,C1,N,25,10,,,2024,productivity,100,realised\nP3,T,automation,C3,N,28,60,,,2023,productivity,1000,realised\nP4,T,automation,C4,N,28,60,,,2023,productivity,lots,realised\n`;
const onlyExpected = `${HEAD}\nP5,T,automation,C5,N,28,60,,,2023,productivity,7,expected\n`;

async function importText(file: string, text: string, mode: GainsMode) {
  const run = await prepareGains(engine, file, new TextEncoder().encode(text), file);
  return finishGains(engine, run, run.prepared.mapping, file, mode);
}

describe('append a partner’s file to the active data set', () => {
  it('sums rows and totals, skips duplicates apart, lists its files and keeps one stored data set', async () => {
    const a = await importText('partner-a.csv', partnerA, 'add');
    expect(a.saved).toBe('saved');
    const first = engine.getSnapshot().datasetId;

    const b = await importText('partner-b.csv', partnerB, 'append');
    expect(b.saved).toBe('saved');
    const { result } = b;
    expect([result.rowsIn, result.rowsLoaded, result.rowsRejected, result.appended?.duplicates]).toEqual([3, 1, 1, 1]);
    expect(result.rowsIn).toBe(result.rowsLoaded + result.rowsRejected + (result.appended?.duplicates ?? 0));
    expect(result.realisedTotal).toBe(1000);
    expect(result.appended?.dataset).toEqual({
      rowsIn: 5,
      rowsLoaded: 3,
      rowsRejected: 1,
      realisedTotal: 1100,
      expectedTotal: 50,
    });
    expect(result.name).toBe('partner-a.csv');

    const active = engine.getSnapshot().datasetId;
    expect(active).not.toBe(first);
    // The set appended to is given up only once the merged one is stored and read back.
    expect([...kept.keys()]).toEqual([active]);
    const shown = await engine.db.query<{ n: number; realised: number }>(
      "SELECT count(*)::INT AS n, sum(annual_gain_dkk) FILTER (WHERE status = 'realised') AS realised FROM reported_gains",
    );
    expect(shown.rows[0]).toEqual({ n: 3, realised: 1100 });

    const sources = await datasetSources(engine.db, engine.importDeps().memory, active);
    expect(sources.map((s) => [s.file, s.firstLine, s.rows, s.rowsIn, s.loaded, s.rejected, s.duplicates])).toEqual([
      ['partner-a.csv', 0, 2, 2, 2, 0, 0],
      ['partner-b.csv', 1_000_000, 1, 3, 1, 1, 1],
    ]);
    expect(sources[1]?.hash).toMatch(/^[0-9a-f]{64}$/);

    // Expected gains alone may join a set that has realised ones.
    const c = await importText('expected.csv', onlyExpected, 'append');
    expect(c.result.appended?.dataset.rowsLoaded).toBe(4);
    const after = await datasetSources(engine.db, engine.importDeps().memory, engine.getSnapshot().datasetId);
    expect(after.map((s) => [s.file, s.firstLine, s.rows])).toEqual([
      ['partner-a.csv', 0, 2],
      ['partner-b.csv', 1_000_000, 1],
      ['expected.csv', 2_000_000, 1],
    ]);
  });
});

describe('views are told of an import once', () => {
  /** The data versions views saw announced while `work` ran. */
  async function versionsDuring(work: () => Promise<unknown>): Promise<number[]> {
    const seen: number[] = [];
    const stop = engine.subscribe(() => {
      const v = engine.getSnapshot().version;
      if (seen.at(-1) !== v) seen.push(v);
    });
    try {
      await work().catch(() => undefined);
    } finally {
      stop();
    }
    return seen;
  }

  it('one new version for a new data set (its activation), one for a refused file, and one more when a replaced set is deleted', async () => {
    const start = engine.getSnapshot().version;
    expect(await versionsDuring(() => importText('new.csv', partnerA, 'add'))).toEqual([start + 1]);
    // No row loads: refused, nothing activated, views still told once that the import is over.
    expect(
      await versionsDuring(() =>
        importText('bad.csv', `${HEAD}\nP9,T,automation,C9,N,25,10,,,2024,productivity,lots,realised\n`, 'add'),
      ),
    ).toEqual([start + 2]);
    // Replacing: the new set's activation, then the replaced set's deletion (the list of data sets changes).
    expect(await versionsDuring(() => importText('again.csv', partnerA, 'replace'))).toEqual([start + 3, start + 4]);
  });
});
