// The local engine at scale (`npm run bench` runs it after the browser figures, under vitest so that the app's own
// modules load as in the app: `tests/bench/vitest.native.config.ts`, sizes in NATIVE_SIZES). The bench's generated
// reported-gains CSV is written by native DuckDB into the engine's --data folder (tests/bench/write-gains-native.ts),
// then each figure is the app's path on the local engine (HTTP, the engine's guard, Arrow IPC, the app's own SQL) as
// a ratio to bare native DuckDB on the same file in this process:
//   import       — the file imported where it lies, as the import panel's engine-data-import does (EngineFile: the
//                  engine's scan of the file, DuckDB's reader into the staging table, samples and distinct values
//                  for the mapping step; then finishGains: validation into gains_flat with every reject kept, the
//                  confirmed save kept and checked on the engine, activation: derived tables and the Overview's
//                  pre-aggregates) vs a bare CREATE TABLE AS read_csv of the file. Its steps are timed by the import's
//                  own fault points, and the bytes that cross between page and engine are counted;
//   breakdown    — the Overview's reported-gains-by-theme SQL vs a bare GROUP BY theme of the realised rows;
//   cross-filter — the same breakdown under a report filter on one year vs a bare GROUP BY with that WHERE.
// The import runs once, the queries three times (after one warm-up); memory is the machine's, not a browser tab's.
// The engine runs in a process of its own, started as a user starts it (`npm run engine`'s cli), so its memory is not
// the bench's and, should it die, its exit code or signal and its last words are printed.
// Each figure is printed as soon as it is known (a long run stopped early still tells what it measured).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Agent, fetch as undiciFetch } from 'undici';
import { reportedBy } from '../../src/db/queries/breakdowns';
import { EngineFile } from '../../src/queries/engine-file';
import { faults } from '../../src/queries/fault-points';
import { finishGains, prepareGains } from '../../src/queries/import-run';
import { connectLocalEngine } from '../../src/queries/local-engine';
import { NODE_DEMO } from '../node-demo';
import { writeGainsCsvNative } from './write-gains-native';

type Stats = { median: number; min: number; max: number; runs: number };
const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? (s[(s.length - 1) / 2] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
  return { median: +mid.toFixed(1), min: +(s[0] ?? 0).toFixed(1), max: +(s.at(-1) ?? 0).toFixed(1), runs: s.length };
};
const time = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

const BARE_BREAKDOWN = `SELECT theme, sum(annual_gain_dkk) AS total, count(*) AS n FROM g WHERE status = 'realised' GROUP BY theme`;
const BARE_FILTERED = `SELECT theme, sum(annual_gain_dkk) AS total, count(*) AS n FROM g WHERE status = 'realised' AND year = 2016 GROUP BY theme`;

/**
 * Counts the bytes that cross between this page and the engine (request bodies up, response bodies down), by the
 * import's step at the time; restored by the returned function.
 */
function countPageBytes(step: () => string) {
  const realFetch = globalThis.fetch;
  // Node's fetch gives up waiting for a response's headers after 300 s; one statement over 100M rows takes longer
  // (a browser waits). The bench's calls wait as long as the engine works.
  const patient = new Agent({ headersTimeout: 0, bodyTimeout: 0 });
  const send = (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input instanceof Request ? input.url : String(input), {
      ...(init as Parameters<typeof undiciFetch>[1]), // the same fields; undici's types are its own
      dispatcher: patient,
    }) as unknown as Promise<Response>;
  const bytes: Record<string, { up: number; down: number; calls: number }> = {};
  const at = (k: string) => (bytes[k] ??= { up: 0, down: 0, calls: 0 });
  globalThis.fetch = async (input, init) => {
    const b = at(step());
    b.calls += 1;
    const body = init?.body;
    b.up += typeof body === 'string' ? Buffer.byteLength(body) : body instanceof Uint8Array ? body.byteLength : 0;
    const res = await send(input, init);
    b.down += (await res.clone().arrayBuffer()).byteLength;
    return res;
  };
  return {
    bytes,
    restore: () => {
      globalThis.fetch = realFetch;
    },
  };
}

/** `npm run engine -- --port 0 --data <data> [--memory-limit <limit>]` as a child process; resolves once it listens. */
function startEngineProcess(data: string, memoryLimit: string | null) {
  // node itself (tsx as a loader, not its cli), so an exit by signal is the engine's own.
  const args = ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--data', data];
  if (memoryLimit) args.push('--memory-limit', memoryLimit);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let exit: string | null = null;
  const exited = new Promise<void>((done) =>
    child.on('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `exit code ${code}`;
      log(`the engine process ended: ${exit}`);
      done();
    }),
  );
  const started = new Promise<{ url: string; token: string }>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      const token = /token: (\S+)/.exec(out)?.[1];
      if (url && token) ok({ url, token });
    });
    void exited.then(() => fail(new Error(`the engine did not start (${exit}): ${out}`)));
  });
  return {
    started,
    /** Why the engine stopped, if it did (a request to a dead engine fails with a socket error, which says less). */
    died: () => exit,
    close: async () => {
      if (exit === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

const log = (...args: unknown[]) => console.log(`[native ${new Date().toISOString().slice(11, 19)}]`, ...args);

/** `memoryLimit`: each DuckDB's (bare and the engine's), so a large size spills to disk rather than fill the machine. */
export async function benchNative(sizes: number[], queryRuns = 3, memoryLimit: string | null = null) {
  const data = mkdtempSync(join(tmpdir(), 'spillover-native-bench-'));
  const figures: Record<string, unknown> = {};
  try {
    for (const rows of sizes) {
      const name = `gains-${rows}.csv`;
      const file = join(data, name);
      const written = performance.now();
      const bytes = await writeGainsCsvNative(rows, file);
      log(
        `${rows} rows: ${(bytes / 1e6).toFixed(0)} MB of CSV written in ${((performance.now() - written) / 1000).toFixed(1)} s`,
      );

      // Bare native DuckDB first, then freed, so the two never hold the rows at once.
      const bareInstance = await DuckDBInstance.create(':memory:', memoryLimit ? { memory_limit: memoryLimit } : {});
      const bare = await bareInstance.connect();
      const bareImport = await time(() => bare.run(`CREATE TABLE g AS SELECT * FROM read_csv('${file}')`));
      log(`${rows} rows: bare read_csv ${bareImport.toFixed(0)} ms`);
      const bareBreakdown: number[] = [];
      const bareFiltered: number[] = [];
      for (let k = 0; k < queryRuns + 1; k++) {
        const b = await time(() => bare.run(BARE_BREAKDOWN));
        const f = await time(() => bare.run(BARE_FILTERED));
        if (k > 0) {
          bareBreakdown.push(b);
          bareFiltered.push(f);
        }
      }
      bare.closeSync();
      bareInstance.closeSync();

      const server = startEngineProcess(data, memoryLimit);
      try {
        const address = await server.started;
        const { engine } = await connectLocalEngine(NODE_DEMO, address, async (p) => new Uint8Array(readFileSync(p)));
        await engine.started;
        const db = engine.pinned();
        let loaded = 0;
        // Each step's time, from the fault point that starts it to the next one (or the import's end).
        let step = 'staging';
        let stepStart = performance.now();
        const steps: Record<string, number> = {};
        const enter = (next: string) => {
          steps[step] = +(performance.now() - stepStart).toFixed(0);
          log(`${rows} rows: ${step} ${steps[step]} ms`);
          step = next;
          stepStart = performance.now();
        };
        faults.inject((p) => {
          if (p !== 'staging') enter(p);
        });
        const page = countPageBytes(() => step);
        let appImport: number;
        try {
          appImport = await time(async () => {
            const run = await prepareGains(engine, name, new EngineFile(name, name, bytes, address), name);
            const done = await finishGains(engine, run, run.prepared.mapping, name, 'add');
            if (done.saved !== 'saved') throw new Error(`the import was not saved: ${done.saved}`);
            loaded = done.result.rowsLoaded;
          });
          enter('done');
        } catch (e) {
          const died = server.died();
          throw died ? new Error(`the engine process died in ${step} (${died})`, { cause: e }) : e;
        } finally {
          faults.inject(null);
          page.restore();
        }
        if (loaded !== rows) throw new Error(`expected ${rows} rows loaded, got ${loaded}`);
        log(
          `${rows} rows: import ${appImport.toFixed(0)} ms (bare ${bareImport.toFixed(0)} ms, ×${(appImport / bareImport).toFixed(2)})`,
        );
        const appBreakdown: number[] = [];
        const appFiltered: number[] = [];
        let groups = 0;
        for (let k = 0; k < queryRuns + 1; k++) {
          let r: unknown[] = [];
          const a = await time(async () => (r = await reportedBy(db, 'theme')));
          const f = await time(() => reportedBy(db, 'theme', { year: '2016' }));
          groups = r.length;
          if (k > 0) {
            appBreakdown.push(a);
            appFiltered.push(f);
          }
        }
        if (groups !== 6) throw new Error(`expected 6 themes, got ${groups}`);
        await engine.db.close();
        const ratio = (a: number, b: number) => +(a / b).toFixed(2);
        const ab = stats(appBreakdown);
        const bb = stats(bareBreakdown);
        const af = stats(appFiltered);
        const bf = stats(bareFiltered);
        const { done: _end, ...importSteps } = steps;
        figures[`native_${rows}`] = {
          rows,
          csv_mb: +(bytes / 1e6).toFixed(0),
          import_ms: +appImport.toFixed(0),
          import_steps_ms: importSteps,
          page_bytes: page.bytes,
          bare_import_ms: +bareImport.toFixed(0),
          import_ratio: ratio(appImport, bareImport),
          breakdown_ms: ab,
          bare_breakdown_ms: bb,
          breakdown_ratio: ratio(ab.median, bb.median),
          cross_filter_ms: af,
          bare_cross_filter_ms: bf,
          cross_filter_ratio: ratio(af.median, bf.median),
          load_average: loadavg().map((x) => +x.toFixed(1)),
          note: "import = the CSV in --data imported where it lies (stage, mapping step data, validation, confirmed save on the engine, activation) vs bare CREATE TABLE AS read_csv; steps from the fault points (staging includes the mapping step's samples and distinct values)",
        };
        log(JSON.stringify(figures[`native_${rows}`]));
      } finally {
        await server.close();
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  return figures;
}

export function printNative(figures: Record<string, unknown>) {
  for (const [k, v] of Object.entries(figures)) {
    const f = v as {
      import_ms: number;
      import_steps_ms: Record<string, number>;
      bare_import_ms: number;
      import_ratio: number;
      breakdown_ms: Stats;
      bare_breakdown_ms: Stats;
      breakdown_ratio: number;
      cross_filter_ms: Stats;
      bare_cross_filter_ms: Stats;
      cross_filter_ratio: number;
    }; // written by benchNative above
    console.log(
      `${k.padEnd(20)} import ${f.import_ms} ms (${Object.entries(f.import_steps_ms)
        .map(([s, ms]) => `${s} ${ms}`)
        .join(
          ', ',
        )}; bare ${f.bare_import_ms}, ×${f.import_ratio})  breakdown ${f.breakdown_ms.median} ms (bare ${f.bare_breakdown_ms.median}, ×${f.breakdown_ratio})  cross-filter ${f.cross_filter_ms.median} ms (bare ${f.bare_cross_filter_ms.median}, ×${f.cross_filter_ratio})`,
    );
  }
}
