import { ENGINE_LOCK_SQL } from '../engine-config';
import type { QueryResult } from '../types';
import { SCRATCH } from './console-guard';
import { stagingTableSql } from './staging-tables';

/** Runs one statement on the console's connection (its transaction, its search_path). */
export type Run = (sql: string) => Promise<QueryResult>;

/**
 * What the console must leave as it found it: every catalog entry outside the scratch schema, but for the import's
 * staging tables (tables, views, macros, sequences, schemas, indexes, attached databases, with their definitions)
 * and, per table, its row count and the sum of its rows' hashes. Computed in SQL; ~O(rows) once per table.
 */
export interface AppFingerprint {
  catalog: string;
  tables: Record<string, { rows: number; hash: string }>;
}

const OUTSIDE_SCRATCH = `NOT (database_name = current_database() AND schema_name = '${SCRATCH}')`;
/**
 * The import's staging tables (and a simple file's staging view, stage-lazy.ts) are left out too: an import staging a file while the console writes is the app's own
 * work (staging-tables.ts), and hashing a 10M-row staging table twice per console write would cost seconds.
 */
const APP_TABLE = `${OUTSIDE_SCRATCH} AND NOT (database_name = current_database() AND ${stagingTableSql()})`;

const CATALOG_SQL = `SELECT coalesce(string_agg(kind || ' ' || name || ' ' || coalesce(def, ''), chr(10) ORDER BY kind, name), '') AS catalog FROM (
  SELECT 'table' AS kind, database_name || '.' || schema_name || '.' || table_name AS name, sql AS def FROM duckdb_tables() WHERE ${APP_TABLE}
  UNION ALL SELECT 'view', database_name || '.' || schema_name || '.' || view_name, sql FROM duckdb_views()
    WHERE NOT internal AND ${OUTSIDE_SCRATCH} AND NOT (database_name = current_database() AND ${stagingTableSql('schema_name', 'view_name')})
  UNION ALL SELECT 'function', database_name || '.' || schema_name || '.' || function_name || '/' || function_type, macro_definition
    FROM duckdb_functions() WHERE NOT internal
  UNION ALL SELECT 'sequence', database_name || '.' || schema_name || '.' || sequence_name, sql FROM duckdb_sequences() WHERE ${OUTSIDE_SCRATCH}
  UNION ALL SELECT 'schema', database_name || '.' || schema_name, NULL FROM duckdb_schemas() WHERE NOT internal AND ${OUTSIDE_SCRATCH}
  UNION ALL SELECT 'index', database_name || '.' || schema_name || '.' || index_name, sql FROM duckdb_indexes() WHERE ${APP_TABLE}
  UNION ALL SELECT 'database', database_name, path FROM duckdb_databases()
)`;

const TABLES_SQL = `SELECT database_name AS d, schema_name AS s, table_name AS t FROM duckdb_tables() WHERE ${APP_TABLE} ORDER BY ALL`;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The fingerprint of everything outside scratch, read through `run` (so inside the caller's transaction). */
export async function appFingerprint(run: Run): Promise<AppFingerprint> {
  const catalog = String((await run(CATALOG_SQL)).rows[0]?.catalog ?? '');
  const list = (await run(TABLES_SQL)).rows.map((r) => ({ d: String(r.d), s: String(r.s), t: String(r.t) }));
  const tables: AppFingerprint['tables'] = {};
  if (list.length === 0) return { catalog, tables };
  // The row as a struct (`hash(x)` of the table alias) hashes every column; sum is order-free and counts repeats.
  const sql = list
    .map(
      (x, i) =>
        `SELECT ${i} AS i, count(*) AS n, coalesce(sum(hash(x)), 0)::VARCHAR AS h FROM ${ident(x.d)}.${ident(x.s)}.${ident(x.t)} AS x`,
    )
    .join('\nUNION ALL ');
  for (const r of (await run(sql)).rows) {
    const x = list[Number(r.i)];
    if (x) tables[`${x.s}.${x.t}`] = { rows: Number(r.n), hash: String(r.h) };
  }
  return { catalog, tables };
}

/** The tables (schema.table) whose rows differ, plus "catalog" when an object outside scratch was added, changed or removed. */
export function fingerprintChanges(before: AppFingerprint, after: AppFingerprint): string[] {
  const changed: string[] = before.catalog === after.catalog ? [] : ['catalog'];
  for (const name of new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])) {
    const a = before.tables[name];
    const b = after.tables[name];
    if (a?.rows !== b?.rows || a?.hash !== b?.hash) changed.push(name);
  }
  return changed;
}

const SEARCH_PATH = `main,${SCRATCH}`;

/**
 * Before the console's first statement on an engine instance: its scratch schema, a search_path that reads
 * scratch tables unqualified but always finds the app's `main` tables first, and the locked configuration
 * (ENGINE_LOCK_SQL). Checked on every run, so a restarted engine is locked again before any console SQL runs.
 */
export async function prepareConsole(run: Run): Promise<void> {
  const state = (
    await run(
      `SELECT current_setting('lock_configuration') AS locked, current_setting('search_path') AS search_path,
              (SELECT count(*) FROM duckdb_schemas() WHERE database_name = current_database() AND schema_name = '${SCRATCH}') AS scratch`,
    )
  ).rows[0];
  if (!state?.scratch) await run(`CREATE SCHEMA IF NOT EXISTS ${SCRATCH}`);
  // search_path is the connection's own setting: the lock leaves it changeable, and main stays first.
  if (state?.search_path !== SEARCH_PATH) await run(`SET search_path = '${SEARCH_PATH}'`);
  if (state?.locked !== true)
    for (const s of ENGINE_LOCK_SQL.split(';')
      .map((x) => x.trim())
      .filter(Boolean))
      await run(s);
}
