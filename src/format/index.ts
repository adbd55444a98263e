// Number, money, percent and date formatting for Danish and English: the only place Intl is used.
export { formatDkk, formatEur, formatMoney } from './currency';
export { formatDate } from './date';
export { isLocale, MINUS, type Locale } from './locale';
export { compactParts, formatInteger, formatNumber, formatPercent, formatRatio, formatYear } from './number';
export { formatByUnit } from './by-unit';
