// Inputs shared by the model's tests and bench. Not exported from index.ts.
import type { BaseCell, GainCell, ModelInput, PopulationCell, SizeClass } from './cells';
import { SIZE_CLASSES, STATUSES } from './cells';

const pop = (nace: number, sizeClass: SizeClass, firms: number, employees: number, valueAddedDkk: number): PopulationCell => ({
  nace,
  sizeClass,
  firms,
  employees,
  valueAddedDkk,
});

/**
 * The hand-computed example of the unit tests (see the comments there). Value added per employee:
 * nace 10: 0.5m / 0.6m / 0.8m / 1.0m; nace 25: 0.4m / 0.5m / 0.7m / 0.8m (by size class, small to large).
 */
export const SMALL: ModelInput = {
  population: [
    pop(10, '0-9', 100, 200, 100e6),
    pop(10, '10-49', 50, 1000, 600e6),
    pop(10, '50-249', 10, 1000, 800e6),
    pop(10, '250+', 2, 2000, 2000e6),
    pop(25, '0-9', 200, 400, 160e6),
    pop(25, '10-49', 40, 800, 400e6),
    pop(25, '50-249', 8, 1000, 700e6),
    pop(25, '250+', 1, 500, 400e6),
  ],
  gains: [
    {
      theme: 'A',
      nace: 10,
      sizeClass: '250+',
      year: 2016,
      status: 'realised',
      gainType: 'productivity',
      gainDkk: 3e6,
      reports: 1,
    },
    {
      theme: 'A',
      nace: 10,
      sizeClass: '50-249',
      year: 2017,
      status: 'realised',
      gainType: 'productivity',
      gainDkk: 1e6,
      reports: 1,
    },
    {
      theme: 'A',
      nace: 10,
      sizeClass: '250+',
      year: 2017,
      status: 'expected',
      gainType: 'productivity',
      gainDkk: 2e6,
      reports: 1,
    },
    { theme: 'B', nace: 25, sizeClass: '10-49', year: 2017, status: 'realised', gainType: 'quality', gainDkk: 0.5e6, reports: 2 },
  ],
  bases: [
    { theme: 'A', nace: 10, sizeClass: '250+', companies: 1, affectedEmployees: 100, employeesWithoutAffected: 0 },
    { theme: 'A', nace: 10, sizeClass: '50-249', companies: 1, affectedEmployees: 0, employeesWithoutAffected: 200 },
    { theme: 'B', nace: 25, sizeClass: '10-49', companies: 2, affectedEmployees: 50, employeesWithoutAffected: 0 },
  ],
  relevance: [{ theme: 'B', nace: 10, relevance: 0.5 }],
};

/** Deterministic pseudo-random numbers (mulberry32): the model takes no unseeded randomness, nor do its fixtures. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIZE_EMPLOYEES: Record<SizeClass, number> = { '0-9': 3, '10-49': 25, '50-249': 110, '250+': 900 };

/**
 * A realistic cell set: `themes` themes × 24 industries (NACE 10–33) × 4 size classes × 3 years × 2 statuses
 * of gains, a base cell per theme × industry × size, a full population table and a partial relevance table.
 */
export function realisticInput(themes = 6, seed = 2017): ModelInput {
  const rnd = seeded(seed);
  const naces = Array.from({ length: 24 }, (_, i) => 10 + i);
  const population: PopulationCell[] = [];
  for (const nace of naces) {
    for (const s of SIZE_CLASSES) {
      const firms = Math.round((s === '0-9' ? 400 : s === '10-49' ? 120 : s === '50-249' ? 30 : 6) * (0.5 + rnd()));
      const employees = firms * SIZE_EMPLOYEES[s];
      population.push({ nace, sizeClass: s, firms, employees, valueAddedDkk: employees * (500_000 + 600_000 * rnd()) });
    }
  }
  const gains: GainCell[] = [];
  const bases: BaseCell[] = [];
  const relevance = [];
  for (let t = 0; t < themes; t++) {
    const theme = `theme-${t + 1}`;
    for (const nace of naces) {
      if (rnd() < 0.3) relevance.push({ theme, nace, relevance: Math.round(rnd() * 100) / 100 });
      for (const s of SIZE_CLASSES) {
        const companies = 1 + Math.floor(rnd() * 4);
        bases.push({
          theme,
          nace,
          sizeClass: s,
          companies,
          affectedEmployees: Math.round(companies * SIZE_EMPLOYEES[s] * 0.2 * rnd()),
          employeesWithoutAffected: rnd() < 0.5 ? Math.round(companies * SIZE_EMPLOYEES[s] * rnd()) : 0,
        });
        for (const year of [2015, 2016, 2017]) {
          for (const status of STATUSES) {
            gains.push({
              theme,
              nace,
              sizeClass: s,
              year,
              status,
              gainType: 'productivity',
              gainDkk: Math.round(rnd() * 200_000),
              reports: 1 + Math.floor(rnd() * 3),
            });
          }
        }
      }
    }
  }
  return { population, gains, bases, relevance };
}
