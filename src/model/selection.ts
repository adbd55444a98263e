import type { SizeClass } from './cells';
import type { Figure } from './figure';
import { figure, text } from './figure';
import type { Breakdown } from './national-potential';

/** Bars of the model's own breakdowns (N and S by theme, target industry, size class): a selection of terms. */
export interface TermSelection {
  theme?: string;
  /** The industry the potential lands in (NACE division), not the reporting company's. */
  industry?: number;
  sizeClass?: SizeClass;
}

export interface SelectedTerms {
  /** Σ N over the selected terms: "of which selected". Nothing is re-extrapolated. */
  nationalPotential: Figure;
  socialGain: number;
  terms: number;
}

export const hasSelection = (s: TermSelection) => s.theme !== undefined || s.industry !== undefined || s.sizeClass !== undefined;

/** The terms matching every selected dimension, summed; the totals they belong to stay as they are. */
export function selectTerms(breakdown: Breakdown, selection: TermSelection, total: Figure): SelectedTerms {
  let n = 0;
  let s = 0;
  let count = 0;
  for (const t of breakdown.terms) {
    if (selection.theme !== undefined && t.theme !== selection.theme) continue;
    if (selection.industry !== undefined && t.nace !== selection.industry) continue;
    if (selection.sizeClass !== undefined && t.sizeClass !== selection.sizeClass) continue;
    n += t.nationalPotential;
    s += t.socialGain;
    count++;
  }
  const parts = [
    selection.theme !== undefined ? `θ = ${selection.theme}` : null,
    selection.industry !== undefined ? `i = ${selection.industry}` : null,
    selection.sizeClass !== undefined ? `s = ${selection.sizeClass}` : null,
  ].filter((x): x is string => x !== null);
  return {
    nationalPotential: figure(
      'national_potential_selected',
      n,
      'DKK',
      text('National potential, selected terms', 'Nationalt potentiale, valgte led'),
      {
        words: text(
          "The part of the national potential in the selected theme, target industry and size class: a sum of the model's terms, not a new extrapolation",
          'Den del af det nationale potentiale, der ligger i det valgte tema, den valgte målbranche og størrelsesklasse: en sum af modellens led, ikke en ny opskalering',
        ),
        symbols: `Σ N_{θ,i,s} over ${parts.join(', ') || 'all terms'}`,
      },
      { inputs: [total] },
    ),
    socialGain: s,
    terms: count,
  };
}
