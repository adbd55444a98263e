/**
 * The import's staging tables: every record of a file as text, held from the read until the import ends (the mapping
 * step in between). They live in the app's compressed database, not in TEMP (TEMP is never compressed: 2.1 GB of
 * staged text at 10M rows, which with the validating insert ran out of the engine's ~3.1 GiB; compressed, ~30 MB
 * per 1M rows). So the SQL console's connection can see them: its integrity fingerprint and its table list leave
 * them out (an import running while the console writes is not the console changing the app's data). No user table
 * can take these names (generic-table.ts reserves them), and the console cannot create them (they are outside scratch).
 */
const STAGING_TABLES = ['staged', 'import_staged'] as const;
/** Reference-table imports stage into `staged_<table>` (import-pipeline.ts `importTable`). */
const STAGING_PREFIX = 'staged_';

/** SQL: true for a staging table's catalog row (`schema`, `table`: the columns holding its schema and table name). */
export function stagingTableSql(schema = 'schema_name', table = 'table_name'): string {
  const names = STAGING_TABLES.map((n) => `'${n}'`).join(', ');
  return `(${schema} = 'main' AND (${table} IN (${names}) OR starts_with(${table}, '${STAGING_PREFIX}')))`;
}
