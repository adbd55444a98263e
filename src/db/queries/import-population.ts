import type { Db } from '../types';
import { checkStagedRows, tableAsCsv } from './import-staging';
import { mappedValues } from './import-values';
import type { TableOutcome } from './import-types';

export const POPULATION_TABLE_COLUMNS = [
  'nace',
  'nace_name_da',
  'nace_name_en',
  'size_class',
  'firms',
  'employees',
  'value_added_dkk',
  'year',
  'source',
] as const;
type PopulationColumnName = (typeof POPULATION_TABLE_COLUMNS)[number];
export type PopulationMapping = Record<PopulationColumnName, string | null>;

export interface PopulationOutcome extends TableOutcome {
  valueAddedDkk: number;
}

/**
 * Replaces the national population table with a staged file of its shape, validated row by row: NACE division
 * 10–33, a known size class, non-negative firms, employees and value added, one row per division × size class.
 * Nothing is replaced when no row passes, so a wrong file cannot empty the reference.
 */
export async function replacePopulation(
  db: Db,
  staged: string,
  mapping: PopulationMapping,
  typed = false,
): Promise<PopulationOutcome> {
  const { text: src, number: num } = await mappedValues(db, staged, mapping, ['firms', 'employees', 'value_added_dkk'], typed);
  const fields = [
    ...(['nace_name_da', 'nace_name_en', 'source'] as const).map((c) => `${src(c)} AS ${c}`),
    ...(['nace', 'year', 'firms', 'employees', 'value_added_dkk'] as const).map((c) => `${num(c)} AS ${c}`),
    `CASE regexp_replace(lower(${src('size_class')}), '[\\s–—]', '-', 'g') WHEN '0-9' THEN '0-9' WHEN '10-49' THEN '10-49'
       WHEN '50-249' THEN '50-249' WHEN '250+' THEN '250+' WHEN '250-' THEN '250+' END AS size_class`,
  ];
  const { outcome, ok } = await checkStagedRows(
    db,
    'pop_checked',
    staged,
    fields,
    POPULATION_TABLE_COLUMNS.map((c) => [c, src(c)] as const),
    [
      {
        bad: 'nace IS NULL OR nace <> floor(nace) OR nace < 10 OR nace > 33',
        column: 'nace',
        why: 'is not a manufacturing division (10–33)',
      },
      { bad: 'size_class IS NULL', column: 'size_class', why: 'is not a size class (0-9, 10-49, 50-249, 250+)' },
      ...(['firms', 'employees', 'value_added_dkk'] as const).map((c) => ({
        bad: `${c} IS NULL OR ${c} < 0 OR NOT isfinite(${c})`,
        column: c,
        why: 'is not a number ≥ 0',
      })),
      // A year outside the INTEGER range would fail the whole file's conversion; out of any sensible range, a reject.
      {
        bad: 'year IS NOT NULL AND (NOT isfinite(year) OR year <> floor(year) OR year < 1900 OR year > 2100)',
        column: 'year',
        why: 'is not a year (1900–2100)',
      },
      {
        bad: 'count(*) OVER (PARTITION BY nace, size_class) > 1 AND nace IS NOT NULL AND size_class IS NOT NULL',
        column: 'nace',
        why: 'appears more than once for its size class',
      },
    ],
  );
  const va =
    (
      await db.query<{ va: number }>(
        'SELECT coalesce(sum(value_added_dkk) FILTER (WHERE len(problems) = 0), 0) AS va FROM pop_checked',
      )
    ).rows[0]?.va ?? 0;
  if (ok) {
    await db.exec('DELETE FROM population');
    await db.exec(
      `INSERT INTO population SELECT nace::INTEGER, nace_name_da, nace_name_en, size_class, firms, employees, value_added_dkk,
         year::INTEGER, coalesce(source, 'imported') FROM pop_checked WHERE len(problems) = 0 ORDER BY nace, size_class`,
    );
  }
  await db.exec('DROP TABLE IF EXISTS pop_checked');
  return { ...outcome, valueAddedDkk: va };
}

/** The population table as CSV in its own format, to keep a replaced table across reloads. */
export function exportPopulation(db: Db): Promise<Uint8Array> {
  return tableAsCsv(db, 'population', '*', ['nace', 'size_class']);
}
