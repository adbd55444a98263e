/** Rows [lo, hi) of `rows`: row numbers in row order. */
export interface RowRange {
  rows: Int32Array;
  lo: number;
  hi: number;
}

/**
 * The rows of an index grouped by one dimension's value (a counting sort), each group in row order, so a filter on
 * that dimension goes through its own rows only and adds them in the same order a whole pass would.
 */
export class RowGroups {
  private readonly start: Int32Array;
  private readonly rows: Int32Array;
  private readonly offset: number;

  /** Groups values `offset`..`offset + n - 1`; rows with another value (no value, -1) are in no group. */
  constructor(values: Int32Array, n: number, offset = 0) {
    this.offset = offset;
    this.start = new Int32Array(n + 1);
    for (const v of values) {
      const a = v - offset;
      if (a >= 0 && a < n) this.start[a + 1]! += 1;
    }
    for (let a = 0; a < n; a++) this.start[a + 1]! += this.start[a] as number;
    const fill = this.start.slice(0, n);
    this.rows = new Int32Array(this.start[n] as number);
    values.forEach((v, i) => {
      const a = v - offset;
      if (a >= 0 && a < n) this.rows[fill[a]!++] = i;
    });
  }

  /** Grouped by every value from the least to the greatest (years). */
  static spanning(values: Int32Array): RowGroups {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return values.length > 0 ? new RowGroups(values, hi - lo + 1, lo) : new RowGroups(values, 0);
  }

  /** The rows with `value`; none for a value no row has (or NaN). */
  range(value: number): RowRange {
    const k = value - this.offset;
    const ok = Number.isInteger(k) && k >= 0 && k < this.start.length - 1;
    return { rows: this.rows, lo: ok ? (this.start[k] as number) : 0, hi: ok ? (this.start[k + 1] as number) : 0 };
  }
}

/** The shortest of the ranges given, null when none is. */
export function shortest(ranges: readonly (RowRange | null)[]): RowRange | null {
  let best: RowRange | null = null;
  for (const r of ranges) if (r && (!best || r.hi - r.lo < best.hi - best.lo)) best = r;
  return best;
}
