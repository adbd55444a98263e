import type { ModelInput } from './cells';
import { evaluate } from './evaluate';
import type { Text } from './figure';
import type { ModelResult } from './result';
import { text } from './figure';
import type { Params, RawParams } from './parameter-types';
import { DEFAULT_PARAMS, mustParams } from './parameters';

export const PRESET_IDS = ['damvad-2017', 'damvad-2017-timing', 'conservative', 'optimistic'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  label: Text;
  /** Why these values, in terms of assumptions only: shown beside the preset and in the method appendix. */
  description: Text;
  /**
   * The published figures this preset reproduces, quoted only where the data set does reproduce them
   * (`presetDescription`); `eur` says whether the reproduction includes 813 MEUR.
   */
  published?: { text: Text; eur: boolean };
  /** What differs from `damvad-2017` (empty for the reference itself). */
  overrides: Partial<RawParams>;
  params: Params;
}

function preset(
  id: PresetId,
  label: Text,
  description: Text,
  overrides: Partial<RawParams>,
  published?: Preset['published'],
): Preset {
  return {
    id,
    label,
    description,
    overrides,
    params: mustParams({ ...DEFAULT_PARAMS, ...overrides }),
    ...(published ? { published } : {}),
  };
}

/** METHOD.md's presets. The schema defaults are the `damvad-2017` values. */
export const PRESETS: readonly Preset[] = [
  preset(
    'damvad-2017',
    text('DAMVAD 2017 reproduction', 'DAMVAD 2017-gengivelse'),
    text(
      "DAMVAD's published chain as assumptions: realised gains only, one effect size per theme, half of it transferable, all relevant companies of 10+ employees adopting, then deadweight 15%, displacement 10% and leakage 5% (× 0.72675) to the social gain; EUR at 7.50. DAMVAD's own split of the step from national potential to social gain is not public; this split is the stated assumption.",
      "DAMVAD's offentliggjorte kæde som antagelser: kun realiserede gevinster, én effektstørrelse pr. tema, halvdelen overførbar, alle relevante virksomheder med 10+ ansatte tager resultaterne i brug, derefter dødvægt 15 %, fortrængning 10 % og lækage 5 % (× 0,72675) til samfundsgevinsten; EUR ved 7,50. DAMVAD's egen opdeling af trinnet fra nationalt potentiale til samfundsgevinst er ikke offentlig; denne opdeling er den angivne antagelse.",
    ),
    {},
    {
      eur: true,
      text: text(
        'On this data set it reproduces the published figures: DKK 90m reported → 8.4bn national potential → 6.1bn social gain (813 MEUR).',
        'På dette datasæt gengiver den de offentliggjorte tal: 90 mio. kr. rapporteret → 8,4 mia. nationalt potentiale → 6,1 mia. samfundsgevinst (813 mio. EUR).',
      ),
    },
  ),
  preset(
    'damvad-2017-timing',
    text('DAMVAD 2017, timing reading', 'DAMVAD 2017, tidsfortolkning'),
    text(
      "The other reading of DAMVAD's step from national potential to social gain: no additionality haircuts; the social gain is the national potential reached after an 8-year lag, discounted at 4% (S = N / 1.04^8 = 0.7307 N).",
      "Den anden fortolkning af DAMVAD's trin fra nationalt potentiale til samfundsgevinst: ingen additionalitetsfradrag; samfundsgevinsten er det nationale potentiale nået efter 8 år, diskonteret med 4 % (S = N / 1,04^8 = 0,7307 N).",
    ),
    { deadweight: 0, displacement: 0, leakage: 0, timing_lag_years: 8, timing_rate: 0.04 },
    {
      eur: false,
      text: text(
        'On this data set it also fits the published rounding: 8.4bn national potential → 6.1bn social gain.',
        'På dette datasæt passer den også med de offentliggjorte afrundede tal: 8,4 mia. nationalt potentiale → 6,1 mia. samfundsgevinst.',
      ),
    },
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

/**
 * The published reference (METHOD.md): R = DKK 90m, N ∈ [8.35, 8.45)bn, S ∈ [6.05, 6.15)bn, 813 MEUR, each as
 * displayed (rounded). A result reproduces it when every figure rounds to the published one.
 */
function reproducesPublished(r: ModelResult, withEur: boolean): boolean {
  const n = r.nationalPotential.value;
  const s = r.socialGain.value;
  return (
    Math.round(r.reportedWeighted.value / 1e6) === 90 &&
    n >= 8.35e9 &&
    n < 8.45e9 &&
    s >= 6.05e9 &&
    s < 6.15e9 &&
    (!withEur || Math.round(r.eur.socialGain.value / 1e6) === 813)
  );
}

/** A preset's description for a data set: the published figures are quoted only when its (unfiltered) cells reproduce them. */
export function presetDescription(p: Preset, input: ModelInput | null): Text {
  if (!p.published || !input || !reproducesPublished(evaluate(input, p.params), p.published.eur)) return p.description;
  return { da: `${p.description.da} ${p.published.text.da}`, en: `${p.description.en} ${p.published.text.en}` };
}
