import type { DuckDBConfig } from '@duckdb/duckdb-wasm';

/** BIGINT and DECIMAL arrive as doubles; otherwise DECIMAL comes back as scaled integers. */
export const OPEN_CONFIG: DuckDBConfig = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true },
};

/**
 * Run right after connecting. Extension autoload would fetch from the extension CDN on first use of
 * parquet/json/icu, which fails offline and leaves the instance corrupted (ARCHITECTURE.md).
 */
export const SESSION_SETUP_SQL = `SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;`;
