import { formatDkk, formatEur } from './currency';
import type { Locale } from './locale';
import { formatNumber, formatPercent, formatRatio } from './number';

/** A model figure's value in a locale, by its unit ('DKK', 'EUR', 'share', 'ratio', 'year'); the screens and the report share it. */
export function formatByUnit(value: number, unit: string, lang: Locale): string {
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
