import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME_TABLES, type Db } from '../db';
import { openDbWithPopulation, testImportDeps } from '../../tests/import-test-db';
import { InputRefused, inputProblemText } from '../ingest';
import { importGenericTable, importPopulationFile, prepareImport } from './import-dataset';
import { importProgrammeFile } from './programme-import';
import { loadProgrammeTables } from './programme-load';

let db: Db;
const deps = testImportDeps();
const memory = deps.memoryMap;
const demo = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}`));

beforeAll(async () => {
  db = await openDbWithPopulation();
  const urls = { fundingUrl: 'funding.csv', membersUrl: 'members.csv', activitiesUrl: 'activities.csv' };
  await loadProgrammeTables(db, urls, async (u) => demo(u), { get: () => null, remove: () => undefined });
}, 60_000);
afterAll(() => db.close());

/** The four imports, each as the UI calls it. */
const IMPORTS: [string, (name: string, bytes: Uint8Array) => Promise<unknown>][] = [
  ['reported gains (new data set / replace)', (n, b) => prepareImport(db, n, b, deps)],
  ['population table', (n, b) => importPopulationFile(db, n, b, deps)],
  ...PROGRAMME_TABLES.map((t): [string, (name: string, bytes: Uint8Array) => Promise<unknown>] => [
    `programme table ${t}`,
    (n, b) => importProgrammeFile(db, t, n, b, { set: (k, v) => void memory.set(k, v) }),
  ]),
  ['extra table for SQL', (n, b) => importGenericTable(db, n, b)],
];

const bytes = (...b: number[]) => new Uint8Array([...b, ...new TextEncoder().encode('a,b\n1,2\n')]);
/** A real PNG (the README's screenshot) and other binaries, each with the format the refusal names. */
const BINARIES: [string, Uint8Array, string][] = [
  // A zip that is no workbook: refused as such (not-workbook), checked below.
  ['screenshot.png', new Uint8Array(readFileSync('public/screenshot.png')), 'PNG'],
  ['scan.pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d), 'PDF'],
  ['data.csv.gz', bytes(0x1f, 0x8b, 0x08, 0x00), 'gzip'],
  ['program.exe', bytes(0x4d, 0x5a, 0x90, 0x00), 'Windows program'],
  ['noise.csv', new Uint8Array(256).map((_, i) => (i * 37) % 256), 'binary'],
];

async function appState() {
  const one = async (sql: string) => (await db.query(sql)).rows;
  return {
    tables: await one(
      "SELECT table_name FROM duckdb_tables() WHERE table_name NOT IN ('funding', 'members', 'activities', 'population') ORDER BY ALL",
    ),
    population: await one('SELECT * FROM population ORDER BY ALL'),
    funding: await one('SELECT * FROM funding ORDER BY ALL'),
    gains: await one('SELECT count(*) AS n FROM gains_flat'),
  };
}

describe('every import refuses binaries through the one input guard, before DuckDB sees them', () => {
  for (const [what, run] of IMPORTS) {
    it.for(BINARIES)(`${what}: %s`, async ([name, file, format]) => {
      const before = await appState();
      const refusal = await run(name, file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(InputRefused);
      const problem = { code: 'binary', format } as const;
      expect((refusal as InputRefused).problem).toEqual(problem);
      expect((refusal as InputRefused).message).toBe(`${name} was refused: ${inputProblemText(problem)}`);
      expect(await appState()).toEqual(before);
      expect(memory.size).toBe(0);
    });
  }

  for (const [what, run] of IMPORTS) {
    it.for([
      ['archive.zip', bytes(0x50, 0x4b, 0x03, 0x04)],
      ['random.xlsx', new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 251)],
    ] as const)(`${what}: %s is refused as not a workbook`, async ([name, file]) => {
      const before = await appState();
      const refusal = await run(name, file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(InputRefused);
      expect((refusal as InputRefused).problem).toEqual({ code: 'not-workbook' });
      expect(await appState()).toEqual(before);
    });
  }

  it('says in plain words what a PNG is and what to do', () => {
    expect(new InputRefused('x.png', { code: 'binary', format: 'PNG' }).message).toBe(
      'x.png was refused: it is not a text file (PNG). Save the data as CSV (UTF-8), an Excel workbook (.xlsx) or Parquet.',
    );
  });
});
