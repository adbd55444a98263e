import { describe, expect, it } from 'vitest';
import { evaluate, presetById } from '../../model';
import { SMALL } from '../../model/test-fixtures';
import { candidates, compare } from './compare-model';
import { comparisonTable } from './comparison-export';

describe('scenario comparison', () => {
  const all = candidates({ preset: 'damvad-2017', overrides: { adoption_ceiling: 0.5 } }, [], ['damvad-2017', 'conservative']);
  const cmp = compare(SMALL, all);

  it('evaluates each scenario and states differences against the first', () => {
    const n = cmp.figures.find((f) => f.id === 'nationalPotential')!;
    const full = evaluate(SMALL, presetById('damvad-2017').params).nationalPotential.value;
    expect(n.values[1]).toBe(full);
    expect(n.values[0]).toBeCloseTo(full / 2, 6);
    expect(n.diffs[1]!.abs).toBeCloseTo(full / 2, 6);
    expect(n.diffs[1]!.pct).toBeCloseTo(1, 9);
    expect(n.diffs[0]).toEqual({ abs: 0, pct: 0 });
  });

  it('lists exactly the parameters that differ', () => {
    const ids = cmp.differing.map((d) => d.id);
    expect(ids).toContain('adoption_ceiling');
    expect(ids).toContain('deadweight'); // conservative's 40 % vs 15 %
    expect(ids).not.toContain('horizon_years');
    expect(compare(SMALL, [all[1]!, all[1]!]).differing).toEqual([]);
  });

  it('exports one row per figure with each value and difference', () => {
    const table = comparisonTable(cmp, ['A', 'B', 'C'], (i) => cmp.figures[i]!.id);
    expect(table.rows).toHaveLength(cmp.figures.length);
    expect(table.columns.map((c) => c.name)).toEqual([
      'figure',
      'label',
      'unit',
      'A',
      'B',
      'B − A',
      'B − A (%)',
      'C',
      'C − A',
      'C − A (%)',
    ]);
    const n = table.rows.find((r) => r.figure === 'nationalPotential')!;
    expect(n['B − A (%)']).toBeCloseTo(100, 6);
  });
});
