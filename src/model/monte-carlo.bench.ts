import { bench, describe } from 'vitest';
import { defaultDistribution, UNCERTAIN_BY_DEFAULT, type Distributions } from './distributions';
import { compileChain } from './lean-chain';
import { runMonteCarlo } from './monte-carlo';
import { presetById } from './presets';
import { heatMap, tornado } from './sensitivity';
import { realisticInput } from './test-fixtures';

// The demo data set's shape at full density (see evaluate.bench.ts): 6 themes, 24 industries, 4 size classes.
const input = realisticInput(6);
const params = presetById('damvad-2017').params;
const distributions: Distributions = Object.fromEntries(
  UNCERTAIN_BY_DEFAULT.map((id) => [id, defaultDistribution(id, params[id])]),
);

describe('Monte Carlo (goal: 10,000 draws ≤ 300 ms)', () => {
  bench(
    '10,000 draws, default distributions (14 varied), with summaries and fan chart',
    () => {
      runMonteCarlo(compileChain(input, params), params, { draws: 10_000, seed: 2017, distributions });
    },
    { iterations: 10 },
  );
  const ti = { ...params, pooling: 'theme_industry' as const };
  bench(
    '10,000 draws, theme × industry pooling',
    () => {
      runMonteCarlo(compileChain(input, ti), ti, { draws: 10_000, seed: 2017, distributions });
    },
    { iterations: 10 },
  );
});

describe('sensitivity', () => {
  const tables = compileChain(input, params);
  bench('tornado (every numeric parameter, two evaluations each)', () => {
    tornado(tables, params, 'socialGain');
  });
  bench('heat map 21 × 21', () => {
    heatMap(tables, params, 'socialGain', 'transferability', 'adoption_ceiling', 21);
  });
});
