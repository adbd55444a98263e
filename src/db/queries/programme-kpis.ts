import type { Db } from '../types';

/** A view of the programme: status at the end of `year`, activities of one theme (or all when null). */
export interface ProfileView {
  year: number;
  theme: string | null;
}

export interface ProgrammeYears {
  first: number | null;
  last: number | null;
}

/** The years the three tables cover; `last` is the default view ("the latest year of the data"). */
export async function programmeYears(db: Db): Promise<ProgrammeYears> {
  const r = await db.query<{ first: number | null; last: number | null }>(
    `SELECT min(y) AS first, max(y) AS last FROM (
       SELECT year_joined AS y FROM members UNION ALL SELECT year_left - 1 FROM members WHERE year_left IS NOT NULL
       UNION ALL SELECT year FROM activities UNION ALL SELECT period_start FROM funding UNION ALL SELECT period_end FROM funding)`,
  );
  return r.rows[0] ?? { first: null, last: null };
}

export interface MembershipStatus {
  members: number;
  byType: { type: string; members: number }[];
  companies: number;
  /** Companies with a size class, the denominator of the SME shares. */
  companiesWithSize: number;
  /** Fewer than 250 employees (the EU SME definition). */
  smeCompanies: number;
  /** Fewer than 100 employees (the measure MADE publishes). */
  under100: number;
}

const isMember = 'year_joined <= ?::INTEGER AND (year_left IS NULL OR year_left > ?::INTEGER)';

/** Members at the end of `year`: joined that year or before and not left by then. */
export async function membershipStatus(db: Db, year: number): Promise<MembershipStatus> {
  const totals = await db.query<Omit<MembershipStatus, 'byType'> & Record<string, number>>(
    `SELECT count(*) AS members,
            count(*) FILTER (WHERE type = 'company') AS companies,
            count(*) FILTER (WHERE type = 'company' AND size_class IS NOT NULL) AS "companiesWithSize",
            count(*) FILTER (WHERE type = 'company' AND size_class IN ('0-9', '10-49', '50-99', '100-249')) AS "smeCompanies",
            count(*) FILTER (WHERE type = 'company' AND size_class IN ('0-9', '10-49', '50-99')) AS under100
     FROM members WHERE ${isMember}`,
    [year, year],
  );
  const byType = await db.query<{ type: string; members: number }>(
    `SELECT type, count(*) AS members FROM members WHERE ${isMember} GROUP BY type ORDER BY members DESC, type`,
    [year, year],
  );
  const t = totals.rows[0];
  if (!t) throw new Error('The membership query returned no row');
  return { ...t, byType: byType.rows };
}

export interface ReachStatus {
  activities: number;
  participants: number;
  /** Company participations: a company in two activities counts twice. */
  participatingCompanies: number;
  smeParticipants: number;
  byKind: { kind: string; activities: number; participants: number; participatingCompanies: number }[];
}

/** Activities from the start through `year` (cumulative reach), of one theme or all. */
export async function reachStatus(db: Db, view: ProfileView): Promise<ReachStatus> {
  const where = 'year <= ?::INTEGER AND (?::VARCHAR IS NULL OR theme = ?::VARCHAR)';
  const params = [view.year, view.theme, view.theme];
  const byKind = await db.query<ReachStatus['byKind'][number] & Record<string, string | number>>(
    `SELECT kind, count(*) AS activities, coalesce(sum(participants), 0) AS participants,
            coalesce(sum(participating_companies), 0) AS "participatingCompanies"
     FROM activities WHERE ${where} GROUP BY kind ORDER BY kind`,
    params,
  );
  const totals = await db.query<Omit<ReachStatus, 'byKind'> & Record<string, number>>(
    `SELECT count(*) AS activities, coalesce(sum(participants), 0) AS participants,
            coalesce(sum(participating_companies), 0) AS "participatingCompanies", coalesce(sum(sme_participants), 0) AS "smeParticipants"
     FROM activities WHERE ${where}`,
    params,
  );
  const t = totals.rows[0];
  if (!t) throw new Error('The reach query returned no row');
  return { ...t, byKind: byKind.rows };
}

export interface FundingLine {
  programme: string;
  source: string;
  sector: 'public' | 'private';
  cashDkk: number;
  inKindDkk: number;
  period: string;
  provenance: string | null;
}

export interface ProgrammeFunding {
  programme: string;
  periodStart: number;
  periodEnd: number;
  publicCashDkk: number;
  publicInKindDkk: number;
  privateCashDkk: number;
  privateInKindDkk: number;
  /** Private co-funding ÷ public funding; null without public funding. */
  leverage: number | null;
  /** Company participations in activities within the programme's period (up to the view's year). */
  companyParticipations: number;
}

/** Funding of the programmes begun by the view's year, line by line and per programme with its leverage. */
export async function programmeFunding(
  db: Db,
  view: ProfileView,
): Promise<{ lines: FundingLine[]; programmes: ProgrammeFunding[] }> {
  const lines = await db.query<FundingLine & Record<string, string | number | null>>(
    `SELECT programme, source, sector, cash_dkk AS "cashDkk", in_kind_dkk AS "inKindDkk", period, provenance
     FROM funding WHERE period_start <= ?::INTEGER ORDER BY programme, sector, source`,
    [view.year],
  );
  const programmes = await db.query<ProgrammeFunding & Record<string, string | number | null>>(
    `WITH p AS (
       SELECT programme, min(period_start) AS "periodStart", max(period_end) AS "periodEnd",
              coalesce(sum(cash_dkk) FILTER (WHERE sector = 'public'), 0) AS "publicCashDkk",
              coalesce(sum(in_kind_dkk) FILTER (WHERE sector = 'public'), 0) AS "publicInKindDkk",
              coalesce(sum(cash_dkk) FILTER (WHERE sector = 'private'), 0) AS "privateCashDkk",
              coalesce(sum(in_kind_dkk) FILTER (WHERE sector = 'private'), 0) AS "privateInKindDkk"
       FROM funding WHERE period_start <= ?::INTEGER GROUP BY programme)
     SELECT p.*,
       CASE WHEN "publicCashDkk" + "publicInKindDkk" > 0
         THEN ("privateCashDkk" + "privateInKindDkk") / ("publicCashDkk" + "publicInKindDkk") END AS leverage,
       (SELECT coalesce(sum(a.participating_companies), 0) FROM activities a
          WHERE a.year BETWEEN p."periodStart" AND least(p."periodEnd", ?::INTEGER)
            AND (?::VARCHAR IS NULL OR a.theme = ?::VARCHAR)) AS "companyParticipations"
     FROM p ORDER BY "periodStart", programme`,
    [view.year, view.year, view.theme, view.theme],
  );
  return { lines: lines.rows, programmes: programmes.rows };
}

/** Members at the end of each year from the first to `last`, by type (zero rows left out). */
export async function membershipSeries(db: Db, last: number): Promise<{ year: number; type: string; members: number }[]> {
  const r = await db.query<{ year: number; type: string; members: number }>(
    `SELECT y.year::INTEGER AS year, m.type, count(*) AS members
     FROM range((SELECT min(year_joined) FROM members), ?::INTEGER + 1) y(year)
     JOIN members m ON m.year_joined <= y.year AND (m.year_left IS NULL OR m.year_left > y.year)
     GROUP BY ALL ORDER BY year, type`,
    [last],
  );
  return r.rows;
}

/** Activities and participants per year and kind, of one theme or all. */
export async function reachSeries(
  db: Db,
  theme: string | null,
): Promise<{ year: number; kind: string; activities: number; participants: number; participatingCompanies: number }[]> {
  const r = await db.query<{
    year: number;
    kind: string;
    activities: number;
    participants: number;
    participatingCompanies: number;
  }>(
    `SELECT year, kind, count(*) AS activities, coalesce(sum(participants), 0) AS participants,
            coalesce(sum(participating_companies), 0) AS "participatingCompanies"
     FROM activities WHERE (?::VARCHAR IS NULL OR theme = ?::VARCHAR) GROUP BY ALL ORDER BY year, kind`,
    [theme, theme],
  );
  return r.rows;
}

/** Themes the activities name, for the theme filter. */
export async function activityThemes(db: Db): Promise<string[]> {
  const r = await db.query<{ theme: string }>('SELECT DISTINCT theme FROM activities WHERE theme IS NOT NULL ORDER BY theme');
  return r.rows.map((x) => x.theme);
}
