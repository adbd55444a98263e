import { decimalFormat, normaliseSpaces, NOT_A_NUMBER, signed, type Locale } from './locale';

export interface NumberOptions {
  /** Fixed number of decimals. Without it: up to 2, trailing zeros dropped. Ignored when `compact`. */
  decimals?: number;
  /** Headline style: 8,4 mia. / 8.4bn, 90,0 mio. / 90.0m, 813 mio. / 813m; below one million the full number. */
  compact?: boolean;
}

type CompactUnit = 'none' | 'million' | 'billion';

/** An absolute value rounded for compact display: `scaled` is what is printed before the unit word. */
export interface CompactParts {
  scaled: number;
  decimals: number;
  unit: CompactUnit;
}

const clampDecimals = (d: number) => Math.min(20, Math.max(0, Math.trunc(d)));

/**
 * The compact rule on an absolute value: ≥ 1e9 → billions with 1 decimal; ≥ 1e6 → millions with 1 decimal below
 * 100m and 0 decimals from 100m; else the whole number. The unit is chosen after rounding, so 99,960,000 shows as
 * 100m (not 100.0m) and 999,500,000 as 1.0bn (not 1,000m). Rounding divides by the last shown digit's place, so
 * halves of whole-number inputs are exact and round away from zero.
 */
export function compactParts(abs: number): CompactParts {
  if (abs >= 999_500_000) return { scaled: Math.round(abs / 1e8) / 10, decimals: 1, unit: 'billion' };
  if (abs >= 99_950_000) return { scaled: Math.round(abs / 1e6), decimals: 0, unit: 'million' };
  if (abs >= 999_999.5) return { scaled: Math.round(abs / 1e5) / 10, decimals: 1, unit: 'million' };
  return { scaled: Math.round(abs), decimals: 0, unit: 'none' };
}

/** The unsigned digits of a value's absolute value with grouping. */
export function digits(abs: number, locale: Locale, min: number, max: number): string {
  return normaliseSpaces(decimalFormat(locale, min, max).format(abs));
}

const COMPACT_WORD: Readonly<Record<Locale, Record<CompactUnit, string>>> = {
  da: { none: '', million: ' mio.', billion: ' mia.' },
  en: { none: '', million: 'm', billion: 'bn' },
};

/** Compact digits with the unit word attached the way the locale writes it ("8,4 mia." / "8.4bn"), unsigned. */
export function compactUnsigned(abs: number, locale: Locale): string {
  const p = compactParts(abs);
  return digits(p.scaled, locale, p.decimals, p.decimals) + COMPACT_WORD[locale][p.unit];
}

/** A plain number: 1.234.567,25 / 1,234,567.25. */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const abs = Math.abs(value);
  if (options.compact) return signed(value < 0, compactUnsigned(abs, locale));
  const d = options.decimals === undefined ? undefined : clampDecimals(options.decimals);
  return signed(value < 0, digits(abs, locale, d ?? 0, d ?? 2));
}

/** A whole number, rounded half away from zero: 1.234.567 / 1,234,567. */
export function formatInteger(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return signed(value < 0, digits(Math.round(Math.abs(value)), locale, 0, 0));
}

/** A share (0.72675) as a percentage: 72,7 % / 72.7%. One decimal unless told. */
export function formatPercent(share: number, locale: Locale, options: { decimals?: number } = {}): string {
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  const d = clampDecimals(options.decimals ?? 1);
  // × 100 on the decimal string, not the float: 0.145 * 100 is 14.499999999999998 and would show 14,4 %.
  const pct = Number(`${Math.abs(share)}e2`);
  const text = digits(Number.isFinite(pct) ? pct : Math.abs(share) * 100, locale, d, d);
  return signed(share < 0, text) + (locale === 'da' ? ' %' : '%');
}

/** A ratio or factor with one decimal (unless told), optionally labelled: "BCR 1,8" / "BCR 1.8". */
export function formatRatio(value: number, locale: Locale, options: { decimals?: number; label?: string } = {}): string {
  const d = clampDecimals(options.decimals ?? 1);
  const text = formatNumber(value, locale, { decimals: d });
  return options.label ? `${options.label} ${text}` : text;
}

/** A calendar year, never grouped: 2017 (not 2.017). */
export function formatYear(year: number, _locale?: Locale): string {
  if (!Number.isFinite(year)) return NOT_A_NUMBER;
  return signed(year < 0, String(Math.round(Math.abs(year))));
}
