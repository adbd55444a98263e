import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { loadGenericTable, tableNameFor } from './generic-table';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

// csv-spectrum runs through the whole extra-table import (file bytes → this table) in src/queries/import-table.test.ts.
describe('generic tables', () => {
  it('never takes an app table name', () => {
    expect(tableNameFor('population.csv')).toBe('user_population');
    expect(tableNameFor('2017 Ærø data.csv')).toBe('t_2017_aero_data');
  });
  it('refuses to overwrite an app table', async () => {
    await expect(loadGenericTable(db, 'reported_gains', ['a'], [])).rejects.toThrow(/app's own tables/);
  });
});
