import { formatDkk, formatEur, formatNumber, formatPercent, formatRatio, type Locale } from '../../format';

/** A model figure's value in the report's language, by its unit (the report's own copy of the Overview's rule). */
export function formatFigure(value: number, unit: string, lang: Locale): string {
  switch (unit) {
    case 'DKK':
      return formatDkk(value, lang, { compact: true });
    case 'EUR':
      return formatEur(value, lang, { compact: true });
    case 'share':
      return formatPercent(value, lang, { decimals: value !== 0 && Math.abs(value) < 0.001 ? 4 : 1 });
    case 'ratio':
      return formatRatio(value, lang, { decimals: 2 });
    case 'year':
      return String(Math.round(value));
    default:
      return formatNumber(value, lang);
  }
}

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
