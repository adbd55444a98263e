import type { CrossCheckTheme } from './cross-check';
import type { Figure, RowRef } from './figure';
import { themeName } from './display-names';
import { figure, text } from './figure';
import type { ParamId, Params } from './parameter-types';
import { paramRefs } from './parameters';
import type { PresentValue } from './present-value';
import type { SocialFactor } from './social-gain';

const TIME_PATH_PARAMS: ParamId[] = [
  'reference_year',
  'curve',
  'diffusion_midpoint_years',
  'diffusion_speed_years',
  'lag_years',
  'bass_p',
  'bass_q',
  'persistence_decay',
  'horizon_years',
  'discount_profile',
  'discount_rate',
];

export function nationalPotentialFigure(
  value: number,
  themes: Figure[],
  rows: RowRef[],
  excluded: string[],
  params: Params,
): Figure {
  const ids: ParamId[] = [
    'transferability',
    'adoption_ceiling',
    'pooling',
    'min_size_class',
    'relevance_default',
    'affected_share',
    'expected_weight',
  ];
  if (params.pooling === 'theme_industry') ids.push('min_companies');
  const notes =
    excluded.length === 0
      ? []
      : [
          text(
            `Left out for lack of a participant base: ${excluded.join(', ')}.`,
            `Udeladt, fordi deltagergrundlaget mangler: ${excluded.join(', ')}.`,
          ),
        ];
  return figure(
    'national_potential',
    value,
    'DKK',
    text('National potential (N)', 'Nationalt potentiale (N)'),
    {
      words: text(
        "Sum over themes of the typical adopter's effect size × adoption ceiling × relevant value added: the annual productivity gain if the results were implemented in all relevant Danish manufacturing companies",
        'Summen over temaer af typisk brugers effektstørrelse × udbredelsesloft × relevant værditilvækst: den årlige produktivitetsgevinst, hvis resultaterne blev implementeret i alle relevante danske produktionsvirksomheder',
      ),
      symbols: 'N = Σ_θ Σ_{i,s} τ_θ · α · V_{θ,i,s}, τ_θ = transferability · e_θ',
    },
    { inputs: themes, parameters: paramRefs(params, ids), rows, notes },
  );
}

export function socialFactorFigure(f: SocialFactor, params: Params): Figure {
  return figure(
    'social_factor',
    f.factor,
    'ratio',
    text('Social gain per krone of national potential', 'Samfundsgevinst pr. krone nationalt potentiale'),
    {
      words: text(
        'Additionality (1 − deadweight)(1 − displacement)(1 − leakage)(1 − substitution) × multiplier × net tax factor if in consumer prices, less the implementation cost share, discounted over the timing lag if one is set',
        'Additionalitet (1 − dødvægt)(1 − fortrængning)(1 − lækage)(1 − substitution) × multiplikator × nettoafgiftsfaktor ved forbrugerpriser, minus implementeringsomkostningsandelen, diskonteret over tidsforskydningen, hvis en er valgt',
      ),
      symbols: 'k = ((1−d)(1−δ_disp)(1−l)(1−sub) · m · NAF^κ − c) / (1 + r_T)^{L_T}',
    },
    {
      parameters: paramRefs(params, [
        'deadweight',
        'displacement',
        'leakage',
        'substitution',
        'multiplier',
        'consumer_prices',
        'net_tax_factor',
        'implementation_cost_share',
        'timing_lag_years',
        'timing_rate',
      ]),
    },
  );
}

export function socialGainFigure(value: number, n: Figure, k: Figure, params: Params): Figure {
  return figure(
    'social_gain',
    value,
    'DKK',
    text('Social gain (S)', 'Samfundsgevinst (S)'),
    {
      words: text(
        "National potential × social gain per krone (the Additionality Guide's gross-to-net chain)",
        'Nationalt potentiale × samfundsgevinst pr. krone (Additionality Guides kæde fra brutto til netto)',
      ),
      symbols: 'S = N · k',
    },
    {
      inputs: [n, k],
      parameters: paramRefs(params, [
        'deadweight',
        'displacement',
        'leakage',
        'substitution',
        'implementation_cost_share',
        'timing_lag_years',
      ]),
      rows: n.rows,
    },
  );
}

export function presentValueFigure(pv: PresentValue, s: Figure, params: Params): Figure {
  return figure(
    'present_value',
    pv.presentValue,
    'DKK',
    text(`Present value over ${params.horizon_years} years`, `Nutidsværdi over ${params.horizon_years} år`),
    {
      words: text(
        "Each year's social gain as the results spread (cohorts decaying by persistence_decay), discounted with the Finance Ministry profile, summed over the horizon",
        'Hvert års samfundsgevinst, efterhånden som resultaterne udbredes (årgange aftager med persistence_decay), diskonteret med Finansministeriets profil og summeret over horisonten',
      ),
      symbols: 'PV = Σ_{t=1..H} S · Σ_{u≤t} ΔD(u)(1−δ)^{t−u} · Π_{y≤t} 1/(1+r(y))',
    },
    { inputs: [s], parameters: paramRefs(params, TIME_PATH_PARAMS), rows: s.rows },
  );
}

export function bcrFigure(pv: PresentValue, pvFigure: Figure, params: Params): Figure {
  return figure(
    'bcr',
    pv.bcr,
    'ratio',
    text('Benefit-cost ratio', 'Benefit-cost-ratio'),
    {
      words: text(
        'Attributed present value ÷ public funding including the tax distortion cost',
        'Tilskrevet nutidsværdi ÷ offentlig finansiering inklusive skatteforvridningstab',
      ),
      symbols: 'BCR = attribution · PV / (funding · (1 + tax_distortion))',
    },
    { inputs: [pvFigure], parameters: paramRefs(params, ['attribution', 'public_funding_dkk', 'tax_distortion']) },
  );
}

export function paybackFigure(pv: PresentValue, pvFigure: Figure, params: Params): Figure | null {
  if (pv.paybackYear === null) return null;
  return figure(
    'payback_year',
    pv.paybackYear,
    'year',
    text('Payback year', 'Tilbagebetalingsår'),
    {
      words: text(
        'First year the attributed cumulative discounted social gain reaches public funding × (1 + tax distortion)',
        'Første år, hvor den tilskrevne akkumulerede diskonterede samfundsgevinst når den offentlige finansiering × (1 + skatteforvridning)',
      ),
      symbols: 'min t: attribution · Σ_{j≤t} S(j) DF(j) ≥ funding · (1 + tax_distortion)',
    },
    {
      inputs: [pvFigure],
      parameters: paramRefs(params, ['attribution', 'public_funding_dkk', 'tax_distortion', 'reference_year']),
    },
  );
}

export function eurFigure(dkk: Figure, params: Params): Figure {
  return figure(
    `${dkk.id}_eur`,
    dkk.value / params.dkk_per_eur,
    'EUR',
    text(`${dkk.label.en} in EUR`, `${dkk.label.da} i EUR`),
    { words: text('DKK amount ÷ DKK per EUR', 'Kronebeløb ÷ kroner pr. euro'), symbols: 'EUR = DKK / dkk_per_eur' },
    { inputs: [dkk], parameters: paramRefs(params, ['dkk_per_eur']) },
  );
}

export function crossCheckFigure(
  total: number,
  themes: CrossCheckTheme[],
  reported: Map<string, Figure>,
  rows: RowRef[],
  params: Params,
): Figure {
  const inputs = themes
    .filter((t) => !t.excluded)
    .map((t) => {
      const companies = figure(
        `reporting_companies:${t.theme}`,
        t.companies,
        'count',
        text(`Reporting companies, ${themeName(t.theme).en}`, `Rapporterende virksomheder, ${themeName(t.theme).da}`),
        {
          words: text('Distinct companies reporting in the theme', 'Forskellige virksomheder, der rapporterer i temaet'),
          symbols: 'n_θ',
        },
      );
      const firms = figure(
        `relevant_firms:${t.theme}`,
        t.relevantFirms,
        'count',
        text(`Relevant firms, ${themeName(t.theme).en}`, `Relevante virksomheder, ${themeName(t.theme).da}`),
        {
          words: text(
            'Firms from min_size_class up, weighted by relevance',
            'Virksomheder fra min_size_class og op, vægtet med relevans',
          ),
          symbols: 'Σ_{i,s ≥ s_min} ρ_{θ,i} · F_{i,s}',
        },
        { parameters: paramRefs(params, ['relevance_default', 'min_size_class']) },
      );
      const r = reported.get(t.theme);
      return figure(
        `cross_check:${t.theme}`,
        t.nationalPotential,
        'DKK',
        text(`Count-based potential, ${themeName(t.theme).en}`, `Antalsbaseret potentiale, ${themeName(t.theme).da}`),
        {
          words: text(
            'Gain per reporting company × transferability × adoption ceiling × relevant firms',
            'Gevinst pr. rapporterende virksomhed × overførbarhed × udbredelsesloft × relevante virksomheder',
          ),
          symbols: 'N′_θ = (R_θ / n_θ) · transferability · α · Σ ρ_{θ,i} F_{i,s}',
        },
        {
          inputs: r ? [r, companies, firms] : [companies, firms],
          parameters: paramRefs(params, ['transferability', 'adoption_ceiling']),
        },
      );
    });
  return figure(
    'cross_check',
    total,
    'DKK',
    text('Count-based cross-check (N′)', 'Antalsbaseret krydstjek (N′)'),
    {
      words: text(
        'The national potential with firm counts instead of value added as the base; biased upward when large firms dominate the reports',
        'Det nationale potentiale med antal virksomheder i stedet for værditilvækst som grundlag; skævt opad, når store virksomheder dominerer rapporteringen',
      ),
      symbols: 'N′ = Σ_θ (R_θ / n_θ) · transferability · α · Σ_{i,s ≥ s_min} ρ_{θ,i} F_{i,s}',
    },
    {
      inputs,
      parameters: paramRefs(params, [
        'transferability',
        'adoption_ceiling',
        'relevance_default',
        'min_size_class',
        'expected_weight',
      ]),
      rows,
    },
  );
}

export function crossCheckRatioFigure(crossCheck: Figure, n: Figure): Figure {
  const notes =
    n.value === 0 ? [text('No national potential to compare with.', 'Intet nationalt potentiale at sammenligne med.')] : [];
  return figure(
    'cross_check_ratio',
    n.value === 0 ? 0 : crossCheck.value / n.value,
    'ratio',
    text('Cross-check ÷ national potential', 'Krydstjek ÷ nationalt potentiale'),
    {
      words: text(
        'How much larger the count-based potential is than the value-added-based one',
        'Hvor meget større det antalsbaserede potentiale er end det værditilvækstbaserede',
      ),
      symbols: 'N′ / N',
    },
    { inputs: [crossCheck, n], notes },
  );
}
