/** Dimensions the Overview can cross-filter on (a bar or legend click). */
export const FILTER_DIMENSIONS = [
  'theme',
  'industry',
  'size_class',
  'year',
  'gain_type',
  'status',
  'project',
  'company',
] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];
/** Active cross-filters: one value per dimension, as text (a year as '2016', an industry as '25'). */
export type Filters = Partial<Record<FilterDimension, string>>;

/**
 * Over `gains_scan g` (reported_gains with the company's nace and size class alongside) or `gains_cube g`:
 * the only place a filter dimension becomes a column. Integer columns compare with the value cast to INTEGER.
 */
const COLUMN: Record<FilterDimension, { column: string; integer: boolean }> = {
  theme: { column: 'g.theme', integer: false },
  industry: { column: 'g.nace', integer: true },
  size_class: { column: 'g.size_class', integer: false },
  year: { column: 'g.year', integer: true },
  gain_type: { column: 'g.gain_type', integer: false },
  status: { column: 'g.status', integer: false },
  project: { column: 'g.project_id', integer: false },
  company: { column: 'g.company_id', integer: false },
};

/** Dimensions gains_cube does not hold: a filter on one of them needs the rows. */
const ROW_DIMENSIONS: readonly FilterDimension[] = ['project', 'company'];

/** Dimensions that are the company's own (with theme): bases_cube answers filters on these only. */
const COMPANY_DIMENSIONS: readonly FilterDimension[] = ['theme', 'industry', 'size_class'];

/** The text an INTEGER column casts to (no sign '+', no leading zeros, no spaces), within INTEGER's range. */
export const isIntegerText = (v: string) => /^(0|-?[1-9]\d{0,9})$/.test(v) && Number(v) >= -2147483648 && Number(v) <= 2147483647;

/**
 * ` AND …` conditions for the active filters (values bound), leaving out `except` so a breakdown still shows
 * every bar of its own dimension. A filter matches the rows whose value, as text, equals the filter value: text
 * columns compare directly, integer columns with the value cast to INTEGER (text no integer casts to matches
 * nothing), so the scan compares native values. `rows` tells whether the filters need the rows (gains_scan) or
 * gains_cube answers them exactly; `companyOnly` whether bases_cube does.
 */
export function filterSql(
  filters: Filters,
  except?: FilterDimension,
): { sql: string; params: string[]; rows: boolean; companyOnly: boolean } {
  const active = FILTER_DIMENSIONS.filter((d) => d !== except && typeof filters[d] === 'string');
  const parts: string[] = [];
  const params: string[] = [];
  for (const d of active) {
    const v = filters[d] as string; // filtered to strings just above
    const c = COLUMN[d];
    if (!c.integer) {
      parts.push(` AND ${c.column} = ?`);
      params.push(v);
    } else if (isIntegerText(v)) {
      parts.push(` AND ${c.column} = CAST(? AS INTEGER)`);
      params.push(v);
    } else parts.push(' AND false');
  }
  return {
    sql: parts.join(''),
    params,
    rows: active.some((d) => ROW_DIMENSIONS.includes(d)),
    companyOnly: active.every((d) => COMPANY_DIMENSIONS.includes(d)),
  };
}

export const hasFilters = (f: Filters) => FILTER_DIMENSIONS.some((d) => typeof f[d] === 'string');
