export type { Db, QueryResult, Row, SqlValue } from './types';
export { BrowserDb, type EngineStatus } from './browser-db';
export {
  engineFileFacts,
  listEngineDataFiles,
  openRemoteDb,
  probeEngine,
  type DataFileEntry,
  type EngineFileFacts,
  type RemoteAddress,
} from './remote-db';
export { dropAppTables, engineKeptStore } from './queries/engine-kept';
export { quoteIdent } from './sql';
export * from './queries/datasets';
export * from './queries/import-gains';
export { headerNames, stageBytes, stageCsv, type Staged } from './queries/stage-csv';
export type { CsvDialect, RejectCode, RejectedRow, TableOutcome } from './queries/import-types';
export { dropStaged, importRejects, stagedRowsAt, stagedSamples } from './queries/import-staging';
export { appendInto, copyWithout, rowsFromEach } from './queries/import-append';
export { mapStagedValues, stagedDistinct } from './queries/import-values';
export * from './queries/model-cells';
export * from './queries/plausibility';
export * from './queries/overview';
export * from './queries/persist-datasets';
export { StoreError, datasetStore, sha256Hex, type StoreProblem, type StoredDataset } from './dataset-store';
export * from './queries/browse';
export * from './queries/generic-table';
export * from './queries/breakdowns';
export * from './queries/import-population';
export * from './queries/filters-sql';
export * from './queries/trace-rows';
export * from './queries/programme';
export { runConsole, consoleSchema, type ConsoleError, type SchemaTable } from './queries/console';
export { CONSOLE_EXAMPLES } from './queries/console-examples';
export { datasetProvenance, referenceProvenance, type DatasetProvenance, type ReferenceProvenance } from './queries/provenance';
export { BUNDLED_TABLES, restoreTableCsv, type BundledTable } from './queries/table-snapshot';
