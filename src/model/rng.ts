/**
 * Seeded pseudo-random numbers for the Monte Carlo: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * 32-bit, from PractRand) with its 128-bit state filled by splitmix32 from one 32-bit seed. It passes PractRand to
 * many terabytes, needs only 32-bit integer operations (fast in JS) and its state is four numbers, so a run can be
 * paused between chunks and resumed with identical results.
 */

/** One splitmix32 step: a well-mixed 32-bit value from a counter; used only to expand the seed. */
function splitmix32(state: number): [next: number, out: number] {
  const s = (state + 0x9e3779b9) | 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  z ^= z >>> 15;
  return [s, z >>> 0];
}

export interface Rng {
  /** Uniform on [0, 1) with 32 bits of resolution. */
  next(): number;
  /** The generator's state, for tests that check a resumed stream continues exactly. */
  readonly state: readonly [number, number, number, number];
}

/** Seeds are whole numbers 0 … 2³²−1 (the UI shows and takes them as such). */
export const MAX_SEED = 0xffffffff;

export function isSeed(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_SEED;
}

export function createRng(seed: number): Rng {
  if (!isSeed(seed)) throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED} (got ${seed})`);
  let sm = seed | 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [next, out] = splitmix32(sm);
    sm = next;
    words.push(out | 0);
  }
  let [a, b, c, d] = words as [number, number, number, number];
  // The reference implementation discards the first outputs so a weak seed's state is mixed before use.
  const step = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) step();
  return {
    next: () => step() / 4294967296,
    get state() {
      return [a, b, c, d] as const;
    },
  };
}
