import type { PopulationCell, RelevanceEntry } from '../../model';
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
    ids: string[];
    names: (string | null)[];
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

const NaNs = (v: number | null) => (v === null ? NaN : v);

/** Rows a slice of the coded fetch holds: ~1.7 MB of text, a fraction of a second of the worker. */
const SLICE_ROWS = 50_000;

type Rows = Omit<OverviewData['rows'], 'nace' | 'size'>;

/**
 * Parses the rows as string_agg wrote them ('company,project,theme,year,gain type,status,gain' joined by ';') into
 * typed arrays: the six integers digit by digit, the gain by Number() (DuckDB writes a DOUBLE as its shortest
 * round-trip text, so it reads back as the same double).
 */
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

function parseRows(text: string, len: number, into: Rows, at: number): void {
  const ints = [into.company, into.project, into.theme, into.year, into.gainType, into.status];
  const gain = into.gain;
  let i = 0;
  for (let k = at; k < at + len; k++) {
    for (const col of ints) {
      let v = 0;
      let neg = false;
      let c = text.charCodeAt(i++);
      if (c === 45) {
        neg = true;
        c = text.charCodeAt(i++);
      }
      while (c !== 44) {
        v = v * 10 + (c - 48);
        c = text.charCodeAt(i++);
      }
      col[k] = neg ? -v : v;
    }
    let end = text.indexOf(';', i);
    if (end < 0) end = text.length;
    gain[k] = Number(text.slice(i, end));
    i = end + 1;
  }
  if (i < text.length) throw new Error(`overview index: more than ${len} rows in a slice of the coded text`);
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

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
  // The companies numbered once (their code is their row_number by company_id, as SQL's ORDER BY), for the fetch
  // below and for coding the rows slice by slice.
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE overview_index_companies AS
     SELECT (row_number() OVER (ORDER BY company_id) - 1)::INTEGER AS k, company_id, company_name, nace, size_class,
            employees, affected_employees
     FROM companies`,
  );
  try {
    return await withCompanies(db, n, sliceRows, q, { cube, themes, gainTypes, statuses, naces, sizes });
  } finally {
    await db.exec('DROP TABLE IF EXISTS overview_index_projects');
    await db.exec('DROP TABLE IF EXISTS overview_index_companies');
  }
}

type Query = <T extends Record<string, string | number | boolean | null>>(sql: string) => Promise<T[]>;

/** The rest of the load, while the temp table of numbered companies exists. */
async function withCompanies(
  db: Db,
  n: number,
  sliceRows: number,
  q: Query,
  head: Pick<OverviewData, 'cube' | 'themes' | 'gainTypes' | 'statuses' | 'naces' | 'sizes'>,
): Promise<OverviewData> {
  const { cube, themes, gainTypes, statuses, naces, sizes } = head;
  type Company = {
    id: string;
    name: string | null;
    nace: number | null;
    size: string | null;
    e: number | null;
    a: number | null;
  };
  // One fetch: in slices of 50,000 the 250k companies of a 1M-row set took 1.2-2.2 s a slice, 7.2 s in all, against
  // 4.2 s whole (same machine, load ~13), so slicing them bought no shorter wait.
  const comp = (
    await db.query<Company>(
      `SELECT company_id AS id, company_name AS name, nace, size_class AS size, employees AS e, affected_employees AS a
       FROM overview_index_companies ORDER BY k`,
    )
  ).rows;
  const naceCode = new Map(naces.map((v, i) => [v, i]));
  const sizeCode = new Map(sizes.map((v, i) => [v, i]));
  const companies = {
    ids: comp.map((c) => c.id),
    names: comp.map((c) => c.name),
    nace: Int32Array.from(comp, (c) => (c.nace === null ? -1 : (naceCode.get(c.nace) ?? -1))),
    size: Int32Array.from(comp, (c) => (c.size === null ? -1 : (sizeCode.get(c.size) ?? -1))),
    employees: Float64Array.from(comp, (c) => NaNs(c.e)),
    affected: Float64Array.from(comp, (c) => NaNs(c.a)),
  };
  const proj = await q<{ id: string; title: string | null; theme: string | null }>(
    'SELECT project_id AS id, project_title AS title, theme FROM projects ORDER BY project_id',
  );
  // The rows as codes: each dictionary's position is its row_number over the same ORDER BY as above. Only the two
  // large dictionaries (companies, projects) are numbered once into temp tables; the rows themselves are coded and
  // fetched a slice of rowids at a time (gains_scan is written by one CREATE TABLE AS, so its rowids are 0..n-1), so
  // no statement of the index holds the one worker for more than a slice: a click's queries queued behind it wait
  // for one slice. (A temp table of every row's codes, a join and a sort over all of them, held it for seconds at
  // 1M rows, and the first click after an import with it.)
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
    // One aggregate a slice (one sort of its rows) rather than a column each: each row's codes stay together.
    const slice = (
      await db.query<{ codes: string | null; n: number }>(
        `WITH t AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT theme AS v FROM overview.gains_cube)),
                gt AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT gain_type AS v FROM overview.gains_cube)),
                st AS (SELECT v, row_number() OVER (ORDER BY v) - 1 AS k FROM (SELECT DISTINCT status AS v FROM overview.gains_cube)),
                g AS (SELECT rowid AS i, company_id, project_id, theme, year, gain_type, status, annual_gain_dkk
                      FROM overview.gains_scan WHERE rowid >= ? AND rowid < ?)
           SELECT string_agg(concat_ws(',', c.k, p.k, t.k, g.year, gt.k, st.k, g.annual_gain_dkk), ';' ORDER BY g.i) AS codes,
                  count(*) AS n
           FROM g JOIN overview_index_companies c USING (company_id) JOIN overview_index_projects p USING (project_id)
             JOIN t ON t.v = g.theme JOIN gt ON gt.v = g.gain_type JOIN st ON st.v = g.status`,
        [from, from + sliceRows],
      )
    ).rows[0];
    const got = Number(slice?.n ?? 0);
    const want = Math.min(sliceRows, n - from);
    if (got !== want)
      throw new Error(`overview index: ${want} rows from ${from}, ${got} coded (a row without its company or project?)`);
    parseRows(text(slice?.codes), got, parsed, from);
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
