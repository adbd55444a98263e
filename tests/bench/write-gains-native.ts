// The bench's generated reported-gains CSV written by native DuckDB (`COPY … TO`), for the local engine's sizes:
// the same columns, value ranges and shares as tests/bench/generate-gains.ts (not the same rows: its hashes are
// DuckDB's), written at native speed on all cores instead of one JS thread (10M rows in seconds, not minutes).
import { statSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const THEMES = ['digital', 'robots', 'materials', 'operations', 'product', 'sustainable'];

/** Writes `rows` generated rows (header first) to `file`; returns its bytes. Deterministic for a seed. */
export async function writeGainsCsvNative(rows: number, file: string, seed = 1): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    const companies = Math.max(10, Math.floor(rows / 4));
    // hash(i, seed, k) gives the k-th independent draw for row i.
    await c.run(`COPY (
      SELECT 'P' || (i % 5000) AS project_id, 'Project ' || (i % 5000) AS project_title,
             [${THEMES.map((t) => `'${t}'`).join(', ')}][company % 6 + 1] AS theme,
             'C' || company AS company_id, 'Company ' || company AS company_name,
             10 + company % 24 AS nace, 5 + company % 900 AS employees,
             greatest(1, floor((5 + company % 900) * 0.3))::INTEGER AS affected_employees,
             NULL::VARCHAR AS size_class, 2015 + i % 3 AS year, 'productivity' AS gain_type,
             (hash(i, ${seed}, 2) % 2000001) / 4 AS annual_gain_dkk,
             CASE WHEN hash(i, ${seed}, 3) % 10 < 7 THEN 'realised' ELSE 'expected' END AS status
      FROM (SELECT i, (hash(i, ${seed}, 1) % ${companies})::BIGINT AS company FROM range(${rows}) t(i))
    ) TO '${file.replaceAll("'", "''")}' (FORMAT csv, HEADER true, DELIMITER ',')`);
  } finally {
    c.closeSync();
    instance.closeSync();
  }
  return statSync(file).size;
}
