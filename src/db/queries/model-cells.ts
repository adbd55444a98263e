import type { BaseCell, GainCell, ModelInput, PopulationCell, RelevanceEntry } from '../../model';
import type { Db } from '../types';
import { filterSql, type Filters } from './filters-sql';

/**
 * The model's input for the active data set: gains and participant bases aggregated by theme × industry ×
 * size class (× year × status × gain type for gains). Costs the same for 500 reports as for 5 million rows.
 */
export async function modelInput(db: Db, filters: Filters = {}): Promise<ModelInput> {
  // Filters select reported rows; the population stays the national reference.
  const f = filterSql(filters);
  const [gains, bases, population, relevance] = await Promise.all([
    db.query<GainCell & Record<string, string | number>>(
      `SELECT g.theme, c.nace, c.size_class AS "sizeClass", g.year, g.status, g.gain_type AS "gainType",
              sum(g.annual_gain_dkk) AS "gainDkk", count(*) AS reports
       FROM reported_gains g JOIN companies c USING (company_id)
       WHERE c.size_class IS NOT NULL${f.sql}
       GROUP BY ALL ORDER BY ALL`,
      f.params,
    ),
    db.query<BaseCell & Record<string, string | number>>(
      `SELECT t.theme, c.nace, c.size_class AS "sizeClass", count(*) AS companies,
              coalesce(sum(c.affected_employees), 0) AS "affectedEmployees",
              coalesce(sum(c.employees) FILTER (WHERE c.affected_employees IS NULL), 0) AS "employeesWithoutAffected"
       FROM (SELECT DISTINCT g.theme, g.company_id FROM reported_gains g JOIN companies c USING (company_id) WHERE true${f.sql}) t
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
