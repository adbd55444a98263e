/**
 * One pass over a CSV's bytes, run while DuckDB stages the same bytes, that proves per column what the import's SQL
 * would otherwise find out row by row: whether every value is a plain number (so typing it needs no regex), whether
 * any value holds a space (so no trimming), the number-style evidence, and the few distinct values the mapping step
 * shows. It only answers for simple files — no quote character anywhere, no carriage return but before a newline,
 * every record with the header's field count — where splitting on the delimiter is exactly what DuckDB's reader
 * does; for anything else it gives up (null) and the import asks SQL as before.
 */

/** What the scan proved about one column, in the terms the import's SQL uses (`ColumnFacts` in src/db). */
interface ScannedColumn {
  /** Every non-empty value is `[-+]?\d+` ('int') or `[-+]?\d+(\.\d+)?` ('point'); null: some value is neither. */
  kind: 'int' | 'point' | null;
  /** No value holds a space (U+0020). Proven for numbers and columns of few values only (false: not proven). */
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

// Per field, a number's shape is followed byte by byte through a table (one lookup a byte): the states below, plus
// SPACE_BIT once a space was seen. F1..F4 count the digits after the point (F4: four or more).
const S_START = 0;
const S_SIGN = 1;
const S_INT = 2;
const S_DOT = 3;
const S_F1 = 4;
const S_F3 = 6;
const S_F4 = 7;
const S_OTHER = 8;
const SPACE_BIT = 16;
const NEXT = (() => {
  const t = new Uint8Array(32 * 256);
  for (let st = 0; st < 32; st++)
    for (let c = 0; c < 256; c++) {
      const base = st & 15;
      let next = S_OTHER;
      const digit = c >= 48 && c <= 57;
      if (base === S_START && (c === MINUS || c === PLUS)) next = S_SIGN;
      else if ((base === S_START || base === S_SIGN || base === S_INT) && digit) next = S_INT;
      else if (base === S_INT && c === DOT) next = S_DOT;
      else if (base === S_DOT && digit) next = S_F1;
      else if (base >= S_F1 && base < S_F4 && digit) next = base + 1;
      else if (base === S_F4 && digit) next = S_F4;
      t[(st << 8) | c] = next | (st & SPACE_BIT) | (c === SPACE ? SPACE_BIT : 0);
    }
  return t;
})();

// A column's kind so far.
const K_INT = 0;
const K_POINT = 1;
const K_OTHER = 2;

interface Bucket {
  bytes: Uint8Array;
  n: number;
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
  private readonly kind: Uint8Array;
  private readonly spaced: Uint8Array;
  private readonly point: Float64Array;
  /** Per column its distinct values so far by hash; null once there are too many or one is unsure. */
  private readonly distinct: (Map<number, Bucket[]> | null)[];
  private readonly kinds: Int32Array;
  private readonly unsure: Uint8Array;
  /** Columns the scan no longer looks into (see `field`). */
  private readonly dead: Uint8Array;
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
    this.kind = new Uint8Array(fields);
    this.spaced = new Uint8Array(fields);
    this.point = new Float64Array(fields);
    this.distinct = Array.from({ length: fields }, () => new Map());
    this.kinds = new Int32Array(fields);
    this.unsure = new Uint8Array(fields);
    this.dead = new Uint8Array(fields);
    this.delimiterText = String.fromCharCode(delimiter);
  }

  /** Scans whole records in `b[from, to)` (cut at record boundaries, the header left out). */
  feed(b: Uint8Array, from: number, to: number): void {
    if (this.failed) return;
    // A quote anywhere, or a carriage return that does not end a line: not a file this scan can read as DuckDB does.
    const range = b.subarray(from, to);
    if (range.includes(this.quote)) {
      this.failed = true;
      return;
    }
    for (let i = range.indexOf(CR); i !== -1; i = range.indexOf(CR, i + 1))
      if (i + 1 < range.length ? range[i + 1] !== NL : to !== b.length) {
        this.failed = true;
        return;
      }
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
    const delim = this.delimiter;
    let field = 0;
    for (let i = start; ;) {
      let e = i;
      if (this.dead[field]) {
        // Nothing more to learn from this column: on to the next delimiter at native speed.
        const j = b.indexOf(delim, i);
        e = j === -1 || j > end ? end : j;
      } else {
        let st = S_START;
        for (; e < end; e++) {
          const c = b[e]!;
          if (c === delim) break;
          st = NEXT[(st << 8) | c]!;
        }
        if (e > i) this.field(field, b, i, e, st);
      }
      field++;
      if (e >= end) break;
      if (field >= this.fields) {
        this.failed = true;
        return;
      }
      i = e + 1;
    }
    if (field !== this.fields) {
      this.failed = true;
      return;
    }
    if (this.rows++ < SAMPLES) this.first.push(this.decoder.decode(b.subarray(start, end)).split(this.delimiterText));
  }

  private field(col: number, b: Uint8Array, a: number, e: number, st: number): void {
    if (st & SPACE_BIT) this.spaced[col] = 1;
    const shape = st & 15;
    if (shape === S_INT) {
      // a plain integer: the column's kind stays what it is
    } else if (shape >= S_F1 && shape <= S_F4) {
      // `\.(\d{1,2}|\d{4,})$` is point evidence; no plain decimal is comma evidence.
      if (shape !== S_F3) this.point[col]!++;
      if (this.kind[col] === K_INT) this.kind[col] = K_POINT;
    } else this.kind[col] = K_OTHER;
    if (this.distinct[col]) this.count(col, b, a, e);
    // Neither a number nor few values: only its spaces were left to prove, which is not worth a look at every byte.
    if (this.kind[col] === K_OTHER && !this.distinct[col]) {
      this.dead[col] = 1;
      this.spaced[col] = 1;
    }
  }

  private count(col: number, b: Uint8Array, a: number, e: number): void {
    // DuckDB's trim removes spaces (and other Unicode spaces: any non-ASCII edge is left to SQL).
    while (a < e && b[a] === SPACE) a++;
    while (e > a && b[e - 1] === SPACE) e--;
    if (a === e) return;
    if (b[a]! >= 0x80 || b[e - 1]! >= 0x80) {
      this.unsure[col] = 1;
      this.distinct[col] = null;
      return;
    }
    const map = this.distinct[col]!;
    let h = 0x811c9dc5;
    for (let i = a; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    const list = map.get(h);
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
    if (++this.kinds[col]! > this.max) {
      this.distinct[col] = null;
      return;
    }
    const bucket = { bytes: b.slice(a, e), n: 1 };
    if (list) list.push(bucket);
    else map.set(h, [bucket]);
  }

  /** The proof, or null when the file is not simple enough for it. */
  result(): CsvScanResult | null {
    if (this.failed) return null;
    return {
      rows: this.rows,
      first: this.first,
      columns: Array.from({ length: this.fields }, (_, i) => {
        const kind = this.kind[i]!;
        const d = this.distinct[i];
        return {
          kind: kind === K_INT ? ('int' as const) : kind === K_POINT ? ('point' as const) : null,
          noSpace: !this.spaced[i],
          commaEvidence: 0,
          pointEvidence: kind === K_OTHER ? 0 : this.point[i]!,
          distinct: this.unsure[i]
            ? ('unsure' as const)
            : d
              ? [...d.values()]
                  .flat()
                  .map((k) => ({ value: this.decoder.decode(k.bytes), n: k.n }))
                  .sort((x, y) => y.n - x.n || byCodePoint(x.value, y.value))
              : ('many' as const),
        };
      }),
    };
  }
}
