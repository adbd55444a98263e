import type { BaseCell, GainCell, ModelInput, PopulationCell, SizeClass } from './cells';
import { SIZE_CLASSES } from './cells';
import type { ModelWarning, RowRef } from './figure';
import { text } from './figure';
import { valueAddedIndex, type ValueAddedIndex } from './value-added';

/** Sums over one theme × industry: what the effect size needs, before any parameter is applied. */
interface ThemeIndustry {
  nace: number;
  realised: number;
  expected: number;
  /** Σ affected_employees × value added per employee, over companies that report affected employees. */
  affectedValueAdded: number;
  /** Σ employees × value added per employee, over companies that do not (scaled by affected_share later). */
  unreportedValueAdded: number;
  companies: number;
}

export interface PreparedTheme extends Omit<ThemeIndustry, 'nace'> {
  theme: string;
  industries: Map<number, ThemeIndustry>;
  gainRows: RowRef[];
  baseRows: RowRef[];
}

interface PreparedPopulation {
  nace: number;
  sizeClass: SizeClass;
  sizeRank: number;
  firms: number;
  employees: number;
  valueAdded: number;
  row: RowRef;
}

export interface PreparedInput {
  themes: PreparedTheme[];
  population: PreparedPopulation[];
  /** Explicit relevance by theme, then industry. */
  relevance: Map<string, Map<number, { value: number; row: RowRef }>>;
  realised: number;
  expected: number;
  gainRows: RowRef[];
  baseRows: RowRef[];
  realisedRows: RowRef[];
  expectedRows: RowRef[];
  populationRows: RowRef[];
  warnings: ModelWarning[];
}

const SIZE_RANK = new Map<string, number>(SIZE_CLASSES.map((s, i) => [s, i]));
/**
 * Plausibility bounds on cell values. Danish GDP is about DKK 2.5e12, so a cell beyond DKK 1e15 or 1e9 people is a
 * data error; the bounds also keep every product of the chain far from floating-point overflow.
 */
const MAX_AMOUNT_DKK = 1e15;
const MAX_COUNT = 1e9;
const amount = (x: number) => Number.isFinite(x) && Math.abs(x) <= MAX_AMOUNT_DKK;
const nonNegativeAmount = (x: number) => amount(x) && x >= 0;
const count = (x: number) => Number.isFinite(x) && x >= 0 && x <= MAX_COUNT;

function invalid(what: string, whatDa: string, cell: object): ModelWarning {
  const json = JSON.stringify(cell);
  return {
    code: 'invalid-cell',
    message: text(
      `${what} skipped: a value is missing, not a finite number, negative or implausibly large (${json})`,
      `${whatDa} sprunget over: en værdi mangler, er ikke et endeligt tal, er negativ eller urimeligt stor (${json})`,
    ),
  };
}

// Written out rather than with rest parameters: these run once per cell, thousands of times per data set.
function validGain(g: GainCell): boolean {
  return (
    SIZE_RANK.has(g.sizeClass) &&
    (g.status === 'realised' || g.status === 'expected') &&
    amount(g.gainDkk) &&
    Number.isFinite(g.nace) &&
    Number.isFinite(g.year) &&
    count(g.reports)
  );
}
function validBase(b: BaseCell): boolean {
  return (
    SIZE_RANK.has(b.sizeClass) &&
    Number.isFinite(b.nace) &&
    count(b.companies) &&
    count(b.affectedEmployees) &&
    count(b.employeesWithoutAffected)
  );
}
function validPopulation(p: PopulationCell): boolean {
  return (
    SIZE_RANK.has(p.sizeClass) &&
    Number.isFinite(p.nace) &&
    count(p.firms) &&
    count(p.employees) &&
    nonNegativeAmount(p.valueAddedDkk)
  );
}

function emptyIndustry(nace: number): ThemeIndustry {
  return { nace, realised: 0, expected: 0, affectedValueAdded: 0, unreportedValueAdded: 0, companies: 0 };
}

function themeOf(themes: Map<string, PreparedTheme>, theme: string): PreparedTheme {
  let t = themes.get(theme);
  if (!t) {
    t = {
      theme,
      industries: new Map(),
      realised: 0,
      expected: 0,
      affectedValueAdded: 0,
      unreportedValueAdded: 0,
      companies: 0,
      gainRows: [],
      baseRows: [],
    };
    themes.set(theme, t);
  }
  return t;
}

function industryOf(t: PreparedTheme, nace: number): ThemeIndustry {
  let ti = t.industries.get(nace);
  if (!ti) t.industries.set(nace, (ti = emptyIndustry(nace)));
  return ti;
}

function preparePopulation(cells: readonly PopulationCell[], warnings: ModelWarning[]): PreparedPopulation[] {
  const byCell = new Map<number, PreparedPopulation>();
  for (const p of cells) {
    if (!validPopulation(p)) {
      warnings.push(invalid('Population row', 'Populationsrække', p));
      continue;
    }
    const sizeRank = SIZE_RANK.get(p.sizeClass) ?? 0;
    const key = p.nace * SIZE_CLASSES.length + sizeRank;
    const prev = byCell.get(key);
    // Duplicate cells (a user's table split by region, say) add up rather than overwrite each other.
    const firms = (prev?.firms ?? 0) + p.firms;
    const employees = (prev?.employees ?? 0) + p.employees;
    const valueAdded = (prev?.valueAdded ?? 0) + p.valueAddedDkk;
    const row: RowRef = { kind: 'population', nace: p.nace, sizeClass: p.sizeClass, firms, employees, valueAddedDkk: valueAdded };
    byCell.set(key, { nace: p.nace, sizeClass: p.sizeClass, sizeRank, firms, employees, valueAdded, row });
  }
  return [...byCell.values()].sort((a, b) => a.nace - b.nace || a.sizeRank - b.sizeRank);
}

function addGains(themes: Map<string, PreparedTheme>, gains: readonly GainCell[], out: PreparedInput): void {
  let t: PreparedTheme | undefined;
  let ti: ThemeIndustry | undefined;
  for (const g of gains) {
    if (!validGain(g)) {
      out.warnings.push(invalid('Gain cell', 'Gevinstcelle', g));
      continue;
    }
    // Cells arrive grouped (the SQL orders them), so the previous cell's theme and industry usually match.
    if (g.theme !== t?.theme) {
      t = themeOf(themes, g.theme);
      ti = undefined;
    }
    if (g.nace !== ti?.nace) ti = industryOf(t, g.nace);
    const row: RowRef = {
      kind: 'gain',
      theme: g.theme,
      nace: g.nace,
      sizeClass: g.sizeClass,
      status: g.status,
      year: g.year,
      gainType: g.gainType,
      gainDkk: g.gainDkk,
      reports: g.reports,
    };
    t.gainRows.push(row);
    out.gainRows.push(row);
    if (g.status === 'realised') {
      t.realised += g.gainDkk;
      ti.realised += g.gainDkk;
      out.realised += g.gainDkk;
      out.realisedRows.push(row);
    } else {
      t.expected += g.gainDkk;
      ti.expected += g.gainDkk;
      out.expected += g.gainDkk;
      out.expectedRows.push(row);
    }
  }
}

function addBases(
  themes: Map<string, PreparedTheme>,
  bases: readonly BaseCell[],
  va: ValueAddedIndex,
  warnings: ModelWarning[],
): void {
  for (const b of bases) {
    if (!validBase(b)) {
      warnings.push(invalid('Participant base cell', 'Deltagergrundlagscelle', b));
      continue;
    }
    const t = themeOf(themes, b.theme);
    const ti = industryOf(t, b.nace);
    const perEmployee = va.perEmployee(b.nace, b.sizeClass, b.theme, warnings);
    const affected = b.affectedEmployees * perEmployee;
    const unreported = b.employeesWithoutAffected * perEmployee;
    t.baseRows.push({
      kind: 'base',
      theme: b.theme,
      nace: b.nace,
      sizeClass: b.sizeClass,
      companies: b.companies,
      affectedEmployees: b.affectedEmployees,
      employeesWithoutAffected: b.employeesWithoutAffected,
    });
    t.affectedValueAdded += affected;
    ti.affectedValueAdded += affected;
    t.unreportedValueAdded += unreported;
    ti.unreportedValueAdded += unreported;
    t.companies += b.companies;
    ti.companies += b.companies;
  }
}

function prepareRelevance(input: ModelInput, warnings: ModelWarning[]): PreparedInput['relevance'] {
  const out: PreparedInput['relevance'] = new Map();
  for (const r of input.relevance) {
    if (!Number.isFinite(r.relevance) || !Number.isFinite(r.nace)) {
      warnings.push(invalid('Relevance entry', 'Relevansværdi', r));
      continue;
    }
    const value = Math.min(1, Math.max(0, r.relevance));
    if (value !== r.relevance) {
      warnings.push({
        code: 'clamped-relevance',
        theme: r.theme,
        nace: r.nace,
        message: text(
          `Relevance of ${r.theme} to industry ${r.nace} was ${r.relevance}; clamped to ${value}`,
          `Relevansen af ${r.theme} for branche ${r.nace} var ${r.relevance}; begrænset til ${value}`,
        ),
      });
    }
    let byNace = out.get(r.theme);
    if (!byNace) out.set(r.theme, (byNace = new Map()));
    byNace.set(r.nace, { value, row: { kind: 'relevance', theme: r.theme, nace: r.nace, relevance: value } });
  }
  return out;
}

function build(input: ModelInput): PreparedInput {
  const warnings: ModelWarning[] = [];
  const population = preparePopulation(input.population, warnings);
  const out: PreparedInput = {
    themes: [],
    population,
    relevance: prepareRelevance(input, warnings),
    realised: 0,
    expected: 0,
    gainRows: [],
    baseRows: [],
    realisedRows: [],
    expectedRows: [],
    populationRows: population.map((p) => p.row),
    warnings,
  };
  const themes = new Map<string, PreparedTheme>();
  addGains(themes, input.gains, out);
  addBases(themes, input.bases, valueAddedIndex(population), warnings);
  out.baseRows = input.bases.length === 0 ? [] : [...themes.values()].flatMap((t) => t.baseRows);
  out.themes = [...themes.values()].sort((a, b) => (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0));
  return out;
}

// Goal seek and sensitivity sweeps evaluate one input under many parameter sets: everything that does not depend
// on the parameters is computed once per input object. The cache is invisible to callers (same result either way).
const cache = new WeakMap<ModelInput, PreparedInput>();

export function prepare(input: ModelInput): PreparedInput {
  let p = cache.get(input);
  if (!p) cache.set(input, (p = build(input)));
  return p;
}

/** For tests and benches that must measure the uncached path. */
export function prepareUncached(input: ModelInput): PreparedInput {
  return build(input);
}
