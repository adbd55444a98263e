import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROGRAMME_TABLES, type Db } from '../db';
import { openDbWithPopulation, testImportDeps } from '../../tests/import-test-db';
import { NoRowsLoaded, completeImport, importGenericTable, importPopulationFile, prepareImport } from './import-dataset';
import { PROGRAMME_SPECS } from './programme-specs';
import { importProgrammeFile } from './programme-import';
import { GAINS_SPEC, POPULATION_SPEC } from '../ingest';

let db: Db;
const deps = testImportDeps();
beforeAll(async () => {
  db = await openDbWithPopulation();
}, 60_000);
afterAll(() => db.close());

// Valid, nearly valid and hostile cells for any column of any table.
const cell = fc.oneof(
  fc.constantFrom('', ' ', 'P1', 'C1', '25', '33', '45', '2016', '1890', '12', '-5', '1.234,5', '1,234.5', '1,234', '1 234,5'),
  fc.constantFrom(
    '10-49',
    '250+',
    'huge',
    'public',
    'privat',
    'company',
    'universitet',
    'event',
    '2014-2018',
    'realised',
    '=cmd()',
    'æøå',
    '"',
    ';',
    ',',
  ),
  fc.string({ maxLength: 6 }),
);
const quote = (v: string) => (/[",;\t\n\r|]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = (headers: readonly string[], rows: string[][], delim: string) =>
  [headers.join(delim), ...rows.map((r) => r.map(quote).join(delim))].join('\n') + '\n';

/** Every import as the UI calls it, with its table's headers; each answers rows in, loaded and rejected. */
const IMPORTS: {
  name: string;
  headers: readonly string[];
  run: (file: string, bytes: Uint8Array) => Promise<{ rowsIn: number; rowsLoaded: number; rowsRejected: number }>;
}[] = [
  {
    name: 'reported gains',
    headers: GAINS_SPEC.columns.map((c) => c.key),
    run: async (f, b) => {
      const p = await prepareImport(db, f, b, deps);
      // A file with no loadable row (or no realised one) is refused as a whole, its rows all accounted for.
      return completeImport(db, p, p.mapping, f, deps).catch((e: unknown) => {
        if (e instanceof NoRowsLoaded)
          return { rowsIn: e.rowsIn, rowsLoaded: e.rowsLoaded, rowsRejected: new Set(e.rejected.map((r) => r.line)).size };
        throw e;
      });
    },
  },
  { name: 'population', headers: POPULATION_SPEC.columns.map((c) => c.key), run: (f, b) => importPopulationFile(db, f, b, deps) },
  ...PROGRAMME_TABLES.map((t) => ({
    name: t,
    headers: PROGRAMME_SPECS[t].columns.map((c) => c.key),
    run: (f: string, b: Uint8Array) => importProgrammeFile(db, t, f, b, { set: () => undefined }),
  })),
  {
    name: 'extra table',
    headers: ['a', 'b', 'c'],
    run: async (f, b) => {
      const r = await importGenericTable(db, f, b);
      return { rowsIn: r.rowsIn, rowsLoaded: r.rows, rowsRejected: r.rowsRejected };
    },
  },
];

it.for(IMPORTS)(
  '$name: rows in = rows loaded + rows rejected, and every record is a row in',
  { timeout: 180_000 },
  async (imp) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: imp.headers.length, maxLength: imp.headers.length }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom(',', ';', '\t'),
        async (rows, delim) => {
          // No record is a blank line: every table here has 3 or more columns, so each writes its delimiters.
          const r = await imp.run(`f${n++}.csv`, new TextEncoder().encode(csv(imp.headers, rows, delim)));
          expect(r.rowsLoaded + r.rowsRejected).toBe(r.rowsIn);
          expect(r.rowsIn).toBe(rows.length);
        },
      ),
      { numRuns: 15 },
    );
  },
);
