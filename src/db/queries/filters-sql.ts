/** Dimensions the Overview can cross-filter on (a bar or legend click). */
export const FILTER_DIMENSIONS = ['theme', 'industry', 'size_class', 'year', 'gain_type', 'status', 'project', 'company'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];
/** Active cross-filters: one value per dimension, as text (a year as '2016', an industry as '25'). */
export type Filters = Partial<Record<FilterDimension, string>>;

// Over `reported_gains g JOIN companies c`: the only place a filter dimension becomes a column.
const COLUMN: Record<FilterDimension, string> = {
  theme: 'g.theme',
  industry: 'c.nace',
  size_class: 'c.size_class',
  year: 'g.year',
  gain_type: 'g.gain_type',
  status: 'g.status',
  project: 'g.project_id',
  company: 'g.company_id',
};

/**
 * ` AND …` conditions for the active filters (values bound, compared as text), leaving out `except` so a
 * breakdown still shows every bar of its own dimension.
 */
export function filterSql(filters: Filters, except?: FilterDimension): { sql: string; params: string[]; companies: boolean } {
  const active = FILTER_DIMENSIONS.filter((d) => d !== except && typeof filters[d] === 'string');
  return {
    // Whether a condition reads `c.`: queries that need nothing else from companies skip the join then.
    companies: active.some((d) => COLUMN[d].startsWith('c.')),
    sql: active.map((d) => ` AND CAST(${COLUMN[d]} AS VARCHAR) = ?`).join(''),
    params: active.map((d) => filters[d] as string), // filtered to strings just above
  };
}

export const hasFilters = (f: Filters) => FILTER_DIMENSIONS.some((d) => typeof f[d] === 'string');
