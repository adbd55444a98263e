export { makeQueryClient } from './client';
export { Engine, openingDb, type DatasetStore, type DemoSources, type DemoSnapshot, type KeyValueStore } from './engine';
export * from './options';
export { errorText } from './query-error';
export { useConsole, type ConsoleState } from './use-console';
export { exportRows, useStampMaker } from './exports';
// Constants of the db's queries that screens show (features import db values only through here).
export { BROWSABLE, CONSOLE_EXAMPLES, GAIN_COLUMNS, TRACE_ROW_COLUMNS } from '../db';
export { EngineProvider, useEngine } from './engine-context';
export { connectLocalEngine, type RemoteAddress } from './local-engine';
export { EngineFile } from './engine-file';
export { useEngineDataFiles } from './engine-data-files';
export { useImport, useDatasets, type EmptyImport, type ImportProblem } from './use-import';
export { useDatasetSources } from './dataset-sources';
export { useRemoveSource, type SourceRemoved } from './import-sources';
export type { AppendOutcome } from './import-run';
export { valuesToMap, withSuggestions, type ValueMapping } from './value-mapping';
export {
  applyMappingFile,
  mappingFileOf,
  parseMappingFile,
  unmatchedColumns,
  type MappingFile,
  type MappingFileProblem,
} from './import-mapping-file';
export { useRejectedRows } from './reject-fix';
export { REQUIRED, type PreparedImport, type ImportResult, type PopulationImportResult } from './import-dataset';
export { useFiltersFromUrl } from './url-filters';
export { useModelSelection, type SelectionDimension } from './model-selection';
export { scenarioParams, type RawValue, type SavedScenario, type ScenarioState } from './scenario-state';
export { ScenarioStore, useScenario, type ScenarioSnapshot } from './scenario-store';
export { flushUrl } from './url-writer';
export * from './programme';
export { createMonteCarloRunner, type McJob, type MonteCarloRunner } from './monte-carlo-client';
export { analysisStore, useLatestAnalyses } from './analysis-store';
export { useLinkData } from './use-link-data';
export { useDatasetEmpty } from './use-dataset-empty';
