// The model's public API: other modules import from here, never from files inside src/model/.
export * from './cells';
export * from './units';
export type { Figure, Text } from './figure';
export type { NumberSpec, NumericParamId, ParamId, ParamSpec, Params } from './parameter-types';
export { PARAMETERS, isNumericParam, isParamId, paramSpec, withOverrides, type ParamIssue } from './parameters';
export { PRESETS, PRESET_IDS, isPresetId, presetById, presetDescription, type PresetId } from './presets';
export { evaluate, walkFigures } from './evaluate';
export type { ModelResult } from './result';
export { GOAL_OUTPUTS, goalSeek, type GoalOutput, type GoalSeekResult } from './goal-seek';
export { MAX_SEED } from './rng';
export {
  DISTRIBUTION_KINDS,
  UNCERTAIN_BY_DEFAULT,
  convertDistribution,
  defaultDistribution,
  distributionIssue,
  type Distribution,
  type DistributionKind,
  type Distributions,
} from './distributions';
export { compileChain, chainOutputs, type ChainTables } from './lean-chain';
export {
  DEFAULT_DRAWS,
  MAX_DRAWS,
  MC_FIGURES,
  MIN_DRAWS,
  createMonteCarlo,
  probabilityAbove,
  runMonteCarlo,
  type McFigure,
  type MonteCarloResult,
  type MonteCarloRun,
  type MonteCarloSpec,
} from './monte-carlo';
export {
  NUMERIC_PARAMS,
  SENSITIVITY_OUTPUTS,
  heatMap,
  tornado,
  type BoundsMode,
  type HeatMap,
  type SensitivityOutput,
  type Tornado,
} from './sensitivity';
export { plausibilityChecks, type CheckInput, type PlausibilityWarning } from './plausibility';
export { CHECK_THRESHOLDS } from './parameter-schema';
export { hasSelection, selectTerms, type TermSelection } from './selection';
export { gainTypeName, themeName } from './display-names';
export { VALUE_COLUMNS, canonicalValues, isReadAsIs, suggestValue, type ValueColumn } from './value-synonyms';
