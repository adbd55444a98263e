import type { Db } from '../types';

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

export async function datasetSummary(db: Db): Promise<DatasetSummary> {
  const r = await db.query<DatasetSummary & Record<string, number | null>>(
    `SELECT (SELECT count(*) FROM projects) AS projects,
            (SELECT count(*) FROM companies) AS companies,
            count(*) AS reports,
            count(DISTINCT theme) AS themes,
            coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS "realisedDkk",
            coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'expected'), 0) AS "expectedDkk",
            min(year) AS "firstYear", max(year) AS "lastYear",
            count(*) FILTER (WHERE company_id IN (SELECT company_id FROM companies WHERE size_class IS NULL)) AS "reportsWithoutSize"
     FROM reported_gains`,
  );
  const row = r.rows[0];
  if (!row) throw new Error('The summary query returned no row');
  return row;
}
