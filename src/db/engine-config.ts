import type { DuckDBConfig } from '@duckdb/duckdb-wasm';

/** BIGINT and DECIMAL arrive as doubles; otherwise DECIMAL comes back as scaled integers. */
export const OPEN_CONFIG: DuckDBConfig = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true },
};

/**
 * The app's own database: in memory, compressed. DuckDB's default in-memory database stores its tables uncompressed
 * (measured at 1M rows: gains_flat 218 B/row, ~490 B/row with the derived tables); an attached ':memory:' database
 * with COMPRESS holds the same rows in a tenth of that once `CHECKPOINT`ed (`compactStorage`), and scans them
 * faster. Every connection `USE`s it (USE is per connection: the SQL console's own connection too), so the app's
 * unqualified names land there; TEMP tables stay in `temp`.
 */
export const APP_DATABASE = 'spillover';

/**
 * Run right after connecting. Extension autoload would fetch from the extension CDN on first use of
 * parquet/json/icu, which fails offline and leaves the instance corrupted (ARCHITECTURE.md). Then the app's database
 * (attached by the first connection; the others find it) becomes the connection's default.
 */
export const SESSION_SETUP_SQL = `SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; ATTACH IF NOT EXISTS ':memory:' AS ${APP_DATABASE} (COMPRESS); USE ${APP_DATABASE};`;

/**
 * Locks the engine before the SQL console runs anything: no extension is installed or loaded, and no statement can
 * change a global setting again (`lock_configuration`; measured on 1.4.3: SET/RESET/PRAGMA of a global option then
 * fail, while `SET VARIABLE` and the connection-local `search_path` still work). Global settings: run it on any
 * connection, after every connection that runs SESSION_SETUP_SQL is open (their SETs would fail once locked).
 *
 * Not here, measured: `disabled_filesystems` has no effect in duckdb-wasm (its WebFileSystem serves registered
 * files, URLs and local paths alike), and `enable_external_access = false` also blocks the app's own registered
 * files and `COPY … TO` unless they live under an `allowed_directories` entry (see README, SQL console).
 */
export const ENGINE_LOCK_SQL = `SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; SET allow_community_extensions = false; SET lock_configuration = true;`;
