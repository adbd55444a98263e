import type { Text } from '../../model';
import { CancelledError, type Db, type QueryResult } from '../types';
import { classify, nameTaken, NOT_A_QUERY, notOneQuery, SCRATCH } from './console-guard';
import { appFingerprint, fingerprintChanges, prepareConsole, type AppFingerprint } from './console-integrity';
import { stagingTableSql } from './staging-tables';
import { splitStatements } from './console-lex';

export type ConsoleOutcome =
  | { ok: true; result: QueryResult; statements: number; elapsedMs: number }
  /** `tamper`: a write changed the app's data and was rolled back; when not `restored`, rebuild from the stored rows. */
  | { ok: false; error: ConsoleError; elapsedMs: number; tamper?: Tamper };

export interface ConsoleError {
  kind: 'duckdb' | 'refused' | 'cancelled' | 'empty';
  /** DuckDB's own message (kind duckdb), or the console's reason in both languages. */
  message: string | Text;
  /** Offset of the problem in the whole editor text, when DuckDB or the guard named one. */
  position: number | null;
  /** 1-based number of the statement that failed. */
  statement: number;
}

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
        return {
          message: `${o.exception_type ?? ''} Error: ${o.exception_message}`.trim(),
          position: Number.isFinite(pos) ? pos : null,
        };
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

function run(db: Db, sql: string, signal?: AbortSignal): Promise<QueryResult> {
  return db.send ? db.send(sql, signal) : db.query(sql);
}

/** What a console write changed outside scratch (it was then rolled back), for the Engine to act on. */
export interface Tamper {
  /** "schema.table" per changed table, and "catalog" when an object outside scratch was added, changed or removed. */
  changed: string[];
  /** True when the rollback restored the fingerprint; false means the Engine must rebuild from the stored rows. */
  restored: boolean;
}

const PROOF_PREFIX = 'SELECT * FROM query(';
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Names outside scratch (the app's tables and views, imported tables) that a scratch table may not take. */
async function appNames(send: (sql: string) => Promise<QueryResult>): Promise<Set<string>> {
  const r = await send(
    `SELECT lower(table_name) AS n FROM duckdb_tables() WHERE schema_name <> '${SCRATCH}'
     UNION SELECT lower(view_name) FROM duckdb_views() WHERE NOT internal AND schema_name <> '${SCRATCH}'`,
  );
  return new Set(r.rows.map((row) => String(row.n)));
}

/**
 * Runs the console's input. Every statement is judged by the allow-list before any runs (one refusal stops all);
 * the engine is locked and the scratch schema made before the first; each query part is proved by DuckDB's own
 * parser to be exactly one SELECT (`query()` binds it without running it) just before its statement runs; a
 * write runs in a transaction that is rolled back if anything outside scratch changed. The last statement's rows
 * are returned.
 */
export async function runConsole(
  db: Db,
  input: string,
  signal?: AbortSignal,
  clock: () => number = () => performance.now(),
): Promise<ConsoleOutcome> {
  const t0 = clock();
  const fail = (error: ConsoleError, tamper?: Tamper): ConsoleOutcome => ({
    ok: false,
    error,
    elapsedMs: clock() - t0,
    ...(tamper ? { tamper } : {}),
  });
  const cancelled = (statement: number) =>
    fail({
      kind: 'cancelled',
      message: { en: 'The query was cancelled.', da: 'Forespørgslen blev afbrudt.' },
      position: null,
      statement,
    });
  const nul = input.indexOf('\u0000');
  if (nul >= 0)
    return fail({
      kind: 'refused',
      message: { en: 'The text contains a NUL character.', da: 'Teksten indeholder et NUL-tegn.' },
      position: nul,
      statement: 1,
    });
  const statements = splitStatements(input);
  if (statements.length === 0)
    return fail({
      kind: 'empty',
      message: { en: 'There is no statement to run.', da: 'Der er ingen sætning at køre.' },
      position: null,
      statement: 0,
    });
  const verdicts = statements.map(classify);
  const refused = verdicts.findIndex((v) => v.kind === 'refused');
  const r = verdicts[refused];
  if (r?.kind === 'refused')
    return fail({
      kind: 'refused',
      message: r.message,
      position: (statements[refused]?.start ?? 0) + r.at,
      statement: refused + 1,
    });
  if (signal?.aborted) return cancelled(1);
  const send = (sql: string) => run(db, sql);
  let last: QueryResult = { columns: [], rows: [] };
  let names: Set<string> | null = null;
  for (const [i, stmt] of statements.entries()) {
    const verdict = verdicts[i];
    if (!verdict || verdict.kind === 'refused') continue;
    const duckdbError = (error: unknown, map: (p: number) => number | null): ConsoleOutcome => {
      if (error instanceof CancelledError || signal?.aborted) return cancelled(i + 1);
      const parsed = parseDuckDbError(error, stmt.text);
      const p = parsed.position === null ? null : map(parsed.position);
      return fail({
        kind: 'duckdb',
        message: parsed.message,
        position: p === null ? null : stmt.start + Math.min(p, stmt.text.length),
        statement: i + 1,
      });
    };
    try {
      if (i === 0) await prepareConsole(send);
      if (verdict.targets.length > 0) {
        names ??= await appNames(send);
        const known = names;
        const clash = verdict.targets.find((n) => known.has(n.toLowerCase()));
        if (clash !== undefined) {
          const taken = nameTaken(clash, 0);
          return fail({ kind: 'refused', message: taken.message, position: stmt.start, statement: i + 1 });
        }
      }
    } catch (error) {
      return duckdbError(error, () => null);
    }
    for (const proof of verdict.proofs) {
      try {
        await send(`${PROOF_PREFIX}${literal(proof.text)}) LIMIT 0`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (notOneQuery(message))
          return fail({ kind: 'refused', message: NOT_A_QUERY, position: stmt.start + proof.at, statement: i + 1 });
        if (!/Parser Error/i.test(message) && verdict.kind === 'read' && verdict.sql === stmt.text) {
          // It parsed as exactly one SELECT and failed later (binder, catalog): its own run gives DuckDB's message
          // and position on the user's text.
          try {
            await run(db, stmt.text, signal);
          } catch (native) {
            return duckdbError(native, (p) => p);
          }
        }
        // DuckDB's parser refused the text. It names no position inside query(); parsing the text on its own gives
        // DuckDB's message and position, and parse errors stop a statement before anything runs. That run is still
        // fenced like a write, in case it parses after all.
        try {
          const again = await verifiedWrite(db, proof.text);
          if ('tamper' in again)
            return fail(
              { kind: 'refused', message: NOT_A_QUERY, position: stmt.start + proof.at, statement: i + 1 },
              again.tamper,
            );
        } catch (native) {
          return duckdbError(native, (p) => proof.at + p);
        }
        return duckdbError(error, () => null);
      }
    }
    const map = (p: number) => (verdict.tail && p >= verdict.tail.sqlAt ? verdict.tail.stmtAt + p - verdict.tail.sqlAt : null);
    try {
      if (verdict.kind === 'read') {
        last = await run(db, verdict.sql, signal);
        continue;
      }
      const written = await verifiedWrite(db, verdict.sql, signal);
      if ('tamper' in written) {
        const where = written.tamper.changed.join(', ');
        return fail(
          {
            kind: 'refused',
            message: {
              en: `The statement changed the app's data (${where}) and was undone${written.tamper.restored ? '' : ' as far as possible; the data sets are reloaded'}. The console writes only into scratch.`,
              da: `Sætningen ændrede appens data (${where}) og blev rullet tilbage${written.tamper.restored ? '' : ' så vidt muligt; datasættene indlæses igen'}. Konsollen skriver kun i scratch.`,
            },
            position: stmt.start,
            statement: i + 1,
          },
          written.tamper,
        );
      }
      last = written.result;
    } catch (error) {
      return duckdbError(error, map);
    }
  }
  return { ok: true, result: last, statements: statements.length, elapsedMs: clock() - t0 };
}

/**
 * One write in a transaction of its own: the fingerprint of everything outside scratch is taken before and after
 * (inside the transaction, so the app's own commits on other connections do not count), and any change is rolled
 * back. The rollback is then checked again outside the transaction.
 */
export async function verifiedWrite(
  db: Db,
  sql: string,
  signal?: AbortSignal,
): Promise<{ result: QueryResult } | { tamper: Tamper }> {
  const send = (s: string) => run(db, s);
  await send('BEGIN TRANSACTION');
  let before: AppFingerprint;
  let result: QueryResult;
  let after: AppFingerprint;
  try {
    before = await appFingerprint(send);
    result = await run(db, sql, signal);
    after = await appFingerprint(send);
  } catch (error) {
    await send('ROLLBACK').catch(() => undefined);
    throw error;
  }
  const changed = fingerprintChanges(before, after);
  if (changed.length === 0) {
    await send('COMMIT');
    return { result };
  }
  await send('ROLLBACK').catch(() => undefined);
  const now = await appFingerprint(send);
  return { tamper: { changed, restored: fingerprintChanges(before, now).length === 0 } };
}

export interface SchemaTable {
  name: string;
  /** Everything outside the console's scratch schema is read-only in the console. */
  own: boolean;
  columns: { name: string; type: string }[];
}

/**
 * Tables and views the console can query by their bare name (main's, then scratch's), with their columns and
 * types, read-only ones first.
 */
export async function consoleSchema(db: Db): Promise<SchemaTable[]> {
  const r = await db.query<{ schema_name: string; table_name: string; column_name: string; data_type: string }>(
    `SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns()
     WHERE NOT internal AND schema_name IN ('main', '${SCRATCH}') AND database_name = current_database()
       AND NOT ${stagingTableSql()}
     ORDER BY table_name, column_index`,
  );
  const byTable = new Map<string, SchemaTable>();
  for (const row of r.rows) {
    // main comes first on the console's search_path: a scratch table of the same name would not be the one read.
    const key = row.table_name.toLowerCase();
    const seen = byTable.get(key);
    if (seen && seen.own !== (row.schema_name !== SCRATCH)) {
      if (row.schema_name === SCRATCH) continue;
      byTable.delete(key);
    }
    const t = byTable.get(key) ?? { name: row.table_name, own: row.schema_name !== SCRATCH, columns: [] };
    t.columns.push({ name: row.column_name, type: row.data_type });
    byTable.set(key, t);
  }
  return [...byTable.values()].sort((a, b) => Number(b.own) - Number(a.own) || a.name.localeCompare(b.name));
}
