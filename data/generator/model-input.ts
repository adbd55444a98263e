import type { BaseCell, GainCell, ModelInput, SizeClass, Status } from '../../src/model';
import type { PopulationRow } from './population';
import type { RelevanceRow } from './relevance';

/** The fields of a reported-gains row the model's cells are built from. */
export interface CellSource {
  theme: string;
  company_id: string;
  nace: number;
  employees: number;
  affected_employees: number | null;
  size_class: SizeClass;
  year: number;
  gain_type: string;
  annual_gain_dkk: number;
  status: Status;
}

/**
 * Rows → the model's cells, the same aggregation as src/db/queries/model-cells.ts: gains by theme × industry × size
 * × year × status × gain type; bases over the distinct companies of each theme × industry × size, with affected
 * employees summed where given and all employees summed where not.
 */
export function toModelInput(
  rows: readonly CellSource[],
  population: readonly PopulationRow[],
  relevance: readonly RelevanceRow[],
): ModelInput {
  const gains = new Map<string, GainCell>();
  const bases = new Map<string, BaseCell>();
  const seen = new Set<string>();
  for (const r of rows) {
    const gk = [r.theme, r.nace, r.size_class, r.year, r.status, r.gain_type].join('|');
    const g = gains.get(gk);
    if (g) {
      g.gainDkk += r.annual_gain_dkk;
      g.reports += 1;
    } else {
      gains.set(gk, {
        theme: r.theme,
        nace: r.nace,
        sizeClass: r.size_class,
        year: r.year,
        status: r.status,
        gainType: r.gain_type,
        gainDkk: r.annual_gain_dkk,
        reports: 1,
      });
    }
    const ck = `${r.theme}|${r.company_id}`;
    if (seen.has(ck)) continue;
    seen.add(ck);
    const bk = [r.theme, r.nace, r.size_class].join('|');
    const b = bases.get(bk) ?? {
      theme: r.theme,
      nace: r.nace,
      sizeClass: r.size_class,
      companies: 0,
      affectedEmployees: 0,
      employeesWithoutAffected: 0,
    };
    b.companies += 1;
    if (r.affected_employees === null) b.employeesWithoutAffected += r.employees;
    else b.affectedEmployees += r.affected_employees;
    bases.set(bk, b);
  }
  return {
    gains: [...gains.values()],
    bases: [...bases.values()],
    population: population.map((p) => ({
      nace: p.nace,
      sizeClass: p.sizeClass,
      firms: p.firms,
      employees: p.employees,
      valueAddedDkk: p.valueAddedDkk,
    })),
    relevance: relevance.map((r) => ({ theme: r.theme, nace: r.nace, relevance: r.relevance })),
  };
}
