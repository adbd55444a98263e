import { discountFactors } from './discounting';
import type { Figure, RowRef } from './figure';
import { figure, text } from './figure';
import type { Params } from './parameter-types';
import { paramRefs } from './parameters';

export interface RealisedYear {
  /** Calendar year t₀ + k. */
  year: number;
  offset: number;
  /** R_net × (1 − δ)^{k−1}, DKK that year. */
  gain: number;
  discounted: number;
  /** Σ_{j ≤ k} discounted: compared with the cost of public funds for the realised payback year. */
  cumulative: number;
}

export interface RealisedTier {
  /** (1 − d)(1 − disp)(1 − l)(1 − sub) × multiplier. */
  netFactor: number;
  /** R_net = R × netFactor, R = Σ realised gains (expected_weight ignored). */
  net: number;
  presentValue: number;
  /** public_funding_dkk × (1 + tax_distortion). */
  cost: number;
  bcr: number;
  paybackYear: number | null;
  years: RealisedYear[];
}

/**
 * METHOD step 9a: what the funding has already bought, from the data alone. The participants' realised gains,
 * netted with step 7's additionality factors and the multiplier (no net tax factor, implementation cost or timing
 * lag: METHOD names exactly those factors), run as a stream from year 1 that decays by persistence_decay, discounted
 * as in step 8. No attribution: the participants report the gains as theirs from the programme's projects.
 */
export function realisedTier(realised: number, params: Params): RealisedTier {
  const netFactor =
    (1 - params.deadweight) * (1 - params.displacement) * (1 - params.leakage) * (1 - params.substitution) * params.multiplier;
  const net = realised * netFactor;
  const df = discountFactors(params);
  const cost = params.public_funding_dkk * (1 + params.tax_distortion);
  const years: RealisedYear[] = [];
  let pv = 0;
  let persistence = 1;
  let paybackYear: number | null = null;
  for (let k = 1; k <= params.horizon_years; k++) {
    const gain = net * persistence;
    const discounted = gain * (df[k] ?? 0);
    pv += discounted;
    if (paybackYear === null && pv >= cost) paybackYear = params.reference_year + k;
    years.push({ year: params.reference_year + k, offset: k, gain, discounted, cumulative: pv });
    persistence *= 1 - params.persistence_decay;
  }
  return { netFactor, net, presentValue: pv, cost, bcr: pv / cost, paybackYear, years };
}

/** The realised tier's figures, each traced to the realised gains and the parameters it uses. */
export interface RealisedFigures {
  net: Figure;
  presentValue: Figure;
  bcr: Figure;
  /** null when the realised stream does not repay the funding within the horizon. */
  payback: Figure | null;
}

const BASIS = text(
  'Only the gains the participants report as realised, netted for what would have happened anyway, displacement, leakage and substitution; no dissemination to other firms and no attribution factor.',
  'Kun de gevinster, deltagerne rapporterer som realiserede, fratrukket hvad der ville være sket alligevel, fortrængning, lækage og substitution; ingen udbredelse til andre virksomheder og ingen tilskrivningsfaktor.',
);

export function realisedFigures(tier: RealisedTier, reported: Figure, rows: RowRef[], params: Params): RealisedFigures {
  const net = figure(
    'realised_net',
    tier.net,
    'DKK',
    text('Net realised gains per year (R_net)', 'Nettorealiserede gevinster pr. år (R_net)'),
    {
      words: text(
        'Realised gains × (1 − deadweight)(1 − displacement)(1 − leakage)(1 − substitution) × multiplier; expected gains never count here, whatever expected_weight says',
        'Realiserede gevinster × (1 − dødvægt)(1 − fortrængning)(1 − lækage)(1 − substitution) × multiplikator; forventede gevinster tæller aldrig med her, uanset expected_weight',
      ),
      symbols: 'R_net = R_realised · (1−d)(1−disp)(1−l)(1−sub) · m',
    },
    {
      inputs: [reported],
      parameters: paramRefs(params, ['deadweight', 'displacement', 'leakage', 'substitution', 'multiplier']),
      rows,
      notes: [BASIS],
    },
  );
  const presentValue = figure(
    'realised_present_value',
    tier.presentValue,
    'DKK',
    text(
      `Present value of realised gains over ${params.horizon_years} years`,
      `Nutidsværdi af realiserede gevinster over ${params.horizon_years} år`,
    ),
    {
      words: text(
        'The net realised gains each year from year 1, shrinking by persistence_decay a year, discounted with the Finance Ministry profile and summed over the horizon',
        'De nettorealiserede gevinster hvert år fra år 1, aftagende med persistence_decay om året, diskonteret med Finansministeriets profil og summeret over horisonten',
      ),
      symbols: 'PV_R = Σ_{k=1..H} R_net · (1−δ)^{k−1} · Π_{y≤k} 1/(1+r(y))',
    },
    {
      inputs: [net],
      parameters: paramRefs(params, [
        'persistence_decay',
        'horizon_years',
        'discount_profile',
        'discount_rate',
        'reference_year',
      ]),
      rows,
      notes: [BASIS],
    },
  );
  const bcr = figure(
    'bcr_realised',
    tier.bcr,
    'ratio',
    text('Benefit-cost ratio, realised', 'Benefit-cost-ratio, realiseret'),
    {
      words: text(
        "Present value of the net realised gains ÷ public funding including the tax distortion cost; no attribution factor, because the participants report these gains as their own from the programme's projects",
        'Nutidsværdi af de nettorealiserede gevinster ÷ offentlig finansiering inklusive skatteforvridningstab; ingen tilskrivningsfaktor, fordi deltagerne rapporterer gevinsterne som deres egne fra programmets projekter',
      ),
      symbols: 'BCR_realised = PV_R / (funding · (1 + tax_distortion))',
    },
    { inputs: [presentValue], parameters: paramRefs(params, ['public_funding_dkk', 'tax_distortion']), notes: [BASIS] },
  );
  const payback =
    tier.paybackYear === null
      ? null
      : figure(
          'payback_year_realised',
          tier.paybackYear,
          'year',
          text('Payback year, realised', 'Tilbagebetalingsår, realiseret'),
          {
            words: text(
              'First year the cumulative discounted net realised gains reach public funding × (1 + tax distortion)',
              'Første år, hvor de akkumulerede diskonterede nettorealiserede gevinster når den offentlige finansiering × (1 + skatteforvridning)',
            ),
            symbols: 'min t: Σ_{k≤t} R_net (1−δ)^{k−1} DF(k) ≥ funding · (1 + tax_distortion)',
          },
          { inputs: [presentValue], parameters: paramRefs(params, ['public_funding_dkk', 'tax_distortion', 'reference_year']) },
        );
  return { net, presentValue, bcr, payback };
}
