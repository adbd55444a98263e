/**
 * Units as branded numbers: a `Share` cannot be passed where DKK is expected without going through a checked
 * constructor, so a 0.15 deadweight never ends up added to a money amount by accident.
 */
declare const unit: unique symbol;
type Branded<U extends string> = number & { readonly [unit]: U };

/** Danish kroner (per year unless a figure says otherwise), in prices of the reference year. */
export type Dkk = Branded<'DKK'>;
/** A share in [0, 1]. */
export type Share = Branded<'share'>;
/** A calendar year (integer). */
export type Year = Branded<'year'>;

function isDkk(n: number): n is Dkk {
  return Number.isFinite(n);
}

export function isShare(n: number): n is Share {
  return Number.isFinite(n) && n >= 0 && n <= 1;
}

function isYear(n: number): n is Year {
  return Number.isInteger(n) && n >= 1000 && n <= 9999;
}

/** Checked constructors throw on values outside the unit: they are for constants and tests, not user input. */
export function dkk(n: number): Dkk {
  if (!isDkk(n)) throw new RangeError(`DKK amount must be a finite number (got ${n})`);
  return n;
}

export function share(n: number): Share {
  if (!isShare(n)) throw new RangeError(`share must be between 0 and 1 (got ${n})`);
  return n;
}

export function year(n: number): Year {
  if (!isYear(n)) throw new RangeError(`year must be an integer between 1000 and 9999 (got ${n})`);
  return n;
}
