import type { PopulationCell, RelevanceEntry } from '../../model';
import { fetchPackedColumns, type TextColumn } from '../columns';
import type { Db } from '../types';

/**
 * The Overview's data held in JS once per data set, so a cross-filter click on a cube dimension (theme, industry,
 * size class, year, gain type, status) is answered without SQL: the small gains_cube as it is stored, the rows as
 * dictionary codes in typed arrays (for the distinct counts and top lists), and the reference tables. Every
 * dictionary is fetched in DuckDB's ORDER BY order, so iterating codes in order gives SQL's ORDER BY.
 */
export interface OverviewData {
  cube: CubeCell[];
  themes: string[];
  /** Companies by company_id: code i is the i-th id. nace as its code into `naces`; size as its code into `sizes`, -1 for none. */
  companies: {
    /** Read only for the top companies shown (columns.ts: decoding all 250k strings took seconds). */
    ids: TextColumn;
    names: TextColumn;
    nace: Int32Array;
    size: Int32Array;
    employees: Float64Array;
    affected: Float64Array;
  };
  projects: { ids: string[]; titles: (string | null)[]; themes: (string | null)[] };
  naces: number[];
  sizes: string[];
  /** One entry a row of overview.gains_scan. */
  rows: {
    company: Int32Array;
    project: Int32Array;
    theme: Int32Array;
    year: Int32Array;
    gainType: Int32Array;
    status: Int32Array;
    gain: Float64Array;
    /** The row's company's nace and size codes, copied per row: the filter test reads the rows in order only. */
    nace: Int32Array;
    size: Int32Array;
  };
  gainTypes: string[];
  statuses: string[];
  /** The rows of each project (CSR: projectRows[projectStart[p] .. projectStart[p + 1]]). */
  projectStart: Int32Array;
  projectRows: Int32Array;
  population: PopulationCell[];
  relevance: RelevanceEntry[];
  /** Per NACE division in the population table: names and totals (coverage's right-hand side). */
  populationByNace: { nace: number; nameDa: string | null; nameEn: string | null; firms: number; employees: number }[];
  populationYear: number | null;
}

export interface CubeCell {
  theme: string;
  nace: number;
  sizeClass: string | null;
  year: number;
  gainType: string;
  status: string;
  gainDkk: number;
  reports: number;
}

/** Above this many rows the index is not built (JS memory ~50 B a row, and the fetch holds the worker): SQL answers. */
const MAX_INDEX_ROWS = 3_000_000;

type Query = <T extends Record<string, string | number | boolean | null>>(sql: string) => Promise<T[]>;
type Dictionaries = Pick<OverviewData, 'themes' | 'gainTypes' | 'statuses' | 'naces' | 'sizes'>;

/** Each dictionary in DuckDB's ORDER BY order, all five from one statement (k: which dictionary). */
async function dictionaries(q: Query): Promise<Dictionaries> {
  const rows = await q<{ k: number; v: string | null; x: number | null }>(
    `SELECT 0 AS k, theme AS v, NULL::INTEGER AS x FROM (SELECT DISTINCT theme FROM overview.gains_cube)
     UNION ALL SELECT 1, gain_type, NULL FROM (SELECT DISTINCT gain_type FROM overview.gains_cube)
     UNION ALL SELECT 2, status, NULL FROM (SELECT DISTINCT status FROM overview.gains_cube)
     UNION ALL SELECT 3, NULL, nace FROM (SELECT DISTINCT nace FROM companies WHERE nace IS NOT NULL)
     UNION ALL SELECT 4, size_class, NULL FROM (SELECT DISTINCT size_class FROM companies WHERE size_class IS NOT NULL)
     ORDER BY k, v, x`,
  );
  const text = (k: number) => rows.filter((r) => r.k === k).map((r) => r.v as string);
  return {
    themes: text(0),
    gainTypes: text(1),
    statuses: text(2),
    naces: rows.filter((r) => r.k === 3).map((r) => r.x as number),
    sizes: text(4),
  };
}

/** Checks that a table's rowids are 0..n-1 (written by one CREATE TABLE AS): they are the index's codes. */
function dense(table: string, n: number, lo: number | null, hi: number | null): void {
  if (n > 0 && (Number(lo) !== 0 || Number(hi) !== n - 1))
    throw new Error(`overview index: ${table} has rowids ${lo}..${hi} for ${n} rows`);
}

/**
 * Fetches the index for the active data set, or null when it has more than MAX_INDEX_ROWS rows. Two statements
 * (the sizes, the dictionaries), then the rest sent at once, so the worker runs them back to back: at 1M rows the
 * load was ~30 statements (slices of 100k rows) with a main-thread gap before each, and the gaps were most of it.
 */
export async function loadOverviewData(db: Db): Promise<OverviewData | null> {
  const q: Query = async <T extends Record<string, string | number | boolean | null>>(sql: string) =>
    (await db.query<T>(sql)).rows;
  const size = (
    await q<{ n: number; lo: number | null; hi: number | null; nc: number; clo: number | null; chi: number | null }>(
      `SELECT (SELECT count(*) FROM overview.gains_scan) AS n, (SELECT min(rowid) FROM overview.gains_scan) AS lo,
              (SELECT max(rowid) FROM overview.gains_scan) AS hi, (SELECT count(*) FROM companies) AS nc,
              (SELECT min(rowid) FROM companies) AS clo, (SELECT max(rowid) FROM companies) AS chi`,
    )
  )[0];
  const n = Number(size?.n ?? 0);
  if (n > MAX_INDEX_ROWS) return null;
  const nc = Number(size?.nc ?? 0);
  // A row's code is its rowid (its place in the typed arrays), a company's its rowid in `companies`.
  dense('overview.gains_scan', n, size?.lo ?? null, size?.hi ?? null);
  dense('companies', nc, size?.clo ?? null, size?.chi ?? null);
  const dict = await dictionaries(q);
  const { themes, gainTypes, statuses, naces, sizes } = dict;
  const sizeCase = `CASE ${sizes.map(() => 'WHEN size_class = ? THEN ?').join(' ')} WHEN size_class IS NULL THEN -1 ELSE -2 END`;
  const [cube, c, proj, parsed, population, relevance, populationByNace, py] = await Promise.all([
    q<CubeCell & Record<string, string | number | null>>(
      `SELECT theme, nace, size_class AS "sizeClass", year, gain_type AS "gainType", status, gain_dkk AS "gainDkk", reports
       FROM overview.gains_cube ORDER BY theme, nace, size_class, year, gain_type, status`,
    ),
    // nace and size class as their codes into `naces` and `sizes` (nace in JS below; -1 for NULL). Ids and names
    // are read only for the ten companies shown (columns.ts: decoding all 250k strings took seconds).
    fetchPackedColumns(
      db,
      `SELECT rowid AS i, company_id AS id, company_name AS name, coalesce(nace, 0)::INTEGER AS nace,
              (nace IS NULL)::INTEGER AS "noNace", (${sizeCase})::INTEGER AS size,
              coalesce(employees::DOUBLE, 'NaN'::DOUBLE) AS e, coalesce(affected_employees::DOUBLE, 'NaN'::DOUBLE) AS a
       FROM companies`,
      { id: 'lazy-text', name: 'lazy-text', nace: 'int', noNace: 'int', size: 'int', e: 'float', a: 'float' },
      'i',
      sizes.flatMap((v, i) => [v, i]),
    ),
    q<{ id: string; title: string | null; theme: string | null }>(
      'SELECT project_id AS id, project_title AS title, theme FROM projects ORDER BY project_id',
    ),
    // The rows as codes: each dictionary's position is its row_number over the same ORDER BY as above; a company's
    // is its rowid, kept in gains_scan by activation (company_row), so the rows need no join with the 250k company
    // ids. One statement, packed (columns.ts: one Arrow batch, each column one array), in rowid order.
    fetchPackedColumns(
      db,
      `WITH t AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT theme AS v FROM overview.gains_cube)),
            gt AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT gain_type AS v FROM overview.gains_cube)),
            st AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT status AS v FROM overview.gains_cube)),
            p AS (SELECT project_id, row_number() OVER (ORDER BY project_id) - 1 AS k FROM projects)
       SELECT g.rowid AS i, g.company_row AS company, p.k::INTEGER AS project, t.k::INTEGER AS theme, g.year::INTEGER AS year,
              gt.k::INTEGER AS "gainType", st.k::INTEGER AS status, g.annual_gain_dkk::DOUBLE AS gain
       FROM overview.gains_scan g JOIN p USING (project_id)
         JOIN t ON t.v = g.theme JOIN gt ON gt.v = g.gain_type JOIN st ON st.v = g.status
       WHERE g.company_row IS NOT NULL`,
      { company: 'int', project: 'int', theme: 'int', year: 'int', gainType: 'int', status: 'int', gain: 'float' },
      'i',
    ),
    q<PopulationCell & Record<string, string | number>>(
      `SELECT nace, size_class AS "sizeClass", firms, employees, value_added_dkk AS "valueAddedDkk"
       FROM population ORDER BY nace, size_class`,
    ),
    q<RelevanceEntry & Record<string, string | number>>('SELECT theme, nace, relevance FROM relevance ORDER BY ALL'),
    q<{ nace: number; nameDa: string | null; nameEn: string | null; firms: number; employees: number }>(
      `SELECT nace, max(nace_name_da) AS "nameDa", max(nace_name_en) AS "nameEn", sum(firms) AS firms, sum(employees) AS employees
       FROM population GROUP BY nace ORDER BY nace`,
    ),
    q<{ y: number | null }>('SELECT (SELECT max(year) FROM population)::DOUBLE AS y'),
  ]);
  if (parsed.gain.length !== n)
    throw new Error(`overview index: ${n} rows, ${parsed.gain.length} coded (a row without its company or project?)`);
  if (c.nace.length !== nc) throw new Error(`overview index: ${nc} companies, ${c.nace.length} read`);
  const naceCode = new Map(naces.map((v, i) => [v, i]));
  const companyNace = new Int32Array(nc);
  for (let i = 0; i < nc; i++) {
    const k = c.noNace[i] ? -1 : naceCode.get(c.nace[i] as number);
    if (k === undefined || c.size[i] === -2) throw new Error(`overview index: company ${i} outside the dictionaries`);
    companyNace[i] = k;
  }
  const companies = { ids: c.id, names: c.name, nace: companyNace, size: c.size, employees: c.e, affected: c.a };
  const len = n;
  const rows = {
    ...parsed,
    nace: parsed.company.map((k) => companyNace[k] as number),
    size: parsed.company.map((k) => c.size[k] as number),
  };
  // Rows grouped by project (counting sort), for the top projects' distinct companies.
  const projectStart = new Int32Array(proj.length + 1);
  for (let i = 0; i < len; i++) projectStart[(rows.project[i] as number) + 1]! += 1;
  for (let p = 0; p < proj.length; p++) projectStart[p + 1]! += projectStart[p] as number;
  const fill = projectStart.slice(0, proj.length);
  const projectRows = new Int32Array(len);
  for (let i = 0; i < len; i++) projectRows[fill[rows.project[i] as number]!++] = i;
  return {
    cube,
    themes,
    companies,
    projects: { ids: proj.map((p) => p.id), titles: proj.map((p) => p.title), themes: proj.map((p) => p.theme) },
    naces,
    sizes,
    rows,
    gainTypes,
    statuses,
    projectStart,
    projectRows,
    population,
    relevance,
    populationByNace,
    populationYear: py[0]?.y ?? null,
  };
}

/** a before b in DuckDB's default (binary: UTF-8 byte) order, which is code point order, not JS's UTF-16 unit order. */
export function byteOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

const TOP = 10;

/** The top ten (the Overview's top lists) of the codes with `has[i] === gen` by value desc, then by `before` (code order unless given). */
export function topCodes(values: Float64Array, has: Int32Array, gen: number, before = (a: number, b: number) => a < b): number[] {
  const top: number[] = [];
  const better = (i: number, k: number) => {
    const v = values[i] as number;
    const w = values[k] as number;
    return v > w || (v === w && before(i, k));
  };
  for (let i = 0; i < values.length; i++) {
    if (has[i] !== gen) continue;
    if (top.length === TOP && !better(i, top[TOP - 1] as number)) continue;
    let j = top.length;
    while (j > 0 && better(i, top[j - 1] as number)) j--;
    top.splice(j, 0, i);
    if (top.length > TOP) top.pop();
  }
  return top;
}
