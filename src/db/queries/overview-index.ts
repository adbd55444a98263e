import type { CheckInput, ModelInput, SizeClass, Status } from '../../model';
import type { IndustryCoverage, ReportedGroup, TopCompany, TopProject } from './breakdowns';
import { FILTER_DIMENSIONS, isIntegerText, type Filters } from './filters-sql';
import type { DatasetSummary } from './overview';
import { byteOrder, topCodes, type CubeCell, type OverviewData } from './overview-index-load';
import { RowGroups, shortest } from './overview-index-groups';
import { median } from './overview-index-median';

/** Every Overview query's answer for one set of cross-filters, equal to what its SQL returns. */
export interface OverviewAnswers {
  summary: DatasetSummary;
  modelInput: ModelInput;
  checkInput: CheckInput;
  byYear: ReportedGroup[];
  byGainType: ReportedGroup[];
  byStatus: ReportedGroup[];
  topProjects: TopProject[];
  topCompanies: TopCompany[];
  coverage: IndustryCoverage[];
}

const ANY = -1;
const NONE = -2;
// Which filters a row fails, one bit a dimension: a breakdown leaves out its own dimension's bit.
const THEME = 1;
const NACE = 2;
const SIZE = 4;
const YEAR = 8;
const GAIN_TYPE = 16;
const STATUS = 32;

// Typed arrays index without a check (the arrays are sized to every code), so the sums add through one place.
const inc = (a: Float64Array, k: number, v: number) => {
  a[k] = (a[k] as number) + v;
};

const code = (dict: readonly string[], v: string | undefined) =>
  v === undefined ? ANY : dict.indexOf(v) < 0 ? NONE : dict.indexOf(v);
const intOf = (v: string | undefined) => (v === undefined ? undefined : isIntegerText(v) ? Number(v) : NaN);

/** A cube cell's failed filters, as the row bits above. */
function cellMisses(c: CubeCell, f: Filters, nace: number | undefined, year: number | undefined): number {
  let m = 0;
  if (f.theme !== undefined && c.theme !== f.theme) m |= THEME;
  if (nace !== undefined && c.nace !== nace) m |= NACE;
  if (f.size_class !== undefined && c.sizeClass !== f.size_class) m |= SIZE;
  if (year !== undefined && c.year !== year) m |= YEAR;
  if (f.gain_type !== undefined && c.gainType !== f.gain_type) m |= GAIN_TYPE;
  if (f.status !== undefined && c.status !== f.status) m |= STATUS;
  return m;
}

/**
 * Answers the Overview's queries from OverviewData in JS: the cube's cells for sums, one pass over the coded rows
 * for distinct counts and top lists. Null for project or company filters (5k and 250k keys): SQL answers those.
 */
export class OverviewIndex {
  private gen = 0;
  private readonly companyGen: Int32Array;
  private readonly coverGen: Int32Array;
  private readonly companySum: Float64Array;
  private readonly companyHas: Int32Array;
  private readonly projectGen: Int32Array;
  private readonly projectSum: Float64Array;
  private readonly projectHas: Int32Array;
  private readonly themeCompanyGen: Int32Array;
  /** passGen[i] === gen: row i passes every filter of the answer being computed. */
  private readonly passGen: Int32Array;
  // The rows of each industry, theme and year in row order, so a filter on one goes through its rows only: built on
  // first use or by prepare() in idle time (a third of the build each), not before the index's first answers.
  private groups: { nace?: RowGroups; theme?: RowGroups; year?: RowGroups } = {};
  private readonly recent = new Map<string, OverviewAnswers>();
  // Coverage by industry leaves out the industry filter: kept by the other filters, a click on another industry skips
  // the pass's random access a row for it (the company's coverage mark).
  private readonly coverMemo = new Map<string, IndustryCoverage[]>();

  constructor(readonly data: OverviewData) {
    const nc = data.companies.ids.length;
    const np = data.projects.ids.length;
    this.companyGen = new Int32Array(nc);
    this.coverGen = new Int32Array(nc);
    this.companySum = new Float64Array(nc);
    this.companyHas = new Int32Array(nc);
    this.projectGen = new Int32Array(np);
    this.projectSum = new Float64Array(np);
    this.projectHas = new Int32Array(np);
    this.themeCompanyGen = new Int32Array(nc * data.themes.length);
    this.passGen = new Int32Array(data.rows.company.length);
  }

  private byNace = () => (this.groups.nace ??= new RowGroups(this.data.rows.nace, this.data.naces.length));
  private byTheme = () => (this.groups.theme ??= new RowGroups(this.data.rows.theme, this.data.themes.length));
  private byYear = () => (this.groups.year ??= RowGroups.spanning(this.data.rows.year));

  /** Builds the next row grouping not built yet; false when all are. */
  prepare(): boolean {
    const g = this.groups;
    if (!g.nace) this.byNace();
    else if (!g.theme) this.byTheme();
    else if (!g.year) this.byYear();
    else return false;
    return true;
  }

  /** Whether an index answers `filters`: not when a filter is on project or company. */
  static answers(filters: Filters): boolean {
    return typeof filters.project !== 'string' && typeof filters.company !== 'string';
  }

  /** The answers for `filters`, or null when a filter is on project or company. The last few are kept. */
  answer(filters: Filters): OverviewAnswers | null {
    if (!OverviewIndex.answers(filters)) return null;
    const key = JSON.stringify(FILTER_DIMENSIONS.map((d) => filters[d] ?? null));
    const hit = this.recent.get(key);
    if (hit) return hit;
    const out = this.compute(filters);
    this.recent.set(key, out);
    if (this.recent.size > 8) this.recent.delete(this.recent.keys().next().value as string);
    return out;
  }

  private compute(f: Filters): OverviewAnswers {
    const d = this.data;
    const nace = intOf(f.industry);
    const year = intOf(f.year);
    const cube = this.fromCube(f, nace, year);
    const gen = ++this.gen;
    const { rows, companies: co } = d;
    const fTheme = code(d.themes, f.theme);
    const fNace = nace === undefined ? ANY : d.naces.indexOf(nace) < 0 ? NONE : d.naces.indexOf(nace);
    const fSize = code(d.sizes, f.size_class);
    const fGain = code(d.gainTypes, f.gain_type);
    const fStatus = code(d.statuses, f.status);
    const realised = d.statuses.indexOf('realised');
    const nThemes = d.themes.length;
    const nNace = d.naces.length;
    const nSize = d.sizes.length;
    const nc = co.ids.length;
    // (theme × nace × size) bases, (nace × size) participants, per nace coverage.
    const bases = new Float64Array(nThemes * nNace * nSize * 3);
    const part = new Float64Array(nNace * nSize * 2);
    const cover = new Float64Array(nNace * 2);
    const coverKey = JSON.stringify(FILTER_DIMENSIONS.map((k) => (k === 'industry' ? null : (f[k] ?? null))));
    const knownCover = this.coverMemo.get(coverKey);
    const wantCover = knownCover === undefined;
    let projects = 0;
    let companies = 0;
    // Only rows in every filtered group can pass: the pass goes through the smallest such group, in row order (the
    // sums add in the same order as a whole pass). Coverage leaves out the industry filter, so while it is not known
    // the industry's group does not bound the rows it reads.
    const pass = shortest([
      fTheme !== ANY ? this.byTheme().range(fTheme) : null,
      year !== undefined ? this.byYear().range(year) : null,
      fNace !== ANY && !wantCover ? this.byNace().range(fNace) : null,
    ]);
    const list = pass?.rows;
    for (let k = pass ? pass.lo : 0, hi = pass ? pass.hi : rows.company.length; k < hi; k++) {
      const i = list ? (list[k] as number) : k;
      const c = rows.company[i] as number;
      let m = 0;
      if (fTheme !== ANY && rows.theme[i] !== fTheme) m |= THEME;
      const cn = rows.nace[i] as number;
      if (fNace !== ANY && cn !== fNace) m |= NACE;
      if (fSize !== ANY && rows.size[i] !== fSize) m |= SIZE;
      if (year !== undefined && rows.year[i] !== year) m |= YEAR;
      if (fGain !== ANY && rows.gainType[i] !== fGain) m |= GAIN_TYPE;
      if (fStatus !== ANY && rows.status[i] !== fStatus) m |= STATUS;
      if (wantCover && (m & ~NACE) === 0 && cn >= 0 && this.coverGen[c] !== gen) {
        this.coverGen[c] = gen;
        inc(cover, cn * 2, 1);
        const e = co.employees[c] as number;
        if (e === e) inc(cover, cn * 2 + 1, e);
      }
      if (m !== 0) continue;
      this.passGen[i] = gen;
      const p = rows.project[i] as number;
      const cs = rows.size[i] as number;
      if (this.projectGen[p] !== gen) {
        this.projectGen[p] = gen;
        projects++;
      }
      if (this.companyGen[c] !== gen) {
        this.companyGen[c] = gen;
        companies++;
        if (cs >= 0) {
          const k = (cn * nSize + cs) * 2;
          inc(part, k, 1);
          const e = co.employees[c] as number;
          if (e === e) inc(part, k + 1, e);
        }
      }
      const t = rows.theme[i] as number;
      if (cs >= 0 && this.themeCompanyGen[t * nc + c] !== gen) {
        this.themeCompanyGen[t * nc + c] = gen;
        const k = ((t * nNace + cn) * nSize + cs) * 3;
        inc(bases, k, 1);
        const a = co.affected[c] as number;
        const e = co.employees[c] as number;
        if (a === a) inc(bases, k + 1, a);
        else if (e === e) inc(bases, k + 2, e);
      }
      if (rows.status[i] === realised) {
        const g = rows.gain[i] as number;
        const p0 = this.projectHas[p] === gen;
        this.projectSum[p] = p0 ? (this.projectSum[p] as number) + g : g;
        this.projectHas[p] = gen;
        const c0 = this.companyHas[c] === gen;
        this.companySum[c] = c0 ? (this.companySum[c] as number) + g : g;
        this.companyHas[c] = gen;
      }
    }

    const topProjects: TopProject[] = topCodes(this.projectSum, this.projectHas, gen).map((p) => {
      const seen = new Set<number>();
      for (let k = d.projectStart[p] as number; k < (d.projectStart[p + 1] as number); k++) {
        const i = d.projectRows[k] as number;
        if (this.passGen[i] === gen && rows.status[i] === realised) seen.add(rows.company[i] as number);
      }
      return {
        projectId: d.projects.ids[p] as string,
        title: d.projects.titles[p] ?? null,
        theme: d.projects.themes[p] ?? null,
        companies: seen.size,
        realisedDkk: this.projectSum[p] as number,
      };
    });
    // Company codes are rowids, not in id order: equal sums are ordered by their ids as SQL's ORDER BY does.
    const idBefore = (a: number, b: number) => byteOrder(co.ids.get(a) ?? '', co.ids.get(b) ?? '') < 0;
    const topCompanies: TopCompany[] = topCodes(this.companySum, this.companyHas, gen, idBefore).map((c) => ({
      companyId: co.ids.get(c) as string, // company_id is a key: never NULL
      name: co.names.get(c),
      nace: (co.nace[c] as number) >= 0 ? (d.naces[co.nace[c] as number] as number) : null,
      sizeClass: (co.size[c] as number) >= 0 ? (d.sizes[co.size[c] as number] as string) : null,
      realisedDkk: this.companySum[c] as number,
    }));
    const first = topCompanies[0];
    const coverage = knownCover ?? this.coverage(cover);
    if (wantCover) {
      this.coverMemo.set(coverKey, coverage);
      if (this.coverMemo.size > 8) this.coverMemo.delete(this.coverMemo.keys().next().value as string);
    }

    const baseCells: ModelInput['bases'][number][] = [];
    for (let t = 0; t < nThemes; t++)
      for (let a = 0; a < nNace; a++)
        for (let s = 0; s < nSize; s++) {
          const k = ((t * nNace + a) * nSize + s) * 3;
          if (bases[k] === 0) continue;
          baseCells.push({
            theme: d.themes[t] as string,
            nace: d.naces[a] as number,
            sizeClass: d.sizes[s] as SizeClass,
            companies: bases[k] as number,
            affectedEmployees: bases[k + 1] as number,
            employeesWithoutAffected: bases[k + 2] as number,
          });
        }
    const participants: CheckInput['participants'][number][] = [];
    for (let a = 0; a < nNace; a++)
      for (let s = 0; s < nSize; s++) {
        const k = (a * nSize + s) * 2;
        if (part[k] === 0) continue;
        participants.push({
          nace: d.naces[a] as number,
          sizeClass: d.sizes[s] as SizeClass,
          companies: part[k] as number,
          employees: part[k + 1] as number,
        });
      }
    return {
      summary: { ...cube.summary, projects, companies },
      modelInput: { gains: cube.gains, bases: baseCells, population: d.population, relevance: d.relevance },
      checkInput: {
        participants,
        topCompany:
          first && first.realisedDkk > 0
            ? { companyId: first.companyId, name: first.name, realisedDkk: first.realisedDkk }
            : null,
        populationYear: d.populationYear,
        reportsMedianYear: cube.medianYear,
      },
      byYear: cube.byYear,
      byGainType: cube.byGainType,
      byStatus: cube.byStatus,
      topProjects,
      topCompanies,
      coverage,
    };
  }

  private coverage(cover: Float64Array): IndustryCoverage[] {
    const d = this.data;
    const byNace = new Map<number, IndustryCoverage>();
    for (const p of d.populationByNace)
      byNace.set(p.nace, {
        nace: p.nace,
        nameDa: p.nameDa,
        nameEn: p.nameEn,
        participants: 0,
        participantEmployees: 0,
        populationFirms: p.firms,
        populationEmployees: p.employees,
      });
    d.naces.forEach((nace, a) => {
      if (cover[a * 2] === 0) return;
      const row = byNace.get(nace) ?? {
        nace,
        nameDa: null,
        nameEn: null,
        participants: 0,
        participantEmployees: 0,
        populationFirms: 0,
        populationEmployees: 0,
      };
      row.participants = cover[a * 2] as number;
      row.participantEmployees = cover[a * 2 + 1] as number;
      byNace.set(nace, row);
    });
    return [...byNace.values()].sort((a, b) => a.nace - b.nace);
  }

  /** Everything the cube's cells answer: the sums, the reported breakdowns, the model's gain cells, the median year. */
  private fromCube(f: Filters, nace: number | undefined, year: number | undefined) {
    const group = () => new Map<string | null, ReportedGroup>();
    const byYear = group();
    const byGainType = group();
    const byStatus = group();
    const add = (m: Map<string | null, ReportedGroup>, key: string | null, c: CubeCell) => {
      let g = m.get(key);
      if (!g) m.set(key, (g = { key, realisedDkk: 0, expectedDkk: 0, totalDkk: 0, reports: 0 }));
      if (c.status === 'realised') g.realisedDkk += c.gainDkk;
      if (c.status === 'expected') g.expectedDkk += c.gainDkk;
      g.totalDkk += c.gainDkk;
      g.reports += c.reports;
    };
    const s = {
      reports: 0,
      realisedDkk: 0,
      expectedDkk: 0,
      firstYear: null as number | null,
      lastYear: null as number | null,
      reportsWithoutSize: 0,
    };
    const themes = new Set<string>();
    const years = new Map<number, number>();
    const gains: ModelInput['gains'][number][] = [];
    for (const c of this.data.cube) {
      const m = cellMisses(c, f, nace, year);
      if ((m & ~YEAR) === 0) add(byYear, String(c.year), c);
      if ((m & ~GAIN_TYPE) === 0) add(byGainType, c.gainType, c);
      if ((m & ~STATUS) === 0) add(byStatus, c.status, c);
      if (m !== 0) continue;
      s.reports += c.reports;
      if (c.status === 'realised') s.realisedDkk += c.gainDkk;
      if (c.status === 'expected') s.expectedDkk += c.gainDkk;
      if (s.firstYear === null || c.year < s.firstYear) s.firstYear = c.year;
      if (s.lastYear === null || c.year > s.lastYear) s.lastYear = c.year;
      if (c.sizeClass === null) s.reportsWithoutSize += c.reports;
      themes.add(c.theme);
      years.set(c.year, (years.get(c.year) ?? 0) + c.reports);
      if (c.sizeClass !== null)
        gains.push({
          theme: c.theme,
          nace: c.nace,
          sizeClass: c.sizeClass as SizeClass,
          year: c.year,
          status: c.status as Status,
          gainType: c.gainType,
          gainDkk: c.gainDkk,
          reports: c.reports,
        });
    }
    // The model's cells in SQL's ORDER BY ALL (theme, nace, size class, year, status, gain type): the cube is
    // stored by gain type before status.
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    gains.sort(
      (a, b) =>
        cmp(a.theme, b.theme) ||
        a.nace - b.nace ||
        cmp(a.sizeClass, b.sizeClass) ||
        a.year - b.year ||
        cmp(a.status, b.status) ||
        cmp(a.gainType, b.gainType),
    );
    const byTotal = (a: ReportedGroup, b: ReportedGroup) =>
      b.totalDkk - a.totalDkk || (a.key === null ? 1 : b.key === null ? -1 : cmp(a.key, b.key));
    return {
      summary: { ...s, themes: themes.size },
      gains,
      medianYear: median(years),
      byYear: [...byYear.values()].sort((a, b) => Number(a.key) - Number(b.key)),
      byGainType: [...byGainType.values()].sort(byTotal),
      byStatus: [...byStatus.values()].sort(byTotal),
    };
  }
}
