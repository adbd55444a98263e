// Activation builds the same derived tables on both engines: the local engine builds overview.gains_scan one theme
// at a time (datasets.ts), the browser in one statement (schema.ts, GAINS_SCAN_SQL); rows and order must agree.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fcSeed } from '../../../tests/fc-seed';
import type { Db } from '../types';
import { openNodeDb } from '../node/node-db';
import { GAINS_SCAN_SQL } from '../schema';
import { activateDataset, ensureSchema } from './datasets';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
});
afterAll(() => db.close());

const THEMES = ['robots', 'digital', 'Materials', 'ærø', 'Ø-tema', 'b'];
const row = fc.record({
  theme: fc.constantFrom(...THEMES),
  company: fc.integer({ min: 1, max: 6 }),
  year: fc.integer({ min: 2014, max: 2018 }),
  gain: fc.integer({ min: 0, max: 1000 }),
});

it("overview.gains_scan holds the one statement's rows in its order (ORDER BY theme, year, line)", async () => {
  const expected = GAINS_SCAN_SQL.replace('CREATE OR REPLACE TABLE overview.gains_scan AS', '');
  await fc.assert(
    fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
      await db.exec('DELETE FROM gains_flat');
      const values = rows.map(
        (r, line) =>
          `('d', ${line + 1}, 'P${r.company % 3}', NULL, '${r.theme}', 'C${r.company}', NULL, ${20 + r.company}, 10, NULL, NULL, ${r.year}, 'productivity', ${r.gain}, 'realised', NULL)`,
      );
      // Shuffled by line, so the build's order comes from its sorts, not from how the rows arrived.
      await db.exec(`INSERT INTO gains_flat VALUES ${values.reverse().join(', ')}`);
      await activateDataset(db, 'd');
      const built = await db.query('SELECT * FROM overview.gains_scan ORDER BY rowid');
      const one = await db.query(expected);
      expect(built.rows).toEqual(one.rows);
    }),
    { seed: fcSeed(), numRuns: 6 },
  );
});
