import {
  PARAMETERS,
  evaluate,
  presetById,
  type ModelInput,
  type ModelResult,
  type ParamId,
  type PresetId,
  type Text,
} from '../../model';
import { scenarioParams, type SavedScenario, type ScenarioState } from '../../queries';

/** Something that can be compared: the current values, a saved scenario or a preset. */
export interface Candidate {
  key: string;
  label: Text;
  state: ScenarioState;
}

export const CURRENT_KEY = 'current';

export function candidates(active: ScenarioState, saved: readonly SavedScenario[], presets: readonly PresetId[]): Candidate[] {
  return [
    { key: CURRENT_KEY, label: { da: 'Nuværende værdier', en: 'Current values' }, state: active },
    ...saved.map((s) => ({
      key: `saved:${s.id}`,
      label: { da: s.name, en: s.name },
      state: { preset: s.preset, overrides: s.overrides },
    })),
    ...presets.map((p) => ({ key: `preset:${p}`, label: presetById(p).label, state: { preset: p, overrides: {} } })),
  ];
}

export interface FigureRow {
  id:
    | 'reported'
    | 'realisedPresentValue'
    | 'bcrRealised'
    | 'nationalPotential'
    | 'socialGain'
    | 'socialGainEur'
    | 'presentValue'
    | 'bcr';
  label: Text;
  unit: 'DKK' | 'EUR' | 'ratio';
  values: number[];
  /** Against the first scenario (the baseline); null for the baseline itself or a zero baseline's %. */
  diffs: { abs: number; pct: number | null }[];
}

const FIGURES: { id: FigureRow['id']; label: Text; unit: FigureRow['unit']; pick: (r: ModelResult) => number }[] = [
  { id: 'reported', label: { da: 'Rapporteret (R)', en: 'Reported (R)' }, unit: 'DKK', pick: (r) => r.reportedWeighted.value },
  {
    id: 'realisedPresentValue',
    label: { da: 'Nutidsværdi af realiserede gevinster', en: 'Present value of realised gains' },
    unit: 'DKK',
    pick: (r) => r.realised.presentValue.value,
  },
  {
    id: 'bcrRealised',
    label: { da: 'Realiseret gevinst pr. offentlig krone', en: 'Realised benefit–cost ratio' },
    unit: 'ratio',
    pick: (r) => r.realised.bcr.value,
  },
  {
    id: 'nationalPotential',
    label: { da: 'Nationalt potentiale (N)', en: 'National potential (N)' },
    unit: 'DKK',
    pick: (r) => r.nationalPotential.value,
  },
  { id: 'socialGain', label: { da: 'Samfundsgevinst (S)', en: 'Social gain (S)' }, unit: 'DKK', pick: (r) => r.socialGain.value },
  {
    id: 'socialGainEur',
    label: { da: 'Samfundsgevinst, EUR', en: 'Social gain, EUR' },
    unit: 'EUR',
    pick: (r) => r.eur.socialGain.value,
  },
  { id: 'presentValue', label: { da: 'Nutidsværdi', en: 'Present value' }, unit: 'DKK', pick: (r) => r.presentValue.value },
  {
    id: 'bcr',
    label: { da: 'Potentiel gevinst pr. offentlig krone', en: 'Potential benefit–cost ratio' },
    unit: 'ratio',
    pick: (r) => r.bcr.value,
  },
];

export interface Comparison {
  results: ModelResult[];
  figures: FigureRow[];
  /** Parameters whose value is not the same in every compared scenario. */
  differing: { id: ParamId; values: (number | string | boolean)[] }[];
}

export function compare(input: ModelInput, chosen: readonly Candidate[]): Comparison {
  const params = chosen.map((c) => scenarioParams(c.state));
  const results = params.map((p) => evaluate(input, p));
  const figures = FIGURES.map((f) => {
    const values = results.map(f.pick);
    const base = values[0] ?? 0;
    return {
      id: f.id,
      label: f.label,
      unit: f.unit,
      values,
      diffs: values.map((v) => ({ abs: v - base, pct: base === 0 ? null : (v - base) / Math.abs(base) })),
    };
  });
  const differing = PARAMETERS.filter((spec) => new Set(params.map((p) => p[spec.id])).size > 1).map((spec) => ({
    id: spec.id,
    values: params.map((p) => p[spec.id]),
  }));
  return { results, figures, differing };
}
