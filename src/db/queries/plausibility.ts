import type { CheckInput, SizeClass } from '../../model';
import type { Db } from '../types';
import { filterSql, type Filters } from './filters-sql';

/**
 * What the model's plausibility checks need beyond its cells, for the reports the filters select: the distinct
 * participating companies per population cell (industry × size class) with their employees, the company with the
 * largest realised gains, the population table's year and the reports' median year.
 */
export async function checkInput(db: Db, filters: Filters = {}): Promise<CheckInput> {
  const f = filterSql(filters);
  const [participants, top, years] = await Promise.all([
    db.query<{ nace: number; sizeClass: SizeClass; companies: number; employees: number }>(
      `SELECT c.nace, c.size_class AS "sizeClass", count(*)::DOUBLE AS companies, coalesce(sum(c.employees), 0)::DOUBLE AS employees
       FROM (SELECT DISTINCT g.company_id FROM overview.gains_scan g WHERE true${f.sql}) t JOIN companies c USING (company_id)
       WHERE c.size_class IS NOT NULL
       GROUP BY ALL ORDER BY ALL`,
      f.params,
    ),
    db.query<{ companyId: string; name: string | null; realisedDkk: number }>(
      `SELECT g.company_id AS "companyId", any_value(c.company_name) AS name, sum(g.annual_gain_dkk)::DOUBLE AS "realisedDkk"
       FROM overview.gains_scan g LEFT JOIN companies c USING (company_id)
       WHERE g.status = 'realised'${f.sql}
       GROUP BY g.company_id ORDER BY "realisedDkk" DESC, g.company_id LIMIT 1`,
      f.params,
    ),
    db.query<{ populationYear: number | null; reportsMedianYear: number | null }>(
      `SELECT (SELECT max(year) FROM population)::DOUBLE AS "populationYear",
              (SELECT median(g.year) FROM overview.gains_scan g WHERE true${f.sql})::DOUBLE AS "reportsMedianYear"`,
      f.params,
    ),
  ]);
  const y = years.rows[0];
  const t = top.rows[0];
  return {
    participants: participants.rows,
    topCompany: t && t.realisedDkk > 0 ? t : null,
    populationYear: y?.populationYear ?? null,
    reportsMedianYear: y?.reportsMedianYear ?? null,
  };
}
