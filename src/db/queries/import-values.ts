import type { Db } from '../types';
import { quoteIdent } from '../sql';
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

/** Each column's distinct values with their counts (most frequent first), for columns with at most `max` of them. */
export async function stagedDistinct(
  db: Db,
  staged: string,
  columns: readonly string[],
  max = 30,
): Promise<Record<string, { value: string; n: number }[]>> {
  const out: Record<string, { value: string; n: number }[]> = {};
  for (const c of columns) {
    const x = quoteIdent(c);
    const r = await db.query<{ value: string; n: number }>(
      `SELECT trim(${x}) AS value, count(*)::INTEGER AS n FROM ${quoteIdent(staged)}
       WHERE ${x} IS NOT NULL AND trim(${x}) <> '' GROUP BY 1 ORDER BY n DESC, value LIMIT ?`,
      [max + 1],
    );
    if (r.rows.length <= max) out[c] = r.rows.map((v) => ({ value: String(v.value), n: Number(v.n) }));
  }
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
  const x = quoteIdent(column);
  await db.exec(
    `UPDATE ${quoteIdent(staged)} SET ${x} = m.to_v FROM (VALUES ${pairs.map(() => '(?, ?)').join(', ')}) m(from_v, to_v)
     WHERE trim(${quoteIdent(staged)}.${x}) = m.from_v`,
    pairs.flat(),
  );
}
