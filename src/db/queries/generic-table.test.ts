import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { freeTableName, loadGenericTable, tableNameFor } from './generic-table';
import { ensureSchema } from './datasets';

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
  it.each(['members', 'funding', 'activities', 'staged_raw', 'staged_members', 'import_staged', 'csv_rejects'])(
    'never names an extra table %s, the app’s',
    (name) => {
      expect(tableNameFor(`${name}.csv`)).toBe(`user_${name}`);
    },
  );
  it('avoids any table or view in the engine that is not a user table, and replaces its own on re-import', async () => {
    await ensureSchema(db);
    await db.exec('CREATE TABLE some_future_app_table (x INTEGER)');
    expect(await freeTableName(db, 'some_future_app_table')).toBe('user_some_future_app_table');
    expect(await freeTableName(db, 'members')).toBe('user_members');
    await loadGenericTable(db, 'my_table', ['a'], [['1']]);
    expect(await freeTableName(db, 'my_table')).toBe('my_table');
  });
  it('refuses to overwrite an app table', async () => {
    await expect(loadGenericTable(db, 'reported_gains', ['a'], [])).rejects.toThrow(/app's own tables/);
  });
});
