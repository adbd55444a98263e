import type { SizeClass, Status } from '../../src/model';
import { createRng, type Rng } from './prng';
import { companyNamer } from './names';
import type { PopulationRow } from './population';
import { COMPANIES_BY_NACE, THEMES, type Theme } from './themes';

/** One row of the canonical reported-gains format. */
export interface GainRow {
  project_id: string;
  project_title: string;
  theme: string;
  company_id: string;
  company_name: string;
  nace: number;
  employees: number;
  affected_employees: number | null;
  size_class: SizeClass;
  year: number;
  gain_type: string;
  annual_gain_dkk: number;
  status: Status;
}

export interface Company {
  id: string;
  name: string;
  nace: number;
  employees: number;
  sizeClass: SizeClass;
  /** Part of the company where the results are used; null for the companies that do not report it. */
  affected: number | null;
}

export interface Project {
  id: string;
  title: string;
  theme: Theme;
  partners: Company[];
}

export const REALISED_TOTAL_DKK = 90_000_000;
/** Companies that leave affected_employees empty (~10%), so the affected_share fallback is exercised. */
export const COMPANIES_WITHOUT_AFFECTED = 15;

export function sizeClassOf(employees: number): SizeClass {
  return employees < 10 ? '0-9' : employees < 50 ? '10-49' : employees < 250 ? '50-249' : '250+';
}

const SIZE_WEIGHTS: Readonly<Record<number, readonly number[]>> = {
  21: [0, 0, 1, 2],
  33: [0.3, 0.5, 0.2, 0],
  10: [0.1, 0.35, 0.3, 0.25],
  26: [0.12, 0.38, 0.3, 0.2],
  27: [0.12, 0.38, 0.3, 0.2],
  28: [0.1, 0.36, 0.32, 0.22],
};
const DEFAULT_SIZE_WEIGHTS = [0.2, 0.42, 0.26, 0.12];

const logUniform = (rng: Rng, lo: number, hi: number) =>
  Math.round(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo))));

/** The largest firms Danish manufacturing has per industry, roughly (default 2,000 employees). */
const LARGEST: Readonly<Partial<Record<number, number>>> = {
  10: 6000,
  21: 8000,
  27: 4000,
  28: 8000,
  32: 5000,
  25: 1500,
  22: 1500,
  33: 1200,
};

function drawEmployees(rng: Rng, size: SizeClass, nace: number): number {
  switch (size) {
    case '0-9':
      return rng.int(2, 9);
    case '10-49':
      return Math.min(49, Math.max(10, logUniform(rng, 10, 49)));
    case '50-249':
      return Math.min(249, Math.max(50, logUniform(rng, 50, 249)));
    case '250+':
      return Math.min(LARGEST[nace] ?? 2000, Math.round(250 * Math.exp(Math.abs(rng.normal()) * 1.2)));
  }
}

/** The share of a company that a research result reaches before tuning: most of a small firm, a line of a large one. */
const AFFECTED_RANGE: Readonly<Record<SizeClass, readonly [number, number]>> = {
  '0-9': [0.3, 0.8],
  '10-49': [0.15, 0.5],
  '50-249': [0.06, 0.28],
  '250+': [0.02, 0.12],
};

function makeCompanies(rng: Rng): Company[] {
  const name = companyNamer(rng);
  const naces = rng.shuffle(COMPANIES_BY_NACE.flatMap(([nace, n]) => Array.from({ length: n }, () => nace)));
  const companies = naces.map((nace, i): Company => {
    const weights = SIZE_WEIGHTS[nace] ?? DEFAULT_SIZE_WEIGHTS;
    const sizeClass = rng.weighted((['0-9', '10-49', '50-249', '250+'] as const).map((s, j) => [s, weights[j] ?? 0] as const));
    const employees = drawEmployees(rng, sizeClass, nace);
    const [lo, hi] = AFFECTED_RANGE[sizeClass];
    const affected = Math.min(employees, Math.max(1, Math.round(employees * (lo + rng.next() * (hi - lo)))));
    return { id: `C${String(i + 1).padStart(3, '0')}`, name: name(nace, employees), nace, employees, sizeClass, affected };
  });
  // The fallback is a rough 25% of all employees: keep it to companies below 250, where it is least misleading.
  const candidates = rng.shuffle(companies.filter((c) => c.sizeClass !== '250+'));
  for (const c of candidates.slice(0, COMPANIES_WITHOUT_AFFECTED)) c.affected = null;
  return companies;
}

function makeProjects(rng: Rng, companies: readonly Company[]): Project[] {
  const projects: Project[] = THEMES.flatMap((theme) =>
    theme.titles.map((title, i) => ({ id: `${theme.prefix}-${String(i + 1).padStart(2, '0')}`, title, theme, partners: [] })),
  );
  const affinity = (p: Project, c: Company) => p.theme.affinity[c.nace] ?? 1;
  // Every company joins one project, in the theme that suits its industry best (by chance), where partners are fewest.
  for (const c of rng.shuffle(companies)) {
    const theme = rng.weighted(THEMES.map((t) => [t, t.affinity[c.nace] ?? 1] as const));
    const open = projects.filter((p) => p.theme === theme);
    const fewest = Math.min(...open.map((p) => p.partners.length));
    rng.pick(open.filter((p) => p.partners.length === fewest)).partners.push(c);
  }
  // Large firms take part in several projects (as in MADE SPIR), medium ones sometimes.
  for (const c of companies) {
    const extra =
      c.sizeClass === '250+'
        ? rng.int(1, 3)
        : c.sizeClass === '50-249'
          ? rng.next() < 0.5
            ? 1
            : 0
          : c.sizeClass === '10-49' && rng.next() < 0.15
            ? 1
            : 0;
    for (let k = 0; k < extra; k++) {
      const open = projects.filter((p) => p.partners.length < 8 && !p.partners.includes(c));
      if (open.length === 0) break;
      rng.weighted(open.map((p) => [p, affinity(p, c)] as const)).partners.push(c);
    }
  }
  return projects;
}

const REALISED_BY_YEAR: Readonly<Record<number, number>> = { 2015: 0.85, 2016: 0.75, 2017: 0.55 };

interface Draft extends Omit<GainRow, 'annual_gain_dkk'> {
  raw: number;
}

function makeReports(rng: Rng, projects: readonly Project[], vaPerEmployee: (nace: number, size: SizeClass) => number): Draft[] {
  const drafts: Draft[] = [];
  for (const p of projects) {
    for (const c of p.partners) {
      const n = rng.weighted([
        [1, 3],
        [2, 4],
        [3, 2],
        [4, 1],
      ] as const);
      const seen = new Set<string>();
      // The result's reach in the company, valued at its industry's value added per employee; damped (^0.8) so a
      // few large partners do not report nearly everything.
      const reach = ((c.affected ?? c.employees * 0.25) * vaPerEmployee(c.nace, c.sizeClass)) ** 0.8;
      for (let k = 0, tries = 0; k < n && tries < 20; tries++) {
        const year = rng.weighted([
          [2015, 1],
          [2016, 2],
          [2017, 3],
        ] as const);
        const gainType = rng.weighted(p.theme.gainTypes);
        const status: Status = rng.next() < (REALISED_BY_YEAR[year] ?? 0.6) ? 'realised' : 'expected';
        const key = `${year}|${gainType}|${status}`;
        if (seen.has(key)) continue;
        seen.add(key);
        k++;
        drafts.push({
          project_id: p.id,
          project_title: p.title,
          theme: p.theme.id,
          company_id: c.id,
          company_name: c.name,
          nace: c.nace,
          employees: c.employees,
          affected_employees: c.affected,
          size_class: c.sizeClass,
          year,
          gain_type: gainType,
          status,
          raw: reach * Math.exp(0.7 * rng.normal()),
        });
      }
    }
  }
  return drafts;
}

/**
 * Scales the drafted amounts so realised gains add up to exactly `REALISED_TOTAL_DKK`, in whole thousands as
 * partners report them (expected gains a little more optimistic); the rounding residue goes to the largest report.
 */
function amounts(drafts: readonly Draft[]): GainRow[] {
  const realisedRaw = drafts.filter((d) => d.status === 'realised').reduce((s, d) => s + d.raw, 0);
  const f = REALISED_TOTAL_DKK / realisedRaw;
  const rows = drafts.map(({ raw, ...d }): GainRow => ({
    ...d,
    annual_gain_dkk: Math.max(1, Math.round((raw * f * (d.status === 'expected' ? 1.2 : 1)) / 1000)) * 1000,
  }));
  const realised = rows.filter((r) => r.status === 'realised');
  const residue = REALISED_TOTAL_DKK - realised.reduce((s, r) => s + r.annual_gain_dkk, 0);
  const largest = realised.reduce((a, b) => (b.annual_gain_dkk > a.annual_gain_dkk ? b : a));
  largest.annual_gain_dkk += residue;
  return rows;
}

export interface Programme {
  companies: Company[];
  projects: Project[];
  rows: GainRow[];
}

/** The synthetic programme before tuning: companies, projects and gain reports, all from one seed. */
export function buildProgramme(seed: string, population: readonly PopulationRow[]): Programme {
  const rng = createRng(seed);
  const companies = makeCompanies(rng);
  const projects = makeProjects(rng, companies);
  const va = new Map(population.map((p) => [`${p.nace}|${p.sizeClass}`, p.employees > 0 ? p.valueAddedDkk / p.employees : 0]));
  const rows = amounts(makeReports(rng, projects, (nace, size) => va.get(`${nace}|${size}`) ?? 900_000));
  rows.sort(
    (a, b) =>
      a.project_id.localeCompare(b.project_id) ||
      a.company_id.localeCompare(b.company_id) ||
      a.year - b.year ||
      a.status.localeCompare(b.status) ||
      a.gain_type.localeCompare(b.gain_type),
  );
  return { companies, projects, rows };
}
