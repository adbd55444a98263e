// Runs inside the built bench page in headless Chromium; tests/bench/run.mjs drives it.
import Papa from 'papaparse';
import { BrowserDb, ensureSchema, loadPopulationCsv } from '../../src/db';
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
  heapMb() {
    const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return m ? m.usedJSHeapSize / 1e6 : null;
  },
};

(globalThis as unknown as { bench: typeof api }).bench = api;
document.getElementById('status')!.textContent = 'ready';
