import type { Db } from '../types';
import { quoteIdent } from '../sql';
import { materializeStaged } from './stage-lazy';
import { decideStyle, numberExpr, stripSpaces, styleEvidenceSql, type NumberStyle } from './number-sql';

/**
 * The number style (`1.234,5` or `1,234.5`) of a staged file, decided once from the evidence in all the given
 * file columns together (null: the column is not mapped). A file with no evidence either way is 'unknown'.
 * A typed file (XLSX, Parquet) holds its numbers as numbers, written as plain `.` decimals when staged: there is
 * no separator to be ambiguous about, so its style is 'point' (12345.678 and 0.125 are the numbers they say).
 */
export async function stagedNumberStyle(
  db: Db,
  staged: string,
  columns: readonly (string | null)[],
  typed = false,
): Promise<NumberStyle> {
  if (typed) return 'point';
  const present = columns.filter((c): c is string => c !== null);
  if (!present.length) return decideStyle(0, 0);
  const ev = (await db.query<{ comma_evidence: number; point_evidence: number }>(styleEvidenceSql(staged, present))).rows[0];
  return decideStyle(ev?.comma_evidence ?? 0, ev?.point_evidence ?? 0);
}

/**
 * SQL over a staged row for a table's validation, by the table's column name: its mapped file column's text,
 * trimmed, NULL when empty or unmapped (`text`), and that text read as a number in the file's style (`number`).
 */
export async function mappedValues(
  db: Db,
  staged: string,
  mapping: Readonly<Record<string, string | null>>,
  numericColumns: readonly string[],
  typed = false,
): Promise<{ text: (column: string) => string; number: (column: string) => string; style: NumberStyle }> {
  const style = await stagedNumberStyle(
    db,
    staged,
    numericColumns.map((c) => mapping[c] ?? null),
    typed,
  );
  const text = (c: string) => {
    const s = mapping[c] ?? null;
    return s === null ? 'NULL::VARCHAR' : `nullif(trim(${quoteIdent(s)}), '')`;
  };
  return { text, number: (c) => numberExpr(`(${stripSpaces(text(c))})`, style), style };
}

/**
 * Each column's distinct values with their counts (most frequent first), for columns with at most `max` of them.
 * Two passes over the staged table whatever its width (it was one per column): DuckDB's approximate distinct count of
 * every column first, then the exact values and counts of only the columns that may have few (every column, unpivoted,
 * in one GROUP BY). The approximation only chooses which columns to count exactly: a column is left out only when its
 * estimate is far above `max` (HyperLogLog's error at such counts is a few per cent), so the answer is exact.
 */
export async function stagedDistinct(
  db: Db,
  staged: string,
  columns: readonly string[],
  max = 30,
): Promise<Record<string, { value: string; n: number }[]>> {
  if (!columns.length) return {};
  const t = quoteIdent(staged);
  const text = (c: string) => `nullif(trim(${quoteIdent(c)}::VARCHAR), '')`;
  const estimates = (
    await db.query<Record<string, number>>(
      `SELECT ${columns.map((c, i) => `approx_count_distinct(${text(c)})::BIGINT AS c${i}`).join(', ')} FROM ${t}`,
    )
  ).rows[0];
  const few = columns.filter((_, i) => Number(estimates?.[`c${i}`] ?? Infinity) <= 4 * max + 10);
  const out: Record<string, { value: string; n: number }[]> = {};
  if (!few.length) return out;
  // Unpivoted by position (k), so no column name needs to survive as a value; NULLs (empty or blank) are left out.
  // A column with more than `max` values answers with one row of NULL value, so it is told from one with none.
  const r = await db.query<{ k: number; value: string | null; n: number | null }>(
    `WITH v AS (SELECT CAST(substr(k, 2) AS INTEGER) AS k, value
                FROM (SELECT ${few.map((c, i) => `${text(c)} AS c${i}`).join(', ')} FROM ${t})
                UNPIVOT (value FOR k IN (${few.map((_, i) => `c${i}`).join(', ')}))),
          g AS (SELECT k, value, count(*)::INTEGER AS n FROM v GROUP BY k, value),
          w AS (SELECT k, value, n, count(*) OVER (PARTITION BY k) AS kinds FROM g)
     SELECT k, value, n FROM w WHERE kinds <= ?
     UNION ALL SELECT DISTINCT k, NULL, NULL FROM w WHERE kinds > ?
     ORDER BY k, n DESC, value`,
    [max, max],
  );
  const many = new Set(r.rows.filter((v) => v.value === null).map((v) => Number(v.k)));
  for (const [i, c] of few.entries())
    if (!many.has(i)) out[c] = r.rows.filter((v) => Number(v.k) === i).map((v) => ({ value: String(v.value), n: Number(v.n) }));
  return out;
}

/** Rewrites a staged column's values by the user's value mapping (file value → canonical value), before validation. */
export async function mapStagedValues(
  db: Db,
  staged: string,
  column: string,
  map: Readonly<Record<string, string>>,
): Promise<void> {
  const pairs = Object.entries(map).filter(([from, to]) => from !== to);
  if (!pairs.length) return;
  await materializeStaged(db, staged); // a view over the file's bytes (stage-lazy.ts) cannot be updated
  const x = quoteIdent(column);
  await db.exec(
    `UPDATE ${quoteIdent(staged)} SET ${x} = m.to_v FROM (VALUES ${pairs.map(() => '(?, ?)').join(', ')}) m(from_v, to_v)
     WHERE trim(${quoteIdent(staged)}.${x}) = m.from_v`,
    pairs.flat(),
  );
}
