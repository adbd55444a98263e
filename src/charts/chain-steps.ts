import { formatDkk, formatRatio, type Locale } from '../format';
import type { WaterfallStep } from './waterfall-chart';

/** A step of the model's chain as the model gives it (structurally: charts/ does not import the model). */
interface ChainStep {
  id: string;
  label: { da: string; en: string };
  value: number;
  /** value ÷ the previous step's value; null for the first. */
  multiplier: number | null;
}

const TOTALS: Record<string, { da: string; en: string }> = {
  national_potential: { da: 'nationalt potentiale (N)', en: 'national potential (N)' },
  social_gain: { da: 'samfundsgevinst (S)', en: 'social gain (S)' },
};

const factorText = (m: number, lang: Locale) => `× ${formatRatio(m, lang, { decimals: m >= 10 ? 1 : 3 })}`;
const unchanged = (m: number | null) => m !== null && Math.abs(m - 1) < 1e-12;

/**
 * The waterfall's bars from the model's chain, in `lang`. A total that multiplies by exactly 1 (an adoption ceiling
 * of 100 %, no implementation cost) would repeat the bar before it under a second "× 1,000": the two are drawn as
 * one bar named for both ("Opskaleret … = nationalt potentiale (N)") with the earlier step's factor.
 */
export function chainSteps(chain: readonly ChainStep[], lang: Locale): WaterfallStep[] {
  const out: WaterfallStep[] = [];
  chain.forEach((s, i) => {
    const total = TOTALS[s.id];
    const step: WaterfallStep = {
      id: s.id,
      label: s.label[lang],
      value: s.value,
      display: formatDkk(s.value, lang, { compact: true }),
      factor: s.multiplier === null ? '' : factorText(s.multiplier, lang),
      kind: i === 0 ? 'reported' : total ? 'total' : 'step',
    };
    const prev = out[out.length - 1];
    if (total && prev?.kind === 'step' && unchanged(s.multiplier)) {
      out[out.length - 1] = { ...step, label: `${prev.label} = ${total[lang]}`, factor: prev.factor };
    } else out.push(step);
  });
  return out;
}
