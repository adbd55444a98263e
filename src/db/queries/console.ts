import type { Text } from '../../model';
import { CancelledError, type Db, type QueryResult } from '../types';
import { classify, planWrites, PROTECTED_TABLES } from './console-guard';
import { splitStatements } from './console-lex';

export type ConsoleOutcome =
  | { ok: true; result: QueryResult; statements: number; elapsedMs: number }
  | { ok: false; error: ConsoleError; elapsedMs: number };

export interface ConsoleError {
  kind: 'duckdb' | 'refused' | 'cancelled' | 'empty';
  /** DuckDB's own message (kind duckdb), or the console's reason in both languages. */
  message: string | Text;
  /** Offset of the problem in the whole editor text, when DuckDB or the guard named one. */
  position: number | null;
  /** 1-based number of the statement that failed. */
  statement: number;
}

const EXPLAIN = 'EXPLAIN ';

/**
 * DuckDB's message and the offset it names. The Node bundle throws JSON (`{"exception_message", "position"}`);
 * the browser worker a formatted message with `LINE n: <excerpt>` and a caret under the spot.
 */
export function parseDuckDbError(error: unknown, statement: string): { message: string; position: number | null } {
  const raw = error instanceof Error ? error.message : String(error);
  const json = raw.indexOf('{');
  if (json >= 0) {
    try {
      const o = JSON.parse(raw.slice(json)) as { exception_type?: string; exception_message?: string; position?: string };
      if (o.exception_message) {
        const pos = o.position === undefined ? NaN : Number(o.position);
        return { message: `${o.exception_type ?? ''} Error: ${o.exception_message}`.trim(), position: Number.isFinite(pos) ? pos : null };
      }
    } catch {
      /* not JSON: the formatted message below */
    }
  }
  const lines = raw.split('\n');
  const at = lines.findIndex((l) => /^LINE \d+: /.test(l));
  if (at < 0) return { message: raw, position: null };
  const m = /^LINE (\d+): (.*)$/.exec(lines[at] ?? '');
  const caret = (lines[at + 1] ?? '').indexOf('^');
  if (!m || caret < 0) return { message: raw, position: null };
  const lineNo = Number(m[1]);
  const prefix = `LINE ${m[1]}: `.length;
  const stmtLines = statement.split('\n');
  const lineStart = stmtLines.slice(0, lineNo - 1).reduce((sum, l) => sum + l.length + 1, 0);
  // A long line is shown as an excerpt ("...text..."): find the excerpt in the line to place the caret.
  let excerpt = m[2] ?? '';
  let shift = 0;
  if (excerpt.startsWith('...')) {
    excerpt = excerpt.slice(3);
    shift = 3;
  }
  const found = (stmtLines[lineNo - 1] ?? '').indexOf(excerpt.replace(/\.\.\.$/, '').slice(0, 40));
  const column = (found < 0 ? 0 : found) + caret - prefix - shift;
  return { message: raw, position: Math.max(0, lineStart + column) };
}

function withoutExplain(message: string): string {
  // DuckDB may show the excerpt twice (the inner statement, then the whole EXPLAIN): keep each distinct one once.
  const blocks = message.split('\n\n').map((block) => {
    if (!block.startsWith(`LINE 1: ${EXPLAIN}`)) return block;
    const [line = '', caret = ''] = block.split('\n');
    const moved = caret.startsWith(' '.repeat(EXPLAIN.length)) ? caret.slice(EXPLAIN.length) : caret;
    return `${line.replace(`LINE 1: ${EXPLAIN}`, 'LINE 1: ')}\n${moved}`;
  });
  return [...new Set(blocks)].join('\n\n');
}

function run(db: Db, sql: string, signal?: AbortSignal): Promise<QueryResult> {
  return db.send ? db.send(sql, signal) : db.query(sql);
}

/**
 * Runs the console's input: every statement is classified before any runs (a refused one stops all), reads are
 * planned by DuckDB first and refused if the plan writes, and the last statement's rows are returned.
 */
export async function runConsole(db: Db, input: string, signal?: AbortSignal, clock: () => number = () => performance.now()): Promise<ConsoleOutcome> {
  const t0 = clock();
  const fail = (error: ConsoleError): ConsoleOutcome => ({ ok: false, error, elapsedMs: clock() - t0 });
  const statements = splitStatements(input);
  if (statements.length === 0)
    return fail({ kind: 'empty', message: { en: 'There is no statement to run.', da: 'Der er ingen sætning at køre.' }, position: null, statement: 0 });
  const verdicts = statements.map(classify);
  const refused = verdicts.findIndex((v) => v.kind === 'refused');
  const r = verdicts[refused];
  if (r?.kind === 'refused') return fail({ kind: 'refused', message: r.message, position: (statements[refused]?.start ?? 0) + r.at, statement: refused + 1 });
  let last: QueryResult = { columns: [], rows: [] };
  for (const [i, stmt] of statements.entries()) {
    const verdict = verdicts[i];
    let planning = false;
    try {
      if (verdict?.kind === 'read' && verdict.explain) {
        planning = true;
        const plan = await run(db, EXPLAIN + stmt.text, signal);
        if (planWrites(plan.rows.map((row) => Object.values(row).join('\n')).join('\n')))
          return fail({ kind: 'refused', message: { en: 'DuckDB plans this statement as a write; the console only writes with CREATE, INSERT, UPDATE, DELETE, DROP or ALTER on your own tables.', da: 'DuckDB planlægger sætningen som en skrivning; konsollen skriver kun med CREATE, INSERT, UPDATE, DELETE, DROP eller ALTER i dine egne tabeller.' }, position: stmt.start, statement: i + 1 });
        planning = false;
      }
      last = await run(db, stmt.text, signal);
    } catch (error) {
      if (error instanceof CancelledError || signal?.aborted)
        return fail({ kind: 'cancelled', message: { en: 'The query was cancelled.', da: 'Forespørgslen blev afbrudt.' }, position: null, statement: i + 1 });
      const parsed = parseDuckDbError(error, stmt.text);
      const p = parsed.position;
      // Positions from the EXPLAIN pre-check count the prefix; those from the run itself do not.
      const inStmt = p === null ? null : planning ? Math.max(0, p - EXPLAIN.length) : p;
      // The user never wrote the EXPLAIN of the pre-check: take it out of DuckDB's excerpt and move its caret back.
      const message = planning ? withoutExplain(parsed.message) : parsed.message;
      return fail({ kind: 'duckdb', message, position: inStmt === null ? null : stmt.start + Math.min(inStmt, stmt.text.length), statement: i + 1 });
    }
  }
  return { ok: true, result: last, statements: statements.length, elapsedMs: clock() - t0 };
}

export interface SchemaTable {
  name: string;
  /** The app's own tables are read-only in the console. */
  own: boolean;
  columns: { name: string; type: string }[];
}

/** Tables and views the console can query, with their columns and types, app tables first. */
export async function consoleSchema(db: Db): Promise<SchemaTable[]> {
  const r = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM duckdb_columns()
     WHERE NOT internal AND schema_name = 'main' AND database_name = current_database()
     ORDER BY table_name, column_index`,
  );
  const byTable = new Map<string, SchemaTable>();
  for (const row of r.rows) {
    const t = byTable.get(row.table_name) ?? { name: row.table_name, own: PROTECTED_TABLES.has(row.table_name), columns: [] };
    t.columns.push({ name: row.column_name, type: row.data_type });
    byTable.set(row.table_name, t);
  }
  return [...byTable.values()].sort((a, b) => Number(b.own) - Number(a.own) || a.name.localeCompare(b.name));
}
