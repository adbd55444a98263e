// Runs inside the built bench page in headless Chromium; tests/bench/run.mjs drives it.
import Papa from 'papaparse';
import {
  activateDataset,
  BrowserDb,
  compactStorage,
  datasetStore,
  dropStaged,
  ensureSchema,
  keepRejectedStaged,
  loadPopulationCsv,
  registerDataset,
  reportedBy,
  restoreDatasetRows,
  RowParts,
  type Db,
} from '../../src/db';
import { serialiseDataset, writeConfirmed } from '../../src/queries/save-dataset';
import { browserDeps, completeImport, prepareImport } from '../../src/queries/import-dataset';
import populationUrl from '../../data/demo/population.csv?url';
import { generateGainsBytes, generateGainsCsv } from './generate-gains';

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
    // Above a few million rows the CSV is made as bytes (no whole-file string) and not kept between runs.
    if (rows > 2_000_000) return generateGainsBytes(rows);
    b = new TextEncoder().encode(generateGainsCsv(rows));
    texts.set(rows, b);
  }
  return b;
}

/** DuckDB's own account of the memory it holds (every tag: tables, indexes, buffers), in bytes. */
async function engineBytes(d: Db): Promise<number> {
  const r = await d.query<{ b: number }>('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()');
  return Number(r.rows[0]?.b ?? 0);
}

/** What a data set's rows are (count, per-row hash sum, total), to compare a restored copy with the original. */
async function signature(id: string): Promise<string | undefined> {
  const r = await db.query<{ s: string }>(
    `SELECT count(*) || ':' || sum(hash(line, project_id, company_id, theme, year, status, annual_gain_dkk, flags)) || ':' || sum(annual_gain_dkk) AS s
     FROM gains_flat WHERE dataset_id = ?`,
    [id],
  );
  return r.rows[0]?.s;
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** The Overview's theme breakdown (the app's SQL) against a bare GROUP BY of the active rows, interleaved. */
async function compareBreakdown(runs: number): Promise<{ breakdown_ms: number[]; bare_group_by_ms: number[] }> {
  const app: number[] = [];
  const bare: number[] = [];
  for (let k = 0; k < runs + 1; k++) {
    // The first pair warms the caches and is not counted.
    const b = await time(() =>
      db.query('SELECT theme, sum(annual_gain_dkk) AS total, count(*) AS n FROM reported_gains GROUP BY theme'),
    );
    const a = await time(() => reportedBy(db, 'theme'));
    if (k > 0) {
      app.push(a);
      bare.push(b);
    }
  }
  return { breakdown_ms: app, bare_group_by_ms: bare };
}

const api = {
  /**
   * The app's import, validated and queryable (prepare + complete). With `memory`, also DuckDB's memory per row:
   * once the set is loaded (staging dropped) and once it is activated (the derived tables and cubes built).
   */
  async importApp(rows: number, memory = false) {
    await ready();
    const bytes = csv(rows);
    let loaded = 0;
    let datasetId = '';
    const before = memory ? await engineBytes(db) : 0;
    const ms = await time(async () => {
      const p = await prepareImport(db, 'bench.csv', bytes, browserDeps());
      const r = await completeImport(db, p, p.mapping, 'bench', browserDeps());
      loaded = r.rowsLoaded;
      datasetId = r.datasetId;
    });
    let mem: { loaded_bytes_per_row: number; active_bytes_per_row?: number; active_error?: string } | undefined;
    try {
      if (memory) {
        await dropStaged(db, 'import_staged');
        mem = { loaded_bytes_per_row: Math.round(((await engineBytes(db)) - before) / rows) };
        try {
          await activateDataset(db, datasetId);
          mem.active_bytes_per_row = Math.round(((await engineBytes(db)) - before) / rows);
        } catch (e) {
          mem.active_error = String(e instanceof Error ? e.message : e).split('\n')[0];
        }
      }
    } finally {
      await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]);
      await dropStaged(db, 'import_staged').catch(() => undefined);
      // The derived tables of the measured set go too (rebuilt over no rows).
      if (memory) await activateDataset(db, 'none').catch(() => undefined);
    }
    if (loaded !== rows) throw new Error(`expected ${rows} rows loaded, got ${loaded}`);
    return { ms, bytes: bytes.byteLength, memory: mem };
  },
  /**
   * The app's whole path at `rows` (10M in every run): import (validated, queryable), the confirmed save to IndexedDB
   * (parts above SAVE_PART_ROWS, read back and checked), activation (the staging table trimmed to the rejected lines
   * once the rows are validated, as the app does); DuckDB's memory per row once loaded and once active, and after each
   * step; the page's JS heap sampled every 50 ms throughout (its peak). Then either the stored copy restored in this
   * page and compared row by row, or (`reload`) the rows' signature returned for `restoreAfterReload` in a fresh page;
   * and the Overview's breakdown on those rows against a bare GROUP BY.
   */
  async importFull(rows: number, runs: number, reload = false) {
    await ready();
    const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    let peakHeap = heap();
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, heap())), 50);
    const before = await engineBytes(db);
    const out: Record<string, number | string> = {};
    let datasetId = '';
    let keep = false;
    let bytes: Uint8Array | null = csv(rows);
    out.mb = bytes.byteLength / 1e6;
    const step = async (name: string, f: () => Promise<unknown>) => {
      // A step that fails is named in the page's console (the runner prints it with the error).
      console.info(`bench: ${name} (${rows} rows) started`);
      out[`${name}_ms`] = await time(f);
      out[`${name}_peak_js_heap_mb`] = Math.max(peakHeap, heap()) / 1e6;
      out[`engine_mb_after_${name}`] = (await engineBytes(db)) / 1e6;
      console.info(`bench: ${name} done, DuckDB holds ${Math.round(Number(out[`engine_mb_after_${name}`]))} MB`);
    };
    try {
      let validated = { rowsLoaded: 0, realisedTotal: 0 };
      let info: Awaited<ReturnType<typeof completeImport>>['info'] | null = null;
      await step('import', async () => {
        const p = await prepareImport(db, 'bench.csv', bytes!, browserDeps());
        const r = await completeImport(db, p, p.mapping, 'bench', browserDeps());
        // As the app does once the rows are validated (import-run.ts): the staged text goes but for rejected lines.
        await keepRejectedStaged(db, 'import_staged');
        validated = { rowsLoaded: r.rowsLoaded, realisedTotal: r.realisedTotal };
        datasetId = r.datasetId;
        info = r.info;
        await registerDataset(db, r.info);
      });
      bytes = null; // the page keeps no copy of the file past the import
      if (validated.rowsLoaded !== rows) throw new Error(`expected ${rows} rows loaded, got ${validated.rowsLoaded}`);
      out.loaded_bytes_per_row = ((await engineBytes(db)) - before) / rows;
      await step('save', async () => {
        const d = await serialiseDataset(db, info!);
        await writeConfirmed(db, datasetStore, d, validated);
        // Parts are exported as they are stored: their sizes are known once the save is done.
        out.stored_mb = (d.rows instanceof RowParts ? d.rows.storedBytes : d.rows.byteLength) / 1e6;
        out.stored_parts = d.rows instanceof RowParts ? d.rows.count : 1;
      });
      await step('activate', () => activateDataset(db, datasetId));
      out.active_bytes_per_row = ((await engineBytes(db)) - before) / rows;
      if (reload) {
        out.dataset_id = datasetId;
        out.signature = (await signature(datasetId)) ?? '';
        Object.assign(out, await compareBreakdown(runs));
        keep = true;
        return out;
      }
      // A reload's restore, into another id: the same rows (line, values) as imported.
      await step('restore', async () => {
        const stored = (await datasetStore.load()).datasets.find((d) => d.info.dataset_id === datasetId);
        if (!stored) throw new Error('the saved data set is not in the store');
        await restoreDatasetRows(db, 'restored', stored.rows);
      });
      out.restored_same = String((await signature('restored')) === (await signature(datasetId)));
      await db.exec(`DELETE FROM gains_flat WHERE dataset_id = 'restored'`);
      Object.assign(out, await compareBreakdown(runs));
    } finally {
      clearInterval(sampler);
      out.peak_js_heap_mb = peakHeap / 1e6;
      if (datasetId && !keep) {
        await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]).catch(() => undefined);
        await datasetStore.remove(datasetId).catch(() => undefined);
      }
      if (!keep) {
        await dropStaged(db, 'import_staged').catch(() => undefined);
        await activateDataset(db, 'none').catch(() => undefined);
      }
    }
    return out;
  },
  /**
   * In a freshly loaded page (a reload after `importFull(…, reload = true)`): the start-up load of the store (hashes
   * checked, parts read one at a time), the rows restored as the engine restores them, activated, compared with the
   * signature taken before the reload, and the breakdown against a bare GROUP BY on the restored rows; then removed.
   */
  async restoreAfterReload(datasetId: string, expected: string, runs: number) {
    await ready();
    const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    let peakHeap = heap();
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, heap())), 50);
    const out: Record<string, number | string> = {};
    try {
      let n = 0;
      out.restore_ms = await time(async () => {
        const stored = (await datasetStore.load()).datasets.find((d) => d.info.dataset_id === datasetId);
        if (!stored) throw new Error('the saved data set is not in the store');
        n = await restoreDatasetRows(db, datasetId, stored.rows);
        await registerDataset(db, stored.info);
      });
      out.restore_peak_js_heap_mb = Math.max(peakHeap, heap()) / 1e6;
      out.restored_rows = n;
      out.restore_activate_ms = await time(() => activateDataset(db, datasetId));
      out.restored_same = String((await signature(datasetId)) === expected);
      out.restored_engine_mb = (await engineBytes(db)) / 1e6;
      Object.assign(out, await compareBreakdown(runs));
    } finally {
      clearInterval(sampler);
      out.restore_page_peak_js_heap_mb = peakHeap / 1e6;
      await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [datasetId]).catch(() => undefined);
      await datasetStore.remove(datasetId).catch(() => undefined);
      await activateDataset(db, 'none').catch(() => undefined);
    }
    return out;
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
    // Its blocks are given back only at a checkpoint: at 10M rows they would crowd the app's import that follows.
    await compactStorage(db);
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
    const { breakdown_ms: app, bare_group_by_ms: bare } = await compareBreakdown(runs);
    const groups = (await reportedBy(db, 'theme')).length;
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
