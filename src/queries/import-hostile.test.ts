import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db } from '../db';
import { openDbWithPopulation, testImportDeps } from '../../tests/import-test-db';
import { InputRefused, exportFile } from '../ingest';
import { writeXlsx } from '../ingest/xlsx-write';
import { completeImport, prepareImport } from './import-dataset';

// Hostile files, generated here: every value problem is a row reject with line, column and reason (never a raw
// DuckDB error for the whole file); structural limits are refused up front; rows in = loaded + rejected.

let db: Db;
const deps = testImportDeps();
beforeAll(async () => {
  db = await openDbWithPopulation();
});
afterAll(() => db.close());

const HEAD =
  'project_id,project_title,theme,company_id,company_name,nace,employees,affected_employees,size_class,year,gain_type,annual_gain_dkk,status';
const row = (i: number, o: { title?: string; employees?: string; gain?: string } = {}) =>
  `P${i},${o.title ?? 'T'},automation,C${i},N,25,${o.employees ?? '10'},,,2024,productivity,${o.gain ?? '100'},realised`;

async function run(name: string, bytes: Uint8Array) {
  const p = await prepareImport(db, name, bytes, deps);
  const r = await completeImport(db, p, p.mapping, name, deps);
  expect(r.rowsLoaded + r.rowsRejected).toBe(r.rowsIn);
  return { ...r, lines: r.rejected.map((x) => [x.line, x.column, x.reason] as const) };
}
const enc = (s: string) => new TextEncoder().encode(s);

describe('value problems are row rejects', () => {
  it('an out-of-range integer (employees = 99999999999)', async () => {
    const r = await run('big-int.csv', enc(`${HEAD}\n${row(1)}\n${row(2, { employees: '99999999999' })}\n${row(3)}\n`));
    expect(r.rowsLoaded).toBe(2);
    expect(r.lines).toEqual([[3, 'employees', 'line 3, employees: "99999999999" is above 2147483647']]);
  });

  it('±Infinity, a 400-digit number and 1e300/1e308 amounts that would overflow the sums', async () => {
    const big = (e: number) => `1${'0'.repeat(e)}`;
    const rows = [
      row(1),
      row(2, { gain: 'Infinity' }),
      row(3, { gain: '-Infinity' }),
      row(4, { gain: big(400) }),
      row(5, { gain: big(300) }),
      row(6, { gain: big(308) }),
    ];
    const r = await run('inf.csv', enc(`${HEAD}\n${rows.join('\n')}\n`));
    expect(r.rowsLoaded).toBe(1);
    expect(r.lines.map(([l, c]) => [l, c])).toEqual([3, 4, 5, 6, 7].map((l) => [l, 'annual_gain_dkk']));
    expect(r.lines[2]?.[2]).toMatch(/…" is not a finite number$/);
    expect(r.lines[3]?.[2]).toMatch(/is above 10000000000000$/);
    expect(Number.isFinite(r.realisedTotal)).toBe(true);
  });

  it('typed XLSX amounts of 1e308 are rejected, and 12345.678 and 0.125 load as numbers', async () => {
    const typed = (g: number, i: number) =>
      row(i + 1)
        .split(',')
        .map((v, j) => (j === 11 ? g : j === 5 || j === 6 || j === 9 ? Number(v) : v));
    const bytes = writeXlsx([
      { name: 'Data', widths: [], rows: [HEAD.split(','), ...[12345.678, 0.125, 1e308, -1e308].map(typed)] },
    ]);
    const r = await run('typed.xlsx', bytes);
    expect(r.rowsLoaded).toBe(2);
    expect(r.realisedTotal).toBeCloseTo(12345.803, 6);
    expect(r.lines.map(([l]) => l)).toEqual([4, 5]);
  });

  it('typed Parquet DOUBLE and INT cells load as the numbers they are (12345.678, 0.125)', async () => {
    const cols = HEAD.split(',');
    const rows = [12345.678, 0.125].map((g, i) =>
      Object.fromEntries(
        cols.map((c, j) => [
          c,
          j === 11
            ? g
            : j === 5 || j === 6 || j === 9
              ? Number(row(i + 1).split(',')[j])
              : (row(i + 1).split(',')[j] ?? '') || null,
        ]),
      ),
    );
    const types = cols.map((name, j) => ({
      name,
      type: j === 11 ? 'DOUBLE' : j === 5 || j === 6 || j === 9 ? 'INTEGER' : 'VARCHAR',
    }));
    const stamp = {
      dataset: 'x',
      datasetHash: null,
      scenario: { preset: 'central', changed: {} },
      params: {},
      appVersion: '0',
      createdAt: '2026-01-01T00:00:00Z',
    };
    const f = await exportFile('parquet', { columns: types, rows }, stamp, 'typed', 'en');
    const r = await run('typed.parquet', f.bytes);
    expect([r.rowsLoaded, r.rowsRejected]).toEqual([2, 0]);
    expect(r.realisedTotal).toBeCloseTo(12345.803, 6);
  });

  it('an unterminated quote', async () => {
    const r = await run('quote.csv', enc(`${HEAD}\n${row(1)}\n${row(2, { title: '"T' })}\n${row(3)}\n`));
    expect(r.rowsLoaded).toBe(1);
    expect(r.lines[0]?.[0]).toBe(3);
    expect(r.lines[0]?.[2]).toMatch(/unterminated quote/);
  });

  it('a 20 MB cell', async () => {
    const r = await run('huge-cell.csv', enc(`${HEAD}\n${row(1)}\n${row(2, { title: 'x'.repeat(20_000_000) })}\n${row(3)}\n`));
    expect(r.rowsLoaded).toBe(2);
    expect(r.lines[0]?.[0]).toBe(3);
    expect(r.lines[0]?.[2]).toMatch(/line size over maximum/);
    expect((r.rejected[0]?.value ?? '').length).toBeLessThanOrEqual(1000);
  });

  it('keeps reject line numbers right after a quoted multi-line field', async () => {
    const r = await run(
      'multi.csv',
      enc(
        `${HEAD}\n${row(1)}\n${row(2, { title: '"two\nlines"' })}\n${row(3, { gain: 'bad' })}\n${row(4, { title: '"a\n\nb"' })}\n${row(5, { gain: 'worse' })}\n`,
      ),
    );
    expect(r.rowsLoaded).toBe(3);
    expect(r.lines.map(([l]) => l)).toEqual([5, 9]);
  });
});

describe('structure is checked up front', () => {
  it('a CR-only CSV imports', async () => {
    const r = await run('mac.csv', enc(`${HEAD}\r${row(1)}\r${row(2, { gain: 'x' })}\r`));
    expect([r.rowsLoaded, r.rowsRejected, r.lines[0]?.[0]]).toEqual([1, 1, 3]);
  });

  it('100,000 blank lines are refused with a message, not an engine crash', async () => {
    const e = await prepareImport(db, 'blank.csv', enc(`${HEAD}\n${'\n'.repeat(100_000)}${row(1)}\n`), deps).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputRefused);
    expect((e as InputRefused).problem).toEqual({ code: 'blank-lines', lines: 100_000, limit: 10_000 });
  });
});
