import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSummary, type Db } from '../db';
import { openNodeDb } from '../db/node/node-db';
import { errorText, QueryError, runQuery, withQueryErrors } from './query-error';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

describe('QueryError', () => {
  it("keeps the query's name, the SQL DuckDB refused and DuckDB's error as its cause", async () => {
    // A fresh database has no schema: the summary's first statement fails in DuckDB.
    const e: unknown = await runQuery(db, 'summary', (d) => datasetSummary(d)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(QueryError);
    const q = e as QueryError; // checked on the line above
    expect(q.query).toBe('summary');
    expect(q.sql).toMatch(/SELECT[\s\S]*FROM/);
    expect(q.cause).toBeInstanceOf(Error);
    expect(q.message).toBe(`The query "summary" failed: ${(q.cause as Error).message}`); // the cause is an Error (above)
    expect(q.message).toMatch(/Catalog Error/);
    expect(errorText(q)).toBe(`${q.message}\n\n${q.sql}`);
  });

  it('keeps the bound values, and does not wrap twice', async () => {
    const traced = withQueryErrors(db, 'outer');
    const e: unknown = await runQuery(traced, 'inner', (d) => d.query('SELECT ? + nope', [1])).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'QueryError', query: 'outer', sql: 'SELECT ? + nope', params: [1] });
    expect((e as QueryError).cause).not.toBeInstanceOf(QueryError); // a QueryError (matched above)
  });

  it('names a failure that is not SQL too, without a statement', async () => {
    const e: unknown = await runQuery(db, 'stamp', () => Promise.reject(new Error('no hash'))).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'QueryError', sql: null, message: 'The query "stamp" failed: no hash' });
    expect(errorText(e)).toBe('The query "stamp" failed: no hash');
  });
});
