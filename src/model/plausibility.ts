import type { ModelInput, SizeClass } from './cells';
import type { Figure, RowRef, Text } from './figure';
import { themeName } from './display-names';
import { figure, text } from './figure';
import { CHECK_THRESHOLDS, type CheckThresholds } from './parameter-schema';
import type { ModelResult } from './result';

/** What the checks need beyond the model's cells: the data set's participants and years (aggregated by src/db). */
export interface CheckInput {
  /** Distinct participating companies per population cell, with their employees. */
  participants: readonly { nace: number; sizeClass: SizeClass; companies: number; employees: number }[];
  /** The company with the largest realised gains, or null when none are realised. */
  topCompany: { companyId: string; name: string | null; realisedDkk: number } | null;
  /** The population table's year (the latest, if it has several), or null when it gives none. */
  populationYear: number | null;
  /** Median year of the reports, or null without reports. */
  reportsMedianYear: number | null;
}

export const CHECK_IDS = [
  'no_realised',
  'coverage_employees',
  'coverage_firms',
  'effect_size_high',
  'potential_below_reported',
  'bcr_high',
  'concentration',
  'expected_dominates',
  'population_year',
] as const;
type CheckId = (typeof CHECK_IDS)[number];

export interface PlausibilityWarning {
  id: CheckId;
  /** 'implausible': the data or the scale-up cannot be right as they stand; 'caution': read the figure with care. */
  level: 'implausible' | 'caution';
  /** One plain sentence. */
  message: Text;
  /** The measured value and the threshold it was compared with. */
  value: number;
  threshold: number;
  /** The cells behind the warning, as a figure the trace drawer shows (with its rows); null when there are none. */
  evidence: Figure | null;
  /** A company the warning is about (the UI links to its reports). */
  companyId?: string;
  /** A theme the warning is about. */
  theme?: string;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}`;
const pctDa = (x: number) => pct(x).replace('.', ',');
const num = (x: number, d = 1) => `${Math.round(x * 10 ** d) / 10 ** d}`;
const numDa = (x: number, d = 1) => num(x, d).replace('.', ',');

/**
 * METHOD.md's plausibility checks on a result and its data. Each check gives at most one warning (a stable id);
 * the cells behind it are its evidence. Thresholds from `CHECK_THRESHOLDS` unless given.
 */
export function plausibilityChecks(
  input: ModelInput,
  result: ModelResult,
  data: CheckInput,
  thresholds: CheckThresholds = thresholdValues(),
): PlausibilityWarning[] {
  const out: PlausibilityWarning[] = [];
  const realised = result.reported.value;
  const expected = result.reportedExpected.value;

  if (realised <= 0 && input.gains.length > 0) {
    out.push({
      id: 'no_realised',
      level: 'implausible',
      value: realised,
      threshold: 0,
      evidence: result.reported,
      message: text(
        'The data set has no realised gains: every figure rests on expected gains or on nothing.',
        'Datasættet har ingen realiserede gevinster: alle tal hviler på forventede gevinster eller på ingenting.',
      ),
    });
  }

  // Coverage: participants against the population cell they sit in (industry × size class).
  const population = new Map(input.population.map((p) => [`${p.nace}|${p.sizeClass}`, p]));
  for (const kind of ['employees', 'firms'] as const) {
    const over: { share: number; nace: number; sizeClass: SizeClass; rows: RowRef[] }[] = [];
    for (const c of data.participants) {
      const p = population.get(`${c.nace}|${c.sizeClass}`);
      const part = kind === 'employees' ? c.employees : c.companies;
      const whole = p ? (kind === 'employees' ? p.employees : p.firms) : 0;
      if (part <= 0) continue;
      const share = whole > 0 ? part / whole : Number.POSITIVE_INFINITY;
      if (
        share > thresholds.coverage_max ||
        (share >= thresholds.coverage_warn && c.companies >= thresholds.coverage_caution_min_companies)
      ) {
        const rows: RowRef[] = p
          ? [
              {
                kind: 'population',
                nace: p.nace,
                sizeClass: p.sizeClass,
                firms: p.firms,
                employees: p.employees,
                valueAddedDkk: p.valueAddedDkk,
              },
            ]
          : [];
        rows.push(...baseRows(input, c.nace, c.sizeClass));
        over.push({ share, nace: c.nace, sizeClass: c.sizeClass, rows });
      }
    }
    if (over.length === 0) continue;
    over.sort((a, b) => b.share - a.share);
    const worst = over[0]!;
    const impossible = worst.share > thresholds.coverage_max;
    const shareText = Number.isFinite(worst.share) ? pct(worst.share) : '∞';
    const shareTextDa = Number.isFinite(worst.share) ? pctDa(worst.share) : '∞';
    const what = kind === 'employees' ? text('employees', 'ansatte') : text('firms', 'virksomheder');
    const others = over.length - 1;
    const id = kind === 'employees' ? 'coverage_employees' : 'coverage_firms';
    out.push({
      id,
      level: impossible ? 'implausible' : 'caution',
      value: Number.isFinite(worst.share) ? worst.share : Number.MAX_VALUE,
      threshold: impossible ? thresholds.coverage_max : thresholds.coverage_warn,
      evidence: figure(
        `plausibility:${id}`,
        Number.isFinite(worst.share) ? worst.share : 0,
        'share',
        text(
          `Participants' ${what.en} ÷ population, industry ${worst.nace}, ${worst.sizeClass} employees`,
          `Deltagernes ${what.da} ÷ population, branche ${worst.nace}, ${worst.sizeClass} ansatte`,
        ),
        {
          words:
            kind === 'employees'
              ? text(
                  "The participating companies' employees in each industry × size class, against the population table's cell",
                  'De deltagende virksomheders ansatte i hver branche × størrelsesklasse, mod populationstabellens celle',
                )
              : text(
                  "The number of participating companies in each industry × size class, against the population table's firms",
                  'Antallet af deltagende virksomheder i hver branche × størrelsesklasse, mod populationstabellens virksomheder',
                ),
          symbols: kind === 'employees' ? 'Σ_k employees_k / employees_{i,s}' : 'n_{i,s} / F_{i,s}',
        },
        { rows: over.flatMap((o) => o.rows) },
      ),
      message: text(
        `The participants have ${shareText}% of the ${what.en} of the population in industry ${worst.nace}, ${worst.sizeClass} employees${others > 0 ? ` (and ${others} more cell${others > 1 ? 's' : ''} above ${pct(thresholds.coverage_warn)}%)` : ''}: ${impossible ? 'more than exist, so the population table does not match the reports' : 'a large part of the industry already takes part, so little is left to scale up to'}.`,
        `Deltagerne har ${shareTextDa} % af populationens ${what.da} i branche ${worst.nace}, ${worst.sizeClass} ansatte${others > 0 ? ` (og ${others} celle${others > 1 ? 'r' : ''} mere over ${pctDa(thresholds.coverage_warn)} %)` : ''}: ${impossible ? 'flere, end der findes, så populationstabellen passer ikke til rapporterne' : 'en stor del af branchen deltager allerede, så der er kun lidt tilbage at skalere op til'}.`,
      ),
    });
  }

  const high = result.effectSizes.filter((e) => e.value > thresholds.effect_size_max).sort((a, b) => b.value - a.value);
  if (high.length > 0) {
    const top = high[0]!;
    const theme = top.id.replace(/^effect_size:/, '');
    out.push({
      id: 'effect_size_high',
      level: 'caution',
      value: top.value,
      threshold: thresholds.effect_size_max,
      evidence: top,
      theme,
      message: text(
        `Theme ${themeName(theme).en}: its participants report gains of ${pct(top.value)}% of the value added of the affected activity${high.length > 1 ? ` (${high.length - 1} more theme${high.length > 2 ? 's' : ''} above ${pct(thresholds.effect_size_max)}%)` : ''}: implausibly large for process innovations; check the affected employees.`,
        `Temaet ${themeName(theme).da}: deltagerne rapporterer gevinster på ${pctDa(top.value)} % af værditilvæksten i den berørte aktivitet${high.length > 1 ? ` (${high.length - 1} tema${high.length > 2 ? 'er' : ''} mere over ${pctDa(thresholds.effect_size_max)} %)` : ''}: usandsynligt stort for procesinnovationer; tjek de berørte ansatte.`,
      ),
    });
  }

  const r = result.reportedWeighted.value;
  if (r > 0 && result.nationalPotential.value < r) {
    out.push({
      id: 'potential_below_reported',
      level: 'implausible',
      value: result.nationalPotential.value / r,
      threshold: 1,
      evidence: result.nationalPotential,
      message: text(
        'The national potential is smaller than the reported gains it is scaled up from: the population table most likely does not match the reports (industries, size classes or year).',
        'Det nationale potentiale er mindre end de rapporterede gevinster, det er skaleret op fra: populationstabellen passer sandsynligvis ikke til rapporterne (brancher, størrelsesklasser eller år).',
      ),
    });
  }

  if (result.bcr.value > thresholds.bcr_max) {
    out.push({
      id: 'bcr_high',
      level: 'caution',
      value: result.bcr.value,
      threshold: thresholds.bcr_max,
      evidence: result.bcr,
      message: text(
        `The potential benefit-cost ratio is ${num(result.bcr.value)}, above ${thresholds.bcr_max}: it assumes every relevant firm adopts the results and credits ${pct(result.params.attribution)}% of it to the programme. The realised ratio is ${num(result.realised.bcr.value)}.`,
        `Den potentielle benefit-cost-ratio er ${numDa(result.bcr.value)}, over ${thresholds.bcr_max}: den forudsætter, at alle relevante virksomheder tager resultaterne i brug, og tilskriver ${pctDa(result.params.attribution)} % af det til programmet. Den realiserede ratio er ${numDa(result.realised.bcr.value)}.`,
      ),
    });
  }

  const top = data.topCompany;
  if (top && realised > 0 && top.realisedDkk / realised > thresholds.concentration_max) {
    const share = top.realisedDkk / realised;
    const name = top.name ?? top.companyId;
    out.push({
      id: 'concentration',
      level: 'caution',
      value: share,
      threshold: thresholds.concentration_max,
      evidence: null,
      companyId: top.companyId,
      message: text(
        `One company, ${name}, holds ${pct(share)}% of the realised gains: the scale-up rests mostly on its report.`,
        `Én virksomhed, ${name}, står for ${pctDa(share)} % af de realiserede gevinster: opskaleringen hviler mest på dens indberetning.`,
      ),
    });
  }

  if (expected > 0 && (realised <= 0 ? Number.POSITIVE_INFINITY : expected / realised) > thresholds.expected_ratio_max) {
    const ratio = realised <= 0 ? Number.POSITIVE_INFINITY : expected / realised;
    out.push({
      id: 'expected_dominates',
      level: 'caution',
      value: Number.isFinite(ratio) ? ratio : Number.MAX_VALUE,
      threshold: thresholds.expected_ratio_max,
      evidence: result.reportedExpected,
      message: text(
        `Expected gains are ${Number.isFinite(ratio) ? `${num(ratio)} times` : 'many times'} the realised ones: they are hopes more than results, and counting them would dominate every figure.`,
        `De forventede gevinster er ${Number.isFinite(ratio) ? `${numDa(ratio)} gange` : 'mange gange'} de realiserede: de er forhåbninger mere end resultater, og at tælle dem med ville dominere alle tal.`,
      ),
    });
  }

  if (data.populationYear !== null && data.reportsMedianYear !== null) {
    const gap = Math.abs(data.populationYear - data.reportsMedianYear);
    if (gap > thresholds.population_year_gap) {
      out.push({
        id: 'population_year',
        level: 'caution',
        value: gap,
        threshold: thresholds.population_year_gap,
        evidence: null,
        message: text(
          `The population table is from ${data.populationYear}, ${num(gap, 0)} years from the reports' median year ${num(data.reportsMedianYear, 1)}: the gains are scaled to a different economy.`,
          `Populationstabellen er fra ${data.populationYear}, ${numDa(gap, 0)} år fra rapporternes medianår ${numDa(data.reportsMedianYear, 1)}: gevinsterne skaleres op til en anden økonomi.`,
        ),
      });
    }
  }
  return out;
}

function baseRows(input: ModelInput, nace: number, sizeClass: SizeClass): RowRef[] {
  return input.bases.filter((b) => b.nace === nace && b.sizeClass === sizeClass).map((b) => ({ kind: 'base' as const, ...b }));
}

export function thresholdValues(): CheckThresholds {
  return Object.fromEntries(Object.entries(CHECK_THRESHOLDS).map(([k, v]) => [k, v.value])) as CheckThresholds;
}
