import { normaliseSpaces, NOT_A_NUMBER, signed, type Locale } from './locale';
import { compactUnsigned, digits } from './number';

export type Currency = 'DKK' | 'EUR';

export interface MoneyOptions {
  /** Headline style: 8,4 mia. kr. / DKK 8.4bn (see `compactParts` for the rule). */
  compact?: boolean;
  /** Decimals of the full (non-compact) style; 0 unless told. */
  decimals?: number;
}

/** Danish writes the unit after the number ("kr.", "EUR"); English puts the ISO code first ("DKK 8.4bn"). */
function place(unsigned: string, currency: Currency, locale: Locale): string {
  if (locale === 'da') return `${unsigned} ${currency === 'DKK' ? 'kr.' : 'EUR'}`;
  return `${currency} ${unsigned}`;
}

/**
 * An amount of money. Negative amounts take the minus in front of everything ("−8,4 mia. kr.", "−DKK 8.4bn",
 * as Intl writes currency codes in English).
 */
export function formatMoney(value: number, currency: Currency, locale: Locale, options: MoneyOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const abs = Math.abs(value);
  let unsigned: string;
  if (options.compact) unsigned = compactUnsigned(abs, locale);
  else {
    const d = Math.min(20, Math.max(0, Math.trunc(options.decimals ?? 0)));
    unsigned = digits(abs, locale, d, d);
  }
  return signed(value < 0, normaliseSpaces(place(unsigned, currency, locale)));
}

/** DKK: 1.234.567 kr. / DKK 1,234,567; compact 90,0 mio. kr. / DKK 90.0m, 8,4 mia. kr. / DKK 8.4bn. */
export function formatDkk(value: number, locale: Locale, options: MoneyOptions = {}): string {
  return formatMoney(value, 'DKK', locale, options);
}

/** EUR: 1.234.567 EUR / EUR 1,234,567; compact 813 mio. EUR / EUR 813m. */
export function formatEur(value: number, locale: Locale, options: MoneyOptions = {}): string {
  return formatMoney(value, 'EUR', locale, options);
}
