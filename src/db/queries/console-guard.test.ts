import { describe, expect, it } from 'vitest';
import { classify } from './console-guard';
import { splitStatements } from './console-lex';

const verdict = (sql: string) => {
  const [stmt] = splitStatements(sql);
  if (!stmt) throw new Error('no statement');
  return classify(stmt);
};

describe('splitStatements', () => {
  it('splits at top-level semicolons only, keeping each statement’s offset', () => {
    const sql = `SELECT ';' AS a; -- a comment; still a comment\n SELECT "x;y" FROM t /* ; */;  SELECT $$;$$`;
    const s = splitStatements(sql);
    expect(s.map((x) => x.text)).toEqual([`SELECT ';' AS a`, `SELECT "x;y" FROM t /* ; */`, 'SELECT $$;$$']);
    for (const x of s) expect(sql.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });

  it('ignores comments and blank input', () => {
    expect(splitStatements('  -- nothing\n /* still /* nested */ nothing */ ;; ')).toEqual([]);
  });

  it('reads quoted names with doubled quotes and E-strings with backslashes', () => {
    const [s] = splitStatements(`DROP TABLE "da""ta"; SELECT E'it\\'s;'`);
    expect(s?.tokens.map((t) => t.text)).toEqual(['drop', 'table', 'da"ta']);
    expect(splitStatements(`SELECT E'it\\'s;'`)).toHaveLength(1);
  });
});

describe('classify', () => {
  it.each([
    ['SELECT * FROM reported_gains', 'read'],
    ['with t as (select 1) select * from t', 'read'],
    ['FROM population', 'read'],
    ['(SELECT 1) UNION (SELECT 2)', 'read'],
    ['DESCRIBE gains_flat', 'read'],
    ['SUMMARIZE population', 'read'],
    ["PRAGMA table_info('datasets')", 'read'],
    ['EXPLAIN SELECT 1', 'read'],
    ['EXPLAIN ANALYZE SELECT 1', 'read'],
    ['CREATE TABLE my_gains AS SELECT * FROM reported_gains', 'write'],
    ['create or replace table scratch.s (a int)', 'write'],
    ['INSERT INTO s VALUES (1)', 'write'],
    ['UPDATE scratch.s SET a = 2', 'write'],
    ['DELETE FROM "SCRATCH"."s"', 'write'],
    ['DROP TABLE IF EXISTS s', 'write'],
    ['ALTER TABLE s RENAME TO s2', 'write'],
    ['CREATE VIEW v AS SELECT 1', 'write'],
    ['EXPLAIN ANALYZE INSERT INTO s VALUES (1)', 'write'],
  ])('%s → %s', (sql, kind) => {
    expect(verdict(sql).kind).toBe(kind);
  });

  it('rebuilds writes with their target in scratch and judges EXPLAIN ANALYZE as what it runs', () => {
    const sqlOf = (s: string) => {
      const v = verdict(s);
      return v.kind === 'refused' ? v.message.en : v.sql;
    };
    expect(sqlOf('CREATE TABLE MyT AS SELECT 1')).toBe('CREATE TABLE "scratch"."MyT" AS SELECT 1');
    expect(sqlOf('insert into s select 1')).toBe('INSERT INTO "scratch"."s" select 1');
    expect(sqlOf('EXPLAIN (ANALYZE, FORMAT json) DELETE FROM s')).toBe('EXPLAIN ANALYZE DELETE FROM "scratch"."s"');
  });

  it.each([
    'DROP TABLE datasets',
    'drop table if exists "GAINS_FLAT"',
    'INSERT INTO main.reported_gains SELECT * FROM reported_gains',
    'insert or replace into memory.main.population select * from population',
    'UPDATE companies SET nace = 1',
    'DELETE FROM import_rejects',
    'TRUNCATE relevance',
    'ALTER TABLE projects ADD COLUMN x INT',
    'ALTER TABLE s RENAME TO funding',
    'CREATE TEMP TABLE population AS SELECT 1',
    'CREATE OR REPLACE TABLE reported_gains AS SELECT 1',
    'EXPLAIN ANALYZE DELETE FROM datasets',
    'EXPLAIN (ANALYZE) UPDATE gains_flat SET annual_gain_dkk = annual_gain_dkk * 1000',
    "ATTACH 'x.db'",
    'SET VARIABLE active_dataset = 1',
    "COPY gains_flat TO 'x.csv'",
    'USE other',
    'CREATE SCHEMA s',
    'CREATE MACRO m() AS 1',
    'PRAGMA enable_profiling',
    'INSTALL httpfs',
    'BEGIN',
    "SELECT * FROM read_csv('x.csv')",
    "SELECT * FROM 'https://example.invalid/x.parquet'",
    "SELECT timezone('America/New_York', now())",
  ])('refuses %s', (sql) => {
    const v = verdict(sql);
    expect(v.kind).toBe('refused');
    if (v.kind === 'refused') expect(v.message.en.length).toBeGreaterThan(10);
  });

  it('names the protected table in the refusal', () => {
    const v = verdict('DROP TABLE datasets');
    expect(v.kind === 'refused' && v.message.en).toMatch(/"datasets" is one of the app's own tables/);
  });

  it('is not fooled by an app table name inside a string or comment', () => {
    expect(verdict(`CREATE TABLE notes AS SELECT 'DROP TABLE datasets' AS s -- datasets`).kind).toBe('write');
  });
});
