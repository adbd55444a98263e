import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureSchema, programmeFunding, type Db } from '../db';
import { openNodeDb } from '../db/node/node-db';
import { importProgrammeFile } from './programme-import';
import { loadProgrammeTables, programmeKey } from './programme-load';

const DIR = 'tests/fixtures/programme';
let db: Db;
const memory = new Map<string, string>();
const kept = {
  get: (k: string) => memory.get(k) ?? null,
  remove: (k: string) => void memory.delete(k),
  set: (k: string, v: string) => void memory.set(k, v),
};
const urls = {
  fundingUrl: 'data/demo/funding.csv',
  membersUrl: 'data/demo/members.csv',
  activitiesUrl: 'data/demo/activities.csv',
};
const bundled = async (url: string) => new Uint8Array(readFileSync(url));

beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
});
afterAll(() => db.close());

it('reads a Danish Excel funding file (Windows-1252, ;, decimal comma, Danish headers) and keeps it across a reload', async () => {
  const out = await importProgrammeFile(
    db,
    'funding',
    'funding-danish.csv',
    new Uint8Array(readFileSync(`${DIR}/funding-danish.csv`)),
    kept,
  );
  expect(out).toMatchObject({ rowsIn: 3, rowsLoaded: 3, rowsRejected: 0 });
  const p = (await programmeFunding(db, { year: 2024, theme: null })).programmes[0];
  expect(p).toMatchObject({
    programme: 'Klyngeprogram',
    periodStart: 2021,
    periodEnd: 2024,
    publicCashDkk: 10e6,
    privateCashDkk: 9000000.5,
    privateInKindDkk: 11e6,
  });
  expect(memory.has(programmeKey('funding'))).toBe(true);
  // A rebuilt engine takes the kept table, and the bundled one for the others.
  await db.exec('DELETE FROM funding');
  expect(await loadProgrammeTables(db, urls, bundled, kept)).toEqual([]);
  expect((await db.query('SELECT DISTINCT programme FROM funding')).rows).toEqual([{ programme: 'Klyngeprogram' }]);
  expect((await db.query('SELECT count(*) AS n FROM members')).rows[0]?.n).toBeGreaterThan(200);
});

it('names the bad line and its reason; rows in = loaded + rejected', async () => {
  const out = await importProgrammeFile(
    db,
    'funding',
    'funding-bad-row.csv',
    new Uint8Array(readFileSync(`${DIR}/funding-bad-row.csv`)),
    kept,
  );
  expect(out.rowsIn).toBe(3);
  expect(out.rowsLoaded + out.rowsRejected).toBe(out.rowsIn);
  expect(out.rejected).toEqual([
    { line: 4, column: 'cash_dkk', value: 'lots', reason: 'line 4, cash_dkk: "lots" is not an amount ≥ 0' },
  ]);
});

it('refuses a file that is not the chosen table, saying which columns are missing', async () => {
  await expect(
    importProgrammeFile(db, 'members', 'funding-bad-row.csv', new Uint8Array(readFileSync(`${DIR}/funding-bad-row.csv`)), kept),
  ).rejects.toThrow(/not a members table: it has no column for member_id, type, year_joined/);
});

it('each programme table has one spec, naming every column of the table in order', async () => {
  const { PROGRAMME_COLUMNS, PROGRAMME_TABLES } = await import('../db');
  const { PROGRAMME_SPECS } = await import('./programme-specs');
  for (const t of PROGRAMME_TABLES) expect(PROGRAMME_SPECS[t].columns.map((c) => c.key)).toEqual([...PROGRAMME_COLUMNS[t]]);
});
