/** DuckDB's median (quantile_cont 0.5: the two middle values' mean for an even count) from value → count. */
export function median(counts: Map<number, number>): number | null {
  const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((s, [, k]) => s + k, 0);
  if (n === 0) return null;
  const at = (pos: number) => {
    let seen = 0;
    for (const [v, k] of sorted) {
      seen += k;
      if (pos < seen) return v;
    }
    return sorted[sorted.length - 1]![0];
  };
  const rn = (n - 1) / 2;
  const lo = at(Math.floor(rn));
  const hi = at(Math.ceil(rn));
  return lo + (hi - lo) * (rn - Math.floor(rn));
}
