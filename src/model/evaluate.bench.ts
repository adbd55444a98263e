import { bench, describe } from 'vitest';
import { evaluate } from './evaluate';
import { goalSeek } from './goal-seek';
import { DEFAULT_PARAMS } from './parameters';
import { presetById } from './presets';
import { realisticInput } from './test-fixtures';

// 6 themes × 24 industries × 4 size classes × 3 years × 2 statuses = 3,456 gain cells, 576 base cells,
// 96 population cells: the demo data set's shape at full density.
const input = realisticInput(6);
const conservative = presetById('conservative').params;

describe('evaluate (realistic cells)', () => {
  bench('same input object (parameter-free sums cached): the sensitivity/goal-seek case', () => {
    evaluate(input, DEFAULT_PARAMS);
  });
  bench('changed parameters, same input', () => {
    evaluate(input, conservative);
  });
  bench('fresh input object each time (cold: aggregation of all cells + chain + trace)', () => {
    evaluate({ ...input }, DEFAULT_PARAMS);
  });
});

describe('goal seek', () => {
  bench('transferability for a target national potential', () => {
    const n = evaluate(input, DEFAULT_PARAMS).nationalPotential.value;
    goalSeek(input, DEFAULT_PARAMS, { output: 'national_potential', parameter: 'transferability', target: n * 0.7 });
  });
});
