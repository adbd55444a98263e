import { describe, expect, it } from 'vitest';
import { relevance, sizeIncluded } from './population';
import { prepareUncached } from './prepare';
import { SMALL } from './test-fixtures';
import { valueAddedIndex } from './value-added';
import type { ModelWarning } from './figure';

describe('step 5: relevance ρ', () => {
  const prep = prepareUncached(SMALL);
  const [a, b] = prep.themes;
  it.each([
    // theme, nace → ρ, source: A has participants in 10; B has a table entry for 10 (0.5) and participants in 25.
    ['A', 10, 1, 'participants'],
    ['A', 25, 0.25, 'default'],
    ['B', 10, 0.5, 'table'],
    ['B', 25, 1, 'participants'],
  ] as const)('ρ(%s, %s) = %s from %s', (theme, nace, value, source) => {
    const t = theme === 'A' ? a : b;
    if (!t) throw new Error('fixture');
    expect(relevance(prep, t, nace, 0.25)).toMatchObject({ value, source });
  });
  it('a table entry outside 0..1 is clamped with a warning', () => {
    const p = prepareUncached({ ...SMALL, relevance: [{ theme: 'B', nace: 10, relevance: 1.7 }] });
    expect(p.relevance.get('B')?.get(10)?.value).toBe(1);
    expect(p.warnings.map((w) => w.code)).toEqual(['clamped-relevance']);
  });
});

describe('min_size_class', () => {
  it.each([
    ['0-9', '10-49', false],
    ['10-49', '10-49', true],
    ['250+', '10-49', true],
    ['50-249', '250+', false],
    ['0-9', '0-9', true],
  ] as const)('%s with min %s → %s', (s, min, out) => expect(sizeIncluded(s, min)).toBe(out));
});

describe('value added per employee with fallbacks', () => {
  const pop = [
    { nace: 10, sizeClass: '10-49' as const, employees: 100, valueAdded: 60e6 },
    { nace: 10, sizeClass: '250+' as const, employees: 0, valueAdded: 0 },
    { nace: 20, sizeClass: '10-49' as const, employees: 300, valueAdded: 60e6 },
  ];
  it.each([
    // own cell: 60m / 100; nace 10 250+ has no employees → nace 10 average 60m / 100;
    // nace 30 is missing → all manufacturing (60m + 60m) / 400 = 0.3m.
    [10, '10-49', 0.6e6, 0],
    [10, '250+', 0.6e6, 1],
    [30, '50-249', 0.3e6, 1],
  ] as const)('industry %s, size %s → %s (%s warnings)', (nace, size, value, nWarnings) => {
    const warnings: ModelWarning[] = [];
    expect(valueAddedIndex(pop).perEmployee(nace, size, 'T', warnings)).toBeCloseTo(value, 6);
    expect(warnings).toHaveLength(nWarnings);
    expect(warnings.every((w) => w.code === 'value-added-fallback')).toBe(true);
  });
  it('is 0, with a warning, when the population has no employees at all', () => {
    const warnings: ModelWarning[] = [];
    expect(valueAddedIndex([]).perEmployee(10, '10-49', 'T', warnings)).toBe(0);
    expect(warnings[0]?.message.en).toMatch(/0 \(the population table has no employees\)/);
  });
});
