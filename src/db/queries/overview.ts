import type { Db } from '../types';
import { filterSql, type Filters } from './filters-sql';

export interface DatasetSummary {
  projects: number;
  companies: number;
  reports: number;
  themes: number;
  realisedDkk: number;
  expectedDkk: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Reports whose company has no size information: they cannot enter the model. */
  reportsWithoutSize: number;
}

export async function datasetSummary(db: Db, filters: Filters = {}): Promise<DatasetSummary> {
  const f = filterSql(filters);
  const r = await db.query<DatasetSummary & Record<string, number | null>>(
    `SELECT count(DISTINCT g.project_id) AS projects,
            count(DISTINCT g.company_id) AS companies,
            count(*) AS reports,
            count(DISTINCT g.theme) AS themes,
            coalesce(sum(g.annual_gain_dkk) FILTER (WHERE g.status = 'realised'), 0) AS "realisedDkk",
            coalesce(sum(g.annual_gain_dkk) FILTER (WHERE g.status = 'expected'), 0) AS "expectedDkk",
            min(g.year) AS "firstYear", max(g.year) AS "lastYear",
            count(*) FILTER (WHERE g.size_class IS NULL) AS "reportsWithoutSize"
     FROM overview.gains_scan g
     WHERE true${f.sql}`,
    f.params,
  );
  const row = r.rows[0];
  if (!row) throw new Error('The summary query returned no row');
  return row;
}
