import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTED_GAIN_COLUMNS } from '../model';
import { exportFile, makeStamp } from '../ingest';
import { openNodeEngine } from '../../tests/render-with-engine';
import type { Engine } from './engine';
import { exportRows } from './exports';
import { finishGains, prepareGains } from './import-run';

// The Data screen's reported-gains export imports again as the same rows and totals, in every format a user can
// send back: CSV for Danish Excel, CSV with ',', XLSX and Parquet (issue 16: it lacked nace, employees and the
// company's name and stopped at "Missing: nace").

let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

const COLS = REPORTED_GAIN_COLUMNS.map((c) => `"${c}"`).join(', ');
const rowsOf = (id: string) => `SELECT ${COLS} FROM gains_flat WHERE dataset_id = '${id}'`;

async function differing(a: string, b: string): Promise<number> {
  const r = await engine.db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM (${rowsOf(a)} EXCEPT ALL ${rowsOf(b)})) + (SELECT count(*) FROM (${rowsOf(b)} EXCEPT ALL ${rowsOf(a)}))::INT AS n`,
  );
  return Number(r.rows[0]?.n);
}

describe('reported gains export → import', () => {
  it.each(['csv-da', 'csv', 'xlsx', 'parquet'] as Parameters<typeof exportFile>[0][])(
    '%s round-trips exactly',
    async (format) => {
      await engine.activate('demo');
      const source = { ...engine.getSnapshot(), db: engine.db, ready: true };
      const table = await exportRows(source, { table: 'reported_gains' });
      expect(table.columns.map((c) => c.name)).toEqual([...REPORTED_GAIN_COLUMNS, 'source_line']);
      const stamp = makeStamp({ name: 'demo', contentHash: null }, { preset: 'base', overrides: {} }, {}, new Date(0));
      const file = await exportFile(format, table, stamp, 'reported_gains', 'da');

      const run = await prepareGains(engine, file.fileName, file.bytes, `again-${format}`);
      expect(run.prepared.missingRequired).toEqual([]);
      const { result } = await finishGains(engine, run, run.prepared.mapping, `again-${format}`, 'add');
      const demo = (
        await engine.db.query<{ n: number; realised: number; expected: number }>(
          `SELECT count(*)::INT AS n, sum(annual_gain_dkk) FILTER (WHERE status = 'realised') AS realised,
           sum(annual_gain_dkk) FILTER (WHERE status = 'expected') AS expected FROM gains_flat WHERE dataset_id = 'demo'`,
        )
      ).rows[0];
      expect([result.rowsIn, result.rowsLoaded, result.rowsRejected]).toEqual([demo?.n, demo?.n, 0]);
      expect(result.realisedTotal).toBeCloseTo(demo?.realised ?? NaN, 6);
      expect(result.expectedTotal).toBeCloseTo(demo?.expected ?? NaN, 6);
      expect(await differing('demo', result.datasetId)).toBe(0);
    },
  );
});
