import type { Db } from '../types';
import { quoteIdent } from '../sql';
import { checkStagedRows, tableAsCsv, type RowCheck } from './import-staging';
import { mappedValues } from './import-values';
import type { TableOutcome } from './import-types';

/** The programme profile's three tables, each replaced as a whole by an import of its own shape. */
export const PROGRAMME_TABLES = ['funding', 'members', 'activities'] as const;
export type ProgrammeTable = (typeof PROGRAMME_TABLES)[number];

export const PROGRAMME_COLUMNS = {
  funding: ['programme', 'source', 'sector', 'cash_dkk', 'in_kind_dkk', 'period', 'provenance'],
  members: ['member_id', 'type', 'size_class', 'region', 'year_joined', 'year_left', 'provenance'],
  activities: [
    'activity_id',
    'kind',
    'theme',
    'year',
    'participants',
    'participating_companies',
    'sme_participants',
    'cost_dkk',
    'provenance',
  ],
} as const satisfies Record<ProgrammeTable, readonly string[]>;
export type ProgrammeColumn<T extends ProgrammeTable> = (typeof PROGRAMME_COLUMNS)[T][number];
export type ProgrammeMapping<T extends ProgrammeTable> = Record<ProgrammeColumn<T>, string | null>;

/** Accepted values (English and Danish; spaces, `_` and `-` alike) → the stored value. */
const SECTOR_VALUES = { public: ['public', 'offentlig'], private: ['private', 'privat'] } as const;
const MEMBER_TYPE_VALUES = {
  company: ['company', 'virksomhed'],
  university: ['university', 'universitet'],
  gts: ['gts', 'gts institut', 'gts institute', 'technology institute', 'teknologisk institut', 'rto'],
  education: ['education', 'uddannelse', 'uddannelsesinstitution', 'educational institution'],
  other: ['other', 'andet', 'anden'],
} as const;
const ACTIVITY_KIND_VALUES = {
  research_project: ['research project', 'forskningsprojekt'],
  industrial_project: ['industrial project', 'industriprojekt', 'industrielt projekt'],
  innovation_activity: ['innovation activity', 'innovationsaktivitet'],
  demonstration_project: ['demonstration project', 'demonstrationsprojekt'],
  event: ['event', 'arrangement'],
} as const;
const MEMBER_SIZE_CLASSES = ['0-9', '10-49', '50-99', '100-249', '250+'] as const;

export interface ProgrammeOutcome extends TableOutcome {
  table: ProgrammeTable;
}

// Constants written in this file only (never a file's value), so quoting them as literals is safe.
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function enumExpr(text: string, values: Record<string, readonly string[]>): string {
  const norm = `regexp_replace(lower(${text}), '[\\s_\\-–]+', ' ', 'g')`;
  const whens = Object.entries(values).flatMap(([stored, accepted]) => accepted.map((a) => `WHEN ${lit(a)} THEN ${lit(stored)}`));
  return `CASE ${norm} ${whens.join(' ')} END`;
}

/**
 * Replaces `table` with the staged file's rows that pass every check; each failing row is reported once per problem
 * with its line, column, value and reason. Nothing is replaced when no row passes.
 */
export async function replaceProgrammeTable<T extends ProgrammeTable>(
  db: Db,
  table: T,
  staged: string,
  mapping: ProgrammeMapping<T>,
  typed = false,
): Promise<ProgrammeOutcome> {
  const columns: readonly string[] = PROGRAMME_COLUMNS[table];
  const { text: src, number: num } = await mappedValues(db, staged, mapping, numericColumns[table], typed);
  const { fields, checks } = definitions[table](src, num);
  const raw = columns.map((c) => [c, src(c)] as const);
  const { outcome, ok } = await checkStagedRows(db, 'programme_checked', staged, fields, raw, checks);
  if (ok) {
    await db.exec(`DELETE FROM ${quoteIdent(table)}`);
    // An empty amount is none of that kind (a grant with no in-kind part).
    const amounts =
      table === 'funding' ? ' REPLACE (coalesce(cash_dkk, 0) AS cash_dkk, coalesce(in_kind_dkk, 0) AS in_kind_dkk)' : '';
    await db.exec(
      `INSERT INTO ${quoteIdent(table)} BY NAME SELECT * EXCLUDE (problems)${amounts} FROM programme_checked WHERE len(problems) = 0 ORDER BY line`,
    );
  }
  await db.exec('DROP TABLE IF EXISTS programme_checked');
  return { table, ...outcome };
}

const numericColumns: Record<ProgrammeTable, readonly string[]> = {
  funding: ['cash_dkk', 'in_kind_dkk'],
  members: ['year_joined', 'year_left'],
  activities: ['year', 'participants', 'participating_companies', 'sme_participants', 'cost_dkk'],
};

type Src = (c: string) => string;
const YEAR_OK = (y: string) => `(${y} IS NOT NULL AND ${y} = floor(${y}) AND ${y} BETWEEN 1990 AND 2100)`;
const COUNT_BAD = (v: string) => `(${v} IS NOT NULL AND (${v} < 0 OR ${v} <> floor(${v})))`;
const present = (c: string) => `raw_${c} IS NOT NULL`;

const definitions: Record<ProgrammeTable, (src: Src, num: Src) => { fields: string[]; checks: RowCheck[] }> = {
  funding: (src, num) => {
    const p = `regexp_replace(${src('period')}, '\\s', '', 'g')`;
    const start = `TRY_CAST(substr(${p}, 1, 4) AS INTEGER)`;
    const end = `CASE WHEN length(${p}) = 4 THEN ${start} ELSE TRY_CAST(right(${p}, 4) AS INTEGER) END`;
    return {
      fields: [
        `${src('programme')} AS programme`,
        `${src('source')} AS source`,
        `${enumExpr(src('sector'), SECTOR_VALUES)} AS sector`,
        `${num('cash_dkk')} AS cash_dkk`,
        `${num('in_kind_dkk')} AS in_kind_dkk`,
        `${p} AS period`,
        `CASE WHEN regexp_full_match(${p}, '\\d{4}([-–/]\\d{4})?') THEN ${start} END AS period_start`,
        `CASE WHEN regexp_full_match(${p}, '\\d{4}([-–/]\\d{4})?') THEN ${end} END AS period_end`,
        `${src('provenance')} AS provenance`,
      ],
      checks: [
        { bad: 'programme IS NULL', column: 'programme', why: 'is empty' },
        { bad: 'source IS NULL', column: 'source', why: 'is empty' },
        { bad: 'sector IS NULL', column: 'sector', why: 'is not public or private (offentlig/privat)' },
        { bad: `${present('cash_dkk')} AND (cash_dkk IS NULL OR cash_dkk < 0)`, column: 'cash_dkk', why: 'is not an amount ≥ 0' },
        {
          bad: `${present('in_kind_dkk')} AND (in_kind_dkk IS NULL OR in_kind_dkk < 0)`,
          column: 'in_kind_dkk',
          why: 'is not an amount ≥ 0',
        },
        {
          bad: `NOT ${present('cash_dkk')} AND NOT ${present('in_kind_dkk')}`,
          column: 'cash_dkk',
          why: 'and in_kind_dkk are both empty',
        },
        {
          bad: `period_start IS NULL OR period_end IS NULL OR period_start NOT BETWEEN 1990 AND 2100 OR period_end NOT BETWEEN 1990 AND 2100 OR period_end < period_start`,
          column: 'period',
          why: 'is not a year or a span of years (2017, 2014-2018)',
        },
        {
          bad: 'programme IS NOT NULL AND source IS NOT NULL AND count(*) OVER (PARTITION BY programme, source, sector, period) > 1',
          column: 'source',
          why: 'appears more than once for its programme, sector and period',
        },
      ],
    };
  },
  members: (src, num) => {
    const size = `CASE WHEN ${src('size_class')} IS NULL THEN NULL ELSE replace(replace(replace(${src('size_class')}, ' ', ''), '–', '-'), '—', '-') END`;
    return {
      fields: [
        `${src('member_id')} AS member_id`,
        `${enumExpr(src('type'), MEMBER_TYPE_VALUES)} AS type`,
        `CASE WHEN ${size} IN (${MEMBER_SIZE_CLASSES.map(lit).join(', ')}) THEN ${size} END AS size_class`,
        `${src('region')} AS region`,
        `${num('year_joined')} AS year_joined`,
        `${num('year_left')} AS year_left`,
        `${src('provenance')} AS provenance`,
      ],
      checks: [
        { bad: 'member_id IS NULL', column: 'member_id', why: 'is empty' },
        {
          bad: 'member_id IS NOT NULL AND count(*) OVER (PARTITION BY member_id) > 1',
          column: 'member_id',
          why: 'appears more than once',
        },
        { bad: 'type IS NULL', column: 'type', why: 'is not a member type (company, university, gts, education, other)' },
        {
          bad: `${present('size_class')} AND size_class IS NULL`,
          column: 'size_class',
          why: `is not a size class (${MEMBER_SIZE_CLASSES.join(', ')})`,
        },
        {
          bad: `${present('size_class')} AND type IS NOT NULL AND type <> 'company'`,
          column: 'size_class',
          why: 'is given for a member that is not a company',
        },
        { bad: `NOT ${YEAR_OK('year_joined')}`, column: 'year_joined', why: 'is not a year (1990–2100)' },
        { bad: `${present('year_left')} AND NOT ${YEAR_OK('year_left')}`, column: 'year_left', why: 'is not a year (1990–2100)' },
        {
          bad: 'year_left IS NOT NULL AND year_joined IS NOT NULL AND year_left < year_joined',
          column: 'year_left',
          why: 'is before year_joined',
        },
      ],
    };
  },
  activities: (src, num) => ({
    fields: [
      `${src('activity_id')} AS activity_id`,
      `${enumExpr(src('kind'), ACTIVITY_KIND_VALUES)} AS kind`,
      `${src('theme')} AS theme`,
      `${num('year')} AS year`,
      `${num('participants')} AS participants`,
      `${num('participating_companies')} AS participating_companies`,
      `${num('sme_participants')} AS sme_participants`,
      `${num('cost_dkk')} AS cost_dkk`,
      `${src('provenance')} AS provenance`,
    ],
    checks: [
      { bad: 'activity_id IS NULL', column: 'activity_id', why: 'is empty' },
      {
        bad: 'activity_id IS NOT NULL AND count(*) OVER (PARTITION BY activity_id) > 1',
        column: 'activity_id',
        why: 'appears more than once',
      },
      { bad: 'kind IS NULL', column: 'kind', why: `is not an activity kind (${Object.keys(ACTIVITY_KIND_VALUES).join(', ')})` },
      { bad: `NOT ${YEAR_OK('year')}`, column: 'year', why: 'is not a year (1990–2100)' },
      { bad: `participants IS NULL OR ${COUNT_BAD('participants')}`, column: 'participants', why: 'is not a whole number ≥ 0' },
      ...(['participating_companies', 'sme_participants'] as const).map((c) => ({
        bad: `(${present(c)} AND ${c} IS NULL) OR ${COUNT_BAD(c)}`,
        column: c,
        why: 'is not a whole number ≥ 0',
      })),
      { bad: 'participating_companies > participants', column: 'participating_companies', why: 'is more than participants' },
      {
        bad: 'sme_participants > coalesce(participating_companies, participants)',
        column: 'sme_participants',
        why: 'is more than participating_companies',
      },
      { bad: `${present('cost_dkk')} AND (cost_dkk IS NULL OR cost_dkk < 0)`, column: 'cost_dkk', why: 'is not an amount ≥ 0' },
    ],
  }),
};

/** A programme table as CSV in its own import format, to keep an imported table across reloads. */
export function exportProgrammeTable(db: Db, table: ProgrammeTable): Promise<Uint8Array> {
  return tableAsCsv(db, table, PROGRAMME_COLUMNS[table], ['line']);
}
