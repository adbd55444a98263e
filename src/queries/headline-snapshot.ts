import type { Figure, ModelResult, Text } from '../model';
import type { FigureUnit } from '../model/figure';

/** What the headline shows of a figure: its value and unit, and its id (the trace button's test id). */
export interface HeadlineFigure {
  id: string;
  value: number;
  unit: FigureUnit;
}

// The figures the headline tiers show, each as a path into the model's result.
const PICK = {
  reported: (r) => r.reported,
  realisedPresentValue: (r) => r.realised.presentValue,
  realisedNet: (r) => r.realised.net,
  realisedPresentValueEur: (r) => r.eur.realisedPresentValue,
  realisedBcr: (r) => r.realised.bcr,
  realisedPayback: (r) => r.realised.payback,
  nationalPotential: (r) => r.nationalPotential,
  nationalPotentialEur: (r) => r.eur.nationalPotential,
  socialGain: (r) => r.socialGain,
  socialGainEur: (r) => r.eur.socialGain,
  presentValue: (r) => r.presentValue,
  presentValueEur: (r) => r.eur.presentValue,
  bcr: (r) => r.bcr,
  payback: (r) => r.payback,
} satisfies Record<string, (r: ModelResult) => Figure | null>;

type HeadlineKey = keyof typeof PICK;

/** The parameters the headline's words quote (plain numbers: the snapshot is JSON). */
interface HeadlineParams {
  public_funding_dkk: number;
  tax_distortion: number;
  attribution: number;
  horizon_years: number;
}

/**
 * The headline tiers' figures as plain values: from the model's result, or (for the demo's unfiltered data under a
 * preset's own parameters) from the build-time snapshot, so the first frame paints them without running the model.
 */
export type HeadlineResult = {
  [K in HeadlineKey]: ReturnType<(typeof PICK)[K]> extends Figure ? HeadlineFigure : HeadlineFigure | null;
} & {
  params: HeadlineParams;
};

const plain = (f: Figure | null): HeadlineFigure | null => (f ? { id: f.id, value: f.value, unit: f.unit } : null);

export function headlineOf(r: ModelResult): HeadlineResult {
  const out: Record<string, unknown> = {
    params: {
      public_funding_dkk: r.params.public_funding_dkk,
      tax_distortion: r.params.tax_distortion,
      attribution: r.params.attribution,
      horizon_years: r.params.horizon_years,
    },
  };
  for (const [k, pick] of Object.entries(PICK)) out[k] = plain(pick(r));
  return out as HeadlineResult; // every key of PICK set above; null only where the model's figure is nullable
}

/** The model's figure behind a headline figure (for its trace), found by id among the headline's paths. */
export function headlineFigure(r: ModelResult, id: string): Figure | null {
  for (const pick of Object.values(PICK)) {
    const f = pick(r);
    if (f?.id === id) return f;
  }
  return null;
}

/** A preset's headline and description for the demo data, as the snapshot holds them (data/generator/snapshot.ts). */
export interface PresetSnapshot {
  /** The parameters it was computed with, as JSON (compared by value with the scenario's). */
  params: Readonly<Record<string, unknown>>;
  headline: HeadlineResult;
  description: Text;
}

/** Deep equality of plain JSON-like values (parameters: numbers, strings, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
