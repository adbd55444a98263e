import type { Db } from '../types';
import { quoteIdent } from '../sql';
import { compactStorage } from './datasets';
import type { ColumnFacts, CsvDialect, RejectedRow } from './import-types';

export type { CsvDialect };

export interface Staged {
  table: string;
  /** Source columns as DuckDB named them (duplicates get a suffix). */
  columns: string[];
  rowsIn: number;
  /** Records the CSV reader itself could not read (wrong field count, broken quoting). */
  parseRejects: RejectedRow[];
  /**
   * What a scan of the same bytes proved per column (in `columns` order), when the file was simple enough and the
   * scan's record count matched the reader's (src/queries/import-pipeline.ts); absent: validate without it.
   */
  scan?: {
    columns: (ColumnFacts & { distinct: { value: string; n: number }[] | 'many' | 'unsure' })[];
    /** The first records' fields ('' for an empty one), for the mapping step's samples. */
    first: string[][];
  };
}

/**
 * Physical line numbers of blank lines: DuckDB's reader skips them, so they must be left out when records
 * are numbered. Quoted newlines are not considered (a blank line inside a quoted field is vanishingly rare).
 */
export function blankLines(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let line = 1;
  let empty = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10) {
      if (empty) out.push(line);
      line += 1;
      empty = true;
    } else if (b !== 13) empty = false;
  }
  return out;
}

/**
 * Where records span more than one line (a newline inside a quoted field), every later record starts further down
 * the file than "one line per record" says: [record's one-line number, extra lines it spans] for each such record.
 */
function quotedNewlines(bytes: Uint8Array, quote = 0x22): [number, number][] {
  const out: [number, number][] = [];
  let line = 1;
  let quoted = false;
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === quote) quoted = !quoted;
    else if (b === 10) {
      if (quoted) extra++;
      else {
        if (extra) out.push([line, extra]);
        extra = 0;
        line++;
      }
    }
  }
  if (extra) out.push([line, extra]);
  return out;
}

/**
 * Blank lines' physical numbers as numbers in "one line per record" terms, the terms the renumbering works in:
 * less the extra lines of the multi-line records above them (without this a blank line below such a record
 * left out the wrong line, and every record after it was numbered one off).
 */
function blankInRecordLines(blank: readonly number[], multiline: readonly [number, number][]): number[] {
  if (!multiline.length) return [...blank];
  const out: number[] = [];
  let k = 0;
  let above = 0;
  for (const p of blank) {
    // A record that starts (one-line number l) below `above` extra lines spans physical lines l + above … + extra.
    while (k < multiline.length && multiline[k]![0] + above + multiline[k]![1] < p) above += multiline[k++]![1];
    const inside = k < multiline.length && multiline[k]![0] + above < p; // an empty line within a quoted field
    if (!inside) out.push(p - above);
  }
  return out;
}

/** The names DuckDB's reader gives a header's fields: trimmed, empty ones `columnN`, repeats suffixed `_1`, `_2`. */
export function headerNames(bytes: Uint8Array, delimiter: string, quote = '"'): string[] {
  const nl = bytes.indexOf(10);
  const line = new TextDecoder()
    .decode(bytes.subarray(0, nl < 0 ? bytes.length : nl))
    .replace(/\r$/, '')
    .replace(/^\ufeff/, '');
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === quote && quoted && line[i + 1] === quote) {
      cur += quote;
      i++;
    } else if (ch === quote) quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      fields.push(cur);
      cur = '';
    } else cur += ch;
  }
  fields.push(cur);
  const seen = new Map<string, number>();
  return fields.map((f, i) => {
    const base = f.trim() || `column${String(i).padStart(2, '0')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}_${n}` : base;
  });
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Reads a registered UTF-8 CSV with DuckDB's own reader (all columns as text) into `table`, numbering each
 * record with its line in the file (header = line 1, one line per record). Records the reader rejects are
 * kept with their line so that rows in = staged + rejected. `table` is a table of the app's compressed database,
 * not TEMP (staging-tables.ts says why), compressed by a checkpoint once each read (or chunk) is in.
 */
export async function stageCsv(
  db: Db,
  fileName: string,
  dialect: CsvDialect,
  table = 'staged',
  blank: readonly number[] = [],
  /** For a file read in chunks: lines before this chunk's first record, and append to `table`. */
  chunk: { lineOffset: number; append: boolean } = { lineOffset: 0, append: false },
  /** The header's names, for reading without DuckDB's sniffer when it fails (an unterminated quote, a 20 MB cell). */
  header?: readonly string[],
  /** Records spanning several lines (`quotedNewlines`), so that lines after them keep their numbers in the file. */
  multiline: readonly [number, number][] = [],
  /**
   * The columns as an earlier chunk of the same file was read: the dialect and header are known, so the reader
   * skips its sniffer (which re-read every 8 MB chunk: 4.8 s of a 1M-row import) and names the columns as before.
   */
  known?: readonly string[],
): Promise<Staged> {
  const t = quoteIdent(table);
  // Bound as a list literal string: the Db interface binds scalars only.
  const blankList = `[${blank.filter((n) => Number.isInteger(n)).join(',')}]`;
  await db.exec('DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans;');
  // Read straight into the target (appending for a later chunk), numbering records as if every line after the
  // header were one; only when the reader rejected lines or there are blank lines is that fixed. A later chunk's
  // provisional numbers all lie past the earlier chunks' lines, so the fix-up touches only this chunk's rows.
  const read = (
    sniff: boolean,
  ) => `SELECT (row_number() OVER () + 1 + ?::BIGINT)::INTEGER AS line, * FROM read_csv(?, delim = ?, quote = ?, escape = ?,
       header = true, all_varchar = true, ignore_errors = true, store_rejects = true,
       rejects_table = 'csv_rejects', rejects_scan = 'csv_scans', max_line_size = 10000000, ${
         sniff || !(known ?? header)
           ? 'auto_detect = true'
           : `auto_detect = false, columns = {${(known ?? header ?? []).map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ')}}`
       })`;
  const params = [chunk.lineOffset, fileName, dialect.delimiter, dialect.quote, dialect.quote];
  // The statement's own result is the number of rows it wrote: no second scan to count them.
  const run = (sniff: boolean) =>
    chunk.append
      ? db.query<{ Count: number }>(`INSERT INTO ${t} ${read(sniff)}`, params)
      : db.query<{ Count: number }>(`CREATE OR REPLACE TABLE ${t} AS ${read(sniff)}`, params);
  let written;
  try {
    written = await run(!known);
  } catch (e) {
    // The sniffer gives up on the whole file for one bad record (an unterminated quote, a line over the maximum):
    // read it again with the dialect already known and the header's names, so that record becomes a reject.
    if (!header || !/sniffing|CSV Error/i.test(e instanceof Error ? e.message : String(e))) throw e;
    await db.exec('DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans;');
    written = await run(false);
  }
  const n = Number(written.rows[0]?.Count ?? 0);
  const rejects = await db.query<{
    line: number;
    column_name: string | null;
    csv_line: string | null;
    error_type: string;
    error_message: string;
  }>(
    `SELECT line, any_value(column_name) AS column_name, left(any_value(csv_line), 1000) AS csv_line,
            any_value(error_type) AS error_type, any_value(error_message) AS error_message
     FROM csv_rejects GROUP BY line ORDER BY line`,
  );
  if (rejects.rows.length > 0 || blank.length > 0) {
    // Renumber: the k-th record read takes the k-th line that is neither rejected nor blank.
    await db.exec(
      `UPDATE ${t} SET line = lines.actual FROM (
         SELECT (l + ?::BIGINT)::INTEGER AS actual, (row_number() OVER (ORDER BY l) + 1 + ?::BIGINT)::INTEGER AS provisional
         FROM (SELECT unnest(range(2, 2 + ?::BIGINT + ?::BIGINT + len(?::BIGINT[]))) AS l)
         WHERE l NOT IN (SELECT line FROM csv_rejects) AND NOT list_contains(?::BIGINT[], l)
       ) lines WHERE ${t}.line = lines.provisional`,
      [chunk.lineOffset, chunk.lineOffset, n, rejects.rows.length, blankList, blankList],
    );
  }
  // The names from an empty result's schema: duckdb_columns() lists every column of every table (0.3-0.7 s here).
  const columns = known ? [...known] : (await db.query(`SELECT * EXCLUDE (line) FROM ${t} LIMIT 0`)).columns.map((c) => c.name);
  const staged = n;
  // Lines after a record that spans several lines move down by the lines it spans (an ASOF join on the shifts).
  const shifts: [number, number][] = [];
  let total = 0;
  for (const [l, e] of multiline) shifts.push([l + chunk.lineOffset, (total += e)]);
  const shifted = (line: number) => {
    let s = 0;
    for (const [l, cum] of shifts) if (l < line) s = cum;
    return line + s;
  };
  if (shifts.length) {
    await db.exec(`CREATE OR REPLACE TEMP TABLE line_shifts AS SELECT unnest(?::INTEGER[]) AS l, unnest(?::INTEGER[]) AS cum`, [
      `[${shifts.map((s) => s[0]).join(',')}]`,
      `[${shifts.map((s) => s[1]).join(',')}]`,
    ]);
    await db.exec(
      `UPDATE ${t} SET line = ${t}.line + m.cum FROM (
         SELECT x.line AS old, s.cum FROM (SELECT line FROM ${t} WHERE line > ?::INTEGER) x ASOF JOIN line_shifts s ON x.line > s.l
       ) m WHERE ${t}.line = m.old`,
      [chunk.lineOffset],
    );
    await db.exec('DROP TABLE IF EXISTS line_shifts');
  }
  // Rows written to the compressed database stay uncompressed until a checkpoint: one per read keeps at most one
  // chunk's rows uncompressed (1M rows staged: 205 MB as TEMP, ~30 MB compressed).
  await compactStorage(db);
  return {
    table,
    columns,
    rowsIn: staged + rejects.rows.length,
    parseRejects: rejects.rows.map((r) => {
      const line = shifted(r.line + chunk.lineOffset);
      return {
        line,
        column: r.column_name ?? '(record)',
        value: r.csv_line,
        reason: `line ${line}: ${r.error_type.toLowerCase()}: ${r.error_message}`,
        code: 'unreadable' as const,
        arg: r.error_type.toLowerCase(),
      };
    }),
  };
}

/**
 * Stages UTF-8 CSV bytes: registers them as a file of their own, reads them with `stageCsv` (blank lines left out
 * of the numbering) and gives the file up again. For a chunk of a larger file, `chunk` carries its place.
 */
export async function stageBytes(
  db: Db,
  bytes: Uint8Array,
  dialect: CsvDialect,
  table: string,
  chunk: { lineOffset: number; append: boolean } = { lineOffset: 0, append: false },
  /** The columns an earlier chunk of the same file was read with (`stageCsv`'s `known`). */
  known?: readonly string[],
): Promise<Staged> {
  const file = `staging-${crypto.randomUUID()}.csv`;
  await db.load(file, bytes);
  try {
    // Without a quote character no record can span lines: the byte-by-byte walk is skipped.
    const quote = dialect.quote.charCodeAt(0);
    const multiline = bytes.includes(0x0a) && bytes.includes(quote) ? quotedNewlines(bytes, quote) : [];
    return await stageCsv(
      db,
      file,
      dialect,
      table,
      blankInRecordLines(blankLines(bytes), multiline),
      chunk,
      headerNames(bytes, dialect.delimiter, dialect.quote),
      multiline,
      known,
    );
  } finally {
    await db.drop(file);
  }
}
