import type { Table, Vector } from 'apache-arrow';
import { quoteIdent } from './sql';
import type { Db, Row, SqlValue } from './types';

/**
 * A result read as whole columns instead of row objects: integers and doubles straight from Arrow's buffers into typed
 * arrays, text as one array of strings. For the Overview index's bulk fetches (250k companies, 1M rows), where the
 * row-object decode held the main thread for ~2 s per 250k rows of six columns (measured, 1M-row import in Chromium).
 */
type ColumnKind = 'int' | 'float' | 'text' | 'lazy-text';
export type ColumnSpec = Record<string, ColumnKind>;
/**
 * Text read value by value when asked for: Arrow decodes each string on its own (a TextDecoder call a value), ~4 s for
 * 250k ids and names on the loaded machine, where the Overview index reads only the ten it shows.
 */
export interface TextColumn {
  readonly length: number;
  get(i: number): string | null;
}
export type ColumnsOf<S extends ColumnSpec> = {
  [K in keyof S]: S[K] extends 'int'
    ? Int32Array
    : S[K] extends 'float'
      ? Float64Array
      : S[K] extends 'lazy-text'
        ? TextColumn
        : (string | null)[];
};
type AnyColumn = Int32Array | Float64Array | (string | null)[] | TextColumn;
const textOf = (x: unknown) => (x === null || x === undefined ? null : String(x));

/** A door that can hand a result over as columns (the browser's): `fetchColumns` falls back to rows without it. */
export interface ColumnDb {
  columns<S extends ColumnSpec>(sql: string, spec: S, params?: readonly SqlValue[]): Promise<ColumnsOf<S>>;
}

/** A door with a background lane (the browser's): work that yields to every interactive statement. */
export interface LanedDb {
  background(): Db & ColumnDb;
}

const hasColumns = (db: Db): db is Db & ColumnDb => typeof (db as Partial<ColumnDb>).columns === 'function';

/** `db`'s background lane when it has one, else `db` itself (Node, the local engine: nothing to yield to). */
export function backgroundOf(db: Db): Db {
  const b = (db as Partial<LanedDb>).background;
  return typeof b === 'function' ? b.call(db) : db;
}

const fail = (name: string, why: string): never => {
  throw new Error(`column ${name}: ${why}`);
};

const typed = (kind: 'int' | 'float', xs: number[]) => (kind === 'int' ? Int32Array.from(xs) : Float64Array.from(xs));
const checked = (name: string, kind: 'int' | 'float', x: number) =>
  kind === 'int' && (x | 0) !== x ? fail(name, `${x} is not a 32-bit integer`) : x;

/**
 * Numbers must come without NULLs (the SQL coalesces them to a value the caller chose): a typed array has no null, and
 * Arrow's buffer holds an arbitrary value under a null slot, so one would otherwise be read as a number silently.
 */
export function tableColumns<S extends ColumnSpec>(table: Table, spec: S): ColumnsOf<S> {
  const out: Record<string, AnyColumn> = {};
  const packed = packedRows(table);
  if (packed === null) return emptyColumns(spec);
  const source: { getChild(name: string): Vector | null } = packed ?? table;
  for (const [name, kind] of Object.entries(spec)) {
    const v = source.getChild(name) ?? fail(name, 'not in the result');
    if (kind === 'text') {
      out[name] = Array.from(v, textOf);
      continue;
    }
    if (kind === 'lazy-text') {
      out[name] = { length: v.length, get: (i: number) => textOf(v.get(i)) };
      continue;
    }
    if (v.nullCount > 0) fail(name, `${v.nullCount} NULLs in a ${kind} column`);
    const a: unknown = v.toArray();
    const want = kind === 'int' ? Int32Array : Float64Array;
    if (a instanceof want) out[name] = a;
    // Another width (a BIGINT, a SMALLINT): converted value by value, refused when it does not fit exactly.
    else
      out[name] = typed(
        kind,
        Array.from(a as ArrayLike<number | bigint>, (x) => checked(name, kind, Number(x))),
      );
  }
  return out as ColumnsOf<S>;
}

/** The one column of a packed result (fetchPackedColumns): all rows as one list of structs. */
const PACKED = 'packed_rows';

/**
 * The struct vector of a packed result, null for a packed result of no rows (list() of none is NULL), undefined when
 * `table` is not packed.
 */
function packedRows(table: Table): Vector | null | undefined {
  const [only, more] = table.schema.fields;
  if (!only || more || only.name !== PACKED) return undefined;
  const list = table.getChild(PACKED);
  return list && list.length > 0 ? ((list.get(0) as Vector | null) ?? null) : null;
}

function emptyColumns<S extends ColumnSpec>(spec: S): ColumnsOf<S> {
  const out: Record<string, AnyColumn> = {};
  for (const [name, kind] of Object.entries(spec))
    out[name] =
      kind === 'int'
        ? new Int32Array(0)
        : kind === 'float'
          ? new Float64Array(0)
          : kind === 'text'
            ? []
            : { length: 0, get: () => null };
  return out as ColumnsOf<S>;
}

/**
 * `sql`'s rows as columns, shipped by the engine as ONE value: a list of structs ordered by `orderBy` (a column of
 * `sql`'s result). DuckDB's Arrow result has a record batch every 2,048 rows, and at 1M rows parsing ~500 batches of
 * 7 columns and joining their chunks held the main thread ~2 s on the loaded machine; packed, it is one batch and
 * each column one contiguous array, read without a copy (a list of 1M structs cost the engine no more than the
 * ORDER BY of the plain rows, measured in Node). A door without `columns` gets the rows unnested back.
 */
export async function fetchPackedColumns<S extends ColumnSpec>(
  db: Db,
  sql: string,
  spec: S,
  orderBy: string,
  params: readonly SqlValue[] = [],
): Promise<ColumnsOf<S>> {
  const fields = Object.keys(spec)
    .map((k) => `${quoteIdent(k)} := r.${quoteIdent(k)}`)
    .join(', ');
  const packed = `SELECT list(struct_pack(${fields}) ORDER BY r.${quoteIdent(orderBy)}) AS ${PACKED} FROM (${sql}) r`;
  if (hasColumns(db)) return db.columns(packed, spec, params);
  return rowColumns((await db.query(`SELECT unnest(${PACKED}, recursive := true) FROM (${packed})`, params)).rows, spec);
}

/** The same columns from decoded rows: for doors without `columns`, and the tests' reference. */
export function rowColumns<S extends ColumnSpec>(rows: readonly Row[], spec: S): ColumnsOf<S> {
  const out: Record<string, AnyColumn> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const at = (r: Row) => (name in r ? r[name] : fail(name, 'not in the result'));
    if (kind === 'text') out[name] = rows.map((r) => textOf(at(r)));
    else if (kind === 'lazy-text') {
      const texts = rows.map((r) => textOf(at(r)));
      out[name] = { length: texts.length, get: (i: number) => texts[i] ?? null };
    } else {
      out[name] = typed(
        kind,
        rows.map((r) => {
          const x = at(r);
          return typeof x === 'number' ? checked(name, kind, x) : fail(name, `${String(x)} in a ${kind} column`);
        }),
      );
    }
  }
  return out as ColumnsOf<S>;
}

/** `sql`'s result as columns: through the door's own `columns` when it has one, else from its rows. */
export async function fetchColumns<S extends ColumnSpec>(
  db: Db,
  sql: string,
  spec: S,
  params: readonly SqlValue[] = [],
): Promise<ColumnsOf<S>> {
  if (hasColumns(db)) return db.columns(sql, spec, params);
  return rowColumns((await db.query(sql, params)).rows, spec);
}

/** The background lane of a door that is still being loaded (lazy-doors.ts): each call waits for the door first. */
export function deferredBackground(door: Promise<LanedDb>): Db & ColumnDb {
  const bg = door.then((d) => d.background());
  bg.catch(() => undefined); // each call rejects with the door's failure
  return {
    query: <T extends Row = Row>(sql: string, params?: readonly SqlValue[]) => bg.then((b) => b.query<T>(sql, params)),
    exec: (sql, params) => bg.then((b) => b.exec(sql, params)),
    columns: <S extends ColumnSpec>(sql: string, spec: S, params?: readonly SqlValue[]) =>
      bg.then((b) => b.columns(sql, spec, params)),
    load: (name, bytes) => bg.then((b) => b.load(name, bytes)),
    readFile: (name) => bg.then((b) => b.readFile(name)),
    drop: (name) => bg.then((b) => b.drop(name)),
    close: () => bg.then((b) => b.close()),
  };
}
