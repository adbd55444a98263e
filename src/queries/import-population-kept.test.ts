import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError, ensureSchema, exportPopulation, type Db } from '../db';
import { openNodeDb } from '../db/node/node-db';
import { loadProgrammeTables, programmeKey } from './programme-load';
import { POPULATION_DAMAGED_KEY, POPULATION_KEY, importPopulationFile, loadKeptPopulation } from './import-population';

let db: Db;
const bundled = new Uint8Array(readFileSync('data/demo/population.csv'));
const text = (b: Uint8Array) => new TextDecoder().decode(b);
beforeAll(async () => {
  db = await openNodeDb();
  await ensureSchema(db);
});
afterAll(() => db.close());

function memory(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return {
    m,
    get: (k: string) => m.get(k) ?? null,
    set: (k: string, v: string) => void m.set(k, v),
    remove: (k: string) => void m.delete(k),
  };
}

describe('a kept population table', () => {
  it.each([
    ['garbage', '\u0000\u0001 not a table'],
    ['another table', 'a,b\n1,2\n'],
    ['rows that no longer validate', 'nace,size_class,firms,employees,value_added_dkk\n99,huge,x,y,z\n'],
  ])('that is damaged (%s) is set aside and reported, and the bundled estimate loads', async (_what, damaged) => {
    const kept = memory({ [POPULATION_KEY]: damaged });
    const problems = await loadKeptPopulation(db, kept, async () => bundled);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unreadable', name: `population (${POPULATION_KEY})` });
    expect(kept.m.get(POPULATION_KEY)).toBeUndefined();
    expect(kept.m.get(POPULATION_DAMAGED_KEY)).toBe(damaged);
    expect((await db.query('SELECT count(*)::INT AS n FROM population')).rows[0]?.n).toBeGreaterThan(0);
  });

  it('an import refused for storage quota leaves the engine with the table it had', async () => {
    await loadKeptPopulation(db, memory(), async () => bundled);
    const before = text(await exportPopulation(db));
    const file = new TextEncoder().encode('nace,size_class,firms,employees,value_added_dkk\n25,10-49,1,2,3\n');
    const full = {
      set: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const e = await importPopulationFile(db, 'pop.csv', file, { memory: full }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('quota');
    expect(text(await exportPopulation(db))).toBe(before);
  });
});

describe('a kept programme table', () => {
  it('that is damaged is set aside under <key>.damaged and named, and the bundled one loads', async () => {
    const urls = {
      fundingUrl: 'data/demo/funding.csv',
      membersUrl: 'data/demo/members.csv',
      activitiesUrl: 'data/demo/activities.csv',
    };
    const kept = memory({ [programmeKey('members')]: 'not,a,members,table\n1,2,3,4\n' });
    const problems = await loadProgrammeTables(db, urls, async (u) => new Uint8Array(readFileSync(u)), kept);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^members: /);
    expect(kept.m.get(programmeKey('members'))).toBeUndefined();
    expect(kept.m.get(`${programmeKey('members')}.damaged`)).toBe('not,a,members,table\n1,2,3,4\n');
    expect((await db.query('SELECT count(*)::INT AS n FROM members')).rows[0]?.n).toBeGreaterThan(0);
  });
});
