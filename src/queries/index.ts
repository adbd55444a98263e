export { keys, type DataRef } from './keys';
export { makeQueryClient } from './client';
export {
  Engine, DEMO_DATASET_ID, browserEngineDeps, openingDb,
  type DatasetStore, type DemoSources, type DemoSnapshot, type EngineDeps, type EngineHooks, type EngineSnapshot, type KeyValueStore,
} from './engine';
export * from './options';
export { QueryError, errorDetail, errorText } from './query-error';
export { useConsole, type ConsoleState } from './use-console';
export { exportRows, useStampMaker } from './exports';
// Constants of the db's queries that screens show (features import db values only through here).
export { BROWSABLE, CONSOLE_EXAMPLES, GAIN_COLUMNS, TRACE_ROW_COLUMNS } from '../db';
export type { EngineStatus } from '../db';
export { EngineProvider, useEngine, type EngineState } from './engine-context';
export { useImport, useDatasets, importLimit, type ImportState, type ImportOptions, type ImportProblem } from './use-import';
export { REQUIRED, type PreparedImport, type ImportResult, type PopulationImportResult } from './import-dataset';
export { readFilters, writeFilters, useFiltersFromUrl } from './url-filters';
export {
  DEFAULT_SCENARIO, normalise, parseRaw, readScenario, scenarioKey, scenarioParams, writeScenario,
  type Overrides, type RawValue, type SavedScenario, type ScenarioState,
} from './scenario-state';
export { parseScenarios, scenarioFile, SCENARIOS_KEY, type ScenarioFile } from './saved-scenarios';
export { ScenarioStore, scenarioStore, useScenario, type ScenarioSnapshot } from './scenario-store';
export * from './programme';
export { createMonteCarloRunner, type McJob, type McOutcome, type MonteCarloRunner } from './monte-carlo-client';
export {
  AnalysisStore, analysisStore, useLatestAnalyses, type LatestAnalyses, type MonteCarloAnalysis, type SensitivityAnalysis,
} from './analysis-store';
