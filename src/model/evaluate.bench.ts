import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
// The bench (not the model) reads the committed demo files through the data generator's own CSV reader and
// aggregation, which mirror src/db/queries/model-cells.ts.
import { parseCsv } from '../../data/generator/csv';
import { toModelInput, type CellSource } from '../../data/generator/model-input';
import type { ModelInput, SizeClass, Status } from './cells';
import { evaluate } from './evaluate';
import { goalSeek } from './goal-seek';
import { DEFAULT_PARAMS } from './parameters';
import { presetById } from './presets';
import { realisticInput } from './test-fixtures';

// 6 themes × 24 industries × 4 size classes × 3 years × 2 statuses = 3,456 gain cells, 576 base cells,
// 96 population cells: the demo data set's shape at full density.
const input = realisticInput(6);
const conservative = presetById('conservative').params;

function demoInput(): ModelInput {
  const read = (name: string) => parseCsv(readFileSync(new URL(`../../data/demo/${name}`, import.meta.url), 'utf8'));
  const rowsOf = (name: string) => {
    const [header = [], ...rows] = read(name);
    return rows.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  };
  const gains: CellSource[] = rowsOf('reported-gains.csv').map((r) => ({
    theme: r.theme ?? '',
    company_id: r.company_id ?? '',
    nace: Number(r.nace),
    employees: Number(r.employees),
    affected_employees: r.affected_employees ? Number(r.affected_employees) : null,
    size_class: r.size_class as SizeClass,
    year: Number(r.year),
    gain_type: r.gain_type ?? '', // the demo files are checked by data/demo-data.test.ts
    annual_gain_dkk: Number(r.annual_gain_dkk),
    status: r.status as Status, // as above
  }));
  const population = rowsOf('population.csv').map((r) => ({
    nace: Number(r.nace),
    nameDa: '',
    nameEn: '',
    sizeClass: r.size_class as SizeClass, // as above
    firms: Number(r.firms),
    employees: Number(r.employees),
    valueAddedDkk: Number(r.value_added_dkk),
  }));
  const relevance = rowsOf('relevance.csv').map((r) => ({
    theme: r.theme ?? '',
    nace: Number(r.nace),
    relevance: Number(r.relevance),
    note: '',
  }));
  return toModelInput(gains, population, relevance);
}
const demo = demoInput();

describe(`evaluate (demo data set: ${demo.gains.length} gain cells, ${demo.bases.length} base cells)`, () => {
  bench('same input object', () => {
    evaluate(demo, DEFAULT_PARAMS);
  });
  bench('fresh input object each time (cold)', () => {
    evaluate({ ...demo }, DEFAULT_PARAMS);
  });
});

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
