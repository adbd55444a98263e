/**
 * The data model. `gains_flat` holds validated rows of the canonical reported-gains format; the
 * normalised tables are derived from it so every figure can be traced back to a line of the source file.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS datasets (
  dataset_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, source VARCHAR, created_at VARCHAR,
  rows_in INTEGER, rows_loaded INTEGER, rows_rejected INTEGER, content_hash VARCHAR
);
CREATE TABLE IF NOT EXISTS gains_flat (
  dataset_id VARCHAR NOT NULL, line INTEGER NOT NULL,
  project_id VARCHAR NOT NULL, project_title VARCHAR, theme VARCHAR NOT NULL,
  company_id VARCHAR NOT NULL, company_name VARCHAR, nace INTEGER NOT NULL,
  employees INTEGER, affected_employees INTEGER, size_class VARCHAR,
  year INTEGER NOT NULL, gain_type VARCHAR NOT NULL, annual_gain_dkk DOUBLE NOT NULL, status VARCHAR NOT NULL,
  flags VARCHAR
);
CREATE TABLE IF NOT EXISTS population (
  nace INTEGER NOT NULL, nace_name_da VARCHAR, nace_name_en VARCHAR, size_class VARCHAR NOT NULL,
  firms DOUBLE NOT NULL, employees DOUBLE NOT NULL, value_added_dkk DOUBLE NOT NULL, year INTEGER, source VARCHAR
);
CREATE TABLE IF NOT EXISTS relevance (theme VARCHAR NOT NULL, nace INTEGER NOT NULL, relevance DOUBLE NOT NULL, note VARCHAR);
CREATE TABLE IF NOT EXISTS funding (
  line INTEGER, programme VARCHAR NOT NULL, source VARCHAR NOT NULL, sector VARCHAR NOT NULL,
  cash_dkk DOUBLE NOT NULL, in_kind_dkk DOUBLE NOT NULL, period VARCHAR NOT NULL,
  period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, provenance VARCHAR
);
CREATE TABLE IF NOT EXISTS members (
  line INTEGER, member_id VARCHAR NOT NULL, type VARCHAR NOT NULL, size_class VARCHAR, region VARCHAR,
  year_joined INTEGER NOT NULL, year_left INTEGER, provenance VARCHAR
);
CREATE TABLE IF NOT EXISTS activities (
  line INTEGER, activity_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, theme VARCHAR, year INTEGER NOT NULL,
  participants INTEGER NOT NULL, participating_companies INTEGER, sme_participants INTEGER, cost_dkk DOUBLE,
  provenance VARCHAR
);
`;

/**
 * Rebuilds projects, companies and reported_gains from the active data set's rows, so analysts query plain
 * tables. Run after `SET VARIABLE active_dataset = ?`.
 */
// company_row: the company's rowid in companies, its code in the Overview's index (overview-index-load.ts), kept from
// this join so the index need not join 250k company ids again.
const GAINS_SCAN_SELECT = `SELECT g.line, g.project_id, g.theme, g.company_id, c.nace, c.size_class, g.year, g.gain_type, g.annual_gain_dkk, g.status,
    c.rowid::INTEGER AS company_row
  FROM reported_gains g LEFT JOIN companies c USING (company_id)`;

/** The Overview's scan table (DERIVE_SQL), in one statement: one sort of every row. */
export const GAINS_SCAN_SQL = `CREATE OR REPLACE TABLE overview.gains_scan AS
  ${GAINS_SCAN_SELECT}
  ORDER BY g.theme, g.year, g.line`;

/**
 * The same table built one theme at a time (activateDataset on the local engine): the themes in the order the
 * single statement sorts them (NULLS LAST), each theme's rows sorted by year and line, so its rows and their order
 * are the same while each sort holds a theme's rows, not all of them (at 100M rows the one sort spilled tens of GB).
 */
export const GAINS_SCAN_BY_THEME = {
  empty: `CREATE OR REPLACE TABLE overview.gains_scan AS ${GAINS_SCAN_SELECT} LIMIT 0`,
  themes: `SELECT DISTINCT theme FROM reported_gains ORDER BY theme`,
  insert: `INSERT INTO overview.gains_scan ${GAINS_SCAN_SELECT} WHERE g.theme IS NOT DISTINCT FROM ? ORDER BY g.year, g.line`,
};

export const DERIVE_SQL = [
  `
CREATE OR REPLACE TABLE projects AS
  SELECT project_id,
         max(project_title) AS project_title,
         mode(theme) AS theme,
         count(*)::INTEGER AS reports,
         count(DISTINCT company_id)::INTEGER AS companies
  FROM gains_flat WHERE dataset_id = getvariable('active_dataset') GROUP BY project_id`,
  `CREATE OR REPLACE TABLE companies AS
  SELECT company_id,
         max(company_name) AS company_name,
         min(nace) AS nace,
         max(employees) AS employees,
         max(affected_employees) AS affected_employees,
         coalesce(max(size_class), CASE
           WHEN max(employees) IS NULL THEN NULL
           WHEN max(employees) < 10 THEN '0-9'
           WHEN max(employees) < 50 THEN '10-49'
           WHEN max(employees) < 250 THEN '50-249'
           ELSE '250+' END) AS size_class
  FROM gains_flat WHERE dataset_id = getvariable('active_dataset') GROUP BY company_id`,
  `CREATE OR REPLACE TABLE reported_gains AS
  SELECT line, project_id, theme, company_id, year, gain_type, annual_gain_dkk, status, flags
  FROM gains_flat WHERE dataset_id = getvariable('active_dataset')`,
  // The Overview's pre-aggregates live in their own schema, so a table a user loads for SQL never meets them.
  `CREATE SCHEMA IF NOT EXISTS overview`,
  // For the Overview's cross-filter: the rows with their company's nace and size class alongside (no join per
  // click), ordered by theme and year so a filter on either skips whole row groups…
  GAINS_SCAN_SQL,
  // …and pre-aggregated over every filter dimension but project and company: exact for any filter without those.
  `CREATE OR REPLACE TABLE overview.gains_cube AS
  SELECT theme, nace, size_class, year, gain_type, status,
         sum(annual_gain_dkk) AS gain_dkk, count(*)::BIGINT AS reports
  FROM overview.gains_scan GROUP BY ALL ORDER BY ALL`,
  // Each company once per theme it reported in, with its own columns and its realised gains in the theme (null
  // when none): exact for filters on theme, industry and size class only (the company's own dimensions)…
  `CREATE OR REPLACE TABLE overview.company_themes AS
  SELECT t.theme, t.company_id, c.nace, c.size_class, c.employees, c.affected_employees, t.realised_dkk
  FROM (SELECT theme, company_id, sum(annual_gain_dkk) FILTER (WHERE status = 'realised') AS realised_dkk
        FROM reported_gains GROUP BY theme, company_id) t JOIN companies c USING (company_id)
  ORDER BY t.theme, t.company_id`,
  // …each project once per theme it reported in (the summary's project count under a theme filter)…
  `CREATE OR REPLACE TABLE overview.project_themes AS
  SELECT DISTINCT theme, project_id FROM reported_gains ORDER BY theme, project_id`,
  // …and the model's participant bases from company_themes, per theme × nace × size class.
  `CREATE OR REPLACE TABLE overview.bases_cube AS
  SELECT theme, nace, size_class, count(*) AS companies,
         coalesce(sum(affected_employees), 0) AS affected_employees,
         coalesce(sum(employees) FILTER (WHERE affected_employees IS NULL), 0) AS employees_without_affected
  FROM overview.company_themes
  WHERE size_class IS NOT NULL
  GROUP BY ALL ORDER BY ALL`,
];
