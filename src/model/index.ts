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
