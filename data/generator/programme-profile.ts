// The programme profile's demo tables (funding, members, activities): public figures where they exist, synthetic
// rows generated around them so that their aggregates reproduce those figures exactly. Pure and seeded.
import { toCsv } from './csv';
import { createRng, type Rng } from './prng';
import { THEMES } from './themes';

export const PROFILE_SEED = 'spillover-programme-profile-1';
/** The rate the project already uses for EUR (813 MEUR = DKK 6.0975bn / 7.50); the May 2017 budget is in EUR. */
export const DKK_PER_EUR = 7.5;

/** The public figures the demo reproduces (sources in data/PROVENANCE.md). */
export const PUBLIC = {
  spir: { ifdGrantDkk: 64_000_000, totalBudgetDkk: 183_500_000, period: '2014-2018' },
  made2017: {
    companiesEur: 11_800_000,
    innovationFundEur: 8_200_000,
    foundationsEur: 2_800_000,
    universitiesEur: 1_400_000,
    totalEur: 24_200_000,
  },
  members: { 2014: 34, 2017: 109, 2019: 185, 2020: 220 } as Record<number, number>,
  companies2019: 162,
  /** "three quarters" of the 162 companies: 122 of 162 = 75.3 %. */
  companiesUnder100In2019: 122,
  through2017: { projects: 70, industrialProjects: 44, innovationActivities: 34, innovationParticipants: 2213 },
  demonstration2019: { projects: 35, maxGrantDkk: 92_000 },
} as const;

export const FUNDING_HEADER = ['programme', 'source', 'sector', 'cash_dkk', 'in_kind_dkk', 'period', 'provenance'] as const;
export const MEMBERS_HEADER = ['member_id', 'type', 'size_class', 'region', 'year_joined', 'year_left', 'provenance'] as const;
export const ACTIVITIES_HEADER = [
  'activity_id',
  'kind',
  'theme',
  'year',
  'participants',
  'participating_companies',
  'sme_participants',
  'cost_dkk',
  'provenance',
] as const;

/** `public-total`: the row's total is a public figure, its cash / in-kind split is synthetic. */
export type Provenance = 'public' | 'public-total' | 'synthetic';
export interface FundingRow {
  programme: string;
  source: string;
  sector: 'public' | 'private';
  cash: number;
  inKind: number;
  period: string;
  provenance: Provenance;
}
export type MemberType = 'company' | 'university' | 'gts' | 'education' | 'other';
export const MEMBER_SIZE_CLASSES = ['0-9', '10-49', '50-99', '100-249', '250+'] as const;
export type MemberSize = (typeof MEMBER_SIZE_CLASSES)[number];
export interface MemberRow {
  id: string;
  type: MemberType;
  size: MemberSize | null;
  region: string;
  joined: number;
  left: number | null;
}
export type ActivityKind = 'research_project' | 'industrial_project' | 'innovation_activity' | 'demonstration_project' | 'event';
export interface ActivityRow {
  id: string;
  kind: ActivityKind;
  theme: string | null;
  year: number;
  participants: number;
  companies: number;
  sme: number;
  cost: number;
}

export const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020] as const;

// Members at the end of each year by type. Only the totals of 2014, 2017, 2019 and 2020 and the 162 companies of 2019
// are public; the rest of each column is synthetic and merely plausible.
const MEMBER_TARGETS: Record<MemberType, readonly number[]> = {
  company: [28, 50, 70, 90, 130, 162, 190],
  university: [3, 4, 4, 5, 5, 5, 6],
  gts: [3, 4, 4, 4, 4, 5, 6],
  education: [0, 2, 4, 6, 6, 8, 12],
  other: [0, 2, 2, 4, 4, 5, 6],
};
/** Companies leaving during each year (none in the first). */
const COMPANY_LEAVERS = [0, 1, 2, 3, 4, 4, 5];
const REGIONS: readonly (readonly [string, number])[] = [
  ['Hovedstaden', 30],
  ['Midtjylland', 28],
  ['Syddanmark', 25],
  ['Nordjylland', 10],
  ['Sjælland', 7],
];

// Activities per year (2014 … 2020). Through 2017: 26 research + 44 industrial = 70 projects, 34 innovation activities.
const ACTIVITY_PLAN: Record<ActivityKind, readonly number[]> = {
  research_project: [8, 8, 6, 4, 3, 2, 4],
  industrial_project: [6, 12, 14, 12, 10, 12, 10],
  innovation_activity: [0, 8, 12, 14, 14, 16, 10],
  demonstration_project: [0, 0, 0, 0, 0, 35, 0],
  event: [3, 5, 6, 8, 8, 10, 6],
};
const PREFIX: Record<ActivityKind, string> = {
  research_project: 'RP',
  industrial_project: 'IP',
  innovation_activity: 'IA',
  demonstration_project: 'DP',
  event: 'EV',
};

export function buildFunding(): FundingRow[] {
  const spirCoFunding = PUBLIC.spir.totalBudgetDkk - PUBLIC.spir.ifdGrantDkk;
  const spirCash = 20_000_000; // synthetic: the public record gives the co-funding total only
  const m = PUBLIC.made2017;
  const eur = (v: number) => Math.round(v * DKK_PER_EUR);
  const companiesCash = 15_000_000; // synthetic split of the companies' EUR 11.8m
  return [
    {
      programme: 'MADE SPIR',
      source: 'Innovation Fund Denmark',
      sector: 'public',
      cash: PUBLIC.spir.ifdGrantDkk,
      inKind: 0,
      period: PUBLIC.spir.period,
      provenance: 'public',
    },
    {
      programme: 'MADE SPIR',
      source: 'Companies and other partners',
      sector: 'private',
      cash: spirCash,
      inKind: spirCoFunding - spirCash,
      period: PUBLIC.spir.period,
      provenance: 'public-total',
    },
    {
      programme: 'MADE (May 2017)',
      source: 'Companies',
      sector: 'private',
      cash: companiesCash,
      inKind: eur(m.companiesEur) - companiesCash,
      period: '2017',
      provenance: 'public-total',
    },
    {
      programme: 'MADE (May 2017)',
      source: 'Innovation Fund Denmark',
      sector: 'public',
      cash: eur(m.innovationFundEur),
      inKind: 0,
      period: '2017',
      provenance: 'public',
    },
    {
      programme: 'MADE (May 2017)',
      source: 'Foundations and associations',
      sector: 'private',
      cash: eur(m.foundationsEur),
      inKind: 0,
      period: '2017',
      provenance: 'public',
    },
    {
      programme: 'MADE (May 2017)',
      source: 'Universities',
      sector: 'public',
      cash: 0,
      inKind: eur(m.universitiesEur),
      period: '2017',
      provenance: 'public-total',
    },
  ];
}

const isActive = (m: MemberRow, year: number) => m.joined <= year && (m.left === null || m.left > year);

export function buildMembers(rng: Rng = createRng(PROFILE_SEED)): MemberRow[] {
  const members: MemberRow[] = [];
  let seq = 0;
  for (const [i, year] of YEARS.entries()) {
    for (const type of Object.keys(MEMBER_TARGETS) as MemberType[]) {
      const target = MEMBER_TARGETS[type][i] ?? 0;
      const current = members.filter((m) => m.type === type && isActive(m, year - 1));
      const leavers = type === 'company' ? (COMPANY_LEAVERS[i] ?? 0) : 0;
      for (const m of rng.shuffle(current).slice(0, leavers)) m.left = year;
      const joins = target - (current.length - leavers);
      if (joins < 0) throw new Error(`member targets shrink for ${type} in ${year}`);
      for (let k = 0; k < joins; k++)
        members.push({ id: '', type, size: null, region: rng.weighted(REGIONS), joined: year, left: null });
    }
  }
  // Sizes: exactly 122 of the companies that are members at the end of 2019 have fewer than 100 employees.
  const companies = members.filter((m) => m.type === 'company');
  const in2019 = rng.shuffle(companies.filter((m) => isActive(m, 2019)));
  const small: readonly (readonly [MemberSize, number])[] = [
    ['0-9', 25],
    ['10-49', 50],
    ['50-99', 25],
  ];
  const large: readonly (readonly [MemberSize, number])[] = [
    ['100-249', 55],
    ['250+', 45],
  ];
  in2019.forEach((m, k) => (m.size = rng.weighted(k < PUBLIC.companiesUnder100In2019 ? small : large)));
  for (const m of companies) if (m.size === null) m.size = rng.weighted([...small, ...large]);
  members.sort((a, b) => a.joined - b.joined || a.type.localeCompare(b.type));
  for (const m of members) m.id = `M${String(++seq).padStart(4, '0')}`;
  return members;
}

/** Integers ≥ `min` proportional to random weights, summing exactly to `total` (largest remainder). */
function split(rng: Rng, n: number, total: number, min: number): number[] {
  const w = Array.from({ length: n }, () => 0.4 + rng.next());
  const sum = w.reduce((s, x) => s + x, 0);
  const raw = w.map((x) => min + (x / sum) * (total - n * min));
  const out = raw.map(Math.floor);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const deficit = total - out.reduce((s, x) => s + x, 0);
  for (let k = 0; k < deficit; k++) {
    const i = order[k]?.[1] ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

const round = (v: number, to: number) => Math.round(v / to) * to;

export function buildActivities(rng: Rng = createRng(`${PROFILE_SEED}/activities`)): ActivityRow[] {
  const rows: ActivityRow[] = [];
  const innovationThrough2017 = YEARS.reduce((s, y, i) => s + (y <= 2017 ? (ACTIVITY_PLAN.innovation_activity[i] ?? 0) : 0), 0);
  const innovationPeople = split(rng, innovationThrough2017, PUBLIC.through2017.innovationParticipants, 20);
  let innovationIndex = 0;
  for (const [i, year] of YEARS.entries()) {
    for (const kind of Object.keys(ACTIVITY_PLAN) as ActivityKind[]) {
      const n = ACTIVITY_PLAN[kind][i] ?? 0;
      for (let k = 0; k < n; k++) {
        const theme = kind === 'event' && rng.next() < 0.5 ? null : rng.pick(THEMES).id;
        let participants: number;
        let companies: number;
        let cost: number;
        switch (kind) {
          case 'research_project':
            participants = rng.int(6, 16);
            companies = rng.int(2, Math.min(8, participants - 2));
            cost = round(2_000_000 + rng.next() * 10_000_000, 10_000);
            break;
          case 'industrial_project':
            participants = rng.int(3, 10);
            companies = rng.int(1, Math.min(5, participants - 1));
            cost = round(500_000 + rng.next() * 4_500_000, 10_000);
            break;
          case 'innovation_activity':
            participants = year <= 2017 ? (innovationPeople[innovationIndex++] ?? 0) : rng.int(30, 140);
            companies = Math.max(1, Math.round(participants * (0.35 + 0.3 * rng.next())));
            cost = round(50_000 + rng.next() * 550_000, 1_000);
            break;
          case 'demonstration_project':
            participants = rng.int(2, 5);
            companies = 1;
            // Industriens Fond granted up to DKK 92,000 per project; the first takes the full amount.
            cost = k === 0 ? PUBLIC.demonstration2019.maxGrantDkk : round(40_000 + rng.next() * 52_000, 1_000);
            break;
          case 'event':
            participants = rng.int(30, 250);
            companies = Math.max(1, Math.round(participants * (0.3 + 0.3 * rng.next())));
            cost = round(20_000 + rng.next() * 280_000, 1_000);
            break;
        }
        const smeShare = kind === 'demonstration_project' ? 1 : 0.55 + 0.3 * rng.next();
        rows.push({
          id: `${PREFIX[kind]}-${year}-${String(k + 1).padStart(2, '0')}`,
          kind,
          theme,
          year,
          participants,
          companies,
          sme: Math.round(companies * smeShare),
          cost,
        });
      }
    }
  }
  return rows;
}

export interface ProfileFiles {
  'funding.csv': string;
  'members.csv': string;
  'activities.csv': string;
}

export function generateProfile(): {
  files: ProfileFiles;
  funding: FundingRow[];
  members: MemberRow[];
  activities: ActivityRow[];
} {
  const funding = buildFunding();
  const members = buildMembers();
  const activities = buildActivities();
  return {
    funding,
    members,
    activities,
    files: {
      'funding.csv': toCsv(
        FUNDING_HEADER,
        funding.map((f) => [f.programme, f.source, f.sector, f.cash, f.inKind, f.period, f.provenance]),
      ),
      'members.csv': toCsv(
        MEMBERS_HEADER,
        members.map((m) => [m.id, m.type, m.size, m.region, m.joined, m.left, 'synthetic']),
      ),
      'activities.csv': toCsv(
        ACTIVITIES_HEADER,
        activities.map((a) => [a.id, a.kind, a.theme, a.year, a.participants, a.companies, a.sme, a.cost, 'synthetic']),
      ),
    },
  };
}
