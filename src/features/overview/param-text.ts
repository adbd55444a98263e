import { formatDkk, formatNumber, formatPercent, type Locale } from '../../format';
import { isParamId, paramSpec } from '../../model';

/** An assumption in a trace as a reader reads it: a choice by its name, shares in percent, kroner, years as codes. */
export function paramText(id: string, value: number | string | boolean, lang: Locale): string {
  if (!isParamId(id)) return String(value);
  const spec = paramSpec(id);
  if (typeof value === 'boolean') return value ? (lang === 'da' ? 'ja' : 'yes') : lang === 'da' ? 'nej' : 'no';
  if (typeof value === 'string')
    return (spec.kind === 'choice' ? spec.choices.find((c) => c.value === value)?.label[lang] : undefined) ?? value;
  if (spec.unit.en === 'year') return String(value);
  if (spec.kind === 'share') {
    const pct = value * 100;
    return formatPercent(value, lang, { decimals: Math.abs(pct - Math.round(pct)) < 1e-9 ? 0 : pct < 1 ? 3 : 1 });
  }
  if (spec.unit.en === 'DKK') return formatDkk(value, lang, { compact: Math.abs(value) >= 1e6 });
  return formatNumber(value, lang);
}
