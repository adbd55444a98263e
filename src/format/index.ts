// Number, money, percent and date formatting for Danish and English: the only place Intl is used.
export { formatDkk, formatEur, formatMoney, type Currency, type MoneyOptions } from './currency';
export { formatDate, type DateOptions } from './date';
export { isLocale, LOCALES, MINUS, NOT_A_NUMBER, type Locale } from './locale';
export {
  compactParts, formatInteger, formatNumber, formatPercent, formatRatio, formatYear, type CompactParts, type CompactUnit,
  type NumberOptions,
} from './number';
export { formatByUnit } from './by-unit';
