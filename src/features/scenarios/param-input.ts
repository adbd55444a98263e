import { formatNumber } from '../../format';
import type { NumberSpec, ParamSpec } from '../../model';

export type Lang = 'da' | 'en';

/** Shares are typed and shown as percent (50 = 50 %); every other number as itself. */
export function isPercent(spec: ParamSpec): boolean {
  return spec.kind === 'share';
}

/** Kroner are read in thousands groups ("64.000.000"), which the field also reads back. */
const isMoney = (spec: NumberSpec) => spec.unit.en === 'DKK';

/** Money whose range spans orders of magnitude (public funding: 1 kr. to 1.000 mia. kr.) slides on a log scale. */
export function isLogScale(spec: NumberSpec): boolean {
  return isMoney(spec) && spec.min > 0 && spec.max / spec.min >= 1000;
}

/** Positions of a log slider: enough that each step moves the value by under 3 %. */
export const LOG_STEPS = 1000;

export function toSlider(spec: NumberSpec, value: number): number {
  return Math.round((LOG_STEPS * Math.log(value / spec.min)) / Math.log(spec.max / spec.min));
}

/** A log slider's position → a round value (three significant digits: 64.000.000, not 63.953.212). */
export function fromSlider(spec: NumberSpec, position: number): number {
  const raw = spec.min * (spec.max / spec.min) ** (position / LOG_STEPS);
  const p = 10 ** (Math.floor(Math.log10(raw)) - 2);
  return Math.min(spec.max, Math.max(spec.min, Math.round(raw / p) * p));
}

/** The model value → what the field shows: kroner grouped, other numbers plain (the field is for typing). */
export function toFieldText(spec: NumberSpec, value: number, lang: Lang): string {
  if (isMoney(spec)) return formatNumber(value, lang);
  const shown = isPercent(spec as ParamSpec) ? roundFloat(value * 100) : value;
  const s = String(shown);
  return lang === 'da' ? s.replace('.', ',') : s;
}

/** Removes float noise from ×100 (0.145 × 100 = 14.499999999999998) without losing typed precision. */
function roundFloat(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

export type ParsedField = { ok: true; value: number } | { ok: false; reason: { da: string; en: string } };

/**
 * A number as a person types it, in either locale's style: "12,5" and "12.5" are both 12.5; "1.500.000" (da) and
 * "1,500,000" (en) are thousands; spaces are ignored. Anything else is refused, never guessed.
 */
export function parseUserNumber(text: string, lang: Lang): ParsedField {
  const t = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/[−–]/g, '-')
    .replace(/%$/, '');
  if (t === '') return { ok: false, reason: { da: 'Skriv et tal.', en: 'Enter a number.' } };
  const decimal = lang === 'da' ? ',' : '.';
  const thousands = lang === 'da' ? '.' : ',';
  let norm = t;
  const grouped = new RegExp(`^-?\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(t)) norm = t.split(thousands).join('');
  norm = norm.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(norm))
    return { ok: false, reason: { da: `"${text}" er ikke et tal.`, en: `"${text}" is not a number.` } };
  const value = Number(norm);
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, reason: { da: 'Tallet er for stort.', en: 'The number is too large.' } };
}

/** The field's text → the model value, checked against the parameter's range (in the unit the user sees). */
export function fieldToValue(spec: NumberSpec, text: string, lang: Lang): ParsedField {
  const parsed = parseUserNumber(text, lang);
  if (!parsed.ok) return parsed;
  const pct = isPercent(spec as ParamSpec);
  const value = pct ? parsed.value / 100 : parsed.value;
  const [lo, hi] = pct ? [spec.min * 100, spec.max * 100] : [spec.min, spec.max];
  const shown = (n: number) => (lang === 'da' ? String(n).replace('.', ',') : String(n));
  const unit = { da: pct ? ' %' : '', en: pct ? '%' : '' };
  if (value < spec.min || value > spec.max)
    return {
      ok: false,
      reason: {
        da: `Skal ligge mellem ${shown(lo)}${unit.da} og ${shown(hi)}${unit.da}.`,
        en: `Must be between ${shown(lo)}${unit.en} and ${shown(hi)}${unit.en}.`,
      },
    };
  if (spec.integer && !Number.isInteger(value))
    return { ok: false, reason: { da: 'Skal være et helt tal.', en: 'Must be a whole number.' } };
  return { ok: true, value };
}

/** Slider step: whole numbers for integers, otherwise 1/200 of the range rounded to a readable step. */
export function sliderStep(spec: NumberSpec): number {
  if (spec.integer) return 1;
  const span = isPercent(spec as ParamSpec) ? (spec.max - spec.min) * 100 : spec.max - spec.min;
  const raw = span / 200;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}
