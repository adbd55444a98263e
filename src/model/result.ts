import type { Figure, ModelWarning } from './figure';
import type { Breakdown } from './national-potential';
import type { Params } from './parameter-types';
import type { TimePathYear } from './present-value';
import type { RealisedFigures, RealisedYear } from './realised';
import type { WaterfallStep } from './waterfall';

/** Headline DKK figures converted at `dkk_per_eur`. */
interface EurFigures {
  reported: Figure;
  reportedExpected: Figure;
  reportedWeighted: Figure;
  nationalPotential: Figure;
  socialGain: Figure;
  presentValue: Figure;
  crossCheck: Figure;
  realisedPresentValue: Figure;
}

export interface ModelResult {
  params: Params;
  /** Σ realised gains (DKK/yr). */
  reported: Figure;
  /** Σ expected gains (DKK/yr), unweighted. */
  reportedExpected: Figure;
  /** R: realised + expected_weight × expected. */
  reportedWeighted: Figure;
  /** e_θ per theme, in theme order (0 with a note for a theme without a participant base). */
  effectSizes: Figure[];
  programmeEffectSize: Figure;
  nationalPotential: Figure;
  /** S / N. */
  socialFactor: Figure;
  socialGain: Figure;
  presentValue: Figure;
  bcr: Figure;
  /** null when the attributed discounted gains do not repay the funding within the horizon. */
  payback: Figure | null;
  crossCheck: Figure;
  /** METHOD step 9a: the realised tier (net realised gains, their PV, BCR_realised, payback), no extrapolation. */
  realised: RealisedFigures;
  realisedPath: RealisedYear[];
  crossCheckRatio: Figure;
  eur: EurFigures;
  waterfall: WaterfallStep[];
  breakdown: Breakdown;
  timePath: TimePathYear[];
  warnings: ModelWarning[];
}
