import { formatDkk, formatNumber, formatPercent, type Locale } from '../../format';
import { isParamId, paramSpec, type ParamSpec, type Text } from '../../model';

type Value = number | string | boolean;

/** Rates typed as fractions (0.04) still read as percentages in a report, whatever input kind a screen uses. */
const isRate = (spec: ParamSpec) => spec.kind === 'share' || spec.unit.en.startsWith('share');

const percent = (v: number, lang: Locale) =>
  formatPercent(v, lang, {
    decimals: v !== 0 && Math.abs(v * 100) < 0.1 ? 3 : Math.abs(v * 100 - Math.round(v * 100)) < 1e-9 ? 0 : 1,
  });

/**
 * A parameter value as a reader of the report reads it: choices by their display name, shares and rates in
 * percent, money in kroner, years as codes (2017, never 2.017), every number in the report's language.
 */
export function paramValueText(spec: ParamSpec, value: Value, lang: Locale): string {
  if (typeof value === 'boolean') return value ? (lang === 'da' ? 'ja' : 'yes') : lang === 'da' ? 'nej' : 'no';
  if (typeof value === 'string') {
    const choice = spec.kind === 'choice' ? spec.choices.find((c) => c.value === value) : undefined;
    return choice ? choice.label[lang] : value;
  }
  if (spec.unit.en === 'year') return String(value);
  if (isRate(spec)) return percent(value, lang);
  if (spec.unit.en === 'DKK') return formatDkk(value, lang, { compact: Math.abs(value) >= 1e6 });
  return formatNumber(value, lang);
}

/** The unit column: a share is a share (its value is shown in percent, never as 0–1); the schema's unit otherwise. */
export function paramUnitText(spec: ParamSpec): Text {
  if (spec.unit.en === 'share per year') return { da: 'andel pr. år', en: 'share per year' };
  if (isRate(spec)) return { da: 'andel', en: 'share' };
  if (spec.kind === 'choice') return { da: '–', en: '–' };
  return spec.unit;
}

/** The allowed values: choices by name, ranges in the report's language ("0 % – 100 %", "0,5 – 2"). */
export function paramRangeText(spec: ParamSpec, lang: Locale): string {
  if (spec.kind === 'choice') return spec.choices.map((c) => c.label[lang]).join(' · ');
  if (spec.kind === 'boolean') return lang === 'da' ? 'ja · nej' : 'yes · no';
  return `${paramValueText(spec, spec.min, lang)} – ${paramValueText(spec, spec.max, lang)}`;
}

/** End a sentence after a value: "4,9 mia. kr." takes no second full stop. */
export const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** The model's own sentences name assumptions by id ("× expected_weight"); the report names them by label. */
export function withLabels(text: string, lang: Locale): string {
  return text.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (id) =>
    isParamId(id)
      ? lang === 'da'
        ? `»${paramSpec(id).label.da.toLowerCase()}«`
        : `‘${paramSpec(id).label.en.toLowerCase()}’`
      : id,
  );
}
