import { describe, expect, it } from 'vitest';
import { SIZE_CLASSES } from './cells';
import { PARAMETER_SCHEMA } from './parameter-schema';
import { DEFAULT_PARAMS, PARAMETERS, validateParams, withOverrides } from './parameters';
import { PRESETS, PRESET_IDS, presetById } from './presets';

// Every id METHOD.md's parameter table and chain name, plus the timing reading's two (see README).
const METHOD_IDS = [
  'reference_year',
  'expected_weight',
  'pooling',
  'min_companies',
  'affected_share',
  'transferability',
  'relevance_default',
  'min_size_class',
  'adoption_ceiling',
  'deadweight',
  'displacement',
  'leakage',
  'substitution',
  'multiplier',
  'consumer_prices',
  'net_tax_factor',
  'implementation_cost_share',
  'curve',
  'bass_p',
  'bass_q',
  'lag_years',
  'diffusion_midpoint_years',
  'diffusion_speed_years',
  'persistence_decay',
  'horizon_years',
  'discount_profile',
  'discount_rate',
  'tax_distortion',
  'attribution',
  'public_funding_dkk',
  'dkk_per_eur',
];

describe('parameter schema', () => {
  it('lists every parameter of METHOD.md, plus timing_lag_years and timing_rate', () => {
    expect(new Set(PARAMETERS.map((p) => p.id))).toEqual(new Set([...METHOD_IDS, 'timing_lag_years', 'timing_rate']));
  });
  it.each(PARAMETERS.map((p) => [p.id, p] as const))('%s has labels, a unit and a source note in both languages', (_id, p) => {
    for (const t of [p.label, p.unit, p.source]) {
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.da.length).toBeGreaterThan(0);
    }
  });
  it('defaults are the damvad-2017 values of METHOD.md', () => {
    expect(DEFAULT_PARAMS).toMatchObject({
      expected_weight: 0,
      pooling: 'theme',
      substitution: 0,
      multiplier: 1,
      consumer_prices: false,
      net_tax_factor: 1.28,
      lag_years: 0,
      curve: 'logistic',
      bass_p: 0.03,
      bass_q: 0.38,
      discount_profile: '2013',
      tax_distortion: 0.1,
      attribution: 1,
      min_companies: 3,
      affected_share: 0.25,
      transferability: 0.5,
      relevance_default: 0.25,
      min_size_class: '10-49',
      adoption_ceiling: 1,
      deadweight: 0.15,
      displacement: 0.1,
      leakage: 0.05,
      implementation_cost_share: 0,
      diffusion_midpoint_years: 8,
      diffusion_speed_years: 2.5,
      persistence_decay: 0,
      horizon_years: 20,
      discount_rate: 0.04,
      public_funding_dkk: 64e6,
      dkk_per_eur: 7.5,
      reference_year: 2017,
      timing_lag_years: 0,
      timing_rate: 0.04,
    });
  });
  it("ranges are METHOD.md's", () => {
    const r = (id: keyof typeof PARAMETER_SCHEMA) => {
      const s = PARAMETER_SCHEMA[id];
      return 'min' in s ? [s.min, s.max] : null;
    };
    expect(r('multiplier')).toEqual([0.5, 2]);
    expect(r('net_tax_factor')).toEqual([1, 1.5]);
    expect(r('lag_years')).toEqual([0, 15]);
    expect(r('tax_distortion')).toEqual([0, 0.3]);
    expect(r('min_companies')).toEqual([1, 50]);
    expect(r('diffusion_midpoint_years')).toEqual([1, 30]);
    expect(r('diffusion_speed_years')).toEqual([0.5, 15]);
    expect(r('persistence_decay')).toEqual([0, 0.5]);
    expect(r('horizon_years')).toEqual([1, 50]);
    expect(r('discount_rate')).toEqual([0, 0.15]);
    expect(PARAMETER_SCHEMA.min_size_class.choices.map((c) => c.value)).toEqual([...SIZE_CLASSES]);
  });
});

describe('validateParams', () => {
  const bad = (overrides: Record<string, unknown>) => {
    const v = withOverrides(DEFAULT_PARAMS, overrides);
    if (v.ok) throw new Error('expected a refusal');
    return v.issues;
  };
  it.each([
    ['deadweight', 1.4, 'deadweight must be between 0 and 1 (got 1.4)'],
    ['deadweight', -0.1, 'deadweight must be between 0 and 1 (got -0.1)'],
    ['multiplier', 3, 'multiplier must be between 0.5 and 2 (got 3)'],
    ['transferability', Number.NaN, 'transferability must be between 0 and 1 (got NaN)'],
    ['public_funding_dkk', Number.POSITIVE_INFINITY, 'public_funding_dkk must be between 1 and 1000000000000 (got Infinity)'],
    ['public_funding_dkk', 0, 'public_funding_dkk must be between 1 and 1000000000000 (got 0)'],
    ['horizon_years', 20.5, 'horizon_years must be a whole number between 1 and 50 (got 20.5)'],
    ['leakage', '0.1', 'leakage must be between 0 and 1 (got 0.1)'],
    ['pooling', 'industry', 'pooling must be one of theme, programme, theme_industry (got industry)'],
    ['min_size_class', '5-9', 'min_size_class must be one of 0-9, 10-49, 50-249, 250+ (got 5-9)'],
    ['consumer_prices', 'yes', 'consumer_prices must be true or false (got yes)'],
    ['colour', 'red', 'unknown parameter colour'],
  ])('refuses %s = %s with "%s"', (id, value, message) => {
    expect(bad({ [id]: value })).toEqual([{ id, message: expect.objectContaining({ en: message }) }]);
  });
  it('lists every problem at once, in Danish too', () => {
    const issues = bad({ deadweight: 2, leakage: Number.NaN });
    expect(issues.map((i) => i.id)).toEqual(['deadweight', 'leakage']);
    expect(issues[0]?.message.da).toBe('deadweight skal være mellem 0 og 1 (fik 2)');
  });
  it('reports a missing parameter', () => {
    const { deadweight: _omit, ...rest } = DEFAULT_PARAMS;
    const v = validateParams(rest);
    expect(v.ok ? [] : v.issues.map((i) => i.message.en)).toEqual(['deadweight is missing']);
  });
  it('accepts the range ends', () => {
    expect(withOverrides(DEFAULT_PARAMS, { deadweight: 1, multiplier: 0.5, horizon_years: 50 }).ok).toBe(true);
  });
});

describe('presets', () => {
  it('has the four presets of METHOD.md, each described in both languages', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
    for (const p of PRESETS) expect(p.description.en.length * p.description.da.length).toBeGreaterThan(0);
  });
  it('damvad-2017 is the schema defaults', () => {
    expect(presetById('damvad-2017').params).toEqual(DEFAULT_PARAMS);
  });
  it.each([
    [
      'damvad-2017-timing',
      { deadweight: 0, displacement: 0, leakage: 0, timing_lag_years: 8, timing_rate: 0.04, transferability: 0.5 },
    ],
    [
      'conservative',
      {
        expected_weight: 0,
        transferability: 0.25,
        adoption_ceiling: 0.3,
        deadweight: 0.4,
        displacement: 0.25,
        leakage: 0.1,
        persistence_decay: 0.1,
      },
    ],
    [
      'optimistic',
      { expected_weight: 1, transferability: 0.5, adoption_ceiling: 1, deadweight: 0.1, displacement: 0.1, leakage: 0.05 },
    ],
  ] as const)('%s has the values METHOD.md gives', (id, values) => {
    expect(presetById(id).params).toMatchObject(values);
  });
});
