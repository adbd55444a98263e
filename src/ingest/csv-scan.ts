/**
 * One pass over a CSV's bytes, run while DuckDB stages the same bytes, that proves per column what the import's SQL
 * would otherwise find out row by row: whether every value is a plain number (so typing it needs no regex), whether
 * any value holds a space (so no trimming), the number-style evidence, and the few distinct values the mapping step
 * shows. It only answers for simple files — no quote character anywhere, no carriage return but before a newline,
 * every record with the header's field count — where splitting on the delimiter is exactly what DuckDB's reader
 * does; for anything else it gives up (null) and the import asks SQL as before.
 */

/** What the scan proved about one column, in the terms the import's SQL uses (`ColumnFacts` in src/db). */
export interface ScannedColumn {
  /** Every non-empty value is `[-+]?\d+` ('int') or `[-+]?\d+(\.\d+)?` ('point'); null: some value is neither. */
  kind: 'int' | 'point' | null;
  /** No value holds a space (U+0020). */
  noSpace: boolean;
  /** `styleEvidenceSql`'s counts for this column (exact for an 'int' or 'point' column; 0 otherwise). */
  commaEvidence: number;
  pointEvidence: number;
  /**
   * Trimmed non-empty values with their counts, most frequent first then by value (`stagedDistinct`'s answer);
   * 'many': more than the limit; 'unsure': some value has a non-ASCII first or last character, which DuckDB's
   * trim may remove (Unicode spaces): SQL must count it.
   */
  distinct: { value: string; n: number }[] | 'many' | 'unsure';
}

export interface CsvScanResult {
  /** Records (blank lines not counted). */
  rows: number;
  /** The first few records' fields as DuckDB stages them (an empty field is NULL there, '' here: `stagedSamples`). */
  first: string[][];
  columns: ScannedColumn[];
}

/** Records kept for the mapping step's samples (`stagedSamples`' limit). */
const SAMPLES = 5;
const NL = 10;
const CR = 13;
const SPACE = 32;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;

// Per field: the shape of a plain number, tracked byte by byte.
const K_INT = 0;
const K_POINT = 1;
const K_OTHER = 2;

interface Bucket {
  bytes: Uint8Array;
  n: number;
}

class Column {
  kind = K_INT;
  noSpace = true;
  point = 0;
  distinct: Map<number, Bucket[]> | null = new Map();
  kinds = 0;
  unsure = false;
}

/** Code point order, which is the byte order of UTF-8 (DuckDB compares strings by their bytes). */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

export class CsvScan {
  private readonly cols: Column[];
  private rows = 0;
  private failed = false;
  private readonly first: string[][] = [];
  private readonly decoder = new TextDecoder();

  private readonly delimiterText: string;

  constructor(
    private readonly fields: number,
    private readonly delimiter: number,
    private readonly max = 30,
    private readonly quote = 34,
  ) {
    this.cols = Array.from({ length: fields }, () => new Column());
    this.delimiterText = String.fromCharCode(delimiter);
  }

  /** Scans whole records in `b[from, to)` (cut at record boundaries, the header left out). */
  feed(b: Uint8Array, from: number, to: number): void {
    let pos = from;
    while (!this.failed && pos < to) {
      let nl = b.indexOf(NL, pos);
      if (nl === -1 || nl >= to) nl = to;
      this.line(b, pos, nl > pos && b[nl - 1] === CR ? nl - 1 : nl);
      pos = nl + 1;
    }
  }

  private line(b: Uint8Array, start: number, end: number): void {
    if (start === end) return; // a blank line: DuckDB's reader skips it
    let field = 0;
    let a = start;
    for (let i = start; i <= end; i++) {
      const c = i < end ? b[i]! : this.delimiter;
      if (c === this.quote || c === CR) {
        this.failed = true;
        return;
      }
      if (c !== this.delimiter) continue;
      if (field >= this.fields) {
        this.failed = true;
        return;
      }
      this.field(this.cols[field]!, b, a, i);
      field++;
      a = i + 1;
    }
    if (field !== this.fields) this.failed = true;
    else if (this.rows++ < SAMPLES) this.first.push(this.decoder.decode(b.subarray(start, end)).split(this.delimiterText));
  }

  private field(col: Column, b: Uint8Array, a: number, e: number): void {
    if (a === e) return; // empty: NULL
    // The number's shape: sign, digits, at most one '.' with digits on both sides.
    let kind = K_INT;
    let i = a;
    if (b[i] === MINUS || b[i] === PLUS) i++;
    let digits = 0;
    let dot = -1;
    for (; i < e; i++) {
      const c = b[i]!;
      if (c >= 48 && c <= 57) digits++;
      else if (c === DOT && dot < 0 && digits > 0) {
        dot = i;
        kind = K_POINT;
      } else {
        kind = K_OTHER;
        break;
      }
    }
    if (digits === 0 || dot === e - 1) kind = K_OTHER;
    if (kind === K_POINT) {
      // `\.(\d{1,2}|\d{4,})$` is point evidence; no plain decimal is comma evidence.
      if (e - dot - 1 !== 3) col.point++;
      if (col.kind === K_INT) col.kind = K_POINT;
    } else if (kind === K_OTHER) col.kind = K_OTHER;
    if (kind === K_OTHER && col.noSpace)
      for (let j = a; j < e; j++)
        if (b[j] === SPACE) {
          col.noSpace = false;
          break;
        }
    if (col.distinct) this.count(col, b, a, e);
  }

  private count(col: Column, b: Uint8Array, a: number, e: number): void {
    // DuckDB's trim removes spaces (and other Unicode spaces: any non-ASCII edge is left to SQL).
    while (a < e && b[a] === SPACE) a++;
    while (e > a && b[e - 1] === SPACE) e--;
    if (a === e) return;
    if (b[a]! >= 0x80 || b[e - 1]! >= 0x80) {
      col.unsure = true;
      col.distinct = null;
      return;
    }
    let h = 0x811c9dc5;
    for (let i = a; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    const list = col.distinct!.get(h);
    const len = e - a;
    if (list)
      for (const k of list) {
        if (k.bytes.length !== len) continue;
        let same = true;
        for (let i = 0; i < len && same; i++) same = k.bytes[i] === b[a + i];
        if (same) {
          k.n++;
          return;
        }
      }
    if (++col.kinds > this.max) {
      col.distinct = null;
      return;
    }
    const bucket = { bytes: b.slice(a, e), n: 1 };
    if (list) list.push(bucket);
    else col.distinct!.set(h, [bucket]);
  }

  /** The proof, or null when the file is not simple enough for it. */
  result(): CsvScanResult | null {
    if (this.failed) return null;
    return {
      rows: this.rows,
      first: this.first,
      columns: this.cols.map((c) => ({
        kind: c.kind === K_INT ? 'int' : c.kind === K_POINT ? 'point' : null,
        noSpace: c.noSpace,
        commaEvidence: 0,
        pointEvidence: c.kind === K_OTHER ? 0 : c.point,
        distinct: c.unsure
          ? 'unsure'
          : c.distinct
            ? [...c.distinct.values()]
                .flat()
                .map((k) => ({ value: this.decoder.decode(k.bytes), n: k.n }))
                .sort((x, y) => y.n - x.n || byCodePoint(x.value, y.value))
            : 'many',
      })),
    };
  }
}
