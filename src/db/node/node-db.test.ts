import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { quoteIdent } from '../sql';
import { APP_DATABASE } from '../engine-config';
import { compactStorage } from '../queries/datasets';
import { openNodeDb } from './node-db';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(async () => {
  await db.close();
});

describe('node db door', () => {
  it('binds values instead of splicing them', async () => {
    const hostile = "x'); DROP TABLE t; --";
    const r = await db.query<{ v: string }>('SELECT ? AS v', [hostile]);
    expect(r.rows).toEqual([{ v: hostile }]);
  });

  it('decodes BIGINT, HUGEINT sums and DECIMAL to numbers and DATE to ISO', async () => {
    const r = await db.query(
      `SELECT 9007199254740::BIGINT AS b, sum(x)::HUGEINT AS h, 12345.67::DECIMAL(18,2) AS d, DATE '2017-05-01' AS dt
       FROM (VALUES (1), (2)) t(x)`,
    );
    expect(r.rows[0]).toEqual({ b: 9007199254740, h: 3, d: 12345.67, dt: '2017-05-01' });
  });

  it('keeps extension autoload off, so nothing tries the network', async () => {
    const r = await db.query<{ value: string }>(
      "SELECT value FROM duckdb_settings() WHERE name IN ('autoload_known_extensions','autoinstall_known_extensions')",
    );
    expect(r.rows.map((x) => x.value)).toEqual(['false', 'false']);
  });

  it("keeps the app's tables in its compressed database (TEMP tables in temp), compressed once checkpointed", async () => {
    await db.exec(`CREATE TABLE kept_here AS SELECT i, 'theme ' || (i % 6) AS theme FROM range(200000) t(i)`);
    await db.exec('CREATE TEMP TABLE scratch_here AS SELECT 1 AS x');
    await compactStorage(db);
    const where = await db.query<{ t: string; d: string }>(
      `SELECT table_name AS t, database_name AS d FROM duckdb_tables() WHERE table_name IN ('kept_here', 'scratch_here') ORDER BY 1`,
    );
    expect(where.rows).toEqual([
      { t: 'kept_here', d: APP_DATABASE },
      { t: 'scratch_here', d: 'temp' },
    ]);
    const c = await db.query<{ compression: string }>(
      `SELECT DISTINCT compression FROM pragma_storage_info('kept_here') WHERE segment_type <> 'VALIDITY'`,
    );
    expect(c.rows.map((r) => r.compression)).not.toContain('Uncompressed');
    await db.exec('DROP TABLE kept_here; DROP TABLE scratch_here');
  });

  it('quotes identifiers with one helper', async () => {
    await db.exec(`CREATE TABLE ${quoteIdent('odd "name"')} (${quoteIdent('a b')} INTEGER)`);
    await db.exec(`INSERT INTO ${quoteIdent('odd "name"')} VALUES (?)`, [7]);
    const r = await db.query(`SELECT * FROM ${quoteIdent('odd "name"')}`);
    expect(r.rows).toEqual([{ 'a b': 7 }]);
  });

  it('reads a registered file with Danish number format', async () => {
    await db.load('dk.csv', new TextEncoder().encode('a;b\n1;12.345.678,25\n'));
    const r = await db.query("SELECT b FROM read_csv('dk.csv', delim=';', decimal_separator=',', thousands='.', header=true)");
    expect(r.rows).toEqual([{ b: 12345678.25 }]);
  });
});

describe('node db door: engines are reused, databases are not', () => {
  it('a database opened after another was closed has none of its tables, files or settings', async () => {
    const first = await openNodeDb();
    await first.exec('CREATE TABLE left_behind AS SELECT 1 AS x');
    await first.exec('SET max_expression_depth = 7');
    await first.load('left-behind.csv', new TextEncoder().encode('a\n1\n'));
    await first.close();
    const second = await openNodeDb();
    try {
      const tables = await second.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'left_behind'");
      expect(tables.rows).toEqual([{ n: 0 }]);
      const depth = await second.query("SELECT current_setting('max_expression_depth')::VARCHAR AS v");
      expect(depth.rows).toEqual([{ v: '1000' }]);
      await expect(second.query("SELECT * FROM read_csv('left-behind.csv')")).rejects.toThrow();
    } finally {
      await second.close();
    }
  });

  it('two databases open at once are independent', async () => {
    const [a, b] = await Promise.all([openNodeDb(), openNodeDb()]);
    try {
      await a.exec('CREATE TABLE only_in_a (x INTEGER)');
      const r = await b.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'only_in_a'");
      expect(r.rows).toEqual([{ n: 0 }]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
