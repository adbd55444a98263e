import type { PopulationCell, RelevanceEntry } from '../../model';
import { fetchColumns, type TextColumn } from '../columns';
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

/** Rows a slice of the coded fetch holds (7 columns, ~3.6 MB of Arrow): an interactive call waits for one slice at most. */
const SLICE_ROWS = 100_000;

/** Slices of text, each `size` long but the last, read as one column of `length`. */
const joined = (slices: TextColumn[], size: number, length: number): TextColumn => ({
  length,
  get: (i) => slices[Math.floor(i / size)]?.get(i % size) ?? null,
});

type Rows = Omit<OverviewData['rows'], 'nace' | 'size'>;

function emptyRows(len: number): Rows {
  const ints = () => new Int32Array(len);
  return {
    company: ints(),
    project: ints(),
    theme: ints(),
    year: ints(),
    gainType: ints(),
    status: ints(),
    gain: new Float64Array(len),
  };
}

/** Fetches the index for the active data set, or null when it has more than MAX_INDEX_ROWS rows. */
export async function loadOverviewData(db: Db, sliceRows = SLICE_ROWS): Promise<OverviewData | null> {
  const n = Number((await db.query<{ n: number }>('SELECT count(*) AS n FROM overview.gains_scan')).rows[0]?.n ?? 0);
  if (n > MAX_INDEX_ROWS) return null;
  const q = async <T extends Record<string, string | number | boolean | null>>(sql: string) => (await db.query<T>(sql)).rows;
  const cube = await q<CubeCell & Record<string, string | number | null>>(
    `SELECT theme, nace, size_class AS "sizeClass", year, gain_type AS "gainType", status, gain_dkk AS "gainDkk", reports
     FROM overview.gains_cube ORDER BY theme, nace, size_class, year, gain_type, status`,
  );
  const themes = (await q<{ v: string }>('SELECT DISTINCT theme AS v FROM overview.gains_cube ORDER BY 1')).map((r) => r.v);
  const gainTypes = (await q<{ v: string }>('SELECT DISTINCT gain_type AS v FROM overview.gains_cube ORDER BY 1')).map(
    (r) => r.v,
  );
  const statuses = (await q<{ v: string }>('SELECT DISTINCT status AS v FROM overview.gains_cube ORDER BY 1')).map((r) => r.v);
  const naces = (await q<{ v: number }>('SELECT DISTINCT nace AS v FROM companies WHERE nace IS NOT NULL ORDER BY 1')).map(
    (r) => r.v,
  );
  const sizes = (
    await q<{ v: string }>('SELECT DISTINCT size_class AS v FROM companies WHERE size_class IS NOT NULL ORDER BY 1')
  ).map((r) => r.v);
  try {
    return await withCompanies(db, n, sliceRows, q, { cube, themes, gainTypes, statuses, naces, sizes });
  } finally {
    await db.exec('DROP TABLE IF EXISTS overview_index_projects');
  }
}

/** Checks that `table`'s rowids are 0..count-1 (a table written by one CREATE TABLE AS): they are the index's codes. */
async function denseRowids(db: Db, table: string): Promise<number> {
  const r = (
    await db.query<{ n: number; lo: number | null; hi: number | null }>(
      `SELECT count(*) AS n, min(rowid) AS lo, max(rowid) AS hi FROM ${table}`,
    )
  ).rows[0];
  const n = Number(r?.n ?? 0);
  if (n > 0 && (Number(r?.lo) !== 0 || Number(r?.hi) !== n - 1))
    throw new Error(`overview index: ${table} has rowids ${r?.lo}..${r?.hi} for ${n} rows`);
  return n;
}

type Query = <T extends Record<string, string | number | boolean | null>>(sql: string) => Promise<T[]>;

/** The rest of the load, while the temp table of numbered projects may exist. */
async function withCompanies(
  db: Db,
  n: number,
  sliceRows: number,
  q: Query,
  head: Pick<OverviewData, 'cube' | 'themes' | 'gainTypes' | 'statuses' | 'naces' | 'sizes'>,
): Promise<OverviewData> {
  const { cube, themes, gainTypes, statuses, naces, sizes } = head;
  // A company's code is its rowid in `companies` (no numbering by company_id: that sort and the temp table it went
  // into were single statements of 0.3 s quiet, 1.8 s loaded, that a click waited behind), fetched in slices of rowids
  // as columns (columns.ts). nace and size class come as their codes into `naces` and `sizes` (-1 for NULL).
  const nc = await denseRowids(db, 'companies');
  const sizeCase = `CASE ${sizes.map(() => 'WHEN size_class = ? THEN ?').join(' ')} WHEN size_class IS NULL THEN -1 ELSE -2 END`;
  const naceCode = new Map(naces.map((v, i) => [v, i]));
  const companies = {
    ids: { length: 0, get: () => null } as TextColumn,
    names: { length: 0, get: () => null } as TextColumn,
    nace: new Int32Array(nc),
    size: new Int32Array(nc),
    employees: new Float64Array(nc),
    affected: new Float64Array(nc),
  };
  const idSlices: TextColumn[] = [];
  const nameSlices: TextColumn[] = [];
  for (let from = 0; from < nc; from += sliceRows) {
    const c = await fetchColumns(
      db,
      `SELECT company_id AS id, company_name AS name, coalesce(nace, 0)::INTEGER AS nace, (nace IS NULL)::INTEGER AS "noNace",
              (${sizeCase})::INTEGER AS size,
              coalesce(employees::DOUBLE, 'NaN'::DOUBLE) AS e, coalesce(affected_employees::DOUBLE, 'NaN'::DOUBLE) AS a
       FROM companies WHERE rowid >= ? AND rowid < ? ORDER BY rowid`,
      { id: 'lazy-text', name: 'lazy-text', nace: 'int', noNace: 'int', size: 'int', e: 'float', a: 'float' },
      [...sizes.flatMap((v, i) => [v, i]), from, from + sliceRows],
    );
    if (c.nace.length !== Math.min(sliceRows, nc - from)) throw new Error(`overview index: companies from ${from} short`);
    c.nace.forEach((v, i) => {
      const k = c.noNace[i] ? -1 : naceCode.get(v);
      if (k === undefined || c.size[i] === -2) throw new Error(`overview index: company ${from + i} outside the dictionaries`);
      companies.nace[from + i] = k;
    });
    companies.size.set(c.size, from);
    companies.employees.set(c.e, from);
    companies.affected.set(c.a, from);
    idSlices.push(c.id);
    nameSlices.push(c.name);
  }
  companies.ids = joined(idSlices, sliceRows, nc);
  companies.names = joined(nameSlices, sliceRows, nc);
  const proj = await q<{ id: string; title: string | null; theme: string | null }>(
    'SELECT project_id AS id, project_title AS title, theme FROM projects ORDER BY project_id',
  );
  // The rows as codes: each dictionary's position is its row_number over the same ORDER BY as above; a company's is
  // its rowid, kept in gains_scan by activation (company_row), so the rows need no join with the 250k company ids
  // (that join, per slice or once, was most of the load: 1.8 s of one statement at 1M rows on the loaded machine).
  // Fetched a slice of rowids at a time (gains_scan is written by one CREATE TABLE AS, so its rowids are 0..n-1).
  const span = (
    await db.query<{ lo: number | null; hi: number | null }>('SELECT min(rowid) AS lo, max(rowid) AS hi FROM overview.gains_scan')
  ).rows[0];
  if (n > 0 && (Number(span?.lo) !== 0 || Number(span?.hi) !== n - 1))
    throw new Error(`overview index: rowids ${span?.lo}..${span?.hi} for ${n} rows`);
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE overview_index_projects AS
       SELECT project_id, (row_number() OVER (ORDER BY project_id) - 1)::INTEGER AS k FROM projects`,
  );
  const parsed = emptyRows(n);
  let coded = 0;
  for (let from = 0; from < n; from += sliceRows) {
    const slice = await fetchColumns(
      db,
      `WITH t AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT theme AS v FROM overview.gains_cube)),
              gt AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT gain_type AS v FROM overview.gains_cube)),
              st AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT status AS v FROM overview.gains_cube)),
              g AS (SELECT rowid AS i, company_row, project_id, theme, year, gain_type, status, annual_gain_dkk
                    FROM overview.gains_scan WHERE rowid >= ? AND rowid < ?)
         SELECT g.company_row AS company, p.k::INTEGER AS project, t.k::INTEGER AS theme, g.year::INTEGER AS year,
                gt.k::INTEGER AS "gainType", st.k::INTEGER AS status, g.annual_gain_dkk::DOUBLE AS gain
         FROM g JOIN overview_index_projects p USING (project_id)
           JOIN t ON t.v = g.theme JOIN gt ON gt.v = g.gain_type JOIN st ON st.v = g.status
         WHERE g.company_row IS NOT NULL
         ORDER BY g.i`,
      { company: 'int', project: 'int', theme: 'int', year: 'int', gainType: 'int', status: 'int', gain: 'float' },
      [from, from + sliceRows],
    );
    const got = slice.gain.length;
    const want = Math.min(sliceRows, n - from);
    if (got !== want)
      throw new Error(`overview index: ${want} rows from ${from}, ${got} coded (a row without its company or project?)`);
    for (const k of ['company', 'project', 'theme', 'year', 'gainType', 'status', 'gain'] as const) parsed[k].set(slice[k], from);
    coded += got;
  }
  if (coded !== n) throw new Error(`overview index: ${n} rows, ${coded} coded`);
  const len = parsed.gain.length;
  const rows = {
    ...parsed,
    nace: parsed.company.map((c) => companies.nace[c] as number),
    size: parsed.company.map((c) => companies.size[c] as number),
  };
  // Rows grouped by project (counting sort), for the top projects' distinct companies.
  const projectStart = new Int32Array(proj.length + 1);
  for (let i = 0; i < len; i++) projectStart[(rows.project[i] as number) + 1]! += 1;
  for (let p = 0; p < proj.length; p++) projectStart[p + 1]! += projectStart[p] as number;
  const fill = projectStart.slice(0, proj.length);
  const projectRows = new Int32Array(len);
  for (let i = 0; i < len; i++) projectRows[fill[rows.project[i] as number]!++] = i;

  const population = await q<PopulationCell & Record<string, string | number>>(
    `SELECT nace, size_class AS "sizeClass", firms, employees, value_added_dkk AS "valueAddedDkk"
     FROM population ORDER BY nace, size_class`,
  );
  const relevance = await q<RelevanceEntry & Record<string, string | number>>(
    'SELECT theme, nace, relevance FROM relevance ORDER BY ALL',
  );
  const populationByNace = await q<{
    nace: number;
    nameDa: string | null;
    nameEn: string | null;
    firms: number;
    employees: number;
  }>(
    `SELECT nace, max(nace_name_da) AS "nameDa", max(nace_name_en) AS "nameEn", sum(firms) AS firms, sum(employees) AS employees
     FROM population GROUP BY nace ORDER BY nace`,
  );
  const py = await q<{ y: number | null }>('SELECT (SELECT max(year) FROM population)::DOUBLE AS y');
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
