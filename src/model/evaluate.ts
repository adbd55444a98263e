import type { ModelInput } from './cells';
import { crossCheck } from './cross-check';
import { effectSizes } from './effect-size';
import type { Figure, ModelWarning, RowRef } from './figure';
import { themeName } from './display-names';
import { figure, text } from './figure';
import { breakdown, nationalPotential } from './national-potential';
import type { Params } from './parameter-types';
import { paramRefs } from './parameters';
import { prepare } from './prepare';
import { presentValue } from './present-value';
import { realisedFigures, realisedTier } from './realised';
import type { ModelResult } from './result';
import { socialFactor } from './social-gain';
import {
  bcrFigure,
  crossCheckFigure,
  crossCheckRatioFigure,
  eurFigure,
  nationalPotentialFigure,
  paybackFigure,
  presentValueFigure,
  socialFactorFigure,
  socialGainFigure,
} from './trace-outputs';
import { programmeEffectFigure, themeFigures } from './trace-themes';
import { waterfall } from './waterfall';

function reportedFigures(prep: ReturnType<typeof prepare>, params: Params) {
  const reported = figure(
    'reported',
    prep.realised,
    'DKK',
    text('Reported gains, realised', 'Rapporterede gevinster, realiserede'),
    {
      words: text('Sum of the annual gains reported as realised', 'Summen af de årlige gevinster rapporteret som realiserede'),
      symbols: 'Σ_r annual_gain_dkk_r, status = realised',
    },
    { rows: prep.realisedRows },
  );
  const reportedExpected = figure(
    'reported_expected',
    prep.expected,
    'DKK',
    text('Reported gains, expected', 'Rapporterede gevinster, forventede'),
    {
      words: text(
        'Sum of the annual gains reported as expected (not yet realised)',
        'Summen af de årlige gevinster rapporteret som forventede (endnu ikke realiserede)',
      ),
      symbols: 'Σ_r annual_gain_dkk_r, status = expected',
    },
    { rows: prep.expectedRows },
  );
  const reportedWeighted = figure(
    'reported_weighted',
    prep.realised + params.expected_weight * prep.expected,
    'DKK',
    text('Reported gains counted (R)', 'Medregnede rapporterede gevinster (R)'),
    {
      words: text(
        'Realised gains plus expected gains × expected_weight',
        'Realiserede gevinster plus forventede gevinster × expected_weight',
      ),
      symbols: 'R = Σ_r g_r · w(status_r), w(realised) = 1, w(expected) = expected_weight',
    },
    { inputs: [reported, reportedExpected], parameters: paramRefs(params, ['expected_weight']), rows: prep.gainRows },
  );
  return { reported, reportedExpected, reportedWeighted };
}

/**
 * METHOD.md's chain on aggregated cells. `params` must come from `validateParams` (or a preset): with valid
 * parameters every figure is finite. Inputs are treated as immutable (their parameter-free sums are cached).
 */
export function evaluate(input: ModelInput, params: Params): ModelResult {
  const prep = prepare(input);
  const warnings: ModelWarning[] = [...prep.warnings];
  const effects = effectSizes(prep.themes, params);
  const social = socialFactor(params);
  const potential = nationalPotential(prep, effects, params, social.factor);
  const pv = presentValue(potential.socialGain, params);
  const cross = crossCheck(prep, params);

  const { reported, reportedExpected, reportedWeighted } = reportedFigures(prep, params);
  const programmeEffectSize = programmeEffectFigure(effects, prep, params);
  const potentialByTheme = new Map(potential.themes.map((t) => [t.theme, t]));
  const themes = effects.themes.map((eff) =>
    themeFigures(eff, potentialByTheme.get(eff.theme.theme), programmeEffectSize, prep, params),
  );

  const excluded: string[] = [];
  for (const eff of effects.themes) {
    if (!eff.excluded || eff.reported === 0) continue;
    excluded.push(eff.theme.theme);
    warnings.push({
      code: 'zero-base',
      theme: eff.theme.theme,
      message: text(
        `Theme ${themeName(eff.theme.theme).en} has reported gains (DKK ${eff.reported}) but no participant base (no affected employees with value added): its gains are left out of the extrapolation.`,
        `Temaet ${themeName(eff.theme.theme).da} har rapporterede gevinster (${eff.reported} kr.) men intet deltagergrundlag (ingen berørte ansatte med værditilvækst): gevinsterne indgår ikke i opskaleringen.`,
      ),
    });
  }
  // The rows behind N are the gains that entered it; copying thousands of references only when some were left out.
  const nRows: RowRef[] = effects.themes.some((e) => e.excluded)
    ? effects.themes.flatMap((e) => (e.excluded ? [] : e.theme.gainRows))
    : prep.gainRows;
  for (const t of cross.themes) {
    if (t.excluded && t.reported !== 0) {
      warnings.push({
        code: 'no-reporting-firms',
        theme: t.theme,
        message: text(
          `Theme ${themeName(t.theme).en} has no reporting companies in the participant base: left out of the count-based cross-check.`,
          `Temaet ${themeName(t.theme).da} har ingen rapporterende virksomheder i deltagergrundlaget: udeladt af det antalsbaserede krydstjek.`,
        ),
      });
    }
  }

  const themeN = themes.flatMap((t) => (t.nationalPotential ? [t.nationalPotential] : []));
  const nFigure = nationalPotentialFigure(potential.nationalPotential, themeN, nRows, excluded, params);
  const kFigure = socialFactorFigure(social, params);
  const sFigure = socialGainFigure(potential.socialGain, nFigure, kFigure, params);
  const pvFigure = presentValueFigure(pv, sFigure, params);
  const reportedByTheme = new Map(themes.map((t) => [t.theme, t.reported]));
  const crossFigure = crossCheckFigure(cross.nationalPotential, cross.themes, reportedByTheme, prep.gainRows, params);
  const tier = realisedTier(prep.realised, params);
  const realised = realisedFigures(tier, reported, prep.realisedRows, params);

  return {
    params,
    reported,
    reportedExpected,
    reportedWeighted,
    effectSizes: themes.map((t) => t.effectSize),
    programmeEffectSize,
    nationalPotential: nFigure,
    socialFactor: kFigure,
    socialGain: sFigure,
    presentValue: pvFigure,
    bcr: bcrFigure(pv, pvFigure, params),
    payback: paybackFigure(pv, pvFigure, params),
    crossCheck: crossFigure,
    realised,
    realisedPath: tier.years,
    crossCheckRatio: crossCheckRatioFigure(crossFigure, nFigure),
    eur: {
      reported: eurFigure(reported, params),
      reportedExpected: eurFigure(reportedExpected, params),
      reportedWeighted: eurFigure(reportedWeighted, params),
      nationalPotential: eurFigure(nFigure, params),
      socialGain: eurFigure(sFigure, params),
      presentValue: eurFigure(pvFigure, params),
      crossCheck: eurFigure(crossFigure, params),
      realisedPresentValue: eurFigure(realised.presentValue, params),
    },
    waterfall: waterfall({
      reported: reportedWeighted.value,
      transferability: params.transferability,
      beforeAdoption: potential.beforeAdoption,
      nationalPotential: potential.nationalPotential,
      grossToNet: social.additionality * social.valuation,
      socialGain: potential.socialGain,
    }),
    breakdown: breakdown(potential.terms),
    timePath: pv.years,
    warnings,
  };
}

/** Every figure of a trace, depth first, each once (figures are shared between branches). */
export function walkFigures(root: Figure, visit: (f: Figure, depth: number) => void): void {
  const seen = new Set<Figure>();
  const go = (f: Figure, depth: number) => {
    if (seen.has(f)) return;
    seen.add(f);
    visit(f, depth);
    for (const i of f.inputs) go(i, depth + 1);
  };
  go(root, 0);
}
