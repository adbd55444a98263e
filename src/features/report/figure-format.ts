import { formatDkk, formatNumber, formatPercent, type Locale } from '../../format';

/** A parameter value as the assumptions table shows it: shares in percent, choices and flags as words. */
export function formatParam(value: number | string | boolean, kind: string, lang: Locale, unit = ''): string {
  if (typeof value === 'boolean') return value ? (lang === 'da' ? 'ja' : 'yes') : lang === 'da' ? 'nej' : 'no';
  if (typeof value === 'string') return value;
  // A year is a code, not a quantity: 2017, never 2.017.
  if (unit === 'year') return String(value);
  if (kind === 'share') return formatPercent(value, lang, { decimals: value !== 0 && Math.abs(value * 100) < 0.1 ? 3 : 1 });
  if (Math.abs(value) >= 1e6) return formatDkk(value, lang, { compact: true });
  return formatNumber(value, lang);
}
