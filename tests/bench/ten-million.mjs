// The bench's 10M-row figure (tests/bench/run.mjs): a bare read_csv of the file in the bench's shared page, then the
// app's whole path (import, confirmed save, activation, a reload's restore) in a browser of its own, with a fresh
// profile: in the shared page the bare read's freed blocks stay in the wasm heap (wasm memory never shrinks). DuckDB
// cannot spill there (duckdb-wasm's temp_directory is empty, measured); what failed at 10M was a malloc in the wasm
// heap: the save's COPY … TO an in-memory file got no buffer, and duckdb-wasm's runtime then tried to truncate a file
// it does not hold ("truncateFile not implemented", reported as "unique_lock::unlock: not locked"). The save now
// writes its CSV through queries (persist-datasets.ts, `encodeRows`), no file in the engine.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Resident memory of a profile's renderer processes (the page, its DuckDB worker and the worker's wasm memory). */
function rendererMb(profile) {
  let kb = 0;
  let dir = [];
  try {
    dir = readdirSync('/proc'); // Linux only; elsewhere nothing is sampled
  } catch {
    return null;
  }
  for (const pid of dir) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(profile)) continue;
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return kb / 1024;
}

const short = (e) =>
  String(e?.message ?? e)
    .split('\n')[0]
    .slice(0, 300);

/**
 * `page`: the bench's shared page (the bare read runs there); `launch(profile)`: a persistent context as the bench
 * opens its own. Returns the figure: the bare read, the whole path's steps (fullPath), the breakdowns, the JS heap
 * peaks (performance.memory) and the renderer's resident memory peak per phase, or the step's error.
 */
export async function tenMillion({ page, launch, url, runs, stats, fullPath, rows = 10_000_000, log = () => {} }) {
  const f = {
    rows,
    goal: 'loads, saves and activates in the browser; import ≤ 1.5× raw read_csv; breakdown ≤ 1.5× bare GROUP BY',
  };
  try {
    const raw = await page.evaluate((k) => globalThis.bench.importRawDuckdb(k), rows);
    f.raw_read_csv_ms = +raw.ms.toFixed(1);
    f.mb = +(raw.bytes / 1e6).toFixed(1);
  } catch (e) {
    f.raw_read_csv_error = short(e);
  }
  const profile = mkdtempSync(join(tmpdir(), 'spillover-10m-'));
  const peaks = {};
  let phase = 'start';
  const sampler = setInterval(() => {
    const mb = rendererMb(profile);
    if (mb !== null) peaks[phase] = Math.max(peaks[phase] ?? 0, Math.round(mb));
  }, 250);
  let context;
  try {
    context = await launch(profile);
    const own = context.pages()[0] ?? (await context.newPage());
    own.setDefaultTimeout(3_600_000);
    own.on('console', (m) => log(`${new Date().toISOString().slice(11, 19)} ${m.type()} ${m.text().slice(0, 300)}`));
    await own.goto(url);
    await own.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    // Saved, then restored in a reloaded page (a fresh engine, as a user's next visit): the store's start-up load
    // and the restore read the parts one at a time, and the rows must be the ones imported.
    phase = 'whole';
    const whole = await own.evaluate(([k, m]) => globalThis.bench.importFull(k, m, true), [rows, runs]);
    phase = 'reload';
    await own.reload();
    await own.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    phase = 'restore';
    const back = await own.evaluate(
      ([id, sig, m]) => globalThis.bench.restoreAfterReload(id, sig, m),
      [whole.dataset_id, whole.signature, runs],
    );
    const r = {
      ...whole,
      restore_ms: back.restore_ms,
      restored_same: back.restored_same,
      restore_peak_js_heap_mb: back.restore_peak_js_heap_mb,
    };
    r.peak_js_heap_mb = Math.max(whole.peak_js_heap_mb, back.restore_page_peak_js_heap_mb);
    Object.assign(f, fullPath(r));
    f.restored_rows = back.restored_rows;
    f.restore_activate_ms = +back.restore_activate_ms.toFixed(1);
    f.engine_mb = Object.fromEntries(
      ['import', 'save', 'activate']
        .map((k) => [k, Math.round(whole[`engine_mb_after_${k}`])])
        .concat([['restored', Math.round(back.restored_engine_mb)]]),
    );
    f.restored_breakdown_ms = stats(back.breakdown_ms);
    f.restored_bare_group_by_ms = stats(back.bare_group_by_ms);
    f.app_ms = f.import_ms;
    f.mb = +r.mb.toFixed(1);
    if (f.raw_read_csv_ms) f.ratio_app_to_raw = +(f.import_ms / f.raw_read_csv_ms).toFixed(2);
    f.breakdown_ms = stats(r.breakdown_ms);
    f.bare_group_by_ms = stats(r.bare_group_by_ms);
    f.breakdown_ratio = +(f.breakdown_ms.median / f.bare_group_by_ms.median).toFixed(2);
  } catch (e) {
    f.app_error = short(e);
    f.app_error_phase = phase;
  } finally {
    clearInterval(sampler);
    f.renderer_rss_peak_mb = peaks;
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
  return f;
}
