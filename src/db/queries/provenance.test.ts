import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { sha256Hex } from '../dataset-store';
import { ensureSchema, registerDataset } from './datasets';
import { exportDatasetRows } from './persist-datasets';
import { datasetProvenance, referenceProvenance } from './provenance';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
  await db.exec(`INSERT INTO gains_flat (dataset_id, line, project_id, theme, company_id, nace, year, gain_type, annual_gain_dkk, status)
                 VALUES ('demo', 2, 'p1', 'digital', 'c1', 25, 2016, 'productivity', 100, 'realised'),
                        ('demo', 3, 'p1', 'digital', 'c2', 25, 2016, 'productivity', 50, 'expected')`);
  await registerDataset(db, {
    dataset_id: 'demo',
    name: 'Demo',
    source: 'bundled demo',
    created_at: null,
    rows_in: 2,
    rows_loaded: 2,
    rows_rejected: 0,
    content_hash: null,
  });
  await registerDataset(db, {
    dataset_id: 'x',
    name: 'Imported',
    source: 'x.csv',
    created_at: null,
    rows_in: 1,
    rows_loaded: 1,
    rows_rejected: 0,
    content_hash: 'f'.repeat(64),
  });
  await db.exec(
    `INSERT INTO population VALUES (25, 'a', 'b', '10-49', 1, 2, 3, 2017, 'ESTIMATE'), (25, 'a', 'b', '50-249', 1, 2, 3, 2017, 'ESTIMATE')`,
  );
});
afterAll(() => db.close());

it('hashes a data set without a stored hash the way imports do, and keeps a stored hash', async () => {
  const demo = await datasetProvenance(db, 'demo');
  expect(demo?.contentHash).toBe(await sha256Hex(await exportDatasetRows(db, 'demo')));
  expect(demo?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  expect(demo?.hashComputedAtLoad).toBe(true);
  const x = await datasetProvenance(db, 'x');
  expect([x?.contentHash, x?.hashComputedAtLoad]).toEqual(['f'.repeat(64), false]);
  expect(await datasetProvenance(db, 'nope')).toBeNull();
});

it('summarises the reference tables', async () => {
  expect(await referenceProvenance(db)).toEqual({
    populationRows: 2,
    populationYears: [2017],
    populationSources: ['ESTIMATE'],
    relevanceRows: 0,
  });
});
