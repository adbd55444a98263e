import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fcSeed } from '../../tests/fc-seed';
import { VALUE_COLUMNS, canonicalValues, foldValue, isReadAsIs, suggestValue } from './value-synonyms';

describe('value suggestions for categorical columns', () => {
  it.each([
    ['status', 'Ja', 'realised', 0.9],
    ['status', ' NEJ ', 'expected', 0.9],
    ['status', 'Realiseret', 'realised', 0.9],
    ['status', 'realised', 'realised', 1],
    ['status', 'Opnået', 'realised', 0.9],
    ['status', 'forv', 'expected', 0.6],
    ['gain_type', 'Omsætning', 'revenue', 0.9],
    ['gain_type', 'cost saving', 'cost_saving', 1],
    ['gain_type', 'ENERGIBESPARELSE', 'energy', 0.9],
    ['size_class', 'Mellemstor', '50-249', 0.9],
    ['size_class', '250+', '250+', 1],
  ] as const)('%s %j → %s (%d)', (column, raw, value, confidence) => {
    expect(suggestValue(column, raw)).toEqual({ value, confidence });
  });

  it('suggests nothing for what fits nothing', () => {
    expect(suggestValue('status', 'måske')).toBeNull();
    expect(suggestValue('status', '')).toBeNull();
    expect(suggestValue('gain_type', 'xy')).toBeNull();
  });

  it('folds case, accents and Danish letters', () => {
    expect(foldValue('  ØKONOMI_Område ')).toBe('okonomi omraade');
    expect(foldValue('Café')).toBe('cafe');
  });

  it('reads what the import reads as it stands, and nothing it would reject', () => {
    expect(isReadAsIs('status', 'Forventet')).toBe(true);
    expect(isReadAsIs('status', 'Ja')).toBe(false);
    expect(isReadAsIs('size_class', '250+')).toBe(true);
  });

  it('suggests every canonical value for itself in any case, with full confidence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALUE_COLUMNS).chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...canonicalValues(c)))),
        fc.boolean(),
        ([c, v], upper) => {
          expect(suggestValue(c, upper ? v.toUpperCase() : v)).toEqual({ value: v, confidence: 1 });
        },
      ),
      { seed: fcSeed() },
    );
  });
});
