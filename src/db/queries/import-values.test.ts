import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fcSeed } from '../../../tests/fc-seed';
import { openNodeDb } from '../node/node-db';
import { quoteIdent } from '../sql';
import type { Db } from '../types';
import { stagedDistinct } from './import-values';

// The mapping step's distinct values, read in two passes over the staged table, are the values and counts the
// column-by-column reading gave (one GROUP BY per column, kept when it has at most `max` values).
let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

const COLUMNS = ['status', 'Års "tal"', 'gain type', 'id'];

/** The reading it replaces: one scan per column. */
async function columnByColumn(staged: string, columns: readonly string[], max: number) {
  const out: Record<string, { value: string; n: number }[]> = {};
  for (const c of columns) {
    const x = quoteIdent(c);
    const r = await db.query<{ value: string; n: number }>(
      `SELECT trim(${x}) AS value, count(*)::INTEGER AS n FROM ${quoteIdent(staged)}
       WHERE ${x} IS NOT NULL AND trim(${x}) <> '' GROUP BY 1 ORDER BY n DESC, value LIMIT ?`,
      [max + 1],
    );
    if (r.rows.length <= max) out[c] = r.rows.map((v) => ({ value: String(v.value), n: Number(v.n) }));
  }
  return out;
}

async function stage(rows: (string | null)[][]) {
  await db.exec(`CREATE OR REPLACE TABLE staged_values (${COLUMNS.map((c) => `${quoteIdent(c)} VARCHAR`).join(', ')})`);
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    await db.exec(`INSERT INTO staged_values VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}`, part.flat());
  }
}

const cell = (kinds: number) =>
  fc.oneof(
    fc.constantFrom(null, '', '  '),
    fc.integer({ min: 0, max: kinds - 1 }).map((k) => `v${k}`),
    fc.integer({ min: 0, max: kinds - 1 }).map((k) => ` v${k} `),
  );

it('gives each column’s values and counts as a scan per column does, at any mix of few and many', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(cell(2), cell(4), cell(6), fc.option(fc.string({ maxLength: 3 }))), { maxLength: 120 }),
      fc.integer({ min: 1, max: 6 }),
      async (rows, max) => {
        await stage(rows);
        expect(await stagedDistinct(db, 'staged_values', COLUMNS, max)).toEqual(
          await columnByColumn('staged_values', COLUMNS, max),
        );
      },
    ),
    { seed: fcSeed(), numRuns: 20 },
  );
});

it('leaves out a column with many values, keeps an empty one, and counts past a few thousand rows', async () => {
  const rows = Array.from({ length: 5000 }, (_, i) => [i % 3 ? 'realised' : 'expected', null, ` t${i % 31} `, `id-${i}`]);
  await stage(rows);
  const got = await stagedDistinct(db, 'staged_values', COLUMNS);
  expect(got).toEqual(await columnByColumn('staged_values', COLUMNS, 30));
  expect(Object.keys(got).sort()).toEqual(['status', 'Års "tal"'].sort());
  expect(got.status).toEqual([
    { value: 'realised', n: 3333 },
    { value: 'expected', n: 1667 },
  ]);
  expect(got['Års "tal"']).toEqual([]);
  expect(await stagedDistinct(db, 'staged_values', [])).toEqual({});
});
