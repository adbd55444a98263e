import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelInput } from './cells';
import { evaluate } from './evaluate';
import type { Params } from './parameter-types';
import { CHECK_THRESHOLDS } from './parameter-schema';
import { DEFAULT_PARAMS } from './parameters';
import { CHECK_IDS, plausibilityChecks, thresholdValues, type CheckInput } from './plausibility';
import { input as inputArb, params as paramsArb } from './test-arbitraries';
import { SMALL } from './test-fixtures';

// Participants in SMALL's population (test-fixtures.ts): 10% / 20% of nace 10's 50-249 cell, 5% / 7.5% of nace 25's 10-49 cell.
const BENIGN: CheckInput = {
  participants: [
    { nace: 10, sizeClass: '50-249', companies: 1, employees: 200 },
    { nace: 25, sizeClass: '10-49', companies: 2, employees: 60 },
  ],
  topCompany: { companyId: 'c1', name: 'Alfa A/S', realisedDkk: 2e6 },
  populationYear: 2017,
  reportsMedianYear: 2017,
};

const run = (input: ModelInput = SMALL, data: CheckInput = BENIGN, params: Params = DEFAULT_PARAMS) =>
  plausibilityChecks(input, evaluate(input, params), data);
const ids = (ws: { id: string }[]) => ws.map((w) => w.id);

describe('plausibility checks (METHOD.md)', () => {
  it('finds nothing on a plausible data set', () => expect(run()).toEqual([]));

  it('keeps every threshold with its reason in the schema', () => {
    for (const t of Object.values(CHECK_THRESHOLDS)) {
      expect(t.source.en.length).toBeGreaterThan(20);
      expect(t.source.da.length).toBeGreaterThan(20);
    }
    expect(thresholdValues()).toMatchObject({
      coverage_warn: 0.5,
      coverage_caution_min_companies: 2,
      coverage_max: 1,
      effect_size_max: 0.2,
      bcr_max: 100,
      concentration_max: 0.5,
      expected_ratio_max: 5,
      population_year_gap: 3,
    });
  });

  it('no_realised: only expected gains', () => {
    const onlyExpected = { ...SMALL, gains: SMALL.gains.map((g) => ({ ...g, status: 'expected' as const })) };
    const w = run(onlyExpected, { ...BENIGN, topCompany: null });
    expect(ids(w)).toContain('no_realised');
    expect(w.find((x) => x.id === 'no_realised')?.level).toBe('implausible');
  });

  it('coverage_employees: a caution from 50 %, implausible above 100 %, with the population and base cells as evidence', () => {
    const at75 = run(SMALL, { ...BENIGN, participants: [{ nace: 10, sizeClass: '50-249', companies: 2, employees: 750 }] });
    expect(at75.map((w) => [w.id, w.level, w.value])).toEqual([['coverage_employees', 'caution', 0.75]]);
    // One company alone holding 75 % of a cell's employees is what small cells are like: no caution (the demo's 24/250+).
    expect(run(SMALL, { ...BENIGN, participants: [{ nace: 10, sizeClass: '50-249', companies: 1, employees: 750 }] })).toEqual(
      [],
    );
    const at125 = run(SMALL, { ...BENIGN, participants: [{ nace: 10, sizeClass: '250+', companies: 0, employees: 2500 }] })[0];
    expect(at125?.level).toBe('implausible');
    expect(at125?.message.en).toMatch(/125% of the employees of the population in industry 10, 250\+ employees: more than exist/);
    expect(at125?.message.da).toMatch(/125 % af populationens ansatte i branche 10/);
    expect(at125?.evidence?.rows.map((r) => r.kind)).toEqual(['population', 'base']);
  });

  it('coverage_firms: more participating firms than the cell has, or a cell the population lacks', () => {
    expect(
      run(SMALL, { ...BENIGN, participants: [{ nace: 10, sizeClass: '250+', companies: 3, employees: 10 }] }).map((w) => [
        w.id,
        w.level,
        w.value,
      ]),
    ).toEqual([['coverage_firms', 'implausible', 1.5]]);
    const missing = run(SMALL, { ...BENIGN, participants: [{ nace: 99, sizeClass: '10-49', companies: 1, employees: 10 }] });
    expect(ids(missing)).toEqual(['coverage_employees', 'coverage_firms']);
    expect(missing.every((w) => w.level === 'implausible' && Number.isFinite(w.value))).toBe(true);
  });

  it('effect_size_high: a theme above the threshold', () => {
    const w = plausibilityChecks(SMALL, evaluate(SMALL, DEFAULT_PARAMS), BENIGN, {
      ...thresholdValues(),
      effect_size_max: 0.025,
    });
    expect(w.map((x) => [x.id, x.theme])).toEqual([['effect_size_high', 'A']]); // e_A = 1/35 ≈ 2.9 %, e_B = 2 %
    expect(w[0]?.evidence?.id).toBe('effect_size:A');
  });

  it('potential_below_reported: N < R', () => {
    expect(ids(run(SMALL, BENIGN, { ...DEFAULT_PARAMS, adoption_ceiling: 0.001 } as Params))).toEqual([
      'potential_below_reported',
    ]);
  });

  it('bcr_high: the potential BCR above 100, naming the realised BCR', () => {
    const w = run(SMALL, BENIGN, { ...DEFAULT_PARAMS, public_funding_dkk: 1e6 } as Params);
    expect(ids(w)).toEqual(['bcr_high']);
    expect(w[0]?.message.en).toMatch(/credits 100% of it to the programme\. The realised ratio is \d/);
  });

  it('concentration: one company above half the realised gains, linked to the company', () => {
    const w = run(SMALL, { ...BENIGN, topCompany: { companyId: 'c9', name: null, realisedDkk: 3e6 } });
    expect(w.map((x) => [x.id, x.companyId])).toEqual([['concentration', 'c9']]);
    expect(w[0]?.value).toBeCloseTo(2 / 3, 12);
  });

  it('expected_dominates: expected gains more than 5× the realised', () => {
    const input = {
      ...SMALL,
      gains: [
        ...SMALL.gains,
        {
          theme: 'A',
          nace: 10,
          sizeClass: '250+' as const,
          year: 2017,
          status: 'expected' as const,
          gainType: 'productivity',
          gainDkk: 30e6,
          reports: 1,
        },
      ],
    };
    expect(ids(run(input))).toEqual(['expected_dominates']);
  });

  it("population_year: more than 3 years from the reports' median year", () => {
    expect(ids(run(SMALL, { ...BENIGN, populationYear: 2010, reportsMedianYear: 2016.5 }))).toEqual(['population_year']);
    expect(run(SMALL, { ...BENIGN, populationYear: 2014, reportsMedianYear: 2017 })).toEqual([]);
    expect(run(SMALL, { ...BENIGN, populationYear: null })).toEqual([]);
  });

  it('gives each check at most once, with known ids, finite values and a sentence in both languages (property)', () => {
    const checkArb = fc.record<CheckInput>({
      participants: fc.array(
        fc.record({
          nace: fc.constantFrom(10, 11, 21, 28, 99),
          sizeClass: fc.constantFrom('0-9', '10-49', '50-249', '250+' as const),
          companies: fc.integer({ min: 0, max: 600 }),
          employees: fc.integer({ min: 0, max: 60_000 }),
        }),
        { maxLength: 8 },
      ),
      topCompany: fc.option(
        fc.record({
          companyId: fc.string(),
          name: fc.option(fc.string(), { nil: null }),
          realisedDkk: fc.double({ min: 0, max: 1e9, noNaN: true }),
        }),
        { nil: null },
      ),
      populationYear: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
      reportsMedianYear: fc.option(fc.double({ min: 1990, max: 2030, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(inputArb, paramsArb, checkArb, (inp, p, data) => {
        const w = plausibilityChecks(inp, evaluate(inp, p), data);
        expect(new Set(ids(w)).size).toBe(w.length);
        for (const x of w) {
          expect(CHECK_IDS).toContain(x.id);
          expect(Number.isFinite(x.value)).toBe(true);
          expect(x.message.en).not.toMatch(/NaN|undefined/);
          expect(x.message.da).not.toMatch(/NaN|undefined/);
        }
      }),
    );
  });
});
