import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARAMETERS, presetById } from '../model';
import { normalise, readScenario, scenarioKey, scenarioParams, writeScenario } from './scenario-state';

describe('scenario in the URL', () => {
  it('round-trips a preset with changed values exactly, keeping other query parameters', () => {
    const s = {
      preset: 'conservative' as const,
      overrides: { adoption_ceiling: 0.123456789012345, curve: 'bass', consumer_prices: true },
    };
    const href = writeScenario('http://x/?lang=en&f.theme=robots#/scenarios', s);
    const url = new URL(href);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('f.theme')).toBe('robots');
    expect(url.hash).toBe('#/scenarios');
    const back = readScenario(url.search);
    expect(back.issues).toEqual([]);
    expect(back.scenario.preset).toBe('conservative');
    expect(back.scenario.overrides).toEqual(s.overrides);
    expect(scenarioParams(back.scenario).adoption_ceiling).toBe(0.123456789012345);
  });

  it('round-trips any in-range numeric value bit for bit (property)', () => {
    const numeric = PARAMETERS.filter((p) => p.kind === 'share' || (p.kind === 'number' && !p.integer));
    fc.assert(
      fc.property(fc.constantFrom(...numeric), fc.double({ min: 0, max: 1, noNaN: true }), (spec, t) => {
        if (spec.kind !== 'share' && spec.kind !== 'number') return;
        const v = spec.min + t * (spec.max - spec.min);
        const back = readScenario(
          new URL(writeScenario('http://x/', { preset: 'damvad-2017', overrides: { [spec.id]: v } })).search,
        );
        expect(scenarioParams(back.scenario)[spec.id]).toBe(v);
      }),
    );
  });

  it('reports every unusable URL value instead of dropping it silently', () => {
    const r = readScenario('?preset=nope&p.adoption_ceiling=2&p.deadweight=abc&p.bogus=1&p.leakage=0.2');
    expect(r.scenario.preset).toBe('damvad-2017');
    expect(r.scenario.overrides).toEqual({ leakage: 0.2 });
    expect(r.issues.map((i) => i.id).sort()).toEqual(['adoption_ceiling', 'bogus', 'deadweight', 'preset']);
    expect(r.issues.find((i) => i.id === 'adoption_ceiling')!.message.en).toMatch(/between 0 and 1/);
  });

  it('an empty value is refused, not read as 0', () => {
    const r = readScenario('?p.deadweight=');
    expect(r.scenario.overrides).toEqual({});
    expect(r.issues[0]!.id).toBe('deadweight');
  });

  it('normalise drops overrides equal to the preset; the key ignores order', () => {
    const base = presetById('damvad-2017').params;
    const n = normalise({ preset: 'damvad-2017', overrides: { deadweight: base.deadweight, leakage: 0.3 } });
    expect(n.overrides).toEqual({ leakage: 0.3 });
    expect(scenarioKey({ preset: 'damvad-2017', overrides: { a_: 1, b_: 2 } as never })).toBe(
      scenarioKey({ preset: 'damvad-2017', overrides: { b_: 2, a_: 1 } as never }),
    );
  });
});
