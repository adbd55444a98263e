import { plausibleBand } from './distributions';
import { chainOutputs, type ChainOutputs, type ChainTables } from './lean-chain';
import type { NumberSpec, NumericParamId, Params } from './parameter-types';
import { isNumericParam, PARAMETERS, paramSpec } from './parameters';

export const SENSITIVITY_OUTPUTS = ['nationalPotential', 'socialGain', 'presentValue', 'bcr'] as const;
export type SensitivityOutput = (typeof SENSITIVITY_OUTPUTS)[number];

/**
 * Where a parameter moves between: `band` = the plausible band around the scenario's value (the Monte Carlo
 * default's PERT bounds: value ± 50 % of max(|value|, 10 % of the range), clipped), `range` = the schema's whole
 * range. The band is the default: whole ranges include values nobody defends (transferability 0, multiplier 2)
 * and would rank parameters by how wide the schema happens to be.
 */
export type BoundsMode = 'band' | 'range';

export const NUMERIC_PARAMS: readonly NumericParamId[] = PARAMETERS.map((s) => s.id).filter(isNumericParam);

function bounds(id: NumericParamId, value: number, mode: BoundsMode): [number, number] {
  if (mode === 'band') return plausibleBand(id, value);
  const spec = paramSpec(id) as NumberSpec; // numeric ids have number specs
  return [spec.min, spec.max];
}

interface TornadoBar {
  id: NumericParamId;
  low: number;
  high: number;
  /** The output with the parameter at low / high, every other parameter at the scenario's value. */
  outputLow: number;
  outputHigh: number;
  /** |outputHigh − outputLow|. */
  swing: number;
}

export interface Tornado {
  output: SensitivityOutput;
  base: number;
  mode: BoundsMode;
  /** Sorted by swing, largest first; ties by the schema order. Parameters without effect are in `noEffect`. */
  bars: TornadoBar[];
  noEffect: NumericParamId[];
}

function at(tables: ChainTables, params: Params, changes: Partial<Record<NumericParamId, number>>): ChainOutputs {
  return chainOutputs(tables, { ...params, ...changes } as Params); // the changed values are within the schema ranges
}

/** One at a time: each numeric parameter at its low and its high bound. */
export function tornado(tables: ChainTables, params: Params, output: SensitivityOutput, mode: BoundsMode = 'band'): Tornado {
  const base = chainOutputs(tables, params)[output];
  const bars: TornadoBar[] = [];
  const noEffect: NumericParamId[] = [];
  for (const id of NUMERIC_PARAMS) {
    const [low, high] = bounds(id, params[id], mode);
    const outputLow = at(tables, params, { [id]: low })[output];
    const outputHigh = at(tables, params, { [id]: high })[output];
    const swing = Math.abs(outputHigh - outputLow);
    // Rounding noise (e.g. a parameter that cancels out) is not an effect.
    if (swing <= 1e-12 * Math.max(1, Math.abs(base))) noEffect.push(id);
    else bars.push({ id, low, high, outputLow, outputHigh, swing });
  }
  const order = new Map(NUMERIC_PARAMS.map((id, i) => [id, i]));
  bars.sort((a, b) => b.swing - a.swing || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { output, base, mode, bars, noEffect };
}

export interface HeatMap {
  output: SensitivityOutput;
  x: NumericParamId;
  y: NumericParamId;
  xs: number[];
  ys: number[];
  /** values[j][i] = the output at (xs[i], ys[j]). */
  values: number[][];
  base: number;
}

const MIN_STEPS = 2;
const MAX_STEPS = 41;

/** The output over a steps × steps grid of two parameters (evenly spaced between their bounds; whole numbers rounded). */
export function heatMap(
  tables: ChainTables,
  params: Params,
  output: SensitivityOutput,
  x: NumericParamId,
  y: NumericParamId,
  steps = 11,
  mode: BoundsMode = 'band',
): HeatMap {
  if (x === y) throw new RangeError('a heat map needs two different parameters');
  const n = Math.min(MAX_STEPS, Math.max(MIN_STEPS, Math.round(steps)));
  const grid = (id: NumericParamId): number[] => {
    const [lo, hi] = bounds(id, params[id], mode);
    const integer = (paramSpec(id) as NumberSpec).integer === true; // numeric ids have number specs
    const values = Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1)).map((v) => (integer ? Math.round(v) : v));
    return [...new Set(values)];
  };
  const xs = grid(x);
  const ys = grid(y);
  const values = ys.map((yv) => xs.map((xv) => at(tables, params, { [x]: xv, [y]: yv })[output]));
  return { output, x, y, xs, ys, values, base: chainOutputs(tables, params)[output] };
}
