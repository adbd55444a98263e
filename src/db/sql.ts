/** Quotes an SQL identifier; the only way a name reaches SQL text (values are always bound). */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new Error('An SQL identifier cannot be empty');
  if (name.includes('\u0000')) throw new Error('An SQL identifier cannot contain NUL');
  return `"${name.replaceAll('"', '""')}"`;
}

/** `?` placeholders for an IN list of n values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
