import type { EffectSizes, ThemeEffect } from './effect-size';
import type { Figure, ModelWarning, RowRef } from './figure';
import { themeName } from './display-names';
import { figure, text } from './figure';
import type { ThemePotential } from './national-potential';
import type { Params } from './parameter-types';
import { paramRefs } from './parameters';
import type { PreparedInput } from './prepare';

export interface ThemeFigures {
  theme: string;
  reported: Figure;
  base: Figure;
  effectSize: Figure;
  /** Present only for themes that enter the national potential. */
  nationalPotential: Figure | null;
}

/** The programme-wide R and B: the inputs of the pooled rate, and a headline the UI shows beside the themes. */
export function programmeEffectFigure(effects: EffectSizes, prep: PreparedInput, params: Params): Figure {
  const { reported, base, rate } = effects.programme;
  const r = figure(
    'reported:programme',
    reported,
    'DKK',
    text('Reported gains counted, all themes', 'Medregnede rapporterede gevinster, alle temaer'),
    {
      words: text(
        'Realised gains plus expected gains × expected_weight, all themes',
        'Realiserede gevinster plus forventede × expected_weight, alle temaer',
      ),
      symbols: 'Σ_θ R_θ',
    },
    { parameters: paramRefs(params, ['expected_weight']), rows: prep.gainRows },
  );
  const b = figure(
    'participant_base:programme',
    base,
    'DKK',
    text('Participant base, all themes', 'Deltagergrundlag, alle temaer'),
    { words: text("Sum of the themes' participant bases", 'Summen af temaernes deltagergrundlag'), symbols: 'Σ_θ B^P_θ' },
    { parameters: paramRefs(params, ['affected_share']), rows: prep.baseRows },
  );
  return figure(
    'effect_size:programme',
    rate ?? 0,
    'ratio',
    text('Effect size, whole programme', 'Effektstørrelse, hele programmet'),
    {
      words: text(
        "All reported gains as a share of all participants' affected value added",
        'Alle rapporterede gevinster som andel af alle deltageres berørte værditilvækst',
      ),
      symbols: 'e = Σ R_θ / Σ B^P_θ',
    },
    {
      inputs: [r, b],
      parameters: paramRefs(params, ['pooling']),
      notes:
        rate === null ? [text('No participant base: no effect size.', 'Intet deltagergrundlag: ingen effektstørrelse.')] : [],
    },
  );
}

function fallbackNotes(theme: string, warnings: readonly ModelWarning[]) {
  return warnings.filter((w) => w.code === 'value-added-fallback' && w.theme === theme).map((w) => w.message);
}

function ownRateFigures(eff: ThemeEffect, params: Params): Figure[] {
  const name = eff.theme.theme;
  return [...eff.ownRates].map(([nace, own]) =>
    figure(
      `effect_size:${name}:${nace}`,
      own.rate,
      'ratio',
      text(`Effect size, ${themeName(name).en}, industry ${nace}`, `Effektstørrelse, ${themeName(name).da}, branche ${nace}`),
      {
        words: text(
          `The industry's own rate: ${own.companies} companies report (at least min_companies)`,
          `Branchens egen rate: ${own.companies} virksomheder rapporterer (mindst min_companies)`,
        ),
        symbols: 'e_{θ,i} = R_{θ,i} / B^P_{θ,i}',
      },
      {
        parameters: paramRefs(params, ['min_companies', 'expected_weight', 'affected_share']),
        rows: eff.theme.gainRows.filter((r) => r.kind === 'gain' && r.nace === nace),
      },
    ),
  );
}

/** Per-theme trace: R_θ and B^P_θ → e_θ → τ_θ, with V_θ → N_θ. */
export function themeFigures(
  eff: ThemeEffect,
  potential: ThemePotential | undefined,
  programmeRate: Figure,
  prep: PreparedInput,
  params: Params,
): ThemeFigures {
  const name = eff.theme.theme;
  const reported = figure(
    `reported:${name}`,
    eff.reported,
    'DKK',
    text(`Reported gains counted, ${themeName(name).en}`, `Medregnede rapporterede gevinster, ${themeName(name).da}`),
    {
      words: text(
        'Realised gains plus expected gains × expected_weight',
        'Realiserede gevinster plus forventede × expected_weight',
      ),
      symbols: 'R_θ = Σ_{r∈θ} g_r · w(status_r)',
    },
    { parameters: paramRefs(params, ['expected_weight']), rows: eff.theme.gainRows },
  );
  const base = figure(
    `participant_base:${name}`,
    eff.base,
    'DKK',
    text(`Participant base, ${themeName(name).en}`, `Deltagergrundlag, ${themeName(name).da}`),
    {
      words: text(
        "Value added of the participants' affected activity: affected employees (else employees × affected_share) × value added per employee of their industry and size class",
        'Værditilvæksten i deltagernes berørte aktivitet: berørte ansatte (ellers ansatte × affected_share) × værditilvækst pr. ansat i deres branche og størrelsesklasse',
      ),
      symbols: 'B^P_θ = Σ_k (a_k or employees_k · affected_share) · VA_{i(k),s(k)} / E_{i(k),s(k)}',
    },
    { parameters: paramRefs(params, ['affected_share']), rows: eff.theme.baseRows, notes: fallbackNotes(name, prep.warnings) },
  );
  const pooled = params.pooling === 'programme';
  const excludedNote = text(
    `No participant base for ${themeName(name).en}: its reported gains cannot give an effect size and are left out of the extrapolation.`,
    `Intet deltagergrundlag for ${themeName(name).da}: temaets rapporterede gevinster kan ikke give en effektstørrelse og indgår ikke i opskaleringen.`,
  );
  const effectSize = figure(
    `effect_size:${name}`,
    eff.rate,
    'ratio',
    text(`Effect size, ${themeName(name).en}`, `Effektstørrelse, ${themeName(name).da}`),
    pooled
      ? {
          words: text(
            "The programme's pooled rate (pooling = programme)",
            'Programmets samlede rate (sammenvejning = hele programmet)',
          ),
          symbols: 'e_θ = Σ R / Σ B^P',
        }
      : {
          words: text(
            "Reported gains as a share of the participants' affected value added",
            'Rapporterede gevinster som andel af deltagernes berørte værditilvækst',
          ),
          symbols: 'e_θ = R_θ / B^P_θ',
        },
    {
      inputs: pooled ? [programmeRate] : [reported, base],
      parameters: paramRefs(params, ['pooling']),
      notes: eff.excluded ? [excludedNote] : [],
    },
  );
  if (eff.excluded || !potential) return { theme: name, reported, base, effectSize, nationalPotential: null };

  const transferred = figure(
    `transferred_effect:${name}`,
    params.transferability * eff.rate,
    'ratio',
    text(
      `Effect size for a typical adopter, ${themeName(name).en}`,
      `Effektstørrelse for en typisk bruger, ${themeName(name).da}`,
    ),
    { words: text('Transferability × effect size', 'Overførbarhed × effektstørrelse'), symbols: 'τ_θ = transferability · e_θ' },
    { inputs: [effectSize], parameters: paramRefs(params, ['transferability']) },
  );
  const rows: RowRef[] = [...potential.relevanceRows, ...potential.populationRows];
  const relevant = figure(
    `relevant_population:${name}`,
    potential.relevantValueAdded,
    'DKK',
    text(`Relevant value added, ${themeName(name).en}`, `Relevant værditilvækst, ${themeName(name).da}`),
    {
      words: text(
        "Value added of the industries and size classes (from min_size_class) where the theme's results apply, × relevance",
        'Værditilvæksten i de brancher og størrelsesklasser (fra min_size_class), hvor temaets resultater gælder, × relevans',
      ),
      symbols: 'V_θ = Σ_{i,s ≥ s_min} VA_{i,s} · ρ_{θ,i}',
    },
    { parameters: paramRefs(params, ['relevance_default', 'min_size_class']), rows },
  );
  const own = ownRateFigures(eff, params);
  const nationalPotential = figure(
    `national_potential:${name}`,
    potential.nationalPotential,
    'DKK',
    text(`National potential, ${themeName(name).en}`, `Nationalt potentiale, ${themeName(name).da}`),
    own.length === 0
      ? {
          words: text(
            "Typical adopter's effect size × adoption ceiling × relevant value added",
            'Typisk brugers effektstørrelse × udbredelsesloft × relevant værditilvækst',
          ),
          symbols: 'N_θ = τ_θ · α · V_θ',
        }
      : {
          words: text(
            "Per industry: transferability × the industry's own effect size where enough companies report, else the theme's, × adoption ceiling × relevant value added",
            'Pr. branche: overførbarhed × branchens egen effektstørrelse, hvor nok virksomheder rapporterer, ellers temaets, × udbredelsesloft × relevant værditilvækst',
          ),
          symbols: 'N_θ = Σ_{i,s} transferability · e_{θ,i} · α · V_{θ,i,s}',
        },
    { inputs: [transferred, relevant, ...own], parameters: paramRefs(params, ['adoption_ceiling']), rows: eff.theme.gainRows },
  );
  return { theme: name, reported, base, effectSize, nationalPotential };
}
