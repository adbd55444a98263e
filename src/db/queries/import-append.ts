import type { Db } from '../types';

/** Lines of an appended file start past every line already in the set, at the next whole million. */
const LINE_BLOCK = 1_000_000;

/** A row of the appended file that matches one already in the set (project, company, year, type, status, amount). */
interface DuplicateRow {
  line: number;
  project_id: string;
  company_id: string;
  year: number;
  gain_type: string;
  status: string;
  annual_gain_dkk: number;
}

export interface Appended {
  /** Added to each line of the appended file, so a row's line names its file and its line in it. */
  lineOffset: number;
  duplicates: DuplicateRow[];
  /** The appended file's rows kept (duplicates skipped) and their realised total. */
  fileRows: number;
  fileRealised: number;
  fileExpected: number;
  /** Whole data set after the append: what its save must find again. */
  rowsLoaded: number;
  realisedTotal: number;
  expectedTotal: number;
}

/**
 * Merges the data set `base`'s rows into `target` (which holds only the appended file's validated rows): the file's
 * lines move past `base`'s, its rows that duplicate one of `base`'s are skipped (`keepDuplicates` false) and listed,
 * and `base`'s rows are copied in. `base` itself is not changed.
 */
export async function appendInto(db: Db, target: string, base: string, keepDuplicates: boolean): Promise<Appended> {
  const max = await db.query<{ m: number | null }>('SELECT max(line) AS m FROM gains_flat WHERE dataset_id = ?', [base]);
  const lineOffset = Math.ceil(((max.rows[0]?.m ?? 0) + 1) / LINE_BLOCK) * LINE_BLOCK;
  await db.exec('UPDATE gains_flat SET line = line + ? WHERE dataset_id = ?', [lineOffset, target]);
  const duplicates = (
    await db.query<DuplicateRow & Record<string, string | number>>(
      `SELECT t.line, t.project_id, t.company_id, t.year, t.gain_type, t.status, t.annual_gain_dkk
       FROM gains_flat t WHERE t.dataset_id = ? AND EXISTS (
         SELECT 1 FROM gains_flat b WHERE b.dataset_id = ? AND b.project_id = t.project_id AND b.company_id = t.company_id
           AND b.year = t.year AND b.gain_type = t.gain_type AND b.status = t.status AND b.annual_gain_dkk = t.annual_gain_dkk)
       ORDER BY t.line`,
      [target, base],
    )
  ).rows;
  if (!keepDuplicates && duplicates.length)
    await db.exec(`DELETE FROM gains_flat WHERE dataset_id = ? AND line IN (${duplicates.map(() => '?').join(', ')})`, [
      target,
      ...duplicates.map((d) => d.line),
    ]);
  await db.exec('INSERT INTO gains_flat SELECT ? AS dataset_id, * EXCLUDE (dataset_id) FROM gains_flat WHERE dataset_id = ?', [
    target,
    base,
  ]);
  const t = (
    await db.query<{
      n: number;
      realised: number;
      expected: number;
      file_n: number;
      file_realised: number;
      file_expected: number;
    }>(
      `SELECT count(*) AS n, coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS realised,
         coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'expected'), 0) AS expected,
         count(*) FILTER (WHERE line >= ?) AS file_n,
         coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised' AND line >= ?), 0) AS file_realised,
         coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'expected' AND line >= ?), 0) AS file_expected
       FROM gains_flat WHERE dataset_id = ?`,
      [lineOffset, lineOffset, lineOffset, target],
    )
  ).rows[0];
  return {
    lineOffset,
    duplicates,
    fileRows: Number(t?.file_n ?? 0),
    fileRealised: t?.file_realised ?? 0,
    fileExpected: t?.file_expected ?? 0,
    rowsLoaded: Number(t?.n ?? 0),
    realisedTotal: t?.realised ?? 0,
    expectedTotal: t?.expected ?? 0,
  };
}

/** Rows of a data set from each source file, the files given by the line each one starts at (ascending). */
export async function rowsFromEach(db: Db, datasetId: string, starts: readonly number[]): Promise<number[]> {
  if (!starts.length) return [];
  const ranges = starts.map((a, i) => [a, starts[i + 1] ?? 2 ** 31] as const);
  const r = await db.query<Record<string, number>>(
    `SELECT ${ranges.map(([a, b], i) => `count(*) FILTER (WHERE line >= ${a} AND line < ${b}) AS n${i}`).join(', ')}
     FROM gains_flat WHERE dataset_id = ?`,
    [datasetId],
  );
  return ranges.map((_, i) => Number(r.rows[0]?.[`n${i}`] ?? 0));
}

/** A data set's rows and totals, for the figures a save must find again. */
export interface SetTotals {
  rowsLoaded: number;
  realisedTotal: number;
  expectedTotal: number;
}

/**
 * Copies data set `base`'s rows into `target` leaving out one source file's lines, `[from, to)` (`to` null: to the
 * end): the set without that file. `base` itself is not changed.
 */
export async function copyWithout(db: Db, target: string, base: string, from: number, to: number | null): Promise<SetTotals> {
  await db.exec(
    `INSERT INTO gains_flat SELECT ? AS dataset_id, * EXCLUDE (dataset_id) FROM gains_flat
     WHERE dataset_id = ? AND NOT (line >= ? AND line < ?)`,
    [target, base, from, to ?? 2 ** 31],
  );
  const t = (
    await db.query<{ n: number; realised: number; expected: number }>(
      `SELECT count(*) AS n, coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'realised'), 0) AS realised,
         coalesce(sum(annual_gain_dkk) FILTER (WHERE status = 'expected'), 0) AS expected
       FROM gains_flat WHERE dataset_id = ?`,
      [target],
    )
  ).rows[0];
  return { rowsLoaded: Number(t?.n ?? 0), realisedTotal: t?.realised ?? 0, expectedTotal: t?.expected ?? 0 };
}
