import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIZE_CLASSES } from './cells';
import { evaluate } from './evaluate';
import { outputValue } from './goal-seek';
import { chainOutputs, compileChain } from './lean-chain';
import type { NumberSpec, Params } from './parameter-types';
import { DEFAULT_PARAMS, PARAMETERS, validateParams } from './parameters';
import { prepare } from './prepare';
import { cohortPath, dissemination } from './time-path';
import { realisticInput, SMALL } from './test-fixtures';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Any valid parameter set: every numeric parameter anywhere in its range, every choice and switch. */
const anyParams: fc.Arbitrary<Params> = fc
  .record(
    Object.fromEntries(
      PARAMETERS.map((s) => {
        if (s.kind === 'boolean') return [s.id, fc.boolean()];
        if (s.kind === 'choice') return [s.id, fc.constantFrom(...s.choices.map((c) => c.value))];
        const n: NumberSpec = s;
        return [
          s.id,
          n.integer
            ? fc.integer({ min: n.min, max: Math.min(n.max, n.min + 60) })
            : fc.double({ min: n.min, max: n.max, noNaN: true }),
        ];
      }),
    ),
  )
  .map((raw) => {
    const v = validateParams(raw);
    if (!v.ok) throw new Error(v.issues.map((i) => i.message.en).join('; '));
    return v.params;
  });

const inputs = [SMALL, realisticInput(3, 7)];

describe('lean chain', () => {
  it('gives the full chain’s N, S, PV and BCR for any parameters (property)', () => {
    fc.assert(
      fc.property(anyParams, fc.constantFrom(0, 1), (params, which) => {
        const input = inputs[which]!;
        const tables = compileChain(input, params);
        const lean = chainOutputs(tables, params);
        const prep = prepare(input);
        expect(close(lean.nationalPotential, outputValue(prep, params, 'national_potential'))).toBe(true);
        expect(close(lean.socialGain, outputValue(prep, params, 'social_gain'))).toBe(true);
        expect(close(lean.presentValue, outputValue(prep, params, 'present_value'))).toBe(true);
        expect(close(lean.bcr, outputValue(prep, params, 'bcr'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the cohort path C(k) of the time path, also past the horizon', () => {
    fc.assert(
      fc.property(anyParams, (params) => {
        const path = new Float64Array(params.horizon_years + 5);
        chainOutputs(compileChain(SMALL, params), params, path);
        const longer = { ...params, horizon_years: params.horizon_years + 5 };
        const c = cohortPath(dissemination(longer), params.persistence_decay);
        for (let k = 1; k <= path.length; k++) expect(close(path[k - 1]!, c[k]!)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('matches evaluate() on the reference preset, per pooling and smallest size class', () => {
    const input = realisticInput(6);
    for (const pooling of ['theme', 'programme', 'theme_industry'] as const) {
      for (const min_size_class of SIZE_CLASSES) {
        const params = { ...DEFAULT_PARAMS, pooling, min_size_class };
        const full = evaluate(input, params);
        const lean = chainOutputs(compileChain(input, params), params);
        expect(close(lean.nationalPotential, full.nationalPotential.value)).toBe(true);
        expect(close(lean.socialGain, full.socialGain.value)).toBe(true);
        expect(close(lean.presentValue, full.presentValue.value)).toBe(true);
      }
    }
  });

  it('is serialisable as plain data (it crosses into the worker)', () => {
    const tables = compileChain(realisticInput(2), { ...DEFAULT_PARAMS, pooling: 'theme_industry' });
    expect(structuredClone(tables)).toEqual(tables);
  });
});
