import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { consoleSchema, parseDuckDbError, runConsole } from './console';
import { CONSOLE_EXAMPLES } from './console-examples';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await db.exec(`CREATE TABLE reported_gains AS SELECT * FROM (VALUES
    ('p1', 'digital', 'c1', 2016, 'productivity', 100.5, 'realised'),
    ('p1', 'digital', 'c2', 2016, 'productivity', 200.0, 'expected'),
    ('p2', 'automation', 'c3', 2017, 'cost_saving', -50.25, 'realised')) t(project_id, theme, company_id, year, gain_type, annual_gain_dkk, status)`);
  await db.exec(`CREATE TABLE datasets (dataset_id VARCHAR, name VARCHAR)`);
  await db.exec(`INSERT INTO datasets VALUES ('demo', 'Demo')`);
});
afterAll(() => db.close());

describe('runConsole', () => {
  it('returns the last statement’s rows, its columns and the statement count', async () => {
    const out = await runConsole(
      db,
      `CREATE TABLE scratch AS SELECT 1 AS a; SELECT sum(annual_gain_dkk) AS total FROM reported_gains WHERE status = 'realised'`,
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.statements).toBe(2);
    expect(out.result.rows).toEqual([{ total: 50.25 }]);
    expect(out.result.columns.map((c) => c.name)).toEqual(['total']);
  });

  it('refuses to modify an app table and runs nothing of the input', async () => {
    const out = await runConsole(db, `CREATE TABLE before_refusal (a INT);\nDROP TABLE datasets`);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.kind).toBe('refused');
    expect(out.error.statement).toBe(2);
    expect(out.error.position).toBe(`CREATE TABLE before_refusal (a INT);\n`.length);
    expect((await db.query(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'before_refusal'`)).rows[0]?.n).toBe(0);
    expect((await db.query('SELECT count(*) AS n FROM datasets')).rows[0]?.n).toBe(1);
  });

  it('shows DuckDB’s message and maps its position into the editor text', async () => {
    const input = `SELECT 1;\nSELECT theme FROM reported_gains WHERE nosuch = 1`;
    const out = await runConsole(db, input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.kind).toBe('duckdb');
    expect(String(out.error.message)).toMatch(/nosuch/);
    expect(out.error.position).not.toBeNull();
    expect(input.slice(out.error.position ?? 0)).toMatch(/^nosuch/);
  });

  it('points at a syntax error', async () => {
    const input = `SELECT theme FROM reported_gains WHERE WHERE`;
    const out = await runConsole(db, input);
    expect(!out.ok && out.error.kind).toBe('duckdb');
    if (out.ok) return;
    expect(String(out.error.message)).toMatch(/syntax error/i);
    expect(input.slice(out.error.position ?? 0)).toMatch(/^WHERE$/);
  });

  it('lets the user write their own scratch tables and read imported ones (which it no longer writes)', async () => {
    await db.exec(`CREATE TABLE members_upload (a VARCHAR)`);
    await db.exec(`INSERT INTO members_upload VALUES ('x')`);
    const out = await runConsole(
      db,
      `CREATE TABLE my_members AS SELECT * FROM members_upload; UPDATE my_members SET a = 'y'; SELECT * FROM my_members`,
    );
    expect(out.ok && out.result.rows).toEqual([{ a: 'y' }]);
    const refused = await runConsole(db, `INSERT INTO members_upload VALUES ('z')`);
    expect(!refused.ok && refused.error.kind).toBe('refused');
    expect((await db.query('SELECT count(*) AS n FROM members_upload')).rows[0]?.n).toBe(1);
  });

  it('reports a cancelled run as cancelled', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const out = await runConsole(db, 'SELECT 1', ctl.signal);
    expect(!out.ok && out.error.kind).toBe('cancelled');
  });

  it('runs every saved example that reads the tables present', async () => {
    const byTheme = CONSOLE_EXAMPLES.find((e) => e.id === 'gains-by-theme');
    const out = await runConsole(db, byTheme?.sql ?? '');
    expect(out.ok && out.result.rows.map((r) => r.theme)).toEqual(['digital', 'automation']);
  });
});

describe('parseDuckDbError', () => {
  it('places the caret of a formatted browser message', () => {
    const stmt = 'SELECT 1\nFROM t WHERE WHERE';
    const msg = 'Parser Error: syntax error at or near "WHERE"\n\nLINE 2: FROM t WHERE WHERE\n                     ^';
    const p = parseDuckDbError(new Error(msg), stmt);
    expect(stmt.slice(p.position ?? 0)).toBe('WHERE');
  });
});

it('lists tables with columns and types, app tables marked', async () => {
  const schema = await consoleSchema(db);
  const gains = schema.find((t) => t.name === 'reported_gains');
  expect(gains?.own).toBe(true);
  expect(gains?.columns.find((c) => c.name === 'annual_gain_dkk')?.type).toBe('DECIMAL(5,2)');
  expect(schema.find((t) => t.name === 'scratch')?.own).toBe(false);
});

it('keeps the parser proof’s wrapper out of DuckDB’s message and points into the user’s text', async () => {
  const input = "SELECT 'it''s' FROM reported_gains WHERE WHERE";
  const out = await runConsole(db, input);
  expect(out.ok).toBe(false);
  if (out.ok) return;
  expect(String(out.error.message)).not.toMatch(/query\(/);
  expect(input.slice(out.error.position ?? 0)).toMatch(/^WHERE$/);
});
