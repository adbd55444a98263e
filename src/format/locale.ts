/** The app's two languages. Danish is the default. */
export type Locale = 'da' | 'en';

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}

/** BCP 47 tags handed to Intl: English follows British conventions (day-month-year, "bn"). */
export const INTL_TAG: Readonly<Record<Locale, string>> = { da: 'da-DK', en: 'en-GB' };

/** U+2212: the typographic minus sign every formatter uses for negative values. */
export const MINUS = '\u2212';

/** Shown for a value that cannot be formatted (NaN, ±Infinity, an unparsable date). */
export const NOT_A_NUMBER = '–';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Plain decimal formatter of an absolute value with exactly `min`–`max` decimals and grouping. Cached: building an
 * Intl formatter costs far more than using one, and table cells call this thousands of times.
 */
export function decimalFormat(locale: Locale, min: number, max: number, grouping = true): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}|${grouping ? 1 : 0}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
      signDisplay: 'never',
    });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * ICU puts U+00A0 / U+202F in some patterns and versions differ between Node and browsers; every output uses plain
 * spaces so that the same call gives the same string everywhere (keep a figure on one line with CSS `nowrap`).
 */
export function normaliseSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/** Prefixes the minus unless the displayed digits are all zero (no "−0,0" for −0.01 at one decimal). */
export function signed(negative: boolean, text: string): string {
  return negative && /[1-9]/.test(text) ? MINUS + text : text;
}
