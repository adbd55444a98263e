import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../tests/render-with-engine';
import { datasetSummary, topCompanies, type Db } from '../db';
import type { Engine } from './engine';
import { loadOverviewIndex, overviewAnswers, overviewAnswersSoon } from './overview-index';

// While the Overview's index loads, the Overview's queries wait for it and answer from it (no SQL beside the load);
// the answers are the SQL's (the index's parity tests are in src/db/queries/overview-index.test.ts).
let engine: Engine;
let db: Db;
beforeAll(async () => {
  engine = await openNodeEngine();
  db = engine.db;
});
afterAll(() => db.close());

describe('overviewAnswersSoon', () => {
  it('answers nothing when no index of this data is loading', async () => {
    expect(await overviewAnswersSoon({ db, datasetId: 'nothing-loading', version: 1 }, {})).toBeUndefined();
  });

  it('waits for the index that is loading and answers from it, as SQL does', async () => {
    const s = { db, datasetId: 'imported', version: 3, ready: true };
    const loading = loadOverviewIndex(s);
    expect(overviewAnswers(s, { theme: 'digital' })).toBeUndefined(); // not loaded yet
    const got = await overviewAnswersSoon(s, {});
    expect(got?.summary).toEqual(await datasetSummary(db, {}));
    expect(got?.topCompanies).toEqual(await topCompanies(db, 10, {}));
    await loading;
  });

  it('leaves project and company filters, the demo and other data versions to SQL', async () => {
    const s = { db, datasetId: 'imported', version: 4, ready: true };
    const loading = loadOverviewIndex(s);
    expect(await overviewAnswersSoon(s, { project: 'DIG-01' })).toBeUndefined();
    expect(await overviewAnswersSoon({ ...s, version: 5 }, {})).toBeUndefined();
    expect(await overviewAnswersSoon({ ...s, datasetId: 'demo' }, {})).toBeUndefined();
    await loading;
    expect(await overviewAnswersSoon(s, {})).toBeDefined();
  });
});
