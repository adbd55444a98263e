import type { Text } from './figure';
import { text } from './figure';

/** One bar of the waterfall from reported gains to social gain; the UI draws these without recomputing. */
export interface WaterfallStep {
  id: 'reported' | 'transferability' | 'relevant_population' | 'national_potential' | 'additionality' | 'social_gain';
  label: Text;
  value: number;
  /** value ÷ the previous step's value; null for the first step or when the previous value is 0. */
  multiplier: number | null;
}

export interface WaterfallValues {
  reported: number;
  transferability: number;
  beforeAdoption: number;
  nationalPotential: number;
  /** additionality × valuation: S / N before implementation cost and timing. */
  grossToNet: number;
  socialGain: number;
}

const LABELS: Record<WaterfallStep['id'], Text> = {
  reported: text('Reported gains (R)', 'Rapporterede gevinster (R)'),
  transferability: text('× transferability', '× overførbarhed'),
  relevant_population: text('Scaled to the relevant population', 'Opskaleret til den relevante population'),
  national_potential: text('× adoption ceiling = national potential (N)', '× udbredelsesloft = nationalt potentiale (N)'),
  additionality: text('After additionality', 'Efter additionalitet'),
  social_gain: text('Social gain (S)', 'Samfundsgevinst (S)'),
};

export function waterfall(v: WaterfallValues): WaterfallStep[] {
  const values: [WaterfallStep['id'], number][] = [
    ['reported', v.reported],
    ['transferability', v.reported * v.transferability],
    ['relevant_population', v.beforeAdoption],
    ['national_potential', v.nationalPotential],
    ['additionality', v.nationalPotential * v.grossToNet],
    ['social_gain', v.socialGain],
  ];
  return values.map(([id, value], i) => {
    const prev = i === 0 ? 0 : (values[i - 1]?.[1] ?? 0);
    return { id, label: LABELS[id], value, multiplier: prev === 0 ? null : value / prev };
  });
}
