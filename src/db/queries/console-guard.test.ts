import { describe, expect, it } from 'vitest';
import { classify, planRoot, planWrites } from './console-guard';
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
    ['CREATE TABLE my_gains AS SELECT * FROM reported_gains', 'write'],
    ['create or replace temp table scratch (a int)', 'write'],
    ['INSERT INTO scratch VALUES (1)', 'write'],
    ['UPDATE scratch SET a = 2', 'write'],
    ['DELETE FROM scratch', 'write'],
    ['DROP TABLE IF EXISTS scratch, other', 'write'],
    ['ALTER TABLE scratch RENAME TO scratch2', 'write'],
    ['CREATE VIEW v AS SELECT 1', 'write'],
  ])('%s → %s', (sql, kind) => {
    expect(verdict(sql).kind).toBe(kind);
  });

  it.each([
    'DROP TABLE datasets',
    'drop table if exists scratch, "GAINS_FLAT"',
    'INSERT INTO main.reported_gains SELECT * FROM reported_gains',
    'insert or replace into memory.main.population select * from population',
    'UPDATE companies SET nace = 1',
    'DELETE FROM import_rejects',
    'TRUNCATE relevance',
    'ALTER TABLE projects ADD COLUMN x INT',
    'ALTER TABLE scratch RENAME TO funding',
    'CREATE TEMP TABLE population AS SELECT 1',
    'CREATE OR REPLACE TABLE reported_gains AS SELECT 1',
    'WITH x AS (SELECT 1) DELETE FROM scratch',
    'EXPLAIN ANALYZE DELETE FROM datasets',
    'EXPLAIN ANALYZE INSERT INTO scratch VALUES (1)',
    "ATTACH 'x.db'",
    'SET VARIABLE active_dataset = 1',
    "COPY gains_flat TO 'x.csv'",
    'USE other',
    'CREATE SCHEMA s',
    'CREATE MACRO m() AS 1',
    'PRAGMA enable_profiling',
    'INSTALL httpfs',
    'BEGIN',
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

describe('planWrites', () => {
  const box = (op: string) => `┌───────────┐\n│   ${op}   │\n└───────────┘\n`;
  it('reads the root operator of a rendered plan', () => {
    expect(planRoot(box('PROJECTION') + box('SEQ_SCAN'))).toBe('PROJECTION');
    expect(planWrites(box('INSERT'))).toBe(true);
    expect(planWrites(box('PROJECTION') + '│ update │')).toBe(false);
  });
});
