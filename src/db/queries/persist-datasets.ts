import type { Db } from '../types';
import { compactStorage } from './datasets';
import { GAIN_COLUMNS } from './import-gains';

const COLUMNS = ['line', ...GAIN_COLUMNS, 'flags'] as const;
const TYPES: Record<(typeof COLUMNS)[number], string> = {
  line: 'INTEGER',
  project_id: 'VARCHAR',
  project_title: 'VARCHAR',
  theme: 'VARCHAR',
  company_id: 'VARCHAR',
  company_name: 'VARCHAR',
  nace: 'INTEGER',
  employees: 'INTEGER',
  affected_employees: 'INTEGER',
  size_class: 'VARCHAR',
  year: 'INTEGER',
  gain_type: 'VARCHAR',
  annual_gain_dkk: 'DOUBLE',
  status: 'VARCHAR',
  flags: 'VARCHAR',
};

/**
 * A data set's rows above this many are stored in parts of about this many rows, each its own CSV (header and rows
 * in line order): at 10M rows one CSV would be ~1 GB, held whole in the page and, when read back or restored, in
 * the engine's 4 GiB of wasm memory. A part is ~110 MB; only one is in the page, or in the engine, at a time.
 */
const SAVE_PART_ROWS = 1_000_000;

/** A stored part that is not there (or not bytes) when it is read: the stored copy is not whole. */
export class MissingPart extends Error {
  constructor(readonly index: number) {
    super(`part ${index} of the stored rows is missing`);
    this.name = 'MissingPart';
  }
}

/**
 * Stands, where a data set's stored bytes would, for its rows stored in parts (`SAVE_PART_ROWS`), in line order: the
 * parts are independent CSVs as `exportDatasetRows` writes a smaller set whole. Either held (`parts`, as a test
 * builds them) or read on demand, one at a time (`part(i)`): exported from the engine when saved, read from the store
 * when read back or restored. The page then holds one part's bytes at a time, never the whole rows (~1 GB at 10M
 * rows). Any copy made of it (slice, map) is plain, empty bytes: only this object stands for the rows.
 */
export class RowParts extends Uint8Array {
  static get [Symbol.species]() {
    return Uint8Array;
  }

  /** How many parts there are. */
  readonly count: number;
  /** The parts when they are held; undefined when they are read on demand. */
  readonly parts: readonly Uint8Array[] | undefined;
  private read: (i: number) => Promise<Uint8Array>;
  /** Each part's size once it was read (what `storedBytes` adds up for parts read on demand). */
  private readonly sizes = new Map<number, number>();

  constructor(parts: readonly Uint8Array[] | { count: number; read: (i: number) => Promise<Uint8Array> }) {
    super(0);
    if (Array.isArray(parts)) {
      const held = parts as readonly Uint8Array[];
      this.parts = held;
      this.count = held.length;
      this.read = (i) => {
        const p = held[i];
        return p ? Promise.resolve(p) : Promise.reject(new MissingPart(i));
      };
    } else {
      const lazy = parts as { count: number; read: (i: number) => Promise<Uint8Array> };
      this.parts = undefined;
      this.count = lazy.count;
      this.read = lazy.read;
    }
  }

  /** Part `i` (from 0): held, or read now; `MissingPart` when it is not there. */
  async part(i: number): Promise<Uint8Array> {
    const p = await this.read(i);
    this.sizes.set(i, p.byteLength);
    return p;
  }

  /**
   * From now on the parts are read from `stored` (the same rows, confirmed in the store): parts exported on demand
   * are exported from one engine instance, and after a restart only the store still has them.
   */
  readFrom(stored: RowParts): void {
    if (stored.count !== this.count) throw new Error(`the stored rows have ${stored.count} parts, not ${this.count}`);
    this.read = (i) => stored.part(i);
  }

  /** The parts' bytes together (what one CSV of the rows would be, less the repeated headers), of the parts read. */
  get storedBytes(): number {
    if (this.parts) return this.parts.reduce((n, p) => n + p.byteLength, 0);
    return [...this.sizes.values()].reduce((n, b) => n + b, 0);
  }
}

/**
 * Rows a stored CSV is written in: the engine writes each slice's lines as one string (a few MB), the page joins them.
 * An export through DuckDB's `COPY … TO` a file would make an in-memory file in the engine (grown by reallocation to
 * ~2.25× its size, then copied out whole): at 10M rows, after the import, duckdb-wasm could not allocate even that
 * file's handle ("truncateFile not implemented", reported as "unique_lock::unlock: not locked").
 */
const SLICE_ROWS = 50_000;

/**
 * A column's value as DuckDB's CSV writer writes it (`COPY … (FORMAT csv)`, measured on 1.4.3): its text cast
 * (doubles as `1234.0`, `1e+20`, `nan`), NULL as nothing, a string quoted (quotes doubled) when it is empty or holds a
 * delimiter, quote, line break or '#'. The same bytes as the writer's on the same rows, read back by `READ` alike.
 */
function csvField(c: (typeof COLUMNS)[number]): string {
  if (TYPES[c] !== 'VARCHAR') return `coalesce(${c}::VARCHAR, '')`;
  const quoted = [`','`, `'"'`, 'chr(10)', 'chr(13)', `'#'`].map((x) => `contains(${c}, ${x})`);
  return `CASE WHEN ${c} IS NULL THEN '' WHEN ${c} = '' OR ${quoted.join(' OR ')} THEN '"' || replace(${c}, '"', '""') || '"' ELSE ${c} END`;
}
const CSV_LINE = COLUMNS.map(csvField).join(` || ',' || `);
const CSV_HEADER = `${COLUMNS.join(',')}\n`;

/**
 * The rows of gains_flat that `where` selects (with `params`), in line order, as the CSV `COPY … TO` would write:
 * header, then one line per row. The lines are cut into slices of `slice` rows first (one sort of the line numbers),
 * then each slice's text is made by the engine as one string and joined in the page: the engine never holds more than
 * one slice's text, and each row's text is made once (a LIMIT per slice would make it for every row after the slice).
 */
async function encodeRows(db: Db, where: string, params: readonly (string | number)[], slice = SLICE_ROWS): Promise<Uint8Array> {
  const cuts = await db.query<{ line: number }>(
    `SELECT line FROM (SELECT line, row_number() OVER (ORDER BY line) AS k FROM gains_flat WHERE ${where})
     WHERE k % ${slice} = 0 ORDER BY line`,
    params,
  );
  // Slice i holds the lines in (ends[i - 1], ends[i]]; the last has no upper bound.
  const ends: (number | null)[] = [...cuts.rows.map((r) => r.line), null];
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [enc.encode(CSV_HEADER)];
  let last: number | null = null;
  for (const end of ends) {
    const bounds = [...(last === null ? [] : ['line > ?']), ...(end === null ? [] : ['line <= ?'])];
    const r = await db.query<{ text: string | null }>(
      `SELECT string_agg(${CSV_LINE} || chr(10), '' ORDER BY line) AS text
       FROM gains_flat WHERE ${[where, ...bounds].join(' AND ')}`,
      [...params, ...[last, end].filter((x): x is number => x !== null)],
    );
    const text = r.rows[0]?.text;
    if (text) chunks.push(enc.encode(text));
    last = end;
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * A data set's validated rows as CSV bytes (as DuckDB's writer writes them, `encodeRows`), for durable browser
 * storage: one CSV up to `partRows` rows, else `RowParts`, cut at line quantiles (one pass) so each part is one range
 * of lines, each exported from `db` only when it is read; either read from the engine `sliceRows` rows at a time.
 */
export async function exportDatasetRows(
  db: Db,
  datasetId: string,
  partRows = SAVE_PART_ROWS,
  sliceRows = SLICE_ROWS,
): Promise<Uint8Array> {
  const n = await datasetRowCount(db, datasetId);
  if (n <= partRows) return encodeRows(db, 'dataset_id = ?', [datasetId], sliceRows);
  const k = Math.ceil(n / partRows);
  const cuts = Array.from({ length: k - 1 }, (_, i) => (i + 1) / k);
  const r = await db.query<{ b: number }>(
    `SELECT DISTINCT unnest(quantile_disc(line, [${cuts.join(', ')}])) AS b FROM gains_flat WHERE dataset_id = ? ORDER BY b`,
    [datasetId],
  );
  // Part i holds the lines in (bounds[i], bounds[i + 1]]; the first has no lower bound, the last no upper one.
  const bounds: (number | null)[] = [null, ...r.rows.map((x) => x.b), null];
  // Each part is exported when it is read (the save exports, hashes and stores one before the next), so the page
  // never holds them all: at 10M rows that was 1.1 GB of parts, and the save's JS heap peaked at 3.5 GB of 4 GiB.
  const read = (i: number) => {
    const [lo, hi] = [bounds[i], bounds[i + 1]];
    if (lo === undefined || hi === undefined) return Promise.reject(new MissingPart(i));
    const where = ['dataset_id = ?', ...(lo === null ? [] : ['line > ?']), ...(hi === null ? [] : ['line <= ?'])];
    return encodeRows(db, where.join(' AND '), [datasetId, ...[lo, hi].filter((x): x is number => x !== null)], sliceRows);
  };
  return new RowParts({ count: bounds.length - 1, read });
}

/** The stored rows' reader, the file name bound as its one parameter. */
const READ = `read_csv(?, header = true, delim = ',', quote = '"', escape = '"', columns = {${COLUMNS.map((c) => `'${c}': '${TYPES[c]}'`).join(', ')}})`;

/** What stored rows hold, read as a reload reads them: their count and realised total (as validation sums it). */
export interface StoredRowsSummary {
  rows: number;
  realisedTotal: number;
}

/** Counts and sums rows written by `exportDatasetRows` without loading them anywhere: a save's read-back check. */
export async function storedRowsSummary(db: Db, bytes: Uint8Array): Promise<StoredRowsSummary> {
  if (bytes instanceof RowParts) {
    const sum = { rows: 0, realisedTotal: 0 };
    for (let i = 0; i < bytes.count; i++) {
      const s = await storedRowsSummary(db, await bytes.part(i));
      sum.rows += s.rows;
      sum.realisedTotal += s.realisedTotal;
    }
    return sum;
  }
  const file = `verify-${crypto.randomUUID()}.csv`;
  await db.load(file, bytes);
  try {
    const r = await db.query<{ n: number; realised: number }>(
      `SELECT count(*)::BIGINT AS n,
              coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS realised
       FROM ${READ}`,
      [file],
    );
    return { rows: r.rows[0]?.n ?? 0, realisedTotal: r.rows[0]?.realised ?? 0 };
  } finally {
    await db.drop(file);
  }
}

/**
 * Stands, where a data set's stored bytes would, for its rows kept in the local engine's own database
 * (`spillover_kept.rows`, src/db/queries/engine-kept.ts): they never cross to the page, so no size the page can hold
 * bounds them. Any copy made of it (slice, map) is plain, empty bytes: only this object stands for the rows.
 */
export class KeptOnEngine extends Uint8Array {
  static get [Symbol.species]() {
    return Uint8Array;
  }

  constructor(readonly datasetId: string) {
    super(0);
  }
}

/** The kept rows' table: gains_flat's columns, typed as the stored CSV is read. */
export const KEPT_ROWS_SETUP = `CREATE TABLE IF NOT EXISTS spillover_kept.rows (dataset_id VARCHAR NOT NULL, ${COLUMNS.map((c) => `${c} ${TYPES[c]}`).join(', ')})`;

const ROWS_TABLES = { validated: 'gains_flat', kept: 'spillover_kept.rows' } as const;

/**
 * A data set's rows hashed by the engine where they are, the same for the same rows in either table: each row's
 * SHA-256 over its columns as DuckDB writes a struct as text (its line among them; a string is quoted and escaped
 * whenever it could be read as anything else, NULL is bare, so the text reads back as the row; core DuckDB, so the
 * same on wasm, where JSON is an extension), the first 128 bits of those digests summed exactly (as two 64-bit
 * halves, HUGEINT sums), and the SHA-256 of the row count and the two sums. A row lost, added or changed (its line
 * included) changes it. The sum makes it independent of the order DuckDB reads the rows in, which an ordered
 * string_agg would fix at 3-5 times the cost (1M rows: 15-25 s against 5-8 s). Only the hash crosses to the page. Not
 * the hash of the browser store's CSV bytes: that text would not fit one DuckDB string at 100M rows.
 */
export async function engineRowsHash(db: Db, rows: keyof typeof ROWS_TABLES, datasetId: string): Promise<string> {
  const half = (from: number) => `coalesce(sum(('0x' || substr(h, ${from}, 16))::UBIGINT), 0)`;
  const r = await db.query<{ hash: string }>(
    `SELECT sha256(count(*) || ':' || ${half(1)} || ':' || ${half(17)}) AS hash
     FROM (SELECT sha256(struct_pack(${COLUMNS.join(', ')})::VARCHAR) AS h FROM ${ROWS_TABLES[rows]} WHERE dataset_id = ?)`,
    [datasetId],
  );
  return r.rows[0]?.hash ?? '';
}

/**
 * Copies a data set's validated rows into the engine's kept table (what was there under `keptId` goes first), in no
 * order: the hash does not depend on it, and a restore puts them back in line order.
 */
export async function keepRowsOnEngine(db: Db, datasetId: string, keptId = datasetId): Promise<void> {
  await db.exec(`DELETE FROM ${ROWS_TABLES.kept} WHERE dataset_id = ?`, [keptId]);
  await db.exec(`INSERT INTO ${ROWS_TABLES.kept} SELECT ?, ${COLUMNS.join(', ')} FROM gains_flat WHERE dataset_id = ?`, [
    keptId,
    datasetId,
  ]);
}

/** What the engine's kept rows hold, read there: their count and realised total, as `storedRowsSummary` gives. */
export async function keptRowsSummary(db: Db, datasetId: string): Promise<StoredRowsSummary> {
  const r = await db.query<{ n: number; realised: number }>(
    `SELECT count(*)::BIGINT AS n, coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS realised
     FROM ${ROWS_TABLES.kept} WHERE dataset_id = ?`,
    [datasetId],
  );
  return { rows: r.rows[0]?.n ?? 0, realisedTotal: r.rows[0]?.realised ?? 0 };
}

/**
 * Loads rows written by `exportDatasetRows` back under `datasetId`; they were validated when first imported. Rows
 * kept on the engine (`KeptOnEngine`) are copied there from its kept table, never through the page.
 */
export async function restoreDatasetRows(db: Db, datasetId: string, bytes: Uint8Array): Promise<number> {
  if (bytes instanceof KeptOnEngine) {
    await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
    await db.exec(
      `INSERT INTO gains_flat SELECT ?, ${COLUMNS.join(', ')} FROM ${ROWS_TABLES.kept} WHERE dataset_id = ? ORDER BY line`,
      [datasetId, bytes.datasetId],
    );
    return datasetRowCount(db, datasetId);
  }
  await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
  // Part by part, in line order, each read only when the one before is in and compressed (datasets.ts,
  // `compactStorage`): the page holds one part's bytes at a time.
  const parts = bytes instanceof RowParts ? bytes : new RowParts([bytes]);
  for (let i = 0; i < parts.count; i++) {
    const file = `restore-${datasetId}.csv`;
    await db.load(file, await parts.part(i));
    try {
      await db.exec(`INSERT INTO gains_flat SELECT ?, ${COLUMNS.join(', ')} FROM ${READ}`, [datasetId, file]);
    } finally {
      await db.drop(file);
    }
    await compactStorage(db);
  }
  return datasetRowCount(db, datasetId);
}

/** How many rows of `datasetId` the engine holds now. */
export async function datasetRowCount(db: Db, datasetId: string): Promise<number> {
  const r = await db.query<{ n: number }>('SELECT count(*)::BIGINT AS n FROM gains_flat WHERE dataset_id = ?', [datasetId]);
  return r.rows[0]?.n ?? 0;
}
