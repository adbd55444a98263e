import { describe, expect, it } from 'vitest';
import type { ModelInput } from './cells';
import { evaluate, walkFigures } from './evaluate';
import type { Figure } from './figure';
import { DEFAULT_PARAMS, mustParams } from './parameters';
import { PRESETS, presetById, presetDescription } from './presets';
import { SMALL } from './test-fixtures';

const ids = (f: Figure) => f.inputs.map((i) => i.id);

describe('evaluate on the small example (hand-computed in national-potential.test.ts)', () => {
  const r = evaluate(SMALL, DEFAULT_PARAMS);
  it.each([
    ['reported', r.reported, 4.5e6],
    ['reportedExpected', r.reportedExpected, 2e6],
    ['reportedWeighted', r.reportedWeighted, 4.5e6],
    ['nationalPotential', r.nationalPotential, 85.92857142857143e6],
    ['socialGain', r.socialGain, 85.92857142857143e6 * 0.72675],
    ['crossCheck', r.crossCheck, 84.25e6],
    ['eur.socialGain', r.eur.socialGain, (85.92857142857143e6 * 0.72675) / 7.5],
    ['eur.reported', r.eur.reported, 4.5e6 / 7.5],
  ])('%s', (_n, f, v) => expect(f.value).toBeCloseTo(v, 4));

  it('gives effect sizes per theme', () => {
    expect(r.effectSizes.map((f) => [f.id, f.value])).toEqual([
      ['effect_size:A', expect.closeTo(1 / 35, 12)],
      ['effect_size:B', expect.closeTo(0.02, 12)],
    ]);
  });

  it("draws the waterfall from R to S with each step's multiplier", () => {
    // 4.5m → × 0.5 = 2.25m → scaled to 85.93m (× 38.19) → × 1 (adoption) → × 0.72675 → S (× 1).
    expect(r.waterfall.map((w) => [w.id, w.value, w.multiplier])).toEqual([
      ['reported', 4.5e6, null],
      ['transferability', 2.25e6, 0.5],
      ['relevant_population', expect.closeTo(85.92857142857143e6, 4), expect.closeTo(85.92857142857143 / 2.25, 9)],
      ['national_potential', expect.closeTo(85.92857142857143e6, 4), expect.closeTo(1, 12)],
      ['additionality', expect.closeTo(85.92857142857143e6 * 0.72675, 4), expect.closeTo(0.72675, 12)],
      ['social_gain', expect.closeTo(85.92857142857143e6 * 0.72675, 4), expect.closeTo(1, 12)],
    ]);
  });

  it('has PV, BCR and payback consistent with the time path', () => {
    const last = r.timePath.at(-1);
    expect(r.timePath).toHaveLength(20);
    expect(last?.cumulativeAttributed).toBeCloseTo(r.presentValue.value, 4);
    expect(r.bcr.value).toBeCloseTo(r.presentValue.value / (64e6 * 1.1), 9);
    // PV ≈ 446m: the cost 64m × 1.1 = 70.4m is reached in the first year whose cumulative value passes it.
    const first = r.timePath.find((y) => y.cumulativeAttributed >= 70.4e6);
    expect(r.payback?.value).toBe(first?.year);
    const before = r.timePath.find((y) => y.year === (first?.year ?? 0) - 1);
    expect(before?.cumulativeAttributed).toBeLessThan(70.4e6);
  });
});

describe('golden shape of the trace', () => {
  const r = evaluate(SMALL, DEFAULT_PARAMS);
  it('links N to its themes, and each theme down to the reported rows', () => {
    expect(ids(r.nationalPotential)).toEqual(['national_potential:A', 'national_potential:B']);
    const nA = r.nationalPotential.inputs[0];
    if (!nA) throw new Error('no theme input');
    expect(ids(nA)).toEqual(['transferred_effect:A', 'relevant_population:A']);
    expect(ids(nA.inputs[0] as Figure)).toEqual(['effect_size:A']);
    expect(ids(nA.inputs[0]?.inputs[0] as Figure)).toEqual(['reported:A', 'participant_base:A']);
    expect(ids(r.socialGain)).toEqual(['national_potential', 'social_factor']);
    expect(ids(r.presentValue)).toEqual(['social_gain']);
    expect(ids(r.bcr)).toEqual(['present_value']);
    expect(ids(r.eur.nationalPotential)).toEqual(['national_potential']);
    expect(ids(r.reportedWeighted)).toEqual(['reported', 'reported_expected']);
    expect(ids(r.crossCheck)).toEqual(['cross_check:A', 'cross_check:B']);
  });

  it('names the parameters each step uses, with their sources', () => {
    const p = (f: Figure) => f.parameters.map((x) => x.id);
    expect(p(r.nationalPotential)).toEqual(
      expect.arrayContaining(['transferability', 'adoption_ceiling', 'pooling', 'min_size_class', 'relevance_default']),
    );
    expect(p(r.socialFactor)).toEqual(
      expect.arrayContaining(['deadweight', 'displacement', 'leakage', 'substitution', 'multiplier', 'net_tax_factor']),
    );
    expect(p(r.presentValue)).toEqual(
      expect.arrayContaining(['curve', 'horizon_years', 'discount_profile', 'persistence_decay']),
    );
    expect(p(r.bcr)).toEqual(['attribution', 'public_funding_dkk', 'tax_distortion']);
    const dw = r.socialFactor.parameters.find((x) => x.id === 'deadweight');
    expect(dw).toMatchObject({
      value: 0.15,
      source: { en: expect.stringMatching(/Additionality Guide/), da: expect.any(String) },
    });
  });

  it('points N, S and the themes at the rows behind them', () => {
    expect(r.nationalPotential.rows).toHaveLength(4);
    expect(r.nationalPotential.rows[0]).toMatchObject({
      kind: 'gain',
      theme: 'A',
      nace: 10,
      sizeClass: '250+',
      status: 'realised',
      year: 2016,
      gainDkk: 3e6,
      reports: 1,
    });
    expect(r.socialGain.rows).toHaveLength(4);
    expect(r.reported.rows.every((x) => x.kind === 'gain' && x.status === 'realised')).toBe(true);
    const base = r.nationalPotential.inputs[0]?.inputs[0]?.inputs[0]?.inputs[1];
    expect(base?.rows.map((x) => x.kind)).toEqual(['base', 'base']);
    const relevant = r.nationalPotential.inputs[1]?.inputs[1];
    expect(relevant?.rows.filter((x) => x.kind === 'relevance')).toEqual([
      { kind: 'relevance', theme: 'B', nace: 10, relevance: 0.5 },
    ]);
    expect(relevant?.rows.filter((x) => x.kind === 'population')).toHaveLength(6);
  });

  it('gives every figure of every headline tree a finite value, a label, a formula and sourced parameters', () => {
    const roots = [
      r.reported,
      r.reportedWeighted,
      r.nationalPotential,
      r.socialGain,
      r.presentValue,
      r.bcr,
      r.crossCheck,
      r.crossCheckRatio,
      ...Object.values(r.eur),
    ];
    let count = 0;
    for (const root of roots) {
      walkFigures(root, (f) => {
        count++;
        expect(Number.isFinite(f.value)).toBe(true);
        expect(f.label.en && f.label.da && f.formula.words.en && f.formula.words.da && f.formula.symbols).toBeTruthy();
        for (const p of f.parameters) expect(p.source.en && p.source.da).toBeTruthy();
      });
    }
    expect(count).toBeGreaterThan(20);
  });
});

describe('awkward data', () => {
  it('leaves out a theme without participant base, with a warning and a note, never NaN', () => {
    const input: ModelInput = { ...SMALL, bases: SMALL.bases.filter((b) => b.theme !== 'B') };
    const r = evaluate(input, DEFAULT_PARAMS);
    expect(r.nationalPotential.value).toBeCloseTo(53.92857142857143e6, 4);
    expect(r.warnings.map((w) => [w.code, w.theme])).toEqual([
      ['zero-base', 'B'],
      ['no-reporting-firms', 'B'],
    ]);
    expect(r.nationalPotential.notes?.[0]?.en).toMatch(/B/);
    expect(r.effectSizes[1]).toMatchObject({
      value: 0,
      notes: [expect.objectContaining({ en: expect.stringMatching(/no participant base/i) })],
    });
    expect(r.nationalPotential.rows).toHaveLength(3);
  });

  it('says in the trace when value added per employee fell back to the industry average', () => {
    const population = SMALL.population.map((p) => (p.nace === 25 && p.sizeClass === '10-49' ? { ...p, employees: 0 } : p));
    const r = evaluate({ ...SMALL, population }, DEFAULT_PARAMS);
    const baseB = r.effectSizes[1]?.inputs[1];
    expect(baseB?.id).toBe('participant_base:B');
    expect(baseB?.notes?.[0]?.en).toMatch(/industry 25's all-size average/);
    expect(r.warnings.map((w) => w.code)).toContain('value-added-fallback');
  });

  it('skips non-finite cells with a warning', () => {
    const gains = [...SMALL.gains, { ...SMALL.gains[0]!, gainDkk: Number.NaN }];
    const r = evaluate({ ...SMALL, gains }, DEFAULT_PARAMS);
    expect(r.reported.value).toBe(4.5e6);
    expect(r.warnings.map((w) => w.code)).toEqual(['invalid-cell']);
  });

  it('gives zeros for empty input', () => {
    const r = evaluate({ gains: [], bases: [], population: [], relevance: [] }, DEFAULT_PARAMS);
    expect([r.nationalPotential.value, r.socialGain.value, r.presentValue.value, r.bcr.value, r.crossCheckRatio.value]).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(r.waterfall.every((w) => w.multiplier === null)).toBe(true);
  });
});

/**
 * The published reference arithmetic on a one-cell input: R = 90m realised, participants' affected value
 * added = 900 of 167,800 employees' worth, so N = 0.5 × 90m × 167,800 / 900 = 8.39bn, S = 8.39bn × 0.72675.
 */
describe('reference arithmetic (damvad-2017)', () => {
  const input: ModelInput = {
    gains: [
      {
        theme: 'T',
        nace: 28,
        sizeClass: '250+',
        year: 2017,
        status: 'realised',
        gainType: 'productivity',
        gainDkk: 90e6,
        reports: 10,
      },
    ],
    bases: [{ theme: 'T', nace: 28, sizeClass: '250+', companies: 10, affectedEmployees: 900, employeesWithoutAffected: 0 }],
    population: [{ nace: 28, sizeClass: '250+', firms: 60, employees: 167_800, valueAddedDkk: 100e9 }],
    relevance: [],
  };
  it('gives 90m → 8.39bn → 6.097bn → 813 MEUR', () => {
    const r = evaluate(input, DEFAULT_PARAMS);
    expect(r.reported.value).toBe(90e6);
    expect(r.nationalPotential.value).toBeCloseTo(8.39e9, 0);
    expect(r.socialGain.value).toBeCloseTo(8.39e9 * 0.72675, 0);
    expect(Math.round(r.eur.socialGain.value / 1e6)).toBe(813);
    expect(r.nationalPotential.value / r.reported.value).toBeCloseTo(93.2, 1);
  });
  it('the timing reading gives S = N / 1.04^8', () => {
    const r = evaluate(input, presetById('damvad-2017-timing').params);
    expect(r.socialGain.value / r.nationalPotential.value).toBeCloseTo(1 / 1.04 ** 8, 12);
    expect(Math.round(r.socialGain.value / 1e8) / 10).toBe(6.1);
  });
  it('repays the DKK 64m grant with the default time path', () => {
    const r = evaluate(input, DEFAULT_PARAMS);
    expect(r.payback?.value).toBeGreaterThan(2017);
    expect(r.bcr.value).toBeGreaterThan(1);
  });
  it('EUR follows dkk_per_eur', () => {
    const r = evaluate(input, mustParams({ ...DEFAULT_PARAMS, dkk_per_eur: 7.46038 }));
    expect(Math.round(r.eur.socialGain.value / 1e6)).toBe(817);
  });
  it('quotes the published figures in the preset descriptions only on a data set that reproduces them', () => {
    const reference = presetById('damvad-2017');
    expect(presetDescription(reference, input).en).toContain('8.4bn national potential → 6.1bn social gain (813 MEUR)');
    expect(presetDescription(presetById('damvad-2017-timing'), input).da).toContain('8,4 mia. nationalt potentiale → 6,1 mia.');
    // Another data set (a third of the gains): its own figures, so the description states the assumptions only.
    const other = { ...input, gains: input.gains.map((g) => ({ ...g, gainDkk: g.gainDkk / 3 })) };
    for (const p of PRESETS) {
      const d = presetDescription(p, other);
      expect(d).toEqual(p.description);
      expect(`${d.en} ${d.da}`).not.toMatch(/8[.,]4|6[.,]1 ?(bn|mia)|813|90 ?m/);
    }
    expect(presetDescription(reference, null)).toEqual(reference.description);
    expect(presetDescription(presetById('conservative'), input)).toEqual(presetById('conservative').description);
  });
});
