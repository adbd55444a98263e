/**
 * A lexer for the SQL console, not a parser: it finds where statements end and which words sit at the top level,
 * respecting strings, quoted names, comments and dollar quotes, so a `;` or a keyword inside any of them is never
 * mistaken for structure. Whether a statement is a query is then asked of DuckDB's own parser (console-guard.ts).
 */

export interface Token {
  /** A bare word in lower case, or a quoted name as written (without quotes), or one punctuation character. */
  text: string;
  kind: 'word' | 'quoted' | 'string' | 'number' | 'punct';
  /** Offset in the statement text. */
  at: number;
  /** Offset just past the token in the statement text. */
  end: number;
  /** Parenthesis depth at the token (0 = top level). */
  depth: number;
}

export interface Statement {
  /** The statement without its terminating `;` and surrounding blanks. */
  text: string;
  /** Where `text` starts in the whole input, so DuckDB's error positions map back to the editor. */
  start: number;
  tokens: Token[];
}

const WORD = /[A-Za-z_\u0080-\uFFFF]/;
const WORD_REST = /[A-Za-z0-9_$\u0080-\uFFFF]/;

/** Splits input into statements at top-level `;`, with each statement's tokens. Comments never form a statement. */
export function splitStatements(input: string): Statement[] {
  const out: Statement[] = [];
  let tokens: Token[] = [];
  let stmtStart = -1;
  let depth = 0;
  let i = 0;
  const n = input.length;
  const push = (t: Omit<Token, 'depth' | 'end'>) => {
    if (stmtStart < 0) stmtStart = t.at;
    tokens.push({ ...t, end: i, depth });
  };
  const end = (at: number) => {
    if (stmtStart >= 0) {
      const text = input.slice(stmtStart, at).trimEnd();
      out.push({ text, start: stmtStart, tokens: tokens.map((t) => ({ ...t, at: t.at - stmtStart, end: t.end - stmtStart })) });
    }
    tokens = [];
    stmtStart = -1;
    depth = 0;
  };
  while (i < n) {
    const c = input[i] ?? '';
    const next = input[i + 1] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && next === '-') {
      while (i < n && input[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      // Postgres-style block comments nest (DuckDB's parser comes from Postgres).
      let level = 0;
      do {
        if (input.startsWith('/*', i)) {
          level++;
          i += 2;
        } else if (input.startsWith('*/', i)) {
          level--;
          i += 2;
        } else i++;
      } while (i < n && level > 0);
    } else if (c === "'" || ((c === 'E' || c === 'e') && next === "'")) {
      const at = i;
      const backslash = c !== "'";
      i += backslash ? 2 : 1;
      while (i < n) {
        if (backslash && input[i] === '\\') i += 2;
        else if (input[i] === "'" && input[i + 1] === "'") i += 2;
        else if (input[i] === "'") break;
        else i++;
      }
      i++;
      push({ text: input.slice(at, i), kind: 'string', at });
    } else if (c === '"') {
      const at = i;
      let name = '';
      i++;
      while (i < n) {
        if (input[i] === '"' && input[i + 1] === '"') {
          name += '"';
          i += 2;
        } else if (input[i] === '"') break;
        else name += input[i++];
      }
      i++;
      push({ text: name, kind: 'quoted', at });
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(input.slice(i, i + 64))) {
      const at = i;
      const tag = /^\$[A-Za-z_]*\$/.exec(input.slice(i, i + 64))?.[0] ?? '$$';
      const close = input.indexOf(tag, i + tag.length);
      i = close < 0 ? n : close + tag.length;
      push({ text: input.slice(at, i), kind: 'string', at });
    } else if (WORD.test(c)) {
      const at = i;
      while (i < n && WORD_REST.test(input[i] ?? '')) i++;
      push({ text: input.slice(at, i).toLowerCase(), kind: 'word', at });
    } else if (/[0-9]/.test(c)) {
      const at = i;
      while (i < n && /[0-9._eE]/.test(input[i] ?? '')) i++;
      push({ text: input.slice(at, i), kind: 'number', at });
    } else if (c === ';') {
      end(i);
      i++;
    } else {
      if (c === ')') depth = Math.max(0, depth - 1);
      i++;
      push({ text: c, kind: 'punct', at: i - 1 });
      if (c === '(') depth++;
    }
  }
  end(n);
  return out;
}
