import { REPORTED_GAIN_COLUMNS } from '../../model';
import type { Db } from '../types';
import { quoteIdent } from '../sql';
import { ambiguousExpr, decideStyle, numberExpr, stripSpaces, type NumberStyle } from './number-sql';
import { stagedNumberStyle } from './import-values';
import { stagedRelation } from './stage-lazy';
import type { ColumnFacts, RejectCode, RejectedRow } from './import-types';

export type { ColumnFacts } from './import-types';

/**
 * Validation uses what the byte scan proved about the file's columns (`facts`) to skip work that cannot change a
 * value. Off: every column is typed as if nothing were known (the parity test runs both ways).
 */
const USE_SCAN_FACTS = true;

/**
 * `typedRead`: a large lazily staged file (stage-lazy.ts) is read for the insert with its plain-number columns typed
 * by DuckDB's reader (no text per value, no cast in SQL); reasons are still built from the text. `fastPathFrom`:
 * the staged rows from which the insert reads the staged rows directly (the parity test lowers it to 0, so small
 * files take the typed read too). `typedReads` counts the inserts that read typed columns, `typedFallbacks` those
 * that had to type the text after all (the parity test's proof that the path engaged, and never needed its net).
 * `compactOk`: the accept test in fewer terms (see `badExpr`; off: one term per check, as the reasons are built).
 */
export const validationTuning = { typedRead: true, compactOk: true, fastPathFrom: 20_000, typedReads: 0, typedFallbacks: 0 };

/** Columns of the canonical reported-gains format, in file order. */
export const GAIN_COLUMNS = REPORTED_GAIN_COLUMNS;
type GainColumn = (typeof GAIN_COLUMNS)[number];

/** Canonical column → the staged file's column that holds it (null: not in the file). */
export type GainMapping = Record<GainColumn, string | null>;

export interface ImportOutcome {
  rowsIn: number;
  rowsLoaded: number;
  rowsRejected: number;
  numberStyle: NumberStyle;
  realisedTotal: number;
  expectedTotal: number;
  /** Accepted rows that carry a warning (negative gain = a reported loss). */
  flagged: number;
  rejected: RejectedRow[];
}

const GAIN_TYPES_DA: Record<string, string> = {
  produktivitet: 'productivity',
  omkostningsbesparelse: 'cost_saving',
  besparelse: 'cost_saving',
  kvalitet: 'quality',
  energi: 'energy',
  omsaetning: 'revenue',
  omsætning: 'revenue',
};

/** Per file column, what the scan proved (absent: nothing). */
type ScanFacts = Readonly<Record<string, ColumnFacts>>;

function col(mapping: GainMapping, c: GainColumn, facts: ScanFacts = {}, typedColumns: readonly string[] = []): string {
  const source = mapping[c];
  if (source === null) return 'NULL::VARCHAR';
  const x = quoteIdent(source);
  // Typed by the reader (DOUBLE): an empty field is already NULL, and there is nothing to trim.
  if (typedColumns.includes(source)) return x;
  // No space anywhere in the column: neither prefix nor suffix holds, so the CASE below is exactly this.
  if (facts[source]?.noSpace) return `nullif(${x}, '')`;
  // Trimmed and empty → NULL, with trim() called only where there is a space to trim (it is costly at 1M rows).
  return `CASE WHEN prefix(${x}, ' ') OR suffix(${x}, ' ') THEN nullif(trim(${x}), '') WHEN ${x} = '' THEN NULL ELSE ${x} END`;
}

/** The range of an INTEGER column: a whole number outside it is a row reject, not a conversion error for the file. */
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
/**
 * The largest annual gain a row may report, in DKK either way: ten trillion, over three times Denmark's GDP. Larger
 * values (1e300) are typos or hostile, and sums and the model's products of them would overflow to ±Infinity.
 */
const MAX_GAIN_DKK = 10_000_000_000_000;

const sq = (s: string) => `'${s.replaceAll("'", "''")}'`; // constant strings from this file only, never user data

/**
 * Validates the staged file row by row in SQL and appends accepted rows to `gains_flat` under `datasetId`.
 * Every staged row ends up in exactly one of: gains_flat, import_rejects. Reasons name line, column, value.
 */
/** `realisedRows`: loaded rows with status realised (a data set without any gives the model nothing to start from). */
export async function validateStagedGains(
  db: Db,
  staged: string,
  mapping: GainMapping,
  datasetId: string,
  /** The staged text came from typed cells (XLSX, Parquet): numbers are plain `.` decimals. */
  typed = false,
  /** What a scan of the file's bytes proved per file column (CSV only; see `USE_SCAN_FACTS`). */
  scanFacts: ScanFacts = {},
): Promise<Omit<ImportOutcome, 'rowsIn' | 'rejected'> & { realisedRows: number }> {
  const facts = USE_SCAN_FACTS && !typed ? scanFacts : {};
  const styleColumns = (['employees', 'affected_employees', 'annual_gain_dkk'] as const).map((c) => mapping[c]);
  const known = styleColumns.filter((c): c is string => c !== null).map((c) => facts[c]);
  // Every style column a plain-number column: its evidence was counted by the scan exactly as the SQL counts it.
  const style =
    !typed && known.every((f) => f?.kind)
      ? decideStyle(
          known.reduce((n, f) => n + (f?.commaEvidence ?? 0), 0),
          known.reduce((n, f) => n + (f?.pointEvidence ?? 0), 0),
        )
      : await stagedNumberStyle(db, staged, styleColumns, typed);
  const NUMERIC = ['nace', 'employees', 'affected_employees', 'year', 'annual_gain_dkk'] as const;
  // A plain-number column needs neither the space stripping (it has none) nor the style's regexes: for `[-+]?\d+`
  // numberExpr is TRY_CAST in every style, and for `[-+]?\d+(\.\d+)?` in the point style.
  const plain = (c: GainColumn) => {
    const source = mapping[c];
    const f = source === null ? undefined : facts[source];
    return f?.kind === 'int' || (f?.kind === 'point' && style === 'point');
  };
  const stripped = NUMERIC.filter((c) => !plain(c));
  const typedNumber = (c: GainColumn) => (plain(c) ? `TRY_CAST(raw_${c} AS DOUBLE)` : numberExpr(`s_${c}`, style));
  // File columns the reader may type itself: mapped only to plain-number columns (a column that also feeds a text
  // column, say project_id, must stay text).
  const fileColumns = new Map<string, boolean>();
  for (const c of GAIN_COLUMNS) {
    const source = mapping[c];
    if (source !== null)
      fileColumns.set(source, (fileColumns.get(source) ?? true) && (NUMERIC as readonly string[]).includes(c) && plain(c));
  }
  const readerTyped = [...fileColumns].filter(([, ok]) => ok).map(([source]) => source);
  const gainTypeCase = Object.entries(GAIN_TYPES_DA)
    .map(([da, en]) => `WHEN ${sq(da)} THEN ${sq(en)}`)
    .join(' ');

  // Each check is [bad, why, code, arg]; `bad` may be NULL (treated as fine) so it is wrapped in coalesce where combined.
  type Check = [column: GainColumn, bad: string, why: string, code: RejectCode, arg?: number];
  const fromNumChecks = new Set<Check>();
  const NUMBER_RANGES: Partial<Record<GainColumn, { whole: boolean; low: number; high: number; required: boolean }>> = {};
  const numChecks = (c: GainColumn, whole: boolean, lo: number | null, hi: number | null, required: boolean): Check[] => {
    const checks: Check[] = [];
    const low = lo ?? (whole ? INT_MIN : -MAX_GAIN_DKK);
    const high = hi ?? (whole ? INT_MAX : MAX_GAIN_DKK);
    NUMBER_RANGES[c] = { whole, required, low, high };
    if (required) checks.push([c, `raw_${c} IS NULL`, 'is empty (required)', 'required']);
    checks.push([c, `raw_${c} IS NOT NULL AND v_${c} IS NULL`, '', 'not-number']); // why: filled in below (ambiguous or not a number)
    if (whole) checks.push([c, `v_${c} <> floor(v_${c})`, 'is not a whole number', 'not-whole']);
    // NaN and ±Infinity (a 400-digit number reads as Infinity) compare as out of range too.
    checks.push([c, `NOT isfinite(v_${c})`, 'is not a finite number', 'not-finite']);
    checks.push([c, `isfinite(v_${c}) AND v_${c} < ${low}`, `is below ${low}`, 'below', low]);
    checks.push([c, `isfinite(v_${c}) AND v_${c} > ${high}`, `is above ${high}`, 'above', high]);
    for (const k of checks) fromNumChecks.add(k);
    return checks;
  };
  const checks: Check[] = [
    ['project_id', 'raw_project_id IS NULL', 'is empty (required)', 'required'],
    ['theme', 'raw_theme IS NULL', 'is empty (required)', 'required'],
    ['company_id', 'raw_company_id IS NULL', 'is empty (required)', 'required'],
    ...numChecks('nace', true, null, null, true),
    [
      'nace',
      'v_nace = floor(v_nace) AND v_nace NOT IN (SELECT nace FROM population)',
      'is not a manufacturing division (10–33) in the population table',
      'not-division',
    ],
    ...numChecks('employees', true, 0, null, false),
    ...numChecks('affected_employees', true, 0, null, false),
    ['affected_employees', 'v_affected_employees > v_employees', 'is more than employees', 'over-employees'],
    [
      'size_class',
      'raw_size_class IS NOT NULL AND v_size_class IS NULL',
      'is not a size class (0-9, 10-49, 50-249, 250+)',
      'size-class',
    ],
    [
      'size_class',
      'v_size_class IS NOT NULL AND derived_size IS NOT NULL AND v_size_class <> derived_size',
      'does not match employees',
      'size-mismatch',
    ],
    ...numChecks('year', true, 1990, 2100, true),
    ...numChecks('annual_gain_dkk', false, null, null, true),
    ['status', 'raw_status IS NOT NULL AND v_status IS NULL', 'is not realised/realiseret or expected/forventet', 'status'],
  ];
  // A row fails when some check is TRUE (NULL counts as fine): in SQL's three-valued logic that is exactly
  // coalesce(b1 OR b2 OR …, false), which the engine evaluates ~7% faster at 1M rows than an OR of coalesces.
  // `compactOk`: the number checks in fewer terms that fail exactly the same rows (the reasons still use `checks`).
  const badExpr = (typedColumns: readonly string[]) => {
    const terms = validationTuning.compactOk
      ? [...checks.filter((k) => !fromNumChecks.has(k)).map(([, bad]) => bad), ...compactNumberTerms(typedColumns)]
      : checks.map(([, bad]) => bad);
    return `coalesce(${terms.map((t) => `(${t})`).join(' OR ')}, false)`;
  };
  // Per number column, what its checks above (required, not-number, not-whole, not-finite, below, above) test:
  // - required or not a number: v IS NULL, as raw NULL makes v NULL (numberExpr, TRY_CAST, the reader's NULL);
  //   typed by the reader, raw is v, so a value is never 'not a number';
  // - a column of plain integers (the scan's 'int') reads as whole doubles (or ±inf, floor(inf) = inf): never not-whole;
  // - NOT (v BETWEEN lo AND hi) is TRUE for ±inf and NaN (NaN sorts above every number) and out of range, NULL for NULL.
  const compactNumberTerms = (typedColumns: readonly string[]) =>
    Object.entries(NUMBER_RANGES).flatMap(([c, r]) => {
      const source = mapping[c as GainColumn];
      const v = `v_${c}`;
      const terms: string[] = [];
      if (r.required) terms.push(`${v} IS NULL`);
      else if (source === null || !typedColumns.includes(source)) terms.push(`raw_${c} IS NOT NULL AND ${v} IS NULL`);
      if (r.whole && (source === null || facts[source]?.kind !== 'int')) terms.push(`${v} <> floor(${v})`);
      terms.push(`NOT (${v} BETWEEN ${r.low} AND ${r.high})`);
      return terms;
    });
  const reasonSql = ([c, bad, why, code, arg]: Check) => {
    const amb = ambiguousExpr(`raw_${c}`);
    const reason =
      why === ''
        ? `CASE WHEN ${amb} THEN ${sq("is ambiguous: the file gives no other evidence whether ',' or '.' is the decimal separator")} ELSE 'is not a number' END`
        : sq(why);
    const codeSql = why === '' ? `CASE WHEN ${amb} THEN 'ambiguous' ELSE 'not-number' END` : sq(code);
    const argSql = arg === undefined ? 'NULL::VARCHAR' : sq(String(arg));
    return `CASE WHEN ${bad} THEN {'column': ${sq(c)}, 'value': raw_${c}, 'reason': ${reason}, 'code': ${codeSql}, 'arg': ${argSql}, 'company': NULL::VARCHAR, 'first_line': NULL::INTEGER} END`;
  };

  const sizeNorm = `CASE regexp_replace(lower(raw_size_class), '[\\s–—]', '-', 'g')
      WHEN '0-9' THEN '0-9' WHEN '10-49' THEN '10-49' WHEN '50-249' THEN '50-249'
      WHEN '250+' THEN '250+' WHEN '250-' THEN '250+' END`;

  // Types every value and decides ok / not ok with cheap tests, over the rows `where` picks from the staged table
  // (or `from`, its typed read, whose `typedColumns` are DOUBLE already).
  const typedSql = (where: string, from = quoteIdent(staged), typedColumns: readonly string[] = []) => `
    WITH raw AS (
      SELECT line, ${GAIN_COLUMNS.map((c) => `${col(mapping, c, facts, typedColumns)} AS raw_${c}`).join(', ')}
      FROM ${from} ${where}
    ), stripped AS (
      SELECT *${stripped.map((c) => `, ${stripSpaces(`raw_${c}`)} AS s_${c}`).join('')} FROM raw
    ), typed AS (
      SELECT *, ${NUMERIC.map((c) => `${typedNumber(c)} AS v_${c}`).join(', ')},
        ${sizeNorm} AS v_size_class,
        CASE WHEN raw_status IS NULL THEN 'realised'
             WHEN lower(raw_status) IN ('realised', 'realized', 'realiseret') THEN 'realised'
             WHEN lower(raw_status) IN ('expected', 'forventet') THEN 'expected' END AS v_status
      FROM stripped
    ), sized AS (
      SELECT *, CASE WHEN v_employees IS NULL THEN NULL WHEN v_employees < 10 THEN '0-9' WHEN v_employees < 50 THEN '10-49'
             WHEN v_employees < 250 THEN '50-249' ELSE '250+' END AS derived_size
      FROM typed
    )
    SELECT *${stripped.length ? ` EXCLUDE (${stripped.map((c) => `s_${c}`).join(', ')})` : ''}, NOT ${badExpr(typedColumns)} AS ok FROM sized`;

  // The steps below tell this import's rows apart by data set: it must not have any rows yet.
  const existing = await db.query<{ n: number }>('SELECT count(*) AS n FROM gains_flat WHERE dataset_id = ?', [datasetId]);
  if (Number(existing.rows[0]?.n ?? 0) > 0) throw new Error(`Data set ${datasetId} already has rows`);

  // Large files: one pass over the staged rows writes the rows that pass every row check straight into
  // gains_flat (nothing else is materialised), and reasons are then built only for the rows that did not make it
  // there. Small files: the typed rows are kept in a scratch table once, as planning the typing twice costs more.
  const { rows: stagedRows, typedRead } = await stagedRelation(db, staged);
  const small = stagedRows < validationTuning.fastPathFrom;
  if (small) await db.exec(`CREATE OR REPLACE TEMP TABLE checked AS ${typedSql('')}`);
  const insert = (from: string) =>
    db.query<{ Count: number }>(
      `INSERT INTO gains_flat SELECT ?, line, raw_project_id, raw_project_title, raw_theme, raw_company_id, raw_company_name,
         v_nace::INTEGER, v_employees::INTEGER, v_affected_employees::INTEGER, coalesce(v_size_class, derived_size), v_year::INTEGER,
         coalesce(CASE lower(raw_gain_type) ${gainTypeCase} END, raw_gain_type, 'productivity'),
         v_annual_gain_dkk, v_status,
         CASE WHEN v_annual_gain_dkk < 0 THEN 'negative gain (a reported loss)' END
       FROM ${from} WHERE ok`,
      [datasetId],
    );
  // Inserts the rows `from` accepts, then finds the reasons of every staged row that did not go in (from the text).
  const loadAndExplain = async (from: string) => {
    const inserted = await insert(from);
    // Every staged row loaded (the usual case): no row needs a reason, so the search for the others is skipped, and
    // the reasons' table is made empty without reading the staged rows again (`WHERE false`: the engine scans nothing).
    const allLoaded = Number(inserted.rows[0]?.Count ?? -1) === stagedRows;
    if (allLoaded || small) await db.exec('CREATE OR REPLACE TEMP TABLE bad_lines (line INTEGER)');
    else
      await db.exec(
        `CREATE OR REPLACE TEMP TABLE bad_lines AS SELECT line FROM ${quoteIdent(staged)} s
         WHERE NOT EXISTS (SELECT 1 FROM gains_flat g WHERE g.dataset_id = ? AND g.line = s.line)`,
        [datasetId],
      );
    await db.exec(`CREATE OR REPLACE TEMP TABLE problems AS
      SELECT line, list_filter([${checks.map(reasonSql).join(',\n')}], x -> x IS NOT NULL) AS problems
      FROM ${small ? 'checked' : `(${typedSql(allLoaded ? 'WHERE false' : 'WHERE line IN (SELECT line FROM bad_lines)')})`} WHERE NOT ok ORDER BY line`);
    return { loaded: Number(inserted.rows[0]?.Count ?? -1), allLoaded };
  };
  // The typed read where it may be: its values are the text's (see `stagedRelation`), so it accepts the rows the
  // text would. Proven again here, cheaply: every row it left out has a reason from the text (rows in = loaded +
  // rejected). Otherwise, or if the reader throws (the statement then left nothing behind), the text is typed instead.
  const typedFrom = !small && validationTuning.typedRead && readerTyped.length && typedRead ? typedRead(readerTyped) : null;
  let viaReader = false;
  if (typedFrom)
    try {
      const { loaded, allLoaded } = await loadAndExplain(`(${typedSql('', typedFrom, readerTyped)})`);
      const reasons = allLoaded
        ? 0
        : Number((await db.query<{ n: number }>('SELECT count(*) AS n FROM problems')).rows[0]?.n ?? -1);
      viaReader = loaded + reasons === stagedRows;
    } catch {
      viaReader = false;
    }
  if (typedFrom && !viaReader) {
    validationTuning.typedFallbacks++;
    await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
  }
  if (viaReader) validationTuning.typedReads++;
  else await loadAndExplain(small ? 'checked' : `(${typedSql('')})`);

  // A company's industry and size must agree across its rows; rows disagreeing with its first row are rejected.
  // Read from the rows just loaded (typed and compact); the raw text for a reason comes from the staged row.
  // Only companies whose rows do not all agree can have a conflict: one cheap pass (min/max, no first row) finds
  // them, and the first row is looked up for those alone (at 1M rows and 250k companies, usually none).
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE company_first AS
     SELECT company_id, arg_min(nace, line) AS nace0, arg_min(employees, line) AS emp0, min(line) AS line0
     FROM gains_flat WHERE dataset_id = ? AND company_id IN (
       SELECT company_id FROM gains_flat WHERE dataset_id = ? GROUP BY company_id
       HAVING min(nace) <> max(nace) OR min(employees) <> max(employees) OR count(employees) NOT IN (0, count(*))
     ) GROUP BY company_id`,
    [datasetId, datasetId],
  );
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE conflicts AS
     SELECT g.line, g.company_id, g.nace, g.employees, f.nace0, f.emp0, f.line0
     FROM gains_flat g JOIN company_first f ON g.company_id = f.company_id
     WHERE g.dataset_id = ? AND (g.nace <> f.nace0 OR g.employees IS DISTINCT FROM f.emp0)`,
    [datasetId],
  );
  // Read only when there is a conflict: a lazily staged file (stage-lazy.ts) would be parsed again for nothing.
  const conflicts = Number((await db.query<{ n: number }>('SELECT count(*) AS n FROM conflicts')).rows[0]?.n ?? 0);
  if (conflicts > 0)
    await db.exec(`INSERT INTO problems SELECT c.line, list_filter([
      CASE WHEN c.nace <> c.nace0 THEN {'column': 'nace', 'value': r.raw_nace,
        'reason': 'conflicts with ' || c.nace0::INTEGER || ' for company ' || c.company_id || ' on line ' || c.line0,
        'code': 'conflict', 'arg': c.nace0::INTEGER::VARCHAR, 'company': c.company_id, 'first_line': c.line0::INTEGER} END,
      CASE WHEN c.employees IS DISTINCT FROM c.emp0 THEN {'column': 'employees', 'value': r.raw_employees,
        'reason': 'conflicts with ' || coalesce(c.emp0::BIGINT::VARCHAR, 'empty') || ' for company ' || c.company_id || ' on line ' || c.line0,
        'code': 'conflict', 'arg': c.emp0::BIGINT::VARCHAR, 'company': c.company_id, 'first_line': c.line0::INTEGER} END
    ], x -> x IS NOT NULL)
    FROM conflicts c JOIN (
      SELECT line, ${col(mapping, 'nace')} AS raw_nace, ${col(mapping, 'employees')} AS raw_employees
      FROM ${quoteIdent(staged)} WHERE line IN (SELECT line FROM conflicts)
    ) r ON c.line = r.line ORDER BY c.line`);
  await db.exec('DELETE FROM gains_flat WHERE dataset_id = ? AND line IN (SELECT line FROM conflicts)', [datasetId]);

  await db.exec(`CREATE OR REPLACE TABLE import_rejects AS
    SELECT line, p.column AS "column", left(p.value, 1000) AS value, 'line ' || line || ', ' || p.column || ': ' ||
      CASE WHEN p.value IS NULL THEN '' WHEN length(p.value) > 200 THEN '"' || left(p.value, 200) || '…" ' ELSE '"' || p.value || '" ' END || p.reason AS reason,
      p.code AS code, p.arg AS arg, p.company AS company, p.first_line AS "firstLine"
    FROM (SELECT line, unnest(problems) AS p FROM problems)`);

  const totals = (
    await db.query<{
      loaded: number;
      rejected: number;
      realised: number;
      expected: number;
      flagged: number;
      realised_rows: number;
    }>(
      `SELECT count(*) AS loaded,
              (SELECT count(*) FROM problems) AS rejected,
              coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS realised,
              coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'expected'), 0) AS expected,
              count(*) FILTER (WHERE annual_gain_dkk < 0) AS flagged,
              count(*) FILTER (WHERE status = 'realised') AS realised_rows
       FROM gains_flat WHERE dataset_id = ?`,
      [datasetId],
    )
  ).rows[0];
  await db.exec(
    'DROP TABLE IF EXISTS checked; DROP TABLE IF EXISTS bad_lines; DROP TABLE IF EXISTS company_first; DROP TABLE IF EXISTS conflicts; DROP TABLE IF EXISTS problems;',
  );
  return {
    rowsLoaded: totals?.loaded ?? 0,
    rowsRejected: totals?.rejected ?? 0,
    numberStyle: style,
    realisedTotal: totals?.realised ?? 0,
    expectedTotal: totals?.expected ?? 0,
    flagged: totals?.flagged ?? 0,
    realisedRows: totals?.realised_rows ?? 0,
  };
}

// Kept for callers that stage and validate in one import (tests, the demo snapshot); stage-csv imports nothing from here.
export { stageCsv, type CsvDialect } from './stage-csv';
