/**
 * Ticks at round values (1, 2 or 5 × 10^k apart) inside [min, max]: Recharts' own ticks for a data-bound domain
 * fall on the data's ends, which gave axes like 2,8 / 5,3 / 7,8 / 9,4.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || count < 2) return [];
  if (min === max) return [min];
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const raw = (hi - lo) / (count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.ceil(lo / step);
  const last = Math.floor(hi / step);
  // A range too narrow for its magnitude (1e12 ± 1e-4) has no round steps a double can count: its ends it is.
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || last - first > 4 * count) return [lo, hi];
  const ticks: number[] = [];
  // Multiples of the step, rounded to its precision so 0.1 + 0.2 never shows as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(digits)) || 0); // never -0
  return ticks;
}
