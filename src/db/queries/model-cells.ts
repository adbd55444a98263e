import type { BaseCell, GainCell, ModelInput, PopulationCell, RelevanceEntry } from '../../model';
import type { Db } from '../types';
import { filterSql, type Filters } from './filters-sql';

/**
 * The model's input for the active data set: gains and participant bases aggregated by theme × industry ×
 * size class (× year × status × gain type for gains). Costs the same for 500 reports as for 5 million rows.
 */
export async function modelInput(db: Db, filters: Filters = {}): Promise<ModelInput> {
  // Filters select reported rows; the population stays the national reference. The pre-aggregates of
  // DERIVE_SQL answer when they are exact for the filters (see filterSql), else the rows do.
  const f = filterSql(filters);
  const [gains, bases, population, relevance] = await Promise.all([
    db.query<GainCell & Record<string, string | number>>(
      // overview.gains_cube holds these cells already, sums and counts exact; a project or company filter needs the rows.
      f.rows
        ? `SELECT g.theme, g.nace, g.size_class AS "sizeClass", g.year, g.status, g.gain_type AS "gainType",
                  sum(g.annual_gain_dkk) AS "gainDkk", count(*) AS reports
           FROM overview.gains_scan g
           WHERE g.size_class IS NOT NULL${f.sql}
           GROUP BY ALL ORDER BY ALL`
        : `SELECT g.theme, g.nace, g.size_class AS "sizeClass", g.year, g.status, g.gain_type AS "gainType",
                  sum(g.gain_dkk) AS "gainDkk", sum(g.reports)::BIGINT AS reports
           FROM overview.gains_cube g
           WHERE g.size_class IS NOT NULL${f.sql}
           GROUP BY ALL ORDER BY ALL`,
      f.params,
    ),
    db.query<BaseCell & Record<string, string | number>>(
      f.companyOnly
        ? `SELECT g.theme, g.nace, g.size_class AS "sizeClass", g.companies,
                  g.affected_employees AS "affectedEmployees", g.employees_without_affected AS "employeesWithoutAffected"
           FROM overview.bases_cube g WHERE true${f.sql} ORDER BY ALL`
        : `SELECT t.theme, c.nace, c.size_class AS "sizeClass", count(*) AS companies,
                  coalesce(sum(c.affected_employees), 0) AS "affectedEmployees",
                  coalesce(sum(c.employees) FILTER (WHERE c.affected_employees IS NULL), 0) AS "employeesWithoutAffected"
           FROM (SELECT DISTINCT g.theme, g.company_id FROM overview.gains_scan g WHERE g.size_class IS NOT NULL${f.sql}) t
             JOIN companies c USING (company_id)
           WHERE c.size_class IS NOT NULL
           GROUP BY ALL ORDER BY ALL`,
      f.params,
    ),
    db.query<PopulationCell & Record<string, string | number>>(
      `SELECT nace, size_class AS "sizeClass", firms, employees, value_added_dkk AS "valueAddedDkk"
       FROM population ORDER BY nace, size_class`,
    ),
    db.query<RelevanceEntry & Record<string, string | number>>('SELECT theme, nace, relevance FROM relevance ORDER BY ALL'),
  ]);
  return { gains: gains.rows, bases: bases.rows, population: population.rows, relevance: relevance.rows };
}
