import { quoteIdent } from '../sql';

/**
 * How a file writes its numbers. `comma` = decimal comma, `.` or space thousands (Danish Excel);
 * `point` = decimal point, `,` or space thousands; `unknown` = the file gives no evidence either way, so
 * a value like `1,234` cannot be read and is rejected rather than guessed.
 */
export type NumberStyle = 'comma' | 'point' | 'unknown';

/**
 * SQL: text column without the spaces, no-break and narrow no-break spaces used as thousands separators
 * ("1 234,5"). Plain `replace`, not a regex: it runs on every value of a million-row file.
 */
export const stripSpaces = (col: string) =>
  `CASE WHEN contains(${col}, ' ') OR contains(${col}, chr(160)) OR contains(${col}, chr(8239))
     THEN replace(replace(replace(${col}, ' ', ''), chr(160), ''), chr(8239), '') ELSE ${col} END`;
const STRIP = stripSpaces;

const COMMA_OK = `^[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?$`;
const POINT_OK = `^[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$`;
const PLAIN_INT = `^[-+]?\\d+$`;
const UNAMBIGUOUS_COMMA_DECIMAL = `^[-+]?\\d+,(\\d{1,2}|\\d{4,})$`;
const UNAMBIGUOUS_POINT_DECIMAL = `^[-+]?\\d+\\.(\\d{1,2}|\\d{4,})$`;

/**
 * SQL: the value of an already space-stripped text column as DOUBLE under `style`, or NULL when it is not a
 * number in that style. Plain integers (most values) take one cheap test first.
 */
export function numberExpr(s: string, style: NumberStyle): string {
  return `CASE WHEN ${s} IS NULL THEN NULL WHEN regexp_full_match(${s}, '${PLAIN_INT}') THEN TRY_CAST(${s} AS DOUBLE) ELSE ${styledNumber(s, style)} END`;
}

function styledNumber(s: string, style: NumberStyle): string {
  switch (style) {
    case 'comma':
      return `CASE WHEN regexp_full_match(${s}, '${COMMA_OK}') THEN TRY_CAST(replace(replace(${s}, '.', ''), ',', '.') AS DOUBLE) END`;
    case 'point':
      return `CASE WHEN regexp_full_match(${s}, '${POINT_OK}') THEN TRY_CAST(replace(${s}, ',', '') AS DOUBLE) END`;
    case 'unknown':
      return `CASE WHEN regexp_full_match(${s}, '${PLAIN_INT}') THEN TRY_CAST(${s} AS DOUBLE)
        WHEN regexp_full_match(${s}, '${UNAMBIGUOUS_COMMA_DECIMAL}') THEN TRY_CAST(replace(${s}, ',', '.') AS DOUBLE)
        WHEN regexp_full_match(${s}, '${UNAMBIGUOUS_POINT_DECIMAL}') THEN TRY_CAST(${s} AS DOUBLE) END`;
  }
}

/** SQL: TRUE when the value would be a number in one style or the other but the file does not say which. */
export function ambiguousExpr(colSql: string): string {
  return `regexp_full_match(${STRIP(colSql)}, '^[-+]?\\d{1,3}([.,]\\d{3})+$')`;
}

/**
 * SQL returning (comma_evidence, point_evidence): counts of values over the given text columns that only
 * one style can read. Evaluated over the whole staged file, not a sample.
 */
export function styleEvidenceSql(table: string, columns: readonly string[]): string {
  const parts = columns.map((c) => {
    const s = STRIP(quoteIdent(c));
    // Only values with a separator can be evidence; the cheap test keeps the regexes off plain integers.
    return `SELECT
      count(*) FILTER (WHERE regexp_matches(s, '(,(\\d{1,2}|\\d{4,})$)|(\\.\\d{3}.*,)|(^[-+]?\\d{1,3}(\\.\\d{3}){2,}$)')) AS comma_evidence,
      count(*) FILTER (WHERE regexp_matches(s, '(\\.(\\d{1,2}|\\d{4,})$)|(,\\d{3}.*\\.)|(^[-+]?\\d{1,3}(,\\d{3}){2,}$)')) AS point_evidence
    FROM (SELECT ${s} AS s FROM ${quoteIdent(table)} WHERE contains(${quoteIdent(c)}, ',') OR contains(${quoteIdent(c)}, '.'))`;
  });
  return `SELECT coalesce(sum(comma_evidence), 0) AS comma_evidence, coalesce(sum(point_evidence), 0) AS point_evidence FROM (${parts.join(' UNION ALL ')})`;
}

export function decideStyle(commaEvidence: number, pointEvidence: number): NumberStyle {
  if (commaEvidence === 0 && pointEvidence === 0) return 'unknown';
  return commaEvidence >= pointEvidence ? 'comma' : 'point';
}
