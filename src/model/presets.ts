import type { Text } from './figure';
import { text } from './figure';
import type { Params, RawParams } from './parameter-types';
import { DEFAULT_PARAMS, mustParams } from './parameters';

export const PRESET_IDS = ['damvad-2017', 'damvad-2017-timing', 'conservative', 'optimistic'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  label: Text;
  /** Why these values: shown beside the preset and in the method appendix. */
  description: Text;
  /** What differs from `damvad-2017` (empty for the reference itself). */
  overrides: Partial<RawParams>;
  params: Params;
}

function preset(id: PresetId, label: Text, description: Text, overrides: Partial<RawParams>): Preset {
  return { id, label, description, overrides, params: mustParams({ ...DEFAULT_PARAMS, ...overrides }) };
}

/** METHOD.md's presets. The schema defaults are the `damvad-2017` values. */
export const PRESETS: readonly Preset[] = [
  preset(
    'damvad-2017',
    text('DAMVAD 2017 reproduction', 'DAMVAD 2017-gengivelse'),
    text(
      'Reproduces the published chain: realised gains only, one effect size per theme, half of it transferable, all relevant companies of 10+ employees adopting (8.4bn), then deadweight 15%, displacement 10% and leakage 5% (× 0.72675) to the social gain (6.1bn, 813 MEUR at 7.50). DAMVAD\'s own split of 8.4 → 6.1bn is not public; this split is the stated assumption.',
      'Gengiver den offentliggjorte kæde: kun realiserede gevinster, én effektstørrelse pr. tema, halvdelen overførbar, alle relevante virksomheder med 10+ ansatte tager resultaterne i brug (8,4 mia.), derefter dødvægt 15 %, fortrængning 10 % og lækage 5 % (× 0,72675) til samfundsgevinsten (6,1 mia., 813 mio. EUR ved 7,50). DAMVAD\'s egen opdeling af 8,4 → 6,1 mia. er ikke offentlig; denne opdeling er den angivne antagelse.',
    ),
    {},
  ),
  preset(
    'damvad-2017-timing',
    text('DAMVAD 2017, timing reading', 'DAMVAD 2017, tidsfortolkning'),
    text(
      'The other reading of 8.4 → 6.1bn that fits the rounding: no additionality haircuts; the social gain is the national potential reached after an 8-year lag, discounted at 4% (S = N / 1.04^8 = 0.7307 N).',
      'Den anden fortolkning af 8,4 → 6,1 mia., der passer med afrundingen: ingen additionalitetsfradrag; samfundsgevinsten er det nationale potentiale nået efter 8 år, diskonteret med 4 % (S = N / 1,04^8 = 0,7307 N).',
    ),
    { deadweight: 0, displacement: 0, leakage: 0, timing_lag_years: 8, timing_rate: 0.04 },
  ),
  preset(
    'conservative',
    text('Conservative', 'Forsigtig'),
    text(
      'For a cautious funder: realised gains only, half the reference transferability, 30% of relevant companies adopting, large additionality haircuts (deadweight 40%, displacement 25%, leakage 10%) and gains fading 10% a year.',
      'Til en forsigtig bevillingsgiver: kun realiserede gevinster, halv overførbarhed i forhold til referencen, 30 % af de relevante virksomheder tager resultaterne i brug, store additionalitetsfradrag (dødvægt 40 %, fortrængning 25 %, lækage 10 %) og gevinster der aftager 10 % om året.',
    ),
    {
      expected_weight: 0,
      transferability: DEFAULT_PARAMS.transferability / 2,
      adoption_ceiling: 0.3,
      deadweight: 0.4,
      displacement: 0.25,
      leakage: 0.1,
      persistence_decay: 0.1,
    },
  ),
  preset(
    'optimistic',
    text('Optimistic', 'Optimistisk'),
    text(
      'Expected gains count in full, reference transferability, every relevant company adopting and light haircuts (deadweight 10%, displacement 10%, leakage 5%).',
      'Forventede gevinster tæller fuldt ud, referencens overførbarhed, alle relevante virksomheder tager resultaterne i brug, og små fradrag (dødvægt 10 %, fortrængning 10 %, lækage 5 %).',
    ),
    { expected_weight: 1, adoption_ceiling: 1, deadweight: 0.1, displacement: 0.1, leakage: 0.05 },
  ),
];

export function presetById(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id) ?? PRESETS[0]!; // PRESETS holds every PresetId
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id); // widening a literal tuple to test membership
}
