import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, PRESETS, presetDescription, type ModelInput } from '../model';
import { headlineFigure, headlineOf, sameValue, type PresetSnapshot } from './headline-snapshot';

// The committed file the app bundles (src/app/demo.ts), read as JSON as the build reads it.
const snapshot = JSON.parse(readFileSync('data/demo/snapshot.json', 'utf8')) as {
  modelInput: ModelInput;
  presets: Record<string, PresetSnapshot>;
};

describe("the demo snapshot's preset headlines (the Overview's first frame)", () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s: equal to the model evaluated now on the same cells and parameters',
    (id, preset) => {
      const entry = snapshot.presets[id];
      expect(entry, `data/demo/snapshot.json lacks preset ${id}: run npx tsx data/generator/snapshot.ts`).toBeDefined();
      // The app uses an entry only under exactly these parameters, so stale ones would just go unused: fail here instead.
      expect(sameValue(entry!.params, JSON.parse(JSON.stringify(preset.params)))).toBe(true);
      const result = evaluate(snapshot.modelInput, preset.params);
      expect(entry!.headline).toStrictEqual(headlineOf(result));
      expect(entry!.description).toStrictEqual(presetDescription(preset, snapshot.modelInput));
    },
  );

  it("finds each headline figure's model figure by id (the trace a click opens)", () => {
    const result = evaluate(snapshot.modelInput, PRESETS[0]!.params);
    for (const f of Object.values(headlineOf(result))) {
      if (f && 'id' in f) expect(headlineFigure(result, f.id)).toMatchObject({ id: f.id, value: f.value, unit: f.unit });
    }
    expect(headlineFigure(result, 'no-such-figure')).toBeNull();
  });

  it('compares parameters by value', () => {
    expect(sameValue({ a: 1, b: ['x', { c: true }] }, { b: ['x', { c: true }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue({ a: null }, { a: {} })).toBe(false);
  });
});
