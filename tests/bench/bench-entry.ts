// Runs inside the built bench page in headless Chromium; tests/bench/run.mjs drives it.
import Papa from 'papaparse';
import { activateDataset, BrowserDb, ensureSchema, loadPopulationCsv, reportedBy } from '../../src/db';
import { browserDeps, completeImport, prepareImport } from '../../src/queries/import-dataset';
import populationUrl from '../../data/demo/population.csv?url';
import { generateGainsCsv } from './generate-gains';

const db = new BrowserDb({ onRestart: async () => undefined, heartbeatMs: 0 });
let setup: Promise<void> | null = null;
const texts = new Map<number, Uint8Array>();

async function ready() {
  setup ??= (async () => {
    await ensureSchema(db);
    const pop = new Uint8Array(await (await fetch(populationUrl)).arrayBuffer());
    await db.load('population.csv', pop);
    await loadPopulationCsv(db, 'population.csv');
  })();
  return setup;
}

function csv(rows: number): Uint8Array {
  let b = texts.get(rows);
  if (!b) {
    b = new TextEncoder().encode(generateGainsCsv(rows));
    texts.set(rows, b);
  }
  return b;
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

const api = {
  async importApp(rows: number) {
    await ready();
    const bytes = csv(rows);
    let loaded = 0;
    const ms = await time(async () => {
      const p = await prepareImport(db, 'bench.csv', bytes, browserDeps());
      const r = await completeImport(db, p, p.mapping, 'bench', browserDeps());
      loaded = r.rowsLoaded;
      await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [r.datasetId]);
    });
    if (loaded !== rows) throw new Error(`expected ${rows} rows loaded, got ${loaded}`);
    return { ms, bytes: bytes.byteLength };
  },
  async importRawDuckdb(rows: number) {
    await ready();
    const bytes = csv(rows);
    const ms = await time(async () => {
      await db.load('raw.csv', bytes);
      await db.exec("CREATE OR REPLACE TABLE raw_gains AS SELECT * FROM read_csv('raw.csv')");
      await db.drop('raw.csv');
    });
    await db.exec('DROP TABLE raw_gains');
    return { ms, bytes: bytes.byteLength };
  },
  async papaparse(rows: number) {
    const bytes = csv(rows);
    let n = 0;
    const ms = await time(async () => {
      const text = new TextDecoder().decode(bytes);
      n = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.length;
    });
    if (n !== rows) throw new Error(`PapaParse read ${n} rows, expected ${rows}`);
    return { ms, bytes: bytes.byteLength };
  },
  /**
   * The Overview's theme breakdown (the app's own SQL: joins and filter slots included) against a bare GROUP BY of
   * the same active rows. Rows are synthesised in DuckDB (a 10M-row CSV would not fit the page), with the bench
   * generator's shape: 6 themes, 24 industries, rows/4 companies, 3 years.
   */
  async breakdown(rows: number, runs: number) {
    await ready();
    await db.exec("DELETE FROM gains_flat WHERE dataset_id = 'scale'");
    await db.exec(
      `INSERT INTO gains_flat
       SELECT 'scale', i::INTEGER + 2, 'P' || (i % 5000), 'Project ' || (i % 5000),
              ['digital','robots','materials','operations','product','sustainable'][1 + (c % 6)],
              'C' || c, 'Company ' || c, 10 + (c % 24), 5 + (c % 900), greatest(1, (5 + (c % 900)) * 3 // 10), NULL,
              2015 + (i % 3), 'productivity', CAST(hash(i) % 2000000 AS BIGINT) / 4.0, CASE WHEN hash(i * 7) % 10 < 7 THEN 'realised' ELSE 'expected' END, NULL
       FROM (SELECT i, CAST(hash(i + 1) % greatest(10, CAST(? AS BIGINT) // 4) AS BIGINT) AS c FROM range(CAST(? AS BIGINT)) t(i))`,
      [rows, rows],
    );
    await activateDataset(db, 'scale');
    const app: number[] = [];
    const bare: number[] = [];
    let groups = 0;
    for (let k = 0; k < runs + 1; k++) {
      // Interleaved; the first pair warms the caches and is not counted.
      const b = await time(() =>
        db.query('SELECT theme, sum(annual_gain_dkk) AS total, count(*) AS n FROM reported_gains GROUP BY theme'),
      );
      let r: unknown[] = [];
      const a = await time(async () => {
        r = await reportedBy(db, 'theme');
      });
      groups = r.length;
      if (k > 0) {
        app.push(a);
        bare.push(b);
      }
    }
    await db.exec("DELETE FROM gains_flat WHERE dataset_id = 'scale'");
    if (groups !== 6) throw new Error(`expected 6 themes, got ${groups}`);
    return { app, bare };
  },
  heapMb() {
    const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return m ? m.usedJSHeapSize / 1e6 : null;
  },
};

(globalThis as unknown as { bench: typeof api }).bench = api;
document.getElementById('status')!.textContent = 'ready';
