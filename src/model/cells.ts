/**
 * What the model takes from the data layer: aggregated cells, never raw rows, so a recompute costs the
 * same for 500 reports as for 5 million. The aggregation SQL lives in src/db/queries/.
 */

/** Employee size classes of the population table (Statistics Denmark's bands). */
export const SIZE_CLASSES = ['0-9', '10-49', '50-249', '250+'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const STATUSES = ['realised', 'expected'] as const;
export type Status = (typeof STATUSES)[number];

/** Sum of reported annual gains for one theme × industry × size class × year × status × gain type. */
export interface GainCell {
  theme: string;
  nace: number;
  sizeClass: SizeClass;
  year: number;
  status: Status;
  gainType: string;
  gainDkk: number;
  reports: number;
}

/**
 * Participant base for one theme × industry × size class, over the distinct companies that report in the
 * theme. Split by whether a company reported its affected employees, so `affected_share` can change
 * without a new query.
 */
export interface BaseCell {
  theme: string;
  nace: number;
  sizeClass: SizeClass;
  companies: number;
  /** Σ affected_employees over companies that report it. */
  affectedEmployees: number;
  /** Σ employees over companies that do not report affected_employees (scaled by `affected_share`). */
  employeesWithoutAffected: number;
}

/** National reference: one industry (NACE division) × size class. */
export interface PopulationCell {
  nace: number;
  sizeClass: SizeClass;
  firms: number;
  employees: number;
  valueAddedDkk: number;
}

/** The data set's explicit relevance ρ of a theme's results to an industry (overrides the defaults). */
export interface RelevanceEntry {
  theme: string;
  nace: number;
  relevance: number;
}

export interface ModelInput {
  gains: readonly GainCell[];
  bases: readonly BaseCell[];
  population: readonly PopulationCell[];
  relevance: readonly RelevanceEntry[];
}

/**
 * The canonical reported-gains format, one row per reported gain, in file order (data/README.md). It is what
 * the cells above are aggregated from, so ingest (header mapping) and db (validation) both take it from here.
 */
export const REPORTED_GAIN_COLUMNS = [
  'project_id',
  'project_title',
  'theme',
  'company_id',
  'company_name',
  'nace',
  'employees',
  'affected_employees',
  'size_class',
  'year',
  'gain_type',
  'annual_gain_dkk',
  'status',
] as const;
