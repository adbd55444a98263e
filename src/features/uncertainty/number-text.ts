import { formatDkk, formatNumber, formatPercent, formatRatio } from '../../format';
import { paramSpec, type NumberSpec, type NumericParamId, type SensitivityOutput, type Text } from '../../model';

export type Lang = 'da' | 'en';

/** Shares are typed and shown in percent (50 = 50 %), as on the Scenarios screen. */
export function isShare(id: NumericParamId): boolean {
  return paramSpec(id).kind === 'share';
}

export function numberSpec(id: NumericParamId): NumberSpec {
  return paramSpec(id) as NumberSpec; // numeric ids have number specs
}

/** A model value as a field shows it: percent for shares, decimal comma in Danish, no grouping (it is for typing). */
export function toText(value: number, percent: boolean, lang: Lang): string {
  const shown = Number.parseFloat((percent ? value * 100 : value).toPrecision(10));
  const s = String(shown);
  return lang === 'da' ? s.replace('.', ',') : s;
}

export type Parsed = { ok: true; value: number } | { ok: false; reason: Text };

/** A typed number in either style ("12,5" or "12.5"; spaces and a trailing % ignored); anything else is refused. */
export function parseTyped(text: string): Parsed {
  const t = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/[−–]/g, '-')
    .replace(/%$/, '')
    .replace(',', '.');
  if (t === '') return { ok: false, reason: { da: 'Skriv et tal.', en: 'Enter a number.' } };
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(t))
    return { ok: false, reason: { da: `"${text}" er ikke et tal.`, en: `"${text}" is not a number.` } };
  const value = Number(t);
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, reason: { da: 'Tallet er for stort.', en: 'The number is too large.' } };
}

/** A parameter value for labels and axes. */
export function formatParam(id: NumericParamId, value: number, lang: Lang): string {
  if (isShare(id))
    return formatPercent(value, lang, { decimals: Math.abs(value * 100 - Math.round(value * 100)) > 1e-9 ? 1 : 0 });
  if (id === 'public_funding_dkk') return formatDkk(value, lang, { compact: true });
  return formatNumber(value, lang);
}

export const OUTPUT_LABELS: Record<SensitivityOutput, Text> = {
  nationalPotential: { da: 'Nationalt potentiale pr. år', en: 'National potential per year' },
  socialGain: { da: 'Samfundsgevinst pr. år', en: 'Social gain per year' },
  presentValue: { da: 'Nutidsværdi', en: 'Present value' },
  bcr: { da: 'Gevinst pr. offentlig krone (BCR)', en: 'Benefit-cost ratio (BCR)' },
};

export function formatOutput(output: SensitivityOutput, value: number, lang: Lang): string {
  return output === 'bcr' ? formatRatio(value, lang, { decimals: 2 }) : formatDkk(value, lang, { compact: true });
}
