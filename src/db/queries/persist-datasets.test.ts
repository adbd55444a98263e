import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../dataset-store';
import type { Db } from '../types';
import { openDbWithPopulation } from '../../../tests/import-test-db';
import { GAIN_COLUMNS, stageCsv, validateStagedGains, type GainMapping } from './import-gains';
import {
  engineRowsHash,
  exportDatasetRows,
  KEPT_ROWS_SETUP,
  keepRowsOnEngine,
  keptRowsSummary,
  KeptOnEngine,
  MissingPart,
  restoreDatasetRows,
  RowParts,
  storedRowsSummary,
} from './persist-datasets';

let db: Db;
/** Every part of rows in parts, read in order (parts exported on demand are exported now). */
async function held(rows: RowParts): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (let i = 0; i < rows.count; i++) out.push(await rows.part(i));
  return out;
}
const enc = (s: string) => new TextEncoder().encode(s);
beforeAll(async () => {
  db = await openDbWithPopulation(); // the demo's population: every NACE code these rows use
});
afterAll(() => db.close());

/** Stages `csv` as file `name` and validates it into gains_flat as data set `id`, each column mapped to itself. */
async function loadGains(name: string, csv: string, id: string): Promise<void> {
  await db.load(name, enc(csv));
  const staged = await stageCsv(db, name, { delimiter: ',', quote: '"' });
  await validateStagedGains(db, staged.table, Object.fromEntries(GAIN_COLUMNS.map((c) => [c, c])) as GainMapping, id);
}

it('round-trips a data set through its stored form unchanged, quotes and negatives included', async () => {
  const csv = [
    GAIN_COLUMNS.join(','),
    'P1,"Title, with ""quotes""",robots,C1,Firm æøå,25,20,5,,2016,quality,-1500.25,expected',
    'P2,,digital,C2,,25,30,,,2017,,99,realised',
  ].join('\n');
  await loadGains('in.csv', csv, 'a');
  const bytes = await exportDatasetRows(db, 'a');
  expect(await restoreDatasetRows(db, 'b', bytes)).toBe(2);
  const rows = async (id: string) =>
    (await db.query('SELECT * EXCLUDE (dataset_id) FROM gains_flat WHERE dataset_id = ? ORDER BY line', [id])).rows;
  expect(await rows('b')).toEqual(await rows('a'));
  expect((await rows('b'))[0]).toMatchObject({
    project_title: 'Title, with "quotes"',
    annual_gain_dkk: -1500.25,
    flags: 'negative gain (a reported loss)',
  });
});

it("writes the bytes DuckDB's CSV writer writes, slice by slice: awkward text, NULLs, doubles", async () => {
  const csv = [
    GAIN_COLUMNS.join(','),
    'P3,"two\nlines, ""quoted"" # hash",robots,C3,Firm,25,20,5,,2016,quality,10000000,expected',
    "P4,#tag,digital,C4,'single' quote,25,30,,,2017,,1234,realised",
    'P5,"cr\rhere",robots,C5,Æble,25,1,1,,2018,time,-0.000015,realised',
    'P6,plain,robots,C6,x,25,2,2,,2019,time,0.1,expected',
  ].join('\n');
  await loadGains('odd.csv', csv, 'odd');
  // What `COPY … TO` wrote for the same rows before the save read them through queries (same header and line order).
  await db.exec(
    `COPY (SELECT line, ${GAIN_COLUMNS.join(', ')}, flags FROM gains_flat WHERE dataset_id = 'odd' ORDER BY line)
     TO 'odd-copy.csv' (FORMAT csv, HEADER true, DELIMITER ',')`,
  );
  const copied = await db.readFile('odd-copy.csv');
  await db.drop('odd-copy.csv');
  for (const slice of [1, 3, 50_000]) expect(await exportDatasetRows(db, 'odd', 1000, slice)).toEqual(copied);
  const rows = async (id: string) =>
    (await db.query('SELECT * EXCLUDE (dataset_id) FROM gains_flat WHERE dataset_id = ? ORDER BY line', [id])).rows;
  const validated = await rows('odd');
  expect(validated.map((r) => r.project_id)).toContain('P3'); // the quoted line break and '#' are in
  expect(await restoreDatasetRows(db, 'odd-back', await exportDatasetRows(db, 'odd', 1000, 2))).toBe(validated.length);
  expect(await rows('odd-back')).toEqual(validated);
  await db.exec(`DELETE FROM gains_flat WHERE dataset_id IN ('odd', 'odd-back')`);
});

it('keeps a data set on the engine: the kept copy hashes as the validated rows, a change shows, a restore gives them back', async () => {
  await db.exec(`CREATE SCHEMA IF NOT EXISTS spillover_kept; ${KEPT_ROWS_SETUP}`);
  await keepRowsOnEngine(db, 'a', 'kept-a');
  const validated = await engineRowsHash(db, 'validated', 'a');
  expect(validated).toMatch(/^[0-9a-f]{64}$/);
  expect(await engineRowsHash(db, 'kept', 'kept-a')).toBe(validated);
  expect(await keptRowsSummary(db, 'kept-a')).toEqual({ rows: 2, realisedTotal: 99 });
  expect(await restoreDatasetRows(db, 'c', new KeptOnEngine('kept-a'))).toBe(2);
  expect(await engineRowsHash(db, 'validated', 'c')).toBe(validated);
  // Two rows' lines swapped: the same values, another order of the file's lines.
  await db.exec(`UPDATE spillover_kept.rows SET line = 3 - line WHERE dataset_id = 'kept-a'`);
  expect(await engineRowsHash(db, 'kept', 'kept-a')).not.toBe(validated);
  expect(await engineRowsHash(db, 'kept', 'none')).toBe(await engineRowsHash(db, 'validated', 'none'));
});

describe('a data set stored in parts (RowParts)', () => {
  const rows = async (id: string) =>
    (await db.query('SELECT * EXCLUDE (dataset_id) FROM gains_flat WHERE dataset_id = ? ORDER BY line', [id])).rows;
  beforeAll(async () => {
    // 23 rows in a scrambled insertion order, realised and expected: 5 parts of at most 5 rows.
    await db.exec(
      `INSERT INTO gains_flat SELECT 'big', 2 + (i * 7) % 23, 'P' || i, 'T, "' || i || '"', 'robots', 'C' || i, NULL, 25, 10, NULL, NULL,
              2016, 'quality', i * 1.25 - 3, CASE WHEN i % 3 = 0 THEN 'expected' ELSE 'realised' END, NULL
       FROM range(23) t(i)`,
    );
  });
  afterAll(() => db.exec(`DELETE FROM gains_flat WHERE dataset_id IN ('big', 'big2', 'big3')`));

  it('cuts the rows into line ranges, and each read and restore of the parts gives the same rows, order and total', async () => {
    const parts = await exportDatasetRows(db, 'big', 5);
    expect(parts).toBeInstanceOf(RowParts);
    const each = await held(parts as RowParts);
    expect(each.length).toBe(5);
    // Every part a CSV of its own, in line order, and no line in two parts.
    const firstLines = each.map((p) => Number(new TextDecoder().decode(p).split('\n')[1]?.split(',')[0]));
    expect(firstLines).toEqual([...firstLines].sort((a, b) => a - b));
    const realised = (
      await db.query<{ t: number }>(
        `SELECT sum(annual_gain_dkk) AS t FROM gains_flat WHERE dataset_id = 'big' AND status = 'realised'`,
      )
    ).rows[0]?.t;
    expect(await storedRowsSummary(db, parts)).toEqual({ rows: 23, realisedTotal: realised });
    expect(await restoreDatasetRows(db, 'big2', parts)).toBe(23);
    expect(await rows('big2')).toEqual(await rows('big'));
    // Up to the part size, one CSV as before (the demo's hash and every stored set keep their form).
    expect(await exportDatasetRows(db, 'big', 23)).not.toBeInstanceOf(RowParts);
  });

  it('hashes the parts in order: a part changed, lost or moved changes the hash', async () => {
    const parts = (await exportDatasetRows(db, 'big', 5)) as RowParts;
    const each = await held(parts);
    const hash = await sha256Hex(parts);
    expect(await sha256Hex(new RowParts([...each]))).toBe(hash);
    const changed = each.map((p, i) => (i === 2 ? p.map((b, j) => (j === p.length - 2 ? b ^ 1 : b)) : p));
    const lost = each.slice(0, -1);
    const moved = [each[1], each[0], ...each.slice(2)].filter((p): p is Uint8Array => p !== undefined);
    for (const other of [changed, lost, moved]) expect(await sha256Hex(new RowParts(other))).not.toBe(hash);
    expect((await storedRowsSummary(db, new RowParts(lost))).rows).toBeLessThan(23);
  });
});

/**
 * Parts read on demand, as the browser store gives them back: each read logged, and the most reads ever under way at
 * once (a reader that fetched every part before using any, e.g. with Promise.all, would have them all out together).
 */
function onDemand(held: readonly Uint8Array[], count = held.length) {
  const log = { reads: [] as number[], out: 0, maxOut: 0 };
  const rows = new RowParts({
    count,
    read: async (i) => {
      log.reads.push(i);
      log.maxOut = Math.max(log.maxOut, ++log.out);
      await new Promise((r) => setTimeout(r, 0)); // a store answers later, as IndexedDB does
      log.out--;
      const p = held[i];
      if (!p) throw new MissingPart(i);
      return p;
    },
  });
  return { rows, log };
}

it('a save in parts is read back one part at a time, confirmed, and refused when a part is broken or missing', async () => {
  const { SaveNotConfirmed, writeConfirmed } = await import('../../queries/save-dataset');
  const parts = (await exportDatasetRows(db, 'a', 1)) as RowParts;
  expect(parts.count).toBe(2);
  const each = await held(parts);
  const info = {
    dataset_id: 'p',
    name: 'parts',
    source: null,
    created_at: null,
    rows_in: 2,
    rows_loaded: 2,
    rows_rejected: 0,
    content_hash: await sha256Hex(parts),
  };
  const validated = { rowsLoaded: 2, realisedTotal: 99 };
  const storeGiving = (back: ReturnType<typeof onDemand>) => ({
    load: () => Promise.resolve({ datasets: [], problems: [] }),
    put: () => Promise.resolve(),
    get: () => Promise.resolve({ info, rows: back.rows }),
    remove: () => Promise.resolve(),
  });
  const same = onDemand(each);
  await writeConfirmed(db, storeGiving(same), { info, rows: parts }, validated);
  // Hash and count in one pass: each part read once, in order, never two at a time.
  expect(same.log).toMatchObject({ reads: [0, 1], maxOut: 1 });
  const broken = onDemand(each.map((p, i) => (i === 1 ? p.subarray(0, p.length - 3) : p)));
  const missing = onDemand(each.slice(0, 1), 2);
  const lost = onDemand(each.slice(0, 1));
  for (const back of [broken, missing, lost]) {
    const e = await writeConfirmed(db, storeGiving(back), { info, rows: parts }, validated).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SaveNotConfirmed);
    expect(back.log.maxOut).toBe(1);
  }
  // A restore reads the parts the same way: one at a time, in line order.
  const again = onDemand(each);
  expect(await restoreDatasetRows(db, 'p2', again.rows)).toBe(2);
  expect(again.log).toMatchObject({ reads: [0, 1], maxOut: 1 });
  expect(await sha256Hex(onDemand(each).rows)).toBe(info.content_hash);
  await db.exec(`DELETE FROM gains_flat WHERE dataset_id = 'p2'`);
});
