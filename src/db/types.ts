/** A value that can be bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null;

/** A decoded row: BIGINT/DECIMAL as number, DATE/TIMESTAMP as ISO string, everything else as plain JS. */
export type Row = Record<string, string | number | boolean | null>;

export interface QueryResult<T extends Row = Row> {
  columns: { name: string; type: string }[];
  rows: T[];
}

/**
 * The one door to DuckDB. The browser implementation runs DuckDB-wasm in a Web Worker; the Node
 * implementation (tests, scripts) runs duckdb-wasm's blocking bundle. Both satisfy this interface.
 */
export interface Db {
  /** Runs a SELECT with `?` placeholders bound to `params` (never spliced into the SQL). */
  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<QueryResult<T>>;
  /** Runs statements that return nothing useful (DDL, INSERT …). */
  exec(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Registers bytes as a virtual file `name` that SQL can read (e.g. `read_csv(?)`). The bytes are copied. */
  load(name: string, bytes: Uint8Array): Promise<void>;
  /** Reads back a virtual file, e.g. one written by `COPY … TO`. */
  readFile(name: string): Promise<Uint8Array>;
  /**
   * Runs one statement on a connection of its own (the SQL console's), so it can be cancelled: aborting `signal`
   * interrupts it and the promise rejects with `CancelledError`. Optional: only engines that can cancel offer it.
   */
  send?(sql: string, signal?: AbortSignal): Promise<QueryResult>;
  /**
   * Throws the instance away and starts a fresh one, rebuilt like after a crash (the browser door). Optional: the
   * way back when the app's tables can no longer be trusted (a console write that could not be rolled back).
   */
  reset?(reason: string): Promise<void>;
  /** Removes a virtual file registered with `load`. */
  drop(name: string): Promise<void>;
  close(): Promise<void>;
}

/** A statement stopped by its caller (`send` with an aborted signal), not by an error of its own. */
export class CancelledError extends Error {
  constructor() {
    super('The query was cancelled.');
    this.name = 'CancelledError';
  }
}
