import type { Text } from '../../model';
import type { Statement, Token } from './console-lex';
import { APP_TABLES } from './generic-table';

/**
 * The console's rule: it reads anything, and it writes only the user's own tables. The app's tables (and the
 * names the import uses) are never a write target, and a scratch table may not take their names in any schema,
 * since a temp table of that name would shadow the app's table. User-imported tables are the user's data: writable.
 */
export const PROTECTED_TABLES: ReadonlySet<string> = new Set([
  ...APP_TABLES,
  'funding',
  'members',
  'activities',
  'csv_rejects',
  'csv_scans',
  'staged_raw',
]);

export type Verdict =
  | { kind: 'read'; explain: boolean }
  | { kind: 'write'; verb: string; targets: string[] }
  | { kind: 'refused'; message: Text; at: number };

/** Reads whose result DuckDB can EXPLAIN: the plan then proves they write nothing. */
const QUERY_START = new Set(['select', 'with', 'from', 'values', 'table', '(']);
/** Reads that EXPLAIN cannot take but that never write. */
const INSPECT_START = new Set(['describe', 'show', 'summarize']);
/** PRAGMAs that only report. */
const READ_PRAGMAS = new Set(['table_info', 'show_tables', 'show_tables_expanded', 'show', 'database_size', 'version', 'platform', 'storage_info']);
const WRITE_VERBS = new Set(['insert', 'update', 'delete', 'merge']);

const refuse = (at: number, en: string, da: string): Verdict => ({ kind: 'refused', message: { en, da }, at });

/** A possibly qualified name starting at token i: its last part (the object's name) and the index after it. */
function nameAt(tokens: Token[], i: number): { name: string; next: number; schema: string | null } | null {
  const parts: string[] = [];
  let j = i;
  for (;;) {
    const t = tokens[j];
    if (!t || (t.kind !== 'word' && t.kind !== 'quoted')) return null;
    parts.push(t.kind === 'word' ? t.text : t.text.toLowerCase());
    j++;
    if (tokens[j]?.text !== '.') break;
    j++;
  }
  const name = parts[parts.length - 1];
  if (name === undefined) return null;
  return { name, next: j, schema: parts.length > 1 ? (parts[parts.length - 2] ?? null) : null };
}

function skip(tokens: Token[], i: number, ...words: string[][]): number {
  let j = i;
  for (const alternatives of words) if (alternatives.includes(tokens[j]?.text ?? '')) j++;
  return j;
}

function checkTargets(verb: string, targets: { name: string; schema: string | null }[], at: number): Verdict {
  for (const t of targets) {
    if (PROTECTED_TABLES.has(t.name))
      return refuse(
        at,
        `"${t.name}" is one of the app's own tables: the console may read it but not ${verb} it. Write to a table of your own (e.g. CREATE TABLE my_${t.name} AS SELECT …).`,
        `"${t.name}" er en af appens egne tabeller: konsollen må læse den, men ikke ændre den. Skriv til en tabel, du selv opretter (fx CREATE TABLE min_${t.name} AS SELECT …).`,
      );
    if (t.schema === 'information_schema' || t.schema === 'pg_catalog' || t.schema === 'system')
      return refuse(at, `The console does not change the "${t.schema}" catalog.`, `Konsollen ændrer ikke kataloget "${t.schema}".`);
  }
  return { kind: 'write', verb, targets: targets.map((t) => t.name) };
}

/** What a statement may do under the console's rule, from its top-level words (the lexer's tokens). */
export function classify(stmt: Statement): Verdict {
  const tokens = stmt.tokens;
  const first = tokens[0];
  if (!first) return refuse(0, 'The statement is empty.', 'Sætningen er tom.');
  const w = first.text;
  const at = first.at;
  if (w === 'explain') {
    const inner = tokens[1]?.text === 'analyze' ? 2 : 1;
    const rest = classify({ ...stmt, tokens: tokens.slice(inner) });
    // EXPLAIN ANALYZE runs the statement; plain EXPLAIN only plans it.
    if (inner === 2 && rest.kind !== 'read') return rest.kind === 'refused' ? rest : refuse(at, 'EXPLAIN ANALYZE runs the statement: analyse a SELECT instead.', 'EXPLAIN ANALYZE udfører sætningen: analysér en SELECT i stedet.');
    return { kind: 'read', explain: false };
  }
  if (QUERY_START.has(w)) {
    // A WITH may introduce a write (WITH x AS (…) INSERT INTO …): look at the top level after the CTEs.
    const verb = tokens.find((t) => t.depth === 0 && t.kind === 'word' && WRITE_VERBS.has(t.text));
    if (w === 'with' && verb)
      return refuse(verb.at, 'Write statements with a WITH clause are not run by the console: write into your own table with CREATE TABLE … AS WITH … SELECT.', 'Skrivende sætninger med WITH køres ikke af konsollen: skriv til din egen tabel med CREATE TABLE … AS WITH … SELECT.');
    return { kind: 'read', explain: true };
  }
  if (INSPECT_START.has(w)) return { kind: 'read', explain: false };
  if (w === 'pragma') {
    const name = tokens[1]?.text ?? '';
    if (READ_PRAGMAS.has(name)) return { kind: 'read', explain: false };
    return refuse(at, `PRAGMA ${name} changes settings; the console allows only reporting PRAGMAs (table_info, show_tables, …).`, `PRAGMA ${name} ændrer indstillinger; konsollen tillader kun rapporterende PRAGMA'er (table_info, show_tables, …).`);
  }
  if (w === 'create') {
    let i = skip(tokens, 1, ['or'], ['replace'], ['temp', 'temporary']);
    const object = tokens[i]?.text;
    if (object !== 'table' && object !== 'view')
      return refuse(at, `The console creates tables and views only (not ${object ?? 'this'}).`, `Konsollen opretter kun tabeller og views (ikke ${object ?? 'dette'}).`);
    i = skip(tokens, i + 1, ['if'], ['not'], ['exists']);
    const target = nameAt(tokens, i);
    if (!target) return refuse(at, 'CREATE without a table name.', 'CREATE uden tabelnavn.');
    return checkTargets('create', [target], at);
  }
  if (w === 'insert') {
    const i = skip(tokens, 1, ['or'], ['replace', 'ignore'], ['into']);
    const target = nameAt(tokens, i);
    return target ? checkTargets('insert into', [target], at) : refuse(at, 'INSERT without a table name.', 'INSERT uden tabelnavn.');
  }
  if (w === 'update' || w === 'delete' || w === 'truncate') {
    const i = skip(tokens, 1, ['from', 'table']);
    const target = nameAt(tokens, i);
    return target ? checkTargets(w, [target], at) : refuse(at, `${w.toUpperCase()} without a table name.`, `${w.toUpperCase()} uden tabelnavn.`);
  }
  if (w === 'drop') {
    const object = tokens[1]?.text;
    if (object !== 'table' && object !== 'view')
      return refuse(at, `The console drops tables and views only (not ${object ?? 'this'}).`, `Konsollen sletter kun tabeller og views (ikke ${object ?? 'dette'}).`);
    let i = skip(tokens, 2, ['if'], ['exists']);
    const targets: { name: string; schema: string | null }[] = [];
    for (let t = nameAt(tokens, i); t; t = tokens[i]?.text === ',' ? nameAt(tokens, ++i) : null) {
      targets.push(t);
      i = t.next;
    }
    return targets.length > 0 ? checkTargets('drop', targets, at) : refuse(at, 'DROP without a table name.', 'DROP uden tabelnavn.');
  }
  if (w === 'alter') {
    const object = tokens[1]?.text;
    if (object !== 'table' && object !== 'view') return refuse(at, 'The console alters tables and views only.', 'Konsollen ændrer kun tabeller og views.');
    const target = nameAt(tokens, skip(tokens, 2, ['if'], ['exists']));
    if (!target) return refuse(at, 'ALTER without a table name.', 'ALTER uden tabelnavn.');
    const renameTo = tokens.findIndex((t, k) => k >= target.next && t.text === 'to' && tokens[k - 1]?.text === 'rename');
    const renamed = renameTo >= 0 ? nameAt(tokens, renameTo + 1) : null;
    return checkTargets('alter', renamed ? [target, renamed] : [target], at);
  }
  return refuse(
    at,
    `${w.toUpperCase()} is not run by the console: it reads with SELECT, WITH, DESCRIBE, SUMMARIZE, SHOW, PRAGMA table_info and EXPLAIN, and writes only your own tables (CREATE, INSERT, UPDATE, DELETE, DROP, ALTER).`,
    `${w.toUpperCase()} køres ikke af konsollen: den læser med SELECT, WITH, DESCRIBE, SUMMARIZE, SHOW, PRAGMA table_info og EXPLAIN og skriver kun i dine egne tabeller (CREATE, INSERT, UPDATE, DELETE, DROP, ALTER).`,
  );
}

/** Physical operators that change data or the catalog. */
const WRITE_OPERATORS = new Set([
  'INSERT', 'BATCH_INSERT', 'UPDATE', 'DELETE', 'CREATE_TABLE', 'CREATE_TABLE_AS', 'BATCH_CREATE_TABLE_AS', 'CREATE_VIEW',
  'DROP', 'ALTER', 'COPY_TO_FILE', 'BATCH_COPY_TO_FILE', 'ATTACH', 'DETACH', 'PRAGMA', 'SET', 'LOAD', 'EXPORT',
]);

/** The root operator of DuckDB's rendered physical plan (the first box), e.g. PROJECTION or INSERT. */
export function planRoot(plan: string): string | null {
  return /│\s*([A-Z_]+)\s*│/.exec(plan)?.[1] ?? null;
}

/** True when DuckDB's own plan for a statement writes at its root (the second check on a read). */
export function planWrites(plan: string): boolean {
  const root = planRoot(plan);
  return root !== null && WRITE_OPERATORS.has(root);
}
