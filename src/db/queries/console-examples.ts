import type { Text } from '../../model';

export interface ConsoleExample {
  id: string;
  label: Text;
  sql: string;
}

/** Saved example queries offered in the console: starting points an analyst edits, over the analyst tables. */
export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    id: 'gains-by-theme',
    label: { en: 'Gains by theme', da: 'Gevinster pr. tema' },
    sql: `-- Reported annual gains per theme, realised and expected apart
SELECT theme,
       count(*) AS reports,
       sum(annual_gain_dkk) FILTER (WHERE status = 'realised') AS realised_dkk,
       sum(annual_gain_dkk) FILTER (WHERE status = 'expected') AS expected_dkk
FROM reported_gains
GROUP BY theme
ORDER BY realised_dkk DESC NULLS LAST;`,
  },
  {
    id: 'coverage-by-industry',
    label: { en: 'Coverage per industry', da: 'Dækning pr. branche' },
    sql: `-- Participating companies against the national population per NACE division
WITH part AS (
  SELECT nace, count(*) AS companies, sum(employees) AS employees
  FROM companies GROUP BY nace),
pop AS (
  SELECT nace, any_value(nace_name_en) AS industry, sum(firms) AS firms, sum(employees) AS employees
  FROM population GROUP BY nace)
SELECT pop.nace, pop.industry, coalesce(part.companies, 0) AS companies, pop.firms,
       round(100 * coalesce(part.companies, 0) / pop.firms, 2) AS firm_coverage_pct,
       round(100 * coalesce(part.employees, 0) / pop.employees, 2) AS employee_coverage_pct
FROM pop LEFT JOIN part USING (nace)
ORDER BY pop.nace;`,
  },
  {
    id: 'realised-total',
    label: { en: 'Realised total (the Overview figure)', da: 'Realiseret i alt (Overblikkets tal)' },
    sql: `SELECT sum(annual_gain_dkk) AS realised_dkk FROM reported_gains WHERE status = 'realised';`,
  },
  {
    id: 'canonical-rows',
    label: { en: 'Active data set in the import format', da: 'Aktivt datasæt i importformatet' },
    sql: `-- Exported as CSV, this imports again as a new data set with the same totals
SELECT r.project_id, p.project_title, r.theme, r.company_id, c.company_name, c.nace, c.employees,
       c.affected_employees, c.size_class, r.year, r.gain_type, r.annual_gain_dkk, r.status
FROM reported_gains r
JOIN companies c USING (company_id)
LEFT JOIN projects p USING (project_id)
ORDER BY r.line;`,
  },
];
