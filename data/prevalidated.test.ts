import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUNDLED_TABLES, tableCsv } from '../src/db/queries/table-snapshot';
import type { Engine } from '../src/queries';
import { NODE_DEMO, openNodeEngine } from '../tests/render-with-engine';

// The app starts by restoring data/demo/prevalidated/*.csv instead of validating the bundled files again. These
// copies must be exactly what the import pipeline loads from the demo files today: regenerate them with
// `npm run data:generate` (it runs this file with PREVALIDATE_WRITE=1) whenever the pipeline or the demo changes.
const DIR = 'data/demo/prevalidated';
const text = (b: Uint8Array) => new TextDecoder().decode(b);

let piped: Engine;
let restored: Engine;
beforeAll(async () => {
  piped = await openNodeEngine({ demo: { ...NODE_DEMO, prevalidated: undefined } });
  if (process.env.PREVALIDATE_WRITE === '1')
    for (const table of BUNDLED_TABLES) writeFileSync(`${DIR}/${table}.csv`, await tableCsv(piped.db, table));
  restored = await openNodeEngine();
}, 120000);
afterAll(async () => {
  await piped?.db.close();
  await restored?.db.close();
});

it.each(BUNDLED_TABLES)(
  '%s: the bundled copy is what the pipeline loads from the demo files, and a start restores exactly those rows',
  async (table) => {
    const fromPipeline = text(await tableCsv(piped.db, table));
    expect(fromPipeline.split('\n').length).toBeGreaterThan(2); // a header and rows
    expect(text(readFileSync(`${DIR}/${table}.csv`))).toBe(fromPipeline);
    expect(text(await tableCsv(restored.db, table))).toBe(fromPipeline);
  },
);

it('the engine that restored them shows the demo’s figures as the pipeline’s does', async () => {
  const q = `SELECT count(*)::BIGINT AS n, sum(annual_gain_dkk) FILTER (WHERE status = 'realised') AS realised,
             (SELECT sum(value_added_dkk) FROM population) AS va, (SELECT count(*) FROM funding) AS funding
             FROM reported_gains`;
  const a = (await piped.db.query(q)).rows[0];
  expect(a?.n).toBeGreaterThan(0);
  expect((await restored.db.query(q)).rows[0]).toEqual(a);
  expect(restored.getSnapshot().datasetId).toBe(piped.getSnapshot().datasetId);
});
