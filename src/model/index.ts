// The model's public API: other modules import from here, never from files inside src/model/.
export * from './cells';
export * from './units';
export type { Figure, FigureUnit, Formula, ModelWarning, ParamRef, RowRef, Text } from './figure';
export type {
  BooleanSpec, ChoiceSpec, Curve, DiscountProfile, NumberSpec, NumericParamId, ParamId, ParamSpec, Params, Pooling, RawParams,
} from './parameter-types';
export { CURVES, DISCOUNT_PROFILES, POOLINGS } from './parameter-types';
export { PARAMETER_SCHEMA } from './parameter-schema';
export {
  DEFAULT_PARAMS, PARAMETERS, isNumericParam, isParamId, paramSpec, validateParams, withOverrides,
  type ParamIssue, type ParamValidation,
} from './parameters';
export { PRESETS, PRESET_IDS, isPresetId, presetById, type Preset, type PresetId } from './presets';
export { evaluate, tryEvaluate, walkFigures, type Evaluation } from './evaluate';
export type { EurFigures, ModelResult } from './result';
export type { Breakdown, BreakdownRow, Term } from './national-potential';
export type { TimePathYear } from './present-value';
export type { WaterfallStep } from './waterfall';
export { STEPPED_RATES } from './discounting';
export { GOAL_OUTPUTS, goalSeek, type GoalOutput, type GoalSeekRequest, type GoalSeekResult } from './goal-seek';
export { createRng, isSeed, MAX_SEED, type Rng } from './rng';
export {
  BAND, DISTRIBUTION_KINDS, UNCERTAIN_BY_DEFAULT, convertDistribution, defaultDistribution, distributionIssue, nominalMean, plausibleBand,
  sampler, type Distribution, type DistributionKind, type Distributions,
} from './distributions';
export { compileChain, chainOutputs, type ChainOutputs, type ChainTables } from './lean-chain';
export {
  DEFAULT_DRAWS, HISTOGRAM_BINS, MAX_DRAWS, MC_FIGURES, MIN_DRAWS, createMonteCarlo, histogram, monteCarloIssues, probabilityAbove,
  quantileSorted, runMonteCarlo, summarise,
  type FanYear, type FigureSummary, type Histogram, type McFigure, type McIssue, type MonteCarloResult, type MonteCarloRun, type MonteCarloSpec,
} from './monte-carlo';
export {
  NUMERIC_PARAMS, SENSITIVITY_OUTPUTS, bounds, heatMap, tornado,
  type BoundsMode, type HeatMap, type SensitivityOutput, type Tornado, type TornadoBar,
} from './sensitivity';
