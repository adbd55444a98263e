import type { Db, QueryResult, Row, SqlValue } from '../db';

/**
 * A failed query, with what failed: the query's name (its key's last part), the SQL statement DuckDB refused, its
 * bound values, and DuckDB's own error as `cause`. The message stays DuckDB's, prefixed with the query's name, so an
 * error banner reads clearly without the SQL.
 */
export class QueryError extends Error {
  readonly query: string;
  readonly sql: string | null;
  readonly params: readonly SqlValue[];

  constructor(query: string, sql: string | null, params: readonly SqlValue[], cause: unknown) {
    super(`The query "${query}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'QueryError';
    this.query = query;
    this.sql = sql;
    this.params = params;
  }
}

/** The message and, for a failed query, its SQL: what an error display shows. */
function errorDetail(e: unknown): { message: string; sql: string | null } {
  if (e instanceof QueryError) return { message: e.message, sql: e.sql };
  return { message: e instanceof Error ? e.message : String(e), sql: null };
}

/** The message, and for a failed query the statement after it: an error banner's detail. */
export function errorText(e: unknown): string {
  const { message, sql } = errorDetail(e);
  return sql ? `${message}\n\n${sql}` : message;
}

/**
 * `db` with every failure turned into a QueryError naming `query` and the statement that failed. A QueryError from
 * an inner call passes unchanged, and so does a cancellation (its caller asked for it).
 */
export function withQueryErrors(db: Db, query: string): Db {
  const fail = (sql: string | null, params: readonly SqlValue[]) => (e: unknown) => {
    if (e instanceof QueryError || (e instanceof Error && e.name === 'CancelledError')) throw e;
    throw new QueryError(query, sql, params, e);
  };
  const send = db.send?.bind(db);
  return {
    query: <T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<QueryResult<T>> =>
      db.query<T>(sql, params).catch(fail(sql, params)),
    exec: (sql, params = []) => db.exec(sql, params).catch(fail(sql, params)),
    load: (name, bytes) => db.load(name, bytes).catch(fail(null, [name])),
    readFile: (name) => db.readFile(name).catch(fail(null, [name])),
    send: send ? (sql, signal) => send(sql, signal).catch(fail(sql, [])) : undefined,
    drop: (name) => db.drop(name).catch(fail(null, [name])),
    close: () => db.close(),
  };
}

/** Runs `run` on `db`, any failure becoming a QueryError that names `query` (and the SQL when it came from DuckDB). */
export async function runQuery<T>(db: Db, query: string, run: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await run(withQueryErrors(db, query));
  } catch (e) {
    if (e instanceof QueryError || (e instanceof Error && e.name === 'CancelledError')) throw e;
    throw new QueryError(query, null, [], e);
  }
}
