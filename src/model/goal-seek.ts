import type { ModelInput } from './cells';
import { effectSizes } from './effect-size';
import type { Text } from './figure';
import { text } from './figure';
import { nationalPotential } from './national-potential';
import type { NumberSpec, ParamId, Params } from './parameter-types';
import { isNumericParam, paramSpec } from './parameters';
import { prepare, type PreparedInput } from './prepare';
import { presentValue } from './present-value';
import { socialFactor } from './social-gain';

export const GOAL_OUTPUTS = ['national_potential', 'social_gain', 'present_value', 'bcr'] as const;
export type GoalOutput = (typeof GOAL_OUTPUTS)[number];

export interface GoalSeekRequest {
  output: GoalOutput;
  parameter: ParamId;
  target: number;
}

export type GoalSeekResult =
  | { ok: true; value: number; achieved: number }
  /** `range` is the output over the parameter's range (null when the parameter cannot be varied). */
  | { ok: false; reason: Text; range: [number, number] | null };

/** The chain without its trace: goal seek evaluates it ~60 times. */
export function outputValue(prep: PreparedInput, params: Params, output: GoalOutput): number {
  const social = socialFactor(params);
  const pot = nationalPotential(prep, effectSizes(prep.themes, params), params, social.factor);
  if (output === 'national_potential') return pot.nationalPotential;
  if (output === 'social_gain') return pot.socialGain;
  const pv = presentValue(pot.socialGain, params);
  return output === 'present_value' ? pv.presentValue : pv.bcr;
}

const MAX_STEPS = 200;

/**
 * The value of one parameter, within its schema range, that makes an output hit the target, by bisection.
 * The chain is monotone in every share parameter (METHOD.md), so the endpoints bound the output; a target
 * outside those bounds is reported with the range. Integer parameters give the integer whose output is closest.
 */
export function goalSeek(input: ModelInput, params: Params, req: GoalSeekRequest): GoalSeekResult {
  const spec = paramSpec(req.parameter);
  if (!isNumericParam(req.parameter) || (spec.kind !== 'number' && spec.kind !== 'share')) {
    return {
      ok: false,
      reason: text(
        `${req.parameter} is not a number and cannot be solved for`,
        `${req.parameter} er ikke et tal og kan ikke løses for`,
      ),
      range: null,
    };
  }
  if (!Number.isFinite(req.target)) {
    return {
      ok: false,
      reason: text(
        `the target must be a finite number (got ${req.target})`,
        `målet skal være et endeligt tal (fik ${req.target})`,
      ),
      range: null,
    };
  }
  const id = req.parameter;
  const num: NumberSpec = spec;
  const prep = prepare(input);
  // Each trial value is inside the schema range, so the parameter set stays valid and its brands hold.
  const f = (x: number) => outputValue(prep, { ...params, [id]: x } as Params, req.output); // x is within [min, max] of the spec
  let lo = num.min;
  let hi = num.max;
  const fLo = f(lo);
  const fHi = f(hi);
  const range: [number, number] = [Math.min(fLo, fHi), Math.max(fLo, fHi)];
  const tol = 1e-9 * Math.max(1, Math.abs(req.target));
  if (req.target < range[0] - tol || req.target > range[1] + tol) {
    return {
      ok: false,
      reason: text(
        `no value of ${id} between ${num.min} and ${num.max} gives ${req.output} = ${req.target}: it ranges from ${range[0]} to ${range[1]}`,
        `ingen værdi af ${id} mellem ${num.min} og ${num.max} giver ${req.output} = ${req.target}: det ligger mellem ${range[0]} og ${range[1]}`,
      ),
      range,
    };
  }
  if (fLo === fHi) return { ok: true, value: params[id], achieved: f(params[id]) };
  const increasing = fHi > fLo;
  if (num.integer) {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (f(mid) < req.target === increasing) lo = mid;
      else hi = mid;
    }
    const [a, b] = [f(lo), f(hi)];
    return Math.abs(a - req.target) <= Math.abs(b - req.target)
      ? { ok: true, value: lo, achieved: a }
      : { ok: true, value: hi, achieved: b };
  }
  let mid = (lo + hi) / 2;
  let fm = f(mid);
  for (let i = 0; i < MAX_STEPS && Math.abs(fm - req.target) > tol && hi - lo > 1e-15 * (num.max - num.min); i++) {
    if (fm < req.target === increasing) lo = mid;
    else hi = mid;
    mid = (lo + hi) / 2;
    fm = f(mid);
  }
  return { ok: true, value: mid, achieved: fm };
}
