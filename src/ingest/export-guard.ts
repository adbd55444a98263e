/**
 * The one formula-injection guard for every file a spreadsheet may open (CSV downloads, XLSX): OWASP "CSV
 * Injection" and ASVS 5.0 V1.2.10. A text cell whose first character is one a spreadsheet may take as the start of
 * a formula gets a leading `'`, so it is shown as text and never run. Typed numbers never pass through here.
 */

/**
 * `=`, `+`, `-`, `@` start a formula; tab, CR and NUL (ASVS) are dropped or trimmed by some importers, leaving what
 * follows them first. Beside them: the full-width forms (`＝` U+FF1D, `＋` U+FF0B, `－` U+FF0D, `＠` U+FF20), which
 * Excel and LibreOffice in CJK locales fold to ASCII on entry; the small forms (`﹦` U+FE66, `﹢` U+FE62, `﹣` U+FE63,
 * `﹫` U+FE6B), which fold the same way under NFKC; and MINUS SIGN U+2212, which LibreOffice reads as `-`.
 */
const TRIGGER = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/;
/**
 * Leading white space, control and format characters (spaces, NBSP and other Unicode spaces, LF, NUL, zero-width
 * space, BOM, bidi marks): LibreOffice's "Trim spaces" import option and some readers strip them, so ` =1+1` can
 * arrive as `=1+1`. The guard looks through them.
 */
const LEADING_SPACE = /^[\s\p{Cc}\p{Cf}]+/u;
/**
 * A signed plain number written as text ("-5", "-12,5", "+45", "-1.234,5", "-2e3") is data, not a formula: a
 * spreadsheet reads it as that number, and digits, one sign, `.`/`,` separators and an exponent can neither name a
 * function or a reference nor chain an operation. So it stays as it is, as a typed number would (prefixing it
 * would turn a rejected value such as "-5" into text "'-5" that no longer matches the source file). Anything with
 * a second operator ("-1+2", "-2+3") or letters ("-A1", "+cmd|…") is an expression, and is prefixed. Only ASCII
 * digits and an ASCII sign count: "－５" is prefixed.
 */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*([eE][+-]?\d+)?$/;

/** True when a spreadsheet could run `text` (after any leading white space) as a formula. */
function startsFormula(text: string): boolean {
  if (PLAIN_NUMBER.test(text)) return false;
  return TRIGGER.test(text) || TRIGGER.test(text.replace(LEADING_SPACE, ''));
}

/** `text`, with a leading `'` when a spreadsheet could run it as a formula. */
export function neutraliseFormula(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

/** For tests of writers: `written` is `original` exactly when it is safe, else `original` prefixed with `'`. */
export function isNeutralised(original: string, written: string): boolean {
  return written === (startsFormula(original) ? `'${original}` : original);
}
