import type { Db } from '../types';
import { FILTER_DIMENSIONS, filterSql, type Filters } from './filters-sql';

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
  if (!f.rows) return cubeSummary(db, filters, f);
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

/**
 * The summary without project or company filters: sums and counts from overview.gains_cube, the distinct projects
 * and companies from the (theme × project / company) tables when only a theme is filtered, else from the rows.
 */
async function cubeSummary(db: Db, filters: Filters, f: ReturnType<typeof filterSql>): Promise<DatasetSummary> {
  const themeOnly = FILTER_DIMENSIONS.every((d) => d === 'theme' || typeof filters[d] !== 'string');
  const distinct = themeOnly
    ? `(SELECT count(*) FROM overview.project_themes g WHERE true${f.sql}) AS projects,
       (SELECT count(*) FROM overview.company_themes g WHERE true${f.sql}) AS companies`
    : `(SELECT count(DISTINCT g.project_id) FROM overview.gains_scan g WHERE true${f.sql}) AS projects,
       (SELECT count(DISTINCT g.company_id) FROM overview.gains_scan g WHERE true${f.sql}) AS companies`;
  // Without a theme filter a project or company counts once however many themes it reported in.
  const distinctAll = `(SELECT count(*) FROM projects) AS projects, (SELECT count(*) FROM companies) AS companies`;
  const r = await db.query<DatasetSummary & Record<string, number | null>>(
    `SELECT ${themeOnly && typeof filters.theme !== 'string' ? distinctAll : distinct},
            coalesce(sum(g.reports), 0)::BIGINT AS reports,
            count(DISTINCT g.theme) AS themes,
            coalesce(sum(g.gain_dkk) FILTER (WHERE g.status = 'realised'), 0) AS "realisedDkk",
            coalesce(sum(g.gain_dkk) FILTER (WHERE g.status = 'expected'), 0) AS "expectedDkk",
            min(g.year) AS "firstYear", max(g.year) AS "lastYear",
            coalesce(sum(g.reports) FILTER (WHERE g.size_class IS NULL), 0)::BIGINT AS "reportsWithoutSize"
     FROM overview.gains_cube g
     WHERE true${f.sql}`,
    themeOnly && typeof filters.theme !== 'string' ? f.params : [...f.params, ...f.params, ...f.params],
  );
  const row = r.rows[0];
  if (!row) throw new Error('The summary query returned no row');
  return row;
}
