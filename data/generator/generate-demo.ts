// Writes the demo data set: npx tsx data/generator/generate-demo.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toCsv } from './csv';
import { buildPopulation, POPULATION_SOURCE, POPULATION_YEAR, type PopulationRow } from './population';
import { buildProgramme, type GainRow } from './programme';
import { buildRelevance, type RelevanceRow } from './relevance';
import { TARGET_NATIONAL_POTENTIAL_DKK, tune, withAffected, type Outcome } from './tune';

export const SEED = 'spillover-demo-1';

export const GAINS_HEADER = [
  'project_id',
  'project_title',
  'theme',
  'company_id',
  'company_name',
  'nace',
  'employees',
  'affected_employees',
  'size_class',
  'year',
  'gain_type',
  'annual_gain_dkk',
  'status',
] as const;
export const POPULATION_HEADER = [
  'nace',
  'nace_name_da',
  'nace_name_en',
  'size_class',
  'firms',
  'employees',
  'value_added_dkk',
  'year',
  'source',
] as const;
export const RELEVANCE_HEADER = ['theme', 'nace', 'relevance', 'note'] as const;

export interface DemoData {
  /** File name under data/demo/ → its content. */
  files: Record<'reported-gains.csv' | 'population.csv' | 'relevance.csv', string>;
  rows: GainRow[];
  population: PopulationRow[];
  relevance: RelevanceRow[];
  /** What the reference preset gives on the tuned data. */
  outcome: Outcome;
}

function gainsCsv(rows: readonly GainRow[]): string {
  const out = rows.map((r) => GAINS_HEADER.map((h) => r[h]));
  for (const cells of out) {
    for (const v of cells) {
      // Keep the flat file splittable on commas: no field needs quoting.
      if (typeof v === 'string' && /[",\r\n]/.test(v)) throw new Error(`demo field needs quoting: ${v}`);
    }
  }
  return toCsv(GAINS_HEADER, out);
}

/** The whole demo data set, tuned. Pure: same output on every run and platform, no files touched. */
export function generateDemo(seed = SEED): DemoData {
  const population = buildPopulation();
  const relevance = buildRelevance();
  const programme = buildProgramme(seed, population);
  const outcome = tune(programme.rows, programme.companies, population, relevance);
  const rows = withAffected(programme.rows, programme.companies);
  return {
    files: {
      'reported-gains.csv': gainsCsv(rows),
      'population.csv': toCsv(
        POPULATION_HEADER,
        population.map((p) => [
          p.nace,
          p.nameDa,
          p.nameEn,
          p.sizeClass,
          p.firms,
          p.employees,
          p.valueAddedDkk,
          POPULATION_YEAR,
          POPULATION_SOURCE,
        ]),
      ),
      'relevance.csv': toCsv(
        RELEVANCE_HEADER,
        relevance.map((r) => [r.theme, r.nace, r.relevance, r.note]),
      ),
    },
    rows,
    population,
    relevance,
    outcome,
  };
}

export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const demo = generateDemo();
  mkdirSync(DEMO_DIR, { recursive: true });
  for (const [name, text] of Object.entries(demo.files)) writeFileSync(join(DEMO_DIR, name), text);
  const { nationalPotential: n, socialGain: s, socialGainEur: eur } = demo.outcome;
  const dev = (n / TARGET_NATIONAL_POTENTIAL_DKK - 1) * 100;
  console.log(`wrote ${Object.keys(demo.files).join(', ')} to ${DEMO_DIR}`);
  console.log(
    `${demo.rows.length} reports; damvad-2017: N = ${n.toFixed(0)} DKK (${dev >= 0 ? '+' : ''}${dev.toFixed(4)}% of target), S = ${s.toFixed(0)} DKK, S in EUR = ${eur.toFixed(0)}`,
  );
}
