// fast-check arbitraries shared by the model's property tests (the global seed is set in tests/setup.ts).
import fc from 'fast-check';
import type { BaseCell, GainCell, ModelInput, PopulationCell, RelevanceEntry } from './cells';
import { SIZE_CLASSES, STATUSES } from './cells';
import type { Params } from './parameter-types';
import { PARAMETERS, validateParams } from './parameters';

const THEMES = ['a', 'b', 'c'];
const NACES = [10, 11, 21, 28];

export const gain = fc.record<GainCell>({
  theme: fc.constantFrom(...THEMES),
  nace: fc.constantFrom(...NACES),
  sizeClass: fc.constantFrom(...SIZE_CLASSES),
  year: fc.constantFrom(2015, 2016, 2017),
  status: fc.constantFrom(...STATUSES),
  gainType: fc.constant('productivity'),
  gainDkk: fc.double({ min: 0, max: 1e8, noNaN: true }),
  reports: fc.integer({ min: 1, max: 5 }),
});
export const base = fc.record<BaseCell>({
  theme: fc.constantFrom(...THEMES),
  nace: fc.constantFrom(...NACES),
  sizeClass: fc.constantFrom(...SIZE_CLASSES),
  companies: fc.integer({ min: 0, max: 5 }),
  affectedEmployees: fc.integer({ min: 0, max: 2000 }),
  employeesWithoutAffected: fc.integer({ min: 0, max: 5000 }),
});
export const population = fc.record<PopulationCell>({
  nace: fc.constantFrom(...NACES),
  sizeClass: fc.constantFrom(...SIZE_CLASSES),
  firms: fc.integer({ min: 0, max: 500 }),
  employees: fc.integer({ min: 0, max: 50_000 }),
  valueAddedDkk: fc.double({ min: 0, max: 5e10, noNaN: true }),
});
export const relevance = fc.record<RelevanceEntry>({
  theme: fc.constantFrom(...THEMES),
  nace: fc.constantFrom(...NACES),
  relevance: fc.double({ min: 0, max: 1, noNaN: true }),
});

export const input: fc.Arbitrary<ModelInput> = fc.record({
  gains: fc.array(gain, { maxLength: 25 }),
  bases: fc.array(base, { maxLength: 15 }),
  population: fc.array(population, { maxLength: 20 }),
  relevance: fc.array(relevance, { maxLength: 5 }),
});

/** Random valid parameters, generated from the schema itself so a new parameter is covered automatically. */
export const params: fc.Arbitrary<Params> = fc
  .record(
    Object.fromEntries(
      PARAMETERS.map((s) => [
        s.id,
        s.kind === 'choice'
          ? fc.constantFrom(...s.choices.map((c) => c.value))
          : s.kind === 'boolean'
            ? fc.boolean()
            : s.integer
              ? fc.integer({ min: s.min, max: s.max })
              : fc.double({ min: s.min, max: s.max, noNaN: true }),
      ]),
    ) as Record<string, fc.Arbitrary<unknown>>, // one arbitrary per parameter id, keyed like Params
  )
  .map((raw) => {
    const v = validateParams(raw);
    if (!v.ok) throw new Error(v.issues.map((i) => i.message.en).join('; '));
    return v.params;
  });
