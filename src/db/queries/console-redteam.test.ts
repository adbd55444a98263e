// Issue 19: the SQL console must never change the app's data or reach the network. Every statement of the red-team
// report and its variants, on the real engine (Node door), with the app's tables, its `overview` schema and the
// model's inputs checked after each one, and every way out of the process watched.
import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../node/node-db';
import type { Db } from '../types';
import { runConsole, verifiedWrite } from './console';
import { appFingerprint, type AppFingerprint } from './console-integrity';
import { activateDataset, ensureSchema } from './datasets';
import { modelInput } from './model-cells';

const requests: string[] = [];
const restore: (() => void)[] = [];
function watch<T extends object>(obj: T, key: keyof T & string, label: string) {
  const original = obj[key] as unknown as (...a: unknown[]) => unknown;
  (obj as Record<string, unknown>)[key] = (...a: unknown[]) => {
    requests.push(`${label} ${String(a[0])}`);
    return original.apply(obj, a);
  };
  restore.push(() => ((obj as Record<string, unknown>)[key] = original));
}

let db: Db;
let baseline: AppFingerprint;
let model: unknown;
const fingerprint = () => appFingerprint((sql) => db.query(sql));

beforeAll(async () => {
  watch(globalThis, 'fetch', 'fetch');
  for (const [m, name] of [
    [http, 'http'],
    [https, 'https'],
  ] as const) {
    watch(m, 'request', `${name}.request`);
    watch(m, 'get', `${name}.get`);
  }
  // duckdb-wasm fetches extensions with a synchronous XMLHttpRequest when one exists: give it one that records.
  const g = globalThis as Record<string, unknown>;
  g.XMLHttpRequest = class {
    open(method: string, url: string) {
      requests.push(`xhr ${method} ${url}`);
    }
    setRequestHeader() {}
    send() {
      throw new Error('no network in tests');
    }
  };
  restore.push(() => delete g.XMLHttpRequest);
  db = await openNodeDb();
  await ensureSchema(db);
  const rows: [number, string, string, string, number, number, string, number, string][] = [
    [2, 'P1', 'robots', 'C1', 25, 120, '2016', 1_000_000, 'realised'],
    [3, 'P1', 'robots', 'C2', 28, 40, '2017', 2_500_000, 'realised'],
    [4, 'P2', 'digital', 'C1', 25, 120, '2017', 300_000, 'expected'],
  ];
  for (const [line, p, theme, c, nace, emp, year, dkk, status] of rows)
    await db.exec(`INSERT INTO gains_flat VALUES ('d1', ?, ?, 'T', ?, ?, 'N', ?, ?, NULL, NULL, ?, 'productivity', ?, ?, NULL)`, [
      line,
      p,
      theme,
      c,
      nace,
      emp,
      Number(year),
      dkk,
      status,
    ]);
  for (const nace of [25, 28])
    for (const size of ['0-9', '10-49', '50-249', '250+'])
      await db.exec(`INSERT INTO population VALUES (?, 'x', 'x', ?, 10, 100, 1e9, 2017, 't')`, [nace, size]);
  await activateDataset(db, 'd1');
  baseline = await fingerprint();
  model = await modelInput(db);
  expect(Object.keys(baseline.tables)).toEqual(
    expect.arrayContaining(['main.gains_flat', 'overview.gains_cube', 'overview.bases_cube', 'overview.company_themes']),
  );
});
afterAll(async () => {
  await db.close();
  for (const r of restore) r();
});

async function unchanged() {
  expect(await fingerprint()).toEqual(baseline);
  expect(await modelInput(db)).toEqual(model);
}

const REFUSED: string[] = [
  // The report's statements.
  'EXPLAIN (ANALYZE) UPDATE gains_flat SET annual_gain_dkk = annual_gain_dkk * 1000',
  'EXPLAIN ANALYZE UPDATE gains_flat SET annual_gain_dkk = annual_gain_dkk * 1000',
  'EXPLAIN ANALYSE DROP TABLE gains_flat',
  'EXPLAIN ANALYSE CREATE OR REPLACE MACRO coalesce(a, b) AS 0',
  'UPDATE overview.gains_cube SET gain_dkk = gain_dkk * 1000',
  'DROP TABLE overview.company_themes',
  'DELETE FROM overview.bases_cube',
  "SELECT * FROM read_text('https://example.invalid/x')",
  "SELECT * FROM read_csv('http://example.invalid/x.csv')",
  "SELECT * FROM 'https://example.invalid/x.parquet'",
  "SELECT * FROM read_csv('s3://bucket/x.csv')",
  "SELECT timezone('America/New_York', now())",
  "SELECT ATTACH 'x.db'",
  // Case, comments, quoting, qualification, CTEs.
  'explain (analyze true, format json) update gains_flat set annual_gain_dkk = 0',
  'ExPlAiN /* x */ AnAlYsE -- y\n DELETE FROM gains_flat',
  'EXPLAIN (FORMAT json, ANALYZE) DELETE FROM gains_flat',
  'update "overview"."gains_cube" set gain_dkk = 0',
  'UPDATE memory.overview.gains_cube SET gain_dkk = 0',
  'DELETE FROM main.gains_flat',
  'DELETE FROM "GAINS_FLAT"',
  'delete /* scratch. */ from overview . bases_cube',
  'DROP TABLE IF EXISTS "overview".company_themes',
  'DROP TABLE gains_flat CASCADE',
  'TRUNCATE overview.gains_scan',
  'INSERT INTO overview.gains_cube SELECT * FROM overview.gains_cube',
  'WITH x AS (SELECT 1) DELETE FROM gains_flat',
  'WITH x AS (DELETE FROM gains_flat RETURNING *) SELECT * FROM x',
  'WITH x AS (SELECT 1) UPDATE overview.gains_cube SET gain_dkk = 0',
  'SELECT 1; UPDATE overview.gains_cube SET gain_dkk = 0',
  'CREATE TABLE overview.gains_cube AS SELECT 1',
  'CREATE OR REPLACE TABLE gains_flat AS SELECT 1',
  'CREATE OR REPLACE TABLE main.x AS SELECT 1',
  'CREATE OR REPLACE TEMP TABLE gains_flat AS SELECT 1',
  'CREATE OR REPLACE VIEW reported_gains AS SELECT 1',
  'CREATE OR REPLACE VIEW main.v AS SELECT 1',
  'CREATE OR REPLACE MACRO coalesce(a, b) AS 0',
  'CREATE MACRO scratch.m() AS 1',
  'CREATE OR REPLACE FUNCTION f() AS 1',
  'CREATE SEQUENCE s',
  'CREATE OR REPLACE SCHEMA overview',
  'CREATE SCHEMA x',
  "CREATE TYPE t AS ENUM ('a')",
  'CREATE INDEX i ON gains_flat (line)',
  'CREATE TABLE scratch.fk (a VARCHAR REFERENCES datasets (dataset_id))',
  'ALTER TABLE gains_flat RENAME TO g',
  'ALTER TABLE overview.gains_cube ADD COLUMN x INT',
  'ALTER VIEW v RENAME TO w',
  "COMMENT ON TABLE gains_flat IS 'x'",
  'DROP SCHEMA overview CASCADE',
  'DROP MACRO coalesce',
  // Engine, session and files.
  'PRAGMA enable_profiling',
  "PRAGMA table_info = 'gains_flat'",
  'PRAGMA threads = 1',
  'RESET lock_configuration',
  'RESET ALL',
  'SET lock_configuration = false',
  'SET autoload_known_extensions = true',
  "SET search_path = 'scratch,main'",
  'SET schema = scratch',
  'USE scratch',
  'CHECKPOINT',
  'FORCE CHECKPOINT',
  "EXPORT DATABASE '/tmp/spillover-export'",
  "IMPORT DATABASE '/tmp/spillover-export'",
  'DETACH memory',
  "ATTACH ':memory:' AS other",
  'VACUUM',
  'ANALYZE',
  'INSTALL httpfs',
  "INSTALL httpfs FROM 'http://example.invalid'",
  'LOAD httpfs',
  "LOAD '/tmp/x.duckdb_extension'",
  'FORCE INSTALL icu',
  "COPY gains_flat TO '/tmp/spillover-x.csv'",
  "COPY overview.gains_cube FROM '/etc/hostname'",
  'BEGIN TRANSACTION',
  'COMMIT',
  'ROLLBACK',
  'CALL checkpoint()',
  'SELECT * FROM checkpoint()',
  "SELECT * FROM query('DELETE FROM gains_flat')",
  "SELECT * FROM query_table('gains_flat')",
  "SELECT * FROM read_text('/etc/passwd')",
  "SELECT * FROM read_blob('/etc/hostname')",
  "SELECT * FROM glob('/etc/*')",
  "SELECT * FROM sniff_csv('/etc/hostname')",
  "SELECT * FROM read_parquet('https://example.invalid/x.parquet')",
  "SELECT * FROM read_json_auto('https://example.invalid/x.json')",
  'SELECT * FROM "main"."read_csv"(\'http://example.invalid/x\')',
  "SELECT * FROM gains_flat, 'https://example.invalid/x.csv'",
  'SELECT * FROM "https://example.invalid/x.csv"',
  "FROM 's3://bucket/x.parquet'",
  "CREATE TABLE scratch.t AS SELECT * FROM read_csv('https://example.invalid/x.csv')",
  "INSERT INTO scratch.t SELECT * FROM 'http://example.invalid/x.csv'",
  "SELECT now() AT TIME ZONE 'UTC'",
  "SELECT date_trunc('day', now())",
  "SELECT '2020-01-01'::TIMESTAMPTZ",
  "SELECT CAST('2020-01-01' AS TIMESTAMP WITH TIME ZONE)",
  'SELECT current_timestamp',
  "SELECT nextval('s')",
  'SELECT setseed(0.5)',
  'PIVOT gains_flat ON theme USING sum(annual_gain_dkk)',
  'SUMMARIZE (DELETE FROM gains_flat RETURNING *)',
];

describe('the console refuses, and the app’s data and the model’s inputs stay as they were', () => {
  it.each(REFUSED)('%s', async (sql) => {
    const out = await runConsole(db, sql);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    // Refused by the allow-list, or stopped by DuckDB itself before anything ran (a parse, catalog or permission error).
    expect(['refused', 'duckdb']).toContain(out.error.kind);
    if (out.error.kind === 'refused' && typeof out.error.message !== 'string') {
      expect(out.error.message.en.length).toBeGreaterThan(20);
      expect(out.error.message.da.length).toBeGreaterThan(20);
    }
    await unchanged();
  });

  it('refuses every statement of the report with its message, not with an engine error', async () => {
    for (const sql of REFUSED.slice(0, 12)) {
      const out = await runConsole(db, sql);
      expect(!out.ok && out.error.kind, sql).toBe('refused');
    }
  });
});

describe('what the console may do happens only in scratch', () => {
  it.each([
    ['CREATE TABLE my_gains AS SELECT * FROM gains_flat; SELECT count(*) AS n FROM my_gains', 3],
    [
      'CREATE OR REPLACE TABLE scratch."Mixed" AS SELECT 1 AS a; INSERT INTO "Mixed" VALUES (2); SELECT count(*) AS n FROM scratch.mixed',
      2,
    ],
    [
      "CREATE TABLE IF NOT EXISTS t2 (a INTEGER, b VARCHAR DEFAULT 'x'); INSERT INTO t2 (a) VALUES (1), (2); UPDATE t2 SET a = a * 10; DELETE FROM t2 WHERE a > 10; SELECT count(*) AS n FROM t2",
      1,
    ],
    ['EXPLAIN ANALYZE CREATE TABLE analysed AS SELECT 1 AS a; SELECT count(*) AS n FROM analysed', 1],
    ['CREATE VIEW my_view AS SELECT theme FROM reported_gains; SELECT count(*) AS n FROM my_view', 3],
    [
      'ALTER TABLE t2 RENAME TO t3; ALTER TABLE t3 ADD COLUMN c INTEGER; TRUNCATE t3; DROP TABLE t3; DROP VIEW my_view; SELECT 0 AS n',
      0,
    ],
    ['WITH x AS (SELECT * FROM overview.gains_cube) SELECT count(*) AS n FROM x WHERE gain_dkk > 0', 3],
    ["DESCRIBE gains_flat; SHOW TABLES; SUMMARIZE reported_gains; PRAGMA table_info('gains_flat'); SELECT 7 AS n", 7],
    ['EXPLAIN SELECT * FROM gains_flat; EXPLAIN ANALYZE SELECT * FROM gains_flat; SELECT 5 AS n', 5],
  ] as const)('%s', async (sql, n) => {
    const out = await runConsole(db, sql);
    if (!out.ok) throw new Error(JSON.stringify(out.error));
    expect(out.result.rows[0]?.n).toBe(n);
    await unchanged();
  });

  it('reads scratch tables unqualified, but the app always reads its own table first', async () => {
    // A scratch table named like an app table is refused; made another way, it is still never the one found.
    expect((await runConsole(db, 'CREATE TABLE gains_flat AS SELECT 1 AS x')).ok).toBe(false);
    await db.exec('CREATE TABLE scratch.population AS SELECT 1 AS shadow');
    const out = await runConsole(db, 'SELECT count(*) AS n FROM population');
    expect(out.ok && out.result.rows[0]?.n).toBe(8);
    expect((await db.query('SELECT count(*) AS n FROM population')).rows[0]?.n).toBe(8);
    await db.exec('DROP TABLE scratch.population');
    await unchanged();
  });

  it('rolls back a write that changes anything outside scratch, and says what it touched', async () => {
    const out = await verifiedWrite(db, 'UPDATE overview.gains_cube SET gain_dkk = gain_dkk * 1000');
    expect(out).toEqual({ tamper: { changed: ['overview.gains_cube'], restored: true } });
    const dropped = await verifiedWrite(db, 'DROP TABLE gains_flat');
    expect('tamper' in dropped && dropped.tamper.changed).toContain('catalog');
    const macro = await verifiedWrite(db, 'CREATE OR REPLACE MACRO coalesce(a, b) AS 0');
    expect('tamper' in macro && macro.tamper.restored).toBe(true);
    await unchanged();
  });
});

describe('the engine after the console has run', () => {
  it('is locked: no extension is installed or loaded and no console statement can change a setting', async () => {
    const s = await db.query(
      `SELECT name, value FROM duckdb_settings() WHERE name IN ('lock_configuration', 'autoinstall_known_extensions', 'autoload_known_extensions', 'allow_community_extensions') ORDER BY name`,
    );
    expect(s.rows).toEqual([
      { name: 'allow_community_extensions', value: 'false' },
      { name: 'autoinstall_known_extensions', value: 'false' },
      { name: 'autoload_known_extensions', value: 'false' },
      { name: 'lock_configuration', value: 'true' },
    ]);
    await expect(db.exec('SET autoload_known_extensions = true')).rejects.toThrow(/locked/);
  });

  it('still runs the app’s own work: activation (SET VARIABLE, derived tables, overview) gives the same inputs', async () => {
    await activateDataset(db, 'd1');
    await unchanged();
  });

  it('made no request of any kind', () => {
    expect(requests).toEqual([]);
  });
});
