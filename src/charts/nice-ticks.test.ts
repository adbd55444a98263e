import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks';

describe('niceTicks', () => {
  it('puts ticks at round, evenly spaced values inside the range', () => {
    expect(niceTicks(2.8, 9.4, 5)).toEqual([4, 6, 8]);
    expect(niceTicks(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(-0.13, 0.42, 4)).toEqual([0, 0.2, 0.4]);
    expect(niceTicks(-0.13, 0.42, 8)).toEqual([-0.1, 0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(1.2e9, 9.8e9, 5)).toEqual([2.5e9, 5e9, 7.5e9]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });

  it('always gives evenly spaced ticks within the range, at most a handful more than asked', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.integer({ min: 2, max: 8 }),
        (min, width, count) => {
          const max = min + width;
          const t = niceTicks(min, max, count);
          expect(t.length).toBeLessThanOrEqual(2 * count + 1);
          for (const v of t) {
            expect(v).toBeGreaterThanOrEqual(min - width * 1e-9);
            expect(v).toBeLessThanOrEqual(max + width * 1e-9);
          }
          const gaps = t.slice(1).map((v, i) => v - (t[i] ?? 0));
          for (const g of gaps) expect(Math.abs(g - (gaps[0] ?? 0))).toBeLessThanOrEqual(Math.abs(gaps[0] ?? 0) * 1e-6);
        },
      ),
    );
  });
});
