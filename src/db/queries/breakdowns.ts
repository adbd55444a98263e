import { quoteIdent } from '../sql';
import type { Db } from '../types';
import { filterSql, type FilterDimension, type Filters } from './filters-sql';

/** Reported gains grouped by one column of reported_gains (or the company's size class). */
export type ReportedDimension = 'theme' | 'year' | 'gain_type' | 'status' | 'size_class';

export interface ReportedGroup {
  /** The group's value as text (a year as '2017'); null when the rows have none (e.g. no size class). */
  key: string | null;
  realisedDkk: number;
  expectedDkk: number;
  totalDkk: number;
  reports: number;
}

const DIMENSIONS: Record<ReportedDimension, string> = {
  theme: 'theme',
  year: 'year',
  gain_type: 'gain_type',
  status: 'status',
  size_class: 'size_class',
};

/** The sums over overview.gains_scan's rows, or over overview.gains_cube's cells when the filters allow it (see filterSql). */
const ROW_SUMS = `coalesce(sum(g.annual_gain_dkk) FILTER (WHERE g.status = 'realised'), 0) AS "realisedDkk",
  coalesce(sum(g.annual_gain_dkk) FILTER (WHERE g.status = 'expected'), 0) AS "expectedDkk",
  coalesce(sum(g.annual_gain_dkk), 0) AS "totalDkk",
  count(*)::INTEGER AS reports`;
const CUBE_SUMS = `coalesce(sum(g.gain_dkk) FILTER (WHERE g.status = 'realised'), 0) AS "realisedDkk",
  coalesce(sum(g.gain_dkk) FILTER (WHERE g.status = 'expected'), 0) AS "expectedDkk",
  coalesce(sum(g.gain_dkk), 0) AS "totalDkk",
  coalesce(sum(g.reports), 0)::INTEGER AS reports`;
const source = (rows: boolean) =>
  rows ? { from: 'overview.gains_scan g', sums: ROW_SUMS } : { from: 'overview.gains_cube g', sums: CUBE_SUMS };

/** Σ reported gains per theme, year, gain type, status or size class; largest total first (years in order). */
export async function reportedBy(db: Db, dimension: ReportedDimension, filters: Filters = {}): Promise<ReportedGroup[]> {
  const f = filterSql(filters, dimension as FilterDimension);
  const d = DIMENSIONS[dimension];
  if (!d) throw new Error(`Unknown breakdown "${String(dimension)}"; use one of ${Object.keys(DIMENSIONS).join(', ')}`);
  const col = `g.${quoteIdent(d)}`;
  const src = source(f.rows);
  // Size classes in size order ('250+' sorts before '50-249' as text), years in time order, the rest largest first.
  const order =
    dimension === 'size_class'
      ? `list_position(['0-9', '10-49', '50-249', '250+'], ${col}) NULLS LAST, key NULLS LAST`
      : dimension === 'year'
        ? `${col} NULLS LAST`
        : `"totalDkk" DESC, key NULLS LAST`;
  const r = await db.query<ReportedGroup & Record<string, string | number | null>>(
    `SELECT CAST(${col} AS VARCHAR) AS key, ${src.sums}
     FROM ${src.from}
     WHERE true${f.sql}
     GROUP BY ${col} ORDER BY ${order}`,
    f.params,
  );
  return r.rows;
}

export interface IndustryGroup {
  nace: number | null;
  nameDa: string | null;
  nameEn: string | null;
  realisedDkk: number;
  expectedDkk: number;
  totalDkk: number;
  reports: number;
}

/** One name per NACE division, from the population table. */
const NAMES = `(SELECT nace, max(nace_name_da) AS name_da, max(nace_name_en) AS name_en FROM population GROUP BY nace)`;

/** Σ reported gains per NACE division of the reporting company, with the division's Danish and English names. */
export async function reportedByIndustry(db: Db, filters: Filters = {}): Promise<IndustryGroup[]> {
  const f = filterSql(filters, 'industry');
  const src = source(f.rows);
  const r = await db.query<IndustryGroup & Record<string, string | number | null>>(
    `SELECT g.nace AS nace, n.name_da AS "nameDa", n.name_en AS "nameEn", ${src.sums}
     FROM ${src.from} LEFT JOIN ${NAMES} n ON n.nace = g.nace
     WHERE true${f.sql}
     GROUP BY g.nace, n.name_da, n.name_en ORDER BY g.nace NULLS LAST`,
    f.params,
  );
  return r.rows;
}

export interface TopProject {
  projectId: string;
  title: string | null;
  theme: string | null;
  companies: number;
  realisedDkk: number;
}

/** Projects by realised gains, largest first (ties by id so the list is stable). */
export async function topProjects(db: Db, limit = 10, filters: Filters = {}): Promise<TopProject[]> {
  const f = filterSql(filters, 'project');
  const r = await db.query<TopProject & Record<string, string | number | null>>(
    // Aggregate first, then look up the ten winners' titles: joining every row costs more than the grouping.
    `WITH top AS (
       SELECT g.project_id, count(DISTINCT g.company_id)::INTEGER AS companies, sum(g.annual_gain_dkk) AS realised
       FROM overview.gains_scan g
       WHERE g.status = 'realised'${f.sql}
       GROUP BY g.project_id ORDER BY realised DESC, g.project_id LIMIT ?)
     SELECT top.project_id AS "projectId", p.project_title AS title, p.theme AS theme, top.companies, top.realised AS "realisedDkk"
     FROM top LEFT JOIN projects p USING (project_id)
     ORDER BY "realisedDkk" DESC, "projectId"`,
    [...f.params, limit],
  );
  return r.rows;
}

export interface TopCompany {
  companyId: string;
  name: string | null;
  nace: number | null;
  sizeClass: string | null;
  realisedDkk: number;
}

/** Companies by realised gains, largest first (from overview.company_themes when the filters are the company's own). */
export async function topCompanies(db: Db, limit = 10, filters: Filters = {}): Promise<TopCompany[]> {
  const f = filterSql(filters, 'company');
  const r = await db.query<TopCompany & Record<string, string | number | null>>(
    `WITH top AS (
       SELECT g.company_id, ${f.companyOnly ? 'sum(g.realised_dkk)' : 'sum(g.annual_gain_dkk)'} AS realised
       FROM ${f.companyOnly ? 'overview.company_themes g WHERE g.realised_dkk IS NOT NULL' : "overview.gains_scan g WHERE g.status = 'realised'"}${f.sql}
       GROUP BY g.company_id ORDER BY realised DESC, g.company_id LIMIT ?)
     SELECT top.company_id AS "companyId", c.company_name AS name, c.nace AS nace, c.size_class AS "sizeClass", top.realised AS "realisedDkk"
     FROM top LEFT JOIN companies c USING (company_id)
     ORDER BY "realisedDkk" DESC, "companyId"`,
    [...f.params, limit],
  );
  return r.rows;
}

export interface IndustryCoverage {
  nace: number;
  nameDa: string | null;
  nameEn: string | null;
  /** Participating companies in the division and their employees. */
  participants: number;
  participantEmployees: number;
  /** The division's firms and employees in the national population (all size classes). */
  populationFirms: number;
  populationEmployees: number;
}

/** Participants vs the national population per industry; divisions on either side only are kept. */
export async function coverageByIndustry(db: Db, filters: Filters = {}): Promise<IndustryCoverage[]> {
  const f = filterSql(filters, 'industry');
  // Every company has reported, so without filters the participants are the companies; a filter on the company's
  // own dimensions reads companies or (theme × company, distinct) overview.company_themes; any other needs the rows.
  const from = !f.companyOnly
    ? `companies g WHERE g.company_id IN (SELECT g.company_id FROM overview.gains_scan g WHERE true${f.sql})`
    : typeof filters.theme === 'string'
      ? `overview.company_themes g WHERE true${f.sql}`
      : `companies g WHERE true${f.sql}`;
  const r = await db.query<IndustryCoverage & Record<string, string | number | null>>(
    `WITH part AS (
       SELECT g.nace, count(*)::INTEGER AS participants, coalesce(sum(g.employees), 0)::DOUBLE AS employees
       FROM ${from} AND g.nace IS NOT NULL
       GROUP BY g.nace),
     pop AS (
       SELECT nace, max(nace_name_da) AS name_da, max(nace_name_en) AS name_en,
              sum(firms) AS firms, sum(employees) AS employees
       FROM population GROUP BY nace)
     SELECT coalesce(pop.nace, part.nace) AS nace, pop.name_da AS "nameDa", pop.name_en AS "nameEn",
            coalesce(part.participants, 0) AS participants, coalesce(part.employees, 0) AS "participantEmployees",
            coalesce(pop.firms, 0) AS "populationFirms", coalesce(pop.employees, 0) AS "populationEmployees"
     FROM pop FULL OUTER JOIN part ON pop.nace = part.nace
     ORDER BY 1`,
    f.params,
  );
  return r.rows;
}
